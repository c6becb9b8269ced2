"""One record per real event: mentions of the same event across an article are merged.

Two mentions merge when they have the same type, compatible modes (equal, or one unset), the
same polarity, overlapping participants (or one has none of its own), compatible places and
dates in the same month. Headings only confirm: a heading mention merged into a body event
adds its participants; a heading mention that matches no body event is dropped (a title
repeats the story; on its own it is too terse to trust).
"""
from __future__ import annotations

import dataclasses

from rasid.document import Event
from rasid.text import matching_form


def _key(r: dict) -> str:
    return str(r.get("kb_id") or r.get("name_en") or r.get("text") or "")


def _keys(refs) -> set[str]:
    return {_key(r) for r in refs} - {""}


def _compatible(a: Event, ia: dict, b: Event, ib: dict) -> bool:
    if a.type != b.type or a.negated != b.negated:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False  # two modes are two events (حالة الطوارئ and حظر التجوال)
    # one mode unset merges, in one sentence too: the casualties of a battle (المعارك ...
    # وأصيب), a meeting and what it discussed, a demand and its converted content
    pa, pb = _keys(a.actors) | _keys(a.targets), _keys(b.actors) | _keys(b.targets)
    own_a = pa if not ia["carried"] else set()
    own_b = pb if not ib["carried"] else set()
    # one names only the victims, the other only the agent (3 حوثيين قتلوا / هجوم للجان
    # المقاومة): the two halves of one report
    halves = ((not a.actors and not b.targets) or (not b.actors and not a.targets)) and \
        abs(a.sentence - b.sentence) == 1 and a.location and b.location and \
        not (ia["loc_default"] or ib["loc_default"])
    if own_a and own_b and not (pa & pb) and not halves:
        return False
    la, lb = a.location, b.location
    if la and lb and not (ia["loc_default"] or ib["loc_default"]):
        if _key(la) != _key(lb) and not _nested(la, lb):
            return False
    da, db = (a.date or {}).get("value"), (b.date or {}).get("value")
    if da and db and str(da)[:7] != str(db)[:7] and not (
            (ia["date_weak"] or ib["date_weak"]) and abs(a.sentence - b.sentence) == 1 and a.type == "ASSAULT"):
        return False  # (in the next sentence, a date that is only the DCT tells no fight apart)
    if a.modality != b.modality and "future" in (a.modality, b.modality):
        return False
    return True


def _referent(kept: list[list], e: Event, i: dict):
    """The earlier event a definite back-reference names: the last kept one of its type and
    polarity (docs/ontology.md, "One record per event")."""
    if not i.get("backref"):
        return None
    for slot in reversed(kept):
        if slot[0].type == e.type and slot[0].negated == e.negated and slot[0].sentence < e.sentence:
            return slot
    return None


def _nested(a: dict, b: dict) -> bool:
    """Two names of one place (إدلب / محافظة إدلب)."""
    na, nb = (a.get("name_en") or "").lower(), (b.get("name_en") or "").lower()
    return bool(na and nb and (na in nb or nb in na))


def _union(x, y):
    seen, out = set(), []
    for r in list(x) + list(y):
        k = _key(r)
        if k and k in seen:
            continue
        seen.add(k)
        out.append(r)
    return tuple(out)


def _absorb(a: Event, ia: dict, b: Event, ib: dict) -> tuple[Event, dict]:
    """a (the kept mention) enriched with what b knows."""
    base, extra = (a, b)
    date, date_weak = base.date, ia["date_weak"]
    if (date is None or date_weak) and extra.date and not ib["date_weak"]:
        date, date_weak = extra.date, False
    loc, loc_default = base.location, ia["loc_default"]
    if (loc is None or loc_default) and extra.location and not ib["loc_default"]:
        loc, loc_default = extra.location, False
    actors = base.actors if (base.actors and (not ia["carried"] or ib["carried"])) else extra.actors
    targets = _union(base.targets, extra.targets)
    targets = tuple(t for t in targets if _key(t) not in _keys(actors))
    merged = dataclasses.replace(
        base, mode=base.mode or extra.mode, actors=_union(actors, ()),
        targets=targets, location=loc, date=date,
        attribution=_union(base.attribution, extra.attribution),
        confidence=round(min(1.0, max(base.confidence, extra.confidence) + 0.05), 3))
    info = dict(ia, date_weak=date_weak, loc_default=loc_default,
                carried=ia["carried"] and ib["carried"], heading=ia["heading"] and ib["heading"])
    return merged, info


