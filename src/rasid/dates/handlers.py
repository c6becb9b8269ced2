"""Handlers of the grammar's patterns: regex groups -> DCT-free `Parse` fields.

Each `_h_*` takes the lexicon, the match's non-empty groups (matching form) and a small
context (the word before the match, the raw spelling) and returns `(kind, fields)`, or None to
reject a match that is not a date in context (مارس "he practised", رجب the given name).
Kept apart from the patterns so that each file stays readable on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rasid.dates.lexicon import Lexicon, lookup
from rasid.text.normalize import matching_form

# what may be glued to the front of a temporal word: conjunctions, prepositions, article
CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "في", "وفي",
                     "ال", "بال", "وبال", "لل", "ولل", "فال", "وال", "كال", "وكال"})
# words after which an otherwise ambiguous month name or a bare season is a date
CUES = frozenset(matching_form(w) for w in (
    "في", "منذ", "خلال", "حتى", "الى", "من", "بين", "شهر", "وفي", "ومنذ", "وحتى", "ومن", "مطلع",
    "اوائل", "منتصف", "اواسط", "اواخر", "نهاية", "بداية", "هذا", "هذه", "طوال", "طيلة", "قبل",
    "بعد", "او", "و", "اثناء", "فصل"))
HIJRI_YEARS = range(1343, 1501)  # what hijridate (Umm al-Qura) converts
# words after which a bare four-digit number is a year (في 2015, منذ 2011)
YEAR_CUES = frozenset(matching_form(w) for w in (
    "في", "منذ", "حتى", "خلال", "مطلع", "اوائل", "منتصف", "اواسط", "اواخر", "نهاية", "بداية",
    "وفي", "ومنذ", "وحتى", "قبل", "بعد", "ربيع", "صيف", "شتاء", "خريف", "الى"))


@dataclass
class Parse:
    """One recognised expression: compact-text offsets, a kind and DCT-free fields."""

    start: int
    end: int
    kind: str
    f: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _int(lx: Lexicon, text: str | None) -> int | None:
    """A number written in digits or words (ال-prefixed too: الخمسة, الـ24)."""
    if not text:
        return None
    text = " ".join(text.split())
    if text.startswith("ال") and (text[2:].strip().isdigit() or lookup(lx.cardinals, text[2:])):
        text = text[2:].strip()
    if text.isdigit():
        return int(text)
    return lookup(lx.cardinals, text) or lookup(lx.day_ordinals, text)


def _year_parts(lx: Lexicon, g: dict) -> dict:
    """Year and its calendar from YTAIL/HTAIL groups."""
    year = int(g["year"]) if g.get("year") else None
    era = g.get("era")
    hijri = bool(era and lookup({w: 1 for w in lx.words["hijri_markers"]}, era))
    return {"year": year, "hijri_year": hijri}


# --- handlers: match groups -> Parse fields (None rejects the match) -------------------------

def _month_of(lx, g):
    return lookup(lx.months, g["m1"])


def _h_dmy(lx, g, ctx):
    month = _month_of(lx, g)
    if g.get("m2") and lookup(lx.months, g["m2"]) != month:
        return None
    day = _int(lx, g["day"])
    yp = _year_parts(lx, g)
    if not day or not 1 <= day <= 31 or yp["hijri_year"]:
        return None
    return "date", {"cal": "greg", "day": day, "month": month, "year": yp["year"],
                    "weekday": lookup(lx.weekdays, g.get("wd") or ""),
                    "q": lookup(lx.qualifiers, g.get("q") or "")}


_Q_STEP = {"past": -1, "current": 0, "next": 1}


def _rel_year(lx, g) -> int | None:
    """Years from the DCT's for a trailing (من) العام الماضي/الجاري/المقبل, or None."""
    if g.get("rthis"):
        return 0
    if g.get("rq"):
        return _Q_STEP.get(lookup(lx.qualifiers, g["rq"]), 0)
    return None


