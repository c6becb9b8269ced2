"""The restoration stage: `Document -> Document` with a repairs layer and the restored text."""
from __future__ import annotations

import sys
from typing import Callable

from rasid.document import Document, Repair
from rasid.restore.chars import KASHIDA, classes
from rasid.restore.data import abbreviations
from rasid.restore.lexicon import Lexicon
from rasid.restore.spacing import spacing_repairs
from rasid.restore.words import _CLOSERS, _QUOTE_MARKS, QUOTE_WINDOW, WordRestorer

_PROCLITICS = frozenset("وبلكف")
_CPYTHON = sys.implementation.name == "cpython"


def _may_be_astral(text: str) -> bool:
    """Whether `text` can hold a character beyond the BMP. CPython stores such a string with four
    bytes a character, which its size shows without a scan; elsewhere, assume it can."""
    return not _CPYTHON or sys.getsizeof(text) >= sys.getsizeof("\U00010000") + 4 * (len(text) - 1)
# letters that can be pushed off a word with a space; و stands alone before the next word
_LONE = frozenset(c for c in map(chr, range(0x0621, 0x064B)) if c not in "\u0640\u0648")


def _proclitic_quote(text: str, p: int, quotes, run_chars) -> bool:
    """`و«`, `لـ"`, `بـ(`: a one-letter proclitic, its kashida, then a quote (the hit at `p` is
    the kashida or the quote). The most common mark touching a word in news, and never an
    obfuscation the word rules would undo, so it is skipped before any work is done."""
    q, n = p, len(text)
    while q < n and text[q] == KASHIDA:
        q += 1
    if q >= n or text[q] not in quotes:
        return False
    b = p - 1
    while b >= 0 and text[b] == KASHIDA:
        b -= 1
    if not (b >= 0 and text[b] in _PROCLITICS and (b == 0 or text[b - 1] not in run_chars)):
        return False
    # a quote, or a bracket that closes soon, is the clean-text pattern (ل(لقوات is an attack)
    if text[q] in _QUOTE_MARKS:
        return True
    window = text[q + 1:q + 1 + QUOTE_WINDOW]
    return any(c in window for c in _CLOSERS.get(text[q], ""))


def _ends_word(text: str, j: int, run_chars, letters) -> bool:
    """Whether the word stops at `j`: marks may follow (`ق،`, `ق.`) but no letter after them."""
    n = len(text)
    if j < n and "\u064b" <= text[j] <= "\u065f":
        return False  # a mark on the letter: it belongs to what follows (آْ)
    while j < n and text[j] in run_chars and text[j] not in letters:
        j += 1
    return j == n or text[j] not in letters


class Restorer:
    """Undoes obfuscation inside Arabic words (see `rasid.restore` for the kinds).

    Args:
        lexicon: the word list decisions are made with; when None, `loader()` builds it on
            first use (the default reads wordfreq's installed Arabic list, about a second).
        loader: how to build the lexicon when none is given.
    """

    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("repairs",)

    def __init__(self, lexicon: Lexicon | None = None,
                 loader: Callable[[], Lexicon] = Lexicon.from_wordfreq):
        self._lexicon = lexicon
        self._loader = loader
        self._words: WordRestorer | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = self._loader()
        return self._lexicon

    def _word_restorer(self) -> WordRestorer:
        if self._words is None:
            self._words = WordRestorer(self.lexicon, abbreviations(), classes())
        return self._words

    def find_repairs(self, text: str) -> list[Repair]:
        """Every repair in `text`, sorted, non-overlapping, offsets into `text`.

        Returns:
            Repairs whose `before` is `text[start:end]` and `after` its restoration.
        """
        words = self._word_restorer()
        cls = words.cls
        run_chars = cls.run_chars
        repairs = spacing_repairs(text, self.lexicon, words.abbr)
        taken = [(r.start, r.end) for r in repairs]
        done = word_end = -1
        n = len(text)
        boundary, before_ok, quotes = cls.boundary, cls.before_ok, cls.data.quotes
        lone = _LONE
        hits = [m.start() for m in cls.suspect.finditer(text)]
        marks = [m.start() for m in cls.suspect_marks.finditer(text)]
        if marks:
            hits = sorted(hits + marks)
        if _may_be_astral(text):
            hits = sorted(hits + [m.start() for m in cls.astral.finditer(text)])
        reps = cls.repeat_letters
        repeats = [m.start() for m in cls.repeat.finditer(text) if m.group(1) in reps]
        if repeats:
            hits = sorted(hits + repeats)
        for p in hits:
            if p < done:
                continue
            ch = text[p]
            if ch in boundary and not (p and text[p - 1] in before_ok):
                continue
            if (ch in quotes or ch == KASHIDA) and _proclitic_quote(text, p, quotes, run_chars):
                continue
            s = p
            # a space with a kashida on both sides (قتـ ـلى) is inside the word: no word ends
            # or starts on a kashida
            while s > 0 and (text[s - 1] in run_chars or text[s - 1] == " " and s > 1
                             and text[s - 2] == KASHIDA and text[s] == KASHIDA):
                s -= 1
            e = p + 1
            while e < n and (text[e] in run_chars or text[e] == " " and e + 1 < n
                             and text[e - 1] == KASHIDA and text[e + 1] == KASHIDA):
                e += 1
            done = e
            if any(a < e and s < b for a, b in taken):
                continue
            # one letter standing alone right after the run (إ.ط_ل*ا ق): offered to its last word
            tail = (e + 1 < n and text[e] == " " and text[e + 1] in lone
                    and _ends_word(text, e + 2, run_chars, before_ok)
                    and not any(a <= e + 1 < b for a, b in taken))
            if tail:
                done = e + 2
            # a word repair may reach past its run to the word's edges: never over another repair
            for r in words.restore_run(text, s, e, tail):
                if r.start >= word_end and not any(a < r.end and r.start < b for a, b in taken):
                    repairs.append(r)
                    word_end = r.end
        repairs.sort(key=lambda r: r.start)
        return repairs

    def __call__(self, doc: Document) -> Document:
        return doc.with_restoration(self.find_repairs(doc.text))