def merge_events(raw: list[tuple[Event, dict]]) -> list[Event]:
    """Merge mentions of one event; body mentions are kept over heading ones.

    Args:
        raw: (event, info) pairs in text order; info has heading, date_weak, loc_default,
            carried, weak.
    Returns:
        the merged events, in text order of their kept mention.
    """
    body = [(e, i) for e, i in raw if not i["heading"]]
    heads = [(e, i) for e, i in raw if i["heading"]]
    kept: list[list] = []
    for e, i in body:
        for slot in kept:
            if _compatible(slot[0], slot[1], e, i):
                if slot[1]["weak"] and not i["weak"]:
                    slot[0], slot[1] = _absorb(e, i, slot[0], slot[1])
                else:
                    slot[0], slot[1] = _absorb(slot[0], slot[1], e, i)
                break
        else:
            ref = _referent(kept, e, i)
            if ref is not None:
                # الضربة الجوية, القصف التركي, الاتهامات: an undated definite mention of a kind
                # told before is that event again (its own arguments are often the speaker's)
                ref[0] = dataclasses.replace(ref[0], confidence=round(min(1.0, ref[0].confidence + 0.05), 3))
                continue
            kept.append([e, i])
    for e, i in heads:
        for slot in kept:
            if _compatible(slot[0], slot[1], e, i):
                ev = slot[0]
                slot[0] = dataclasses.replace(
                    ev, targets=tuple(t for t in _union(ev.targets, e.actors + e.targets)
                                      if _key(t) not in _keys(ev.actors)),
                    confidence=round(min(1.0, ev.confidence + 0.1), 3))
                break
    return sorted((s[0] for s in kept), key=lambda e: (e.trigger.start, e.type))


# مقتل X في غارة / قتلا في هجوم / جراء القصف: the second violence noun is the first's instrument;
# المعارك أدت إلى مصرع 22 / أسفرت عن مقتل: the victim masdar is the first's outcome. One event.
_INSTRUMENT_LINKS = tuple(matching_form(w) for w in (
    "في", "فى", "جراء", "إثر", "خلال", "أثناء", "بسبب", "نتيجة"))
_OUTCOME_LINKS = tuple(matching_form(w) for w in ("أدت", "أدى", "أسفرت", "أسفر", "أوقعت", "أوقع", "خلفت", "خلف"))
_OUTCOME_PREPS = tuple(matching_form(w) for w in ("إلى", "الى", "عن"))
_ATTACK_NOUNS = tuple(matching_form(w) for w in ("هجوم", "هجمات", "هجوما", "عملية", "اعتداء"))
_BREAKS = ("،", ",", "؛", ";", ":", ".", "!", "?", "؟", "(", ")", "«", "»", '"')
_LINK_SPAN = 9


def _link_kind(ctx, a_last: int, b_first: int) -> str | None:
    """How the words between two violence triggers of one sentence join them, if they do."""
    between = ctx.norms[a_last + 1:b_first]
    if b_first - a_last > _LINK_SPAN or any(t.text in _BREAKS for t in ctx.tokens[a_last + 1:b_first]):
        return None  # far apart, or a clause break between them
    words = [n for n in between if n]
    prev = words[-1] if words else ""
    own = ctx.norms[b_first] or ""
    if prev in _INSTRUMENT_LINKS or (own.startswith("ب") and all(w in _ATTACK_NOUNS for w in words)) \
            or b_first - a_last == 1:
        # (واستهدف هجوم بسيارة مفخخة: a violence verb and the attack that is its subject)
        return "instrument"
    if any(w.lstrip("و") in _OUTCOME_LINKS for w in words) and prev in _OUTCOME_PREPS:
        return "outcome"
    return None


def link_instruments(events: list[tuple[Event, dict]], ctx, lo: int) -> list[tuple[Event, dict]]:
    """Fold a violence mention into the one of the same sentence it is the instrument or the
    outcome of (docs/ontology.md, "One record per event")."""
    out: list[tuple[Event, dict]] = []
    for e, i in events:
        host = None
        if e.type == "ASSAULT" and out:
            for k in range(len(out) - 1, -1, -1):
                a, ia = out[k]
                if a.type == "ASSAULT" and a.negated == e.negated and a.modality == e.modality and \
                        _link_kind(ctx, ia["tokens"][1] - lo, i["tokens"][0] - lo):
                    host = k
                    break
        if host is None:
            out.append((e, i))
            continue
        a, ia = out[host]
        actors = a.actors if a.actors and not ia["carried"] else (e.actors or a.actors)
        loc, loc_default = a.location, ia["loc_default"]
        if (loc is None or loc_default) and e.location and not i["loc_default"]:
            loc, loc_default = e.location, False
        targets = tuple(t for t in _union(a.targets, e.targets) if _key(t) not in _keys(actors))
        merged = dataclasses.replace(a, mode=e.mode or a.mode, actors=_union(actors, e.actors
                                     if not i["carried"] else ()), targets=targets, location=loc,
                                     attribution=_union(a.attribution, e.attribution),
                                     confidence=round(min(1.0, max(a.confidence, e.confidence) + 0.05), 3))
        merged = dataclasses.replace(merged, targets=tuple(
            t for t in merged.targets if _key(t) not in _keys(merged.actors)))
        out[host] = (merged, dict(ia, loc_default=loc_default, carried=ia["carried"] and i["carried"]))
    return out
