"""Normalisation: a `Parse` plus the document creation time -> ISO 8601 value and precision.

Value formats (see docs/dates.md):
  time           YYYY-MM-DDTHH:MM
  day            YYYY-MM-DD
  week           YYYY-MM-DD, a day in the week meant (الأسبوع الماضي = DCT - 7 days)
  part-of-month  YYYY-MM-DD, a representative day (early 05, mid 15, late 25)
  month          YYYY-MM; a Hijri month is the Gregorian interval it covers, YYYY-MM-DD/YYYY-MM-DD
  season         YYYY-MM/YYYY-MM (northern hemisphere, winter crosses the year)
  year           YYYY; a Hijri year is a Gregorian day interval
  interval       A/B for ranges and stretches (خلال الأيام الماضية), or an ISO duration
                 (P3D, PT2H) for a length of time that is not anchored (لمدة ثلاثة أيام)
`inferred` is true when the value depended on the DCT or on a guessed year.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from rasid.dates.grammar import Parse
from rasid.dates.lexicon import load_lexicon

WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_EN = ("", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December")
# assumed length of an unnumbered stretch (خلال الأيام الماضية): an approximation, documented
DEFAULT_STRETCH = {"minute": 1, "hour": 24, "day": 7, "week": 3, "month": 3, "year": 3, "decade": 3}


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str | None
    inferred: bool = False
    warning: str | None = None
    part_of_day: str | None = None


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) shifted by k months."""
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def pick_year(month: int, day: int | None, q: str | None, dct: dt.date) -> int:
    """Year for a month (and day) said without one: nearest to the DCT, or past/next by `q`."""
    if q == "current":
        return dct.year
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = _safe_date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))
        cands.append((y, d))
    cur = (dct.year, dct.month)
    if q == "past":  # مارس الماضي: the last March before this month
        return max(y for y, d in cands if (y, month) < cur or (day and d < dct and (y, month) == cur))
    if q == "next":
        return min(y for y, d in cands if (y, month) > cur or (day and d > dct and (y, month) == cur))
    if q == "since":  # منذ يناير: the latest January not after the DCT
        return max(y for y, d in cands if (y, month) < cur or (y, month) == cur and (not day or d <= dct))
    if q == "until":  # من المقرر ... في مايو: the first May not before the DCT
        return min(y for y, d in cands if (y, month) > cur or (y, month) == cur and (not day or d >= dct))
    return min(cands, key=lambda c: (abs((c[1] - dct).days), c[1] > dct))[0]


def _year_hint(f: dict) -> str | None:
    """How to choose a missing year: the qualifier, else منذ, else the sentence's tense."""
    if f.get("q"):
        return f["q"]
    if f.get("since") or f.get("tense") == "past":
        return "since"
    return "until" if f.get("tense") == "future" else None


def weekday_near(weekday: int, q: str | None, dct: dt.date) -> dt.date:
    """The day with that weekday: latest on/before the DCT, or strictly before/after by `q`."""
    back = (dct.weekday() - weekday) % 7
    if q == "next":
        return dct + dt.timedelta(days=(weekday - dct.weekday()) % 7 or 7)
    if q == "past":
        return dct - dt.timedelta(days=back or 7)
    return dct - dt.timedelta(days=back)


def hijri_to_date(year: int, month: int, day: int) -> dt.date:
    """Umm al-Qura Hijri date -> Gregorian date (raises ValueError outside 1343-1500 AH)."""
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_date(year, month, 1)
    return first, first + dt.timedelta(days=Hijri(year, month, 1).month_length() - 1)


def _weekday_warning(date: dt.date, weekday: int | None) -> str | None:
    if weekday is None or date.weekday() == weekday:
        return None
    return (f"weekday mismatch: text says {WEEKDAY_EN[weekday]} but {date.isoformat()} "
            f"is a {WEEKDAY_EN[date.weekday()]}")


def _greg_date(f: dict, dct: dt.date | None) -> Resolved:
    year, month, day = f.get("year"), f.get("month"), f.get("day")
    inferred = False
    if year is None and f.get("rel_year") is not None and dct is not None:
        year, inferred = dct.year + f["rel_year"], True
    if year is None and month is not None:
        if dct is None:
            return Resolved(None, "day" if day else "month", True)
        year, inferred = pick_year(month, day, _year_hint(f), dct), True
    if month is None:
        return Resolved(f"{year:04d}", "year", inferred)
    if day is None:
        return Resolved(_ym(year, month), "month", inferred)
    date = _safe_date(year, month, day)
    if date is None:
        return Resolved(None, "day", inferred, f"no such day: {year}-{month}-{day}")
    return Resolved(date.isoformat(), "day", inferred, _weekday_warning(date, f.get("weekday")))


