"""Obfuscation attacks as outlets apply them, for building test corpora from clean text.

Each family rewrites one word the way it is seen in the wild. Generators take an explicit
`random.Random` so every corpus is reproducible (tests use a fixed seed). Choices that would make a
case undecidable *by construction* are documented where they are made, not hidden:

* `diacritics` always includes at least one mark Arabic orthography cannot have (sukun on the first
  letter, sukun+shadda stacked): a single plausible shadda (`قصّف`) is indistinguishable from a real
  one and rasid does not claim to undo it.
* `lookalike` and `regional-lookalike` leave a word-final ي alone: final ی is drawn like ى, so the
  reader sees ى and which of the two the writer meant is not recoverable from the glyph.
* `repeated-letter` repeats a consonant, never ا و ي ى ه: those are how writers stretch a word on
  purpose (حوووثيا, لااا, ههههه), and rasid leaves them.
* `homoglyph` swaps one letter for the digit or Latin/Cyrillic/Greek letter drawn like it inside
  a word (السل١ح); `dotless` writes the letters that have a dotless code point without their dots
  (ٯصڡ), and a third of the time every other dotted letter too (حرٮ for حرب is then ambiguous
  with حرٮ for جرى: the lexicon picks the frequent word, which is not always the one attacked).
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

# the families of the seed and its first corpus; other suites draw from these (the events
# parity test), and their contract is unchanged
FAMILIES = ("kashida", "kashida+dot", "dot", "punctuation", "zero-width", "spacing",
            "lookalike", "presentation-form", "diacritics")
# families added for obfuscations beyond the seed's, and marks and controls named in no list
# of rasid's (found by Unicode category)
NEW_FAMILIES = ("separator", "dot-spacing", "mixed", "regional-lookalike", "dotless",
                "repeated-letter", "homoglyph", "unseen-mark", "unseen-invisible")
ALL_FAMILIES = FAMILIES + NEW_FAMILIES
# families decided by word frequency alone, not claimed exact (see test_restore_corpus)
DECIDED = ("dot", "separator", "mixed", "dotless", "repeated-letter", "homoglyph", "unseen-mark")
_MARK_KINDS = frozenset({"kashida", "dot", "punctuation", "zero-width"})
# family -> (kinds its repair must name, kinds it may name)
KINDS = {f: (frozenset(f.split("+")), frozenset(f.split("+")) | {"kashida"}) for f in ALL_FAMILIES}
KINDS.update({
    "separator": (frozenset({"punctuation"}), frozenset({"punctuation", "kashida"})),
    "dot-spacing": (frozenset({"dot", "spacing"}), frozenset({"dot", "spacing"})),
    "mixed": (frozenset(), _MARK_KINDS | {"spacing"}),
    "regional-lookalike": (frozenset({"lookalike"}), frozenset({"lookalike"})),
    "unseen-mark": (frozenset({"punctuation"}), frozenset({"punctuation"})),
    "unseen-invisible": (frozenset({"zero-width"}), frozenset({"zero-width"})),
})


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


# marks that touch words in clean text (: / quotes brackets) and a few more, put between letters
SEPARATORS = (":", "/", "|", "\u2022", "+", '"', "'", "(", ")", "[", "]", "\u00ab", "\u00bb",
              "\u201c", "\u201d", "^", "\\")
MIXED = (".", "\u0640", "_", "*", "\u200b", ":", "/", "\u0640.\u0640", "\u00b7", "|", "-")
REGIONAL = {"ي": "\u06d0\u06ce\u0620", "ك": "\u06ab\u06aa\u063b", "و": "\u06c6\u06c7\u06cb",
            "ل": "\u06b5", "ر": "\u0695", "ه": "\u06c1\u06be\u06d5", "ة": "\u06c3", "ب": "\u067b",
            "ت": "\u067a", "ف": "\u06a2", "ق": "\u06a7"}
DOTLESS_OWN = {"ب": "\u066e", "ت": "\u066e", "ث": "\u066e", "ن": "\u066e", "ي": "\u066e",
               "ف": "\u06a1", "ق": "\u066f"}
DOTLESS_FULL = {"ج": "ح", "خ": "ح", "ذ": "د", "ز": "ر", "ش": "س", "ض": "ص", "ظ": "ط", "غ": "ع",
                "ة": "ه"}
HOMOGLYPHS = {"ا": ("l", "I", "1", "\u0661", "\u04c0", "\u0399"),
              "ه": ("\u0665", "o", "\u043e", "\u03bf"), "ع": ("\u0664",), "و": ("\u0669",)}
STRETCH = set("اويىهةء")
# held out: no file of rasid's lists these; a test checks that they stay unlisted
UNSEEN_MARKS = ("\u00a6", "\u2016", "\u2044", "\u2219", "\u203b", "\u00a7", "\u00a4", "\u2666",
                "\u2605", "\u2713", "\u25c6", "\u25a0", "\u2665", "\u2606", "\u2192", "\u00a8",
                "\u00b4", "\u02dc", "\u2020", "\u2021", "\u00b6", "\u2032", "\u203d", "\u2e2e")
UNSEEN_INVISIBLE = ("\ufff9", "\ufffa", "\ufffb", "\U000e0041", "\U000e0020", "\ufe0f", "\ufe00",
                    "\U0001d173", "\U000e007f", "\U000e0101")


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


def separator(word, rng):
    if len(word) <= 5 and rng.random() < 0.3:  # one mark between every letter: ق:ص:ف
        return rng.choice(SEPARATORS[:3]).join(word)
    i = _cut(word, rng)
    mark = rng.choice(SEPARATORS)
    if rng.random() < 0.2:
        mark = KASHIDA + mark + KASHIDA
    return word[:i] + mark + word[i:]


def dot_spacing(word, rng):
    return rng.choice((" . ", ". ", " .")).join(word)


def mixed(word, rng):
    if len(word) < 4:
        return None
    cuts = sorted(rng.sample(range(1, len(word)), k=min(len(word) - 1, rng.choice((2, 2, 3)))))
    marks = rng.sample(MIXED, k=len(cuts))
    out, prev = [], 0
    for c, m in zip(cuts, marks):
        out.append(word[prev:c] + m)
        prev = c
    if rng.random() < 0.25 and word[-1] not in "و" and cuts[-1] < len(word) - 1:
        # the last letter pushed off with a space too (إ.ط_ل*ا ق)
        out.append(word[prev:-1] + " ")
        prev = len(word) - 1
    return "".join(out) + word[prev:]


def regional_lookalike(word, rng):
    spots = [i for i, c in enumerate(word) if c in REGIONAL and not (c == "ي" and i == len(word) - 1)]
    if not spots:
        return None
    chars = list(word)
    for i in rng.sample(spots, k=min(len(spots), rng.choice((1, 1, 2)))):
        chars[i] = rng.choice(REGIONAL[chars[i]])
    return "".join(chars)


def dotless(word, rng):
    full = rng.random() < 1 / 3
    chars = []
    for i, c in enumerate(word):
        final = i == len(word) - 1
        if c == "ن" and final:
            chars.append("\u06ba")
        elif c == "ي" and final:
            chars.append("ى" if full else c)
        elif c in DOTLESS_OWN:
            chars.append(DOTLESS_OWN[c])
        elif full and c in DOTLESS_FULL:
            chars.append(DOTLESS_FULL[c])
        else:
            chars.append(c)
    out = "".join(chars)
    return out if any(c in "\u066e\u066f\u06a1\u06ba" for c in out) else None


def repeated_letter(word, rng):
    spots = [i for i, c in enumerate(word) if c not in STRETCH]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i] * rng.choice((3, 4)) + word[i + 1:]


def homoglyph(word, rng):
    spots = [i for i, c in enumerate(word) if c in HOMOGLYPHS and 0 < i < len(word) - 1]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + rng.choice(HOMOGLYPHS[word[i]]) + word[i + 1:]


def unseen_mark(word, rng):
    i = _cut(word, rng)
    return word[:i] + rng.choice(UNSEEN_MARKS) + word[i:]


def unseen_invisible(word, rng):
    i = _cut(word, rng)
    return word[:i] + rng.choice(UNSEEN_INVISIBLE) + word[i:]


ATTACKS = {"kashida": kashida, "kashida+dot": kashida_dot, "dot": dot,
           "punctuation": punctuation, "zero-width": zero_width, "spacing": spacing,
           "lookalike": lookalike, "presentation-form": presentation_form,
           "diacritics": diacritics, "separator": separator, "dot-spacing": dot_spacing,
           "mixed": mixed, "regional-lookalike": regional_lookalike, "dotless": dotless,
           "repeated-letter": repeated_letter, "homoglyph": homoglyph,
           "unseen-mark": unseen_mark, "unseen-invisible": unseen_invisible}


def attack(word: str, family: str, rng: random.Random) -> str | None:
    """`word` obfuscated with `family`, or None when the family does not apply to it."""
    if len(word) < 3 or not LETTERS.fullmatch(word):
        return None
    return ATTACKS[family](word, rng)


def naive_restore(text: str) -> str:
    """The baseline: delete every kashida or dot between two Arabic letters."""
    return _NAIVE.sub("", text)


_NAIVE = re.compile(r"(?<=[\u0621-\u064a])[\u0640.]+(?=[\u0621-\u064a])")
