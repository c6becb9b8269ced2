"""rasid is at least as accurate as dateparser alone on the expressions table (computed here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("dateparser")
ROOT = Path(__file__).resolve().parents[2]


def test_rasid_at_least_as_accurate_as_dateparser():
    spec = importlib.util.spec_from_file_location("dvd", ROOT / "benchmarks" / "dates_vs_dateparser.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.accuracies()
    assert res["rows"] >= 300
    assert res["rasid"] >= res["dateparser"], (res["rasid"], res["dateparser"])
    held = bench.accuracies(bench.load_table(bench.HELDOUT))
    assert held["rasid"] >= held["dateparser"], (held["rasid"], held["dateparser"])
