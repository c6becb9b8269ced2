"""The CLI contract of ../shared/docs/CONTRACT.md, exercised through `rasid.cli.main`."""
import io
import json
import re
import sys
from pathlib import Path


from rasid.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
ATTACKED = "أعلن الجيش وقف إطـ.لاق النـ.ار في المدينة."


def run(capsys, monkeypatch, argv, stdin: bytes | None = None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_restore_prints_restored_text(tmp_path, capsys, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_text(ATTACKED, encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["restore", str(f)])
    assert code == 0 and out == "أعلن الجيش وقف إطلاق النار في المدينة."


def test_restore_json_reports_repairs_with_original_offsets(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["restore", "-", "--format", "json"], ATTACKED.encode())
    result = json.loads(out)
    assert result["text"] == "أعلن الجيش وقف إطلاق النار في المدينة."
    for r in result["repairs"]:
        assert set(r) >= {"start", "end", "before", "after", "kind", "confidence"}
        assert ATTACKED[r["start"]:r["end"]] == r["before"]


def test_restore_jsonl_streams_in_order_and_skips_bad_lines(capsys, monkeypatch):
    lines = [json.dumps({"id": "1", "text": ATTACKED}, ensure_ascii=False), "{broken",
             json.dumps({"id": "3", "text": "نص سليم"}, ensure_ascii=False)]
    code, out, err = run(capsys, monkeypatch, ["restore", "--jsonl", "-"],
                         "\n".join(lines).encode("utf-8"))
    rows = [json.loads(l) for l in out.splitlines()]
    assert code == 0 and [r.get("id") for r in rows] == ["1", None, "3"]
    assert "error" in rows[1] and "line 2" in err
    assert rows[0]["text"].startswith("أعلن الجيش وقف إطلاق النار") and rows[2]["repairs"] == []


def test_unreadable_input_fails_clearly(tmp_path, capsys, monkeypatch):
    f = tmp_path / "x.bin"
    f.write_bytes(b"\x00\x01\x02\x03")
    code, _, err = run(capsys, monkeypatch, ["restore", str(f)])
    assert code == 2 and "x.bin" in err and "binary" in err


def test_cp1256_file_is_read(tmp_path, capsys, monkeypatch):
    f = tmp_path / "legacy.txt"
    f.write_bytes(ATTACKED.encode("cp1256"))
    code, out, _ = run(capsys, monkeypatch, ["restore", str(f)])
    assert code == 0 and "إطلاق النار" in out


def test_every_command_is_documented_with_an_example():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = []
    for action in parser._subparsers._group_actions:
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
            commands += [f"{name} {n}" for a in nested for n in a.choices] or [name]
    for command in commands:
        assert re.search(rf"rasid {command}\b", doc), f"docs/cli.md lacks an example of `rasid {command}`"


def test_analyze_a_directory_streams_one_line_per_article(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(ATTACKED, encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01")
    (tmp_path / "b.bin").rename(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text("توصل الطرفان إلى اتفاق.", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, ["analyze", str(tmp_path)])
    rows = [json.loads(l) for l in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["a.txt", str(tmp_path / "b.txt"), "c.txt"]
    assert "error" in rows[1] and "binary" in err
    assert rows[0]["restored"].startswith("أعلن الجيش وقف إطلاق النار")


def test_analyze_passes_a_pages_language_and_direction_through(tmp_path, capsys, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text('<html lang="ar" dir="rtl"><head><title>خبر</title></head><body><article>'
                    f"<h1>خبر عاجل</h1><p>{ATTACKED}</p></article></body></html>", encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["analyze", str(page), "--format", "json"])
    doc = json.loads(out)
    assert code == 0 and doc["language"] == "ar" and doc["dir"] == "rtl"
    assert "إطلاق النار" in doc["restored"]
