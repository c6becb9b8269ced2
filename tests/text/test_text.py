"""Tokens and sentences keep offsets into the original; the matching form is for look-ups."""
from hypothesis import given, strategies as st

from rasid.document import Document, Repair
from rasid.text import Segmenter, matching_form, matching_form_same_length, segmentations
from rasid.text.tokens import default_segmentation

WORDS = ["قال", "الرئيس", "وبالمدينة", "للحكومة", "3.5", "د.محمد", "إدلب", "«", "،", "؟", "اليوم.",
         "U.S.", "أسراره..", "(د.ب.أ)", "2020-01-09", "جاهدًا"]


def test_matching_form_unifies_spellings():
    assert matching_form("إطلاقٌ") == matching_form("اطلاق")
    assert matching_form("مدرسة") == "مدرسه"
    assert matching_form("على") == "علي"
    assert matching_form("١٤٤١") == "1441"
    assert matching_form("ـالنـار") == "النار"


def test_same_length_matching_form_keeps_offsets():
    s = "قصفٌ İstanbul"
    assert len(matching_form_same_length(s)) == len(s)


def test_clitics_are_read_with_their_article():
    assert default_segmentation(matching_form("وبالمدينة")) == (("و", "ب", "ال"), "مدينه")
    assert default_segmentation(matching_form("للحكومة")) == (("ل", "ال"), "حكومه")
    assert default_segmentation(matching_form("وزارة")) == ((), "وزاره")
    assert (("و",), "زاره") in segmentations(matching_form("وزارة"))


def _segment(text):
    return Segmenter()(Document(text=text))


def test_sentences_split_on_arabic_punctuation_but_not_abbreviations():
    doc = _segment("قال د.محمد إن النمو بلغ 3.5 بالمئة اليوم.وقال إنه سيعود؟ نعم! (د.ب.أ)")
    assert [s.text for s in doc.sentences] == [
        "قال د.محمد إن النمو بلغ 3.5 بالمئة اليوم.", "وقال إنه سيعود؟", "نعم!", "(د.ب.أ)"]


def test_teaser_lines_are_boilerplate_and_headings_are_marked(seed_text):
    doc = _segment(seed_text)
    teasers = [s for s in doc.sentences if s.boilerplate]
    assert [s.text[:10] for s in teasers] == ["إقرأ أيضاً"]
    assert doc.sentences[0].kind == "heading" and not doc.sentences[0].boilerplate


def test_tokens_of_restored_text_point_into_the_original():
    text = "أعلنت وقف إطـ.لاق النار"
    start = text.index("إطـ.لاق")
    doc = Document(text=text).with_restoration(
        [Repair(start=start, end=start + 7, text="إطـ.لاق", after="إطلاق")])
    doc = Segmenter()(doc)
    tok = [t for t in doc.tokens if t.norm == "اطلاق"]
    assert tok and tok[0].text == "إطـ.لاق"


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
       st.lists(st.sampled_from([" ", "\n", " \n", "  "]), min_size=30, max_size=30))
def test_every_span_is_a_slice_of_the_original(words, seps):
    text = "".join(w + s for w, s in zip(words, seps))
    doc = _segment(text)
    for span in doc.tokens + doc.sentences:
        assert doc.text[span.start:span.end] == span.text
    # tokens cover every non-space character exactly once
    covered = "".join(t.text for t in doc.tokens)
    assert covered == "".join(text.split())
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


def test_a_text_with_no_body_line_is_its_own_body():
    # a post or a one-line item without final punctuation is not the heading of a missing article
    doc = _segment("قصف مدفعي على إدلب أمس")
    assert [s.kind for s in doc.sentences] == ["body"]
    doc = _segment("عنوان الخبر هنا\nأعلن الجيش وقف إطلاق النار.")
    assert [s.kind for s in doc.sentences] == ["heading", "body"]
