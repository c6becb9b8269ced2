"""Entity-level CoNLL chunk scoring on small hand-made examples."""
import json

import pytest

from rasid.entities.evaluate import chunks, evaluate_ner, read_conll, score_chunks


def test_chunks_exact_spans():
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O"]
    assert chunks(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 6, "LOC")]


def test_chunks_i_without_b_opens_a_span():
    assert chunks(["O", "I-ORG", "I-ORG", "O"]) == [(1, 3, "ORG")]
    assert chunks(["I-LOC"]) == [(0, 1, "LOC")]


def test_chunks_type_change_inside_i_splits():
    assert chunks(["B-PERS", "I-LOC", "I-LOC"]) == [(0, 1, "PERS"), (1, 3, "LOC")]


def test_chunks_span_at_end_of_sentence():
    assert chunks(["O", "B-MISC", "I-MISC"]) == [(1, 3, "MISC")]
    assert chunks([]) == []


def test_score_exact_match_only():
    gold = ["B-PERS", "I-PERS", "O", "B-LOC"]
    pred = ["B-PERS", "O", "O", "B-LOC"]  # PERS span too short: wrong; LOC right
    s = score_chunks([(gold, pred)])
    assert s["per_type"]["LOC"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                    "support": 1, "predicted": 1}
    assert s["per_type"]["PERS"]["f1"] == 0.0
    assert s["micro_precision"] == 0.5 and s["micro_recall"] == 0.5 and s["micro_f1"] == 0.5


def test_score_type_mismatch_is_a_false_positive_and_a_miss():
    s = score_chunks([(["B-ORG", "I-ORG"], ["B-LOC", "I-LOC"])])
    assert s["per_type"]["ORG"]["recall"] == 0.0 and s["per_type"]["ORG"]["support"] == 1
    assert s["per_type"]["LOC"]["precision"] == 0.0 and s["per_type"]["LOC"]["support"] == 0
    assert s["micro_f1"] == 0.0


def test_score_i_without_b_matches_a_b_span():
    s = score_chunks([(["O", "B-ORG", "I-ORG"], ["O", "I-ORG", "I-ORG"])])
    assert s["micro_f1"] == 1.0


def test_score_counts_over_sentences():
    pairs = [(["B-LOC"], ["B-LOC"]), (["B-LOC", "O"], ["O", "B-LOC"]), (["O"], ["B-PERS"])]
    s = score_chunks(pairs)
    assert s["per_type"]["LOC"]["precision"] == 0.5
    assert s["per_type"]["LOC"]["recall"] == 0.5
    assert s["micro_precision"] == pytest.approx(1 / 3, abs=1e-4)


def test_score_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score_chunks([(["O", "O"], ["O"])])


def test_read_conll_and_evaluate_with_a_stub_tagger(tmp_path):
    f = tmp_path / "mini.txt"
    f.write_text("محمد\tB-PERS\nفي\tO\nعمان\tB-LOC\n\nوزارة\tB-ORG\nالصحة\tI-ORG\n",
                 encoding="utf-8")
    sents = list(read_conll(f))
    assert [len(t) for t, _ in sents] == [3, 2]

    class Stub:
        def tag(self, tokens):
            return ["B-PERS", "O", "O"] if len(tokens) == 3 else ["B-ORG", "I-ORG"]

    r = evaluate_ner(f, tagger=Stub())
    json.dumps(r)
    assert r["sentences"] == 2 and r["tokens"] == 5
    assert r["micro_precision"] == 1.0 and r["micro_recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["LOC"]["recall"] == 0.0 and r["per_type"]["ORG"]["f1"] == 1.0
    assert set(r["per_type"]["PERS"]) >= {"precision", "recall", "f1", "support"}


def test_read_conll_names_the_bad_line(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("محمد\tB-PERS\nبلا وسم\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.txt:2"):
        list(read_conll(f))


def test_evaluate_uses_document_context_when_the_tagger_has_it(tmp_path):
    f = tmp_path / "mini.txt"
    f.write_text("الأهلي\tB-ORG\n\nفاز\tO\nالأهلي\tB-ORG\n", encoding="utf-8")

    class Contextual:
        context_window = 1

        def tag(self, tokens):
            return ["O"] * len(tokens)

        def tag_document(self, sentences):
            return [["B-ORG"] if len(s) == 1 else ["O", "B-ORG"] for s in sentences]

    r = evaluate_ner(f, tagger=Contextual())
    assert r["mode"] == "context" and r["micro_f1"] == 1.0
    assert r["sentence_level"]["micro_f1"] == 0.0
    assert evaluate_ner(f, tagger=Contextual(), context=False)["micro_f1"] == 0.0
