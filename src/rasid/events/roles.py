"""Participants named by a role rather than a name, and role-dependent readings.

- A singular official's title with a nisba (السفير اليمني, المسؤول الأمريكي, وزير الخارجية
  الروسي when the NER left it unnamed) is the person of that country named before (one titled
  alike first), else the country itself.
- An arrest, ban or curfew by a state organ (السلطات الكويتية, الشرطة التركية) with no place in
  its clause takes place on that state's soil.
- Dual heads (الرئيسان التركي والروسي) resolve through their nisba adjectives to the
  persons (or countries) named before.
- A victim masdar announced by someone (أعلنت الوزارة مقتل ...) is not the announcer's act;
  the agent is a nisba on an instrument noun nearby (في غارة أمريكية), if any.
See docs/ontology.md ("Arguments").
"""
from __future__ import annotations

from typing import Optional

from rasid.events.context import SentenceContext, lexicon


def _bare(n: str) -> str:
    n = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
    return n


def titled_nisba(ctx: SentenceContext, i: int, kb, doc) -> Optional[dict]:
    """A ref for the official named by role at token i (السفير اليمني), or None."""
    if kb is None or doc is None or i >= len(ctx.tokens) or ctx.mention_at(i) is not None:
        return None
    n = ctx.norms[i]
    if not n:
        return None
    role = _bare(n)
    role = role[2:] if role.startswith("ال") else role
    if role not in lexicon()["role_nouns"]:
        return None
    # the nisba: right after the role, or after one complement (وزير الخارجية الروسي)
    for j in (i + 1, i + 2):
        if j >= len(ctx.tokens) or not ctx.norms[j] or ctx.mention_at(j) is not None:
            return None
        w = ctx.norms[j]
        if not (w.startswith("ال") and w.endswith("ي")):
            continue
        entry = _nisba(kb, w)
        if entry is None:
            return None
        named = ctx.mention_at(j + 1) or ctx.mention_at(j + 2)
        if named is not None and named.kind == "PER":
            return None  # الرئيس الروسي فلاديمير بوتين: the name itself is the mention
        code = getattr(entry, "country", None) or getattr(entry, "id", None)
        person = _person_of(doc, code, ctx.tokens[i].start, role)
        return person if person is not None else _kb_ref(entry, ctx.tokens[j].text)
    return None


def _plural_head(ctx: SentenceContext, i: int, kb, doc, before_index: int) -> list[dict]:
    """Refs for a dual head at token i (الرئيسان التركي والروسي), [] if none."""
    heads = lexicon()["plural_heads"]
    n = ctx.norms[i] or ""
    bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
    kind = "person" if bare in heads["person"] else "party" if bare in heads["party"] else None
    if kind is None and (bare in heads.get("single_party", ()) or bare.startswith(("نظير",))):
        kind = "person" if bare.startswith(("نظير",)) else "party"
        nxt = ctx.mention_at(i + 1) or ctx.mention_at(i + 2)
        if kind == "person" and nxt is not None and nxt.kind == "PER":
            return []  # نظيره التركي رجب طيب أردوغان: the name itself is the mention
    if kind is None:
        return []
    countries = []
    for j in range(i + 1, min(len(ctx.tokens), i + 4)):
        m = ctx.mention_at(j)
        if m is not None and m.kind == "GPE":
            countries.append((m.entity.country, m.ref))
            continue
        w = ctx.norms[j]
        if not w:
            continue
        w2 = w[1:] if w.startswith("و") and len(w) > 3 else w
        entry = _nisba(kb, w2)
        if entry is None:
            break
        countries.append((getattr(entry, "country", None) or getattr(entry, "id", None),
                          _kb_ref(entry, ctx.tokens[j].text)))
    refs = []
    for code, gref in countries:
        if kind == "person":
            per = _person_of(doc, code, before_index, _ROLE.get(bare, ""))
            refs.append(per if per is not None else gref)
        else:
            refs.append(gref)
    return refs


def _nisba(kb, word: str):
    if kb is None or not hasattr(kb, "nisba"):
        return None
    for w in (word, word[2:] if word.startswith("ال") else word):
        try:
            e = kb.nisba(w)
        except Exception as exc:  # a KB bug must surface, not hide as "no nisba"
            raise RuntimeError(f"KnowledgeBase.nisba({w!r}) failed: {exc}") from exc
        if e is not None:
            return e
    return None


