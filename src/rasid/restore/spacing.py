"""Letters spaced apart (`ق ص ف`, `ا ل ق ص ف`, `ق . ص . ف`, `ق. ص. ف`): rejoined when the letters
spell known words.

Arabic has no one-letter words standing alone (و attaches to the next word), so three or more
single letters in a row are either an abbreviation written with spaces (`أ ف ب`) or a spaced-out
word. The letters are segmented into lexicon words by dynamic programming; a run that does not
segment completely into attested words, or is a known abbreviation, is left as it is. Letters
spaced with a mark as well (`ق . ص . ف`, `ق- ص- ف`) are read the same way, more strictly when
the mark is a dot and the run is short: `أ. ف. ب.` is how abbreviations and initials are written,
so three or four dotted letters must spell one attested word, and not a known abbreviation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasid.document import Repair
from rasid.restore.chars import CORE_LETTERS
from rasid.restore.data import Abbreviations
from rasid.restore.lexicon import Lexicon
from rasid.text.normalize import matching_form

T_SEGMENT = 3.5     # each rebuilt word must be at least this frequent
T_WHOLE = 3.0       # a long run (>= LONG_RUN letters) reads as one word at this frequency...
T_LONG_WORD = 2.0   # ...or at this one when it cuts into no words at all (names: شتاينماير)
T_DOTTED = T_SEGMENT  # three or four dotted, spaced letters must spell one word this frequent
LONG_RUN = 5
MAX_RUN = 40
# marks seen between spaced letters; a run with no space at all (ق.ص.ف) is the word rules' job
MARKS = ".\\-_*\u00b7\u2022:/|+~\u060c,"
# one spaced letter, with the tanween or shadda that may follow it (ح ص ا ر اً)
_UNIT = f"[{CORE_LETTERS}][\u064b-\u0652]*"


@lru_cache(maxsize=1)
def spaced_run() -> re.Pattern:
    """Three or more single Arabic letters separated by single spaces, standing alone: after a
    space or opening quote, before a space or a closing mark that no letter follows."""
    sep = rf"(?: |[{MARKS}] | [{MARKS}] ?)"
    return re.compile(
        rf"(?<![^\s«\"“(\[]){_UNIT}(?:{sep}{_UNIT}){{2,}}"
        rf"(?=$|\s|/|[.،,؛:!?؟)\]»\"”](?![{CORE_LETTERS}\u0640\u064b-\u0655]))")


@lru_cache(maxsize=1)
def _prefilters() -> tuple[re.Pattern, re.Pattern]:
    # every run of three spaced letters contains "space, letter, space, letter"; a pattern that
    # starts with a literal is searched at C speed, so articles without one cost almost nothing
    # (`ق. ص`, `ق . ص` hold "space, letter, mark"; `(ق .ص .ف)` holds "space, mark, letter,
    # space"); two patterns that start with a space run faster than one alternation
    return (re.compile(rf" [{CORE_LETTERS}](?: [{CORE_LETTERS}]| ?[{MARKS}])"),
            re.compile(rf" [{MARKS}][{CORE_LETTERS}] "))


_LETTER = re.compile(f"[{CORE_LETTERS}]")
_UNITS = re.compile(_UNIT)
# letters joined by a mark with or without spaces around it, never by a plain space alone
_PART = re.compile(rf"{_UNIT}(?:(?: ?[{MARKS}] ?){_UNIT})*")
_LETTERS = frozenset(c for c in map(chr, range(0x0621, 0x064B)) if _LETTER.match(c))
_STARTERS = frozenset(MARKS.replace("\\", "")) | {" "}  # what may follow a spaced run's first letter


def segment(letters: str, lex: Lexicon) -> list[str] | None:
    """Cut of `letters` into the fewest attested words (each >= 2 letters), best-scored among
    those; None when no cut exists. Fewest first: a spaced-out word is one word, and a frequent
    short word (ان) must not split it (ان فجار for انفجار)."""
    n = len(letters)
    best: list[tuple[int, float, int] | None] = [None] * (n + 1)
    best[0] = (0, 0.0, 0)
    for i in range(2, n + 1):
        for j in range(max(0, i - 15), i - 1):
            if best[j] is None:
                continue
            word = letters[j:i]
            z = lex.score(word)
            if z < T_SEGMENT or len(set(word)) == 1:  # و و و is a stammer, not a word
                continue
            cand = (best[j][0] + 1, best[j][1] - z, j)
            if best[i] is None or cand[:2] < best[i][:2]:
                best[i] = cand
    if best[n] is None:
        return None
    words, i = [], n
    while i > 0:
        j = best[i][2]
        words.append(letters[j:i])
        i = j
    return words[::-1]


def _runs(text: str, hits: list[int]):
    """The spaced runs around prefilter hits: a run starts at most three characters before a hit
    (`ق . ص`: letter, space, mark) or right after it; scanning only there is what keeps clean
    text fast (the run pattern starts with a look-behind, which the regex engine cannot skip)."""
    run, done = spaced_run(), 0
    for h in hits:
        if h < done:
            continue
        for s in range(max(done, h - 3), h + 2):
            m = run.match(text, s)
            if m:
                done = m.end()
                yield m
                break


def spacing_repairs(text: str, lex: Lexicon, abbr: Abbreviations) -> list[Repair]:
    """Repairs for every spaced-out word in `text`."""
    out: list[Repair] = []
    pre, dotted = _prefilters()
    hits = [h.start() for h in pre.finditer(text)]
    more = [h.start() - 1 for h in dotted.finditer(text)]  # `ق .ص`: the run starts before
    if more:
        hits = sorted(hits + more)
    if text[:1] in _LETTERS and text[1:2] in _STARTERS:
        hits.insert(0, 0)
    if not hits:
        return out
    for m in _runs(text, hits):
        units = _UNITS.findall(m.group())
        letters = "".join(units)
        marks = set(m.group()) - set(letters) - {" "}
        if marks:
            out.extend(_marked_run(m, lex, abbr, marks))
            continue
        if len(units) > MAX_RUN or matching_form(letters) in abbr.joined:
            continue
        words = segment(letters, lex)
        if len(units) >= LONG_RUN:
            # five or more spaced letters are no abbreviation, and a spaced run is most often
            # one word: read it whole when it is a word, or the only reading (names: شتاينماير)
            whole = lex.score(letters)
            if whole >= T_WHOLE or (words is None and whole >= T_LONG_WORD):
                words = [letters]
        if words is None:
            continue
        z = min(lex.score(w) for w in words)
        conf = 0.95 if z >= 4.5 else 0.8 if z >= T_SEGMENT else 0.7
        out.append(Repair(start=m.start(), end=m.end(), text=m.group(), after=" ".join(words),
                          kind="spacing", confidence=conf))
    return out


def _marked_run(m: re.Match, lex: Lexicon, abbr: Abbreviations, marks) -> list[Repair]:
    """A run of letters spaced with marks (`ق . ص . ف`, `ق. ص. ف`): the marks sit between the
    letters of one word, so a plain space in the run is a word boundary (`ا .ل .س .ب .س .ي
    و. ا. ل. غ. ن. و. ش. ي` is two words), and each part is read as one word or left."""
    out = []
    kind = "dot+spacing" if marks <= {"."} else "punctuation+spacing"
    for part in _parts(m):
        units = _UNITS.findall(part.group())
        word = "".join(units)
        n = len(units)
        if n < 3 or n > MAX_RUN or matching_form(word) in abbr.joined or len(set(word)) == 1:
            continue  # أ. ف. ب., ص. ب: the dotted letters of an abbreviation
        z = lex.score(word)
        # three dotted letters are how initials are written: they must spell a clear word
        if z < (T_DOTTED if n == 3 else T_LONG_WORD):
            continue
        conf = 0.9 if z >= 4.5 else 0.8 if z >= T_SEGMENT else 0.7
        out.append(Repair(start=part.start(), end=part.end(), text=part.group(), after=word,
                          kind=kind, confidence=conf))
    return out


def _parts(m: re.Match):
    """The stretches of a marked run between plain single spaces, as matches."""
    return _PART.finditer(m.string, m.start(), m.end())
