"""The seed article: DCT inferred from 'الخميس 9 من كانون الثاني' + latest year 2018, and every
non-optional gold date found with its value (by the rule of ../shared/tools/seed_check.py)."""
from __future__ import annotations

import json
import re
import unicodedata

import pytest

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"

SEED = SHARED / "seed" / "idlib-ceasefire-2020.txt"
GOLD = SHARED / "gold" / "idlib-ceasefire-2020.json"
pytestmark = pytest.mark.skipif(not (SEED.exists() and GOLD.exists()),
                                reason="shared seed/gold not present")


def _norm(s: str) -> str:
    """The checker's matching form for comparing mention texts."""
    s = unicodedata.normalize("NFKC", s or "").replace("\u0640", "")
    s = re.sub("[\u064b-\u0652\u0670]", "", s)
    return re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")


def _check_gold(doc, gold) -> list:
    got: dict[str, list[str]] = {}
    for d in doc.dates:
        got.setdefault(_norm(d.text), []).append(str(d.value))
    bad = []
    for g in gold["dates"]:
        if g.get("optional"):
            continue
        vals = [v for k, vs in got.items() if _norm(g["text"]) in k or k in _norm(g["text"]) for v in vs]
        if g["precision"] in ("part-of-month", "week"):
            ok = any(v.startswith(g["value"][:7]) for v in vals)
        else:
            ok = g["value"] in vals
        if not ok:
            bad.append((g["text"], g["value"], vals))
    return bad


def test_seed_dct_inferred_and_dates_found(tag):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    doc = tag(SEED.read_text(encoding="utf-8"))
    assert doc.dct.value == gold["dct"]["value"] == "2020-01-09"
    assert doc.dct.inferred is True
    assert "2018" in doc.dct.reason and "Thursday" in doc.dct.reason
    assert _check_gold(doc, gold) == []
    assert all(doc.text[d.start:d.end] == d.text for d in doc.dates)


def test_seed_dates_exact_values(tag):
    """Stricter than the checker: the exact gold value and precision, optional ones too."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    doc = tag(SEED.read_text(encoding="utf-8"))
    found = {(d.text, d.value, d.precision) for d in doc.dates}
    for g in gold["dates"]:
        assert (g["text"], g["value"], g["precision"]) in found, g["text"]


def test_seed_given_published_date_is_not_inferred(tag):
    doc = tag(SEED.read_text(encoding="utf-8"), published="2020-01-09")
    assert doc.dct.value == "2020-01-09"
    assert doc.dct.inferred is False and doc.dct.reason == "given"
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert _check_gold(doc, gold) == []


def test_seed_restored_text_keeps_original_offsets(tag, tagger):
    """Dates found in the restored text point into the original (obfuscated) text."""
    from rasid.document import Document, Repair

    text = SEED.read_text(encoding="utf-8")
    repairs = [Repair(m.start(), m.end(), m.group(), after=m.group().replace("ـ.", "").replace(".", ""),
                      kind="dot") for m in re.finditer(r"\S*ـ\.\S*", text)]
    doc = tagger(Document(text=text).with_restoration(repairs))
    assert doc.clean != doc.text
    assert doc.dct.value == "2020-01-09"
    assert all(doc.text[d.start:d.end] == d.text for d in doc.dates)
    assert {d.value for d in doc.dates} >= {"2020-01-09", "2020-01-09T14:00", "2020-01-08", "2017-05"}
