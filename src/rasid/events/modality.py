"""Negation and modality of a trigger, read from the words before it in its clause.

Modalities: asserted (also what is announced), claimed (زعم, ادعى), denied (نفى: also
negated), future (سـ, سوف, يعتزم, من المقرر, قبل + masdar), demanded (طالب, دعا إلى, ضرورة),
conditional (إذا, لو, في حال). The nearest cue before the trigger in the same clause wins.
"""
from __future__ import annotations

from rasid.events.context import SentenceContext, lexicon

_CLAUSE_BREAK = {".", "،", ",", "؛", ";", ":", "؟", "?", "!"}
# imperfect verbs with the future prefix س; these look alike but are nouns
_NOT_FUTURE = ("سيا", "سيار", "ستار", "سنه", "سنو", "ستي", "سيد", "سير", "سيطر", "سين",
               "سيول", "ستو", "سنا", "ستراتيج", "سيف", "سيم", "سيك", "ستا", "سنغ", "سيب", "ستر")


def _is_future_verb(norm: str) -> bool:
    return (len(norm) >= 4 and norm[0] == "س" and norm[1] in "يتنا"
            and not norm.startswith(_NOT_FUTURE))


_CLAUSE_WORDS = {"بينما", "فيما", "حيث", "لكن", "ولكن", "بل"}


def _clause_start(ctx: SentenceContext, first: int) -> int:
    k = first - 1
    while k >= 0:
        n = ctx.norms[k]
        if n is None and ctx.tokens[k].text in _CLAUSE_BREAK:
            return k + 1
        if n in _CLAUSE_WORDS or (n == "حين" and k > 0 and ctx.norms[k - 1] == "في"):
            return k + 1
        k -= 1
    return 0


def negation_and_modality(ctx: SentenceContext, first: int, nominal: bool = False) -> tuple[bool, str]:
    """(negated, modality) of the trigger starting at token `first` of the sentence.

    Args:
        ctx: the sentence.
        first: index of the trigger's first token in ctx.tokens.
        nominal: the trigger is a noun, so a future verb or إذا right after it (العقوبات
            ستعود إذا ...) also counts.
    Returns:
        negated: a negation particle, عدم or a denial governs the trigger.
        modality: asserted | claimed | denied | future | demanded | rejected | conditional
            (the extractor turns demanded and rejected content into REQUEST / REJECT).
    """
    lex = lexicon()
    neg = lex["negation"]
    mod = lex["modality"]
    start = _clause_start(ctx, first)
    negated = False
    # negation particles in the few words before the trigger, within its clause
    for _, seen, n, bare in _words_before(ctx, first, start, neg["window"]):
        if n in neg["particles"] or bare in neg["particles"]:
            negated = True
            break
        if seen == 1 and (n in neg["adjacent"] or bare in neg["adjacent"]):
            negated = True
            break
        if (n in neg["nominal"] or bare in neg["nominal"]) and seen <= 2:
            negated = True
            break
    if nominal:
        seen = 0
        for k in range(first + 1, len(ctx.tokens)):
            n = ctx.norms[k]
            if n is None:
                if ctx.tokens[k].text in _CLAUSE_BREAK:
                    break
                continue
            seen += 1
            if seen > 6:
                break
            bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n
            if _is_future_verb(bare) or bare in ("سوف",):
                return negated, "future"  # (a purpose after the trigger is its aim, not its future)
            if bare in mod["conditional"]:
                return negated, "conditional"
    trig = ctx.norms[first] or ""
    if trig[:1] in ("و", "ف") and len(trig) > 4:
        trig = trig[1:]
    if _is_future_verb(trig):
        return negated, "future"
    # nearest modality cue before the trigger (whole sentence for speech-like cues)
    for k, seen, n, bare in _words_before(ctx, first, start, mod["window"]):
        for name in ("denied", "claimed", "demanded", "rejected", "future", "conditional"):
            words = mod[name]
            if n in words or bare in words or (name == "future" and k == first - 1 and bare == "قبل"):
                if name == "conditional" and bare in ("حال", "حاله") and \
                        (ctx.norms[k - 1] if k > 0 else None) not in ("في", "فى"):
                    continue  # في حال(ة) is "in case"; حالة الطوارئ is a state of emergency
                if name == "denied":
                    return True, "denied"
                return negated, name
        if _is_future_verb(bare) and seen <= 3:
            return negated, "future"
    return negated, "asserted"


def _words_before(ctx, first: int, start: int, limit: int):
    """(index, distance, word, word without و/ف) of the `limit` words before the trigger, back
    to the clause start, nearest first (punctuation skipped)."""
    seen = 0
    for k in range(first - 1, start - 1, -1):
        n = ctx.norms[k]
        if n is None:
            continue
        seen += 1
        if seen > limit:
            return
        yield k, seen, n, (n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n)
