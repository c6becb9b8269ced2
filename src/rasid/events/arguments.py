"""Actors, targets/partners, location and date of a trigger, chosen with Arabic syntax in mind.

Verbal triggers read VSO: the subject is the first participant after the verb (then SVO:
one before it); the object follows the subject. `مع`/`بين` introduce partners, `ضد`/`على`
targets, `في`/`بـ` places. A nominal trigger's genitive is its agent (زيارة بوتين) except for
violence and coercion on victims (قتل المدنيين). Dual heads (الرئيسان التركي والروسي) resolve
through their nisba adjectives; `نظيره` marks the counterpart as partner.
"""
from __future__ import annotations

from typing import Optional

from rasid.events.context import Mention, SentenceContext, lexicon

_VICTIM = {"civilians", "children", "protesters", "schools", "bakeries", "medical points",
           "hospitals", "security personnel", "displaced people", "refugees"}
_COUNTERPART = ("نظير",)
_AGENTIVE_TYPES = {"ASSAULT", "COERCE"}


def _participant(m: Mention) -> bool:
    """Could m do or undergo the event? Names of things and place-marked places cannot."""
    if m.kind == "MISC":
        return False  # names of things (pipelines, operations) do nothing
    if m.kind == "LOC":
        return m.marker in ("partner", "target")  # facilities, regions: at most targets
    return not m.is_place or m.marker not in ("place", "source")


def _coordinated(ctx: SentenceContext, m: Mention) -> list[Mention]:
    """m and the mentions joined to it by و (تركيا وروسيا وإيران)."""
    out = [m]
    cur = m
    for nxt in ctx.mentions:
        if nxt.first <= cur.last:
            continue
        gap = [n for n in ctx.norms[cur.last + 1:nxt.first]]
        head = ctx.norms[nxt.first] or ""
        titles = set(lexicon()["titles"])
        words = [g for g in gap if g]
        joined = (not any(gap) and head.startswith("و")) or gap in (["و"],) or (
            len(gap) == 1 and gap[0] is None and head.startswith("و")) or (
            # ووزير الدفاع خالد العبيدي: a title opened by و, then the name
            0 < len(words) <= 3 and None not in gap and words[0].startswith("و")
            and words[0][1:] in titles | {"وزير", "رييس", "نايب"})
        if joined and nxt.kind == m.kind or (joined and m.kind in ("GPE", "ORG", "PER") and
                                             nxt.kind in ("GPE", "ORG", "PER")):
            out.append(nxt)
            cur = nxt
        else:
            break
    return out


def _plural_head(ctx: SentenceContext, i: int, kb, doc, before_index: int) -> list[dict]:
    """Refs for a dual head at token i (الرئيسان التركي والروسي), [] if none."""
    heads = lexicon()["plural_heads"]
    n = ctx.norms[i] or ""
    bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
    kind = "person" if bare in heads["person"] else "party" if bare in heads["party"] else None
    if kind is None and (bare in heads.get("single_party", ()) or bare.startswith(_COUNTERPART)):
        kind = "person" if bare.startswith(_COUNTERPART) else "party"
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
            key = e.kb_id or e.name_en or e.text
            prev_words = matching_form(doc.text[max(0, e.start - 40):e.start]).split()[-2:]
            titled = bool(role) and any(role in w for w in prev_words)
            c = cands.setdefault(key, [0, 0, e.start, e])
            c[0] = max(c[0], int(titled))
            c[1] += 1
            c[2] = e.start
    if not cands:
        return None
    best = max(cands.values(), key=lambda c: (c[0], c[1], c[2]))[3]
    return {"kb_id": best.kb_id, "name_en": best.name_en, "name_ar": best.name_ar, "text": best.text}


def _counterpart(ctx: SentenceContext, m: Mention) -> bool:
    for k in range(m.first - 1, max(-1, m.first - 4), -1):
        n = ctx.norms[k] or ""
        n = n[1:] if n.startswith("و") else n
        if n.startswith(_COUNTERPART):
            return True
    return False


