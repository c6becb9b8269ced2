"""Where and when: the location (geocoded) and the date of a trigger, and the article's default
place. Rules in docs/ontology.md ("Arguments")."""
from __future__ import annotations

from typing import Any, Optional

from rasid.events.context import SentenceContext, lexicon


def choose_location(ctx: SentenceContext, first: int, actors: list[dict], targets: list[dict],
                    kb=None, default: Optional[dict] = None) -> Optional[dict]:
    """The place of the trigger: a place-marked GPE/LOC after it, else before it, else any."""
    used = {r.get("kb_id") or r.get("text") for r in actors}
    places = [m for m in ctx.mentions if (m.is_place or m.kind == "LOC")
              and (m.ref.get("kb_id") or m.ref.get("text")) not in used]
    if not places:
        return None
    if not any(m.marker in ("place", "target") for m in places) and default is not None:
        return None  # only unmarked names (تقوده السعودية): participants, not the place
    comps = [k for k in range(first) if ctx.norms[k] in ("ان", "بان", "انه", "بانه")]

    def dist(m):
        d = m.first - first if m.first > first else (first - m.last) + 5
        if comps and m.last < comps[-1]:
            d += 10  # قال مبعوث الأمم المتحدة الى سوريا ... إن الغارات ... على الزبداني
        return (m.marker == "source", m.marker not in ("place", "target"), d)
    pick = min(places, key=dist)
    return location_ref(pick.entity, kb, pick.ref.get("text"))


def location_ref(ent, kb=None, text: str | None = None) -> dict:
    """Ref + {lat, lon} for a place entity, geocoded through the entity or the KB."""
    ref = {"kb_id": ent.kb_id, "name_en": ent.name_en, "name_ar": ent.name_ar,
           "text": text if text is not None else ent.text, "lat": ent.lat, "lon": ent.lon}
    if (ref["lat"] is None or ref["lon"] is None) and kb is not None and ent.kb_id:
        entry = kb.get(ent.kb_id)
        if entry is not None:
            ref["lat"], ref["lon"] = getattr(entry, "lat", None), getattr(entry, "lon", None)
            ref["name_en"] = ref["name_en"] or getattr(entry, "name_en", None)
    return ref


def choose_date(ctx: SentenceContext, first: int) -> Optional[dict]:
    """The date mention of the sentence nearest the trigger, or None."""
    if not ctx.dates:
        return None
    pos = ctx.tokens[first].start
    commas = [t.start for t in ctx.tokens if t.text in ("،", ",", "؛")]

    def rank(d):
        lo, hi = sorted((d.start, pos))
        other_clause = any(lo < c < hi for c in commas)
        vague = d.precision in ("season", "year", "interval")
        return (other_clause and vague, vague, other_clause, abs(d.start - pos))
    d = min(ctx.dates, key=rank)
    if rank(d)[0]:
        return None  # only a vague date in another clause (خاصة في فصل الشتاء): not this event's
    if not d.value:
        return None
    return {"value": d.value, "precision": d.precision}


def _place_weight(doc, e) -> float:
    """A mention after a place word (في, بـ, مدينة ...) counts double; a country counts half."""
    from rasid.text import matching_form
    lex = lexicon()["markers"]["place"]
    prev = matching_form(doc.text[max(0, e.start - 15):e.start]).split()
    before = doc.text[max(0, e.start - 1):e.start]
    w = 2.0 if (prev and (prev[-1] in lex or prev[-1].lstrip("و") in lex)) or before == "ب" else 1.0
    if (e.feature or "") == "country":
        w /= 2
    return w


def salient_place(doc, kb=None) -> Optional[dict]:
    """The place named most often in the body (ties: the first); the default location."""
    counts: dict[Any, list] = {}
    for e in doc.entities:
        if e.type not in ("GPE", "LOC"):
            continue
        si = doc.sentence_of(e)
        if si < 0 or doc.sentences[si].boilerplate or doc.sentences[si].kind == "heading":
            continue  # a dateline (القاهرة ... واس) names the newsroom, not the events
        key = e.kb_id or e.name_en or e.text
        counts.setdefault(key, [0, e.start, e])
        counts[key][0] += _place_weight(doc, e)
    if not counts:
        return None
    best = max(counts.values(), key=lambda v: (v[0], -v[1]))
    return location_ref(best[2], kb)
