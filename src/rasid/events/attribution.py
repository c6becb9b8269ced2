"""Who says so: the source chain of what a sentence reports.

A speech verb's subject (وقال X, وأكدت X, أعلنت X) and the names after an "according to"
formula (بحسب ما أوردت وكالة X, وفقاً لـX, نقلاً عن X) are sources, in the order they appear.
A sentence opening with a speech verb that names nobody (وأضاف، وتابع) keeps the previous
sentence's chain. A source that is no entity is recorded as {text}.
"""
from __future__ import annotations

from rasid.events.context import SentenceContext, lexicon
from rasid.events.triggers import readings

_SKIP = {"ما", "به", "الي", "عن", "له", "لها"}
_COMPLEMENTISER = {"ان", "بان", "انه", "بانه", "انها", "بانها"}
# participles continue the subject's speech (قائلاً إن X ...): what follows is content
_PARTICIPLES = {"قايلا", "مضيفا", "مويدا", "موكدا", "موضحا", "مشيرا", "لافتا", "معتبرا"}
_AGENCY = {"وكاله", "قناه", "صحيفه", "موقع", "مصادر", "مصدر", "شبكه", "جريده", "التلفزيون",
           "وكالات", "مسؤول", "مسؤولون", "شهود", "ناشطون", "مراسل"}


def _is_speech(norm: str) -> bool:
    verbs = lexicon()["speech"]["verbs"]
    if norm in verbs:
        return True
    return bool(readings(norm, "verb") & set(verbs))


def _source_after(ctx: SentenceContext, k: int) -> dict | None:
    """The mention (or a short noun phrase) a speech verb or formula at token k introduces."""
    j = k + 1
    steps = 0
    while j < len(ctx.tokens) and steps < 4:
        m = ctx.mention_at(j)
        if m is not None and m.kind in ("PER", "ORG", "GPE") and m.marker not in (
                "place", "partner", "target"):
            return dict(m.ref)
        n = ctx.norms[j]
        if n in _COMPLEMENTISER:
            return None
        if n is None:
            if ctx.tokens[j].text in (".", ":"):
                break
            j += 1
            continue
        bare = n[1:] if n[:1] in ("و", "ف", "ل") and len(n) > 2 else n
        if bare in _AGENCY or n in _AGENCY:
            # an unnamed source: a short phrase (مصادر عسكرية)
            end = min(len(ctx.tokens) - 1, j + 1)
            words = [ctx.tokens[x].text for x in range(j, end + 1)
                     if ctx.norms[x] and ctx.norms[x] not in _COMPLEMENTISER]
            for x in range(j + 1, min(len(ctx.tokens), j + 4)):
                nxt = ctx.mention_at(x)
                if nxt is not None and nxt.kind in ("PER", "ORG") and nxt.marker != "place":
                    return dict(nxt.ref)  # (مصادر يمنية في البيضاء: a place is no source)
            return {"text": " ".join(words)}
        if n in _SKIP or bare in _SKIP or _is_speech(n):
            j += 1
            steps += 1
            continue
        steps += 1
        j += 1
    return None


def sentence_sources(ctx: SentenceContext, before: int | None = None) -> list[dict]:
    """Sources named in the sentence (before token `before` if given), in order.

    Args:
        ctx: the sentence.
        before: only cues before this token index count.
    Returns:
        list of Refs or {"text"} dicts, without duplicates.
    """
    lex = lexicon()["speech"]
    out: list[dict] = []
    limit = len(ctx.tokens) if before is None else before
    for k in range(limit):
        n = ctx.norms[k]
        if n is None:
            continue
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n
        src = None
        if bare in lex["according"] or n in lex["according"]:
            src = _source_after(ctx, k)
        elif n in _PARTICIPLES or bare in _PARTICIPLES:
            continue
        elif _is_speech(n):
            src = _source_after(ctx, k)
        if src and not any(_same(src, o) for o in out):
            out.append(src)
    return out


def speaker_mentions(ctx: SentenceContext) -> list:
    """(mention, complementiser index) for each subject of a speech verb or name after an
    "according to" formula; the index of the أن/إن that opens what it says, or None."""
    lex = lexicon()["speech"]
    out = []
    seen = set()
    for k, n in enumerate(ctx.norms):
        if not n:
            continue
        bare = n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n
        if bare in lex["according"] or n in lex["according"] or (
                _is_speech(n) and n not in _PARTICIPLES and bare not in _PARTICIPLES):
            for j in range(k + 1, min(len(ctx.tokens), k + 6)):
                m = ctx.mention_at(j)
                if m is not None:
                    if id(m) not in seen:
                        seen.add(id(m))
                        comp = next((x for x in range(m.last + 1, len(ctx.tokens))
                                     if ctx.norms[x] in _COMPLEMENTISER), None)
                        out.append((m, comp))
                    break
                if ctx.norms[j] in _COMPLEMENTISER:
                    break
    return out


def opens_with_speech(ctx: SentenceContext) -> bool:
    """The sentence opens with a speech verb (وأضاف، وتابع ...)."""
    first = next((n for n in ctx.norms if n), "")
    return _is_speech(first) or first in ("واضاف", "وتابع", "واردف", "تابع", "اضاف")


def _same(a: dict, b: dict) -> bool:
    ka = a.get("kb_id") or a.get("name_en") or a.get("text")
    kb = b.get("kb_id") or b.get("name_en") or b.get("text")
    return ka == kb
