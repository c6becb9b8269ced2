"""Obfuscation attacks as outlets apply them, for building test corpora from clean text.

Each family rewrites one word the way it is seen in the wild. Generators take an explicit
`random.Random` so every corpus is reproducible (tests use a fixed seed). Choices that would make a
case undecidable *by construction* are documented where they are made, not hidden:

* `diacritics` always includes at least one mark Arabic orthography cannot have (sukun on the first
  letter, sukun+shadda stacked): a single plausible shadda (`قصّف`) is indistinguishable from a real
  one and rasid does not claim to undo it.
* `lookalike` leaves a word-final ي alone: final ی is drawn like ى, so the reader sees ى and which
  of the two the writer meant is not recoverable from the glyph.
"""
from __future__ import annotations

import random
import re
import unicodedata

KASHIDA = "\u0640"
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\u200e", "\u200f", "\ufeff")
PUNCT = ("*", "_", "\u00b7", "-", "~")
LOOKALIKE = {"ي": "ی", "ك": "ک", "ه": "ھ"}
SUKUN, SHADDA = "\u0652", "\u0651"
NON_JOINING = set("اأإآدذرزوؤةىء")
LETTERS = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")

FAMILIES = ("kashida", "kashida+dot", "dot", "punctuation", "zero-width", "spacing",
            "lookalike", "presentation-form", "diacritics")


def _forms() -> dict[str, dict[str, str]]:
    """letter -> {isolated, final, initial, medial: presentation form}, from Unicode data."""
    out: dict[str, dict[str, str]] = {}
    for cp in range(0xFE70, 0xFEFD):
        ch = chr(cp)
        decomp = unicodedata.decomposition(ch).split()
        if len(decomp) == 2 and decomp[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
            base = chr(int(decomp[1], 16))
            out.setdefault(base, {})[decomp[0].strip("<>")] = ch
    return out


FORMS = _forms()


def _cut(word: str, rng: random.Random) -> int:
    return rng.randrange(1, len(word))


def kashida(word, rng):
    i = _cut(word, rng)
    return word[:i] + KASHIDA * rng.choice((1, 1, 2, 3)) + word[i:]


def kashida_dot(word, rng):
    i = _cut(word, rng)
    return word[:i] + rng.choice(("ـ.", ".ـ", "ـ.ـ")) + word[i:]


def dot(word, rng):
    i = _cut(word, rng)
    return word[:i] + "." + word[i:]


def punctuation(word, rng):
    i = _cut(word, rng)
    mark = rng.choice(PUNCT)
    if mark == "-" or rng.random() < 0.3:
        mark = rng.choice(("ـ", "")) + mark + "ـ"
    return word[:i] + mark + word[i:]


def zero_width(word, rng):
    i = _cut(word, rng)
    return word[:i] + rng.choice(ZERO_WIDTH) + word[i:]


def spacing(word, rng):
    return " ".join(word)


def lookalike(word, rng):
    chars = list(word)
    spots = [i for i, c in enumerate(chars[:-1]) if c in LOOKALIKE]
    if chars[-1] in LOOKALIKE and chars[-1] != "ي":
        spots.append(len(chars) - 1)
    if not spots:
        return None
    for i in rng.sample(spots, k=rng.randint(1, len(spots))):
        chars[i] = LOOKALIKE[chars[i]]
    return "".join(chars)


def presentation_form(word, rng):
    out = []
    for i, c in enumerate(word):
        joins_prev = i > 0 and word[i - 1] not in NON_JOINING
        joins_next = i + 1 < len(word) and c not in NON_JOINING
        form = {(False, False): "isolated", (True, False): "final",
                (False, True): "initial", (True, True): "medial"}[(joins_prev, joins_next)]
        forms = FORMS.get(c, {})
        out.append(forms.get(form) or forms.get("isolated") or c)
    return "".join(out)


def diacritics(word, rng):
    chars = [c for c in word]
    marks = [""] * len(chars)
    marks[0] = SUKUN  # impossible: no Arabic word starts with a vowelless letter
    if len(chars) > 2 and rng.random() < 0.5:
        marks[rng.randrange(1, len(chars) - 1)] = rng.choice((SHADDA, SUKUN + SHADDA))
    return "".join(c + m for c, m in zip(chars, marks))


ATTACKS = {"kashida": kashida, "kashida+dot": kashida_dot, "dot": dot,
           "punctuation": punctuation, "zero-width": zero_width, "spacing": spacing,
           "lookalike": lookalike, "presentation-form": presentation_form,
           "diacritics": diacritics}


def attack(word: str, family: str, rng: random.Random) -> str | None:
    """`word` obfuscated with `family`, or None when the family does not apply to it."""
    if len(word) < 3 or not LETTERS.fullmatch(word):
        return None
    return ATTACKS[family](word, rng)


def naive_restore(text: str) -> str:
    """The baseline: delete every kashida or dot between two Arabic letters."""
    return _NAIVE.sub("", text)


_NAIVE = re.compile(r"(?<=[\u0621-\u064a])[\u0640.]+(?=[\u0621-\u064a])")
