"""The matching form: one spelling per word for look-ups, never for output.

Arabic writes the same word many ways (أ/إ/آ/ا, ة/ه, ى/ي, optional diacritics, kashida,
Arabic-Indic digits). Every look-up (lexicon, knowledge base, triggers, month names) compares
matching forms. The mapping is one code point to at most one code point, so a matching form
has the same length as its source when `keep_length=True` and offsets stay valid.
"""
from __future__ import annotations

import re

_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_KASHIDA = "\u0640"

_CHAR_MAP = {
    **{c: "ا" for c in "أإآٱ"},
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # keheh
    "ھ": "ه",  # heh doachashmee
    "ۀ": "ه",
    "ە": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
}
_TABLE = str.maketrans({**_CHAR_MAP, **{c: None for c in _DIACRITICS + _KASHIDA}})
_TABLE_SAME_LENGTH = str.maketrans({**_CHAR_MAP, **{c: "\u0640" for c in _DIACRITICS}})

ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def matching_form(text: str) -> str:
    """Strip diacritics and kashida, unify alef/hamza, ta marbuta, alef maqsura and digits."""
    return text.translate(_TABLE).lower()


def matching_form_same_length(text: str) -> str:
    """Like `matching_form` but diacritics become kashida, so offsets are unchanged."""
    out = text.translate(_TABLE_SAME_LENGTH)
    lowered = out.lower()
    # a few letters (e.g. U+0130) lower-case to two code points: keep those as they are
    return lowered if len(lowered) == len(out) else "".join(
        c.lower() if len(c.lower()) == 1 else c for c in out)


def is_arabic_letter(ch: str) -> bool:
    return bool(ARABIC_LETTER.match(ch))
