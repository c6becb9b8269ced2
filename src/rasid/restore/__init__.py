"""Restoration: undoing the obfuscation outlets apply to slip words past moderation filters.

Each repair replaces one word of the original text (`Repair.start/end` index the original) and
has a `kind`: the families found in it, '+'-joined in this order:

* ``kashida``: tatweel U+0640 between letters (`قـتل`); also justification kashida in clean text.
  The kashida of `هـ` after a year and of `لـ`/`بـ`/`الـ` before a quote or digit is never touched.
* ``dot``: a full stop between letters (`قص.ف`, `ق.ص.ف`); with a kashida beside it `kashida+dot`.
* ``punctuation``: other joiner marks between letters (`قص*ف`, `قص_ف`, `قـ-ـتل`).
* ``zero-width``: invisible controls inside a word (ZWSP, ZWNJ, ZWJ, soft hyphen, LRM/RLM, ...).
* ``spacing``: letters spaced apart (`ق ص ف`) that spell lexicon words.
* ``lookalike``: Persian/Urdu letters (ی ک ھ) in an Arabic word.
* ``presentation-form``: Arabic presentation forms, NFKC per character (`ﻗﺼﻒ`, `ﻹ`).
* ``diacritics``: sukun/shadda sprinkled where Arabic orthography cannot have them.

Legitimate text is left alone: dotted abbreviations (`د.ب.أ`, `د.محمد`), decimals, times, URLs,
e-mails, hashtags, ellipses, a missing space after a full stop (`اليوم.وقال`), real diacritics.
"""
from __future__ import annotations

from functools import lru_cache

from rasid.document import Repair
from rasid.restore.lexicon import Lexicon
from rasid.restore.restorer import Restorer

__all__ = ["Restorer", "Lexicon", "default_restorer", "find_repairs"]


@lru_cache(maxsize=1)
def default_restorer() -> Restorer:
    """The process-wide restorer with the wordfreq lexicon (built on first use)."""
    return Restorer()


def find_repairs(text: str, restorer: Restorer | None = None) -> list[Repair]:
    """Repairs for `text` with `restorer` (the default one when None)."""
    return (restorer or default_restorer()).find_repairs(text)
