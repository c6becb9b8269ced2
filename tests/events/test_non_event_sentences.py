"""Event-type precision on real sentences that carry no event: few false events."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import SHARED

SET = Path(__file__).with_name("non_event_sentences.json")
MAX_FALSE_RATE = 0.15


def load_sentences() -> list[str]:
    spec = json.loads(SET.read_text(encoding="utf-8"))
    path = SHARED / "data" / spec["source"]
    if not path.exists():
        pytest.skip(f"news sample {path} is missing")
    rows = {}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        rows[r["id"]] = r["text"]
    return [rows[s["id"]][s["start"]:s["end"]] for s in spec["sentences"]]


def false_event_rate(pipeline) -> tuple[float, list]:
    sentences = load_sentences()
    bad = []
    for text in sentences:
        evs = pipeline.run_text(text).events
        if evs:
            bad.append((text[:60], [(e.type, e.trigger.text) for e in evs]))
    return len(bad) / len(sentences), bad


def test_set_is_large_enough():
    assert len(json.loads(SET.read_text(encoding="utf-8"))["sentences"]) >= 40


def test_few_false_events_on_non_event_sentences(full_pipeline):
    rate, bad = false_event_rate(full_pipeline)
    assert rate <= MAX_FALSE_RATE, f"{len(bad)} sentences got events: {bad}"
