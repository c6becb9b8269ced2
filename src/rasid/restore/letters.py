"""Letter-level rules for one restored word: look-alikes, dotless rasm, homoglyphs, repeated
letters and noise diacritics.

Each rule rewrites letters inside a word without moving a word boundary, and each is decided by
the lexicon: a letter is replaced only when the result is a better-attested word than what is
written. The word rules (`words.py`) decide boundaries and call `rewrite` on each word they emit.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from rasid.restore.chars import SHADDA, SUKUN, Classes
from rasid.restore.lexicon import NO_WORD, Lexicon
from rasid.restore.rasm import Rasm

T_WORD = 3.0        # a word at or above this is a plausible word on its own
T_RARE = 2.0        # attested at all: enough where the written form cannot be right
T_STANDALONE = 3.7  # both pieces at least this frequent as written: read as two words
MARGIN = 0.5        # how much more frequent a reading must be than a competing one
CLITIC_ONLY = 0.7   # extra cost of a form attested only through matching form or clitics
_TANWEEN = frozenset("\u064b\u064c\u064d")


class Letters:
    """The letter rules, sharing the lexicon and character classes.

    Args:
        lexicon: the word list readings are scored with.
        cls: compiled character classes and data.
        standalone: how plausible a piece is as a word of its own (from the word rules).
    """

    def __init__(self, lexicon: Lexicon, cls: Classes, standalone: Callable[[str], float]):
        self.lex = lexicon
        self.cls = cls
        self.data = cls.data
        self._standalone = standalone
        self.rasm = Rasm(lexicon, cls.data.rasm_classes, cls.data.rasm_final,
                         cls.data.dotless_signals)
        self._repeat = re.compile(f"([{cls.data.repeat_letters}])\\1{{2,}}")
        # set look-ups in C: these run on every word a scan brings in, most of them clean
        self._looks = frozenset(cls.data.lookalikes)
        self._vowels = cls.data.harakat - _TANWEEN

    def rewrite(self, word: str, persian: bool) -> tuple[str, float, list[str]]:
        """`word` with look-alikes, dotless letters, homoglyphs and repeats undone, the lowest
        confidence, and the kinds applied. In a Persian/Urdu/Kurdish sentence only repeats."""
        conf, kinds = 1.0, []
        steps = [] if persian else [(self.lookalike, "lookalike"), (self.dotless, "dotless"),
                                    (self.homoglyph, "homoglyph")]
        for step, kind in steps + [(self.collapse, "repeated-letter")]:
            mapped, c = step(word)
            if mapped != word:
                word, conf = mapped, min(conf, c)
                kinds.append(kind)
        return word, conf, kinds

    def dotless(self, word: str) -> tuple[str, float]:
        """A word written without dots (ٯصڡ) read through the rasm index."""
        if not self.rasm.is_dotless(word):
            return word, 1.0
        read = self.rasm.read(word)
        return (word, 1.0) if read is None else read

    def plain(self, word: str) -> str:
        """Every letter rule applied for scoring (no confidence): what the word reads as."""
        looks = self.data.lookalikes
        if not self._looks.isdisjoint(word):
            word = "".join(looks.get(c, c) for c in word)
        if self.rasm.is_dotless(word):
            read = self.rasm.read(word)
            if read is not None:
                word = read[0]
        if self.cls.homoglyph.search(word):
            word = self.homoglyph(word)[0]
        if self._repeat.search(word):
            word = self.collapse(word)[0]
        return word

    def homoglyph(self, word: str) -> tuple[str, float]:
        """A digit or Latin/Cyrillic/Greek letter between two Arabic letters read as the letter
        it is drawn like (السل١ح), when that spells an attested word."""
        hg = self.cls.homoglyph
        if not hg.search(word):
            return word, 1.0
        table = self.data.homoglyphs
        mapped = hg.sub(lambda m: table[m.group()], word)
        z = self.lex.score(mapped)
        found = hg.findall(word)
        digit = any(c.isdigit() for c in found)
        # a Latin, Cyrillic or Greek letter or an Arabic-Indic digit has no business inside an
        # Arabic word, so any attested reading will do (تحlصر, مع١قل); a Western digit is often
        # a number run into words (منذ1سنة), so only a frequent one
        if z < (T_WORD + MARGIN if any(c.isascii() and c.isdigit() for c in found) else T_RARE):
            return word, 1.0
        if digit:
            # a number run into two words (منذ1سنة) stays as written unless the letter reading
            # is clearly the more frequent (الجن٩بي: الجنوبي against الجن + بي)
            parts = [self._standalone(p) for p in hg.split(word)]
            if min(parts) >= T_STANDALONE and z < max(parts) + MARGIN:
                return word, 1.0
        return mapped, 0.9 if z >= 4.5 else 0.75

    def collapse(self, word: str) -> tuple[str, float]:
        """A consonant typed three or more times (قصففف, الللسلاح) cut to the one or two copies
        that spell the most frequent word; unchanged when neither is a word."""
        runs = list(self._repeat.finditer(word))
        if not runs or len(runs) > 3 or (len(runs) == 1 and runs[0].group() == self.bare(word)):
            # one letter and nothing else (ممممم, ششش) is a sound, written as heard
            return word, 1.0
        best, best_z = word, NO_WORD
        for counts in product((1, 2), repeat=len(runs)):
            out, prev = [], 0
            for m, k in zip(runs, counts):
                out.append(word[prev:m.start()] + m.group(1) * k)
                prev = m.end()
            cand = "".join(out) + word[prev:]
            # as written first: matching form reads إللا as ال + لا and would prefer it to إلا
            z = max(self.lex.raw_zipf(self.bare(cand)), self.lex.score(cand) - CLITIC_ONLY)
            if z > best_z:
                best, best_z = cand, z
        if best_z < T_WORD - CLITIC_ONLY:
            return word, 1.0
        return best, 0.9 if best_z >= 4.0 else 0.7

    def lookalike(self, word: str) -> tuple[str, float]:
        """Persian/Urdu look-alikes -> Arabic letters, when the Arabic reading is a better word."""
        looks = self.data.lookalikes
        if self._looks.isdisjoint(word):
            return word, 1.0
        mapped = [looks.get(c, c) for c in word]
        last = max((i for i, c in enumerate(word) if self.cls.is_letter(c)), default=-1)
        if last >= 0 and word[last] == self.data.final_yeh:
            alt = mapped.copy()
            alt[last] = "\u0649"
            if self.lex.raw_zipf(self.bare(alt)) > self.lex.raw_zipf(self.bare(mapped)):
                mapped = alt
        mapped_s = "".join(mapped)
        z_new = self.lex.score(mapped_s)
        # matching form already reads ی as ي, so compare against the surface form as written
        z_old = self.lex.raw_zipf(self.bare(word))
        if z_new <= z_old:
            return word, 1.0
        if z_new < T_RARE and not self.data.regional.isdisjoint(word):
            # a Kurdish or Sindhi letter in a word that maps to no attested Arabic word is its
            # own letter (a name); in an Arabic sentence any attested reading will do (اڵمخڕاج)
            return word, 1.0
        if z_new < T_WORD - 0.5:
            # a rare word (المتصدیة) in Arabic text: the Persian letter is still the outlier
            return mapped_s, 0.7
        return mapped_s, 0.95 if z_new >= T_WORD + 0.5 else 0.8

    def bare(self, chars) -> str:
        return "".join(c for c in chars if not self.cls.is_mark(c))

    def strip_noise(self, word: str) -> str | None:
        """Remove sukun/shadda sprinkled as noise; None when the marks could be real.

        A mark is impossible where Arabic orthography cannot have it: on a word's first letter,
        on bare alef/alef maqsura/ta marbuta (except the shadda typed after lam-alef, `إلاّ`),
        stacked with another sukun/shadda, sukun before a long alef, or two sukuns in a row
        inside a word. Three or more sukun/shadda in an otherwise unvocalised word is noise too.
        Words with fatha, damma or kasra are never touched; tanween alone (تصعيداً) does not
        make a word vocalised, since unvocalised news writes it.
        """
        noise = self.data.noise_marks
        if noise.isdisjoint(word) or not self._vowels.isdisjoint(word):
            # a vocalised word (Quranic quotes: قُتِلُواْ, وَالْقُرْآنِ) keeps every mark: its
            # orthography allows what unvocalised news cannot
            return None
        units: list[list] = []  # [base, marks]
        for c in word:
            if self.cls.is_mark(c) and units:
                units[-1][1].append(c)
            elif self.cls.is_mark(c):
                units.append(["", [c]])
            else:
                units.append([c, []])
        count = sum(m in noise for _, ms in units for m in ms)
        if not self.impossible(units) and count < 3:
            return None
        if any(len(ms) == 2 and ms[0] == ms[1] for _, ms in units):
            # a mark typed twice (فعّّالة) is a slip on a real mark: keep one when that reads
            deduped = [[b, ms[:1] if len(ms) == 2 and ms[0] == ms[1] else ms] for b, ms in units]
            if not self.impossible(deduped) and count - 1 < 3:
                return "".join(b + "".join(ms) for b, ms in deduped)
        return "".join(base + "".join(m for m in ms if m not in noise) for base, ms in units)

    def impossible(self, units) -> bool:
        """Whether any sukun/shadda of `units` ([base, marks]) sits where none can."""
        noise, harakat = self.data.noise_marks, self.data.harakat
        n = len(units)
        for idx, (base, marks) in enumerate(units):
            if not any(m in noise for m in marks):
                continue
            if idx == 0 or not base:
                return True
            if base in self.data.no_mark_letters and not (
                    base == "\u0627" and marks == [SHADDA] and units[idx - 1][0] == "\u0644"):
                return True
            if len(marks) >= 2 and not (len(marks) == 2 and SHADDA in marks
                                        and any(m in harakat for m in marks)):
                return True
            if SUKUN in marks and idx + 1 < n and units[idx + 1][0] == "\u0627":
                return True
            if SUKUN in marks and idx + 2 < n and SUKUN in units[idx + 1][1]:
                return True
        return False
