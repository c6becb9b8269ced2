"""Dask scale-out gives the same lines, in the same order, as the sequential path."""
import json

import pytest

pytest.importorskip("dask.bag")

from rasid.batch import analyze_corpus, analyze_lines  # noqa: E402
from rasid.document import Entity  # noqa: E402


class FirstWord:
    def __call__(self, doc):
        end = doc.text.find(" ")
        return doc.with_layers(entities=[Entity(0, end, doc.text[:end], type="GPE")])


def corpus(tmp_path, n=40):
    lines = [json.dumps({"id": str(i), "text": f"مدينة{i} تشهد أحداثا"}, ensure_ascii=False) for i in range(n)]
    lines[7] = "{broken"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_line_keeps_its_place():
    out = [json.loads(l) for l in analyze_lines(['{"id":"a","text":"نص هنا"}', "nope", '{"id":"c"}'],
                                                pipeline=FirstWord())]
    assert [o.get("id") for o in out] == ["a", None, "c"]
    assert "error" in out[1] and "error" in out[2] and out[0]["entities"][0]["text"] == "نص"


def test_partitions_on_dask_match_sequential(tmp_path, monkeypatch):
    import rasid.pipeline
    monkeypatch.setattr(rasid.pipeline.Pipeline, "default", classmethod(lambda cls: FirstWord()))
    path = corpus(tmp_path)
    files = analyze_corpus([str(path)], str(tmp_path / "out"), blocksize=300, scheduler="threads")
    assert len(files) > 1
    got = [l for f in sorted(files, key=lambda f: int(f.rsplit("-", 1)[1].split(".")[0]))
           for l in open(f, encoding="utf-8").read().splitlines()]
    expected = list(analyze_lines(path.read_text(encoding="utf-8").splitlines(), pipeline=FirstWord()))
    # error lines name the line within its partition; everything else is identical
    strip = lambda lines: [json.loads(l).get("error", "").split(":", 1)[-1] or l for l in lines]
    assert strip(got) == strip(expected) and sum('"error"' in l for l in got) == 1
