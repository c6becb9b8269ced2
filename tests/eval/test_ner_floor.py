"""Evaluation gate: the shipped NER model must keep its entity micro-F1 on ANERcorp test."""
import json
from pathlib import Path

import pytest
from eval.floors import floor

from rasid.entities.evaluate import evaluate_ner

TEST_FILE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "anercorp" / "test.txt"


@pytest.mark.skipif(not TEST_FILE.exists(),
                    reason=f"ANERcorp test split not found at {TEST_FILE} (see shared/data)")
def test_ner_micro_f1_floor():
    result = evaluate_ner(TEST_FILE)
    assert result["sentences"] > 800
    assert result["micro_f1"] >= floor("ner_micro_f1"), (
        f"NER micro-F1 {result['micro_f1']} fell below the floor {floor('ner_micro_f1')}: "
        + json.dumps({t: v["f1"] for t, v in result["per_type"].items()}))
