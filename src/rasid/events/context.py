"""One sentence as the event stage reads it: tokens, matching forms, mentions and their roles."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from rasid.data import load_yaml
from rasid.text import matching_form

_QUOTES = {"“": "”", "\"": "\"", "«": "»", "'": "'", "‘": "’"}
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """resources/events/lexicon.yaml with every word list in matching form."""
    raw = load_yaml("events", "lexicon.yaml")

    def conv(x):
        if isinstance(x, str):
            return matching_form(x)
        if isinstance(x, list):
            return [conv(v) for v in x]
        if isinstance(x, dict):
            return {k: (v if k in ("en", "resolve", "window") else conv(v)) for k, v in x.items()}
        return x
    return conv(raw)


@dataclass
class Mention:
    """A participant candidate: an entity or a generic noun phrase, at token indices first..last."""

    first: int
    last: int
    ref: dict
    kind: str  # PER ORG GPE LOC MISC GENERIC
    entity: Any = None
    marker: str = ""  # partner | target | place | agent | "" (the word or clitic before it)

    @property
    def is_place(self) -> bool:
        return self.kind in ("GPE", "LOC")


@dataclass
class SentenceContext:
    """Tokens of one sentence with their matching forms and the mentions found in it."""

    index: int
    sentence: Any
    tokens: list
    norms: list[Optional[str]]
    nouns: set[int] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    dates: list = field(default_factory=list)
    speakers: list = field(default_factory=list)

    def mention_at(self, i: int) -> Optional[Mention]:
        for m in self.mentions:
            if m.first <= i <= m.last:
                return m
        return None

    def words(self, first: int, last: int) -> list[str]:
        return [n for n in self.norms[first:last + 1] if n]


def entity_ref(ent, text: str | None = None) -> dict:
    """The contract's Ref for an entity."""
    return {"kb_id": ent.kb_id, "name_en": ent.name_en, "name_ar": ent.name_ar,
            "text": text if text is not None else ent.text}


def _clitic_marker(doc, tok, ent) -> Optional[str]:
    """Role from a clitic the mention's token carries before it (بإدلب, ببوتين, للأردن), or None
    when the entity span starts with its token."""
    if ent.start <= tok.start:
        return None
    head = matching_form(doc.clean[doc.restored_bounds(tok)[0]:doc.restored_bounds(ent)[0]]).lstrip("وف")
    head = head[:-2] if head.endswith("ال") else head
    place = ent.type in ("GPE", "LOC")
    if head == "ب":
        return "place" if place else "partner"
    if head in ("ل", "لل") and place:
        return "place"
    return None if not head else ""


_BOUND_AGENT = ("قبل", "جانب", "يد")


def _marker(norms: list[Optional[str]], first: int, token_norm: str, name_norm: str) -> str:
    """Role marker of a mention: a clitic attached to its first word (بإدلب, للأردن), else the
    previous word, skipping titles (مع جلالة الملك عبدالله)."""
    lex = lexicon()["markers"]
    titles = set(lexicon()["titles"])
    core = name_norm[2:] if name_norm.startswith("ال") else name_norm
    tok = token_norm
    if core and tok != name_norm and tok != core:
        pos = tok.find(core[:3]) if len(core) >= 3 else -1
        head = tok[:pos] if pos > 0 else ""
        head = head[:-2] if head.endswith("ال") else head
        head = head.lstrip("وف") if len(head) > 1 else head
        if head == "ب" or head == "ل" and core and not core.startswith("ل"):
            return "place"
    k = first - 1
    skipped = 0
    while k >= 0 and skipped < 4:
        prev = norms[k]
        if prev is None:
            k -= 1
            if k >= 0 and norms[k] is None:
                return ""
            continue
        bare = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 2 else prev
        bare2 = bare[1:] if bare[:1] in ("ب", "ل") and len(bare) > 3 else bare
        for role in ("partner", "target", "place", "agent", "source"):
            if prev in lex[role] or bare in lex[role] or (len(bare2) > 3 and bare2 in lex[role]) or (
                    role == "place" and any(len(w) >= 4 and bare2.startswith(w) and len(bare2) - len(w) <= 2
                                            for w in lex[role])):
                before = next((norms[j] for j in range(k - 1, -1, -1) if norms[j]), "")
                if role == "source" and before.lstrip("و") in ("صدر", "الصادر", "صادر"):
                    return "agent"  # صدر عن قيادة التحالف بيان: the issuer
                if role == "agent" and bare in _BOUND_AGENT and before.lstrip("و") not in ("من", "على"):
                    return ""  # إلى جانب الحكومة (alongside), قبل (before): only من قبل, على يد
                return role
        if prev in titles or bare in titles or (prev.startswith("ال") and prev.endswith("ي")
                                                 and skipped < 2):
            skipped += 1  # a title or a nisba adjective (الرئيس الروسي)
            k -= 1
            continue
        return ""
    return ""


