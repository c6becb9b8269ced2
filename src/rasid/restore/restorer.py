"""The restoration stage: `Document -> Document` with a repairs layer and the restored text."""
from __future__ import annotations

from typing import Callable

from rasid.document import Document, Repair
from rasid.restore.chars import classes
from rasid.restore.data import abbreviations
from rasid.restore.lexicon import Lexicon
from rasid.restore.spacing import spacing_repairs
from rasid.restore.words import WordRestorer


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
        done = -1
        n = len(text)
        boundary, before_ok = cls.boundary, cls.before_ok
        hits = [m.start() for m in cls.suspect.finditer(text)]
        reps = cls.repeat_letters
        repeats = [m.start() for m in cls.repeat.finditer(text) if m.group(1) in reps]
        if repeats:
            hits = sorted(hits + repeats)
        for p in hits:
            if p < done:
                continue
            if text[p] in boundary and not (p and text[p - 1] in before_ok):
                continue
            s = p
            while s > 0 and text[s - 1] in run_chars:
                s -= 1
            e = p + 1
            while e < n and text[e] in run_chars:
                e += 1
            done = e
            if any(a < e and s < b for a, b in taken):
                continue
            repairs.extend(words.restore_run(text, s, e))
        repairs.sort(key=lambda r: r.start)
        return repairs

    def __call__(self, doc: Document) -> Document:
        return doc.with_restoration(self.find_repairs(doc.text))
