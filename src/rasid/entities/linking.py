"""Choosing a knowledge-base entry for a mention, and what an article says about itself.

An alias can name several entries (طرابلس in Libya and in Lebanon) and some aliases are
ordinary words unless the article supports them (الأسد "the lion" / Bashar al-Assad, النظام
"the system" / the Syrian government). `DocContext` holds the support: which countries the
article's unambiguous places and nisba adjectives name, and which it is mostly about.

How a name shared by several entries is decided (`choose`), in order:
  1. only supported candidates count (no `needs_context` flag, or its rule holds); a place
     licensed by an `after` word (بلدة دوما) licenses the other places of the same name
     whose rule has no country, when the article names their country (so بلدة دوما is the
     village near Nablus in a story about Nablus, the town near Damascus in one about Syria);
  2. source rank (curated, CLDR, GeoNames);
  3. the country's score in the article, highest first: every unambiguous town, governorate
     or region named counts 2, a country name or a nisba adjective (السوري) 1, and the
     dateline's place (رويترز - بنغازي:) 3 more;
  4. the curated `prefer` flag, population, id.
A lower-ranked place overrides 2. only when the better-ranked one lies in a country the
article never names and it lies in one the article is mostly about (`focus`); a country
entry is never overridden by a town. A GeoNames name of places in several countries, none of
which the article names, is left unlinked. (الجوف is a Saudi region, a Yemeni governorate and a
Libyan town: the curated two need their country named, the Saudi one mentioned, the Yemeni one
the article's focus, and the article's scores pick between them.)
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from rasid.document import Entity
from rasid.kb import Candidate, KBEntry

DATELINE_WEIGHT = 3


@dataclass
class DocContext:
    """Countries an article mentions (weighted counts) and the year it was written."""

    counts: Counter = field(default_factory=Counter)
    year: int | None = None
    dateline: str | None = None  # country of the place in the dateline, if one was found
    nisbas: Counter = field(default_factory=Counter)  # nisba adjectives alone, per country

    @property
    def mentioned(self) -> set[str]:
        return {c for c, n in self.counts.items() if n > 0}

    @property
    def focus(self) -> set[str]:
        """The countries the article is mostly about (the top count, and any within 25%)."""
        if not self.counts:
            return set()
        top = max(self.counts.values())
        return {c for c, n in self.counts.items() if n >= 0.75 * top}

    def score(self, iso: str | None) -> float:
        """How much the article is about a country (see the module docstring)."""
        if not iso:
            return 0
        return self.counts.get(iso, 0) + (DATELINE_WEIGHT if iso == self.dateline else 0)

    def add_place(self, entry: KBEntry) -> None:
        # a town or governorate says more about where an article is than a country name does
        if entry.country:
            self.counts[entry.country] += 1 if entry.feature == "country" else 2

    def add_nisba(self, iso: str) -> None:
        self.counts[iso] += 1
        self.nisbas[iso] += 1


def year_of(doc) -> int | None:
    """The article's year: its creation date, else the published date it came with."""
    for value in (getattr(doc.dct, "value", None), doc.meta.get("published")):
        if value and str(value)[:4].isdigit():
            return int(str(value)[:4])
    return None


def supported(entry: KBEntry, ctx: DocContext, before: Iterable[str],
              next_countries: Iterable[str] = ()) -> bool:
    """Whether the article supports an alias that needs context (see the curated YAML).

    `next_countries` are the countries of a place named right after the mention (الحكومة
    الشرعية في اليمن): that names the rule's country as well as the article could.
    """
    rule = entry.context or {}
    after = rule.get("after") or ()
    if after and any(w in after for w in before):
        return True
    country = rule.get("country")
    if not country:
        return False
    if country in next_countries:
        return True
    if rule.get("level") == "focus":
        return country in ctx.focus
    return country in ctx.mentioned


