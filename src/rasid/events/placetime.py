"""Where and when: the location (geocoded) and the date of a trigger, and the article's default
place. Rules in docs/ontology.md ("Arguments")."""
from __future__ import annotations

from typing import Any, Optional

from rasid.events.context import Mention, SentenceContext, lexicon
from rasid.text import matching_form


def choose_location(ctx: SentenceContext, first: int, actors: list[dict], targets: list[dict],
                    kb=None, default: Optional[dict] = None, etype: str = "",
                    backref=None) -> Optional[dict]:
    """The place of the trigger: a place-marked GPE/LOC after it, else before it, else any.

    A place in the trigger's own clause beats one elsewhere; one inside a participant's
    relative clause (محمد فلاح الذي قام ... في العراق) is that clause's, not the trigger's; one
    in an office title (وكيل إمارة منطقة الباحة) or the topic of talks (بحثنا الأوضاع في
    اليمن) is a last resort (docs/ontology.md, "Location"). `backref` (token index, Ref): a
    back-reference in the trigger's clause (قرب القاعدة), as good as a place named there.
    """
    used = {r.get("kb_id") or r.get("text") for r in actors}
    places = [m for m in ctx.mentions if (m.is_place or m.kind == "LOC")
              and (m.ref.get("kb_id") or m.ref.get("text")) not in used
              and not in_participant_clause(ctx, first, m) and not generic_place_word(m)]
    if backref is not None:
        k, ref = backref
        places.append(Mention(k, k, ref, "GPE", _RefPlace(ref), "place"))
    if not places:
        return None
    if not any(m.marker in ("place", "target") for m in places) and default is not None:
        return None  # only unmarked names (تقوده السعودية): participants, not the place
    comps = [k for k in range(first) if ctx.norms[k] in _COMPS]
    later = [k for k in range(first + 1, len(ctx.tokens)) if ctx.norms[k] in _COMPS]
    verbal = etype not in _MATERIAL
    # weak: a title's or a topic's place, or one in a clause reported after the trigger
    # (بحثنا ... ، قائلا: إن مصر جزء من تحالف ... في اليمن)
    weak = {id(m) for m in places if titular_place(ctx, m) or (verbal and topic_place(ctx, m))
            or any(first < c < m.first for c in later)}
    if default is not None and all(id(m) in weak for m in places):
        return None  # only a title's or a topic's place: the article default is better

    marks = {id(m) for m in places if landmark_place(ctx, m, places)}
    breaks = [k for k, t in enumerate(ctx.tokens) if t.text in _CLAUSE_BREAKS]

    def other_clause(m):
        # before the trigger, a comma closes another clause (مصادر ... في اليمن، بمقتل ...);
        # after it, the trigger's phrase often goes on past one (وغارات لطائراته، على مقرات ...)
        # (talks: the venue named once, early, holds for the sentence: عقده كارتر في بغداد، أمس)
        return not verbal and m.last < first and any(m.last < k < first for k in breaks)

    def tier(m):
        return (m.marker == "source", id(m) in weak, id(m) in marks,
                m.marker not in ("place", "target"), other_clause(m))

    def dist(m):
        d = m.first - first if m.first > first else (first - m.last) + 5
        if comps and m.last < comps[-1]:
            d += 10  # قال مبعوث الأمم المتحدة الى سوريا ... إن الغارات ... على الزبداني
        return d
    best = min(tier(m) for m in places)
    group = [m for m in places if tier(m) == best]
    pick = min(group, key=dist)
    if broad_place(pick):
        # a town or city beats the governorate or country it is named with (مدينة لودر في
        # محافظة أبين, قرية دوما بنابلس); a landmark (شمالي عدن) was set aside above
        beside = [m for m in group if not broad_place(m) and (
            0 <= pick.first - m.last <= _BESIDE or 0 <= m.first - pick.last <= _BESIDE)]
        pick = min(beside, key=dist) if beside else pick
    if isinstance(pick.entity, _RefPlace):
        return dict(pick.ref)
    return location_ref(pick.entity, kb, pick.ref.get("text"))


class _RefPlace:
    """A back-referenced place standing in for an entity among the candidates."""

    def __init__(self, ref: dict):
        self.feature = "backref"
        self.ref = ref


