"""The knowledge base: places, people, organisations and things, with Arabic aliases.

The shipped file `resources/kb/kb.sqlite` is built by `python -m rasid.kb.build`; this module
only reads it. `KnowledgeBase.load()` opens it read-only and holds the alias index in memory
(look-ups are the recogniser's hot path); no registry package is imported at run time.

Ambiguity, in the order `lookup` ranks candidates for one alias key:
  1. source: curated entries before CLDR countries before GeoNames cities;
  2. `prefer`: a curated entry marked so wins a shared name (bare إدلب -> the governorate);
  3. population, then id, so the order is total and stable.
(The recogniser puts one more key between 1 and 2: an entry in a country the article names
wins, so طرابلس follows Libya or Lebanon.)

Aliases flagged `needs_context` (الأسد, النظام, الباب, small foreign towns) are returned by
`candidates` with the flag and the entry's `context` rule; the recogniser decides whether the
article supports them, and `lookup` leaves them out. A rule (curated `context:`) may hold:
  country + level   the article mentions (`mention`) or is mostly about (`focus`) the country;
  after             words of which one right before the alias licenses it (مدينة الباب);
  unless_next       words after which the alias is not this entry (مسقط رأسه);
  aliases           which aliases need the rule (default: the one-word ones).
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from rasid.data import resource_path
from rasid.text.normalize import matching_form
from rasid.text.tokens import iter_tokens

# Inside a name these separate words the way a space does (عين العرب-كوباني).
JOINERS = frozenset("-–_/")
_SPACE_LIKE = str.maketrans({c: " " for c in "-–_/\"“”«»'’()"})


def phrase_key(text: str) -> str:
    """The look-up key of a phrase: matching form, tokens joined by one space.

    Dashes, slashes, quotes and brackets count as spaces; other punctuation (the dots of
    د.ب.أ) stays, as its own token.
    """
    return " ".join(t for _, _, t in iter_tokens(matching_form(text).translate(_SPACE_LIKE)))

__all__ = ["KnowledgeBase", "KBEntry", "Role", "Candidate", "kb_stats", "default_path",
           "phrase_key"]


@dataclass(frozen=True)
class Role:
    """An office held: `role` (head_of_state, foreign_minister…) in `country` over years."""

    role: str
    country: str
    start: int | None
    end: int | None

    def covers(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class KBEntry:
    """One knowledge-base entry."""

    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    wikidata: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str = ""
    prefer: bool = False
    context: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)
    population: int | None = None
    government: str | None = None  # countries: kingdom, emirate, sultanate, republic, ...

    @property
    def is_place(self) -> bool:
        return self.type in ("GPE", "LOC")


@dataclass(frozen=True)
class Candidate:
    """An entry an alias key names, with whether that alias needs the article's support."""

    entry: KBEntry
    rank: int
    needs_context: bool


def default_path() -> Path:
    return resource_path("kb", "kb.sqlite")


def _parse_role(text: str) -> Role:
    name, country, years = text.split(" ")
    start, _, end = years.partition("-")
    return Role(name, country, int(start) if start else None, int(end) if end else None)


