"""The dates stage: `DateTagger()(doc)` adds the `dates` and `dct` layers.

Order of work: compact matching form of the restored text -> DCT-free parses (grammar) ->
ranges merged -> DCT (given or inferred from the parses) -> each parse normalised against the
DCT (resolve) -> `DateMention`s whose offsets index the original text.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rasid.document import DateMention, Document
from rasid.dates.dct import infer_dct, parse_published
from rasid.dates.grammar import Parse, _fragments, recognise, select
from rasid.dates.lexicon import _LIL
from rasid.dates.resolve import resolve
from rasid.text.normalize import matching_form_same_length

_KASHIDA = "\u0640"


@dataclass(frozen=True)
class TemporalMention(DateMention):
    """A `DateMention` with additive detail: what kind of expression it was, the part of the
    day it names (مساء أمس -> "evening"), and a warning when the text contradicts itself
    (a weekday that does not fall on the date given)."""

    kind: str = "date"
    part_of_day: str | None = None
    warning: str | None = None


def compact(text: str) -> tuple[str, list[int]]:
    """Matching form without kashida (diacritics became kashida), and each char's index in `text`.

    Args:
        text: the restored text.
    Returns:
        (compact text, positions) where positions[i] is the index in `text` of compact char i,
        with one extra entry, len(text), so an exclusive end maps too.
    """
    same = matching_form_same_length(text)
    chars, pos = [], []
    for i, c in enumerate(same):
        if c != _KASHIDA:
            chars.append(c)
            pos.append(i)
    # ل + ال is written لل: spell the article out (لال), the added alef standing at the
    # second lam's position, so that للعام الماضي and للثامن من أغسطس read like العام, الثامن
    out, out_pos, last = [], [], 0
    joined = "".join(chars)
    for m in _LIL.finditer(joined):
        cut = m.end()
        out.append(joined[last:cut] + "ا")
        out_pos += pos[last:cut] + [pos[cut]]
        last = cut
    out.append(joined[last:])
    out_pos += pos[last:]
    out_pos.append(len(text))
    return "".join(out), out_pos


_RANGE_LEAD = re.compile(r"(?:^|[^\w])(?:و|ف)?(?:من|منذ|بين|الفتره\s+من|خلال\s+الفتره\s+من)\s*$")
_BETWEEN_LEAD = re.compile(r"(?:^|[^\w])(?:و)?بين\s*(?:عامي\s*)?$")


def _connector_ok(between: str, lead_between: bool) -> bool:
    f = _fragments()
    if re.fullmatch(rf"\s*(?:-|–|{f['TO']})\s*", between):
        return True
    return lead_between and re.fullmatch(r"\s*و\s*", between) is not None


def _inherit(a: Parse, b: Parse) -> Parse:
    """Fill what the start of a range leaves unsaid from its end (من مارس حتى ديسمبر 2014)."""
    if a.kind != "date" or b.kind != "date" or a.f.get("cal") != b.f.get("cal"):
        return a
    f = dict(a.f)
    if f.get("year") is None and b.f.get("year") is not None and f.get("month"):
        f["year"] = b.f["year"] - (1 if b.f.get("month") and f["month"] > b.f["month"] else 0)
    return dataclasses.replace(a, f=f)


_DAYS = ("weekday", "relday")


def _rangeable(a: Parse, b: Parse) -> bool:
    """Two dates, or two days named by weekday or relative word (من ليلة الخميس حتى أمس الجمعة)."""
    if a.kind == b.kind == "date":
        return True
    return a.kind in _DAYS and (b.kind in _DAYS or b.kind == "date" and b.f.get("day") is not None)


def merge_ranges(text: str, parses: list[Parse]) -> list[Parse]:
    """Join `من A إلى B`, `بين A و B`, `A - B` and `من 5 إلى 9 يناير` into range parses."""
    out: list[Parse] = []
    i = 0
    while i < len(parses):
        a = parses[i]
        b = parses[i + 1] if i + 1 < len(parses) else None
        if a.kind == "range_head" and b is not None and b.kind == "date" and b.f.get("day"):
            head = dataclasses.replace(b, start=a.start, end=a.start, f={**b.f, "day": a.f["day"]})
            out.append(Parse(a.start, b.end, "range", {"a": head, "b": b, "pattern": "range"}))
            i += 2
            continue
        if a.kind == "range_head":
            i += 1
            continue
        before = text[max(0, a.start - 25):a.start]
        lead = _RANGE_LEAD.search(before) or _BETWEEN_LEAD.search(before)
        if lead and a.kind == "date" and (b is None or b.start - a.end > 12):
            # بين عامي 2011 و2015: the second year is a bare number
            m = re.match(rf"\s*(?:-|و|{_fragments()['TO']})\s*(\d{{4}})(?!\d)", text[a.end:])
            if m and a.f.get("year") and not a.f.get("month") and 1000 <= int(m.group(1)) <= 2200:
                b2 = Parse(a.end + m.start(1), a.end + m.end(1), "date",
                           {"cal": a.f["cal"], "year": int(m.group(1)), "pattern": "year"})
                out.append(Parse(a.start, b2.end, "range", {"a": a, "b": b2, "pattern": "range"}))
                i += 1
                continue
        if (lead and b is not None and _rangeable(a, b)
                and _connector_ok(text[a.end:b.start], bool(_BETWEEN_LEAD.search(before)))):
            out.append(Parse(a.start, b.end, "range",
                             {"a": _inherit(a, b), "b": b, "pattern": "range"}))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


class DateTagger:
    """Finds temporal expressions and the document creation time.

    `requires`/`provides` name document layers, as every stage does; the tagger reads
    `doc.clean` (restored text) and `doc.meta["published"]`.
    """

    requires = ("repairs",)
    provides = ("dates", "dct")

    def parses(self, doc: Document) -> tuple[list[Parse], list[int]]:
        """Selected, range-merged parses over the compact text, and the position map."""
        text, pos = compact(doc.clean)
        raw = "".join(doc.clean[i] for i in pos[:-1])
        parses = merge_ranges(text, select(recognise(text, raw)))
        return parses, pos

    def __call__(self, doc: Document) -> Document:
        """Args: doc, restored or not. Returns: a new document with `dates` and `dct` set."""
        parses, pos = self.parses(doc)
        same = matching_form_same_length(doc.clean)
        dct = infer_dct(parses, doc.meta.get("published"))
        anchor = parse_published(dct.value)
        mentions = []
        last_month = None  # (year, month) of the latest mention naming a month: الشهر نفسه
        for p in parses:
            if p.kind == "relmonth_day" and p.f.get("q") == "same" and last_month:
                p = dataclasses.replace(p, f={**p.f, "same_month": last_month})
            r = resolve(p, anchor)
            if r.value and r.precision in ("day", "month", "part-of-month") and r.value[4:5] == "-":
                last_month = (int(r.value[:4]), int(r.value[5:7]))
            end = pos[p.end - 1] + 1
            while end < len(same) and same[end] == _KASHIDA:  # a trailing diacritic or the kashida of هـ
                end += 1
            mention = doc.span_from_restored(
                TemporalMention, pos[p.start], end, value=r.value,
                precision=r.precision, inferred=r.inferred, kind=p.kind,
                part_of_day=r.part_of_day, warning=r.warning)
            mentions.append(mention)
        return doc.with_layers(dates=mentions, dct=dct)


def warnings(doc: Document) -> list[str]:
    """Every contradiction the tagger noticed (weekday/date mismatches, unconvertible dates)."""
    return [f"{d.text!r} at {d.start}: {d.warning}" for d in doc.dates
            if getattr(d, "warning", None)]


__all__ = ["DateTagger", "TemporalMention", "compact", "merge_ranges", "warnings"]
