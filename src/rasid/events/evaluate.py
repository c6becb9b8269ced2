"""Event evaluation against gold files (`rasid eval events GOLD_DIR`).

A gold file is shaped like ../shared/gold/idlib-ceasefire-2020.json. Its article text is
found through one of (docs/ontology.md, "Gold files"):
  "article": "file.txt"                       a path relative to the gold file's folder (or
                                              its sibling seed/ folder), or
  "source": {"jsonl": "news/x.jsonl", "id": "..."}  a record of a JSONL file under the shared
                                              data folder (../shared/data, or $RASID_DATA).
"published" (YYYY-MM-DD), if present, is given to the pipeline as the publication date.

Matching rule (after ../shared/tools/seed_check.py `event_match`): same type; if the gold
event names actors/partners/targets, one predicted actor or target shares a name with them
(name_en, name_ar, text or kb_id; matching form; a gold name may list alternatives as
"a|b", and Arabic surface names in `actors_ar`/`partners_ar`/`targets_ar` count too; names also
match when one contains the other as whole words); if it names a location (or "about", or an
Arabic `location_ar`), the predicted location's name contains it or is contained in it; if it has a
date, the predicted date is in the same month (a year-only gold date: same year; an interval:
within it). Matching is one-to-one and greedy: required gold events first, each taking the
matching prediction of highest confidence. A prediction matched to an optional gold event is
neither a true nor a false positive; an unmatched optional gold event is no miss.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from rasid.document import Document
from rasid.text import matching_form

_SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


# Punctuation is no part of a name's words: a gold name quoted as in the article ('"جيش الفتح" في
# المنطقة الجنوبية') or a KB name with a parenthesis ('Houthis (Ansar Allah)') is compared word by
# word with the quotes, brackets, commas and dashes read as spaces (docs/ontology.md, "Gold files").
_PUNCT = re.compile(r"[\"'“”‘’«»()\[\]{}<>،,؛;:.!?؟\-–—_/\\]")


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", matching_form(s or ""))).strip()


def _names(ref: dict | None) -> set[str]:
    if not ref:
        return set()
    values = [str(ref.get(k) or "") for k in ("name_en", "name_ar", "kb_id")]
    # a Ref's text is the original surface: compare what it reads once restored, so that an
    # obfuscated article is scored on its words, not on its obfuscation
    values.append(_restored(str(ref.get("text") or "")))
    return {_norm(v) for v in values} - {""}


@lru_cache(maxsize=4096)
def _restored(text: str) -> str:
    from rasid.pipeline import restore_document
    return restore_document(Document(text=text)).clean if text.strip() else text


def _gold_names(values: Iterable[str]) -> set[str]:
    out = set()
    for v in values:
        out |= {_norm(x) for x in str(v).split("|")} - {""}
    return out


def _overlap(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and f" {short} " in f" {long_} "


def _listed(gold: dict, role: str) -> list[str]:
    """Gold names of a role, in English (`actors`) and, where given, Arabic (`actors_ar`)."""
    values = []
    for key in (role, role + "_ar"):
        value = gold.get(key) or []
        values += [value] if isinstance(value, str) else list(value)
    return values


ALL_PARTS = ("actor", "location", "date")
# relaxed views of the score: which argument checks a match makes besides the type
RELAXED = {"type": (), "type+date": ("date",), "type+actor": ("actor",),
           "type+location": ("location",)}


def event_match(pred: dict, gold: dict, parts: tuple[str, ...] = ALL_PARTS) -> bool:
    """Does a predicted event (contract JSON) match a gold event (the rule above)?

    Args:
        pred: a predicted event (contract JSON).
        gold: a gold event.
        parts: the argument checks made besides the type ("actor", "location", "date");
            fewer give the relaxed scores that tell which argument a miss is due to.
    Returns:
        True when they match.
    """
    if pred.get("type") != gold.get("type"):
        return False
    gn = _gold_names(_listed(gold, "actors") + _listed(gold, "partners") + _listed(gold, "targets"))
    refs = list(pred.get("actors") or []) + list(pred.get("targets") or [])
    names = set().union(*[_names(r) for r in refs]) if refs else set()
    if "actor" in parts and gn and not any(_overlap(n, g) for n in names for g in gn):
        return False
    gls = [_norm(str(gold.get(k) or "").split(" (")[0]) for k in ("location", "about", "location_ar")]
    gls = [x for x in gls if x]
    if "location" in parts and gls:
        locs = set()
        for g in gls:
            locs |= {_norm(x) for x in g.split("|")}
        loc = _names(pred.get("location"))
        if not any(gl in n or n in gl for gl in locs for n in loc):
            return False
    gd = str(gold.get("date") or "") if "date" in parts else ""
    dv = str((pred.get("date") or {}).get("value") or "")
    if gd:
        if "/" in gd:
            lo, hi = gd.split("/")[:2]
            if not (lo[:7] <= dv[:7] <= hi[:7] or dv[:7] == gd[:7]):
                return False
        elif len(gd) == 4:
            if dv[:4] != gd[:4]:
                return False
        elif len(gd) == 7:
            if dv[:7] != gd[:7] and not (dv[:4] == gd[:4] and len(dv) == 4):
                return False
        elif dv[:7] != gd[:7]:
            return False
    return True


def load_article(gold: dict, gold_path: Path) -> tuple[str, dict[str, Any]]:
    """(text, meta) of the article a gold file annotates."""
    if gold.get("article") and not gold.get("source"):
        # beside the gold file, or in a sibling seed/ folder (../shared/gold -> ../shared/seed)
        tries = [gold_path.parent / gold["article"], gold_path.parent.parent / "seed" / gold["article"]]
        path = next((p for p in tries if p.exists()), None)
        if path is None:
            raise FileNotFoundError(f"{gold_path}: its 'article' is in none of "
                                    + ", ".join(str(p) for p in tries))
        return path.read_text(encoding="utf-8"), {"published": gold.get("published")}
    src = gold.get("source")
    if not src:
        raise ValueError(f"{gold_path}: needs 'article' (a path) or 'source' {{jsonl, id}}")
    base = Path(os.environ.get("RASID_DATA") or _SHARED_DATA)
    jsonl = base / src["jsonl"]
    if not jsonl.exists():
        raise FileNotFoundError(f"{gold_path}: source file {jsonl} is missing; set RASID_DATA "
                                "to the folder holding it")
    for line in jsonl.open(encoding="utf-8"):
        row = json.loads(line)
        if row.get("id") == src["id"]:
            text = row["text"]
            if "end" in src:
                text = text[src.get("start", 0):src["end"]]
            return text, {"published": gold.get("published") or row.get("date_extracted"),
                          "title": row.get("title")}
    raise KeyError(f"{gold_path}: id {src['id']!r} not in {jsonl}")


def score_document(pred: list[dict], gold_events: list[dict],
                   parts: tuple[str, ...] = ALL_PARTS) -> dict[str, Any]:
    """tp/fp/fn and per-type counts for one document (one-to-one greedy matching on `parts`)."""
    free = sorted(range(len(pred)), key=lambda i: -(pred[i].get("confidence") or 0))
    used: set[int] = set()
    per: dict[str, dict[str, int]] = {}
    tp = fn = 0
    order = [g for g in gold_events if g.get("required", True)] + \
            [g for g in gold_events if not g.get("required", True)]
    for g in order:
        req = g.get("required", True)
        hit = next((i for i in free if i not in used and event_match(pred[i], g, parts)), None)
        t = per.setdefault(g["type"], {"tp": 0, "fp": 0, "fn": 0})
        if hit is not None:
            used.add(hit)
            if req:
                tp += 1
                t["tp"] += 1
        elif req:
            fn += 1
            t["fn"] += 1
    fp = 0
    for i, e in enumerate(pred):
        if i not in used:
            fp += 1
            per.setdefault(e["type"], {"tp": 0, "fp": 0, "fn": 0})["fp"] += 1
    return {"tp": tp, "fp": fp, "fn": fn, "per_type": per}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_events(gold_dir, pipeline=None) -> dict[str, Any]:
    """Score the pipeline's events against every gold JSON file in `gold_dir`.

    Args:
        gold_dir: folder of gold files (see the module docstring for their shape).
        pipeline: a callable Pipeline; default `rasid.pipeline.Pipeline.default()`.
    Returns:
        {"precision","recall","f1","tp","fp","fn","documents","per_type":{TYPE:{...}},
         "per_document": {file: {tp, fp, fn}},
         "relaxed": {"type"|"type+date"|"type+actor"|"type+location": {precision, recall, f1}}}.
    """
    gold_dir = Path(gold_dir)
    files = sorted(p for p in gold_dir.glob("*.json") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no gold *.json files in {gold_dir}")
    if pipeline is None:
        from rasid.pipeline import Pipeline
        pipeline = Pipeline.default()
    tot = {"tp": 0, "fp": 0, "fn": 0}
    per_type: dict[str, dict[str, int]] = {}
    per_doc: dict[str, dict[str, int]] = {}
    relaxed = {name: {"tp": 0, "fp": 0, "fn": 0} for name in RELAXED}
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "events" not in gold:
            continue
        text, meta = load_article(gold, path)
        doc = pipeline.run_text(text, id=path.stem, **{k: v for k, v in meta.items() if v})
        pred = [e.to_dict() for e in doc.events]
        s = score_document(pred, gold["events"])
        per_doc[path.name] = {k: s[k] for k in ("tp", "fp", "fn")}
        for k in tot:
            tot[k] += s[k]
        for name, parts in RELAXED.items():
            r = score_document(pred, gold["events"], parts)
            for k in tot:
                relaxed[name][k] += r[k]
        for t, c in s["per_type"].items():
            acc = per_type.setdefault(t, {"tp": 0, "fp": 0, "fn": 0})
            for k in acc:
                acc[k] += c[k]
    out: dict[str, Any] = dict(_prf(**tot), **tot, documents=len(per_doc))
    out["per_type"] = {t: dict(c, **_prf(**c)) for t, c in sorted(per_type.items())}
    out["per_document"] = per_doc
    out["relaxed"] = {name: _prf(**c) for name, c in relaxed.items()}
    return out
