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
# ؠ (U+0620), the Arabic-extended ػ..ؿ and the dotless ٮ ٯ count as letters: each is drawn like an
# Arabic letter and seen inside attacked words
LETTER_RANGES = ("\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
                 "\ufb50-\ufdff\ufe70-\ufefc")
MARK_RANGES = "\u064b-\u065f\u0670"
CORE_LETTERS = "\u0621-\u063a\u0641-\u064a"


def _cls(chars) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _ranges(chars) -> str:
    """A class body of contiguous ranges: a class of single characters beyond the BMP is
    matched one member at a time, a range in one comparison."""
    cps, out, i = sorted({ord(c) for c in chars}), [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(out)


@dataclass(frozen=True)
class Classes:
    """Compiled classes: what a word run is made of, and where a scan must look."""

    data: CharData
    suspect: re.Pattern          # characters that start an obfuscation wherever they are
    suspect_marks: re.Pattern    # marks that do only before a letter (the letter is matched)
    astral: re.Pattern           # the invisible controls beyond the BMP
    letter: re.Pattern
    mark: re.Pattern
    run_chars: frozenset[str]
    separators: frozenset[str]
    boundary: frozenset[str]     # hits that count only with a letter (or kashida) before them
    before_ok: frozenset[str]    # what may stand before such a hit
    repeat: re.Pattern           # a character three times: scanned apart (a back-reference)
    repeat_letters: frozenset[str]
    homoglyph: re.Pattern        # a homoglyph between two Arabic letters
    complex: re.Pattern  # anything in a run beyond letters and marks

    def is_letter(self, ch: str) -> bool:
        return bool(self.letter.match(ch))

    def is_mark(self, ch: str) -> bool:
        return bool(self.mark.match(ch))


@lru_cache(maxsize=1)
def classes() -> Classes:
    d = char_data()
    joiners, bound = _cls(d.joiners), _cls(d.boundary)
    # a class with characters beyond the BMP makes the whole scan ~30x slower, so those few
    # (tags, variation selectors supplement) are scanned apart, only in texts that can hold them
    zw_bmp = _cls(c for c in d.zero_width if ord(c) < 0x10000)
    astral = _ranges(c for c in d.zero_width if ord(c) >= 0x10000)
    other = _cls(d.unlisted)
    looks = _cls(d.lookalikes)
    noise = _cls(d.noise_marks)
    dotless = _cls(d.dotless_signals)
    homo = _cls(d.homoglyphs)
    # boundary marks and homoglyphs count only between two letters (`قال: `, `«الشرق`, `2015م`
    # are the common case); the letter before is checked by the caller, since a look-behind here
    # halves the speed of the whole scan
    # two scans, merged by the caller, run three times faster than one alternation of both;
    # the second consumes the letter after the mark instead of looking ahead, twice as fast
    suspect = re.compile(f"[{KASHIDA}{zw_bmp}\ufb50-\ufdff\ufe70-\ufefc{looks}{noise}{dotless}]")
    suspect_marks = re.compile(f"[{joiners}{bound}{homo}{other}][{LETTER_RANGES}{KASHIDA}]")
    run_chars = set()
    for lo, hi in ((0x0620, 0x065F), (0x066E, 0x066F), (0x0670, 0x06D3), (0x06D5, 0x06D5),
                   (0x06FA, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)):
        run_chars.update(chr(c) for c in range(lo, hi + 1))
    run_chars.update(d.zero_width, d.joiners, d.boundary, d.homoglyphs, d.unlisted)
    letters = re.compile(f"[{LETTER_RANGES}]")
    before_ok = frozenset(c for c in run_chars if letters.match(c)) | {KASHIDA}
    return Classes(
        data=d,
        suspect=suspect,
        suspect_marks=suspect_marks,
        astral=re.compile(f"[{astral}]"),
        letter=re.compile(f"[{LETTER_RANGES}]"),
        mark=re.compile(f"[{MARK_RANGES}]"),
        run_chars=frozenset(run_chars),
        separators=frozenset({KASHIDA} | set(d.zero_width) | set(d.joiners) | set(d.boundary)
                             | set(d.unlisted)),
        complex=re.compile(f"[{KASHIDA}{zw_bmp}{astral}{joiners}{bound}{homo}{other}{looks}"
                           f"{dotless}\ufb50-\ufdff\ufe70-\ufefc]|([{d.repeat_letters}])\\1\\1"),
        boundary=frozenset(d.boundary) | frozenset(d.homoglyphs) | d.unlisted,
        before_ok=before_ok,
        repeat_letters=frozenset(d.repeat_letters),
        # any character three times, filtered after: twice as fast as a class before the group
        repeat=re.compile(r"(.)\1\1"),
        homoglyph=re.compile(f"(?<=[{CORE_LETTERS}])[{homo}](?=[{CORE_LETTERS}])"),
    )
