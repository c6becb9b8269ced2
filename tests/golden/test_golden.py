"""Whole-article golden tests: the full analysis of each article, and what a reader expects of it.

Two kinds of check per article in `articles/` (listed in `articles.json`):

- **snapshot**: the whole `Document` JSON equals `expected/<name>.json`. Any change in any layer
  shows up here as a short per-layer diff; after reviewing it, regenerate with
  `RASID_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden`.
- **facts**: what a careful reader expects (a repair, an entity, a date value, an event), written
  from reading the article before any output was seen. Facts rasid misses are listed in
  `known_gaps` and run as strict xfails, so fixing one is noticed.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasid.pipeline import Pipeline

HERE = Path(__file__).parent
ARTICLES = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))
NAMES = sorted(name for name in ARTICLES if not name.startswith("_"))
UPDATE = os.environ.get("RASID_UPDATE_GOLDEN") == "1"
LAYERS = ("repairs", "sentences", "entities", "dates", "events")


@pytest.fixture(scope="module")
def analysed() -> dict[str, dict]:
    pipeline = Pipeline.default()
    out = {}
    for name in NAMES:
        text = (HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        published = ARTICLES[name]["published"]
        meta = {"published": published} if published else {}
        out[name] = pipeline.run_text(text, id=name, **meta).to_dict()
    return out


def _layer_diff(expected: dict, actual: dict) -> list[str]:
    """Readable lines: which items each layer lost or gained."""
    lines = []
    for key in ("restored", "dct"):
        if expected.get(key) != actual.get(key):
            lines.append(f"{key}: {expected.get(key)!r} -> {actual.get(key)!r}")
    for layer in LAYERS:
        old = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in expected.get(layer, [])]
        new = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in actual.get(layer, [])]
        lines += [f"{layer} lost: {x}" for x in old if x not in new]
        lines += [f"{layer} gained: {x}" for x in new if x not in old]
    return lines


@pytest.mark.parametrize("name", NAMES)
def test_snapshot(name: str, analysed: dict[str, dict]) -> None:
    path = HERE / "expected" / f"{name}.json"
    actual = analysed[name]
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    diff = _layer_diff(expected, actual)
    assert not diff, (f"{name} changed (review, then RASID_UPDATE_GOLDEN=1):\n"
                      + "\n".join(diff[:40]))


def _within(doc: dict, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of `needle` in the original text."""
    text, found, i = doc["text"], [], doc["text"].find(needle)
    while i >= 0:
        found.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return found


def _ref_texts(ref: dict | None) -> str:
    if not ref:
        return ""
    return " ".join(str(ref.get(k) or "") for k in ("text", "name_ar", "name_en"))


def _event_matches(event: dict, fact: dict, dct: str | None) -> bool:
    if event["type"] != fact["event"] or event.get("negated"):
        return False
    if "mode" in fact and event.get("mode") != fact["mode"]:
        return False
    if "modality" in fact and event.get("modality") != fact["modality"]:
        return False
    if "location" in fact and fact["location"] not in _ref_texts(event.get("location")):
        return False
    if "date" in fact and not str((event.get("date") or {}).get("value") or "").startswith(fact["date"]):
        return False
    for role in ("actor", "target"):
        if role in fact and not any(fact[role] in _ref_texts(r) for r in event.get(role + "s") or ()):
            return False
    return True


def check_fact(doc: dict, fact: dict) -> None:
    """Assert one reader's expectation about an analysed document (its first key is its kind)."""
    kind = next(iter(fact))
    if kind == "repair":
        before, after = fact["repair"]
        got = [(r["before"], r["after"]) for r in doc["repairs"]]
        assert (before, after) in got, f"no repair {before!r} -> {after!r}; repairs: {got}"
    elif kind == "unchanged":
        assert fact["unchanged"] in doc["restored"], f"{fact['unchanged']!r} was altered"
        spans = _within(doc, fact["unchanged"])
        assert spans and not any(r["start"] < e and s < r["end"]
                                 for s, e in spans for r in doc["repairs"]), "a repair touches it"
    elif kind == "entity":
        hits = [e for e in doc["entities"] if fact["entity"] in e["text"]]
        assert hits, f"no entity covering {fact['entity']!r}"
        good = [e for e in hits if e["type"] in fact["types"]
                and ("country" not in fact or e.get("country") == fact["country"])
                and (not fact.get("linked") or e.get("kb_id"))]
        assert good, f"{fact['entity']!r} found as {[(e['type'], e.get('country'), e.get('kb_id')) for e in hits]}"
    elif kind == "date":
        hits = [d for d in doc["dates"] if fact["date"] in d["text"] or d["text"] in fact["date"]]
        assert any(str(d["value"]).startswith(fact["value"]) for d in hits), \
            f"{fact['date']!r}: {[(d['text'], d['value']) for d in hits]}"
    elif kind == "dct":
        assert doc["dct"]["value"] == fact["dct"], doc["dct"]
    elif kind == "event":
        dct = doc["dct"]["value"]
        assert any(_event_matches(e, fact, dct) for e in doc["events"]), \
            (f"no {fact} among " + json.dumps([(e['type'], e.get('mode'), _ref_texts(e.get('location')),
                                                (e.get('date') or {}).get('value'), e.get('modality'))
                                               for e in doc["events"]], ensure_ascii=False))
    elif kind == "no_event_in":
        spans = _within(doc, fact["no_event_in"])
        assert spans
        inside = [e for e in doc["events"] for s, t in spans
                  if s <= e["trigger"]["start"] < t]
        assert not inside, f"events from {fact['no_event_in']!r}: {inside}"
    else:
        raise ValueError(f"unknown fact {fact}")


FACTS = [(name, fid, fact, fid in ARTICLES[name].get("known_gaps", {}))
         for name in NAMES for fid, fact in ARTICLES[name]["facts"].items()]


@pytest.mark.parametrize(
    "name,fact",
    [pytest.param(name, fact, id=f"{name}/{fid}",
                  marks=[pytest.mark.xfail(strict=True, reason=ARTICLES[name]["known_gaps"][fid])]
                  if gap else [])
     for name, fid, fact, gap in FACTS])
def test_fact(name: str, fact: dict, analysed: dict[str, dict]) -> None:
    check_fact(analysed[name], fact)


def test_every_span_indexes_the_original(analysed: dict[str, dict]) -> None:
    for name, doc in analysed.items():
        for layer in ("repairs", "entities", "dates"):
            for item in doc[layer]:
                key = "before" if layer == "repairs" else "text"
                assert doc["text"][item["start"]:item["end"]] == item[key], (name, layer, item)
        for event in doc["events"]:
            t = event["trigger"]
            assert doc["text"][t["start"]:t["end"]] == t["text"], (name, event)