_BESIDE = 3  # tokens between a place and the wider one it is named with (لودر في محافظة أبين)
_CLAUSE_BREAKS = ("،", ",", "؛", ";", ":")
_BROAD_FEATURES = ("country", "governorate", "region", "province", "state", "continent")


def broad_place(m) -> bool:
    """A country, governorate or region: less specific than a town or city named beside it."""
    return (getattr(m.entity, "feature", None) or "") in _BROAD_FEATURES


def landmark_place(ctx: SentenceContext, m, places) -> bool:
    """A place after a direction word that follows another place (مدينة الحوطة، شمالي عدن;
    كيليس جنوب تركيا): the reference point locating that place, not the event's."""
    k = m.first - 1
    while k >= 0 and ctx.norms[k] is None:
        k -= 1
    if k < 0:
        return False
    word = (ctx.norms[k] or "").lstrip("و")
    if word not in lexicon()["direction_words"]:
        return False
    if k > 0 and _distance(ctx.norms[k - 1]):
        return True  # على بعد 750 كلم جنوب طرابلس, 400كم شمال بغداد: a distance's reference point
    return any(o is not m and 0 < k - o.last <= 3 for o in places)


def _distance(norm: Optional[str]) -> bool:
    """A unit of distance, alone (كلم) or glued to its number (400كم)."""
    n = norm or ""
    units = lexicon()["distance_units"]
    return n in units or any(n.endswith(u) and n[:-len(u)].isdigit() for u in units)


def generic_place_word(m) -> bool:
    """An unlinked mention that is only a place noun (ريف, الريف, المدينة): no place of its own."""
    if m.ref.get("kb_id"):
        return False
    lex = lexicon()
    words = matching_form(m.ref.get("text") or "").split()
    if len(words) != 1:
        return False
    w = words[0]
    bare = w[2:] if w.startswith("ال") else w
    nouns = set(lex["place_nouns"]) | set(lex["markers"]["place"]) | set(lex["named_place_heads"])
    return w in nouns or bare in nouns


_COMPS = ("ان", "بان", "انه", "بانه", "انها", "بانها")
_MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"}
_RELATIVES = tuple(matching_form(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "التى"))


def in_participant_clause(ctx: SentenceContext, first: int, place) -> bool:
    """The place stands after the trigger in a relative clause whose antecedent is a named
    participant (ومن ضمن من ألقت ... القبض عليهم ... محمد فلاح الذي قام ... في العراق)."""
    if place.first <= first:
        return False
    for k in range(first + 1, place.first):
        if (ctx.norms[k] or "").lstrip("و") in _RELATIVES and k > 0:
            ante = ctx.mention_at(k - 1)
            if ante is not None and ante.kind in ("PER", "ORG", "GENERIC") and ante.first > first:
                return True
    return False


def _word_before(ctx: SentenceContext, i: int, skip: set) -> str:
    for k in range(i - 1, max(-1, i - 4), -1):
        n = ctx.norms[k]
        if n is None:
            return ""
        bare = n[2:] if n.startswith("ال") else n
        if n in skip or bare in skip:
            continue
        return n.lstrip("و")
    return ""


def titular_place(ctx: SentenceContext, m) -> bool:
    """A place in an office title (وكيل إمارة منطقة الباحة, محافظ كركوك, سفير ... لدى)."""
    lex = lexicon()
    prev = _word_before(ctx, m.first, set(lex["place_nouns"]))
    bare = prev[2:] if prev.startswith("ال") else prev
    return prev in lex["office_words"] or bare in lex["office_words"]


def topic_place(ctx: SentenceContext, m) -> bool:
    """A place qualifying the topic of talks or statements (الأوضاع في اليمن, الأزمة في سوريا)."""
    lex = lexicon()
    prev_m = ctx.mention_at(m.first - 1)
    if prev_m is not None and prev_m.is_place and (ctx.norms[m.first] or "").startswith("و"):
        return topic_place(ctx, prev_m)  # الأوضاع في اليمن وسوريا والعراق
    if m.first < 2 or ctx.norms[m.first - 1] not in ("في", "فى"):
        return False
    prev = ctx.norms[m.first - 2] or ""
    prev = prev.lstrip("و")
    bare = prev[2:] if prev.startswith("ال") else prev
    return prev in lex["topic_nouns"] or bare in lex["topic_nouns"]