def _kb_ref(entry, text: str) -> dict:
    return {"kb_id": getattr(entry, "id", None), "name_en": getattr(entry, "name_en", None),
            "name_ar": getattr(entry, "name_ar", None), "text": text}


_ROLE = {"الرييسان": "رييس", "الرييسين": "رييس", "الوزيران": "وزير", "الوزيرين": "وزير",
         "الملكان": "ملك", "الاميران": "امير"}


def _person_of(doc, country, before: int, role: str = "") -> Optional[dict]:
    """The person of `country` named before `before`: one titled with `role` (الرئيس ...)
    if any, else the most often named, else the last."""
    from rasid.text import matching_form
    cands: dict = {}
    for e in doc.entities:
        if e.type == "PER" and e.country == country and e.start < before:
            if doc.sentence_of(e) >= 0 and doc.sentences[doc.sentence_of(e)].boilerplate:
                continue
            key = e.kb_id or e.name_en or e.name_ar or e.text
            e_start = doc.restored_bounds(e)[0]
            prev_words = matching_form(doc.clean[max(0, e_start - 40):e_start]).split()[-2:]
            titled = bool(role) and any(role in w for w in prev_words)
            c = cands.setdefault(key, [0, 0, e.start, e])
            c[0] = max(c[0], int(titled))
            c[1] += 1
            c[2] = e.start
    if not cands:
        return None
    best = max(cands.values(), key=lambda c: (c[0], c[1], c[2]))[3]
    return {"kb_id": best.kb_id, "name_en": best.name_en, "name_ar": best.name_ar, "text": best.text}


_STATELESS = ("armed group", "military coalition", "international organisation")


def actor_country_place(ctx: SentenceContext, actors: list[dict], kb) -> Optional[dict]:
    """The country of a state actor (GPE, or an ORG of one state) as a location ref, or None."""
    if kb is None:
        return None
    for a in actors:
        for m in ctx.mentions:
            if m.entity is None or m.kind not in ("GPE", "ORG"):
                continue
            if (a.get("kb_id") and m.ref.get("kb_id") == a.get("kb_id")) or m.ref.get("text") == a.get("text"):
                feature = getattr(m.entity, "feature", None) or ""
                code = getattr(m.entity, "country", None)
                if not code or feature in _STATELESS:
                    continue
                if m.kind == "GPE" and feature not in ("", "country"):
                    continue  # a city as actor (بغداد) names its government, not a soil
                entry = kb.get(f"country:{code}")
                if entry is not None:
                    return {"kb_id": entry.id, "name_en": entry.name_en, "name_ar": entry.name_ar,
                            "text": m.ref.get("text"), "lat": entry.lat, "lon": entry.lon,
                            "country": entry.country}
    return None


def announced_victim(ctx: SentenceContext, first: int) -> bool:
    """The trigger is the object of an announcement verb (أعلنت الوزارة مقتل ..., أعلن عن مقتل)."""
    speech = set(lexicon()["announce_verbs"])
    words = 0
    for k in range(first - 1, -1, -1):
        n = ctx.norms[k]
        if not n:
            if ctx.tokens[k].text in ("؛", ".", ":"):
                return False
            continue
        words += 1
        if words > 8:
            return False
        if _bare(n) in speech or n in speech:
            return True
    return False


def instrument_agent(ctx: SentenceContext, last: int, kb) -> Optional[dict]:
    """The nisba on an instrument of violence after a victim masdar (مقتل X في غارة أمريكية)."""
    if kb is None:
        return None
    nouns = set(lexicon()["instrument_nouns"])
    for k in range(last + 1, min(len(ctx.tokens) - 1, last + 12)):
        n = ctx.norms[k]
        if not n:
            if ctx.tokens[k].text in ("؛", "."):
                return None
            continue
        core = n[1:] if n[:1] in ("ب", "ف", "و") and len(n) > 3 else n
        core = core[2:] if core.startswith("ال") else core
        if core in nouns and ctx.norms[k + 1]:
            entry = _nisba(kb, ctx.norms[k + 1])
            if entry is not None:
                return _kb_ref(entry, ctx.tokens[k + 1].text)
    return None
