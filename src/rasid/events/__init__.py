"""Events stage: PLOVER 2.0 event records (who did what to whom, where, when, says who).

`EventExtractor(kb)` is a pipeline stage (Document -> Document) that runs after tokens,
sentences, entities and dates. Per sentence it finds triggers (triggers.py), reads negation
and modality (modality.py), picks arguments (arguments.py) and sources (attribution.py), then
merges mentions of one event across the article (merge.py). See docs/ontology.md.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from rasid.document import Document, Event, Span
from rasid.events.arguments import choose_participants, counted_before
from rasid.events.placetime import (background_date, backref_place, choose_date, choose_location,
                                    dateline_place, salient_place)
from rasid.events.roles import actor_country_place
from rasid.events.attribution import opens_with_speech, sentence_sources
from rasid.events.context import build_context, inferred, lexicon
from rasid.events.genre import opinion_article
from rasid.events.merge import link_instruments, merge_events
from rasid.events.modality import negation_and_modality
from rasid.events.ontology import PLOVER_TYPES, acled_for
from rasid.events.triggers import find_triggers

__all__ = ["EventExtractor", "PLOVER_TYPES", "acled_for", "evaluate_events"]

_VIOLENT = ("ASSAULT", "COERCE")
_MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID")
_VERBAL = ("CONSULT", "AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
           "COOPERATE")
_HEADING_FACTOR = 0.5
_DCT_FACTOR = 0.85
_CARRY_FACTOR = 0.8
_DEFAULT_PLACE_FACTOR = 0.9
# what a demand, a rejection of X becomes (PLOVER REQUEST/REJECT modes)
_CONTENT_MODE = {"RETREAT": "yield", "AID": "assist", "COOPERATE": "assist", "CONSULT": "meet",
                 "AGREE": "meet", "CONCEDE": "change", "SANCTION": "yield", "ASSAULT": "yield",
                 "COERCE": "yield"}


@lru_cache(maxsize=1)
def _generic_phrases() -> dict[str, list]:
    """Generic participant phrases (civilians, gunmen ...), longest first, by first word."""
    out = [(spec["ar"].split(), spec) for spec in lexicon()["generic"]]
    index: dict[str, list] = {}
    for order, (words, spec) in enumerate(sorted(out, key=lambda x: -len(x[0]))):
        index.setdefault(words[0], []).append((order, words, spec))
    return index


def evaluate_events(gold_dir, pipeline=None):
    """See rasid.events.evaluate.evaluate_events (imported lazily: it loads the pipeline)."""
    from rasid.events.evaluate import evaluate_events as run
    return run(gold_dir, pipeline=pipeline)


class EventExtractor:
    """Pipeline stage: the `events` layer.

    Args:
        kb: the knowledge base (`get(kb_id)`, `nisba(word)`), injected; may be None in tests.
    """

    requires = ("tokens", "sentences", "entities", "dates")
    provides = ("events",)

    def __init__(self, kb=None):
        self.kb = kb

    def __call__(self, doc: Document) -> Document:
        return doc.with_layers(events=self.extract(doc))

    def _reporter(self, ref) -> bool:
        """Whether a Ref is a news agency, monitor or outlet: it reports events, acts in none."""
        entry = self.kb.get(ref.get("kb_id")) if self.kb is not None and ref.get("kb_id") else None
        return getattr(entry, "feature", None) in lexicon()["reporting_features"]

    def _specific(self, ref) -> bool:
        """A place below a country (a town, a governorate, a region): one a story goes on in."""
        entry = self.kb.get(ref.get("kb_id")) if self.kb is not None and ref.get("kb_id") else None
        return getattr(entry, "feature", None) not in ("country", "continent")

    def extract(self, doc: Document) -> list[Event]:
        """All events of a document, merged across sentences."""
        starts = [t.start for t in doc.tokens]
        default_place = salient_place(doc, self.kb)
        dateline = dateline_place(doc, self.kb)
        dct = doc.dct.value if doc.dct is not None else None
        raw: list[tuple[Event, dict]] = []
        prev_actors: list[dict] = []
        prev_date = None
        prev_place, prev_place_si = None, -9
        prev_sources: list[dict] = []
        heading_actors: list[dict] = []
        for si, sent in enumerate(doc.sentences):
            if sent.boilerplate:
                continue
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            ctx = build_context(doc, si, (lo, hi), _generic_phrases())
            if doc.restored_text(sent).rstrip().rstrip("»\"')").endswith(("؟", "?")):
                continue  # a question (an interviewer's, a columnist's rhetorical) reports nothing
            matches = find_triggers(ctx.norms, ctx.blocked, ctx.nouns)
            sources_all = sentence_sources(ctx)
            sources_here = bool(sources_all)
            if not sources_all and opens_with_speech(ctx):
                sources_all = list(prev_sources)
            sent_events = []
            for m in matches:
                spec = m.spec
                if spec.needs_place and not _place_follows(ctx, m.last):
                    continue
                if spec.needs_place and _prev_word(ctx, m.first) in ("التي", "الذي", "التى") \
                        and (ctx.norms[m.first] or "")[:1] in ("ي", "ت"):
                    continue  # التي تسيطر على البلدة: a standing state, not an event
                if _next_word(ctx, m.last) == "الله":
                    continue  # داعياً الله, أيده الله: a prayer or a blessing, not an event
                if spec.pos == "verb" and _counted_noun(ctx, m.first):
                    continue  # بحوالي 1800 طالب: a counted noun (students), not a verb (demanded)
                prev = _prev_word(ctx, m.first)
                prev = prev[1:] if prev[:1] in ("و", "ل", "ب", "ف") and len(prev) > 3 else prev
                if _in_title(ctx, m.first) or prev in lexicon()["demonstratives"]:
                    continue  # المفوض الأوروبي للمساعدات; هذا الاجتماع (already reported)
                if spec.weak and _prev_word(ctx, m.first) in ("الذي", "التي", "والذي", "والتي"):
                    continue  # الاجتماع ... والذي بحث: what a reported event did
                if _after_prior(ctx, m.first):
                    continue  # بعدما استولى داعش على أجزاء, في أعقاب تفجير: what came before
                if spec.type == "AID" and spec.pos != "verb" and _purpose_or_plan(ctx, m.first):
                    continue  # خطة مساعدة العراق, بضرورة التحرك لمساعدة ليبيا: aid intended
                if spec.pos == "verb" and _relative_present(ctx, m.first, spec):
                    continue  # المنظمات التي تهدد أمن البلاد: what the noun does as a rule, no event
                negated, modality = negation_and_modality(ctx, m.first, nominal=spec.pos != "verb")
                if modality == "conditional":
                    continue  # إذا ما رفض, كان بإمكانه أن يوقف: a hypothesis, not an event
                if spec.weak and (negated or modality != "asserted"):
                    continue  # a bare mention that is hedged is not reported as an event
                # a gapped trigger (توصلت تركيا وروسيا ... إلى اتفاق) holds its subject in the gap
                arg_last = m.first if spec.gap else m.last
                actors, targets, explicit = choose_participants(
                    ctx, m.first, arg_last, spec.type, spec.pos, self.kb, doc, spec.participle,
                    spec.patient_genitive)
                if spec.pos == "verb" and _first_person(ctx.norms[m.first], spec) and sources_all:
                    actors, explicit = [dict(sources_all[0])], True  # نرحب: the speaker's own act
                about = spec.pos != "verb" and _about_speakers(ctx, m.first, actors, sources_all)
                if about:
                    # وأضاف البيت الأبيض في بيان بخصوص المكالمة: the speaker tells of the call, it
                    # did not make it; the call is the one of before (its actors are carried)
                    actors, explicit = [], False
                conf = spec.confidence
                carried = False
                if not explicit and spec.pos != "verb" and not spec.weak and opens_with_speech(ctx) \
                        and not sources_here and prev_sources and spec.type not in _VIOLENT:
                    # وأضاف خلال زيارة إلى ماليزيا: the unnamed speaker is the one of before
                    named = [s for s in prev_sources if s.get("kb_id") or s.get("name_en")]
                    if named:
                        actors, explicit = [dict(named[0])], True
                named_here = [x for x in ctx.mentions if not inferred(x)]
                if not explicit and (spec.pos == "verb" or (not spec.weak and (not named_here or about))):
                    # a verb without an overt subject (or a bare nominal mention in a sentence
                    # naming nobody) continues the last sentence's agent
                    carry = prev_actors or heading_actors
                    joined = [e for e, i in sent_events if e.actors and not i["carried"] and i["verb"]]
                    if spec.pos == "verb" and (ctx.norms[m.first] or "")[:1] in ("و", "ف") and joined:
                        # واستولى على البلدات، وقتل بعض الأجانب: a verb joined to an earlier one
                        # of its sentence shares that one's subject
                        carry = list(joined[-1].actors)
                    told = [e for e, i in sent_events if e.type in _VIOLENT and not i["verb"]
                            and 0 < lo + m.first - i["tokens"][1] <= 5]
                    if spec.type in _VIOLENT and spec.pos == "verb" and told:
                        # هجوم انتحاري بسيارة ملغومة قتل أكثر من 100 شخص: the attack killed; its
                        # agent (if any) is the verb's, not the last sentence's
                        carry = list(told[-1].actors)
                    if spec.type in _VIOLENT and counted_before(ctx, m.first) and not any(
                            (n or "").lstrip("و") in lexicon()["demonstratives"] for n in ctx.norms):
                        # 47 شخصاً على الأقل قتلوا: the counted dead, not the last agent (but
                        # 173 مدنيا قتلوا جراء هذه الغارات refers back to the strikes before)
                        carry = []
                    if spec.weak or not carry:
                        if spec.weak:
                            continue  # a bare mention with nobody doing it is no event
                    else:
                        actors, carried = [dict(a) for a in carry], True
                        conf *= _CARRY_FACTOR
                if spec.weak and not any(r.get("kb_id") or r.get("name_en") for r in actors + targets):
                    continue
                cue = _reaction_cue(ctx, m.first) if spec.type in _VIOLENT and spec.pos != "verb" else None
                if cue is not None:
                    # أدان ليون اختطاف الموظفين, قدم بايدن تعازيه في ضحايا هجوم: the one reacting
                    # did not do it (nor anyone carried from before); an agent named after the
                    # reactor stays (أدانت الخارجية قيام تنظيم داعش بخطف ...)
                    actors = [a for a in actors if _not_reactor(ctx, a, cue, m.first)]
                location = choose_location(ctx, m.first, actors, targets, self.kb, default_place,
                                           spec.type, backref_place(doc, ctx, m.first, self.kb))
                loc_default = False
                if location is None:
                    # a state organ's arrest, ban, curfew is on its own soil; talks and statements
                    # naming no place were held where the story is datelined
                    own = actor_country_place(ctx, actors, self.kb) if spec.type == "COERCE" else None
                    # a violent event naming no place goes on where the last one was (news tells
                    # one place's story in consecutive sentences)
                    last_place = prev_place if spec.type in _MATERIAL and si - prev_place_si <= 1 else None
                    fallback = own or (dateline if spec.type in _VERBAL else None) or last_place \
                        or default_place
                    if fallback is not None:
                        location, loc_default = dict(fallback), True
                        conf *= _DEFAULT_PLACE_FACTOR
                date = choose_date(ctx, m.first, dct, modality in ("asserted", "claimed", "denied"))
                if date is not None and modality in ("asserted", "claimed", "denied") and \
                        background_date(ctx, m.first, date, dct):
                    continue  # بدأت المعارك في حلب في صيف 2012: history told as background
                date_weak = False
                if date is None and carried and prev_date is not None:
                    date = dict(prev_date)
                if date is None and dct and modality in ("asserted", "claimed", "denied"):
                    date, date_weak = {"value": dct, "precision": "day"}, True
                    conf *= _DCT_FACTOR
                etype, mode = spec.type, _mode(spec, ctx, m.first, m.last)
                converted = False
                if modality in ("demanded", "rejected") and etype not in (
                        "REQUEST", "REJECT", "ACCUSE", "THREATEN"):
                    converted = True
                    # a demanded ceasefire is a REQUEST, a rejected one a REJECT (of that content)
                    etype = "REQUEST" if modality == "demanded" else "REJECT"
                    mode, modality = _CONTENT_MODE.get(spec.type, "change"), "asserted"
                elif modality == "rejected":
                    modality = "asserted"
                if sent.kind == "heading":
                    conf *= _HEADING_FACTOR
                first_tok, last_tok = ctx.tokens[m.first], ctx.tokens[m.last]
                trigger = Span(first_tok.start, last_tok.end, doc.text[first_tok.start:last_tok.end])
                sources = [s for s in sentence_sources(ctx, m.first)] or (
                    list(sources_all) if not sent_events else [])
                if not sources and sources_all:
                    sources = list(sources_all)
                if converted:
                    actors, targets, date, date_weak, conf = _demander(
                        etype, actors, targets, sources, date, date_weak, conf, dct)
                ev = Event(type=etype, mode=mode, trigger=trigger, actors=tuple(actors),
                           targets=tuple(targets), location=location, date=date,
                           attribution=tuple(sources), modality=modality, negated=negated,
                           sentence=si, confidence=round(conf, 3),
                           acled=acled_for(etype, mode, targets))
                info = {"heading": sent.kind == "heading", "date_weak": date_weak, "converted": converted,
                        "loc_default": loc_default, "carried": carried, "weak": spec.weak,
                        "verb": spec.pos == "verb",
                        "backref": spec.pos != "verb" and date_weak and not converted
                        and _definite(ctx.norms[m.first]) and _next_word(ctx, m.last) not in _RELATIVES,
                        "tokens": (lo + m.first, lo + m.last)}
                sent_events.append((ev, info))
            sent_events = _accusations(link_instruments(sent_events, ctx, lo), self._reporter)
            sent_events = [(_without_reporting_actors(e, self._reporter), i) for e, i in sent_events]
            raw.extend(sent_events)
            if sent.kind == "heading":
                heading_actors = heading_actors or [a for e, _ in sent_events for a in e.actors][:2]
                continue
            placed = [e for e, i in sent_events if e.location and not i["loc_default"]
                      and e.type in _MATERIAL]
            if placed and self._specific(placed[-1].location):
                prev_place, prev_place_si = dict(placed[-1].location), si
            with_actors = [e for e, i in sent_events if e.actors and not i["carried"]]
            if with_actors:
                prev_actors = [dict(a) for a in with_actors[-1].actors]
                prev_date = dict(with_actors[-1].date) if with_actors[-1].date else None
            prev_sources = sources_all or prev_sources
        if opinion_article(doc.clean):
            # a column or an interview: its undated mentions are generic, rhetorical or history;
            # only what it dates itself is reported as an event
            raw = [(e, i) for e, i in raw if not i["date_weak"] and (e.date or {}).get("value") != dct]
        return [_named_over_generic(e) for e in merge_events(raw)]


def _named_over_generic(ev: Event) -> Event:
    """Generic fighters beside a named group among the actors (مسلحون ... في هجوم نفذه تنظيم
    داعش) are that group: the generic actor is dropped."""
    if not any(a.get("kb_id") for a in ev.actors):
        return ev
    generic = set(lexicon()["member_generics"])
    kept = tuple(a for a in ev.actors if a.get("kb_id") or (a.get("name_en") or "").lower() not in generic)
    return ev if len(kept) == len(ev.actors) else _replace(ev, actors=kept)


def _demander(etype, actors, targets, sources, date, date_weak, conf, dct):
    """A demanded or rejected content made a REQUEST/REJECT: the demand itself is reported news,
    dated by the article when nothing else dates it; a named speaker who is not among the
    content's agents (قال لافروف إنه يتعين أن تتعاون الولايات المتحدة ...) is the one demanding,
    and the content's agents are whom the demand addresses."""
    named = [s for s in sources if s.get("kb_id") or s.get("name_en")]
    if etype == "REQUEST" and named and not any(_same_ref(named[-1], a) for a in actors):
        targets = list(actors) + [t for t in targets if not _same_ref(named[-1], t)]
        actors = [dict(named[-1])]
    if date is None and dct:
        date, date_weak, conf = {"value": dct, "precision": "day"}, True, conf * _DCT_FACTOR
    return actors, targets, date, date_weak, conf


