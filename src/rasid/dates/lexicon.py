"""The date vocabulary, loaded from `resources/dates/*.yaml` into look-up tables and regexes.

Month names, number words, weekdays and relative words are data, kept in YAML so that a
spelling found in the wild is a one-line fix. Everything is stored in matching form
(`rasid.text.normalize.matching_form`) because the grammar runs over the matching form of the
restored text: one spelling per word, whatever alef, hamza, ta marbuta or diacritics were used.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from rasid.data import load_yaml
from rasid.text.normalize import matching_form



_LIL = re.compile(r"(?<![^\W\d_])([وف]?ل)(?=ل[^\W\d_])")


def open_lil(text: str) -> str:
    """ل + ال is written لل (للعام, للثامن); spell it out as لال so the article is seen.

    Applied to the compact text and to every lexicon entry alike, so both sides agree.
    """
    return _LIL.sub(r"\1ا", text)


def _norm(word: str) -> str:
    """Matching form of a lexicon entry, with runs of spaces collapsed."""
    return open_lil(" ".join(matching_form(str(word)).split()))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of matching-form phrases, longest first so the regex prefers them.

    Spaces inside a phrase match any run of white space in the text.
    """
    forms = sorted({_norm(w) for w in words if str(w).strip()}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in f.split(" ")) for f in forms) + ")"


def _inverse(table: Mapping, key_type=int) -> dict[str, int]:
    """{number: [spellings]} -> {matching form: number}."""
    out: dict[str, int] = {}
    for number, words in table.items():
        for w in words:
            out[_norm(w)] = key_type(number)
    return out


def lookup(table: Mapping[str, object], text: str):
    """Value of a matched phrase in a matching-form table (white space normalised)."""
    return table.get(" ".join(text.split()))


@dataclass(frozen=True)
class Lexicon:
    """Look-up tables (matching form -> value) and the words the grammar is built from."""

    months: dict[str, int]            # every Gregorian system together
    month_systems: dict[str, dict[str, int]]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    cardinals: dict[str, int]
    hours: dict[str, int]
    day_ordinals: dict[str, int]
    minutes: dict[str, int]
    day_parts: dict[str, tuple[str, int]]   # word -> (name, hour shift)
    units: dict[str, tuple[str, int | None]]  # word -> (unit, count: 1, 2 or None for plural)
    relative_days: dict[str, int]
    qualifiers: dict[str, str]        # word -> past | current | next
    period_nouns: dict[str, str]      # word -> week | month | year
    parts: dict[str, str]             # word -> early | mid | late
    part_days: dict[str, int]
    part_months: dict[str, tuple[int, int]]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[str, int, int]]  # word -> (calendar, month, day)
    words: dict[str, list[str]]       # small grammar words by role, matching form
    tense_cues: dict[str, frozenset[str]]

    def alt(self, name: str) -> str:
        """Regex alternation for one of the tables or word lists, by attribute/role name."""
        value = getattr(self, name, None)
        if value is None:
            value = self.words[name]
        return alternation(value)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the YAML resources once (on first use, never at import time)."""
    months_doc = load_yaml("dates", "months.yaml")
    words_doc = load_yaml("dates", "words.yaml")

    systems = {name: _inverse(table) for name, table in months_doc["gregorian"].items()}
    months: dict[str, int] = {}
    for table in systems.values():
        for word, number in table.items():
            if months.get(word, number) != number:
                raise ValueError(f"months.yaml: {word!r} names two different months")
            months[word] = number

    day_parts: dict[str, tuple[str, int]] = {}
    for name, spec in words_doc["day_parts"].items():
        for w in spec["words"]:
            day_parts[_norm(w)] = (name, int(spec["shift"]))

    units: dict[str, tuple[str, int | None]] = {}
    for unit, forms in words_doc["units"].items():
        for form, count in (("singular", 1), ("dual", 2), ("plural", None)):
            for w in forms[form]:
                units[_norm(w)] = (unit, count)

    qualifiers = {_norm(w): kind for kind, ws in words_doc["qualifiers"].items() for w in ws}
    # plural and dual agreement (الأيام الماضية, اليومين الماضيين, الشهرين المقبلين)
    for kind, extra in (("past", ["الماضيين", "الماضيتين", "السابقين"]),
                        ("next", ["المقبلين", "المقبلتين", "القادمين"])):
        qualifiers.update({_norm(w): kind for w in extra})

    parts = {_norm(w): name for name, spec in words_doc["parts"].items() for w in spec["words"]}
    seasons = {_norm(w): name for name, spec in words_doc["seasons"].items() for w in spec["words"]}
    small = {k: [_norm(w) for w in v] for k, v in words_doc.items()
             if isinstance(v, list) and all(isinstance(w, str) for w in v)}
    return Lexicon(
        months=months,
        month_systems=systems,
        ambiguous_months=frozenset(_norm(w) for w in months_doc["ambiguous"]),
        hijri_months=_inverse(months_doc["hijri"]),
        weekdays=_inverse(words_doc["weekdays"]),
        cardinals=_inverse(words_doc["cardinals"]),
        hours=_inverse(words_doc["hours"]),
        day_ordinals=_inverse(words_doc["day_ordinals"]),
        minutes=_inverse(words_doc["minutes"]),
        day_parts=day_parts,
        units=units,
        relative_days=_inverse(words_doc["relative_days"]),
        qualifiers=qualifiers,
        period_nouns={_norm(w): k for k, ws in words_doc["period_nouns"].items() for w in ws},
        parts=parts,
        part_days={k: int(v["day"]) for k, v in words_doc["parts"].items() if "day" in v},
        part_months={k: tuple(v["months"]) for k, v in words_doc["parts"].items()},
        seasons=seasons,
        season_months={k: tuple(v["months"]) for k, v in words_doc["seasons"].items()},
        holidays={_norm(w): (cal, int(spec["date"][0]), int(spec["date"][1]))
                  for cal, table in words_doc["holidays"].items()
                  for spec in table.values() for w in spec["words"]},
        words=small,
        tense_cues={k: frozenset(_norm(w) for w in v) for k, v in words_doc["tense_cues"].items()},
    )
