"""Table-driven: every row of expressions.tsv (real news phrasing, every month system and form)."""
from __future__ import annotations

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
import importlib.util

_spec = importlib.util.spec_from_file_location("dvd", ROOT / "benchmarks" / "dates_vs_dateparser.py")
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
ROWS = _bench.load_table()
HELDOUT = _bench.load_table(_bench.HELDOUT)


def test_table_is_large_enough():
    assert len(ROWS) >= 300


@pytest.mark.parametrize("row", ROWS + HELDOUT,
                         ids=[f"L{r['line']}" for r in ROWS] + [f"H{r['line']}" for r in HELDOUT])
def test_expression(row, tag):
    doc = tag(row["sentence"], published=row["dct"])
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    m = _bench.rasid_mention(row)
    assert m is not None, f"nothing found over {row['expression']!r}"
    assert m.text in row["expression"] or row["expression"] in m.text, (m.text, row["expression"])
    assert (m.value, m.precision) == (row["value"], row["precision"])
