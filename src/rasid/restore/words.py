"""Restoring one run of word characters: joins across kashida/marks/controls, look-alikes, noise.

A run is a maximal stretch of Arabic letters, diacritics and the separators an outlet inserts
(kashida, invisible controls, joiner punctuation). It is cut into letter *pieces* and separator
*groups*; each group is either removed (the pieces were one word) or kept (a real boundary: an
abbreviation, a missing space after a full stop). Only what the evidence supports is joined:

* a group of kashida and/or invisible controls alone is always removed (it never separates
  words), except the kashida of the hijri abbreviation `هـ`;
* punctuation with a kashida beside it (`إطـ.لاق`) is an obfuscation mark: clean text puts a
  kashida at a word's end only before a quote, digit or dot of an abbreviation;
* bare punctuation (`قص.ف`, `اليوم.وقال`, `د.محمد`, `ج.م.ع`) is decided by the lexicon: joined
  only when the joined form is a word and the split reading is not two plausible words;
* the marks that touch words in clean text too (`: / " « ( [`) are decided more strictly: never
  after a proclitic before a quote (`و«`), a lone letter before `/` or `:` (`و/أو`), or a bracketed
  ending (`الطالب(ة)`);
* several kinds of mark in one run (`إ.ط_ل*اق`) make one word when the whole run is one.

Letters inside each word (look-alikes, dotless, homoglyphs, repeats, noise marks) are `letters.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.document import Repair
from rasid.restore.chars import KASHIDA, ZWNJ, Classes
from rasid.restore.data import Abbreviations
from rasid.restore.letters import CLITIC_ONLY, MARGIN, T_STANDALONE, T_WORD, Letters
from rasid.restore.lexicon import NO_WORD, Lexicon
from rasid.text.normalize import matching_form

KIND_ORDER = ("kashida", "dot", "punctuation", "zero-width", "spacing", "lookalike", "dotless",
              "homoglyph", "presentation-form", "repeated-letter", "diacritics")

T_JOIN = 3.0        # a joined form below this zipf is not a word we trust
T_STARTER = 4.8     # a right piece this frequent as written is a sentence's first word
T_ABBR_JOIN = 4.0   # all-short-pieces (ق.ص.ف) join only for a clearly attested word
T_TITLE_CUT = 4.0   # a title letter + dot + word whose join is this frequent is a cut word
_GUARD_MARKERS = ("://", "www.", "@", "#")
_DOTS = frozenset(".")
_HYPHENS = frozenset("-\u2010\u2011\u2013")
_COMMAS = frozenset("\u060c,")
_NEVER_BETWEEN_LETTERS = frozenset("*~\u00b7")
_UNDERSCORE = frozenset("_")
_QA = frozenset("سج")  # the letters of an interview's question and answer before a colon
_STARTS = frozenset("وف")  # the conjunctions most sentences of news start with
# the marks that close a quote or bracket opened with each: writers mix the directions
# (لـ»الجزيرة», «...«), so each family closes with any of its members
_FAMILIES = ("[]", "()", "{}", "\u00ab\u00bb", '"\u201c\u201d', "\u2018\u2019")
_CLOSERS = {c: fam for fam in _FAMILIES for c in fam}
# quotes (not brackets) follow a one-letter proclitic freely in clean news (و«حين); a bracket
# after one only when it pairs (بـ(اللجنة))
_QUOTE_MARKS = frozenset('"\u201c\u201d\u2018\u2019\u00ab\u00bb')
QUOTE_WINDOW = 100  # how far a quote may close and still be the quote of a phrase
_NOT_WORD = re.compile(r"[^\u0620-\u064a\u066e-\u06d5\u200c]+")


@dataclass
class _Group:
    start: int
    end: int
    join: bool = False
    kinds: tuple[str, ...] = ()
    confidence: float = 1.0
    space: bool = False  # the space before a letter pushed off the run's last word


def kind_label(kinds) -> str:
    """Kinds in their documented order, joined with '+' (e.g. "kashida+dot")."""
    present = set(kinds)
    return "+".join(k for k in KIND_ORDER if k in present)


class WordRestorer:
    """Restores runs of word characters; holds the lexicon, abbreviations and classes."""

    def __init__(self, lexicon: Lexicon, abbr: Abbreviations, cls: Classes):
        self.lex = lexicon
        self.abbr = abbr
        self.cls = cls
        self.data = cls.data
        self._proclitics = frozenset(lexicon.affixes.proclitics)
        self._marks = cls.data.joiners | cls.data.boundary | cls.data.unlisted
        self.letters = Letters(lexicon, cls, self._standalone)
        self._looks_zwnj = frozenset(cls.data.lookalikes) | {ZWNJ}
        self._pf = frozenset(cls.data.presentation)

    # -- cutting -------------------------------------------------------------------------
    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Drop leading non-letters and trailing separators: `هـ`, `أسراره..` keep their tail."""
        is_letter, is_mark = self.cls.is_letter, self.cls.is_mark
        while start < end and not is_letter(text[start]):
            # a mark standing before a word's first letter is noise on the space: keep it in
            if is_mark(text[start]) and start + 1 < end and is_letter(text[start + 1]):
                break
            start += 1
        while end > start and not (is_letter(text[end - 1]) or is_mark(text[end - 1])):
            end -= 1
        return start, end

    def _guarded(self, text: str, start: int, end: int) -> bool:
        """True inside a URL, e-mail address or hashtag: their dots and underscores are syntax."""
        lo = start
        while lo > 0 and not text[lo - 1].isspace() and start - lo < 300:
            lo -= 1
        hi = end
        while hi < len(text) and not text[hi].isspace() and hi - end < 300:
            hi += 1
        token = text[lo:hi]
        return any(m in token for m in _GUARD_MARKERS)

    def restore_run(self, text: str, start: int, end: int, tail: bool = False) -> list[Repair]:
        """Repairs for the run `text[start:end]` (original offsets), one per changed word.

        With `tail`, `text[end:end + 2]` is a space and one letter standing alone, which the
        run's last word may take back (إ.ط_ل*ا ق)."""
        full_end = end
        start, end = self.trim(text, start, end)
        if start >= end:
            return []
        if not self.cls.complex.search(text, start, end):
            # only sukun/shadda brought us here (أنّ, تمّ): the common case in clean news
            return self._noise_only(text, start, end)
        seps = self.cls.separators
        if " " in text[start:end]:  # only a space between two kashidas gets here (قتـ ـلى)
            seps = seps | {" "}
        pieces: list[tuple[int, int]] = []
        groups: list[_Group] = []
        i = start
        while i < end:
            j = i
            if text[i] in seps:
                while j < end and text[j] in seps:
                    j += 1
                groups.append(_Group(i, j))
            else:
                while j < end and text[j] not in seps:
                    j += 1
                pieces.append((i, j))
            i = j
        if tail and end == full_end and groups:
            groups.append(_Group(end, end + 1, space=True))
            pieces.append((end + 1, end + 2))
        persian = self._persian(text, start, end)
        if groups and not self._marks.isdisjoint(text[start:end]):
            if self._guarded(text, start, end):
                return []
        norm = [self._present(text[a:b]) for a, b in pieces]
        self._decide(text, start, pieces, groups, norm, persian)
        return self._emit(text, pieces, groups, norm, persian)

    def _persian(self, text: str, start: int, end: int) -> bool:
        """A Persian/Urdu word or a Persian sentence around it: ی ک ھ and ZWNJ are right there."""
        data = self.data
        if not data.persian_only.isdisjoint(text[start:end]):
            return True
        if self._looks_zwnj.isdisjoint(text[start:end]):
            return False
        window = text[max(0, start - 80):end + 80]
        # whole written words: the pieces of an attacked one (است.ـراحة) are no Persian words
        words = {_NOT_WORD.sub("", tok) for tok in window.split()}
        return len(words & data.persian_markers) >= 2

    def _noise_only(self, text: str, start: int, end: int) -> list[Repair]:
        before = text[start:end]
        stripped = self.letters.strip_noise(before)
        if stripped is None:
            return []
        conf = 0.9 if self.lex.score(stripped) >= T_WORD else 0.7
        return [Repair(start=start, end=end, text=before, after=stripped, kind="diacritics",
                       confidence=conf)]

    def _present(self, piece: str) -> str:
        pf = self.data.presentation
        if self._pf.isdisjoint(piece):
            return piece
        return "".join(pf.get(c, c) for c in piece)

    # -- deciding groups -----------------------------------------------------------------
    def _decide(self, text, run_start, pieces, groups, norm, persian) -> None:
        weak: list[int] = []
        for k, g in enumerate(groups):
            if g.space:
                continue  # decided with the weak groups, on the whole word
            chars = text[g.start:g.end]
            has_k = KASHIDA in chars
            has_z = not self.data.zero_width.isdisjoint(chars)
            punct = [c for c in chars if c in self._marks]
            kinds = (("kashida",) if has_k else ()) + (("zero-width",) if has_z else ())
            if has_k and self._hijri(text, run_start, k, norm):
                continue
            if has_k and self._kashida_before_quote(chars):
                # لـ«الشرق», بـ"الهجوم", كـ(الحوثي): the kashida of a proclitic before a quote
                has_k = False
            if not punct:
                if persian and ZWNJ in chars:
                    continue
                if " " in chars:
                    # قتـ ـلى: joined when that makes a word, or when neither side is one
                    left, right = norm[k], norm[k + 1]
                    z = self.lex.score(self.letters.plain(left + right))
                    if z < T_JOIN and max(self._standalone(left), self._standalone(right)) >= T_WORD:
                        continue
                    g.join, g.kinds, g.confidence = True, kinds + ("spacing",), 0.9
                    continue
                g.join, g.kinds, g.confidence = True, kinds, 0.99
            elif has_k:
                left, right = norm[k], norm[k + 1]
                joined = self.lex.score(self.letters.plain(left + right))
                if joined < T_JOIN - 1 and min(self._standalone(left),
                                               self._standalone(right)) >= T_STANDALONE:
                    # two good words around `ـ.` and no word when joined: keep the boundary
                    continue
                g.join, g.confidence = True, 0.97 if joined >= T_JOIN else 0.85
                g.kinds = kinds + (self._punct_kind(punct),)
            else:
                weak.append(k)
        if not weak and not (groups and groups[-1].space):
            return
        self._decide_weak(text, pieces, groups, norm, weak)

    def _kashida_before_quote(self, chars: str) -> bool:
        """`ـ«`, `ـ"`, `ـ(`: kashida then a quote or bracket, nothing after it."""
        body = chars.rstrip("".join(self.data.quotes))
        return len(body) < len(chars) and body and set(body) <= {KASHIDA} | self.data.zero_width

    def _hijri(self, text, run_start, k, norm) -> bool:
        """The kashida of `هـ` (hijri year) after a number: `1436هـ.وقال` keeps its group."""
        if k != 0 or matching_form(norm[0]) != "ه":
            return False
        j = run_start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        return j >= 0 and text[j].isdigit()

    def _punct_kind(self, punct) -> str:
        if all(c == "." for c in punct):
            return "dot"
        return "spacing" if all(c in self.data.narrow for c in punct) else "punctuation"

    def _decide_weak(self, text, pieces, groups, norm, weak) -> None:
        puncts = {k: [c for c in text[groups[k].start:groups[k].end] if c in self._marks]
                  for k in weak}
        words = self._words(groups, norm, weak)
        if groups[-1].space:
            # a letter pushed off with a space: no word stands alone as one letter but و, so in a
            # run the outlet has marked, it is taken back when the word it makes is at least as
            # frequent as the word without it (إ.ط_ل*ا ق -> إطلاق, ا_لـأم ن -> الأمن)
            body = words[:-1]
            z = self.lex.score("".join(words))
            zb = self.lex.score("".join(body))
            if zb >= T_WORD:
                # the word is one without the letter: only a word attested as written takes it
                # (الاختراق آ must not become الاختراقا through a suffix)
                z = min(z, self.lex.raw_zipf(self.letters.bare("".join(words))) + MARGIN)
            if z >= T_WORD + MARGIN and z >= zb - MARGIN:
                for k in weak:
                    chars = text[groups[k].start:groups[k].end]
                    kinds = [self._punct_kind(puncts[k])] + (
                        ["zero-width"] if not self.data.zero_width.isdisjoint(chars) else [])
                    groups[k].join, groups[k].kinds, groups[k].confidence = True, tuple(kinds), 0.75
                groups[-1].join, groups[-1].kinds, groups[-1].confidence = True, ("spacing",), 0.75
                return
            words = body
        marks = {c for k in weak for c in puncts[k]}
        single = all(len(puncts[k]) == 1 for k in weak)
        if len(words) == 2 and marks & self.data.boundary and all(
                len(matching_form(w)) == 1 for w in words):
            return  # ص/ب, ق/م: the letters of an abbreviation
        if all(len(matching_form(w)) <= 2 for w in words) and single and (
                (marks <= _DOTS) or len(words) >= 3):
            # letter by letter (ق.ص.ف, ق:ص:ف, إ.ط_ل*ا): one word or none
            self._decide_abbreviation(groups, weak, words, puncts)
            return
        closed = {k: self._closed(text, groups[k].end, pieces[k + 1][1]) for k in weak}
        if len(marks) >= 2 and not any(
                self._boundary_keeps(words[n], words[n + 1], puncts[k], closed[k])
                for n, k in enumerate(weak)):
            # several kinds of mark in one run (ا|لحوث/ي, الط:ا-قم) is no writing convention:
            # when the whole run is a word (a frequent one if every piece is a word too), it was
            # one word
            whole = "".join(words)
            words_too = all(self._standalone(w) >= T_STANDALONE for w in words)
            if self.lex.score(whole) >= T_JOIN + (MARGIN if words_too else 0.0):
                for k in weak:
                    chars = text[groups[k].start:groups[k].end]
                    kinds = [self._punct_kind(puncts[k])] + (
                        ["zero-width"] if not self.data.zero_width.isdisjoint(chars) else [])
                    groups[k].join, groups[k].kinds, groups[k].confidence = True, tuple(kinds), 0.8
                return
        pending = list(weak)
        while pending:
            # a join changes the words its neighbours are decided with (إ.ط_ل*اق: once ط_ل*ا
            # is one piece, the dot cuts إ from طلاق), so decide again until nothing moves
            words = self._words(groups, norm, pending)
            still = []
            for n, k in enumerate(pending):
                join, conf = self._join_pair(words[n], words[n + 1], puncts[k], closed[k])
                if not join:
                    still.append(k)
                    continue
                g = groups[k]
                chars = text[g.start:g.end]
                kinds = [self._punct_kind(puncts[k])]
                if not self.data.zero_width.isdisjoint(chars):
                    kinds.append("zero-width")
                if KASHIDA in chars:
                    kinds.append("kashida")
                g.join, g.kinds, g.confidence = True, tuple(kinds), conf
            if len(still) == len(pending):
                break
            pending = still

    def _words(self, groups, norm, cuts) -> list[str]:
        """The words as they stand when only the groups in `cuts` separate them."""
        cut = set(cuts)
        words, cur = [], norm[0]
        for k in range(len(groups)):
            if k in cut or (groups[k].space and not groups[k].join):
                words.append(cur)
                cur = norm[k + 1]
            else:
                cur += norm[k + 1]
        words.append(cur)
        return [self.letters.plain(w) for w in words]

    def _decide_abbreviation(self, groups, weak, words, puncts) -> None:
        """Every piece 1-2 letters (ق.ص.ف, ج.م.ع, د.ب.أ): an abbreviation unless clearly a word."""
        joined = matching_form("".join(words))
        dots = all(set(puncts[k]) <= _DOTS for k in weak)
        if joined in self.abbr.joined or len(joined) <= 2:
            # two dotted letters (ل.ل, ل.س, ق.م) are an abbreviation whatever they spell
            return
        z = self.lex.score(joined)
        # abbreviations run to three letters (د.ب.أ); four or more dotted letters are a word
        if z < (T_ABBR_JOIN if len(words) <= 3 and dots else T_JOIN):
            return
        conf = min(0.9, 0.5 + 0.1 * (z - T_ABBR_JOIN + 1))
        for k in weak:
            groups[k].join, groups[k].kinds, groups[k].confidence = (
                True, (self._punct_kind(puncts[k]),), conf)

    def _standalone(self, piece: str) -> float:
        """How plausible a piece is as a word of its own, as written (hamza and all).

        wordfreq's tokens are whole written words, clitics included, so the surface form is the
        right test; matching form would read the cut-off `الأ` as `إلا`. A bare proclitic (ال, و,
        بال) or a single letter is never a word on its own.
        """
        bare = self.letters.bare(piece)
        key = matching_form(bare)
        if len(bare) < 2 or key in self._proclitics:
            return NO_WORD
        for art in ("ال", "وال", "بال", "فال", "كال", "لل"):
            if key.startswith(art) and len(key) - len(art) < 2:  # ال + one letter (الأ, الت)
                return NO_WORD
        raw = self.lex.raw_zipf(bare)
        return raw if raw > NO_WORD else self.lex.score(bare) - 1.0

    def _clitic_stub(self, norm: str) -> bool:
        """A piece that is only proclitics (ال, وال, لل, ب; not a title letter like د)."""
        if norm in ("ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل"):
            return True
        return len(norm) == 1 and norm in self._proclitics and norm not in self.abbr.titles

    def _closed(self, text: str, pos: int, piece_end: int) -> int:
        """How the quote or bracket just before `pos` closes: 2 right after the next piece
        (الطالب(ة), الرحلة(ات)), 1 within a few words on the same line (ال"دولة",
        و«الشرق الأوسط»), 0 not at all."""
        closers = _CLOSERS.get(text[pos - 1], "")
        if not closers:
            return 0
        if text[piece_end:piece_end + 1] in closers and text[piece_end:piece_end + 1]:
            return 2
        line_end = text.find("\n", pos, pos + QUOTE_WINDOW)
        window = text[pos:line_end if line_end >= 0 else pos + QUOTE_WINDOW]
        return int(any(c in closers for c in window))

    def _join_pair(self, left: str, right: str, punct, closed: int = 0) -> tuple[bool, float]:
        """Joined or split reading of `left<punct>right`, by the lexicon."""
        if len(punct) > 1 and set(punct) <= _DOTS:  # an ellipsis: `أسراره..ماذا`
            return False, 0.0
        if any(c in self.data.boundary for c in punct):
            return self._join_boundary(left, right, punct, closed)
        lm, rm = matching_form(left), matching_form(right)
        # a joined form not attested as written (only through matching form or clitics) pays
        # extra: وتعز.كما must not become و+تعز+كما ("Taiz-you-two")
        sentence_like = set(punct) <= _DOTS | _HYPHENS | _COMMAS | self.data.sentence
        raw = self.lex.raw_zipf(self.letters.bare(left + right))
        joined = max(raw, self.lex.score(lm + rm) - (CLITIC_ONLY if sentence_like else 0.0))
        if set(punct) <= _NEVER_BETWEEN_LETTERS or (set(punct) <= _UNDERSCORE and min(
                self._standalone(left), self._standalone(right)) < T_STANDALONE):
            # no Arabic writing puts `*`, `~` or `·` between two letters of a run, nor `_` inside
            # a word (it joins two words in a hashtag): an obfuscation even when the word is rare
            # (names, وتطبيع) and the lexicon cannot vouch for it
            return True, 0.9 if joined >= T_JOIN else 0.7
        stub = sentence_like and (self._clitic_stub(lm) or len(rm) == 1)
        if stub and len(rm) >= 2:
            # nothing ends a sentence on a bare proclitic (وال.همامي, ب.قصف): the dot cuts a
            # word, however rare the joined word (a name) is
            return True, 0.85 if joined >= T_JOIN else 0.65
        if joined < T_JOIN:
            return False, 0.0
        sl, sr = self._standalone(left), self._standalone(right)
        if sentence_like and sr >= T_STARTER and len(lm) >= 3 and sl >= T_JOIN - 0.5:
            # a very frequent word after a full stop starts the next sentence (…وتعز.كما أعلن)
            return False, 0.0
        if stub:
            # nor does one start with a lone letter (انتحار.ي), when the joined word is a word
            ref = T_JOIN
        elif len(left) == 1 and left in self.abbr.titles and sr >= T_WORD and sentence_like:
            # د.محمد: a title before a name; a frequent joined word (م.قتل, أ.تباع) is a cut word
            ref = sr + MARGIN if joined < T_TITLE_CUT else min(sr + MARGIN, joined)
        elif sl >= T_STANDALONE and sr >= T_STANDALONE and sentence_like:
            # two plausible words: a missing space after a full stop (اليوم.وقال, به.ما) or a
            # hyphenated pair (العربية-الأمريكية); only a clearly more frequent joined word wins
            ref = max(sl, sr) + MARGIN
            if set(punct) <= _DOTS and rm[0] not in _STARTS and sr < T_STARTER:
                # ...but a sentence after a missing space starts with و/ف or a very frequent
                # word; a right piece that is neither (الحر.مين) is more likely a cut word
                ref = max(sl, sr) - MARGIN
        else:
            # one side is no word on its own (قص.ف), or the mark is one (`*`, `_`, `~`, `·`) that
            # has no business between two words written without a space
            ref = T_JOIN
        if joined < ref:
            return False, 0.0
        return True, max(0.55, min(0.95, 0.6 + 0.1 * (joined - max(sl, sr, 0.0))))

    def _boundary_keeps(self, left: str, right: str, punct, closed: int) -> bool:
        """Whether a boundary mark between `left` and `right` is how clean text writes."""
        if not any(c in self.data.boundary for c in punct):
            return False
        lm, rm = matching_form(left), matching_form(right)
        quote = any(c in self.data.quotes for c in punct)
        if quote and (closed == 2 or self._clitic_stub(lm) and (
                closed or len(lm) == 1 and set(punct) <= _QUOTE_MARKS)):
            # a bracketed ending (الطالب(ة)), a quote after a proclitic (و«حين, لـ»الجزيرة»),
            # the article or a bracket only when it closes (ال"دولة"; ل(لقوات, و]صلت are attacks)
            return True
        # س:ما رأيك, ج:نعم (question, answer); a slash after a proclitic is left to the written
        # form (و/أو stays because وأو is not written, ب/خلية is joined because بخلية is)
        if not quote and "/" in punct and len(lm) == 1 and lm in self._proclitics:
            return self.lex.raw_zipf(self.letters.bare(left + right)) < T_JOIN + MARGIN
        return not quote and ":" in punct and len(lm) == 1 and len(rm) >= 2 and lm in _QA

    def _join_boundary(self, left: str, right: str, punct, closed: int) -> tuple[bool, float]:
        """`left<mark>right` for a mark that touches words in clean text (: / quotes brackets).

        Clean news writes `قال:إن`, `تموز/يوليو`, `و/أو`, `و«الشرق»`, `تهديدات"خامئني"`,
        `أيار(مايو)`: a quote or bracket opens after a proclitic, a lone letter before `/` or `:`
        is a word (و/أو, س: for a question), and two words around the mark are two words. Only a
        cut that leaves a non-word on one side, and joins into a word, is an obfuscation. The
        article before a quote (ال"دولة") is legitimate only when the quote closes: an attack puts
        one mark in (ال«دقيقة).
        """
        if self._boundary_keeps(left, right, punct, closed):
            return False, 0.0
        quote = any(c in self.data.quotes for c in punct)
        lm, rm = matching_form(left), matching_form(right)
        # attested as written: through clitics and suffixes `وأوضحت"ان` reads as a dual verb.
        # Quotes touch words all over clean news, so they are judged on the written form alone
        # (wordfreq lists clitic-attached words as written) and cost one look-up
        raw = self.lex.raw_zipf(self.letters.bare(left + right))
        joined = raw if quote else max(raw, self.lex.score(lm + rm) - CLITIC_ONLY - 1.0)
        if quote and joined < T_JOIN and min(len(lm), len(rm)) <= 2 and min(
                self._standalone(left), self._standalone(right)) < T_WORD:
            # ...unless one side is a stub no word ends or starts with (تضمن"ه, ج«لسة): then
            # the clitic analysis may vouch for the word
            joined = max(joined, self.lex.score(lm + rm) - CLITIC_ONLY)
        if joined < T_JOIN:
            return False, 0.0
        sl, sr = self._standalone(left), self._standalone(right)
        ref = max(sl, sr) + MARGIN if min(sl, sr) >= T_STANDALONE else T_JOIN
        if quote and raw >= T_JOIN + MARGIN:
            # words run into a quote (عدن"من, أيار(مايو)) never make a word together; a quote
            # inside one (أس«فر, أم[ني) leaves two short words that do
            ref = min(ref, T_JOIN + MARGIN)
        if joined < ref:
            return False, 0.0
        return True, max(0.55, min(0.95, 0.6 + 0.1 * (joined - max(sl, sr, 0.0))))

    # -- building the restored words -----------------------------------------------------
    def _emit(self, text, pieces, groups, norm, persian) -> list[Repair]:
        out: list[Repair] = []
        k0 = 0
        for k in range(len(pieces)):
            last = k == len(pieces) - 1
            if not last and groups[k].join:
                continue
            out.extend(self._word(text, pieces, groups, norm, k0, k, persian))
            k0 = k + 1
        return out

    def _word(self, text, pieces, groups, norm, k0, k1, persian) -> list[Repair]:
        ws, we = pieces[k0][0], pieces[k1][1]
        before = text[ws:we]
        after = "".join(norm[k0:k1 + 1])
        kinds, conf = [], 1.0
        for g in groups[k0:k1]:
            kinds.extend(g.kinds)
            conf = min(conf, g.confidence)
        if any(norm[k] != text[pieces[k][0]:pieces[k][1]] for k in range(k0, k1 + 1)):
            kinds.append("presentation-form")
            conf = min(conf, 0.99)
        after, c, letter_kinds = self.letters.rewrite(after, persian)
        conf = min(conf, c)
        kinds.extend(letter_kinds)
        stripped = self.letters.strip_noise(after)
        if stripped is not None:
            z = self.lex.score(stripped)
            after, conf = stripped, min(conf, 0.9 if z >= T_WORD else 0.7)
            kinds.append("diacritics")
        if after == before:
            return []
        return [Repair(start=ws, end=we, text=before, after=after, kind=kind_label(kinds),
                       confidence=conf)]
