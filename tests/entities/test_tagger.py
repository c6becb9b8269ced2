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


def _lex(**lists):
    from rasid.entities.features import Lexicons
    return Lexicons.from_lists(**lists)


def test_cluster_features_name_each_granularity_and_neighbours():
    from rasid.entities.features import FeatureConfig
    lex = _lex(clusters={"اهلي": ("3", "17", "201"), "فريق": ("3", "9", "88")})
    on = sentence_features(["الفريق", "الأهلي", "فاز"], lex, FeatureConfig(clusters=True))
    assert {"c0=3", "c1=17", "c2=201"} <= set(on[1])          # stem of الأهلي is clustered
    assert {"c0-=3", "c1-=9"} <= set(on[1]) and "c+?" in on[1]  # فاز is not in the table
    assert "c?" in on[2]
    off = sentence_features(["الفريق", "الأهلي", "فاز"], lex, FeatureConfig(clusters=False))
    assert not any(f.startswith("c") and "=" in f and f[1].isdigit() for fs in off for f in fs)


def test_read_clusters_round_trip_and_bad_line(tmp_path):
    from rasid.entities.features import read_clusters
    good = tmp_path / "c.tsv"
    good.write_text("# header\nاهلي\t3 17 201\nفريق\t3 9 88\n", encoding="utf-8")
    assert read_clusters(good) == {"اهلي": ("3", "17", "201"), "فريق": ("3", "9", "88")}
    bad = tmp_path / "bad.tsv"
    bad.write_text("اهلي 3 17\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:1"):
        read_clusters(bad)


def test_shipped_clusters_group_words_that_share_contexts(tagger):
    clusters = tagger._lex.clusters
    assert len(clusters) > 5000
    # reporting verbs share contexts, so they share a coarse cluster more often than not
    verbs = [clusters[w][0] for w in ("قال", "اكد", "اضاف", "اوضح") if w in clusters]
    assert len(verbs) >= 3 and max(verbs.count(c) for c in verbs) >= 2


def test_organisation_names_flag_whole_spans_and_nisba():
    lex = _lex(org_names=["الأمم المتحدة", "رويترز"], nisba=["فرنسي", "الفرنسية"])
    feats = sentence_features(["وقالت", "للأمم", "المتحدة", "ورويترز", "الفرنسية"], lex)
    assert "gOB" in feats[1] and "gOI" in feats[2]
    assert "gOB" not in feats[0] and "gOI" not in feats[3]
    assert "gO" in feats[3]                  # one-word name, clitic و stripped
    assert "gNs" in feats[4] and "gNs+1" in feats[3]   # a nisba right after a name
    assert "gNs" not in feats[3]


def test_quote_features_mark_the_quoted_title():
    from rasid.entities.features import quote_features
    q = quote_features(["برنامج", "«", "حوار", "من", "القلب", "»", "الذي"])
    assert q[0] == [] and q[1] == [] and q[5] == [] and q[6] == []
    assert "qB" in q[2] and "qE" in q[4] and all("qh=برنامج" in q[i] for i in (2, 3, 4))
    attached = quote_features(["قناة", "“العربية”", "أن"])
    assert "qB" in attached[1] and "qE" in attached[1] and "qh=قناه" in attached[1]
    assert quote_features(["«", "لا", "إغلاق"]) == [[], [], []]  # never closed: no quote


def _train_script():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"
    spec = importlib.util.spec_from_file_location("train_ner", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_word_clusters_put_words_with_shared_contexts_together():
    train = _train_script()
    lines = []
    for name in ("سامر", "باسل", "رامي"):          # people: after قال, before وزير
        lines += [["قال", name, "وزير", "خارجيه"]] * 3
    for city in ("حمص", "حلب", "درعا"):            # places: after في, before امس
        lines += [["وصل", "الي", city, "امس"], ["في", city, "امس", "اليوم"]] * 2
    first = train.word_clusters(lines, min_count=2, contexts=20, dim=4, ks=(2, 3))
    again = train.word_clusters(lines, min_count=2, contexts=20, dim=4, ks=(2, 3))
    assert first == again                                   # deterministic
    assert all(len(ids) == 2 for ids in first.values())
    assert first["سامر"] == first["باسل"] == first["رامي"]
    assert first["حمص"] == first["حلب"] == first["درعا"]
    assert first["سامر"][1] != first["حمص"][1]