def _h_my(lx, g, ctx):
    month = _month_of(lx, g)
    if g.get("m2") and lookup(lx.months, g["m2"]) != month:
        return None
    yp = _year_parts(lx, g)
    if yp["hijri_year"]:
        return None
    q = lookup(lx.qualifiers, g.get("q") or "")
    rel_year = _rel_year(lx, g)
    bare = not (yp["year"] or q or g.get("m2") or g.get("mw") or rel_year is not None)
    if bare and " ".join(g["m1"].split()) in lx.ambiguous_months and ctx["prev"] not in CUES:
        return None
    if re.search(r"(?<![^\W_])إب(?![^\W_])", ctx["raw"]):
        return None  # إب is the Yemeni city Ibb; the month is written آب
    return "date", {"cal": "greg", "month": month, "year": yp["year"], "q": q, "rel_year": rel_year}


def _h_hijri(lx, g, ctx):
    month = lookup(lx.hijri_months, g["hm"])
    day = _int(lx, g.get("day"))
    year = int(g["year"]) if g.get("year") else None
    if year is not None and year not in HIJRI_YEARS:
        return None
    q = lookup(lx.qualifiers, g.get("q") or "")
    if not (day or year or g.get("mw") or q or g.get("q")):
        return None
    if day is not None and not 1 <= day <= 30:
        return None
    return "date", {"cal": "hijri", "day": day, "month": month, "year": year, "q": q,
                    "weekday": lookup(lx.weekdays, g.get("wd") or "")}


