"""Paths and real-text helpers for the restoration tests (the seed, the news sample)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rasid.restore import default_restorer

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "seed" / "idlib-ceasefire-2020.txt"
GOLD = SHARED / "gold" / "idlib-ceasefire-2020.json"
NEWS = SHARED / "data" / "news" / "saudinewsnet-300.jsonl"
CASES = Path(__file__).resolve().parent / "cases"
WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def load_news() -> list[dict]:
    with need(NEWS).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def seed_words() -> set[str]:
    """The words behind the seed's 19 repairs: held out of every generated test case."""
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    words = set()
    for r in gold["repairs"]:
        after = r["after"]
        words.add(after)
        for pre in ("ال", "و", "ب", "ل"):
            if after.startswith(pre):
                words.add(after[len(pre):])
    return words


def news_words(min_zipf: float = 3.5, limit: int = 3000) -> list[str]:
    """Real, frequent words of the news sample (3-10 letters), minus the seed's repaired words."""
    lex = default_restorer().lexicon
    held_out = seed_words()
    seen, out = set(), []
    for art in load_news():
        for w in WORD.findall(art["text"]):
            if w in seen or w in held_out or not 3 <= len(w) <= 10:
                continue
            seen.add(w)
            if lex.zipf(w) >= min_zipf:
                out.append(w)
    return sorted(out)[:limit] if len(out) > limit else sorted(out)
