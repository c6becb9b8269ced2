"""The entity stage: knowledge-base look-up, the CRF tagger, titles and surnames, combined.

Order of work on one document:
  1. a first look-up pass with unambiguous aliases only tells which countries the article is
     about (`DocContext`);
  2. the real look-up pass: longest match over tokens, clitic readings of the first token,
     ambiguous aliases accepted only with support (`linking.supported`);
  3. the CRF tagger (when given) confirms look-up matches, links a span the look-up left
     because it needed support (the tagger's type is that support), and adds unlinked
     mentions the knowledge base lacks;
  4. a surname alone after a full mention (بورينكوف after يوري بورينكوف) is the same person;
  5. titles resolve to office holders (`roles.resolve_titles`);
  6. organisation head + nisba makes an unlinked organisation of that country, and an
     organisation found without a country takes a nisba right after it (`orgs`);
  7. anaphors: المملكة, الجمهورية, السلطنة, البلاد name the one country of that kind the
     article names (or one named at least twice as much), التنظيم, الحزب, الحركة, الجماعة,
     الجبهة the one group of that kind named in the sentences just before
     (`linking.Anaphora`).
"""
from __future__ import annotations

import bisect
import dataclasses
from typing import Sequence

from rasid.document import Document, Entity
from rasid.entities.gazetteer import (Match, TokenView, first_token_readings, scan,
                                     surface_offset, token_views)
from rasid.entities.linking import Anaphora, DocContext, choose, link, year_of
from rasid.entities.orgs import PERSON_HEADS, org_nisba, org_phrases
from rasid.entities.roles import Mention, next_word, nisba_of, resolve_titles
from rasid.kb import KBEntry, KnowledgeBase

CRF_TYPES = {"PERS": ("PER",), "PER": ("PER",), "ORG": ("ORG",), "MISC": ("MISC",),
             "LOC": ("GPE", "LOC"), "GPE": ("GPE", "LOC")}
_SOURCE_CONFIDENCE = {"curated": 0.95, "cldr": 0.9, "geonames": 0.8}
_HONORIFICS = frozenset({"الدكتور", "د", "المهندس", "الاستاذ", "الحاج", "الجندي", "العريف",
                         "الرقيب", "النقيب", "الملازم", "المواطن", "الطالب", "الشاب", "الطفل",
                         "الشهيد", "الشيخ", "المقدم", "الرائد"})
_NAME_PARTS = frozenset({"الله", "الرحمن", "العزيز", "بن", "ابن", "بنت", "ابو", "ام"})
_PATRONYMIC = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد"})
_DATELINE_TOKENS = 8  # a dateline place stands within the article's first words
_DASHES = frozenset({"-", "–", "—", ":"})
# words before a town's name that make it a sports club's (لاعب سوانزي, صفوف ليفربول)
_TEAM_WORDS = frozenset({"لاعب", "لاعبي", "لاعبو", "مدرب", "مدافع", "مهاجم", "حارس", "نادي",
                         "فريق", "صفوف", "جماهير", "مشجعي", "قميص"})