def choose_participants(ctx: SentenceContext, first: int, last: int, etype: str, pos: str,
                        kb=None, doc=None, participle: bool = False,
                        patient_genitive: bool = False) -> tuple[list[dict], list[dict], bool]:
    """(actors, targets, explicit) for the trigger at tokens first..last.

    `explicit` is False when no actor was found in the sentence (the caller may carry one).
    A participle (قال X ... منتقداً Y) takes the sentence's subject as agent and Y as target.
    """
    if participle:
        ms = [m for m in ctx.mentions if _participant(m)]
        subj = [m for m in ms if m.last < first and m.kind in ("PER", "ORG", "GPE", "GENERIC")
                and m.marker not in ("place", "partner", "target", "source")]
        obj = [m for m in ms if m.first > last and _close(ctx, last, m, 7)]
        actors = [dict(subj[0].ref)] if subj else []
        return actors, [dict(m.ref) for m in obj[:1]], bool(actors)
    ms = [m for m in ctx.mentions if _participant(m)]
    actors: list[Mention] = []
    targets: list[Mention] = []
    extra_actor_refs: list[dict] = []

    # dual heads right after the trigger or before it as subject
    for i in list(range(last + 1, min(len(ctx.tokens), last + 3))) + list(range(max(0, first - 3), first)):
        refs = _plural_head(ctx, i, kb, doc, ctx.tokens[i].start) if doc is not None else []
        if not refs and doc is not None:
            n = ctx.norms[i] or ""
            heads = lexicon()["plural_heads"]
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
            if bare in heads["person"] or bare in heads["party"]:
                extra_actor_refs = []  # unresolved dual: caller carries the previous parties
                return [], [], False
        if refs:
            extra_actor_refs = refs
            break

    after = [m for m in ms if m.first > last]
    before = [m for m in ms if m.last < first]
    marked = [m for m in after if m.marker in ("partner", "target") and _close(ctx, last, m, 7)]
    if not marked:
        marked = [m for m in after if _counterpart(ctx, m)]
    if marked:
        targets.extend(_coordinated(ctx, marked[0]))
    free_after = [m for m in after if m not in targets]
    victim = lambda m: m.kind == "GENERIC" and m.ref["name_en"] in _VICTIM
    agentive = etype in _AGENTIVE_TYPES

    if extra_actor_refs:
        pass
    elif pos == "verb" and agentive and _passive_opening(ctx, last):
        # قتل عدد من الحوثيين: what follows is the victim; the agent, if any, is marked
        targets.extend(m for m in free_after[:1] if m not in targets)
        agents = [m for m in ms if m.marker == "agent"]
        actors = agents[:1]
    elif pos == "verb":
        adjacent = [m for m in before if first - m.last == 1 and m.marker not in ("place", "partner", "target", "source")
                    and not (agentive and victim(m))]
        subj = free_after[0] if free_after and _close(ctx, last, free_after[0], 6) else None
        if adjacent and adjacent[-1].kind in ("PER", "ORG", "GPE", "GENERIC"):
            subj = None  # SVO (واشنطن تدين ...): the subject stands before the verb
        if subj is not None and victim(subj) and agentive:
            targets.insert(0, subj)
            subj = None
        if subj is not None:
            actors = _coordinated(ctx, subj)
            rest = [m for m in free_after if m not in actors and m not in targets]
            if rest and etype in _TRANSITIVE:
                targets.extend(_coordinated(ctx, rest[0]))
        else:
            pre = [m for m in before if m.marker not in ("place", "partner", "target", "source")
                   and first - m.last <= 4 and not (agentive and victim(m))]
            if adjacent:
                pre = [adjacent[-1]]
            if pre:
                actors = [pre[-1]]
                obj = [m for m in free_after if m not in targets]
                if obj and etype in _TRANSITIVE:
                    targets.extend(_coordinated(ctx, obj[0]))
            else:
                actors, more = _nominal_actors(ctx, before, free_after, first, last, etype, victim, kb)
                targets.extend(m for m in more if m not in targets)
    else:
        if patient_genitive and free_after and _close(ctx, last, free_after[0], 4, skip_titles=True) \
                and free_after[0].marker not in ("source", "place", "partner"):
            targets.append(free_after[0])  # مقتل العشرات من عناصر داعش: the dead are the genitive
            free_after = free_after[1:]
        actors, more = _nominal_actors(ctx, before, free_after, first, last, etype, victim, kb)
        targets.extend(m for m in more if m not in targets)
    actor_refs = extra_actor_refs or [dict(m) if isinstance(m, dict) else dict(m.ref) for m in actors]
    targets = [m for m in targets if not isinstance(m, dict) and m not in actors and not (
        m.kind == "LOC" or (m.kind == "GPE" and m.marker != "partner" and
                            getattr(m.entity, "feature", None) != "country"))]
    target_refs = [dict(m.ref) for m in targets]
    return actor_refs, _dedup(target_refs), bool(actor_refs)


