"""Actors, targets/partners, location and date of a trigger, chosen with Arabic syntax in mind.

Verbal triggers read VSO: the subject is the first participant after the verb (then SVO:
one before it); the object follows the subject. `مع`/`بين` introduce partners, `ضد`/`على`
targets, `في`/`بـ` places. A nominal trigger's genitive is its agent (زيارة بوتين) except for
violence and coercion on victims (قتل المدنيين). Dual heads (الرئيسان التركي والروسي) resolve
through their nisba adjectives; `نظيره` marks the counterpart as partner.
"""
from __future__ import annotations


from rasid.events.context import Mention, SentenceContext, lexicon
from rasid.events.roles import (_kb_ref, _nisba, _plural_head, announced_victim,
                                instrument_agent, titled_nisba)

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
    role_subject = False
    if not extra_actor_refs and etype not in _AGENTIVE_TYPES and doc is not None and not (
            pos == "verb" and any(first - m.last == 1 for m in ms)):
        ref = titled_nisba(ctx, last + 1, kb, doc)  # طلب السفير اليمني, لقاء المسؤول الأمريكي
        if ref is not None:
            extra_actor_refs, role_subject = [ref], True

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
        if role_subject and not targets and etype in _TRANSITIVE:
            # طلب السفير اليمني من مجلس الأمن: the one asked follows the titled subject
            targets.extend([m for m in free_after if _close(ctx, last, m, 5) and m.marker in ("", "source")][:1])
    elif pos == "verb" and agentive and passive_opening(ctx, last):
        # قتل عدد من الحوثيين: what follows is the victim; the agent, if any, is marked, or
        # stands right before the verb (أن تنظيم داعش أعدم 11 شاباً)
        targets.extend(m for m in free_after[:1] if m not in targets)
        agents = [m for m in ms if m.marker == "agent"]
        subject = [m for m in before if first - m.last == 1 and m.kind in ("PER", "ORG", "GPE", "GENERIC")
                   and (m.marker not in ("place", "partner", "target", "source") or _members_subject(ctx, m))
                   and not victim(m)]
        actors = agents[:1] or subject[-1:]
        if not actors and (ctx.norms[first] or "")[:1] == "و":
            # أسر ستة وقتل 15: a verb joined to the one before shares its subject
            actors = [m for m in before if m.kind in ("PER", "ORG", "GPE", "GENERIC") and not victim(m)
                      and m.marker not in ("place", "partner", "target", "source") and not _counted(ctx, m)
                      and _close(ctx, m.last, ctx_m(first), 8)][-1:]
    elif pos == "verb" and agentive and counted_before(ctx, first):
        # عشرة جنود ليبيين قتلوا: the counted subject is the victim; an agent only if marked
        targets.extend(m for m in before if first - m.last <= 4 and m not in targets
                       and m.marker not in ("source", "place"))
        actors = [m for m in ms if m.marker == "agent"][:1]
    elif pos == "verb":
        adjacent = [m for m in before if _next_to(ctx, m, first) and (
                    m.marker not in ("place", "partner", "target", "source") or _members_subject(ctx, m))
                    and not (agentive and victim(m))]
        subj = free_after[0] if free_after and _close(ctx, last, free_after[0], 6) else None
        if subj is not None and _relative_between(ctx, last, subj.first):
            subj = None  # طالب بالتحقيق في جرائم التي ارتكبتها الميليشيات: not who demands
        if adjacent and adjacent[-1].kind in ("PER", "ORG", "GPE", "GENERIC"):
            subj = None  # SVO (واشنطن تدين ...): the subject stands before the verb
        if subj is not None and (victim(subj) or _counted(ctx, subj)) and agentive:
            targets.insert(0, subj)  # (يقتل انتحاري ثلاثة جنود: the counted are the victims)
            subj = None
        office = None
        if subj is not None:
            person = _titled_person(ctx, subj, free_after)
            if person is not None:
                office, subj = subj, person  # قائد الجيش عبد الفتاح البرهان: the person acts
        if subj is not None:
            actors = _coordinated(ctx, subj)
            subj_ids = {m.ref.get("kb_id") for m in actors if m.ref.get("kb_id")}
            rest = [m for m in free_after if m not in actors and m not in targets and m is not office
                    and m.ref.get("kb_id") not in subj_ids]  # بعثة ... (يونامي): the same name again
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
                actors, more = _nominal_actors(ctx, before, [m for m in free_after if m not in targets],
                                               first, last, etype, victim, kb)
                # a verb's subject is never inside a relative clause after it (طالب بالتحقيق
                # في الجرائم التي ارتكبتها الميليشيات)
                actors = [m for m in actors if isinstance(m, dict) or not (
                    m.first > last and _relative_between(ctx, last, m.first))]
                targets.extend(m for m in more if m not in targets)
    else:
        if patient_genitive and free_after and _close(ctx, last, free_after[0], 4, skip_titles=True,
                                                      quantity=True) \
                and free_after[0].marker not in ("source", "place", "partner"):
            targets.append(free_after[0])  # مقتل العشرات من عناصر داعش: the dead are the genitive
            free_after = free_after[1:]
        instrument = instrument_agent(ctx, last, kb) if patient_genitive else None
        if instrument is not None:  # مقتل الفضلي في غارة أمريكية
            return [instrument], _dedup([dict(m.ref) for m in targets]), True
        announced = patient_genitive and announced_victim(ctx, first)
        # اشتباكات مع الحوثيين: the other side of a clash is the clause's subject, however far
        clash = any(m.marker == "partner" for m in targets)
        actors, more = _nominal_actors(ctx, before, free_after, first, last, etype, victim, kb,
                                       announced, possessed=patient_genitive and _has_pronoun(ctx.norms[last] or ""),
                                       reach=_CLASH_REACH if clash else 15, victim_masdar=patient_genitive)
        targets.extend(m for m in more if m not in targets)
    actor_refs = extra_actor_refs or [dict(m) if isinstance(m, dict) else dict(m.ref) for m in actors]
    actor_ids = {r.get("kb_id") for r in actor_refs if r.get("kb_id")}
    targets = [m for m in targets if not isinstance(m, dict) and m not in actors
               and m.ref.get("kb_id") not in actor_ids and not (
        m.kind == "LOC" or (m.kind == "GPE" and m.marker != "partner" and
                            getattr(m.entity, "feature", None) != "country"))]
    target_refs = [dict(m.ref) for m in targets]
    return actor_refs, _dedup(target_refs), bool(actor_refs)