def _hijri_date(f: dict, dct: dt.date | None) -> Resolved:
    year, month, day = f.get("year"), f.get("month"), f.get("day")
    inferred = False
    try:
        if year is None:
            if dct is None:
                return Resolved(None, "day" if day else "month", True)
            h = Gregorian(dct.year, dct.month, dct.day).to_hijri()
            inferred = True
            cands = [(y, hijri_month_span(y, month)) for y in (h.year - 1, h.year, h.year + 1)]
            if f.get("q") == "past":
                year = max(y for y, (a, b) in cands if b < dct)
            elif f.get("q") == "next":
                year = min(y for y, (a, b) in cands if a > dct)
            else:
                year = min(cands, key=lambda c: 0 if c[1][0] <= dct <= c[1][1] else
                           min(abs((c[1][0] - dct).days), abs((c[1][1] - dct).days)))[0]
        if month is None:
            first = hijri_to_date(year, 1, 1)
            last = hijri_to_date(year + 1, 1, 1) - dt.timedelta(days=1)
            return Resolved(f"{first.isoformat()}/{last.isoformat()}", "year", inferred)
        if day is None:
            a, b = hijri_month_span(year, month)
            return Resolved(f"{a.isoformat()}/{b.isoformat()}", "month", inferred)
        date = hijri_to_date(year, month, day)
    except (ValueError, OverflowError) as err:
        return Resolved(None, "day" if day else "month" if month else "year", inferred,
                        f"Hijri date not convertible: {err}")
    return Resolved(date.isoformat(), "day", inferred, _weekday_warning(date, f.get("weekday")))


def anchor_day(f: dict, dct: dt.date) -> tuple[dt.date, str | None]:
    """The day a relative day word or weekday points at, with a weekday warning if any."""
    if f.get("offset") is not None:
        day = dct + dt.timedelta(days=f["offset"])
        return day, _weekday_warning(day, f.get("weekday"))
    if f.get("weekday") is not None:
        if f.get("eve"):  # ليلة الخميس: Wednesday night, the latest (past/next) such Wednesday
            return weekday_near((f["weekday"] - 1) % 7, f.get("q"), dct), None
        return weekday_near(f["weekday"], f.get("q"), dct), None
    return dct, None


def _time(f: dict, dct: dt.date | None) -> Resolved:
    if dct is None:
        return Resolved(None, "time", True)
    day, warning = anchor_day(f, dct)
    hour, shift = f["hour"], f.get("shift", 0)
    if shift and hour < 12 and not (f.get("dp") == "night" and hour < 5):
        hour += 12
    if hour == 12 and f.get("dp") in ("evening", "night") or hour == 24:
        day, hour = day + dt.timedelta(days=1), 0
    return Resolved(f"{day.isoformat()}T{hour:02d}:{f['minute']:02d}", "time", True, warning)


