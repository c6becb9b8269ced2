"""Obfuscated articles must give the events their clean versions give.

Every dev-set article is analysed twice: as published, and with every word of every event
trigger (the words moderation filters look for) plus one other word in eight obfuscated by a
random family, as outlets do (tests/restore/attacks.py, fixed seed). Both runs are scored
against the same gold; the obfuscated run may not score lower, and the events must agree.
"""
import random
import re
from pathlib import Path

import pytest

from rasid.document import Document
from rasid.events.evaluate import evaluate_events
from restore.attacks import FAMILIES, LETTERS, attack

DEVSET = Path(__file__).with_name("devset")
NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"


def obfuscate(text: str, trigger_spans, rng: random.Random) -> str:
    """`text` with trigger words and a random eighth of the others obfuscated."""
    out, pos = [], 0
    for m in LETTERS.finditer(text):
        in_trigger = any(s < m.end() and m.start() < e for s, e in trigger_spans)
        if in_trigger or rng.random() < 1 / 8:
            broken = attack(m.group(), rng.choice(FAMILIES), rng)
            if broken:
                out.append(text[pos:m.start()])
                out.append(broken)
                pos = m.end()
    out.append(text[pos:])
    return "".join(out)


class Recording:
    """Runs the real pipeline on clean text, or on its obfuscated form, remembering events."""

    def __init__(self, pipeline, obfuscated: bool):
        self.pipeline, self.obfuscated = pipeline, obfuscated
        self.events: dict[str, list] = {}
        self.attacked: dict[str, str] = {}

    def run_text(self, text, id=None, **meta):
        if self.obfuscated:
            clean = self.pipeline(Document(text=text, id=id, meta=meta))
            spans = [(e.trigger.start, e.trigger.end) for e in clean.events]
            text = obfuscate(text, spans, random.Random(f"{id}-2020"))
            self.attacked[id] = text
        doc = self.pipeline(Document(text=text, id=id, meta=meta))
        self.events[id] = sorted(_signature(e) for e in doc.events)
        return doc


def _signature(event):
    refs = lambda rs: tuple(sorted(r.get("kb_id") or r.get("name_ar") or r.get("text") or "" for r in rs))
    loc = event.location or {}
    return (event.type, event.mode or "", refs(event.actors), refs(event.targets),
            loc.get("kb_id") or "", (event.date or {}).get("value") or "", event.modality, event.negated)


@pytest.fixture(scope="module")
def runs():
    if not NEWS.exists():
        pytest.skip(f"news sample not found at {NEWS}")
    from rasid.pipeline import Pipeline
    clean, attacked = Recording(Pipeline.default(), False), Recording(Pipeline.default(), True)
    return evaluate_events(DEVSET, clean), evaluate_events(DEVSET, attacked), clean, attacked


def test_obfuscation_really_happened(runs):
    *_, attacked = runs
    breaks = sum(len(re.findall("[\u0640\u200b-\u200f.*_\u00b7~]|(?<=\\w) (?=\\w )", t))
                 for t in attacked.attacked.values())
    assert len(attacked.attacked) >= 30 and breaks > 500


def test_obfuscated_articles_score_as_well_as_clean(runs):
    clean_score, attacked_score, *_ = runs
    assert attacked_score["f1"] >= clean_score["f1"] - 0.01, (clean_score["f1"], attacked_score["f1"])


def test_obfuscated_articles_give_the_same_events(runs):
    _, _, clean, attacked = runs
    same = sum(clean.events[k] == attacked.events[k] for k in clean.events)
    assert same / len(clean.events) >= 0.9, [k for k in clean.events if clean.events[k] != attacked.events[k]]