def _prev_word(ctx, first: int) -> str:
    return next((n for n in reversed(ctx.norms[max(0, first - 2):first]) if n), "")


_RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "التى")


_PRIOR = ("بعدما", "اعقاب", "أعقاب", "بعيد")
_PLAN_HEADS = ("خطه", "خطط", "برنامج", "حزمه", "مشروع", "استراتيجيه")


def _after_prior(ctx, first: int) -> bool:
    """The trigger is what an event came after (بعدما استولى, في أعقاب تفجير, بعد أن قصفت):
    background to the news, told as its cause or its occasion."""
    before = [x for x in reversed(ctx.norms[max(0, first - 3):first]) if x]
    if not before:
        return False
    b0 = before[0][1:] if before[0][:1] in ("و", "ف") and len(before[0]) > 4 else before[0]
    if b0 in _PRIOR:
        return True
    return b0 in ("ان", "أن") and len(before) > 1 and before[1].lstrip("و") == "بعد"


def _purpose_or_plan(ctx, first: int) -> bool:
    """An aid noun that is a purpose (لمساعدة ليبيا) or the content of a plan (خطة مساعدة)."""
    n = ctx.norms[first] or ""
    if n.startswith("ل") and not n.startswith("لل") and len(n) > 4:
        return True
    prev = next((x for x in reversed(ctx.norms[max(0, first - 2):first]) if x), "")
    prev = prev[1:] if prev[:1] in ("و", "ب", "ل") and len(prev) > 4 else prev
    prev = prev[2:] if prev.startswith("ال") else prev
    return prev in _PLAN_HEADS


