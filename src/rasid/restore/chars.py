"""Character classes and the pre-scan regex built from `chars.json`.

Clean news is almost all letters and spaces, so restoration first looks for the few characters
that can start an obfuscation (a kashida, an invisible control, a presentation form, a look-alike,
a sukun/shadda, or a joiner mark right before a letter) and skips everything else in C.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.restore.data import CharData, char_data

KASHIDA = "\u0640"
SHADDA = "\u0651"
SUKUN = "\u0652"
ZWNJ = "\u200c"
LETTER_RANGES = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
MARK_RANGES = "\u064b-\u065f\u0670"
CORE_LETTERS = "\u0621-\u063a\u0641-\u064a"


def _cls(chars) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


@dataclass(frozen=True)
class Classes:
    """Compiled classes: what a word run is made of, and where a scan must look."""

    data: CharData
    suspect: re.Pattern
    letter: re.Pattern
    mark: re.Pattern
    run_chars: frozenset[str]
    separators: frozenset[str]
    complex: re.Pattern  # anything in a run beyond letters and marks

    def is_letter(self, ch: str) -> bool:
        return bool(self.letter.match(ch))

    def is_mark(self, ch: str) -> bool:
        return bool(self.mark.match(ch))


@lru_cache(maxsize=1)
def classes() -> Classes:
    d = char_data()
    zw, joiners = _cls(d.zero_width), _cls(d.joiners)
    looks = _cls(d.lookalikes)
    noise = _cls(d.noise_marks)
    suspect = re.compile(
        f"[{KASHIDA}{zw}\ufb50-\ufdff\ufe70-\ufefc{looks}{noise}]"
        f"|[{joiners}](?=[{LETTER_RANGES}{KASHIDA}])")
    run_chars = set()
    for lo, hi in ((0x0621, 0x065F), (0x0670, 0x06D3), (0x06FA, 0x06FF),
                   (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)):
        run_chars.update(chr(c) for c in range(lo, hi + 1))
    run_chars.update(d.zero_width, d.joiners)
    return Classes(
        data=d,
        suspect=suspect,
        letter=re.compile(f"[{LETTER_RANGES}]"),
        mark=re.compile(f"[{MARK_RANGES}]"),
        run_chars=frozenset(run_chars),
        separators=frozenset({KASHIDA} | set(d.zero_width) | set(d.joiners)),
        complex=re.compile(f"[{KASHIDA}{zw}{joiners}{looks}\ufb50-\ufdff\ufe70-\ufefc]"),
    )
