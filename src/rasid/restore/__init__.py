"""Restoration: undoing the obfuscation outlets apply to slip words past moderation filters.

Each repair replaces one word of the original text (`Repair.start/end` index the original) and
has a `kind`: the families found in it, '+'-joined in this order:

* ``kashida``: tatweel U+0640 between letters (`قـتل`); also justification kashida in clean text.
  The kashida of `هـ` after a year and of `لـ`/`بـ`/`الـ` before a quote or digit is never touched.
* ``dot``: a full stop between letters (`قص.ف`, `ق.ص.ف`); with a kashida beside it `kashida+dot`.
* ``punctuation``: other marks between letters (`قص*ف`, `قص_ف`, `قـ-ـتل`, `ق:ص:ف`, `قص/ف`,
  `ال«مدينة`).
* ``zero-width``: invisible controls inside a word (ZWSP, ZWNJ, ZWJ, soft hyphen, LRM/RLM, ...).
* ``spacing``: letters spaced apart (`ق ص ف`, `ق . ص . ف`) that spell lexicon words, or a letter
  pushed off a marked word with a space (`إ.ط_ل*ا ق`).
* ``lookalike``: Persian/Urdu letters (ی ک ھ) and Kurdish/Pashto/Sindhi ones in an Arabic word.
* ``dotless``: letters written without their dots (`ٯصڡ`), read through the lexicon's rasm.
* ``homoglyph``: a digit or Latin/Cyrillic/Greek letter drawn like an Arabic one (`السل١ح`).
* ``presentation-form``: Arabic presentation forms, NFKC per character (`ﻗﺼﻒ`, `ﻹ`).
* ``repeated-letter``: a consonant typed three or more times (`القصففف`).
* ``diacritics``: sukun/shadda sprinkled where Arabic orthography cannot have them.

Legitimate text is left alone: dotted abbreviations (`د.ب.أ`, `د.محمد`, `ص/ب`), decimals, times,
ratios, dates, URLs, e-mails, hashtags and handles, ellipses, a missing space after a full stop
(`اليوم.وقال`) or a colon (`قال:إن`), `و/أو`, quotes after a proclitic (`و«الشرق»`), bracketed
endings (`الطالب(ة)`), stretched vowels (`لااا`), Persian/Urdu/Kurdish sentences, real diacritics.
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