_PLACE_EPITHETS = frozenset({"العاصمه", "الجديده", "القديمه", "الكبري", "الصغري", "المحتله",
                             "المنوره", "المكرمه", "الجمعه", "السبت", "الاحد", "الاثنين",
                             "الثلاثاء", "الاربعاء", "الخميس", "اليوم", "الماضي", "الذي",
                             "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
# a name never starts with a preposition (على حساب عماد: "instead of Imad")
_PREPOSITIONS = frozenset({"علي", "الي", "في", "من", "عن", "مع", "حتي", "لدي"})
# words of a place's kind before a word the tagger calls a person: a landmark's name (سد كوكب
# "the Kawkab dam"), not someone's
_NAME_OR_OFFICE = frozenset({"امين"})  # Amin, or "secretary" (أمين عام)
_LANDMARK_HEADS = frozenset({"سد", "جبل", "نهر", "وادي", "بحيره", "تل", "سهل", "قلعه", "جسر",
                             "معبر", "منفذ", "مطار", "ميناء", "مخيم", "حي", "شارع", "ساحه"})
# words that follow an office word inside the office's name (وكيل إمارة منطقة الباحة)
_OFFICE_PARTS = frozenset({"اماره", "الاماره", "منطقه", "المنطقه", "محافظه", "المحافظه",
                           "امانه", "الامانه", "وزاره", "الوزاره", "المساعد", "العام", "الاول",
                           "اول", "ركن", "الركن", "متقاعد", "طيار"})  # العريف أول, لواء ركن
# an armed group's name: a unit word, then a word such as "martyrs" or "free men", then a
# place (لواء شهداء اليرموك, كتائب أحرار الشام); the place is part of the name
_UNIT_HEADS = frozenset({"لواء", "الويه", "كتائب", "كتيبه", "فيلق", "سرايا", "جبهه", "حركه",
                         "جيش", "تجمع", "فرقه", "جماعه", "تنظيم", "اتحاد", "غرفه", "مجلس"})
_UNIT_EPITHETS = frozenset({"شهداء", "احرار", "ثوار", "ابناء", "اسود", "صقور", "فرسان", "انصار",
                            "جند", "جنود", "حماه", "ثوره", "تحرير", "فجر", "درع", "اهل"})
_UNIT_DIRECT = frozenset({"لواء", "الويه", "كتائب", "كتيبه", "فيلق", "سرايا"})
_GPE_HEADS = frozenset({"مدينه", "بلده", "قريه", "محافظه", "ولايه", "عاصمه", "العاصمه", "قضاء",
                        "ناحيه", "مخيم", "حي"})


class EntityRecognizer:
    """Pipeline stage: named entities, linked to the knowledge base where it knows them."""

    requires = ("tokens", "sentences")
    provides = ("entities",)

    def __init__(self, kb: KnowledgeBase, tagger=None, min_crf_confidence: float = 0.6):
        """Args:
            kb: the knowledge base (`KnowledgeBase.load()`).
            tagger: an object with `tag_spans(tokens) -> [(i, j, type, confidence)]` (the CRF
                tagger), or None for look-up only.
            min_crf_confidence: below this a tagger span the KB does not know is dropped.
        """
        self.kb = kb
        self.tagger = tagger
        self.min_crf_confidence = min_crf_confidence
        self.anaphora = Anaphora(kb)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layers(entities=[_named(doc, e) for e in self.recognize(doc)])

    # ---------------------------------------------------------------------------------------
    def recognize(self, doc: Document) -> list[Entity]:
        """The entities of a tokenised document, in document order, never overlapping."""
        kb = self.kb
        views = token_views(doc)
        ctx = self._context(views, year_of(doc))

        chosen: dict[tuple[int, int, int], KBEntry] = {}
        org_names: list[tuple[int, int]] = []  # armed groups' names that end in a place

        def accept(m: Match) -> bool:
            nxt = (self._next_countries(views, m.last)
                   if any(c.needs_context for c in m.candidates) else ())
            entry = choose(m.candidates, ctx, words_before(views, m.first), nxt)
            if entry is not None and entry.type == "PER" and self._other_person(views, m):
                entry = None
            if entry is not None and entry.is_place and entry.feature != "country" \
                    and self._after_given_name(views, m):
                entry = None  # نائب رئيس مجلس النواب محمد الشدادي: a surname, not the town
            if entry is not None and entry.is_place and entry.feature != "country" \
                    and any(f in _TEAM_WORDS for f in words_before(views, m.first)[:1]):
                entry = None  # لاعب سوانزي, مدرب تشيلسي: the club, not the town
            if entry is not None and entry.source == "geonames" and self._construct_head(views, m):
                entry = None  # سدة الحكم, مفرق العند, بؤر التوتر: a noun, not the town
            if entry is not None and entry.is_place and entry.feature != "country":
                head = self._in_org_name(views, m.first)
                if head is not None:
                    org_names.append((head, m.last))
                    entry = None  # لواء شهداء اليرموك: the brigade, not the camp
            if entry is not None and self._pronoun_reading(views, m):
                entry = None  # حديثه "his talk", not حديثة Haditha
            if entry is not None and entry.context and entry.context.get("unless_next"):
                j = next_word(views, m.last)
                if j is not None and views[j].norm in entry.context["unless_next"]:
                    entry = None  # مسقط رأسه: "birthplace", not Muscat
            if entry is not None:
                chosen[(m.first, m.last, m.rstart)] = entry
            return entry is not None

        mentions = []
        for m in scan(views, kb, accept):
            entry = chosen[(m.first, m.last, m.rstart)]
            supported = all(c.needs_context for c in m.candidates if c.entry.id == entry.id)
            conf = 0.75 if supported else _SOURCE_CONFIDENCE.get(entry.source, 0.8)
            mentions.append(Mention(m.first, m.last,
                                    link(doc, Entity, m.rstart, m.rend, entry, "kb", conf), entry))
        if self.tagger is not None:
            mentions = self._merge_tagger(doc, views, mentions)
        mentions = self._org_names(doc, views, mentions, org_names)
        mentions = self._surnames(doc, views, mentions)
        mentions = sorted(mentions + resolve_titles(doc, views, kb, mentions, ctx.year),
                          key=lambda m: m.first)
        mentions = sorted(org_phrases(doc, views, kb, mentions), key=lambda m: m.first)
        mentions = org_nisba(doc, views, kb, mentions)
        mentions = self.anaphora(doc, views, mentions, ctx)
        return [m.entity for m in _non_overlapping(mentions)]

    def _next_countries(self, views, last: int) -> set[str]:
        """Countries of a place named right after token `last` (في اليمن, باليمن, اليمني)."""
        j = next_word(views, last)
        if j is not None and views[j].norm == "في":
            j = next_word(views, j)
        if j is None:
            return set()
        out = set()
        for form, _ in first_token_readings(views[j].norm):
            for c in self.kb.candidates_by_key(form):
                if c.entry.is_place and c.entry.country and not c.needs_context:
                    out.add(c.entry.country)
            nis = self.kb.nisba_exact(form)
            if nis is not None:
                out.add(nis.country)
        return out

    def _other_person(self, views, m: Match) -> bool:
        """A one-word name right after a given name, an honorific or another name part is
        someone else's (يوسف أوباما the footballer, الدكتور هادي, الجندي مشعل علي غرم عسيري).
        A longer name right after a given name is too (محمد علي صالح is not علي صالح)."""
        if m.stripped or m.first == 0:
            return False
        if m.first != m.last:
            j = m.first - 1
            if not views[j].is_word or views[j].surface.endswith("ى"):
                return False
            return self.kb.is_given_name(views[j].norm)
        for back in (1, 2):
            j = m.first - back
            if j < 0 or not views[j].is_word:
                return False
            w = views[j].norm
            if self.kb.is_given_name(w) or w in _NAME_PARTS or (back == 1 and w in _HONORIFICS):
                return True
        return False

    def _pronoun_reading(self, views, m: Match) -> bool:
        """A one-word name spelt with final ة, written here with ه, where the word without
        that ه is a common word (`KnowledgeBase.is_taa_word`): a noun and its pronoun
        (حديثه "his talk", بيانه "his statement"), unless a place word stands before it
        (مدينة حديثه)."""
        if m.first != m.last or not self.kb.is_taa_word(m.key):
            return False
        letters = [ch for ch in views[m.last].surface if "\u0621" <= ch <= "\u064a"]
        if not letters or letters[-1] != "ه":
            return False
        return not any(f in _GPE_HEADS for f in words_before(views, m.first) if " " not in f)

    def _construct_head(self, views, m: Match) -> bool:
        """A one-word name without the article, followed directly by a definite noun: the
        first word of a construct phrase (سدة الحكم "the seat of power"), which a GeoNames
        alternate name alone does not outweigh. A nisba-like adjective, a place epithet or a
        day after it (سوسة الساحلية, تونس العاصمة, سوسة الجمعة) is not a construct."""
        if m.first != m.last or m.key.startswith("ال") or m.last + 1 >= len(views):
            return False
        nxt = views[m.last + 1]
        w = nxt.norm
        return (nxt.is_word and w.startswith("ال") and len(w) > 3 and not w.endswith(("ي", "يه"))
                and w not in _PLACE_EPITHETS)

    def _after_given_name(self, views, m: Match) -> bool:
        """A one-word match written right after a given name (محمد الشدادي)."""
        if m.first != m.last or m.stripped or m.first == 0:
            return False
        prev = views[m.first - 1]
        # على (on) and علي (Ali) share a matching form; the written alef maqsura tells them apart
        return prev.is_word and self.kb.is_given_name(prev.norm) and not prev.surface.endswith("ى")

    def _context(self, views: Sequence[TokenView], year: int | None) -> DocContext:
        """Countries named by unambiguous places and nisba adjectives."""
        kb = self.kb
        ctx = DocContext(year=year)
        for m in scan(views, kb, accept=lambda m: any(not c.needs_context for c in m.candidates)):
            free = [c.entry for c in m.candidates if not c.needs_context]
            # a name shared across countries (طرابلس) says nothing about the article yet
            if len({e.country for e in free}) == 1 and free[0].is_place:
                entry = choose(m.candidates, None)
                ctx.add_place(entry)
                if ctx.dateline is None and m.first < _DATELINE_TOKENS and _dateline_at(views, m):
                    ctx.dateline = entry.country
        for v in views:
            if v.is_word and len(v.norm) > 3:
                nis = nisba_of(kb, v.norm)
                if nis is not None:
                    ctx.add_nisba(nis[0].country)
        return ctx

    # ---------------------------------------------------------------------------------------
    def _merge_tagger(self, doc, views, mentions: list[Mention]) -> list[Mention]:
        token_starts = [v.rstart for v in views]
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.first, m.last + 1):
                by_token[i] = m
        added: list[Mention] = []
        dropped: set[int] = set()
        sentences = []
        for sent in doc.sentences:
            rs, re_ = doc.restored_bounds(sent)
            idx = list(range(bisect.bisect_left(token_starts, rs), bisect.bisect_left(token_starts, re_)))
            if idx:
                sentences.append(idx)
        words = [[views[i].surface for i in idx] for idx in sentences]
        # the whole article at once when the tagger can: its second pass remembers how the
        # same word was tagged in the sentences around (a name seen once is a name again)
        by_document = getattr(self.tagger, "tag_document_spans", None)
        tagged = by_document(words) if by_document else [self.tagger.tag_spans(w) for w in words]
        for idx, spans in zip(sentences, tagged):
            for s, e, typ, conf in spans:
                if not (0 <= s < e <= len(idx)):
                    continue
                first, last = idx[s], idx[e - 1]
                while first <= last and not views[first].is_word:
                    first += 1
                while last >= first and not views[last].is_word:
                    last -= 1
                if first > last:
                    continue
                types = CRF_TYPES.get(typ, ("MISC",))
                hit = {id(by_token[i]): by_token[i] for i in range(first, last + 1) if i in by_token}
                lone = [m for m in hit.values() if m.entity.type == "PER" and m.first == m.last
                        and m.entity.source == "kb" and first < m.first and m.last == last
                        and not self._title_like(views, first, m.first)]
                if "PER" in types and len(hit) == 1 and lone and last > first:
                    # the tagger reads a longer name around a one-word alias (يوسف أوباما):
                    # that is someone else unless the knowledge base knows the longer name
                    replacement = self._tagger_mention(doc, views, first, last, types, conf)
                    if replacement is not None:
                        dropped.add(id(lone[0]))
                        added.append(replacement)
                        for i in range(replacement.first, replacement.last + 1):
                            by_token[i] = replacement
                    continue
                if hit:
                    for m in hit.values():
                        if m.entity.type in types and m.entity.source == "kb":
                            m.entity = dataclasses.replace(
                                m.entity, source="kb+crf",
                                confidence=round(max(m.entity.confidence, 0.5 + conf / 2), 3))
                    continue
                mention = self._tagger_mention(doc, views, first, last, types, conf)
                if mention is not None:
                    added.append(mention)
                    for i in range(mention.first, mention.last + 1):
                        by_token[i] = mention
        return [m for m in mentions if id(m) not in dropped] + added

    def _tagger_mention(self, doc, views, first: int, last: int, types, conf: float):
        """A tagger span: linked if it is exactly an alias of an entry of its type.

        Leading office words are not part of it (وكيل إمارة منطقة الباحة الدكتور حامد
        الشمري: the person is حامد الشمري); a span that is nothing but office words, starts
        with a preposition, or is a "person" named after a landmark word (سد كوكب) is none.
        """
        kb = self.kb
        head_norm = views[first].norm
        if head_norm in _PREPOSITIONS and (head_norm not in ("علي", "الي")
                                           or views[first].surface.endswith("ى")):
            return None  # على/إلى (written ى), في, من ...: never the first word of a name
        first = self._skip_office_words(views, first, last)
        if first is None:
            return None
        if "PER" in types and first == last and self._after_landmark(views, first):
            return None
        rest = " ".join(views[i].norm for i in range(first + 1, last + 1) if views[i].is_word)
        head = views[first]
        for form, strip in first_token_readings(head.norm):
            key = form + (" " + rest if rest else "")
            cands = [c for c in kb.candidates_by_key(key) if c.entry.type in types]
            entry = choose([dataclasses.replace(c, needs_context=False) for c in cands], None)
            if entry is not None:
                rstart = head.rstart + _offset(head, strip)
                return Mention(first, last, link(doc, Entity, rstart, views[last].rend, entry,
                                                 "kb+crf", round(0.5 + conf / 2, 3)), entry)
        if conf < self.min_crf_confidence or not self._plausible_name(views, first, last, types[0]):
            return None
        typ = types[0]
        if typ == "GPE":
            prev = next((views[j] for j in range(first - 1, -1, -1) if views[j].is_word), None)
            typ = "GPE" if prev is not None and any(
                f in _GPE_HEADS for f, _ in first_token_readings(prev.norm)) else "LOC"
        prefixes = doc.tokens[head.index].prefixes
        strip = sum(len(p) for p in prefixes if p != "ال") if prefixes and prefixes[-1] == "ال" else 0
        if strip and tuple(prefixes[-2:]) == ("ل", "ال"):
            strip -= 1  # لل: preposition and article are one in writing, the span keeps both
        if not strip and head.norm[:1] in "وفبل" and len(head.norm) > 3:
            rest = head.norm[1:]
            # ونيكولاي: the conjunction is glued on when what remains is a known name start
            if kb.is_given_name(rest) or kb.has_prefix(rest) or kb.has_key(rest):
                strip = 1
        rstart = head.rstart + _offset(head, strip)
        ent = doc.span_from_restored(Entity, rstart, views[last].rend, type=typ,
                                     source="crf", confidence=round(conf, 3))
        return Mention(first, last, ent, None)

    def _org_names(self, doc, views, mentions: list[Mention], spans) -> list[Mention]:
        """Unlinked organisations for armed groups' names ending in a place (لواء شهداء
        اليرموك), where nothing else covers them."""
        if not spans:
            return mentions
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        added = []
        for first, last in spans:
            if any(i in covered for i in range(first, last + 1)):
                continue
            head = views[first]
            strip = next((st for f, st in first_token_readings(head.norm)
                          if f in _UNIT_HEADS), 0)
            ent = doc.span_from_restored(Entity, head.rstart + _offset(head, strip),
                                         views[last].rend, type="ORG", source="org-name",
                                         confidence=0.7)
            added.append(Mention(first, last, ent, None))
            covered.update(range(first, last + 1))
        return mentions + added

    def _skip_office_words(self, views, first: int, last: int) -> int | None:
        """The first token after leading office and title words (وكيل إمارة, الدكتور), or
        None when the span holds nothing else."""
        kb = self.kb
        i, office = first, False
        while i <= last:
            if not views[i].is_word:
                i += 1
                continue
            forms = [f for f, _ in first_token_readings(views[i].norm)]
            if self._name_not_office(views, i, last):
                break  # أمين مشاقبة: أمين is a name here, not "secretary"
            if any(f in PERSON_HEADS or f in _HONORIFICS or kb.title(f) is not None
                   for f in forms):
                office = True
            elif not (office and any(f in _OFFICE_PARTS for f in forms)):
                break
            i += 1
        if i > last:
            return None
        return i

    def _name_not_office(self, views, i: int, last: int) -> bool:
        """An office word that is also a given name (أمين, امين) is the name unless an
        office's word follows (أمين عام, أمين منطقة الرياض)."""
        if views[i].norm not in _NAME_OR_OFFICE and not self.kb.is_given_name(views[i].norm):
            return False
        j = i + 1
        if j > last or not views[j].is_word:
            return True
        w = views[j].norm
        return not (w in _OFFICE_PARTS or w in ("عام", "سر", "العام") or self.kb.title(w))

    def _after_landmark(self, views, i: int) -> bool:
        """Whether the word before token i is a landmark's kind (سد, جبل, نهر, مطار)."""
        j = i - 1
        while j >= 0 and not views[j].is_word:
            j -= 1
        return j >= 0 and views[j].norm in _LANDMARK_HEADS

    def _in_org_name(self, views, first: int) -> int | None:
        """The first token of an armed group's name a place at token `first` ends
        (لواء شهداء اليرموك, كتائب أحرار الشام), else None."""
        prev = [j for j in range(first - 1, max(-1, first - 4), -1) if views[j].is_word][:2]
        if not prev or prev[0] != first - 1:
            return None
        p1 = {f for f, _ in first_token_readings(views[prev[0]].norm)}
        if p1 & _UNIT_DIRECT:
            return prev[0]
        if p1 & _UNIT_EPITHETS and len(prev) == 2 and prev[1] == prev[0] - 1 and \
                {f for f, _ in first_token_readings(views[prev[1]].norm)} & _UNIT_HEADS:
            return prev[1]
        return None

    def _plausible_name(self, views, first: int, last: int, typ: str) -> bool:
        """Not a lone nisba, title, given name, listed common word or one-word MISC."""
        words = [views[i] for i in range(first, last + 1) if views[i].is_word]
        if not words or sum(len(w.norm) for w in words) < 3:
            return False
        if len(words) == 1:
            if typ == "MISC":
                return False  # ANERcorp's one-word MISC is mostly religions and currencies
            forms = [f for f, _ in first_token_readings(words[0].norm)]
            kb = self.kb
            if any(kb.is_not_entity(f) or kb.is_given_name(f) or kb.title(f) is not None
                   or kb.nisba_exact(f) is not None for f in forms):
                return False
        return True

    # ---------------------------------------------------------------------------------------
    def _surnames(self, doc, views, mentions: list[Mention]) -> list[Mention]:
        """A person the tagger found, named again by the last name alone, is the same person.

        Linked people need no such rule: their surnames are knowledge-base aliases where they
        are distinctive (بوتين, بورينكوف) and deliberately not where they are common words
        (خميس). A patronymic's last word (سلمان بن عبدالعزيز) is the father's, not a surname.
        """
        surnames: dict[str, tuple[int, Mention]] = {}
        owners: dict[str, set] = {}  # every full name's last word -> whose (kb id or text)
        for m in sorted(mentions, key=lambda m: m.first):
            if m.entity.type != "PER":
                continue
            words = [i for i in range(m.first, m.last + 1) if views[i].is_word]
            if any(views[i].norm in _PATRONYMIC for i in words):
                continue
            if len(words) >= 2 and len(views[words[-1]].norm) >= 3:
                last = views[words[-1]].norm
                owners.setdefault(last, set()).add(m.entry.id if m.entry else m.entity.text)
                if m.entry is None:
                    surnames.setdefault(last, (m.last, m))
        self._linked_surnames(doc, views, mentions, owners)
        if not surnames:
            return mentions
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        added = []
        for v in views:
            if not v.is_word or v.index in covered:
                continue
            for form, strip in first_token_readings(v.norm):
                hit = surnames.get(form)
                if hit is None or v.index <= hit[0]:
                    continue
                src = hit[1]
                rstart = v.rstart + _offset(v, strip)
                if src.entry is not None:
                    ent = link(doc, Entity, rstart, v.rend, src.entry, "surname", 0.8)
                else:
                    ent = doc.span_from_restored(Entity, rstart, v.rend, type="PER",
                                                 source="surname", confidence=0.6)
                added.append(Mention(v.index, v.index, ent, src.entry))
                break
        return mentions + added

    def _linked_surnames(self, doc, views, mentions: list[Mention], owners: dict) -> None:
        """A one-word person the tagger found, after a linked full name ending in that word,
        is that person (النجيفي after أثيل النجيفي) — unless two people in the article bear
        the name (أثيل and أسامة النجيفي). Relinks in place."""
        for m in mentions:
            if m.entry is not None or m.entity.type != "PER" or m.first != m.last:
                continue
            v = views[m.first]
            for form, strip in first_token_readings(v.norm):
                who = owners.get(form)
                if not who or len(who) != 1:
                    continue
                src = next((x for x in mentions if x.entry is not None and x.entry.id in who
                            and x.last < m.first and x.last > x.first), None)
                if src is None:
                    break
                m.entity = link(doc, Entity, v.rstart + _offset(v, strip), v.rend, src.entry,
                                "surname", 0.8)
                m.entry = src.entry
                break

    def _title_like(self, views, first: int, end: int) -> bool:
        """Whether tokens [first, end) hold a title or office word (الرئيس بوتين)."""
        kb = self.kb
        for j in range(first, end):
            for f, _ in first_token_readings(views[j].norm):
                if kb.title(f) is not None or f in PERSON_HEADS or kb.nisba_exact(f) is not None:
                    return True
        return False


def words_before(views: Sequence[TokenView], i: int) -> list[str]:
    """Forms of the word (and two words) before token i, for `after` context rules."""
    prev = [j for j in range(i - 1, max(-1, i - 4), -1) if views[j].is_word][:2]
    if not prev:
        return []
    forms = [f for f, _ in first_token_readings(views[prev[0]].norm)]
    if len(prev) == 2:
        forms.append(views[prev[1]].norm + " " + views[prev[0]].norm)
    return forms


def _dateline_at(views: Sequence[TokenView], m: Match) -> bool:
    """Whether a match is a dateline's place: a dash or colon right before or after it
    (عين اليوم – جدة, رويترز- بنغازي:)."""
    return ((m.first > 0 and views[m.first - 1].norm in _DASHES)
            or (m.last + 1 < len(views) and views[m.last + 1].norm in _DASHES))


def _offset(view: TokenView, strip: int) -> int:
    return surface_offset(view.surface, strip)


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping an earlier kept one; linked and longer ones are kept first."""
    ranked = sorted(mentions, key=lambda m: (m.entry is None, -(m.entity.end - m.entity.start),
                                             m.entity.start))
    kept: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for m in ranked:
        s, e = m.entity.start, m.entity.end
        if e <= s:
            continue
        if any(s < ke and ks < e for ks, ke in spans):
            continue
        kept.append(m)
        spans.append((s, e))
    return sorted(kept, key=lambda m: (m.entity.start, m.entity.end))


def _named(doc: Document, ent: Entity) -> Entity:
    """An unlinked mention's Arabic name is its restored text: `كا*رتر` is named كارتر, so
    what reads an entity (events, exports, search) never sees the obfuscation."""
    if ent.name_ar or ent.kb_id:
        return ent
    return dataclasses.replace(ent, name_ar=doc.restored_text(ent))