def backref_place(doc, ctx: SentenceContext, first: int, kb=None):
    """A back-reference to a place in the trigger's clause (في المدينة, قرب القاعدة, هناك) and
    the place it points to: the last one named before it in the article's body (its own sentence
    included) of the kind the noun names (المدينة a city, القاعدة a military base ...).

    Returns:
        (token index of the noun, location Ref), or None.
    """
    lex = lexicon()
    kinds = {matching_form(k): v for k, v in lex["backref_places"].items()}
    markers = set(lex["markers"]["place"]) | set(lex["markers"]["target"]) | {"من"}
    breaks = [k for k, t in enumerate(ctx.tokens) if t.text in _CLAUSE_BREAKS + (".",)]
    hits = []
    for k, n in enumerate(ctx.norms):
        if not n or ctx.mention_at(k) is not None:
            continue
        lo, hi = sorted((k, first))
        if any(lo < b < hi for b in breaks):
            continue  # another clause's back-reference
        word = n[1:] if n[:1] in ("و", "ف") and len(n) > 4 else n
        bare = word[1:] if word[:1] == "ب" and word[1:] in kinds else word
        if bare not in kinds:
            continue
        after_marker = k > 0 and (ctx.norms[k - 1] or "").lstrip("و") in markers
        # (or the trigger's own object: تحاصر القاعدة, اقتحموا المدينة)
        if bare != word or after_marker or kinds[bare] == "any" or k == first + 1:
            hits.append((abs(k - first), k, kinds[bare]))
    if not hits:
        return None
    _d, k, want = min(hits)
    pos = ctx.tokens[k].start
    for e in sorted(doc.entities, key=lambda e: -e.start):
        if e.start >= pos or e.type not in ("GPE", "LOC"):
            continue
        si = doc.sentence_of(e)
        if si < 0 or doc.sentences[si].boilerplate or doc.sentences[si].kind == "heading":
            continue
        feature = e.feature or ""
        if feature in _BROAD_FEATURES or (want != "any" and feature and feature not in want):
            continue
        return k, location_ref(e, kb)
    return None


def dateline_place(doc, kb=None) -> Optional[dict]:
    """The place of the article's dateline (سبق- الرياض: ..., عين اليوم – عدن, الرباط - ...): where
    the story was filed, the default venue of talks and statements that name no place."""
    body = [s for s in doc.sentences if not s.boilerplate and s.kind == "body"]
    if not body:
        return None
    # restored text and offsets: obfuscation around a dateline must not move or hide it
    s_start, _ = doc.restored_bounds(body[0])
    for e in doc.entities:
        e_start, e_end = doc.restored_bounds(e)
        if e.type != "GPE" or not (s_start <= e_start < s_start + 40):
            continue
        after = doc.clean[e_end:e_end + 3].strip("\xa0 ")
        before = doc.clean[s_start:e_start]
        if after[:1] == ":" and len(before.split()) <= 3 and all(
                ch not in before for ch in ".،"):
            return location_ref(e, kb)
        if after[:1] in ("-", "–", "—") and not before.strip():
            return location_ref(e, kb)  # الرباط - استضافت …: a place opening the body, then a dash
    return None


def location_ref(ent, kb=None, text: str | None = None) -> dict:
    """Ref + {lat, lon} for a place entity, geocoded through the entity or the KB."""
    ref = {"kb_id": ent.kb_id, "name_en": ent.name_en, "name_ar": ent.name_ar,
           "text": text if text is not None else ent.text, "lat": ent.lat, "lon": ent.lon,
           "country": ent.country}
    if (ref["lat"] is None or ref["lon"] is None) and kb is not None and ent.kb_id:
        entry = kb.get(ent.kb_id)
        if entry is not None:
            ref["lat"], ref["lon"] = getattr(entry, "lat", None), getattr(entry, "lon", None)
            ref["name_en"] = ref["name_en"] or getattr(entry, "name_en", None)
            ref["country"] = ref["country"] or getattr(entry, "country", None)
    return ref


