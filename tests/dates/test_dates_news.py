"""300 real SaudiNewsNet articles: no crash, offsets consistent, sane values."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rasid.dates import DateTagger
from rasid.document import Document

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(/\d{4}(-\d{2}(-\d{2})?)?)?|P(T?\d+[YMWDH]))$")


@pytest.mark.skipif(not NEWS.exists(), reason=f"{NEWS} not present")
@pytest.mark.parametrize("with_published", [False, True])
def test_news_articles(with_published):
    tagger = DateTagger()
    rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300
    found = 0
    for row in rows:
        meta = {"published": row["date_extracted"][:10]} if with_published and row.get("date_extracted") else {}
        doc = tagger(Document(text=row["text"], id=row["id"], meta=meta))
        for d in doc.dates:
            assert doc.text[d.start:d.end] == d.text, (row["id"], d)
            assert d.start < d.end
            assert d.precision in {"time", "day", "week", "part-of-month", "month", "season",
                                   "year", "interval"}, d
            assert d.value is None or VALUE.match(d.value), (row["id"], d.text, d.value)
        if meta:
            assert doc.dct.value == meta["published"] and not doc.dct.inferred
            assert all(d.value is not None for d in doc.dates if d.kind != "date"), row["id"]
        found += len(doc.dates)
    assert found > 300