def build_context(doc, index: int, tok_range: tuple[int, int], generic_phrases) -> SentenceContext:
    """The context of sentence `index`, whose tokens are doc.tokens[lo:hi].

    `generic_phrases` maps a phrase's first word to its (order, words, spec) entries.
    """
    lo, hi = tok_range
    sent = doc.sentences[index]
    toks = list(doc.tokens[lo:hi])
    norms = [t.norm if t.is_word else None for t in toks]
    nouns = set()
    for i, t in enumerate(toks):
        if t.is_word and _DIACRITICS.sub("", doc.restored_text(t)).endswith("ة"):
            nouns.add(i)
    ctx = SentenceContext(index, sent, toks, norms, nouns)
    # entity mentions
    for ent in doc.entities:
        if ent.end <= sent.start or ent.start >= sent.end:
            continue
        idx = [i for i, t in enumerate(toks) if t.start < ent.end and ent.start < t.end]
        if not idx:
            continue
        first, last = idx[0], idx[-1]
        mk = _clitic_marker(doc, toks[first], ent)
        if mk is None:
            name = matching_form(ent.name_ar or doc.restored_text(ent) or "").split()
            mk = _marker(norms, first, norms[first] or "", name[0] if name else "")
        if not mk and ent.type in ("GPE", "LOC") and first > 0 and toks[first - 1].text == "(":
            mk = "place"  # هجوم (سوروتش) الانتحاري, كيليس (جنوب)
        ctx.mentions.append(Mention(first, last, entity_ref(ent), ent.type, ent, mk))
        ctx.blocked.update(range(first, last + 1))
    # generic participants (civilians, gunmen ...) outside entities
    taken = set(ctx.blocked)
    for i in range(len(toks)):
        if norms[i] is None or i in taken:
            continue
        candidates = sorted(c for key in _first_word_keys(norms[i])
                            for c in generic_phrases.get(key, ()))
        for _, words, spec in candidates:
            j = i + len(words) - 1
            if j >= len(toks) or any(k in taken for k in range(i, j + 1)):
                continue
            ok = all(_same_word(norms[i + k], w, first=(k == 0)) for k, w in enumerate(words))
            if ok:
                ref = {"kb_id": None, "name_en": spec["en"], "name_ar": " ".join(words),
                       "text": doc.text[toks[i].start:toks[j].end]}
                if spec.get("resolve"):
                    ref = _resolve(doc, words, toks[i].start, ref)
                mk = _marker(norms, i, norms[i], words[0])
                ctx.mentions.append(Mention(i, j, ref, "GENERIC", spec, mk))
                taken.update(range(i, j + 1))  # (a generic noun does not hide a trigger: نشرا الجنود)
                break
    _named_places(doc, ctx, taken)
    ctx.mentions.sort(key=lambda m: m.first)
    _members_of_named(ctx)
    # names: listed phrases and quoted names
    _block_names(ctx)
    ctx.dates = [d for d in doc.dates if sent.start <= d.start < sent.end]
    from rasid.events.attribution import speaker_mentions
    ctx.speakers = speaker_mentions(ctx)
    return ctx


class InferredPlace:
    """A place the entity stage left untagged, read from the head naming it (مدينة مليلة)."""

    kb_id = name_en = lat = lon = country = None
    feature = "town"
    inferred = True

    def __init__(self, text: str):
        self.name_ar = self.text = text


