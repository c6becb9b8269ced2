"""The word list restoration decides with: zipf frequencies keyed by matching form.

Whether `إطـ.لاق` is one word or two is a question about Arabic, not about this article, so the
answer comes from a general frequency list (wordfreq's Arabic list) plus clitic stripping, never
from the words of any test document. The lexicon is injected into the `Restorer`; the default one
is built on first use, not at import.
"""
from __future__ import annotations

import math
import re
from typing import Mapping

from rasid.restore.data import Affixes, affixes
from rasid.text.normalize import matching_form

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
NO_WORD = -1.0


class Lexicon:
    """Zipf look-ups in matching form, with the best clitic analysis as a fallback.

    Args:
        zipf: matching form -> zipf frequency (log10 per billion words).
        raw: surface form -> zipf, used only where matching form merges what must be told apart
            (final ي against ى); optional.
        affix_data: clitic lists; defaults to `resources/restore/affixes.json`.
    """

    def __init__(self, zipf: Mapping[str, float], raw: Mapping[str, float] | None = None,
                 affix_data: Affixes | None = None):
        self._zipf = zipf
        self._raw = raw or {}
        self._aff = affix_data or affixes()
        self._cache: dict[str, float] = {}

    @classmethod
    def from_wordfreq(cls, lang: str = "ar", wordlist: str = "large") -> "Lexicon":
        """Build from wordfreq's installed list (no network); takes about a second."""
        import wordfreq

        freqs = wordfreq.get_frequency_dict(lang, wordlist)
        zipf: dict[str, float] = {}
        raw: dict[str, float] = {}
        for word, freq in freqs.items():
            if not _ARABIC_WORD.fullmatch(word):
                continue
            z = math.log10(freq * 1e9)
            raw[word] = z
            key = matching_form(word)
            if z > zipf.get(key, NO_WORD):
                zipf[key] = z
        return cls(zipf, raw)

    @classmethod
    def from_words(cls, words: Mapping[str, float]) -> "Lexicon":
        """A small lexicon from surface words -> zipf (tests, custom domains)."""
        zipf: dict[str, float] = {}
        for word, z in words.items():
            key = matching_form(word)
            zipf[key] = max(z, zipf.get(key, NO_WORD))
        return cls(zipf, dict(words))

    @property
    def affixes(self) -> Affixes:
        return self._aff

    def zipf(self, word: str) -> float:
        """Zipf of the exact matching form, or NO_WORD."""
        return self._zipf.get(matching_form(word), NO_WORD)

    def raw_zipf(self, word: str) -> float:
        """Zipf of the exact surface form (no normalisation), or NO_WORD."""
        return self._raw.get(word, NO_WORD)

    def score(self, word: str) -> float:
        """Best zipf over the word itself and its clitic analyses (each stripped part costs)."""
        key = matching_form(word)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        best = self._zipf.get(key, NO_WORD)
        aff = self._aff
        for pre in ("",) + aff.proclitics:
            if pre and not key.startswith(pre):
                continue
            rest = key[len(pre):]
            for suf in ("",) + aff.enclitics + aff.suffixes:
                if suf and not rest.endswith(suf):
                    continue
                stem = rest[:len(rest) - len(suf)] if suf else rest
                if len(stem) < aff.min_stem or (not pre and not suf):
                    continue
                z = self._zipf.get(stem)
                if z is None:
                    continue
                z -= aff.cost * (bool(pre) + bool(suf))
                if z > best:
                    best = z
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = best
        return best