def _h_numeric(lx, g, ctx):
    a, b, c = g["a"], int(g["b"]), g["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), b, int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), b, int(c)
    else:
        return None
    era = g.get("era") or ""
    hijri = bool(lookup({w: 1 for w in lx.words["hijri_markers"]}, era)) or (
        year in HIJRI_YEARS and not lookup({w: 1 for w in lx.words["ad_markers"]}, era))
    if not (1 <= month <= 12 and 1 <= day <= (30 if hijri else 31)):
        return None
    if not hijri and not 1800 <= year <= 2200:
        return None
    return "date", {"cal": "hijri" if hijri else "greg", "day": day, "month": month,
                    "year": year, "weekday": lookup(lx.weekdays, g.get("wd") or "")}


def _h_year(lx, g, ctx):
    text = g.get("year") or g.get("year2") or g.get("year3")
    era = g.get("era") or g.get("era2") or ""
    year = int(text)
    hijri = bool(lookup({w: 1 for w in lx.words["hijri_markers"]}, era))
    if hijri and year not in HIJRI_YEARS or not hijri and not 1000 <= year <= 2200:
        return None
    if g.get("year3") and ctx["prev"] not in YEAR_CUES:
        return None
    return "date", {"cal": "hijri" if hijri else "greg", "year": year}


def _is(lx, role: str, word: str | None) -> bool:
    """Whether a matched word is one of the lexicon's words for a role (eve_words ...)."""
    return bool(word) and " ".join(word.split()) in lx.words[role]


def _h_weekday(lx, g, ctx):
    weekday = lookup(lx.weekdays, g["wd"])
    dp = (lookup(lx.day_parts, g.get("dp") or "") or (None,))[0]
    # ليلة الخميس is the night before Thursday; ليل الجمعة السبت is Friday's night
    eve = _is(lx, "eve_words", g.get("dp"))
    if g.get("wd2"):
        if dp != "night" and not eve or lookup(lx.weekdays, g["wd2"]) != (weekday + 1) % 7:
            return None
        eve = False
    return "weekday", {"weekday": weekday, "q": lookup(lx.qualifiers, g.get("q") or ""),
                       "dp": "night" if eve else dp, "eve": eve}


def _h_relday(lx, g, ctx):
    if ctx["clitic"].endswith("ل") and lookup(lx.relative_days, g["rel"]) == 0 and not g.get("dp"):
        return None  # لليوم الإسلامي لحقوق الإنسان: "for the day of", not today
    return "relday", {"offset": lookup(lx.relative_days, g["rel"]),
                      "weekday": lookup(lx.weekdays, g.get("wd") or ""),
                      "dp": (lookup(lx.day_parts, g.get("dp") or "") or (None,))[0]}


def _anchor(lx, g) -> dict:
    rel = g.get("rel") or ""
    out = {"offset": lookup(lx.relative_days, rel), "weekday": lookup(lx.weekdays, g.get("wd") or "")}
    if out["offset"] is None and lookup(lx.weekdays, rel) is not None:
        out["weekday"] = lookup(lx.weekdays, rel)
    return out


def _h_time(lx, g, ctx):
    if g.get("hw"):
        hour, minute = lookup(lx.hours, g["hw"]), 0
    else:
        hour, minute = int(g["h"]), int(g.get("mi") or 0)
    if g.get("minw"):
        mw = " ".join(g["minw"].split())
        minute = lookup(lx.minutes, mw) if lookup(lx.minutes, mw) is not None else \
            int(re.match(r"\d+", mw).group()) if re.match(r"\d+", mw) else 1
    dp = lookup(lx.day_parts, g.get("dp") or "")
    if hour is None or not 0 <= hour <= 24 or not 0 <= minute < 60:
        return None
    return "time", {"hour": hour, "minute": minute, "dp": dp[0] if dp else None,
                    "shift": dp[1] if dp else 0, **_anchor(lx, g)}


def _h_relper(lx, g, ctx):
    q = lookup(lx.qualifiers, g.get("q") or "")
    if g.get("this"):
        q = q or "current"
    if not q:
        return None
    return "relper", {"unit": lookup(lx.period_nouns, g["per"]), "q": q,
                      "steps": 2 if g.get("before") and q == "past" else 1}


def _unit(lx, g) -> tuple[str, int | None]:
    unit, count = lookup(lx.units, g["unit"])
    n = _int(lx, g.get("n"))
    return unit, n if n is not None else count


_OF_EVENT = re.compile(r"\s*(?:من|علي)(?![^\W_])")


def _h_offset(lx, g, ctx):
    unit, n = _unit(lx, g)
    vague = bool(g.get("vb") or g.get("va")) or n is None
    if vague and (g["dir"] == "بعد" or g["dir"] == "قبل" and _OF_EVENT.match(ctx["after"])):
        return None  # بعد أشهر من الحرب, بعد أيام على مقتل, قبل أيام من الانتخابات: another event's

    if vague and g.get("n") or not vague and not n:
        return None
    if vague:
        # منذ أيام, قبل أشهر قليلة, بعد أسابيع: a stretch up to (from) the DCT
        return "during", {"unit": unit, "n": None, "q": "past", "vague": True}
    return "offset", {"unit": unit, "n": n, "dir": 1 if g["dir"] == "بعد" else -1,
                      "approx": bool(g.get("approx"))}


def _h_during(lx, g, ctx):
    word = g["unit"]
    found = lookup(lx.units, word) or (word.startswith("ال") and lookup(lx.units, word[2:]))
    if not found:
        return None
    unit, count = found
    if count == 1 and not (g.get("n0") or g.get("n")):
        return None  # الأسبوع الماضي is a period, not a stretch of time: see _h_relper
    n = _int(lx, g.get("n") or g.get("n0")) or count
    q = lookup(lx.qualifiers, g["q"])
    if q == "current" or not (g.get("lead") or g["unit"].startswith("ال") or ctx["art"]):
        return None
    return "during", {"unit": unit, "n": n, "q": q}


def _h_duration(lx, g, ctx):
    unit, n = _unit(lx, g)
    if not n:
        return None
    return "duration", {"unit": unit, "n": n}


def _h_part(lx, g, ctx):
    part = lookup(lx.parts, g["part"])
    if g.get("m1") and part not in lx.part_days:
        return None
    if g.get("m1"):
        month = _month_of(lx, g)
        if g.get("m2") and lookup(lx.months, g["m2"]) != month:
            return None
        return "part", {"part": part, "target": "named_month", "month": month,
                        "year": int(g["year"]) if g.get("year") else None,
                        "q": lookup(lx.qualifiers, g.get("q") or "")}
    year_only = part not in lx.part_days  # halves and quarters: of a year, never of a month
    if g.get("per"):
        unit = lookup(lx.period_nouns, g["per"])
        if unit == "decade" or year_only and unit != "year":
            return None
        q = lookup(lx.qualifiers, g.get("pq") or "") or ("current" if g.get("pthis") else None)
        return "part", {"part": part, "target": unit, "q": q,
                        "year": int(g["py"]) if g.get("py") else None}
    year = int(g["y2"])
    if not 1000 <= year <= 2200:
        return None
    return "part", {"part": part, "target": "year", "year": year, "q": None}


def _h_season(lx, g, ctx):
    q = lookup(lx.qualifiers, g.get("q") or "")
    year = int(g["year"]) if g.get("year") else None
    rel_year = _rel_year(lx, g)
    if not (g.get("fasl") or q or year or ctx["prev"] in CUES or rel_year is not None):
        return None
    return "season", {"season": lookup(lx.seasons, g["season"]), "q": q, "year": year,
                      "rel_year": rel_year}


def _h_day_of_relmonth(lx, g, ctx):
    day = _int(lx, g["day"])
    q = "same" if _is(lx, "same_words", g["q"]) else lookup(lx.qualifiers, g["q"])
    per = lookup(lx.period_nouns, g["per"]) if g.get("per") else "month"  # يوم 15 الجاري
    if not day or not 1 <= day <= 31 or per != "month" or q is None:
        return None
    return "relmonth_day", {"day": day, "q": q, "weekday": lookup(lx.weekdays, g.get("wd") or "")}


def _h_holiday(lx, g, ctx):
    cal, month, day = lookup(lx.holidays, g["hol"])
    year = int(g["year"]) if g.get("year") else None
    era, in_year = g.get("era") or "", None
    if year is not None:
        hijri_year = bool(lookup({w: 1 for w in lx.words["hijri_markers"]}, era)) or (
            cal == "hijri" and year in HIJRI_YEARS and not era)
        if hijri_year and cal != "hijri" or not hijri_year and not 1900 <= year <= 2100:
            return None
        if cal == "hijri" and not hijri_year:  # عيد الفطر 2015: the Eid that fell in 2015
            year, in_year = None, year
    return "holiday", {"cal": cal, "month": month, "day": day, "year": year, "in_year": in_year,
                       "q": lookup(lx.qualifiers, g.get("q") or ""), "rel_year": _rel_year(lx, g),
                       "eve": bool(g.get("eve"))}


def _h_midnight(lx, g, ctx):
    rel = g.get("rel") or g.get("rel2")
    if g.get("rel") and "ليل" not in g["rel"]:
        return None  # منتصف اليوم is midday; only a night word makes midnight
    eve = _is(lx, "eve_words", g.get("lw")) and bool(g.get("wd"))
    fields = _anchor(lx, {"rel": rel or "", "wd": g.get("wd") or ""})
    # منتصف ليل الأحد: 24:00 on Sunday; منتصف ليلة الأحد (the eve of Sunday): 00:00 on Sunday
    return "time", {"hour": 0 if eve else 24, "minute": 0, "dp": "night", "shift": 0,
                    "q": lookup(lx.qualifiers, g.get("q") or ""), **fields}


def _h_year_pair(lx, g, ctx):
    a, b = int(g["y1"]), int(g["y2"])
    # موسم 2011 - 2012, 2014/2015: consecutive years, or any pair after a cue (بين عامي ...)
    if not (b == a + 1 or a < b <= a + 50 and ctx["prev"] in YEAR_CUES | _PAIR_CUES):
        return None
    mk = lambda y: Parse(0, 0, "date", {"cal": "greg", "year": y, "pattern": "year"})  # noqa: E731
    return "range", {"a": mk(a), "b": mk(b)}


_PAIR_CUES = frozenset(matching_form(w) for w in ("موسم", "الموسم", "عامي", "الفترة", "للفترة",
                                                  "سنوات", "الأعوام", "الفتره"))


def _h_year_range(lx, g, ctx):
    a, b = int(g["y1"]), int(g["y2"])
    if not (1000 <= a <= b <= 2200):
        return None
    mk = lambda y: Parse(0, 0, "date", {"cal": "greg", "year": y, "pattern": "year"})  # noqa: E731
    return "range", {"a": mk(a), "b": mk(b)}


def _h_range_head(lx, g, ctx):
    return "range_head", {"day": int(g["d1"]), "lead": g["lead"]}