def inferred(m: Mention) -> bool:
    """Whether a mention is an InferredPlace (it names nobody: it only places events)."""
    return isinstance(m.entity, InferredPlace)


def _strip_clitic(n: str) -> str:
    for pre in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if n.startswith(pre) and len(n) - len(pre) >= 2:
            rest = n[len(pre):]
            if rest in _place_heads():
                return rest
    return n


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return frozenset(lexicon()["named_place_heads"])


def _no_name(n: Optional[str]) -> bool:
    lex = lexicon()
    if not n or any(ch.isdigit() for ch in n) or len(n) < 2:
        return True
    bare = n[2:] if n.startswith("ال") else n
    return (n in lex["not_place_names"] or bare in lex["not_place_names"] or n in lex["place_nouns"]
            or bare in lex["place_nouns"] or n in lex["direction_words"] or n in _place_heads()
            or n.endswith("يه") or n.endswith("يين") or n.endswith("يون")
            or n in lex["demonstratives"])


def _named_places(doc, ctx: SentenceContext, taken: set) -> None:
    """A place head without the article and the untagged word after it (في مدينة مليلة, قرية
    الخوجرة, منفذ الطوال الحدودي; two words after an opener: منطقة دار سعد) name a town-level
    place: a location candidate, never a participant (docs/ontology.md, "Location")."""
    openers = set(lexicon()["place_name_openers"])
    norms, toks = ctx.norms, ctx.tokens
    for i, n in enumerate(norms):
        if not n or i in taken or _strip_clitic(n) not in _place_heads():
            continue
        prev = next((norms[k] for k in range(i - 1, max(-1, i - 3), -1) if norms[k]), "")
        if _strip_clitic(n) == n and prev.lstrip("و") not in lexicon()["place_prepositions"]:
            continue  # only a place where something happens (في مدينة, بمدينة), not a topic (ملف سد النهضة)
        j = i + 1
        if j >= len(toks) or j in taken or _no_name(norms[j]):
            continue
        last = j
        word = norms[j][2:] if norms[j].startswith("ال") else norms[j]
        if word in openers and j + 1 < len(toks) and j + 1 not in taken and not _no_name(norms[j + 1]):
            last = j + 1
        text = doc.text[toks[j].start:toks[last].end]
        name = " ".join(doc.restored_text(t) for t in toks[j:last + 1])
        ent = InferredPlace(name)
        ref = {"kb_id": None, "name_en": None, "name_ar": name, "text": text}
        ctx.mentions.append(Mention(j, last, ref, "LOC", ent, "place"))
        taken.update(range(j, last + 1))
        ctx.blocked.update(range(j, last + 1))


_BELONGING = tuple(matching_form(w) for w in (
    "تابعون", "تابعين", "التابعين", "التابعون", "ينتمون", "المنتمين", "المنتمون", "ينتمي"))


def _members_of_named(ctx: SentenceContext) -> None:
    """A generic fighter noun followed by من or a word of belonging and a named group (مسلحون من
    تنظيم داعش, مسلحون تابعون لجماعة الحوثي) is that group: one mention, the named group's Ref
    with the whole phrase's text."""
    groups = set(lexicon()["member_generics"])
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(ctx.mentions):
        if id(m) in skip:
            continue
        nxt = ctx.mentions[i + 1] if i + 1 < len(ctx.mentions) else None
        link = ctx.norms[m.last + 1] or "" if m.last + 1 < len(ctx.norms) else ""
        if (m.kind == "GENERIC" and (m.ref.get("name_en") or "") in groups and nxt is not None
                and nxt.kind == "ORG" and nxt.ref.get("kb_id") and (
                    (link == "من" and nxt.first == m.last + 2) or
                    (link.lstrip("و") in _BELONGING and nxt.first - m.last in (2, 3)))):
            text = " ".join(t.text for t in ctx.tokens[m.first:nxt.last + 1])
            m = Mention(m.first, nxt.last, dict(nxt.ref, text=text), nxt.kind, nxt.entity, m.marker)
            skip.add(id(nxt))
        out.append(m)
    ctx.mentions = out


