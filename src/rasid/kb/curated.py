"""Reading and checking the curated YAML of the knowledge base (builder only).

`key` is the one spelling every alias, nisba and title is stored under; `load_curated`
validates the entries of `resources/kb/curated/*.yaml` and says which file and entry is wrong.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from rasid.data import resource_path
from rasid.text.normalize import matching_form

PLACE_TYPES = {"GPE", "LOC"}
_ROLE = re.compile(r"^(\w+) ([A-Z]{2}|UN|XX) (\d{4})?-(\d{4})?$")


class BuildError(ValueError):
    """A curated file is malformed; the message names the file and the entry."""


def key(text: str) -> str:
    """Alias key: matching form with whitespace collapsed and hyphens/quotes read as spaces."""
    form = matching_form(text)
    form = re.sub(r"[\-–_/\"“”«»'’()]", " ", form)
    return " ".join(form.split())


def curated_dir() -> Path:
    return resource_path("kb", "curated")


def load_curated(directory: Path | None = None) -> list[dict[str, Any]]:
    """All curated entries (countries.yaml excluded), validated, sorted by id."""
    directory = directory or curated_dir()
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "countries.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise BuildError(f"{path}: expected a list of entries")
        for i, e in enumerate(data):
            where = f"{path.name} entry {i} ({e.get('id', '?')})"
            for field in ("id", "type", "name_ar", "name_en"):
                if not e.get(field):
                    raise BuildError(f"{where}: missing '{field}'")
            if e["type"] not in {"PER", "ORG", "GPE", "LOC", "MISC"}:
                raise BuildError(f"{where}: type must be PER ORG GPE LOC MISC")
            if e["type"] in PLACE_TYPES and (e.get("lat") is None or e.get("lon") is None) \
                    and not e.get("no_coordinates"):
                raise BuildError(f"{where}: a place needs lat and lon (or no_coordinates: true "
                                 f"where no source gives its position)")
            if e.get("no_coordinates") and (e.get("lat") is not None or e.get("lon") is not None):
                raise BuildError(f"{where}: no_coordinates with lat/lon; keep one")
            if e["id"] in entries:
                raise BuildError(f"{where}: duplicate id (also in an earlier file)")
            cc = e.get("country")
            if cc is not None and not (isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc)):
                raise BuildError(f"{where}: country must be an ISO 3166 alpha-2 code in quotes "
                                 f"if YAML could read it otherwise (\"NO\"), not {cc!r}")
            for r in e.get("roles", []) or []:
                if not _ROLE.match(r):
                    raise BuildError(f"{where}: role '{r}' is not 'role CC YYYY-YYYY'")
            entries[e["id"]] = e
    return [entries[k] for k in sorted(entries)]


def nisba_forms(base: str) -> list[str]:
    """Inflected forms of a masculine nisba (روسي): feminine, plurals, dual, with/without ال."""
    b = key(base)
    forms = {b, b + "ه", b + "ا", b + "ين", b + "ون", b + "ان", b + "تان", b + "تين", b + "ات"}
    return sorted(forms | {"ال" + f for f in forms})


def read_yaml(path: Path):
    """A YAML file of the knowledge base's sources, parsed."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def context_rule(e: dict[str, Any]) -> tuple[dict[str, Any] | None, set[str]]:
    """An entry's context rule (normalised) and the alias keys it applies to."""
    eid = e["id"]
    if not e.get("context"):
        return None, set()
    ctx = dict(e["context"])
    if ctx.get("level") not in (None, "mention", "focus"):
        raise BuildError(f"curated {eid}: context level must be mention or focus")
    if "level" in ctx and "country" not in ctx:
        raise BuildError(f"curated {eid}: context level needs a country")
    names = [e["name_ar"], *(e.get("aliases_ar") or [])]
    listed = ctx.pop("aliases", None)
    ctx_keys = ({key(a) for a in listed} if listed is not None
                else {key(a) for a in names if len(key(a).split()) == 1})
    unknown = ctx_keys - {key(a) for a in names}
    if unknown:
        raise BuildError(f"curated {eid}: context names aliases it lacks: {sorted(unknown)}")
    for field in ("after", "unless_next"):
        if ctx.get(field):
            ctx[field] = sorted({key(a) for a in ctx[field]})
    return ctx, ctx_keys
