"""Evaluation gate: event F1 on the hand-annotated dev set (tests/events/devset) keeps its floor."""
import json
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1] / "events" / "devset"
NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"
FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))


@pytest.mark.skipif(not NEWS.exists(), reason=f"news sample not found at {NEWS} (see shared/data)")
def test_events_dev_f1_floor():
    try:
        from rasid.pipeline import Pipeline
        pipeline = Pipeline.default()
    except (ImportError, AttributeError, FileNotFoundError) as exc:
        pytest.skip(f"full pipeline not available yet ({type(exc).__name__}: {exc})")
    from rasid.events.evaluate import evaluate_events
    result = evaluate_events(DEV, pipeline=pipeline)
    assert result["documents"] >= 30
    assert result["f1"] >= FLOORS["events_dev_f1"], (
        f"event dev F1 {result['f1']} fell below the floor {FLOORS['events_dev_f1']}: "
        + json.dumps({t: v["f1"] for t, v in result["per_type"].items()}))
