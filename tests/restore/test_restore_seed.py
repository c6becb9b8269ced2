"""The seed article: exactly its 19 gold repairs, and nothing else changes."""
import json

from rasid.document import Document

from restore_data import GOLD, SEED, need


def test_seed_gives_exactly_the_gold_repairs(restorer):
    text = need(SEED).read_text(encoding="utf-8")
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    doc = restorer(Document(text=text))
    got = [(r.start, r.end, r.before, r.after) for r in doc.repairs]
    want = [(g["start"], g["end"], g["before"], g["after"]) for g in gold["repairs"]]
    assert got == want
    assert [r.kind for r in doc.repairs] == [g["kind"] for g in gold["repairs"]]
    assert all(0.9 <= r.confidence <= 1 for r in doc.repairs)


def test_seed_restored_text_is_the_gold_applied_text(restorer):
    text = need(SEED).read_text(encoding="utf-8")
    gold = json.loads(need(GOLD).read_text(encoding="utf-8"))
    assert gold["no_other_changes"] is True
    expected, pos = [], 0
    for g in sorted(gold["repairs"], key=lambda g: g["start"]):
        assert text[g["start"]:g["end"]] == g["before"]
        expected += [text[pos:g["start"]], g["after"]]
        pos = g["end"]
    expected.append(text[pos:])
    assert restorer(Document(text=text)).clean == "".join(expected)