def choose(candidates: Sequence[Candidate], ctx: DocContext | None,
           before: Iterable[str] = (), next_countries: Iterable[str] = ()) -> KBEntry | None:
    """The best supported candidate (the order is in the module docstring); None when
    nothing is supported."""
    before = tuple(before)
    next_countries = tuple(next_countries)
    ok = [c for c in candidates if not c.needs_context or (
        ctx is not None and supported(c.entry, ctx, before, next_countries))]
    if not ok:
        return None
    if ctx is None:
        return min(ok, key=lambda c: (c.rank, not c.entry.prefer, -(c.entry.population or 0),
                                      c.entry.id)).entry
    if len(ok) < len(candidates) and any(c.entry.is_place and (c.entry.context or {}).get("after")
                                         for c in ok):
        ok += [c for c in candidates if c not in ok and c.entry.is_place
               and not (c.entry.context or {}).get("country") and ctx.score(c.entry.country) > 0]
    best = min(ok, key=lambda c: (c.rank, -ctx.score(c.entry.country), not c.entry.prefer,
                                  -(c.entry.population or 0), c.entry.id))
    if best.entry.is_place and best.entry.feature != "country" \
            and ctx.score(best.entry.country) == 0:
        focus = ctx.focus
        other = [c for c in ok if c.entry.is_place and c.entry.country in focus]
        if other:
            best = min(other, key=lambda c: (-ctx.score(c.entry.country), c.rank,
                                             not c.entry.prefer, -(c.entry.population or 0),
                                             c.entry.id))
    if best.entry.source == "geonames" and best.entry.is_place \
            and ctx.score(best.entry.country) == 0:
        shared = {c.entry.country for c in ok if c.entry.is_place}
        if len(shared) > 1 and not any(ctx.score(iso) for iso in shared):
            return None  # a GeoNames name of towns in several countries the article never names
    return best.entry


def entity_attrs(entry: KBEntry, source: str, confidence: float) -> dict:
    """The fields a linked entity takes from its entry (coordinates only for places)."""
    return dict(type=entry.type, kb_id=entry.id, name_ar=entry.name_ar, name_en=entry.name_en,
                country=entry.country,
                lat=entry.lat if entry.is_place else None,
                lon=entry.lon if entry.is_place else None,
                feature=entry.feature, source=source, confidence=confidence)


def link(doc, entity_cls, rstart: int, rend: int, entry: KBEntry, source: str,
         confidence: float) -> Entity:
    """An entity over restored offsets [rstart, rend), linked to `entry`."""
    return doc.span_from_restored(entity_cls, rstart, rend,
                                  **entity_attrs(entry, source, confidence))


# -- anaphors: المملكة for the kingdom the article names, التنظيم for the group named before --
# A country anaphor names a country of its form of state (the knowledge base's `government`:
# Spain and Jordan are kingdoms, Kuwait an emirate, Oman a sultanate); a country the knowledge
# base gives no form qualifies when one of its aliases starts with the word (سلطنة ...).
# البلاد names any country.
_COUNTRY_ANAPHORS = {"المملكه": ("المملكه", "مملكه"), "السلطنه": ("السلطنه", "سلطنه"),
                     "الجمهوريه": ("الجمهوريه", "جمهوريه"), "الاماره": ("الاماره", "اماره"),
                     "البلاد": None}
_GOVERNMENT_OF = {"المملكه": "kingdom", "السلطنه": "sultanate", "الجمهوريه": "republic",
                  "الاماره": "emirate"}
# a group anaphor names an organisation one of whose aliases starts with the bare word
_MILITIAS = ("ميليشيا", "مليشيا", "ميليشيات", "مليشيات")
_GROUP_ANAPHORS = {"التنظيم": ("تنظيم",), "الحزب": ("حزب",), "الحركه": ("حركه",),
                   "الجماعه": ("جماعه",), "الجبهه": ("جبهه",),
                   **{"ال" + m: _MILITIAS for m in _MILITIAS}}
# adjectives that still describe the group named before (التنظيم الإرهابي); any other definite
# word after the anaphor makes another name (الحزب الحاكم, الجماعة الإسلامية)
_GROUP_EPITHETS = frozenset({"الارهابي", "الارهابيه", "المتطرف", "المتطرفه", "المتشدد",
                             "المتشدده", "المسلح", "المسلحه", "الجهادي", "الجهاديه"})
