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
        if year is None:
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
    if latest is not None:
        for p in parses:
            f = p.f
            if (p.kind == "date" and f.get("cal") == "greg" and f.get("weekday") is not None
                    and f.get("day") and f.get("month") and f.get("year") is None):
                for year in range(latest, latest + _YEAR_WINDOW):
                    try:
                        day = dt.date(year, f["month"], f["day"])
                    except ValueError:
                        continue
                    if day.weekday() == f["weekday"]:
                        when = "the latest year mentioned" if year == latest else \
                            "the first year after the latest year mentioned"
                        return DCT(day.isoformat(), inferred=True, reason=reason_prefix + (
                            f"{WEEKDAY_EN[f['weekday']]} {f['day']} {MONTH_EN[f['month']]}, {when} "
                            f"({latest}) in which {f['day']} {MONTH_EN[f['month']]} is a "
                            f"{WEEKDAY_EN[f['weekday']]}"))
    full = _full_dates(parses)
    if full:
        latest_day = max(full)
        return DCT(latest_day.isoformat(), inferred=True, reason=reason_prefix + (
            f"latest full date mentioned in the text ({latest_day.isoformat()}); "
            "the article was written on or after it"))
    if latest is not None:
        return DCT(None, inferred=True, reason=reason_prefix + (
            f"no full date in the text; the latest year mentioned is {latest}, "
            "too coarse to anchor relative dates"))
    return DCT(None, inferred=True, reason=reason_prefix + "no published date given and no date in the text")