def choose_date(ctx: SentenceContext, first: int, dct: Optional[str] = None,
                past: bool = False) -> Optional[dict]:
    """The date mention of the sentence nearest the trigger, or None.

    A duration (PT6H, P3D: خلال ست ساعات) is never an event's date; a reported past event
    (`past`: asserted, claimed, denied) is never dated after the article's DCT.
    """
    dates = [d for d in ctx.dates if d.value and not str(d.value).startswith("P")
             and not _named_by_date(ctx, d)]
    if past and dct:
        dates = [d for d in dates if str(d.value).split("/")[0][:10] <= dct[:10]]
    if not dates:
        return None
    pos = ctx.tokens[first].start
    commas = [t.start for t in ctx.tokens if t.text in ("،", ",", "؛")]
    # a date in a relative clause after the trigger dates that clause (اختطف ... من تدمر التي
    # سقطت بأيدي التنظيم في مايو الماضي), not the trigger
    # (but one opened right after the trigger describes it: الزيارة التي سيقوم بها ... يوم غد)
    rel = [t.start for k, t in enumerate(ctx.tokens) if k > first + 1
           and (ctx.norms[k] or "").lstrip("و") in _RELATIVES]
    dates = [d for d in dates if not any(pos < r < d.start for r in rel)]
    if not dates:
        return None

    def rank(d):
        lo, hi = sorted((d.start, pos))
        other_clause = any(lo < c < hi for c in commas)
        vague = d.precision in ("season", "year", "interval")
        return (other_clause and vague, vague, other_clause, abs(d.start - pos))
    d = min(dates, key=rank)
    if rank(d)[0]:
        return None  # only a vague date in another clause (خاصة في فصل الشتاء): not this event's
    return {"value": d.value, "precision": d.precision}


def _named_by_date(ctx: SentenceContext, d) -> bool:
    """The date is part of a name (لثورتي 25 يناير و30 يونيو, ذكرى 11 سبتمبر), not a date."""
    heads = lexicon()["named_date_heads"]
    spans = [(x.start, x.end) for x in ctx.dates]
    k = max((i for i, t in enumerate(ctx.tokens) if t.start < d.start), default=-1)
    while k >= 0:
        t = ctx.tokens[k]
        if any(t.start < b and a < t.end for a, b in spans) or ctx.norms[k] in ("و", None):
            k -= 1
            continue
        n = ctx.norms[k]
        for pre in ("ل", "ب", "و", "ال", "لل", "بال", "وال"):
            if n.startswith(pre) and n[len(pre):] in heads:
                return True
        return n in heads
    return False


_BACKGROUND_DAYS = 183


def background_date(ctx: SentenceContext, first: int, date: dict, dct: Optional[str]) -> bool:
    """The trigger's own clause dates it vaguely (a year, a season) or as a span since (منذ) more
    than six months before the article (بدأت المعارك في حلب في صيف 2012, منذ أربع سنوات): history
    or background, not the news reported. A past event dated to its month or day (توصلت ... في
    أيار/مايو 2017 إلى اتفاق) is still an event of its own."""
    import datetime as dt
    if not dct or not date or not date.get("value"):
        return False
    value = str(date["value"])
    end = value.split("/")[-1]
    end = end + "-12-31" if len(end) == 4 else end + "-28" if len(end) == 7 else end[:10]
    try:
        cutoff = dt.date.fromisoformat(dct[:10]) - dt.timedelta(days=_BACKGROUND_DAYS)
        if dt.date.fromisoformat(end) >= cutoff:
            return False
    except ValueError:
        return False
    pos = ctx.tokens[first].start
    breaks = [t.start for t in ctx.tokens if t.text in _CLAUSE_BREAKS + (".",)]
    own = [d for d in ctx.dates if str(d.value) == value and (
        d.precision in ("year", "season") or matching_form(d.text).startswith("منذ"))]
    return any(not any(min(d.start, pos) < b < max(d.start, pos) for b in breaks) for d in own)


def _place_weight(doc, e) -> float:
    """A mention after a place word (في, بـ, مدينة ...) counts double; a country counts half."""
    from rasid.text import matching_form
    lex = lexicon()["markers"]["place"]
    start, _ = doc.restored_bounds(e)
    prev = matching_form(doc.clean[max(0, start - 15):start]).split()
    before = doc.clean[max(0, start - 1):start]
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
        key = e.kb_id or e.name_en or e.name_ar or e.text
        counts.setdefault(key, [0, e.start, e])
        counts[key][0] += _place_weight(doc, e)
    if not counts:
        return None
    best = max(counts.values(), key=lambda v: (v[0], -v[1]))
    return location_ref(best[2], kb)
