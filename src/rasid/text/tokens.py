"""Clitic-aware tokens with offsets.

Arabic attaches conjunctions, prepositions, the article and pronouns to words
(وبالمدينة = و + ب + ال + مدينة). Look-ups need the bare stem, while every output span must
still point at the original characters, so a token keeps its offsets and carries its
segmentation in matching form beside them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from rasid.data import load_yaml
from rasid.text.normalize import matching_form

# A word is a run of letters/digits (Arabic letters with their diacritics and kashida count as
# letters); "3.5" and "2020-01-09" stay whole; anything else is a one-character token.
_TOKEN = re.compile(
    r"\d+(?:[.,٫/:-]\d+)*"
    r"|[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]+"
    r"|[^\s]",
)
_MIN_STEM = 2


@lru_cache(maxsize=1)
def _clitics() -> dict:
    return load_yaml("text", "clitics.yaml")


def segmentations(norm: str) -> list[tuple[tuple[str, ...], str]]:
    """Every plausible (prefixes, stem) reading of a matching-form word, unsegmented first.

    Readings keep a stem of at least two letters; `لل` is read as ل + ال, as Arabic spells it.
    """
    c = _clitics()
    readings: list[tuple[tuple[str, ...], str]] = [((), norm)]
    for conj in ("", *c["conjunctions"]):
        if conj and not norm.startswith(conj):
            continue
        rest1 = norm[len(conj):]
        for prep in ("", *c["prepositions"]):
            if prep and not rest1.startswith(prep):
                continue
            rest2 = rest1[len(prep):]
            for art in ("", *c["article"]):
                if art:
                    if rest2.startswith(art):
                        rest3 = rest2[len(art):]
                    elif prep == "ل" and rest1.startswith("لل"):
                        rest3 = rest1[2:]  # لل = ل + ال with the alef dropped
                    else:
                        continue
                else:
                    rest3 = rest2
                prefixes = tuple(p for p in (conj, prep, art) if p)
                if prefixes and len(rest3) >= _MIN_STEM:
                    readings.append((prefixes, rest3))
    seen, unique = set(), []
    for r in readings:
        if r not in seen:
            seen.add(r)
            unique.append(r)
    return unique


def default_segmentation(norm: str) -> tuple[tuple[str, ...], str]:
    """The reading a token records: clitics are stripped only up to and with an article.

    و/ف/ب/ل alone are too often part of the word (وزارة, فرنسا, بيان, لبنان) to strip without
    a lexicon; before ال (وبالمدينة, للحكومة) they are reliable. Look-ups try every reading.
    """
    with_article = [r for r in segmentations(norm) if r[0] and r[0][-1] == "ال"]
    return max(with_article, key=lambda r: len(r[0])) if with_article else ((), norm)


def split_pronoun(stem: str) -> tuple[str, str]:
    """(stem, pronoun) for a stem ending in an attached pronoun, else (stem, "")."""
    for pron in _clitics()["pronouns"]:
        if stem.endswith(pron) and len(stem) - len(pron) >= 3:
            return stem[: -len(pron)], pron
    return stem, ""


def iter_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every token in `text`."""
    for m in _TOKEN.finditer(text):
        yield m.start(), m.end(), m.group()


def tokenize(doc):
    """Tokens of `doc.clean`, as `Token` spans with original offsets."""
    from rasid.document import Token

    out = []
    for start, end, surface in iter_tokens(doc.clean):
        norm = matching_form(surface)
        is_word = any(ch.isalnum() for ch in surface)
        prefixes, stem = default_segmentation(norm) if is_word else ((), norm)
        out.append(doc.span_from_restored(Token, start, end, norm=norm, prefixes=prefixes,
                                          stem=stem, is_word=is_word))
    return out