def _shift(unit: str, k: int, dct: dt.date) -> tuple[str, str]:
    """DCT moved by k units -> (value, precision) at that unit's granularity."""
    if unit in ("minute", "hour"):
        hours = k if unit == "hour" else k / 60
        return (dct + dt.timedelta(days=int(hours // 24) if k > 0 else -int(-hours // 24))).isoformat(), "day"
    if unit == "day":
        return (dct + dt.timedelta(days=k)).isoformat(), "day"
    if unit == "week":
        return (dct + dt.timedelta(days=7 * k)).isoformat(), "week"
    if unit == "decade":
        return f"{dct.year + 10 * k:04d}", "year"
    if unit == "month":
        return _ym(*add_months(dct.year, dct.month, k)), "month"
    return f"{dct.year + k:04d}", "year"


_UNIT_PRECISION = {"minute": "day", "hour": "day", "day": "day", "week": "week", "month": "month",
                   "year": "year", "decade": "year"}
_Q_SIGN = {"past": -1, "current": 0, "next": 1, None: 0}


def _stretch(f: dict, dct: dt.date) -> str:
    n = f.get("n") or DEFAULT_STRETCH[f["unit"]]
    unit = f["unit"]
    if unit in ("minute", "hour"):
        unit, n = "day", max(1, round(n / (60 if f["unit"] == "minute" else 1) / 24))
    here = _shift(unit, 0, dct)[0]
    there = _shift(unit, n * (-1 if f["q"] == "past" else 1), dct)[0]
    return f"{there}/{here}" if f["q"] == "past" else f"{here}/{there}"


def _duration(f: dict) -> str:
    n, unit = f["n"], f["unit"]
    if unit == "decade":
        n, unit = 10 * n, "year"
    code = {"minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    return f"PT{n}{code}" if unit in ("minute", "hour") else f"P{n}{code}"


def _part(f: dict, dct: dt.date | None) -> Resolved:
    lx = load_lexicon()
    part, target = f["part"], f["target"]
    if target == "named_month":
        year, month = f.get("year"), f["month"]
        inferred = year is None
        if year is None:
            if dct is None:
                return Resolved(None, "part-of-month", True)
            year = pick_year(month, None, _year_hint(f), dct)
        return Resolved(f"{_ym(year, month)}-{lx.part_days[part]:02d}", "part-of-month", inferred)
    if target == "year" and f.get("year") is not None:
        year, inferred = f["year"], False
    elif dct is None:
        return Resolved(None, "part-of-month" if target == "month" else "interval", True)
    elif target == "week":
        return Resolved((dct + dt.timedelta(days=7 * _Q_SIGN[f.get("q")])).isoformat(), "week", True)
    elif target == "month":
        year, month = add_months(dct.year, dct.month, _Q_SIGN[f.get("q")])
        return Resolved(f"{_ym(year, month)}-{lx.part_days[part]:02d}", "part-of-month", True)
    else:
        year, inferred = dct.year + _Q_SIGN[f.get("q")], True
    a, b = lx.part_months[part]
    return Resolved(f"{_ym(year, a)}/{_ym(year, b)}", "interval", inferred)


def season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a season starting in `year` (winter: December `year`)."""
    a, b = load_lexicon().season_months[season]
    end_year = year + 1 if b < a else year
    return dt.date(year, a, 1), dt.date(end_year, b, calendar.monthrange(end_year, b)[1])


def _season(f: dict, dct: dt.date | None) -> Resolved:
    season = f["season"]
    a, b = load_lexicon().season_months[season]
    year = f.get("year")
    if year is None and f.get("rel_year") is not None and dct is not None:
        year = dct.year + f["rel_year"]
    if year is not None:
        # شتاء 2019 is the winter that contains January 2019
        start_year = year - 1 if b < a else year
        inferred = f.get("year") is None
    elif dct is None:
        return Resolved(None, "season", True)
    else:
        cands = [(y, season_span(season, y)) for y in range(dct.year - 2, dct.year + 2)]
        q = f.get("q")
        if q == "past":
            start_year = max(y for y, (s, e) in cands if e < dct)
        elif q == "next":
            start_year = min(y for y, (s, e) in cands if s > dct)
        else:
            start_year = min(cands, key=lambda c: 0 if c[1][0] <= dct <= c[1][1] else
                             min(abs((c[1][0] - dct).days), abs((c[1][1] - dct).days)))[0]
        inferred = True
    s_, e_ = season_span(season, start_year)
    return Resolved(f"{_ym(s_.year, s_.month)}/{_ym(e_.year, e_.month)}", "season", inferred)


def _relper(f: dict, dct: dt.date) -> Resolved:
    if f["unit"] == "decade":
        # العقد الماضي: the ten years up to the DCT's; الحالي: the calendar decade; المقبل: ten ahead
        y, q = dct.year, f["q"]
        a, b = (y - 10, y) if q == "past" else (y, y + 10) if q == "next" else (y // 10 * 10, y // 10 * 10 + 9)
        return Resolved(f"{a:04d}/{b:04d}", "interval", True)
    value, precision = _shift(f["unit"], _Q_SIGN[f["q"]] * f.get("steps", 1), dct)
    return Resolved(value, precision, True)


def _holiday(f: dict, dct: dt.date | None) -> Resolved:
    """A fixed day of the Hijri or Gregorian year: the occurrence nearest the DCT, or by q/year."""
    month, day, eve = f["month"], f["day"], dt.timedelta(days=1 if f.get("eve") else 0)
    convert = (lambda y: hijri_to_date(y, month, day)) if f["cal"] == "hijri" else \
        (lambda y: dt.date(y, month, day))
    try:
        if f.get("year") is not None:
            return Resolved((convert(f["year"]) - eve).isoformat(), "day", False)
        if f.get("in_year") is not None:  # a Hijri holiday in a Gregorian year (at most two)
            base = Gregorian(f["in_year"], 7, 1).to_hijri().year
            days = [convert(y) for y in range(base - 1, base + 2)]
            days = [d - eve for d in days if d.year == f["in_year"]]
            return Resolved(days[0].isoformat() if days else None, "day", False)
        if dct is None:
            return Resolved(None, "day", True)
        base = Gregorian(dct.year, dct.month, dct.day).to_hijri().year if f["cal"] == "hijri" else dct.year
        cands = [convert(y) for y in range(base - 1, base + 2)]  # chosen by the holiday, not its eve
    except (ValueError, OverflowError) as err:
        return Resolved(None, "day", True, f"holiday not convertible: {err}")
    q = f.get("q") or _year_hint(f)
    if f.get("rel_year") is not None:
        year = dct.year + f["rel_year"]
        pick = min((c for c in cands if c.year == year), default=None, key=lambda c: abs(c - dct))
    elif q in ("past", "since"):
        pick = max((c for c in cands if c < dct or q == "since" and c == dct), default=None)
    elif q in ("next", "until"):
        pick = min((c for c in cands if c > dct or q == "until" and c == dct), default=None)
    else:
        pick = min(cands, key=lambda c: (abs((c - dct).days), c > dct))
    if pick is None:
        return Resolved(None, "day", True)
    return Resolved((pick - eve).isoformat(), "day", True)


def resolve(p: Parse, dct: dt.date | None) -> Resolved:
    """Value and precision of one parse relative to the DCT (None when it cannot be fixed).

    Args:
        p: a parse from `rasid.dates.grammar.recognise` (or a merged range).
        dct: the document creation time, or None.
    Returns:
        A `Resolved` (value None when the DCT would be needed but is unknown).
    """
    f, kind = p.f, p.kind
    if kind == "date":
        return _hijri_date(f, dct) if f["cal"] == "hijri" else _greg_date(f, dct)
    if kind == "duration":
        return Resolved(_duration(f), "interval")
    if kind == "holiday":
        return _holiday(f, dct)
    if kind == "range":
        b = resolve(f["b"], dct)
        fa = f["a"].f
        if (f["a"].kind == f["b"].kind == "date" and fa.get("cal") == "greg" and fa.get("month")
                and fa.get("year") is None and b.value and f["b"].f.get("month")):
            # من أكتوبر إلى مارس: the start takes the end's year, a year earlier if it wraps
            year = int(b.value[:4]) - (1 if fa["month"] > f["b"].f["month"] else 0)
            a = resolve(Parse(0, 0, "date", {**fa, "year": year}), dct)
            a = Resolved(a.value, a.precision, True, a.warning)
        else:
            a = resolve(f["a"], dct)
        if a.value is None or b.value is None:
            return Resolved(None, "interval", True)
        a_v, b_v = a.value.split("/")[0], b.value.split("/")[-1]
        if f["b"].kind == "weekday" and not f["b"].f.get("q") and len(a_v) == len(b_v) == 10:
            # من الاثنين إلى الأربعاء: the end is the first such weekday on or after the start
            start, end = dt.date.fromisoformat(a_v), dt.date.fromisoformat(b_v)
            end = start + dt.timedelta(days=(end.weekday() - start.weekday()) % 7)
            b_v = end.isoformat()
        return Resolved(f"{a_v}/{b_v}", "interval", a.inferred or b.inferred, a.warning or b.warning)
    if kind == "part":
        return _part(f, dct)
    if kind == "season":
        return _season(f, dct)
    if dct is None:
        precision = _UNIT_PRECISION.get(f.get("unit"), "day")
        return Resolved(None, {"time": "time", "during": "interval"}.get(kind, precision), True)
    if kind in ("weekday", "relday"):
        day, warning = anchor_day(f, dct)
        return Resolved(day.isoformat(), "day", True, warning, f.get("dp"))
    if kind == "time":
        return _time(f, dct)
    if kind == "relmonth_day":  # 15 من الشهر الجاري; الـ12 من الشهر نفسه (the month last named)
        if f["q"] == "same":
            year, month = f.get("same_month") or (dct.year, dct.month)
        else:
            year, month = add_months(dct.year, dct.month, _Q_SIGN[f["q"]])
        date = _safe_date(year, month, f["day"])
        if date is None:
            return Resolved(None, "day", True, f"no such day: {year}-{month}-{f['day']}")
        return Resolved(date.isoformat(), "day", True, _weekday_warning(date, f.get("weekday")))
    if kind == "relper":
        return _relper(f, dct)
    if kind == "offset":
        value, precision = _shift(f["unit"], f["dir"] * f["n"], dct)
        return Resolved(value, precision, True)
    if kind == "during":
        return Resolved(_stretch(f, dct), "interval", True)
    raise ValueError(f"unknown parse kind {kind!r}")
