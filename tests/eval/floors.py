"""The evaluation floors (floors.json): one place for every stage's pinned minimum scores.

A change that drops a score below its floor fails its test; raising a floor is a commit of its
own, lowering one needs a reason in the commit message.
"""
import json
from pathlib import Path

_FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))


def floor(key: str):
    """The pinned floor for `key` (a number, or a dict of numbers)."""
    return _FLOORS[key]