_TRANSITIVE = _AGENTIVE_TYPES | {"ACCUSE", "THREATEN", "SANCTION", "AID", "SUPPORT", "REJECT",
                                 "REQUEST", "CONSULT"}


def passive_opening(ctx, last: int) -> bool:
    """The word after a violence verb is a number or a quantity (قتل 3 حوثيين, عدد من)."""
    k = last + 1
    while k < len(ctx.tokens) and ctx.norms[k] is None:
        k += 1
    if k >= len(ctx.tokens):
        return False
    n = ctx.norms[k]
    if n.isdigit() or n in lexicon()["passive_openers"] or n in lexicon()["number_words"]:
        return True  # (قتلوا خمسة جنود: a counted object is the victim, never the subject)
    # وقتل محمد علاونة (22 عاما): a person given with an age is the victim (news style)
    m = ctx.mention_at(k)
    if m is None or m.kind != "PER":
        return False
    rest = [t.text for t in ctx.tokens[m.last + 1:m.last + 3]]
    return len(rest) == 2 and rest[0] == "(" and rest[1].isdigit()


_CLASH_REACH = 30
_RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "التى", "اللذان", "اللتان")


def _relative_between(ctx, a: int, b: int) -> bool:
    """A relative pronoun stands between tokens a and b (a name after it is that clause's)."""
    return any((ctx.norms[k] or "").lstrip("و") in _RELATIVES for k in range(a + 1, b))


