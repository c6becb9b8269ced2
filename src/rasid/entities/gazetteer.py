"""Longest-match look-up of knowledge-base aliases over a document's tokens.

A match may start inside its first token: conjunctions and prepositions (و ف ب ل ك) glue onto
names (بإدلب, وروسيا, لأردوغان, والأسد), so every clitic reading of the first token is tried and
the match's span starts after the stripped letters. Offsets are worked out on the restored text
and mapped back to the original by the caller through `Document.span_from_restored`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from rasid.kb import JOINERS, Candidate, KnowledgeBase
from rasid.text.normalize import matching_form
from rasid.text.tokens import segmentations


@dataclass(frozen=True)
class TokenView:
    """What the scans need of one token: restored offsets, matching form, word or not."""

    index: int
    rstart: int
    rend: int
    surface: str  # restored text of the token
    norm: str
    is_word: bool


@dataclass(frozen=True)
class Match:
    """Tokens [first, last] (inclusive) whose text, from `rstart`, is an alias key."""

    first: int
    last: int
    rstart: int  # restored offset, after any stripped clitic letters
    rend: int
    key: str
    stripped: str  # the clitic letters left out of the span ("" when none)
    candidates: tuple[Candidate, ...]


def token_views(doc) -> list[TokenView]:
    """The document's tokens with their restored offsets (computed once per document)."""
    clean = doc.clean
    out = []
    for i, t in enumerate(doc.tokens):
        rs, re_ = doc.restored_bounds(t)
        out.append(TokenView(i, rs, re_, clean[rs:re_], t.norm, t.is_word))
    return out


def surface_offset(surface: str, norm_chars: int) -> int:
    """Index in `surface` after its first `norm_chars` matching-form characters.

    Diacritics and kashida have no matching form, so they are skipped, and a stripped clitic
    never leaves a stray vowel mark in the span.
    """
    if norm_chars <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(surface):
        if matching_form(ch):
            seen += 1
            if seen == norm_chars:
                j = i + 1
                while j < len(surface) and not matching_form(surface[j]):
                    j += 1
                return j
    return len(surface)


@lru_cache(maxsize=1 << 16)
def first_token_readings(norm: str) -> tuple[tuple[str, int], ...]:
    """(form to look up, number of matching-form letters to strip) for a name's first word.

    The unsegmented word comes first. A reading that strips an article keeps it in the form
    (والأسد -> الاسد, 1 letter stripped). In لل (ل + ال, alef elided) preposition and article
    are fused in writing, so nothing is stripped: the span is the whole word (لليمن).
    """
    out: list[tuple[str, int]] = []
    seen = set()
    for prefixes, stem in segmentations(norm):
        if not prefixes:
            form, strip = norm, 0
        elif prefixes[-1] == "ال":
            form = "ال" + stem
            head = norm[: len(norm) - len(stem)]
            strip = len(head) - 2  # keep ال, or the fused لل
        else:
            form, strip = stem, len(norm) - len(stem)
        if form not in seen:
            seen.add(form)
            out.append((form, strip))
    return tuple(out)


def scan(views: Sequence[TokenView], kb: KnowledgeBase,
         accept: Callable[[Match], bool], has_key: Callable[[str], bool] | None = None,
         get: Callable[[str], Sequence[Candidate]] | None = None,
         skip: Callable[[int], bool] | None = None) -> list[Match]:
    """Greedy left-to-right longest matches, each one `accept`ed by the caller.

    Args:
        views: the document's tokens (`token_views`).
        kb: the knowledge base (its alias index and token-prefix set).
        accept: decides whether a match's candidates are supported where it stands; a rejected
            match lets a shorter one at the same place be tried.
        has_key, get: the index to use (default: the KB's aliases); titles use their own.
        skip: token indices that may not start a match (already covered).
    Returns:
        Non-overlapping matches in document order.
    """
    has_key = has_key or kb.has_key
    get = get or kb.candidates_by_key
    n = len(views)
    out: list[Match] = []
    i = 0
    while i < n:
        v = views[i]
        if not v.is_word or (skip and skip(i)):
            i += 1
            continue
        found: Match | None = None
        for form, strip in first_token_readings(v.norm):
            options = []
            key = form
            j = i
            while True:
                if views[j].is_word and has_key(key):
                    options.append((j, key))
                if not kb.has_prefix(key):
                    break
                # extend by the next token, skipping in-name joiners (-, /)
                j2 = j + 1
                while j2 < n and views[j2].norm in JOINERS:
                    j2 += 1
                if j2 >= n or (skip and skip(j2)):
                    break
                key = key + " " + views[j2].norm
                j = j2
            for j, key in reversed(options):
                if found is not None and j <= found.last:
                    break
                stripped = v.norm[:strip]
                rstart = v.rstart + surface_offset(v.surface, strip)
                m = Match(i, j, rstart, views[j].rend, key, stripped, tuple(get(key)))
                if accept(m):
                    found = m
                    break
        if found is not None:
            out.append(found)
            i = found.last + 1
        else:
            i += 1
    return out
