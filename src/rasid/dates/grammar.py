"""Recognition: regular patterns over the matching form of the text, DCT-free.

Each pattern finds one family of expressions and turns it into a `Parse`: what was said
(day 9, month 1, weekday Thursday, "last", "two weeks ago"), not yet what date it means.
Keeping recognition free of the document creation time lets the DCT itself be inferred from
the parses (a weekday with a day and month pins the year) before anything is normalised.

The text searched is the *compact* matching form (see `tagger.compact`): one spelling per
letter, ASCII digits, no diacritics or kashida, so patterns and the YAML vocabulary only
need one spelling of each word. Attached clitics (و, ف, ب, ل, ك, في, بال ...) are allowed
before a match and left out of the mention's span.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from rasid.dates.handlers import (  # noqa: F401 - Parse is part of this module's interface
    CLITICS, CUES, Parse, _h_day_of_relmonth, _h_dmy, _h_duration, _h_during, _h_hijri,
    _h_holiday, _h_midnight, _h_my, _h_numeric, _h_offset, _h_part, _h_range_head, _h_relday,
    _h_relper, _h_season, _h_time, _h_weekday, _h_year, _h_year_pair, _h_year_range)
from rasid.dates.lexicon import alternation, load_lexicon

S, s = r"\s+", r"\s*"

@functools.lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    """Regex fragments named by role, built once from the lexicon."""
    lx = load_lexicon()
    fr = {
        "MONTH": lx.alt("months"), "HMONTH": lx.alt("hijri_months"), "WD": lx.alt("weekdays"),
        "QUAL": lx.alt("qualifiers"), "PER": lx.alt("period_nouns"), "THIS": lx.alt("this_words"),
        "DORD": lx.alt("day_ordinals"), "HOURS": lx.alt("hours"), "MINS": lx.alt("minutes"),
        "DP": lx.alt("day_parts"), "UNIT": lx.alt("units"),
        # اليوم التالي / السابق is the day after/before some event, اليوم الثالث the third day
        # of something: neither is a day relative to the DCT
        "REL": lx.alt("relative_days") + r"(?!\s+(?:التالي|السابق|الذي|نفسه|" + lx.alt("day_ordinals")
               + r")(?![^\W_]))",
        "PART": lx.alt("parts"), "SEASON": lx.alt("seasons"), "YW": lx.alt("year_words"),
        "HMARK": lx.alt("hijri_markers"), "ADMARK": lx.alt("ad_markers"),
        "DUR": lx.alt("duration_lead"), "DURING": lx.alt("during_words"),
        "TO": lx.alt("range_to"), "VB": lx.alt("vague_before"), "VA": lx.alt("vague_after"),
        "SAME": lx.alt("same_words"), "EVE": lx.alt("eve_words"), "HOL": lx.alt("holidays"),
        "APPROX": alternation(["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر من", "أقل من",
                               "ما يزيد على", "ما يزيد عن", "ما يقرب من", "قرابه"]),
    }
    fr["NUM"] = rf"(?:\d{{1,3}}|{lx.alt('cardinals')})"
    fr["DMONTH"] = (rf"(?P<m1>{fr['MONTH']})(?:{s}(?:[/(\-]{s})?(?P<m2>{fr['MONTH']}){s}\)?)?")
    fr["YTAIL"] = (rf"(?:{s}(?:[,،]{s})?(?:(?:من|في){S})?(?:{fr['YW']}{s})?(?P<year>\d{{4}})(?!\d)"
                   rf"(?:{s}(?P<era>{fr['HMARK']}|{fr['ADMARK']})(?![^\W_]))?)?")
    fr["RYEAR"] = (rf"(?:{s}(?:[,،]{s})?(?:(?:من|في){S})?(?:(?P<rthis>{fr['THIS']}){S}(?:العام|السنه)"
                   rf"|(?:العام|السنه){S}(?P<rq>{fr['QUAL']})))")
    fr["HTAIL"] = (rf"(?:{s}(?:[,،]{s})?(?:(?:من){S})?(?:{fr['YW']}{S})?(?P<year>\d{{3,4}})(?!\d))?"
                   rf"(?:{s}(?P<era>{fr['HMARK']})(?![^\W_]))?")
    fr["WDLEAD"] = rf"(?:(?:يوم{S})?(?P<wd>{fr['WD']}){s}(?:[,،(]{s})?(?:(?:الموافق|في){S})?)?"
    fr["ANCHOR"] = (rf"(?:{S}(?:من{S})?(?:يوم{S})?(?P<rel>{fr['REL']}|{fr['WD']}))?"
                    rf"(?:{s}(?:[,،]{s})?(?P<wd>{fr['WD']}))?")
    return fr



@functools.lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern, Callable]]:
    """(name, compiled regex, handler) for every family, in no particular order."""
    f = _fragments()
    end = r"(?![^\W_])"
    hour = rf"(?:\(?{s}(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?{s}\)?|(?P<hw>{f['HOURS']}))"
    # السادسة من صباح اليوم التالي: a clock time on the day after some event, not the DCT's
    not_next = rf"(?!{S}(?:من{S})?(?:يوم|اليوم){S}(?:التالي|السابق)(?![^\W_]))"
    minute = rf"(?:{S}و{s}(?P<minw>{f['MINS']}|\d{{1,2}}{S}دقيقه|دقيقه))?"
    table = [
        ("dmy", rf"{f['WDLEAD']}(?P<day>\d{{1,2}}|{f['DORD']}){s}(?:-{s})?(?:من{S})?"
                rf"(?:شهر{S})?{f['DMONTH']}(?:{S}(?P<q>{f['QUAL']}))?{f['YTAIL']}", _h_dmy),
        ("my", rf"(?:(?P<mw>شهر|الشهر){S})?{f['DMONTH']}(?:{S}(?P<q>{f['QUAL']}))?"
               rf"(?:{f['RYEAR']}|{f['YTAIL']})", _h_my),
        ("hdmy", rf"{f['WDLEAD']}(?P<day>\d{{1,2}}|{f['DORD']}){s}(?:من{S})?(?:شهر{S})?"
                 rf"(?P<hm>{f['HMONTH']}){f['HTAIL']}", _h_hijri),
        ("hmy", rf"(?:(?P<mw>شهر|الشهر){S})?(?P<hm>{f['HMONTH']})"
                rf"(?:{S}(?P<q>{f['QUAL']}|المبارك|الكريم|الفضيل))?{f['HTAIL']}", _h_hijri),
        ("numeric", rf"{f['WDLEAD']}(?P<a>\d{{1,4}}){s}(?P<sep>[/\-.]){s}(?P<b>\d{{1,2}}){s}"
                    rf"(?P=sep){s}(?P<c>\d{{1,4}})(?!\d)"
                    rf"(?:{s}(?P<era>{f['HMARK']}|{f['ADMARK']})(?![^\W_]))?", _h_numeric),
        ("hnum", rf"{f['WDLEAD']}(?P<day>\d{{1,2}}){s}/{s}(?P<hm>{f['HMONTH']}){s}/{s}(?P<year>\d{{4}})(?!\d)"
                 rf"(?:{s}(?P<era>{f['HMARK']})(?![^\W_]))?", _h_hijri),
        ("year", rf"(?:(?P<yw>{f['YW']}){S}(?P<year>\d{{4}})(?!\d)"
                 rf"(?:{s}(?P<era>{f['HMARK']}|{f['ADMARK']})(?![^\W_]))?"
                 rf"|(?P<year2>\d{{4}}){s}(?P<era2>{f['HMARK']}|{f['ADMARK']})(?![^\W_])"
                 rf"|(?<=\s)(?P<year3>(?:19|20)\d{{2}})(?![\d%]|{s}[\-/.:]{s}\d))", _h_year),
        ("weekday", rf"(?:(?P<dp>{f['DP']}|{f['EVE']}){S}(?:يوم{S})?|يوم{S})?(?P<wd>{f['WD']})"
                    rf"(?(dp)(?:{S}(?P<wd2>{f['WD']}))?)(?:{S}(?P<q>{f['QUAL']}))?", _h_weekday),
        ("relday", rf"(?:(?P<dp>{f['DP']}){S}(?:يوم{S})?)?(?P<rel>{f['REL']})"
                   rf"(?:{s}(?:[,،(\-]{s})?(?P<wd>{f['WD']})\)?)?", _h_relday),
        ("time", rf"(?:تمام{S})?(?:الساعه|الساعة){S}{hour}{minute}"
                 rf"(?:{S}(?:من{S})?(?P<dp>{f['DP']}))?{f['ANCHOR']}{not_next}", _h_time),
        ("time2", rf"(?:(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})|(?P<hw>{f['HOURS']})){minute}"
                  rf"{S}(?:من{S})?(?P<dp>{f['DP']}){f['ANCHOR']}{not_next}", _h_time),
        ("midnight", rf"منتصف{S}(?:(?P<rel>{f['REL']})|(?P<lw>ليل|ليله|الليل|الليله)"
                     rf"(?:{S}(?:(?P<rel2>{f['REL']})|(?P<wd>{f['WD']})(?:{S}(?P<q>{f['QUAL']}))?))?)",
         _h_midnight),
        ("holiday", rf"(?:(?P<eve>{f['EVE']}){S})?(?P<hol>{f['HOL']})(?:{S}(?P<q>{f['QUAL']}))?"
                    rf"(?:{s}(?:(?:من{S})?(?:{f['YW']}{S})?(?P<year>\d{{4}})(?!\d)"
                    rf"(?:{s}(?P<era>{f['HMARK']}|{f['ADMARK']})(?![^\W_]))?|{f['RYEAR']}))?", _h_holiday),
        ("clock", rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![\d:])", _h_time),
        ("relper", rf"(?:(?P<this>{f['THIS']}){S})?(?P<per>{f['PER']})(?:{S}(?P<before>قبل)(?={S}الماضي))?"
                   rf"(?:{S}(?P<q>{f['QUAL']}))?",
         _h_relper),
        ("offset", rf"(?P<dir>قبل|منذ|بعد){S}(?:(?P<approx>{f['APPROX']}){S})?(?:(?P<n>{f['NUM']}){s})?"
                   rf"(?:(?P<vb>{f['VB']}){S})?(?P<unit>{f['UNIT']})(?![^\W_])(?:{S}(?P<va>{f['VA']})(?![^\W_]))?"
                   rf"(?!{s}(?:\d|{f['MONTH']}|{f['HMONTH']}|ال(?!ي(?![^\W_]))))",
         _h_offset),
        ("during", rf"(?:(?P<lead>{f['DURING']}){S})?(?:(?:ال{s})?(?P<n0>\d{{1,3}}){S})?"
                   rf"(?P<unit>(?:ال)?{f['UNIT']})(?:{S}(?P<n>(?:ال{s})?{f['NUM']}))?{S}(?P<q>{f['QUAL']})",
         _h_during),
        ("duration", rf"(?P<lead>{f['DUR']}){S}(?:{f['APPROX']}{S})?(?:(?P<n>{f['NUM']}){s})?"
                     rf"(?P<unit>{f['UNIT']})(?![^\W_])(?!{s}\d)", _h_duration),
        ("part", rf"(?P<part>{f['PART']}){S}(?:شهر{S})?(?:{f['DMONTH']}(?:{S}(?P<q>{f['QUAL']}))?"
                 rf"{f['YTAIL']}|(?:(?P<pthis>{f['THIS']}){S})?(?P<per>{f['PER']})(?:{S}(?P<pq>{f['QUAL']}))?(?:{s}(?P<py>\d{{4}}))?"
                 rf"|(?:(?:عام|العام|سنه){S})?(?P<y2>\d{{4}})(?!\d))", _h_part),
        ("season", rf"(?:(?P<fasl>فصل){S})?(?P<season>{f['SEASON']})(?!{S}العربي)"
                   rf"(?:{S}(?P<q>{f['QUAL']}))?(?:{f['RYEAR']}|{s}(?:(?:عام|العام){S})?(?P<year>\d{{4}})(?!\d))?",
         _h_season),
        ("relmonth_day", rf"{f['WDLEAD']}(?:ال{s})?(?P<day>\d{{1,2}}|{f['DORD']}){S}(?:من{S})?(?P<per>{f['PER']})"
                         rf"{S}(?P<q>{f['QUAL']}|{f['SAME']})", _h_day_of_relmonth),
        # يوم 15 الجاري, في 3 الحالي: the day of the current month
        ("relmonth_day2", rf"{f['WDLEAD']}(?P<day>\d{{1,2}}|{f['DORD']}){S}(?P<q>الجاري|الحالي)",
         _h_day_of_relmonth),
        # 7 / يوليو /2015م: a numeric date with the month named
        ("dnum", rf"{f['WDLEAD']}(?P<day>\d{{1,2}}){s}/{s}(?P<m1>{f['MONTH']}){s}/{s}(?P<year>\d{{4}})(?!\d)"
                 rf"(?:{s}(?P<era>{f['HMARK']}|{f['ADMARK']})(?![^\W_]))?", _h_dmy),
        ("year_pair", rf"(?P<y1>(?:19|20)\d{{2}}){s}[-–/]{s}(?P<y2>(?:19|20)\d{{2}})(?![\d/\-])", _h_year_pair),
        ("year_range", rf"(?:من|بين){S}(?:(?:عامي|العامين|عام|العام|سنه){S})?(?P<y1>\d{{4}}){s}"
                       rf"(?:-|و|{f['TO']}){s}(?:(?:عام|العام|سنه){S})?(?P<y2>\d{{4}})(?!\d)", _h_year_range),
        ("range_head", rf"(?P<lead>من|بين){S}(?P<d1>\d{{1,2}}){s}(?:-|و|{f['TO']}){s}"
                       rf"(?=\d{{1,2}}{s}(?:من{S})?(?:شهر{S})?(?:{f['MONTH']}|{f['HMONTH']}))", _h_range_head),
    ]
    out = []
    for name, rx, handler in table:
        tail = "" if name == "range_head" else end
        out.append((name, re.compile(rx + tail), handler))
    return out


def _word_start(text: str, pos: int) -> int:
    """Start of the word (letters and digits) that contains `pos`."""
    while pos > 0 and (text[pos - 1].isalnum()):
        pos -= 1
    return pos


def _prev_word(text: str, start: int) -> str:
    """The word before position `start` (skipping its clitic), for context cues."""
    ws = _word_start(text, start)
    clitic = text[ws:start]
    if clitic:
        return clitic if clitic in CUES else ("في" if clitic.endswith("في") else clitic)
    m = re.search(r"([^\W\d_]+)[\s(«\"“]*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def _tense(lx, text: str, start: int) -> str | None:
    """past | future from cue words earlier in the same sentence (nearest cue wins), or None."""
    left = re.split(r"[.!?؟\n]", text[max(0, start - 80):start])[-1]
    for word in reversed(left.split()):
        for tense in ("future", "past"):
            if word in lx.tense_cues[tense]:
                return tense
    return None


def recognise(text: str, raw: str | None = None) -> list[Parse]:
    """All candidate expressions in a compact matching-form text (overlaps not yet resolved).

    Args:
        text: compact matching form (see `rasid.dates.tagger.compact`).
        raw: the same characters before matching form (same length), where spelling matters
            (إب the city against آب the month); defaults to `text`.
    Returns:
        Parses with offsets into `text`, possibly overlapping.
    """
    lx = load_lexicon()
    found: list[Parse] = []
    for name, rx, handler in patterns():
        pos = 0
        while True:
            m = rx.search(text, pos)
            if not m:
                break
            pos = m.start() + 1
            if m.end() == m.start():
                continue
            start = m.start("year3") if name == "year" and m.group("year3") else m.start()
            ws = _word_start(text, start)
            if text[ws:start] not in CLITICS:
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            ctx = {"prev": _prev_word(text, start), "raw": (raw or text)[start:m.end()],
                   "art": text[ws:start].endswith("ال"), "after": text[m.end():m.end() + 12],
                   "clitic": text[ws:start]}
            result = handler(lx, g, ctx)
            if result is None:
                continue
            kind, fields = result
            if ctx["prev"] in ("منذ", "ومنذ"):
                fields["since"] = True  # منذ looks back: its date is not after the DCT
            elif kind in ("date", "part", "season", "holiday"):
                fields["tense"] = _tense(lx, text, start)
                fields["prev"] = ctx["prev"]
            found.append(Parse(start, m.end(), kind, {"pattern": name, **fields}))
    return found


def select(parses: list[Parse]) -> list[Parse]:
    """Non-overlapping parses, longest first (a longer reading explains more of the text)."""
    chosen: list[Parse] = []
    taken: list[tuple[int, int]] = []
    for p in sorted(parses, key=lambda p: (-p.length, p.start)):
        if all(p.end <= a or p.start >= b for a, b in taken):
            chosen.append(p)
            taken.append((p.start, p.end))
    return sorted(chosen, key=lambda p: p.start)
