"""Sentence splitting that knows Arabic punctuation and news-page furniture.

Lines are paragraphs; inside a line a sentence ends at . ! ? ؟ ؛ (and closing quotes after
them), but not inside a number (3.5), after a one-letter abbreviation (د.محمد, د.ب.أ) or inside
an ellipsis. A short line with no final punctuation is a heading; lines opening with a teaser
or caption formula are boilerplate, so no stage treats them as reported facts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasid.data import load_yaml
from rasid.document import Sentence
from rasid.text.normalize import matching_form

_END = re.compile(r"(?:[.!?؟؛]+|…)[\"'”»)\]]*(?=\s|$)|(?<=[^\W\d_]{3})\.(?=[^\W\d_]{2})")
_HEADING_MAX_WORDS = 14


@lru_cache(maxsize=1)
def _openings() -> dict[str, tuple[str, ...]]:
    raw = load_yaml("text", "boilerplate.yaml")
    return {kind: tuple(matching_form(o) for o in openings) for kind, openings in raw.items()}


def line_kind(line: str) -> str:
    """body, heading, teaser or caption for one stripped line."""
    norm = matching_form(line)
    for kind, openings in _openings().items():
        if norm.startswith(openings):
            return kind
    if not _END.search(line) and not line.endswith(":") and len(line.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "body"


def split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence inside one line (offsets relative to the line)."""
    bounds, start = [], 0
    for m in _END.finditer(line):
        end = m.end()
        if line[start:end].strip():
            bounds.append((start, end))
        start = end
    if line[start:].strip():
        bounds.append((start, len(line)))
    trimmed = []
    for s, e in bounds:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


def split_sentences(doc) -> list[Sentence]:
    """Sentences of `doc.clean` as spans with original offsets; teaser lines stay whole.

    A text with no body line at all (a post, a headline, a one-line JSONL item) is its own
    body: its lines are not headings of an article that is not there.
    """
    lines, pos = [], 0
    for line in doc.clean.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, body, line_kind(body.strip()) if body.strip() else None))
        pos += len(line)
    if not any(kind == "body" for _, _, kind in lines):
        lines = [(p, b, "body" if k == "heading" else k) for p, b, k in lines]
    out: list[Sentence] = []
    for pos, body, kind in lines:
        if kind:
            pieces = [(0, len(body))] if kind in ("teaser", "caption", "heading") else split_line(body)
            for s, e in pieces:
                while s < e and body[s].isspace():
                    s += 1
                while e > s and body[e - 1].isspace():
                    e -= 1
                out.append(doc.span_from_restored(
                    Sentence, pos + s, pos + e, boilerplate=kind in ("teaser", "caption"), kind=kind))
    return out
