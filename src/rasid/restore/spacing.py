"""Letters spaced apart (`ق ص ف`, `ا ل ق ص ف`): rejoined when the letters spell known words.

Arabic has no one-letter words standing alone (و attaches to the next word), so three or more
single letters in a row are either an abbreviation written with spaces (`أ ف ب`) or a spaced-out
word. The letters are segmented into lexicon words by dynamic programming; a run that does not
segment completely into attested words, or is a known abbreviation, is left as it is.
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
LONG_RUN = 5
MAX_RUN = 40


@lru_cache(maxsize=1)
def spaced_run() -> re.Pattern:
    """Three or more single Arabic letters separated by single spaces, standing alone: after a
    space or opening quote, before a space or a closing mark that no letter follows."""
    return re.compile(
        rf"(?<![^\s«\"“(\[])[{CORE_LETTERS}](?: [{CORE_LETTERS}]){{2,}}"
        rf"(?=$|\s|/|[.،,؛:!?؟)\]»\"”](?![{CORE_LETTERS}\u0640\u064b-\u0655]))")


@lru_cache(maxsize=1)
def _prefilter() -> re.Pattern:
    # every run of three spaced letters contains "space, letter, space, letter"; a pattern that
    # starts with a literal is searched at C speed, so articles without one cost almost nothing
    return re.compile(rf" [{CORE_LETTERS}] [{CORE_LETTERS}]")


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


def spacing_repairs(text: str, lex: Lexicon, abbr: Abbreviations) -> list[Repair]:
    """Repairs for every spaced-out word in `text`."""
    out: list[Repair] = []
    if not _prefilter().search(text):
        return out
    for m in spaced_run().finditer(text):
        letters = m.group().replace(" ", "")
        if len(letters) > MAX_RUN or matching_form(letters) in abbr.joined:
            continue
        words = segment(letters, lex)
        if len(letters) >= LONG_RUN:
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