def _definite(norm: str | None) -> bool:
    """A noun with the article (الهجوم, والضربة, بالقصف, للهدنة): news names a happening it
    has told already with the article, a new one without (هجوم, غارات)."""
    n = norm or ""
    for pre in ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"):
        if n.startswith(pre) and len(n) > len(pre) + 2:
            return True
    return False


def _relative_present(ctx, first: int, spec) -> bool:
    """An imperfect verb opening a relative clause (التي تهدد, الذي يستنكره, الذي كان يستهدف):
    it describes its head noun (a habit, a standing aim, a mention already reported), it does
    not report an event of its own."""
    n = ctx.norms[first] or ""
    if n[:1] in ("و", "ف") and len(n) > 4:
        n = n[1:]
    lemma = spec.words[0]
    present = n[:1] == "ي" or (n[:1] == "ت" and (not lemma.startswith("ت") or n.startswith("تت")))
    if not present:
        return False
    before = [x for x in reversed(ctx.norms[max(0, first - 3):first]) if x]
    if before and before[0] in ("كان", "كانت", "كانوا") and len(before) > 1:
        before = before[1:]
    return bool(before) and before[0] in _RELATIVES


def _in_title(ctx, first: int) -> bool:
    """The trigger continues an office or institution name (المفوض الأوروبي للمساعدات)."""
    heads = set(lexicon()["title_heads"])
    k, seen = first - 1, 0
    while k >= 0 and seen < 2:
        n = ctx.norms[k]
        if n is None:
            return False
        if n in heads or (n.startswith("ال") and n[2:] in heads):
            return True
        if not (n.startswith("ال") and n.endswith("ي")):  # only a nisba may stand between
            return False
        k, seen = k - 1, seen + 1
    return False


