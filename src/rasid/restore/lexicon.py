"""The word list restoration decides with: zipf frequencies keyed by matching form.

Whether `إطـ.لاق` is one word or two is a question about Arabic, not about this article, so the
answer comes from a general frequency list (wordfreq's Arabic list) plus clitic stripping, never
from the words of any test document. The lexicon is injected into the `Restorer`; the default one
is built on first use, not at import.
"""
from __future__ import annotations

import math
from typing import Mapping

from rasid.restore.data import Affixes, affixes
from rasid.text.normalize import matching_form

NO_WORD = -1.0


def _zipf(freq: float | None) -> float:
    return math.log10(freq) + 9 if freq else NO_WORD


class Lexicon:
    """Zipf look-ups in matching form, with the best clitic analysis as a fallback.

    Args:
        freq: matching form -> frequency (proportion of tokens); zipf is log10(freq) + 9.
        raw: surface form -> frequency, used where matching form merges what must be told apart
            (final ي against ى, `الأ` against `إلا`); optional.
        affix_data: clitic lists; defaults to `resources/restore/affixes.json`.
    """

    def __init__(self, freq: Mapping[str, float], raw: Mapping[str, float] | None = None,
                 affix_data: Affixes | None = None):
        self._freq = freq
        self._raw = raw or {}
        self._aff = affix_data or affixes()
        self._cache: dict[str, float] = {}

    @classmethod
    def from_wordfreq(cls, lang: str = "ar", wordlist: str = "large") -> "Lexicon":
        """Build from wordfreq's installed list (no network); about a second, once."""
        import wordfreq

        raw = wordfreq.get_frequency_dict(lang, wordlist)
        words = list(raw)
        # one translate over all words at once instead of 600k calls
        keys = matching_form("\n".join(words)).split("\n")
        if len(keys) != len(words):
            raise ValueError(f"wordfreq list {lang}/{wordlist} has a word with a line break")
        freqs = list(raw.values())
        if freqs == sorted(freqs, reverse=True):
            # wordfreq lists are most-frequent first: built in reverse, the most frequent
            # spelling of each matching form is written last and wins, all in C
            index = dict(zip(reversed(keys), reversed(freqs)))
        else:
            index = {}
            for key, f in zip(keys, freqs):
                if f > index.get(key, 0.0):
                    index[key] = f
        return cls(index, raw)

    @classmethod
    def from_words(cls, words: Mapping[str, float]) -> "Lexicon":
        """A small lexicon from surface words -> zipf (tests, custom domains)."""
        raw = {w: 10 ** (z - 9) for w, z in words.items()}
        index: dict[str, float] = {}
        for word, f in raw.items():
            key = matching_form(word)
            index[key] = max(f, index.get(key, 0.0))
        return cls(index, raw)

    def surface_zipfs(self):
        """(surface word, zipf) pairs, most frequent first (the raw list when there is one)."""
        src = self._raw or self._freq
        return ((w, _zipf(f)) for w, f in sorted(src.items(), key=lambda kv: -kv[1]))

    @property
    def affixes(self) -> Affixes:
        return self._aff

    def zipf(self, word: str) -> float:
        """Zipf of the exact matching form, or NO_WORD."""
        return _zipf(self._freq.get(matching_form(word)))

    def raw_zipf(self, word: str) -> float:
        """Zipf of the exact surface form (no normalisation), or NO_WORD."""
        return _zipf(self._raw.get(word))

    def score(self, word: str) -> float:
        """Best zipf over the word itself and its clitic analyses (each stripped part costs)."""
        key = matching_form(word)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        freq = self._freq
        best = _zipf(freq.get(key))
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
                f = freq.get(stem)
                if not f:
                    continue
                z = _zipf(f) - aff.cost * (bool(pre) + bool(suf))
                if z > best:
                    best = z
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = best
        return best
