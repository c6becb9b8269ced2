"""Clean real news: restoration changes nothing a reader can see.

The sample has no obfuscated words. What restoration may still do there is remove characters that
render as nothing: justification kashida between letters (kind "kashida"), zero-width spaces an
editor left inside words (kind "zero-width"), and one lam-alef presentation form whose NFKC letters
render identically (kind "presentation-form"). Every change is checked to be exactly that.
"""
import unicodedata
from collections import Counter

from rasid.restore.data import char_data

INVISIBLE = {"zero-width", "kashida"}


def _visible(s: str) -> str:
    zw = char_data().zero_width
    return unicodedata.normalize("NFKC", "".join(c for c in s if c != "\u0640" and c not in zw))


def test_clean_news_changes_only_invisible_characters(restorer, news):
    kinds = Counter()
    visible_changes = []
    for art in news:
        for r in restorer.find_repairs(art["text"]):
            kinds[r.kind] += 1
            assert art["text"][r.start:r.end] == r.before
            if _visible(r.before) != _visible(r.after):
                visible_changes.append((art["id"], r.before, r.after, r.kind))
            elif r.kind == "kashida":
                assert r.after == r.before.replace("\u0640", "")
    print("clean-sample repairs by kind:", dict(kinds))
    assert visible_changes == []
    assert set(kinds) <= INVISIBLE | {"presentation-form", "kashida+zero-width"}
    # the only non-kashida changes are the editor's zero-width spaces and one ligature
    assert kinds["presentation-form"] <= 1


def test_clean_news_keeps_legitimate_kashida_and_dots(restorer, news):
    changed = 0
    for art in news:
        text = art["text"]
        for r in restorer.find_repairs(text):
            changed += 1
            # never the kashida of هـ / لـ / بـ / الـ at a word's end, never a dot or punctuation
            assert not r.before.endswith("\u0640")
            assert "." not in r.before and "-" not in r.before
    assert changed < 60


def _letters(s: str) -> str:
    return "".join(c for c in _visible(s) if not unicodedata.category(c).startswith("M"))


def test_clean_anercorp_text_keeps_every_letter(restorer):
    """A second clean corpus, not used to tune any threshold: ANERcorp's training text."""
    from restore_data import SHARED, need

    path = need(SHARED / "data" / "anercorp" / "train.txt")
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(" ".join(cur))
            cur = []
        else:
            cur.append(line.split("\t")[0])
    text = "\n".join(sents)
    kinds = Counter()
    for r in restorer.find_repairs(text):
        kinds[r.kind] += 1
        assert _letters(r.before) == _letters(r.after), (r.before, r.after)
    print("ANERcorp train repairs by kind:", dict(kinds))
    assert set(kinds) <= {"kashida", "zero-width", "presentation-form", "diacritics"}
