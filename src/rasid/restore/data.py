"""Restoration's data files, read once from `rasid/resources/restore/`.

Character maps and abbreviation lists are data, not code, so a reviewer can extend them without
touching the decision logic; everything here is loaded lazily and cached.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasid.data import resource_path
from rasid.text.normalize import matching_form

RESOURCES = resource_path("restore")
_PF_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC))


def _read(name: str) -> str:
    path = RESOURCES / name
    if not path.exists():
        raise FileNotFoundError(f"restoration data file missing: {path} (reinstall rasid)")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Affixes:
    """Clitic and affix lists (matching form) used to score words."""

    proclitics: tuple[str, ...]
    enclitics: tuple[str, ...]
    suffixes: tuple[str, ...]
    cost: float
    min_stem: int


@dataclass(frozen=True)
class CharData:
    """Character classes and maps the scanner and the word rules share."""

    zero_width: frozenset[str]
    joiners: frozenset[str]
    unlisted: frozenset[str]  # other punctuation and symbols, by Unicode category
    sentence: frozenset[str]  # marks that end a sentence (! ? ؟ ؛), and narrow spaces
    narrow: frozenset[str]    # spaces narrower than a word space
    boundary: frozenset[str]  # marks that touch words legitimately (: / quotes brackets)
    quotes: frozenset[str]    # the boundary marks that are quotes or brackets
    lookalikes: dict[str, str]
    regional: frozenset[str]  # look-alikes that are mapped only into an attested word
    final_yeh: str
    persian_only: frozenset[str]
    persian_markers: frozenset[str]
    presentation: dict[str, str]  # presentation form -> its NFKC letters
    homoglyphs: dict[str, str]
    repeat_letters: str
    dotless_signals: frozenset[str]
    rasm_classes: dict[str, str]
    rasm_final: dict[str, str]
    noise_marks: frozenset[str]
    harakat: frozenset[str]
    no_mark_letters: frozenset[str]


@dataclass(frozen=True)
class Abbreviations:
    """Known dotted abbreviations (matching form, dots removed) and the letters used as titles
    (as written)."""

    joined: frozenset[str]
    titles: frozenset[str]


def _presentation_map(keep: set[str]) -> dict[str, str]:
    out = {}
    for lo, hi in _PF_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch in keep:
                continue
            norm = unicodedata.normalize("NFKC", ch)
            if norm == ch or not norm.strip():
                continue
            # the isolated harakat forms (U+FE70..) decompose to "space + mark"; the space is an
            # artefact of the compatibility mapping, not part of the text
            out[ch] = norm.lstrip(" ")
    return out


# where the format controls and variation selectors outside the BMP live (tags, musical and
# shorthand format controls, Egyptian hieroglyph format controls)
_ASTRAL_FORMAT = ((0x110BD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
                  (0xE0000, 0xE007F), (0xE0100, 0xE01EF))


def _by_category(cats: set[str], astral: bool) -> set[str]:
    out = {chr(c) for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) in cats}
    if astral:
        out |= {chr(c) for lo, hi in _ASTRAL_FORMAT for c in range(lo, hi + 1)
                if unicodedata.category(chr(c)) in cats or 0xE0100 <= c}
    return out


@lru_cache(maxsize=1)
def char_data() -> CharData:
    raw = json.loads(_read("chars.json"))
    un = raw["unlisted"]
    listed = set(raw["joiner_punctuation"]["chars"]) | set(raw["boundary_punctuation"]["chars"])
    listed |= set(raw["homoglyphs"]["map"]) | set(un["never"])
    variation = {chr(c) for c in range(0xFE00, 0xFE10)}
    invisible = (_by_category(set(un["invisible_categories"]), astral=True) | variation) - set(
        un["visible_format"])
    ascii_marks = {c for c in map(chr, range(0x21, 0x80))
                   if unicodedata.category(c) in set(un["mark_categories"])}
    marks = (_by_category(set(un["mark_categories"]), astral=False) | ascii_marks) - listed
    # the ornate parentheses ﴾﴿ sit among the presentation forms, which are read as letters
    marks = {c for c in marks if not any(lo <= ord(c) <= hi for lo, hi in _PF_RANGES)}
    return CharData(
        zero_width=frozenset(raw["zero_width"]["chars"]) | frozenset(invisible),
        joiners=frozenset(raw["joiner_punctuation"]["chars"]) | frozenset(
            raw["narrow_spaces"]["chars"]),
        unlisted=frozenset(marks),
        sentence=frozenset(un["sentence"]) | frozenset(raw["narrow_spaces"]["chars"]),
        narrow=frozenset(raw["narrow_spaces"]["chars"]),
        boundary=frozenset(raw["boundary_punctuation"]["chars"]),
        quotes=frozenset(raw["boundary_punctuation"]["quotes"]),
        lookalikes={**raw["lookalikes"]["map"],
                    **{k: v for k, v in raw["lookalikes"]["regional"].items() if k != "_about"}},
        regional=frozenset(k for k in raw["lookalikes"]["regional"] if k != "_about"),
        final_yeh=raw["lookalikes"]["final_yeh"],
        persian_only=frozenset(raw["persian_only"]["chars"]),
        persian_markers=frozenset(raw["persian_markers"]["words"]),
        presentation=_presentation_map(set(raw["presentation_forms"]["keep"])),
        homoglyphs=dict(raw["homoglyphs"]["map"]),
        repeat_letters=raw["repeated_letters"]["chars"],
        dotless_signals=frozenset(raw["dotless"]["signals"]),
        rasm_classes=dict(raw["dotless"]["classes"]),
        rasm_final=dict(raw["dotless"]["final"]),
        noise_marks=frozenset(raw["noise_marks"]["chars"]),
        harakat=frozenset(raw["noise_marks"]["harakat"]),
        no_mark_letters=frozenset(raw["noise_marks"]["no_mark_letters"]),
    )


@lru_cache(maxsize=1)
def affixes() -> Affixes:
    raw = json.loads(_read("affixes.json"))
    return Affixes(tuple(raw["proclitics"]), tuple(raw["enclitics"]), tuple(raw["suffixes"]),
                   float(raw["cost"]), int(raw["min_stem"]))


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    joined, titles = set(), set()
    for line in _read("abbreviations.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@titles"):
            titles.update(line.split()[1:])  # as written: أ. is a title, ا. is not
            continue
        joined.add(matching_form(line.replace(".", "")))
    return Abbreviations(frozenset(joined), frozenset(titles))