class KnowledgeBase:
    """Read-only access to a built knowledge base, fully indexed in memory."""

    def __init__(self, entries: dict[str, KBEntry], index: dict[str, tuple[tuple[str, int, int], ...]],
                 nisba: dict[str, str], titles: dict[str, tuple[str, int]], meta: dict[str, str],
                 path: Path | None = None):
        self._entries = entries
        self._index = index
        self._nisba = nisba
        self._titles = titles
        self.meta = meta
        self.path = path
        self.max_alias_tokens = max((len(k.split()) for k in index), default=1)
        self.max_title_tokens = max((len(k.split()) for k in titles), default=1)
        # every token-prefix of every key, so a scan can stop as soon as nothing can follow
        self._prefixes = set()
        for k in list(index) + list(titles):
            parts = k.split()
            for n in range(1, len(parts)):
                self._prefixes.add(" ".join(parts[:n]))
        self._holders: dict[tuple[str, str], list[KBEntry]] = {}
        for e in entries.values():
            for r in e.roles:
                self._holders.setdefault((r.role, r.country), []).append(e)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "KnowledgeBase":
        """Open a built knowledge base (default: the shipped one) and index it.

        Args:
            path: a kb.sqlite written by `rasid.kb.build`; None for the shipped file.
        Returns:
            The knowledge base; the file is closed again once read.
        """
        path = Path(path) if path is not None else default_path()
        if not path.exists():
            raise FileNotFoundError(f"no knowledge base at {path}: run 'python -m rasid.kb.build'")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
            alias_rows = con.execute("SELECT key, entry_id, rank, ctx FROM aliases ORDER BY key, entry_id").fetchall()
            by_entry: dict[str, list[str]] = {}
            title_countries: dict[str, str] = {}
            merged: dict[tuple[str, str], tuple[int, int]] = {}
            for key, eid, rank, ctx in alias_rows:
                by_entry.setdefault(eid, []).append(key)
                pk = (phrase_key(key), eid)
                prev = merged.get(pk)
                merged[pk] = (rank, ctx) if prev is None else (min(prev[0], rank), min(prev[1], ctx))
            raw_index: dict[str, list[tuple[str, int, int]]] = {}
            for (pk, eid), (rank, ctx) in merged.items():
                raw_index.setdefault(pk, []).append((eid, rank, ctx))
            entries = {}
            for row in con.execute("SELECT id, type, name_ar, name_en, country, lat, lon, feature, wikidata,"
                                   " role, roles, source, prefer, context, population FROM entries"):
                (eid, typ, name_ar, name_en, country, lat, lon, feature, wikidata, role, roles,
                 source, prefer, context, population) = row
                entries[eid] = KBEntry(
                    id=eid, type=typ, name_ar=name_ar, name_en=name_en, country=country, lat=lat,
                    lon=lon, feature=feature, wikidata=wikidata, role=role,
                    aliases=tuple(by_entry.get(eid, ())),
                    roles=tuple(_parse_role(r) for r in json.loads(roles)) if roles else (),
                    source=source, prefer=bool(prefer),
                    context=json.loads(context) if context else None, population=population)
            governments = dict(con.execute("SELECT country, form FROM governments"))
            for iso, form in governments.items():
                eid = f"country:{iso}"
                if eid in entries:
                    entries[eid] = dataclasses.replace(entries[eid], government=form)
            taa_words = frozenset(k for (k,) in con.execute("SELECT key FROM taa_words"))
            nisba = dict(con.execute("SELECT key, country FROM nisba"))
            titles = {}
            for k, r, n, c, o in con.execute("SELECT key, role, number, country, of_entry FROM titles"):
                titles[phrase_key(k)] = (r, n)
                if c:
                    title_countries[phrase_key(k)] = (c, o)
            given = frozenset(phrase_key(k) for (k,) in con.execute("SELECT key FROM given_names"))
            not_entities = frozenset(phrase_key(k)
                                     for (k,) in con.execute("SELECT key FROM not_entities"))
            org_heads = frozenset(phrase_key(k) for (k,) in con.execute("SELECT key FROM org_heads"))
        finally:
            con.close()

        def order(c: tuple[str, int, int]):
            e = entries[c[0]]
            return (c[1], not e.prefer, -(e.population or 0), e.id)

        index = {k: tuple(sorted(v, key=order)) for k, v in raw_index.items()}
        kb = cls(entries, index, nisba, titles, meta, path)
        kb._given = given
        kb._title_countries = title_countries
        kb._not_entities = not_entities
        kb._org_heads = org_heads
        kb._taa_words = taa_words
        kb._org_head_prefixes = {" ".join(h.split()[:n]) for h in org_heads
                                 for n in range(1, len(h.split()))}
        return kb

    # -- look-ups -------------------------------------------------------------------------
    def candidates(self, phrase: str) -> list[Candidate]:
        """Every entry a phrase names, best first, with its context flag."""
        return self.candidates_by_key(phrase_key(phrase))

    def candidates_by_key(self, key: str) -> list[Candidate]:
        """Like `candidates` for a key already in `phrase_key` form (the recogniser's path)."""
        return [Candidate(self._entries[eid], rank, bool(ctx))
                for eid, rank, ctx in self._index.get(key, ())]

    def lookup(self, norm_phrase: str) -> list[KBEntry]:
        """Entries a phrase (any spelling; matched in matching form) names without context."""
        return [c.entry for c in self.candidates(norm_phrase) if not c.needs_context]

    def has_key(self, key: str) -> bool:
        return key in self._index

    def has_prefix(self, key: str) -> bool:
        """Whether some alias or title key (phrase_key form) starts with these whole tokens."""
        return key in self._prefixes

    def get(self, kb_id: str) -> KBEntry | None:
        return self._entries.get(kb_id)

    def country(self, iso: str | None) -> KBEntry | None:
        return self._entries.get(f"country:{iso}") if iso else None

    def nisba(self, norm_word: str) -> KBEntry | None:
        """The country a nisba adjective names (الروسية, والتركي -> Russia, Turkey), else None."""
        norm_word = matching_form(norm_word)
        iso = self._nisba.get(norm_word)
        if iso is None:
            for prefix in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "وال", "بال", "فال"):
                if norm_word.startswith(prefix) and len(norm_word) - len(prefix) >= 3:
                    rest = norm_word[len(prefix):]
                    if prefix.endswith("ال"):
                        rest = "ال" + rest
                    iso = self._nisba.get(rest)
                    if iso:
                        break
        return self.country(iso) if iso else None

    def nisba_exact(self, form: str) -> KBEntry | None:
        """The country a nisba names, for a form already in matching form with no clitic."""
        return self.country(self._nisba.get(form))

    def is_given_name(self, key: str) -> bool:
        """Whether a word (phrase_key form) is a common given name (يوسف, محمد, جون)."""
        return key in getattr(self, "_given", ())

    def is_org_head(self, key: str) -> bool:
        """Whether a phrase heads an organisation name (وزارة, السلطات, القوات البحرية)."""
        return key in getattr(self, "_org_heads", ())

    def is_org_head_prefix(self, key: str) -> bool:
        return key in getattr(self, "_org_head_prefixes", ())

    def is_taa_word(self, key: str) -> bool:
        """Whether a one-word alias key is a name written with final ة whose ه spelling is a
        common word with the pronoun ه (حديثة Haditha / حديثه "his talk")."""
        return key in getattr(self, "_taa_words", ())

    def is_not_entity(self, key: str) -> bool:
        """Whether a word alone is never reported as an unlinked entity (الله, دولار, المدينة)."""
        return key in getattr(self, "_not_entities", ())

    def title(self, key: str) -> tuple[str, int] | None:
        """(role, number) of an office title key (الرئيس -> head_of_state, 1), else None."""
        return self._titles.get(key)

    def title_country(self, key: str) -> tuple[str, str | None] | None:
        """(country, organisation id or None) a title names by itself: خادم الحرمين الشريفين
        -> (SA, None); الأمين العام -> (UN, org-un), which holds only before a mention of the
        United Nations. None for titles that need a nisba or country after them."""
        return getattr(self, "_title_countries", {}).get(key)

    def holders(self, role: str, country: str, year: int | None = None) -> list[KBEntry]:
        """People holding `role` in `country` in `year` (any year if None), latest start first.

        `minister` matches every *_minister office.
        """
        keys = ([k for k in self._holders if k[1] == country and k[0].endswith("_minister")]
                if role == "minister" else [(role, country)])
        found = []
        for k in keys:
            for e in self._holders.get(k, ()):
                spans = [r for r in e.roles if (r.role, r.country) == k and r.covers(year)]
                if spans:
                    found.append((max(r.start or 0 for r in spans), e))
        found.sort(key=lambda t: (-t[0], t[1].id))
        seen, out = set(), []
        for _, e in found:
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
        return out

    def entries(self):
        return self._entries.values()

    def stats(self) -> dict[str, Any]:
        return kb_stats(self)