def _about_speakers(ctx, first: int, actors: list, sources: list) -> bool:
    """A nominal trigger after a topic preposition (بخصوص, بشأن, حول) whose chosen actors are all
    the sentence's speakers: what they speak about, not what they do."""
    prev = next((n for n in reversed(ctx.norms[max(0, first - 2):first]) if n), "")
    if prev.lstrip("و") not in lexicon()["topic_prepositions"] or not actors or not sources:
        return False
    return all(any(_same_ref(a, s) or a.get("text") == s.get("text") for s in sources) for a in actors)


def _reaction_cue(ctx, first: int):
    """Index of a reaction word (أدان, تعازيه, ضحايا) before the trigger in its clause, or None."""
    words = lexicon()["reaction_words"]
    for k in range(first - 1, max(-1, first - 8), -1):
        if ctx.tokens[k].text in (".", "،", ",", "؛", ":"):
            return None
        n = ctx.norms[k] or ""
        if n in words or (n[:1] in ("و", "ف") and n[1:] in words):
            return k
    return None


def _not_reactor(ctx, ref: dict, cue: int, first: int) -> bool:
    """The participant is named in the sentence after the reaction's own subject or genitive
    (the first name after the reaction word) and is not named before that word."""
    key = ref.get("kb_id") or ref.get("text")
    named = [m for m in ctx.mentions if key in (m.ref.get("kb_id"), m.ref.get("text"))]
    after = [m for m in ctx.mentions if cue < m.first < first and not inferred(m)]
    reactor = after[0] if after else None
    return bool(named) and not any(m.last < cue or m is reactor for m in named)


