"""Document creation time: given by the input, or inferred from what the text says.

Relative expressions (أمس, الشهر الماضي) mean nothing without the DCT, and news copied
from the web often arrives without a publication date. The text usually betrays it: an
article that says "الخميس 9 من كانون الثاني" and mentions 2018 as its latest year was
written on a Thursday 9 January no earlier than 2018, which is 2020-01-09. Each rule below
gives its reason, so a reader can see why a date was assumed.
"""
from __future__ import annotations

import datetime as dt
import re

from rasid.document import DCT
from rasid.dates.grammar import Parse
from rasid.dates.resolve import MONTH_EN, WEEKDAY_EN, hijri_to_date

# a weekday-date pair without a year is searched for this many years after the latest year
_YEAR_WINDOW = 40
# a year after these words is a target, not a past the article looks back on (رؤية 2030)
_TARGET_CUES = frozenset({"حتي", "بحلول", "رؤيه", "وحتي", "لغايه", "افق"})


def parse_published(value) -> dt.date | None:
    """YYYY-MM-DD, an ISO datetime, or a date/datetime object -> date (None if unreadable)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _explicit_years(parses: list[Parse]) -> list[int]:
    """Gregorian years written in the text (Hijri ones converted), from every kind of parse."""
    years: list[int] = []
    for p in parses:
        if p.kind == "range":
            years += _explicit_years([p.f["a"], p.f["b"]])
            continue
        year = p.f.get("year")
        if year is None or p.f.get("tense") == "future" or p.f.get("prev") in _TARGET_CUES:
            continue
        if p.kind == "date" and p.f.get("cal") == "hijri":
            try:
                years.append(hijri_to_date(year, p.f.get("month") or 12, p.f.get("day") or 1).year)
            except (ValueError, OverflowError):
                continue
        elif 1000 <= year <= 2200:
            years.append(year)
    return years


def _full_dates(parses: list[Parse]) -> list[dt.date]:
    """Every complete Gregorian day the text names (Hijri converted)."""
    out = []
    for p in parses:
        if p.kind == "range":
            out += _full_dates([p.f["a"], p.f["b"]])
            continue
        f = p.f
        if p.kind != "date" or None in (f.get("year"), f.get("month"), f.get("day")):
            continue
        try:
            if f["cal"] == "hijri":
                out.append(hijri_to_date(f["year"], f["month"], f["day"]))
            else:
                out.append(dt.date(f["year"], f["month"], f["day"]))
        except (ValueError, OverflowError):
            continue
    return out


def _weekday_year(f: dict, latest: int) -> tuple[dt.date | None, int | None]:
    """The first year from `latest` on in which the parse's day and month fall on its weekday."""
    for year in range(latest, latest + _YEAR_WINDOW):
        try:
            day = dt.date(year, f["month"], f["day"])
        except ValueError:
            continue
        if day.weekday() == f["weekday"]:
            return day, year
    return None, None


def _dct_weekday(parses: list[Parse]) -> int | None:
    """The DCT's weekday when the text says it: اليوم الاثنين, أمس الأحد (-> Monday)."""
    votes: dict[int, int] = {}
    for p in parses:
        if p.kind == "relday" and p.f.get("weekday") is not None and p.f.get("offset") is not None:
            wd = (p.f["weekday"] - p.f["offset"]) % 7
            votes[wd] = votes.get(wd, 0) + 1
    return max(votes, key=votes.get) if votes else None


def _current_month(parses: list[Parse]) -> int | None:
    """A Gregorian month the text calls current (يوليو الجاري, 3 يناير الجاري), or None."""
    for p in parses:
        f = p.f
        if p.kind == "date" and f.get("cal") == "greg" and f.get("q") == "current" and f.get("month"):
            return f["month"]
    return None


def _next_weekday(day: dt.date, weekday: int | None) -> dt.date:
    """`day`, or the first day after it with that weekday."""
    if weekday is None:
        return day
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def infer_dct(parses: list[Parse], published=None) -> DCT:
    """The DCT from metadata, else from the text's own dates.

    Args:
        parses: the document's selected parses (DCT-free), in text order.
        published: `doc.meta["published"]`, if any.
    Returns:
        A `DCT`; value None with a reason when nothing fixes it.
    """
    given = parse_published(published)
    if given is not None:
        return DCT(given.isoformat(), inferred=False, reason="given")
    if published:
        reason_prefix = f"published date {published!r} unreadable; "
    else:
        reason_prefix = ""
    years = _explicit_years(parses)
    latest = max(years) if years else None
    full = _full_dates(parses)
    if latest is not None:
        for p in parses:
            f = p.f
            if not (p.kind == "date" and f.get("cal") == "greg" and f.get("weekday") is not None
                    and f.get("day") and f.get("month") and f.get("year") is None):
                continue
            day, year = _weekday_year(f, latest)
            if day is None:
                continue
            if f.get("q") in ("past", "next"):
                full.append(day)  # الجمعة 26 يونيو الفائت: a day before the DCT, not the DCT
                continue
            when = "the latest year mentioned" if year == latest else \
                "the first year after the latest year mentioned"
            return DCT(day.isoformat(), inferred=True, reason=reason_prefix + (
                f"{WEEKDAY_EN[f['weekday']]} {f['day']} {MONTH_EN[f['month']]}, {when} "
                f"({latest}) in which {f['day']} {MONTH_EN[f['month']]} is a "
                f"{WEEKDAY_EN[f['weekday']]}"))
    weekday = _dct_weekday(parses)
    current = _current_month(parses)
    floor = max(full) if full else None
    if current is not None and (latest is not None or floor is not None):
        year = max(y for y in (latest, floor.year if floor else None) if y is not None)
        first = dt.date(year, current, 1)
        if floor is None or floor <= first or (floor.year, floor.month) == (year, current):
            day = _next_weekday(max(first, floor or first), weekday)
            said = f" and a {WEEKDAY_EN[weekday]} from 'today/yesterday + weekday'" if weekday is not None else ""
            return DCT(day.isoformat(), inferred=True, reason=reason_prefix + (
                f"the text calls {MONTH_EN[current]} the current month (الجاري), year {year} from the "
                f"latest year or date mentioned{said}; the first such day"
                + (f" on or after the latest full date ({floor.isoformat()})" if floor else "")))
    if floor is not None:
        day = _next_weekday(floor, weekday)
        said = (f", moved to the first {WEEKDAY_EN[weekday]} on or after it because the text says "
                "today/yesterday is that weekday") if weekday is not None and day != floor else ""
        return DCT(day.isoformat(), inferred=True, reason=reason_prefix + (
            f"latest full date mentioned in the text ({floor.isoformat()}); "
            f"the article was written on or after it{said}"))
    if latest is not None:
        return DCT(None, inferred=True, reason=reason_prefix + (
            f"no full date in the text; the latest year mentioned is {latest}, "
            "too coarse to anchor relative dates"))
    return DCT(None, inferred=True, reason=reason_prefix + "no published date given and no date in the text")