_TRANSITIVE = _AGENTIVE_TYPES | {"ACCUSE", "THREATEN", "SANCTION", "AID", "SUPPORT", "REJECT",
                                 "REQUEST", "CONSULT"}


def _passive_opening(ctx, last: int) -> bool:
    """The word after a violence verb is a number or a quantity (قتل 3 حوثيين, عدد من)."""
    k = last + 1
    while k < len(ctx.tokens) and ctx.norms[k] is None:
        k += 1
    if k >= len(ctx.tokens):
        return False
    n = ctx.norms[k]
    return n.isdigit() or n in lexicon()["passive_openers"]


def _kana_subject(ctx, before, k) -> list:
    """وكان التحالف ... قد أعلن: the subject of كان is the support verb's."""
    if k == 0 or ctx.norms[k - 1] != "قد":
        return []
    for j in range(k - 2, -1, -1):
        n = ctx.norms[j] or ""
        if n.lstrip("و") in ("كان", "كانت") or n in ("وكان", "وكانت"):
            return [m for m in before if j < m.first < k][:1]
    return []


def _has_pronoun(norm: str) -> bool:
    """زيارته، لقائه، اجتماعها: a masdar with an attached possessor (not a ة: زياره)."""
    return len(norm) > 4 and norm.endswith(("ته", "ئه", "يه", "وه", "اه", "عه", "ها", "هم", "هما")) and not norm.endswith("اته")


def ctx_m(first: int) -> Mention:
    """A stand-in mention at token `first` (for distance checks towards the trigger)."""
    return Mention(first, first, {}, "")


def _close(ctx: SentenceContext, a: int, m: Mention, limit: int, skip_titles: bool = False) -> bool:
    """m starts within `limit` words after token a, with no clause punctuation between
    (titles and nisba adjectives not counted when skip_titles)."""
    titles = set(lexicon()["titles"]) if skip_titles else set()
    words = 0
    for k in range(a + 1, m.first):
        n = ctx.norms[k]
        if n is None:
            if ctx.tokens[k].text in ("،", ",", "؛", ".", ":", "(", ")"):
                return False
            continue
        if skip_titles and (n in titles or (n.startswith("ال") and n.endswith("ي"))):
            continue
        words += 1
    return words < limit


