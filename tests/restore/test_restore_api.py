"""The stage's contract: injected lexicon, lazy loading, the Document it returns, the kinds."""
import json

import rasid.restore as restore
from rasid.document import Document
from rasid.restore import Lexicon, Restorer, default_restorer, find_repairs
from rasid.restore.words import KIND_ORDER

TINY = Lexicon.from_words({"قصف": 4.5, "مدينة": 5.0, "المدينة": 5.2, "عنيف": 4.0,
                           "جمع": 5.0, "اليوم": 6.0, "وقال": 5.5})


def test_stage_declares_what_it_needs_and_adds():
    assert Restorer.requires == ()
    assert Restorer.provides == ("repairs",)
    assert set(restore.__all__) >= {"Restorer", "find_repairs", "default_restorer"}


def test_lexicon_is_injected_and_loaded_lazily():
    calls = []

    def loader():
        calls.append(1)
        return TINY

    r = Restorer(loader=loader)
    assert calls == []  # constructing builds nothing
    assert r(Document(text="قصـ.ف عنيف")).clean == "قصف عنيف"
    r(Document(text="قصـ.ف"))
    assert calls == [1]  # built once, on first use


def test_injected_lexicon_decides():
    r = Restorer(TINY)
    assert r(Document(text="قص.ف المدينة")).clean == "قصف المدينة"
    assert r(Document(text="ج.م.ع")).clean == "ج.م.ع"  # a known abbreviation, though جمع is a word
    assert r(Document(text="اليوم.وقال")).clean == "اليوم.وقال"  # a missing space


def test_document_layers_and_json_shape():
    doc = Restorer(TINY)(Document(text="بدأ قصـ.ف عنيف", id="a1"))
    assert doc.text == "بدأ قصـ.ف عنيف" and doc.clean == "بدأ قصف عنيف"
    (rep,) = doc.repairs
    assert rep.to_dict() == {"start": 4, "end": 9, "before": "قصـ.ف", "after": "قصف",
                             "kind": "kashida+dot", "confidence": rep.to_dict()["confidence"]}
    json.dumps(doc.to_dict())
    assert doc.restored_text(rep) == "قصف"


def test_default_restorer_is_one_cached_instance():
    assert default_restorer() is default_restorer()
    assert [r.after for r in find_repairs("وقع انفجـ.ـار")] == ["انفجار"]


def test_every_kind_emitted_is_documented(restorer):
    texts = ["قصـ.ف", "قص*ف", "قصـف", "قص\u200bف", "ق ص ف", "مدینة", "\ufed7\ufebc\ufef2",
             "ْقصف", "قص.ف"]
    kinds = {r.kind for t in texts for r in restorer.find_repairs(t)}
    for kind in kinds:
        assert set(kind.split("+")) <= set(KIND_ORDER)
        assert all(part in restore.__doc__ for part in kind.split("+"))
    assert {"kashida+dot", "punctuation", "kashida", "zero-width", "spacing", "lookalike",
            "presentation-form", "diacritics", "dot"} <= kinds


def test_legitimate_kashida_and_abbreviations_stay(restorer):
    for text in ["عام 1436هـ", "1441 هـ.", "لـ«الشرق»", 'لـ"الوطن"', "الـ12", "بـ80", "د.ب.أ",
                 "أ.ف.ب", "د.محمد", "3.5", "٣٫٥", "2.30", "أسراره..", "اليوم.وقال", "U.S.",
                 "#وقف_إطلاق_النار", "a@b.com", "جاهدًا", "قائلًا", "تصعيداً", "أكّد", "إلّا"]:
        assert restorer.find_repairs(text) == [], text


def test_plain_justification_kashida_is_removed_and_reported(restorer):
    (rep,) = restorer.find_repairs("التحـــالف")
    assert (rep.after, rep.kind) == ("التحالف", "kashida")


def test_a_word_repair_never_overlaps_a_spacing_repair():
    # found by hypothesis: a dot-spaced run ending in a letter whose word also has marks
    text = "آ .خ .ر ا.ق ل-ْ. أ.ققق وق. ر. ب. يق.ق ة"
    doc = default_restorer()(Document(text=text))
    spans = [(r.start, r.end) for r in doc.repairs]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert all(doc.text[r.start:r.end] == r.before for r in doc.repairs)