def counted_before(ctx, first: int) -> bool:
    """A number opens the words right before a violence verb in its clause (47 شخصاً على الأقل
    قتلوا, عشرة جنود ليبيين قتلوا): the verb reads passive, its subject the counted victims."""
    numbers = set(lexicon()["number_words"])
    if (ctx.norms[first] or "")[:1] in ("و", "ف"):
        return False  # أسر ستة وقتل 15: a verb joined to the one before shares its subject
    words = 0
    for k in range(first - 1, -1, -1):
        n = ctx.norms[k]
        if n is None:
            if ctx.tokens[k].text in ("،", ",", "؛", ".", ":"):
                return False
            continue
        if n.isdigit() or n.lstrip("و") in numbers:
            return True
        words += 1
        if words >= 4:
            return False
    return False


_PARTICLES = ("لن", "لم", "لا", "قد", "لقد", "سوف", "ما")


def _next_to(ctx, m, first: int) -> bool:
    """m stands right before the verb at `first`, or with only particles between (المقاومة لن
    تتراجع, التحالف قد شن): SVO."""
    return first > m.last and all((ctx.norms[k] or "").lstrip("و") in _PARTICLES
                                  for k in range(m.last + 1, first))


def _counted(ctx, m) -> bool:
    """A number stands right before the mention (25 جنديا, ثلاثة جنود): counted people, who in
    news of violence are its victims."""
    k = m.first - 1
    while k >= 0 and ctx.norms[k] is None and ctx.tokens[k].text not in ("،", ",", ".", ":", "؛"):
        k -= 1
    n = (ctx.norms[k] or "") if k >= 0 else ""
    return n.isdigit() or n.lstrip("و") in lexicon()["number_words"]


def _instrument_between(ctx, a: int, b: int) -> bool:
    """An instrument noun (غارة, قصف, هجوم ...) stands between tokens a and b."""
    nouns = set(lexicon()["instrument_nouns"])
    for k in range(a + 1, b):
        n = (ctx.norms[k] or "")
        n = n[1:] if n[:1] in ("و", "ب", "ل", "ف") and len(n) > 3 else n
        n = n[2:] if n.startswith("ال") else n
        if n in nouns:
            return True
    return False


def _members_subject(ctx, m) -> bool:
    """A mention marked as a target only by a member noun before it, that opens its clause (أن
    مسلحي المقاومة قتلوا, وعناصر داعش فجروا): the members are the subject of the verb after."""
    if m.marker != "target" or m.first == 0:
        return False
    head = (ctx.norms[m.first - 1] or "").lstrip("و")
    if head not in lexicon()["member_nouns"]:
        return False
    k = m.first - 2
    while k >= 0 and ctx.norms[k] is None and ctx.tokens[k].text not in ("،", ",", ".", ":", "؛"):
        k -= 1
    return k < 0 or ctx.norms[k] is None or ctx.norms[k] in _COMPLEMENTISERS


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


def _close(ctx: SentenceContext, a: int, m: Mention, limit: int, skip_titles: bool = False,
           quantity: bool = False) -> bool:
    """m starts within `limit` words after token a, with no clause punctuation between
    (titles and nisba adjectives not counted when skip_titles; quantities and member nouns,
    العشرات من عناصر, when `quantity`)."""
    titles = set(lexicon()["titles"]) if skip_titles else set()
    if quantity:
        titles |= set(lexicon()["passive_openers"]) | set(lexicon()["member_nouns"]) | {"من"}
    words = 0
    for k in range(a + 1, m.first):
        n = ctx.norms[k]
        if n is None:
            if ctx.tokens[k].text in ("،", ",", "؛", ".", ":", "(", ")"):
                return False
            continue
        if quantity and n.isdigit():
            continue
        if skip_titles and (n in titles or (n.startswith("ال") and n.endswith("ي"))):
            continue
        words += 1
    return words < limit


def _titled_person(ctx: SentenceContext, m: Mention, after: list[Mention]) -> Mention | None:
    """The person named right after an office (قائد الجيش عبد الفتاح البرهان, وزير خارجية
    تركيا مولود تشاووش أوغلو): the organisation or country inside a title is not the subject."""
    if m.kind == "PER" or m.first == 0:
        return None
    titles = set(lexicon()["titles"])
    prev = ctx.norms[m.first - 1] or ""
    if prev not in titles and prev[1:] not in titles:
        return None
    nxt = next((x for x in after if x.first > m.last), None)
    if nxt is not None and nxt.kind == "PER" and _close(ctx, m.last, nxt, 2, skip_titles=True):
        return nxt
    return None


