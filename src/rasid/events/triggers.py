"""Trigger matching: Arabic lemmas/stems against inflected, cliticised tokens.

Triggers are listed once as a lemma (resources/events/triggers.yaml); a token matches when one
of its readings does. A reading strips the clitics `segmentations` knows (و ف ب ل ك ال), the
future prefix س and an imperfect prefix (ي ت ن أ) on verbs, then up to two suffixes (ت وا ن ا
ون ين ة ات and attached pronouns). Matching runs on the tokens' matching forms, which are read
from the restored text, so an obfuscated original (قصـ.ف) matches like the clean word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rasid.data import load_yaml
from rasid.text import matching_form, segmentations

_VERB_PREFIXES = ("ي", "ت", "ن", "ا")
_VERB_SUFFIXES = ("تما", "تم", "تن", "ون", "ين", "وا", "ان", "تا", "نا", "ت", "ا", "ن",
                  "هما", "هم", "ها", "ه")
# no ي/ية: that would read nisba adjectives as their nouns (الاجتماعي is no اجتماع)
_NOUN_SUFFIXES = ("ات", "ين", "ون", "ان", "ه", "ا", "هما", "هم", "ها", "نا", "كم")
_PRONOUNS = ("هما", "هم", "ها", "ه", "نا", "كم")
# what may stand before an attached pronoun (قتلوهم -> قتلو -> قتل; مساعداتها -> مساعدات)
_BEFORE_PRONOUN = ("ات", "ت", "و", "ا", "تم", "ين", "ون", "ان", "وا")
_MIN = 2
_VERB_CLITICS = {"و", "ف", "ل"}
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "وبال", "كال", "لل", "ولل", "فلل")


@dataclass(frozen=True)
class TriggerSpec:
    """One entry of triggers.yaml, its words in matching form."""

    type: str
    words: tuple[str, ...]
    pos: str = "noun"
    mode: str | None = None
    gap: int = 0
    weak: bool = False
    confidence: float = 0.65
    bare: bool = True  # False: the bare lemma is too often another word (فجر "dawn")
    needs_place: bool = False  # the next word must name a place (سيطر على المدينة)
    participle: bool = False  # منتقداً ...: the agent is the sentence's subject, the object follows
    no_article: bool = False  # الاتفاق refers back to a known agreement; only اتفاق is news
    patient_genitive: bool = False  # مقتل X, اعتقال X: the genitive is the victim, never the agent
    not_before: tuple[str, ...] = ()  # words after which the trigger is an idiom (ينسحب على: applies to)
    not_after: tuple[str, ...] = ()  # words before which the trigger is another word (يدفع ثمنها)


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found at token indices `first..last` (inclusive) of the document."""

    spec: TriggerSpec
    first: int
    last: int
    indices: tuple[int, ...]


def _strip_suffixes(word: str, suffixes: Sequence[str]) -> set[str]:
    """The word without one suffix, or without a pronoun and then one ending before it."""
    out = {word}
    for suf in suffixes:
        if word.endswith(suf) and len(word) - len(suf) >= _MIN:
            base = word[: -len(suf)]
            out.add(base)
            if suf in ("ات", "ا", "ت"):
                out.add(base + "ه")  # غارات -> غاره
            if suf in _PRONOUNS:
                for inner in _BEFORE_PRONOUN:
                    if base.endswith(inner) and len(base) - len(inner) >= _MIN:
                        out.add(base[: -len(inner)])
                        if inner in ("ات", "ت"):
                            out.add(base[: -len(inner)] + "ه")  # مساعدتها -> مساعده
    return out


@lru_cache(maxsize=65536)
def readings(norm: str, pos: str) -> frozenset[str]:
    """Every stem a matching-form word may be an inflection of (for `pos` verb or noun)."""
    out: set[str] = set()
    for prefixes, stem in segmentations(norm):
        if pos == "verb" and not set(prefixes) <= _VERB_CLITICS:
            continue  # verbs take و/ف, never the article or ب/ك (الفجر is no فجر)
        bases = {stem}
        if pos == "verb":
            if stem.startswith("س") and len(stem) >= 4:
                bases.add(stem[1:])
            for b in list(bases):
                if b[:1] in _VERB_PREFIXES and len(b) >= 3:
                    bases.add(b[1:])
                    bases.add("ا" + b[1:])  # يستهدف -> استهدف, يعتقل -> اعتقل
            for b in bases:
                out |= _strip_suffixes(b, _VERB_SUFFIXES)
        else:
            for b in bases:
                stems = _strip_suffixes(b, _NOUN_SUFFIXES)
                # a hamza takes a seat before a pronoun (لقاء -> لقائه, لقاؤه): the seat is the hamza
                out |= stems | {r[:-1] + "ء" for r in stems
                                if r != b and len(r) >= 4 and r[-2:] in ("اي", "او")}
                if b.startswith("ال") and len(b) > 3:
                    out.add(b[2:])
    return frozenset(out)


@lru_cache(maxsize=4096)
def _word_forms(word: str) -> frozenset[str]:
    forms = {word}
    if word.startswith("ال") and len(word) > 3:
        forms.add(word[2:])
    return frozenset(forms)


