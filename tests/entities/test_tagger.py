"""The shipped CRF model loads and tags Arabic text with well-formed BIO tags."""
import pytest

from rasid.entities.evaluate import chunks
from rasid.entities.features import clean, sentence_features, stem, variants
from rasid.entities.tagger import ANERCORP_TO_RASID, MODEL_DIR, MODEL_FILE, CrfTagger

SENTENCE = ("وقال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستعقد اجتماعا "
            "مع الأمم المتحدة في نيويورك").split()
TYPES = {"PERS", "LOC", "ORG", "MISC"}


@pytest.fixture(scope="module")
def tagger():
    return CrfTagger.load()


def assert_valid_bio(tags):
    prev = "O"
    for tag in tags:
        assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in TYPES), tag
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:], f"{tag} after {prev}"
        prev = tag


def test_model_is_shipped_and_small():
    model = MODEL_DIR / MODEL_FILE
    assert model.exists()
    assert model.stat().st_size < 10_000_000


def test_tags_a_real_sentence(tagger):
    tags = tagger.tag(SENTENCE)
    assert len(tags) == len(SENTENCE)
    assert_valid_bio(tags)
    found = {(" ".join(SENTENCE[s:e]), t) for s, e, t in chunks(tags)}
    assert ("القاهرة", "LOC") in found
    assert ("الأمم المتحدة", "ORG") in found


def test_labels_are_anercorp_types(tagger):
    assert {lab[2:] for lab in tagger.labels if lab != "O"} == TYPES
    assert set(ANERCORP_TO_RASID) == TYPES


def test_empty_and_odd_input(tagger):
    assert tagger.tag([]) == []
    assert tagger.tag_spans([]) == []
    tags = tagger.tag(["2007", "(", "BBC", "»", "ــ"])
    assert len(tags) == 5
    assert_valid_bio(tags)


def test_tag_spans_agree_with_tags(tagger):
    spans = tagger.tag_spans(SENTENCE)
    assert [(s, e, t) for s, e, t, _ in spans] == chunks(tagger.tag(SENTENCE))
    for s, e, t, conf in spans:
        assert 0 <= s < e <= len(SENTENCE) and t in TYPES
        assert 0.0 < conf <= 1.0


def test_missing_model_says_how_to_fix(tmp_path):
    with pytest.raises(FileNotFoundError, match="train_ner.py"):
        CrfTagger.load(tmp_path / "nope.crfsuite")


def test_clitic_stripping():
    assert stem(clean("والقاهرة")) == "قاهره"
    assert stem(clean("للأمم")) == "امم"
    assert stem(clean("بغداد")) == "غداد"  # a guess; `variants` keeps the unstripped form too
    assert {"بغداد", "غداد"} <= variants("بغداد")
    assert "العراق" in variants("بالعراق") and "العراق" in variants("والعراق")
    assert clean("(د") == "د"


def test_features_one_list_per_token(tagger):
    feats = sentence_features(SENTENCE, tagger._lex)
    assert len(feats) == len(SENTENCE)
    assert all(f and all(isinstance(x, str) for x in f) for f in feats)
