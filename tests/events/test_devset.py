"""The dev set is well formed: 30+ hand-annotated articles, valid types/modes, resolvable text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.events.evaluate import load_article
from rasid.events.ontology import PLOVER_TYPES, modes

DEV = Path(__file__).with_name("devset")
FILES = sorted(DEV.glob("*.json"))


def test_devset_size():
    assert len(FILES) >= 30
    assert sum(1 for f in FILES for e in json.loads(f.read_text(encoding="utf-8"))["events"]
               if e["required"]) >= 40


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_gold_file(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    for e in gold["events"]:
        assert e["type"] in PLOVER_TYPES
        assert e["mode"] is None or e["mode"] in modes(e["type"]), (e["id"], e["mode"])
        assert isinstance(e["required"], bool) and e["trigger"]
    try:
        text, _meta = load_article(gold, path)
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    assert len(text) == gold["source"]["end"] - gold["source"].get("start", 0)
