"""The Document keeps the original text and maps every position to the restored text."""
import json

from hypothesis import given, strategies as st

from rasid.document import Document, Edit, Entity, OffsetMap, Repair


def test_restoration_applies_repairs_and_keeps_original():
    doc = Document(text="قصـ.ف عنيف").with_restoration(
        [Repair(start=0, end=5, text="قصـ.ف", after="قصف", kind="kashida+dot")])
    assert doc.text == "قصـ.ف عنيف"
    assert doc.clean == "قصف عنيف"
    assert doc.repairs[0].before == "قصـ.ف"


def test_span_from_restored_points_into_the_original():
    doc = Document(text="بدأ قصـ.ف عنيف").with_restoration(
        [Repair(start=4, end=9, text="قصـ.ف", after="قصف")])
    start = doc.clean.index("قصف")
    ent = doc.span_from_restored(Entity, start, start + 3, type="MISC")
    assert (ent.start, ent.end, ent.text) == (4, 9, "قصـ.ف")
    word = doc.clean.index("عنيف")
    assert doc.span_from_restored(Entity, word, word + 4).text == "عنيف"
    assert doc.restored_text(ent) == "قصف"


def test_offset_map_rejects_overlapping_edits():
    import pytest
    with pytest.raises(ValueError):
        OffsetMap([Edit(0, 5, "a"), Edit(3, 6, "b")])


def test_document_json_has_the_contract_fields():
    doc = Document(text="نص", id="x")
    out = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    for key in ("id", "text", "restored", "dct", "repairs", "sentences", "entities", "dates", "events"):
        assert key in out
    assert "tokens" not in out


def test_layers_are_immutable_tuples():
    doc = Document(text="نص").with_layers(entities=[Entity(0, 2, "نص")])
    assert isinstance(doc.entities, tuple)


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="abcـ.د ", min_size=0, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        edits.append(Edit(a, b, draw(st.text(alphabet="xy", max_size=3))))
    return text, edits


@given(text_and_edits())
def test_offset_map_is_monotone_and_exact_outside_edits(case):
    text, edits = case
    m = OffsetMap(edits)
    restored, pos = [], 0
    for e in edits:
        restored.append(text[pos:e.start]); restored.append(e.replacement); pos = e.end
    restored.append(text[pos:])
    restored = "".join(restored)
    mapped = [m.to_restored(i) for i in range(len(text) + 1)]
    assert mapped == sorted(mapped)
    assert m.to_restored(len(text)) == len(restored)
    inside = {i for e in edits for i in range(e.start, e.end)}
    for i, ch in enumerate(text):
        if i not in inside:
            r = m.to_restored(i)
            assert restored[r] == ch
            assert m.to_original(r) == i


def test_letters_inside_a_repaired_word_keep_their_exact_place():
    # و|الهمامي: the entity starts after the clitic even though the repair covers the word
    text = "قال والهـ.مامي اليوم"
    doc = Document(text=text).with_restoration(
        [Repair(start=4, end=14, text="والهـ.مامي", after="والهمامي", kind="kashida+dot")])
    assert doc.clean == "قال والهمامي اليوم"
    start = doc.clean.index("الهمامي")
    ent = doc.span_from_restored(Entity, start, start + 7)
    assert ent.text == "الهـ.مامي"
    assert doc.restored_text(ent) == "الهمامي"


def test_lookalike_and_presentation_forms_map_one_to_one():
    text = "کتیبة ﻗﺼﻒ"
    doc = Document(text=text).with_restoration(
        [Repair(0, 5, "کتیبة", after="كتيبة"), Repair(6, 9, "ﻗﺼﻒ", after="قصف")])
    for i in range(len(text)):
        assert doc.offsets.to_original(doc.offsets.to_restored(i)) == i


@given(st.text(alphabet="قصفـ.*\u200b ", min_size=1, max_size=30))
def test_deletion_repairs_map_every_kept_character_exactly(word):
    after = "".join(c for c in word if c not in "ـ.*\u200b")
    doc = Document(text=word).with_restoration([Repair(0, len(word), word, after=after)])
    kept = [i for i, c in enumerate(word) if c not in "ـ.*\u200b"]
    assert [doc.offsets.to_restored(i) for i in kept] == list(range(len(after)))