def _counted_noun(ctx, first: int) -> bool:
    """The word right before the trigger is a count (1800 طالب), not a year (في 2014 قتل)."""
    k = first - 1
    if k < 0 or ctx.norms[k] is None or not ctx.norms[k].isdigit():
        return False
    before = next((n for n in reversed(ctx.norms[max(0, k - 2):k]) if n), "")
    return before.lstrip("و") not in lexicon()["year_openers"]


def _next_word(ctx, last: int) -> str:
    return next((n for n in ctx.norms[last + 1:last + 3] if n), "")


def _first_person(norm: str | None, spec) -> bool:
    """نرحب, ونطالب, رحبنا: a first-person plural verb (the speaker's institution acts)."""
    n = norm or ""
    if n[:1] in ("و", "ف") and len(n) > 4:
        n = n[1:]
    lemma = spec.words[0]
    return (n.startswith("ن") and not lemma.startswith("ن") and len(n) == len(lemma) + 1) or (
        n.endswith("نا") and not lemma.endswith("نا") and len(n) == len(lemma) + 2)


def _place_follows(ctx, last: int) -> bool:
    """The word after a needs_place trigger names a place (سيطر على مدينة ..., على إدلب)."""
    nouns = set(lexicon()["place_nouns"])
    for k in range(last + 1, min(len(ctx.tokens), last + 3)):
        n = ctx.norms[k]
        if not n:
            continue
        m = ctx.mention_at(k)
        if m is not None and m.kind in ("GPE", "LOC"):
            return True
        bare = n[2:] if n.startswith("ال") else n
        return n in nouns or bare in nouns
    return False


