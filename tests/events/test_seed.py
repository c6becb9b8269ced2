"""The seed article through the full pipeline: every required gold event, none from the teaser."""
from __future__ import annotations

import json

import pytest

from rasid.events.evaluate import event_match
from helpers import SHARED

SEED = SHARED / "seed" / "idlib-ceasefire-2020.txt"
GOLD = SHARED / "gold" / "idlib-ceasefire-2020.json"

pytestmark = pytest.mark.skipif(not (SEED.exists() and GOLD.exists()),
                                reason="../shared/seed or ../shared/gold is missing")


def test_seed_required_events_and_no_teaser_events(full_pipeline):
    doc = full_pipeline.run_text(SEED.read_text(encoding="utf-8"), id="seed")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    evs = [e.to_dict() for e in doc.events]
    missing = [g["id"] for g in gold["events"] if g.get("required") and
               not any(event_match(e, g) for e in evs)]
    assert not missing, f"required seed events not found: {missing}"
    boiler = [s for s in doc.sentences if s.boilerplate]
    assert boiler, "the teaser line should be marked boilerplate"
    from_teaser = [e for e in evs if any(b.start <= e["trigger"]["start"] < b.end for b in boiler)]
    assert not from_teaser


def test_seed_events_have_contract_shape(full_pipeline):
    doc = full_pipeline.run_text(SEED.read_text(encoding="utf-8"), id="seed")
    for e in doc.events:
        d = e.to_dict()
        assert doc.text[d["trigger"]["start"]:d["trigger"]["end"]] == d["trigger"]["text"]
        assert d["modality"] in ("asserted", "claimed", "denied", "future", "demanded", "conditional")
        assert 0 < d["confidence"] <= 1