@lru_cache(maxsize=1)
def trigger_specs() -> tuple[TriggerSpec, ...]:
    """All triggers, longest first (a longer trigger wins over a shorter one it covers)."""
    raw = load_yaml("events", "triggers.yaml")
    specs = []
    for etype, entries in raw.items():
        for i, e in enumerate(entries):
            if "w" not in e:
                raise ValueError(f"resources/events/triggers.yaml: {etype} entry {i} has no 'w'")
            pos = e.get("pos", "noun")
            conf = e.get("conf", 0.8 if pos == "verb" else 0.65)
            specs.append(TriggerSpec(etype, tuple(matching_form(w) for w in e["w"].split()),
                                     pos, e.get("mode"), int(e.get("gap", 0)),
                                     bool(e.get("weak", False)), float(conf),
                                     bool(e.get("bare", True)), bool(e.get("needs_place", False)),
                                     bool(e.get("participle", False)),
                                     bool(e.get("no_article", False)),
                                     bool(e.get("patient_genitive", False)),
                                     tuple(matching_form(w) for w in e.get("not_before", ())),
                                     tuple(matching_form(w) for w in e.get("not_after", ()))))
    return tuple(sorted(specs, key=lambda s: (-len(s.words), -len(s.words[0]), s.weak)))


def _idiom_follows(norms, i: int, words: tuple[str, ...]) -> bool:
    """The word after the trigger makes it an idiom (ينسحب على); a longer word may also stand
    behind the verb's subject (رفض المصدر إعطاء تفاصيل: declining to comment)."""
    nxt = [x for x in norms[i + 1:i + 5] if x][:2]
    if nxt and nxt[0] in words:
        return True
    return len(nxt) > 1 and len(nxt[1]) > 3 and nxt[1] in words


def _word_precedes(norms, i: int, words: tuple[str, ...]) -> bool:
    """The word before the trigger makes it another word (يدفع ثمنها: its price; شاهد زور: a
    false witness), with a leading و/ف stripped."""
    prev = next((x for x in reversed(norms[max(0, i - 3):i]) if x), "")
    return prev in words or (prev[:1] in ("و", "ف") and prev[1:] in words)


def _token_matches(norm: str, word: str, pos: str, noun_only: bool = False) -> bool:
    if noun_only and pos == "verb":
        return False  # a word ending in ة is no verb (وزارة is not و+زار+ه)
    return bool(readings(norm, pos) & _word_forms(word))


def find_triggers(norms: Sequence[str | None], blocked: set[int] = frozenset(),
                  nouns: set[int] = frozenset()) -> list[TriggerMatch]:
    """Triggers in a token sequence (None for non-words); tokens in `blocked` never match.

    Args:
        norms: the matching forms of the tokens of one sentence (None: punctuation).
        blocked: indices inside names or entity mentions.
        nouns: indices of words that cannot be verbs (they end in ة).
    Returns:
        non-overlapping matches, in text order.
    """
    taken: set[int] = set()
    found: list[TriggerMatch] = []
    # which tokens can open a trigger: an index from each stem a token may inflect, so every
    # trigger looks only at its few candidate tokens instead of every token (specs x tokens)
    openers: dict[tuple[str, str], list[int]] = {}
    for i, n in enumerate(norms):
        if n is None or i in blocked:
            continue
        for pos in ("verb", "noun"):
            if pos == "verb" and i in nouns:
                continue
            for form in readings(n, pos):
                openers.setdefault((pos, form), []).append(i)
    for spec in trigger_specs():
        candidates = sorted({i for form in _word_forms(spec.words[0])
                             for i in openers.get((spec.pos, form), ())})
        for i in candidates:
            n = norms[i]
            if i in taken:
                continue
            if not spec.bare and (n == spec.words[0] or (n[:1] in ("و", "ف") and n[1:] == spec.words[0])):
                continue
            if spec.no_article and n.startswith(_ARTICLE_FORMS):
                continue
            if spec.not_before and _idiom_follows(norms, i, spec.not_before):
                continue
            if spec.not_after and _word_precedes(norms, i, spec.not_after):
                continue
            idx = [i]
            j = i
            ok = True
            for w in spec.words[1:]:
                hit = None
                limit = j + 1 + spec.gap
                k = j + 1
                while k < len(norms) and k <= limit + _punct_between(norms, j, limit):
                    if norms[k] is not None and k not in blocked and _token_matches(norms[k], w, "noun"):
                        hit = k
                        break
                    k += 1
                if hit is None:
                    ok = False
                    break
                idx.append(hit)
                j = hit
            if not ok or any(x in taken for x in idx):
                continue
            taken.update(idx)
            found.append(TriggerMatch(spec, idx[0], idx[-1], tuple(idx)))
    return sorted(found, key=lambda m: m.first)


def _punct_between(norms: Sequence[str | None], j: int, limit: int) -> int:
    """Punctuation tokens do not use up a multiword trigger's gap (اتفاق “منطقة ...”)."""
    return sum(1 for k in range(j + 1, min(limit + 1, len(norms))) if norms[k] is None)
