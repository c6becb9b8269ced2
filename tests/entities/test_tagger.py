"""The shipped CRF model loads and tags Arabic text with well-formed BIO tags."""
import pytest

from rasid.entities.evaluate import chunks
from rasid.entities.features import (
    clean,
    memory_features,
    sentence_features,
    stem,
    variants,
)
from rasid.entities.tagger import ANERCORP_TO_RASID, MODEL_DIR, MODEL_FILE, CrfTagger

SENTENCE = ["وقال", "الرئيس", "المصري", "حسني", "مبارك", "في", "القاهرة", "إن", "وزارة", "الخارجية", "ستعقد", "اجتماعا", "مع", "الأمم", "المتحدة", "في", "نيويورك"]
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


def test_tag_document_tags_each_sentence(tagger):
    second = ["وأكد", "مبارك", "أن", "مصر", "تدعم", "جهود", "الأمم", "المتحدة"]
    doc = [SENTENCE, [], second]
    tags = tagger.tag_document(doc)
    assert [len(t) for t in tags] == [len(s) for s in doc]
    for t in tags:
        assert_valid_bio(t)
    spans = tagger.tag_document_spans(doc)
    assert [[(s, e, t) for s, e, t, _ in sp] for sp in spans] == [chunks(t) for t in tags]
    assert all(0.0 < c <= 1.0 for sp in spans for *_, c in sp)


def test_shipped_model_has_context_pass(tagger):
    assert tagger.context_window > 0


def test_memory_features_look_at_neighbouring_sentences():
    sents = [["زار", "الأهلي", "القاهرة"], ["فاز", "الأهلي"], ["وقال", "جوزيه"]]
    first = [["O", "B-ORG", "B-LOC"], ["O", "O"], ["O", "O"]]
    mem = memory_features(sents, first, window=1)
    assert "M=ORG" in mem[1][1] and "p1=O" in mem[1][1]   # seen as ORG one sentence before
    assert "m=ORG" not in mem[2][1]                       # جوزيه never tagged nearby
    assert "m=ORG" not in mem[0][1]                       # its own first-pass tag is not memory
    assert "p1=B-ORG" in mem[0][1]
    assert not any(f.startswith("m") for f in memory_features(sents, first, window=0)[1][1])


def test_relabel_unsure_o_only_touches_o(tagger):
    from rasid.entities.tagger import relabel_unsure_o
    tags = tagger._crf.tag(sentence_features(SENTENCE, tagger._lex, tagger._config))
    assert relabel_unsure_o(tagger._crf, tags, 0.0) == tags
    every = relabel_unsure_o(tagger._crf, tags, 1.01)  # every O is "unsure"
    assert "O" not in every
    assert [t for t, e in zip(tags, every) if t != "O"] == [e for t, e in zip(tags, every)
                                                            if t != "O"]


def test_training_script_compiles():
    import py_compile
    from pathlib import Path
    script = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"
    py_compile.compile(str(script), doraise=True)


def test_memory_features_neighbours():
    sents = [["فايزة", "أبوالنجا"], ["وقالت", "فايزة", "أبوالنجا"]]
    first = [["B-PERS", "I-PERS"], ["O", "O", "O"]]
    mem = memory_features(sents, first, window=1, neighbours=True)
    assert "M+=PERS" in mem[1][1] and "M-=PERS" in mem[1][2] and "M+=PERS" in mem[1][0]
    assert not any(f.startswith("M-=") for f in memory_features(sents, first, 1)[1][2])