def _resolve(doc, words, before: int, ref: dict) -> dict:
    """A generic noun (النظام, الجيش) as the last named organisation it heads (النظام السوري)."""
    core = [w[2:] if w.startswith("ال") else w for w in words]
    earlier = [e for e in sorted(doc.entities, key=lambda e: -e.start)
               if e.start < before and e.type in ("ORG", "PER") and e.name_en]
    phrase = " ".join(words)
    for ent in earlier:  # one that opens with the noun (النظام -> النظام السوري) first
        if matching_form(doc.restored_text(ent)).startswith(phrase):
            return dict(entity_ref(ent), text=ref["text"])
    for ent in earlier:
        if all(c in matching_form(doc.restored_text(ent)) for c in core):
            return dict(entity_ref(ent), text=ref["text"])
    for ent in earlier:  # التنظيم after داعش: the head is in the KB name (تنظيم الدولة الإسلامية)
        if all(c in matching_form(ent.name_ar or "").split() for c in core):
            return dict(entity_ref(ent), text=ref["text"])
    return ref


_CLITIC_PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=65536)
def _first_word_keys(norm: str) -> frozenset[str]:
    """Every word `_same_word` can read `norm` as: itself, or itself without a leading clitic."""
    keys = {norm}
    for pre in _CLITIC_PREFIXES:
        if norm.startswith(pre):
            rest = norm[len(pre):]
            keys.add(rest)
            if rest.startswith("ل"):
                keys.add("ا" + rest)  # للمدنيين = ل + المدنيين
    return frozenset(keys)


def _same_word(norm: Optional[str], word: str, first: bool) -> bool:
    if norm is None:
        return False
    if norm == word:
        return True
    # a leading conjunction/preposition clitic (والمدنيين, للمدنيين, بالمدارس)
    for pre in _CLITIC_PREFIXES:
        if norm.startswith(pre) and (norm[len(pre):] == word or
                                     (word.startswith("ال") and norm[len(pre):] == word[1:])):
            return True
    return False


@lru_cache(maxsize=1)
def _names_by_first() -> dict[str, list[list[str]]]:
    index: dict[str, list[list[str]]] = {}
    for name in lexicon()["names"]:
        words = name.split()
        index.setdefault(words[0], []).append(words)
    return index


def _block_names(ctx: SentenceContext) -> None:
    lex = lexicon()
    norms = ctx.norms
    by_first = _names_by_first()
    for i, n in enumerate(norms):
        if not n:
            continue
        # a name's first word is read inside a token's ending (its clitics come first), so
        # only names whose first word is such an ending can start here
        endings = {n[k:] for k in range(len(n))}
        for words in {tuple(w) for e in endings | {"ا" + x for x in endings}
                      for w in by_first.get(e, ())}:
            if i + len(words) <= len(norms) and all(
                    _same_word(norms[i + k], w, first=(k == 0)) or
                    (norms[i + k] and norms[i + k].endswith(w) and k == 0)
                    for k, w in enumerate(words)):
                ctx.blocked.update(range(i, i + len(words)))
    # a quotation opened by a name head (مشروع “...”, “منطقة ...”) is a name
    heads = set(lex["name_heads"])
    i = 0
    while i < len(ctx.tokens):
        t = ctx.tokens[i].text
        if t in _QUOTES:
            close = _QUOTES[t]
            j = next((k for k in range(i + 1, min(len(ctx.tokens), i + 8))
                      if ctx.tokens[k].text == close), None)
            if j is not None:
                prev = next((norms[k] for k in range(i - 1, -1, -1) if norms[k]), "")
                inner = [n for n in norms[i + 1:j] if n]
                prev_bare = prev[2:] if prev.startswith("ال") else prev
                if (prev in heads or prev_bare in heads or (prev and prev[1:] in heads)
                        or (inner and inner[0] in heads) or _looks_like_name(prev)):
                    ctx.blocked.update(range(i + 1, j))
                i = j
        i += 1


def _looks_like_name(prev: str) -> bool:
    """Quotes right after a name head with a clitic (لمشروع, ومشروع)."""
    heads = set(lexicon()["name_heads"])
    return any(prev.endswith(h) and len(prev) - len(h) <= 2 for h in heads)