def _dedup(refs: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in refs:
        k = r.get("kb_id") or r.get("name_en") or r.get("text")
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _nominal_actors(ctx, before, free_after, first, last, etype, victim, kb):
    """Agent and victims of a nominal trigger (or a verb without an overt subject).

    In order: a nisba adjective on the trigger (القصف التركي); an agent-marked mention
    (لقوات النظام, من قبل); the genitive (زيارة بوتين; for violence a victim or place is the
    object: قتل المدنيين, اقتحام قاعدة); the subject of a support verb (شن, نفذ, بدأ ... هجوماً);
    for non-violent types the nearest earlier participant; for violence an armed group after.
    Speakers (وقال المرصد إن ...) are never the agents of what they report.
    """
    agentive = etype in _AGENTIVE_TYPES
    lex = lexicon()
    # a speaker is no agent of what it reports after أن/إن (وقال المرصد إن ... القتلى)
    speakers = [m for m, comp in ctx.speakers if comp is not None and comp < first]
    targets: list = []
    for k in (last + 1, first - 1):
        if 0 <= k < len(ctx.tokens) and ctx.norms[k] and ctx.mention_at(k) is None:
            entry = _nisba(kb, ctx.norms[k]) if kb is not None else None
            if entry is not None:
                return [_kb_ref(entry, ctx.tokens[k].text)], [m for m in free_after if victim(m)]
    agents = [m for m in before + free_after if m.marker == "agent"
              and (m.first > last and _close(ctx, last, m, 8) or m.last < first and _close(ctx, m.last, ctx_m(first), 8))]
    if agents:
        return [agents[0]], [m for m in free_after if victim(m) and m is not agents[0]]
    # the genitive: right after the trigger (titles and adjectives aside), unmarked; none when
    # the trigger carries it as a pronoun (زيارته، لقائه)
    gen = free_after[0] if free_after and _close(ctx, last, free_after[0], 3, skip_titles=True) else None
    if gen is not None and _has_pronoun(ctx.norms[last] or ""):
        gen = None
    if gen is not None and gen.marker in ("source", "partner", "place"):
        gen = None
    if gen is not None:
        if agentive and (victim(gen) or gen.kind in ("PER", "GPE", "LOC") or gen.marker == "target"):
            targets.append(gen)
        elif gen.kind != "LOC":
            return _coordinated(ctx, gen), [m for m in free_after if victim(m) and m is not gen]
    support = set(lex["support_verbs"])
    words = 0
    for k in range(first - 1, -1, -1):
        n = ctx.norms[k]
        if not n:
            if ctx.tokens[k].text in ("؛", ".", ":"):
                break
            continue
        words += 1
        if words > 12:
            break
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
        if n in support or bare in support:
            # the support verb's own subject, even if it is also the announcer (أعلنت روسيا وقف ...)
            subj = [m for m in before if m.first > k] or _kana_subject(ctx, before, k) or \
                   [m for m in before if m.last < k and k - m.last <= 3 and m.marker != "source"]
            if subj and agentive:
                subj = [m for m in subj if not (victim(m) or m.is_place)] or subj
            if subj:
                pick = subj[0] if subj[0].first > k else subj[-1]
                if not (agentive and (victim(pick) or pick.is_place)):
                    return [pick], targets + [m for m in free_after if victim(m) and m not in targets]
            break
    if not agentive and etype not in ("PROTEST",):
        pre = [m for m in before if m not in speakers and m.marker not in ("partner", "target", "source")
               and _close(ctx, m.last, ctx_m(first), 9)]
        pre = sorted(pre, key=lambda m: (m.is_place, -m.last))
        if pre:
            return [pre[0]], targets
        if _has_pronoun(ctx.norms[last] or ""):
            return [], targets  # زيارته: the possessor is the pronoun's, not a later name
        post = [m for m in free_after if m not in targets and m.marker not in ("partner", "target", "source")
                and m.kind != "LOC" and _close(ctx, last, m, 10)]
        if post:  # الاجتماع الذي عقده وزير الدفاع كارتر
            return [post[0]], targets
        return [], targets
    object_side = set()
    for t in [m for m in free_after if m.marker in ("target", "partner")]:
        object_side.update(id(x) for x in _coordinated(ctx, t))
    armed = [m for m in free_after if m not in targets and not victim(m) and m.kind in ("ORG", "GENERIC")
             and m.first - last <= 18 and m not in speakers and id(m) not in object_side]
    if not armed:  # an armed group named earlier in its clause (يواصل النظام ... تصعيداً)
        armed = [m for m in reversed(before) if m.kind in ("ORG", "GENERIC") and not victim(m)
                 and _close(ctx, m.last, ctx_m(first), 15) and m not in speakers
                 and m.marker not in ("partner", "target", "source")]
    actors = [armed[0]] if armed else []
    return actors, targets + [m for m in free_after if victim(m) and m not in targets and m not in actors]