# words (matching form) after which the anaphor is part of a newspaper's or an office's name
# (صحيفة الجمهورية, رئيس الجمهورية) or of a phrase (أهل السنة والجماعة, عيد الجمهورية)
_NOT_BEFORE_ANAPHOR = frozenset({"صحيفه", "جريده", "مجله", "قناه", "موقع", "رييس", "رياسه",
                                 "ملك", "الملك", "سلطان", "امير", "الامير", "نايب", "وزير",
                                 "السنه", "عيد", "وكيل"})  # عيد الجمهورية: Republic Day
GROUP_WINDOW = 3  # an antecedent stands in the anaphor's sentence or the three before
_COUNTRY_WINDOW = 2


class Anaphora:
    """Links country and group anaphors to their antecedents; built once per knowledge base."""

    def __init__(self, kb):
        self.kb = kb
        self.forms: dict[str, frozenset[str] | None] = {}
        for word, heads in _COUNTRY_ANAPHORS.items():
            if heads is None:
                self.forms[word] = None
                continue
            gov = _GOVERNMENT_OF[word]
            self.forms[word] = frozenset(
                e.country for e in kb.entries() if e.feature == "country" and e.country
                and (e.government == gov if e.government else
                     any(a.split(" ", 1)[0] in heads for a in e.aliases)))
        # every anaphor ends so, whatever clitics it carries: a cheap test before the readings
        self.endings = tuple({w[2:] for w in list(_COUNTRY_ANAPHORS) + list(_GROUP_ANAPHORS)})
        self.groups: dict[str, frozenset[str]] = {
            word: frozenset(e.id for e in kb.entries() if e.type == "ORG"
                            and any(a.split(" ", 1)[0] in heads and " " in a for a in e.aliases))
            for word, heads in _GROUP_ANAPHORS.items()}

    def __call__(self, doc, views, mentions: list, ctx: DocContext) -> list:
        """The mentions plus linked anaphors (never overlapping a mention).

        Args:
            doc: the document (offsets, sentences).
            views: its tokens (`gazetteer.token_views`).
            mentions: every mention found so far (`roles.Mention`).
            ctx: the article's countries (its nisba counts are used).
        Returns:
            `mentions` followed by the new anaphor mentions.
        """
        from rasid.entities.gazetteer import first_token_readings, surface_offset
        from rasid.entities.roles import Mention, next_word, nisba_of

        hits = []
        endings = self.endings
        for v in views:
            if v.is_word and len(v.norm) >= 5 and v.norm.endswith(endings):
                for form, strip in first_token_readings(v.norm):
                    if form in self.forms or form in self.groups:
                        hits.append((v.index, form, strip))
                        break
        if not hits:
            return mentions
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        hits = [h for h in hits if h[0] not in covered]
        if not hits:
            return mentions
        starts = [doc.restored_bounds(s)[0] for s in doc.sentences]
        sentence = lambda i: bisect.bisect_right(starts, views[i].rstart) - 1  # noqa: E731
        named, support = Counter(), Counter(ctx.nisbas)
        for m in mentions:
            e = m.entry
            if e is not None and e.is_place and e.country:
                if e.feature == "country":
                    named[e.country] += 1
                support[e.country] += 2 if e.feature == "country" else 1
        ordered = sorted(mentions, key=lambda m: m.first)
        # إمارة منطقة الباحة, إمارة دبي: the article speaks of a province's or a city's
        # emirate, which الإمارة may mean as well as an emirate state
        starts_at = {m.first: m for m in mentions}
        local_emirate = any(
            v.is_word and any(f in ("اماره", "الاماره") for f, _ in first_token_readings(v.norm))
            and (nm := starts_at.get(next_word(views, v.index) or -1)) is not None
            and nm.entry is not None and nm.entry.is_place and nm.entry.feature != "country"
            for v in views)
        added = []
        for i, form, strip in hits:
            if form == "الاماره" and local_emirate:
                continue
            j = i - 1
            while j >= 0 and not views[j].is_word:
                j -= 1
            if j >= 0 and any(f in _NOT_BEFORE_ANAPHOR for f, _ in first_token_readings(views[j].norm)):
                continue
            nxt = next_word(views, i)
            last, entry = i, None
            if form in self.forms:
                nis = (nisba_of(self.kb, views[nxt].norm)
                       if nxt == i + 1 and nxt not in covered else None)
                if nis is not None and nis[1] == 0 and form != "البلاد":
                    entry, last = nis[0], nxt  # المملكة الأردنية, الجمهورية التونسية
                else:
                    iso = self._country(form, named, support)
                    if iso is not None and form == "البلاد" and not self._window_countries(
                            views, ordered, i, sentence, nisba_of) <= {iso}:
                        iso = None  # تونس ... ليبيا ... في البلاد: which one is left open
                    entry = self.kb.country(iso)
            else:
                if nxt is not None and nxt == i + 1 and views[nxt].norm.startswith("ال") \
                        and views[nxt].norm not in _GROUP_EPITHETS:
                    continue
                entry = self._group(form, i, sentence(i), ordered + added, views, sentence)
            if entry is None:
                continue
            v = views[i]
            rstart = v.rstart + surface_offset(v.surface, strip)
            m = Mention(i, last, link(doc, Entity, rstart, views[last].rend, entry, "anaphor",
                                      0.7), entry)
            added.append(m)
            covered.update(range(i, last + 1))
        return mentions + added

    def _country(self, form: str, named: Counter, support: Counter) -> str | None:
        """The country of the anaphor's kind the article names and nothing rivals: the only
        one of that kind it speaks of at all, or one with at least twice the support of the
        next and two more (a name counts 2, a place or a nisba 1). Named means by its name,
        or by places and nisba adjectives twice (السعودي, الرياض)."""
        allowed = self.forms[form]
        cands = sorted(((n, c) for c, n in support.items()
                        if n > 0 and (allowed is None or c in allowed)), reverse=True)
        if not cands or not (named[cands[0][1]] or cands[0][0] >= 2):
            return None
        if len(cands) == 1 or (cands[0][0] >= 2 * cands[1][0] and cands[0][0] - cands[1][0] >= 2):
            return cands[0][1]
        return None

    def _window_countries(self, views, ordered, i: int, sentence, nisba_of) -> set[str]:
        """Countries of the places, organisations and nisba adjectives before token i in its
        sentence and the two before (`_COUNTRY_WINDOW`)."""
        floor = sentence(i) - _COUNTRY_WINDOW
        out = set()
        for m in ordered:
            if m.last >= i:
                break
            if m.entity.country and m.entity.type != "PER" and sentence(m.first) >= floor:
                out.add(m.entity.country)
        for j in range(i - 1, -1, -1):
            if sentence(j) < floor:
                break
            if views[j].is_word and len(views[j].norm) > 3:
                nis = nisba_of(self.kb, views[j].norm)
                if nis is not None:
                    out.add(nis[0].country)
        return out

    def _group(self, form: str, i: int, sent: int, mentions, views, sentence) -> KBEntry | None:
        """The one organisation named by an alias starting with the anaphor's word in the
        anaphor's sentence or the ones before it (`GROUP_WINDOW`), else None."""
        ids = self.groups[form]
        bare = _GROUP_ANAPHORS[form]  # views[...].norm.endswith takes the tuple
        found: dict[str, KBEntry] = {}
        for m in mentions:
            if m.last >= i or m.entity.type != "ORG" or sentence(m.first) < sent - GROUP_WINDOW:
                continue
            if m.entry is not None and m.entry.id in ids:
                found[m.entry.id] = m.entry
            elif m.entry is None and views[m.first].norm.endswith(bare):
                return None  # another party or group the knowledge base lacks
        return next(iter(found.values())) if len(found) == 1 else None