def _dedup(refs: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in refs:
        k = r.get("kb_id") or r.get("name_en") or r.get("text")
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


_COMPLEMENTISERS = ("ان", "بان", "انه", "بانه", "انها", "بانها")


def _nominal_actors(ctx, before, free_after, first, last, etype, victim, kb, announced=False,
                    possessed=False, reach=15, victim_masdar=False):
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
    # (not the word before a trigger governed by ب: أفاد مصدر أمني عراقي بمصرع ... is the source's)
    for k in (last + 1, first - 1) if not (ctx.norms[first] or "").startswith("ب") else (last + 1,):
        if 0 <= k < len(ctx.tokens) and ctx.norms[k] and ctx.mention_at(k) is None:
            entry = _nisba(kb, ctx.norms[k]) if kb is not None else None
            if entry is not None and k > last and ctx.norms[k].endswith(("يين", "يون")):
                # اليمنيين after a masdar is a noun (the Yemenis), its genitive, not an adjective
                if etype == "AID" or agentive:
                    targets.append(Mention(k, k, _kb_ref(entry, ctx.tokens[k].text), "GENERIC"))
                continue
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
    if gen is not None and etype == "AID" and _recipient_genitive(ctx, last, gen):
        targets.append(gen)  # إغاثة اليمنيين: the genitive receives the aid
        free_after = [m for m in free_after if m is not gen]
        gen = None
    if gen is not None:
        if agentive and (victim(gen) or _counted(ctx, gen) or gen.kind in ("PER", "GPE", "LOC")
                         or gen.marker == "target"):
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
        if words > 12 or n in _COMPLEMENTISERS:
            break  # أعلنت الوزارة أن حصيلة تفجير ...: the trigger is in what was announced
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n
        if (n in support or bare in support) and not announced:
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
        # nor is anyone named in the reporting clause before the speaker's أن/إن
        comp = max([c for _m, c in ctx.speakers if c is not None and c < first], default=-1)
        pre = [m for m in before if m not in speakers and m.marker not in ("partner", "target", "source")
               and _close(ctx, m.last, ctx_m(first), 9) and m.first > comp]
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
    if victim_masdar:
        # مقتل رئيس مركز الإعلام في الدفاع الوطني: before an instrument (غارة, قصف ...) a name
        # after a victim masdar describes the victim; only one after it can be the killer
        described = [m for m in armed if not _instrument_between(ctx, last, m.first)]
        targets = targets + [m for m in described if m not in targets]
        armed = [m for m in armed if m not in described]
    if possessed:
        armed = []  # مقتلهم, اغتياله: the pronoun is the victim; a name nearby is not the killer
    if not armed and not possessed:  # an armed group named earlier in its clause (يواصل النظام ... تصعيداً)
        armed = [m for m in reversed(before) if m.kind in ("ORG", "GENERIC") and not victim(m)
                 and _close(ctx, m.last, ctx_m(first), reach) and m not in speakers
                 and m.marker not in ("partner", "target", "source")]
    actors = [armed[0]] if armed else []
    return actors, targets + [m for m in free_after if victim(m) and m not in targets and m not in actors]


def _recipient_genitive(ctx, last: int, gen: Mention) -> bool:
    """إغاثة اليمنيين, مساعدة النازحين: an aid masdar's genitive is the recipient, unless an
    ل-object follows it (دعم إيران للحوثيين: then the genitive is the donor)."""
    n = ctx.norms[last] or ""
    n = n[1:] if n[:1] in ("و", "ل", "ب", "ف") and len(n) > 4 else n
    n = n[2:] if n.startswith("ال") else n
    if n not in lexicon()["recipient_genitive"]:
        return False
    nxt = ctx.mention_at(gen.last + 1) or ctx.mention_at(gen.last + 2)
    return not (nxt is not None and (ctx.norms[nxt.first] or "")[:1] == "ل")
