"""Shared fixtures: paths to the project's shared data, skipped clearly when absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "idlib-ceasefire-2020.txt"
GOLD = SHARED / "gold" / "idlib-ceasefire-2020.json"
NEWS = SHARED / "data" / "news" / "saudinewsnet-300.jsonl"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(need(GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def news() -> list[dict]:
    with need(NEWS).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