_MODE_WINDOW = 6


def _mode(spec, ctx, first: int, last: int) -> str | None:
    """The trigger's mode, refined for ASSAULT by weapon words within a few words of it."""
    cues = lexicon()["mode_cues"].get(spec.type)
    if not cues or spec.mode not in (None, "heavy-weapons", "firearms"):
        return spec.mode
    lo, hi = max(0, first - _MODE_WINDOW), min(len(ctx.norms), last + 1 + _MODE_WINDOW)
    near = [n for n in ctx.norms[lo:hi] if n]
    text = " ".join(near)
    for mode, words in cues.items():
        for w in words:
            if (" " + w) in (" " + text) or any(n.endswith(w) and len(n) - len(w) <= 3 for n in near if " " not in w):
                if spec.mode == "heavy-weapons" and mode in ("firearms",):
                    continue
                return mode
    return spec.mode


def _without_reporting_actors(ev, is_reporter):
    """A material event's actors less those who only report it (بحسب المرصد ...)."""
    if ev.type in _VERBAL or not any(is_reporter(a) for a in ev.actors):
        return ev
    return _replace(ev, actors=tuple(a for a in ev.actors if not is_reporter(a)))


def _accusations(events, is_reporter):
    """'X said that Y kills civilians': an ACCUSE by X against Y, and the violence claimed.

    A news agency or monitor that reports the killing (بحسب المرصد) accuses no one.
    """
    out = list(events)
    for ev, info in events:
        if ev.type != "ASSAULT" or not ev.actors or ev.negated:
            continue  # (التحالف لا يستهدف المدنيين is a denial, not an accusation)
        civ = any((t.get("name_en") or "") in ("civilians", "children") for t in ev.targets)
        speakers = [s for s in ev.attribution
                    if (s.get("kb_id") or s.get("name_en")) and not is_reporter(s)]
        if not civ or not speakers:
            continue
        speaker = speakers[-1]
        if any(_same_ref(speaker, a) for a in ev.actors):
            continue
        acc = Event(type="ACCUSE", mode="allege", trigger=ev.trigger, actors=(dict(speaker),),
                    targets=tuple(dict(a) for a in ev.actors), location=ev.location,
                    date=ev.date, attribution=(dict(speaker),), modality="asserted",
                    negated=False, sentence=ev.sentence, confidence=round(ev.confidence * 0.8, 3),
                    acled=acled_for("ACCUSE", "allege"))
        out.append((acc, dict(info, weak=True)))
        idx = out.index((ev, info))
        out[idx] = (_replace(ev, modality="claimed"), info)
    return out


def _same_ref(a, b) -> bool:
    return bool((a.get("kb_id") and a.get("kb_id") == b.get("kb_id")) or
                (a.get("name_en") and a.get("name_en") == b.get("name_en")))


def _replace(ev: Event, **kw) -> Event:
    import dataclasses
    return dataclasses.replace(ev, **kw)