def kb_stats(kb: KnowledgeBase) -> dict[str, Any]:
    """Counts for `rasid kb stats`: entries per type/feature/source, aliases, countries, size."""
    by_type: dict[str, int] = {}
    by_feature: dict[str, int] = {}
    by_source: dict[str, int] = {}
    countries = set()
    for e in kb.entries():
        by_type[e.type] = by_type.get(e.type, 0) + 1
        if e.feature:
            by_feature[e.feature] = by_feature.get(e.feature, 0) + 1
        by_source[e.source] = by_source.get(e.source, 0) + 1
        if e.country:
            countries.add(e.country)
    return {
        "path": str(kb.path) if kb.path else None,
        "file_bytes": kb.path.stat().st_size if kb.path and kb.path.exists() else None,
        "entries": sum(by_type.values()),
        "by_type": dict(sorted(by_type.items())),
        "by_feature": dict(sorted(by_feature.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_source": dict(sorted(by_source.items())),
        "alias_keys": len(kb._index),
        "nisba_forms": len(kb._nisba),
        "titles": len(kb._titles),
        "given_names": len(getattr(kb, "_given", ())),
        "countries_covered": len(countries),
        "max_alias_tokens": kb.max_alias_tokens,
        "meta": dict(sorted(kb.meta.items())),
    }
