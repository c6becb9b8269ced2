"""Dotless writing (rasm): `ٯصڡ`, `اٮڡجار` read as the lexicon's most frequent word of that shape.

Arabic letters are shapes (archigraphemes) plus dots; ب ت ث ن ي share one shape inside a word,
ف ق another, ج ح خ a third. Writing a word without its dots, with the dotless code points
(ٮ ٯ ڡ ں, and ى for a yeh inside the word), keeps it legible to a reader and unknown to a filter. The shapes
do not say which letters were meant, so the answer is the lexicon's: every word of the wordfreq list
is indexed by its rasm, and a dotless word becomes the most frequent word with the same rasm that
agrees with the dots the writer did keep. The index is built on first use (a dotless letter seen),
never for clean text.
"""
from __future__ import annotations

import re

from rasid.restore.lexicon import NO_WORD, Lexicon
from rasid.text.normalize import matching_form

MIN_ZIPF = 2.5      # words rarer than this are not indexed (a rasm reading must be a real word)
T_READ = 3.0        # the reading must be at least this frequent
KEEP = 4            # candidates kept per rasm
DOT_KEPT = 3.0      # cost of a candidate that drops a dot the writer wrote (ق read as ف)
DOT_MAYBE = 0.35    # cost of one that adds a dot to a bare shape (ح read as خ): maybe dropped
AFFIX_COST = 0.7    # a clitic reading: twice the lexicon's cost, since shapes are ambiguous
_FIN_N, _FIN_Y = "\x01", "\x02"
_MARK = re.compile("[\u064b-\u065f\u0670]")


class Rasm:
    """Reads dotless words against `lexicon`.

    Args:
        lexicon: the word list; its surface forms are indexed by rasm on first use.
        classes: archigrapheme -> the letters (matching form) it stands for inside a word.
        final: archigrapheme -> the letters it stands for at a word's end (ں for ن, ى for ي).
        signals: the dotless code points that mark a word as written without dots.
    """

    def __init__(self, lexicon: Lexicon, classes: dict[str, str], final: dict[str, str],
                 signals: frozenset[str]):
        self._lex = lexicon
        self._signals = signals
        med = {c: k for k, letters in classes.items() for c in letters}
        self._med = str.maketrans(med)
        self._fin = {c: k for k, letters in final.items() for c in letters}
        self._bare_shapes = frozenset(classes) - signals
        self._undotted = self._bare_shapes | signals | {"ه", "ى", "ی"}
        self._index: dict[str, list[tuple[float, str]]] | None = None
        self._affix_keys: tuple[list, list] | None = None
        fin_n = "".join(c for c, k in self._fin.items() if k == "\u06ba")
        fin_y = "".join(c for c, k in self._fin.items() if k == "ى")
        self._fin_re = (re.compile(f"[{fin_n}](?=\n)"), re.compile(f"[{fin_y}](?=\n)"))

    def is_dotless(self, word: str) -> bool:
        """A dotless code point (ٮ ٯ ڡ ں) in the word. A ى inside a word is read as a dotless
        yeh only beside one of them: alone it is a typo clean text has (رئىس in ANERcorp)."""
        return not self._signals.isdisjoint(word)

    def _keys(self, joined: str) -> list[str]:
        """Rasm keys of newline-separated words (in matching form)."""
        fin_n, fin_y = self._fin_re
        s = fin_y.sub(_FIN_Y, fin_n.sub(_FIN_N, joined + "\n"))
        s = s.translate(self._med).replace(_FIN_N, "\u06ba").replace(_FIN_Y, "ى")
        return s[:-1].split("\n")

    def _build(self) -> dict[str, list[tuple[float, str]]]:
        words = []
        for w, z in self._lex.surface_zipfs():
            if z < MIN_ZIPF:
                break
            words.append((w, z))
        keys = self._keys(matching_form("\n".join(w for w, _ in words)))
        index: dict[str, list[tuple[float, str]]] = {}
        for key, (w, z) in zip(keys, words):
            got = index.setdefault(key, [])
            if len(got) < KEEP:
                got.append((z, w))
        return index

    def _key_med(self, part: str) -> str:
        """Rasm of letters inside a word (no final forms): for proclitics."""
        return part.translate(self._med)

    def _stems(self, key: str) -> list[tuple[str, str, str]]:
        """(proclitic, stem key, suffix) readings of a full word's rasm `key`, the bare word
        first: clitic-attached words are rarer than the list's threshold, their stems are not."""
        out = [("", key, "")]
        if self._affix_keys is None:
            aff = self._lex.affixes
            self._affix_keys = (
                [(p, self._key_med(p)) for p in ("",) + aff.proclitics],
                [(s, self._keys(s)[0] if s else "") for s in ("",) + aff.enclitics + aff.suffixes])
        pres, sufs = self._affix_keys
        for pre, kp in pres:
            if not key.startswith(kp):
                continue
            for suf, ks in sufs:
                if not pre and not suf:
                    continue
                if not key.endswith(ks) or len(key) - len(kp) - len(ks) < 2:
                    continue
                stem = key[len(kp):len(key) - len(ks)]
                out.append((pre, stem, suf))
                if suf and stem[-1] == "\u066e":
                    # inside the word ن and ي were drawn ٮ; at the stem's end they are ں and ى
                    out.extend((pre, stem[:-1] + fin, suf) for fin in ("\u06ba", "ى"))
        return out

    def read(self, word: str) -> tuple[str, float] | None:
        """The word `word` spells with its dots put back, and a confidence; None when unsure.

        Marks (tanween, shadda) stay where they are; only the letters are read."""
        if self._index is None:
            self._index = self._build()
        letters = [(i, c) for i, c in enumerate(word) if not _MARK.match(c)]
        bare = "".join(c for _, c in letters)
        mf = matching_form(bare)
        if len(mf) != len(bare):  # kashida inside: not a bare run of letters
            return None
        key = self._keys(mf)[0]
        scored = []
        cost_affix = AFFIX_COST
        for pre, stem, suf in self._stems(key):
            for z, cand in self._index.get(stem, ()):
                cm = pre + matching_form(cand) + suf
                if len(cm) != len(mf) or len(cand) != len(cm) - len(pre) - len(suf):
                    continue
                cost = cost_affix * (bool(pre) + bool(suf))
                for a, b in zip(mf, cm):
                    if a == b or a in self._signals or (a == "ي" and b in "يى"):
                        continue
                    cost += DOT_MAYBE if a in self._bare_shapes else DOT_KEPT
                scored.append((z - cost, z, pre + cand + suf))
            if scored and not pre and not suf and max(scored)[0] >= 4.0:
                break  # a frequent word as written: no clitic reading will beat it
        if not scored:
            return None
        scored.sort(reverse=True)
        best, z, cand = scored[0]
        if best < T_READ:
            return None
        # keep the writer's hamza spelling (ا for أ) where it agrees with the reading; a bare
        # shape (ه for ة, ى for ي) takes the reading's dots
        out = list(word)
        for (i, a), b in zip(letters, cand):
            if not (a == b or (matching_form(a) == matching_form(b) and a not in self._undotted)):
                out[i] = b
        runner = next((sc for sc, _, c in scored[1:] if c != cand), NO_WORD)
        conf = 0.9 if best >= 4.0 and best - runner >= 1.0 else 0.7
        return "".join(out), conf
