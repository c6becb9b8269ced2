"""Choosing a knowledge-base entry for a mention, and what an article says about itself.

An alias can name several entries (طرابلس in Libya and in Lebanon) and some aliases are
ordinary words unless the article supports them (الأسد "the lion" / Bashar al-Assad, النظام
"the system" / the Syrian government). `DocContext` holds the support: which countries the
article's unambiguous places and nisba adjectives name, and which it is mostly about.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from rasid.document import Entity
from rasid.kb import Candidate, KBEntry


@dataclass
class DocContext:
    """Countries an article mentions (weighted counts) and the year it was written."""

    counts: Counter = field(default_factory=Counter)
    year: int | None = None

    @property
    def mentioned(self) -> set[str]:
        return {c for c, n in self.counts.items() if n > 0}

    @property
    def focus(self) -> set[str]:
        """The countries the article is mostly about (the top count, and any within 25%)."""
        if not self.counts:
            return set()
        top = max(self.counts.values())
        return {c for c, n in self.counts.items() if n >= 0.75 * top}

    def add_place(self, entry: KBEntry) -> None:
        # a town or governorate says more about where an article is than a country name does
        if entry.country:
            self.counts[entry.country] += 1 if entry.feature == "country" else 2

    def add_nisba(self, iso: str) -> None:
        self.counts[iso] += 1


def year_of(doc) -> int | None:
    """The article's year: its creation date, else the published date it came with."""
    for value in (getattr(doc.dct, "value", None), doc.meta.get("published")):
        if value and str(value)[:4].isdigit():
            return int(str(value)[:4])
    return None


def supported(entry: KBEntry, ctx: DocContext, before: Iterable[str],
              next_countries: Iterable[str] = ()) -> bool:
    """Whether the article supports an alias that needs context (see the curated YAML).

    `next_countries` are the countries of a place named right after the mention (الحكومة
    الشرعية في اليمن): that names the rule's country as well as the article could.
    """
    rule = entry.context or {}
    after = rule.get("after") or ()
    if after and any(w in after for w in before):
        return True
    country = rule.get("country")
    if not country:
        return False
    if country in next_countries:
        return True
    if rule.get("level") == "focus":
        return country in ctx.focus
    return country in ctx.mentioned


def choose(candidates: Sequence[Candidate], ctx: DocContext | None,
           before: Iterable[str] = (), next_countries: Iterable[str] = ()) -> KBEntry | None:
    """The best supported candidate: source rank, then the article's countries, then the
    curated `prefer` flag, population and id; None when nothing is supported."""
    before = tuple(before)
    next_countries = tuple(next_countries)
    ok = [c for c in candidates if not c.needs_context or (
        ctx is not None and supported(c.entry, ctx, before, next_countries))]
    if not ok:
        return None
    mentioned = ctx.mentioned if ctx is not None else set()
    return min(ok, key=lambda c: (c.rank, c.entry.country not in mentioned, not c.entry.prefer,
                                  -(c.entry.population or 0), c.entry.id)).entry


def entity_attrs(entry: KBEntry, source: str, confidence: float) -> dict:
    """The fields a linked entity takes from its entry (coordinates only for places)."""
    return dict(type=entry.type, kb_id=entry.id, name_ar=entry.name_ar, name_en=entry.name_en,
                country=entry.country,
                lat=entry.lat if entry.is_place else None,
                lon=entry.lon if entry.is_place else None,
                feature=entry.feature, source=source, confidence=confidence)


def link(doc, entity_cls, rstart: int, rend: int, entry: KBEntry, source: str,
         confidence: float) -> Entity:
    """An entity over restored offsets [rstart, rend), linked to `entry`."""
    return doc.span_from_restored(entity_cls, rstart, rend,
                                  **entity_attrs(entry, source, confidence))
