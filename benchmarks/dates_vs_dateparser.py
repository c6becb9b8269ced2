"""rasid's dates stage beside `dateparser` alone on the same table of Arabic expressions.

    .venv/bin/python benchmarks/dates_vs_dateparser.py [--show-misses]

The table is tests/dates/expressions.tsv (sentence, expression, DCT, value, precision).
rasid reads the whole sentence and must find the expression itself; a row counts when the
mention overlapping the expression has exactly the expected value. dateparser is given more
help: the bare expression, the DCT as its relative base, and the expected precision to format
its answer with (it returns one datetime and has no notion of precision, intervals,
durations or seasons). Both accuracies are exact value matches.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "tests" / "dates" / "expressions.tsv"
HELDOUT = TABLE.with_name("heldout.tsv")  # rows written after the grammar, scored once first
_FORMATS = {"time": "%Y-%m-%dT%H:%M", "day": "%Y-%m-%d", "week": "%Y-%m-%d",
            "part-of-month": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def load_table(path: Path = TABLE) -> list[dict]:
    """Rows of the expressions table as dicts (comments and blank lines skipped)."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        sentence, expression, dct, value, precision = cols
        if expression not in sentence:
            raise ValueError(f"{path}:{n}: expression {expression!r} is not in its sentence")
        rows.append({"line": n, "sentence": sentence, "expression": expression, "dct": dct,
                     "value": value, "precision": precision})
    return rows


def rasid_mention(row: dict):
    """The mention rasid finds over the row's expression (most overlap), or None."""
    from rasid.dates import DateTagger
    from rasid.document import Document

    doc = DateTagger()(Document(text=row["sentence"], meta={"published": row["dct"]}))
    start = row["sentence"].index(row["expression"])
    end = start + len(row["expression"])
    best, best_overlap = None, 0
    for d in doc.dates:
        overlap = min(end, d.end) - max(start, d.start)
        if overlap > best_overlap:
            best, best_overlap = d, overlap
    return best


def rasid_value(row: dict) -> str | None:
    m = rasid_mention(row)
    return m.value if m is not None else None


def dateparser_value(row: dict) -> str | None:
    """dateparser's reading of the bare expression, formatted at the expected precision."""
    import dateparser

    base = dt.datetime.fromisoformat(row["dct"])
    try:
        got = dateparser.parse(row["expression"], languages=["ar"],
                               settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    except Exception as err:  # dateparser raises assorted errors on odd input; a miss, reported
        print(f"dateparser failed on line {row['line']}: {err!r}", file=sys.stderr)
        return None
    if got is None:
        return None
    return got.strftime(_FORMATS.get(row["precision"], "%Y-%m-%d"))


def accuracies(rows: list[dict] | None = None) -> dict:
    """{"rows", "rasid", "dateparser", "rasid_misses", "dateparser_misses"} over the table."""
    rows = load_table() if rows is None else rows
    r_miss, d_miss = [], []
    for row in rows:
        r, d = rasid_value(row), dateparser_value(row)
        if r != row["value"]:
            r_miss.append((row["line"], row["expression"], row["value"], r))
        if d != row["value"]:
            d_miss.append((row["line"], row["expression"], row["value"], d))
    n = len(rows)
    return {"rows": n, "rasid": (n - len(r_miss)) / n, "dateparser": (n - len(d_miss)) / n,
            "rasid_misses": r_miss, "dateparser_misses": d_miss}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-misses", action="store_true", help="list rows each system gets wrong")
    args = ap.parse_args(argv)
    for path in (TABLE, HELDOUT):
        if not path.exists():
            continue
        res = accuracies(load_table(path))
        n = res["rows"]
        print(f"{path.name}: {n} rows")
        print(f"  rasid accuracy:      {res['rasid']:.3f} ({n - len(res['rasid_misses'])}/{n})")
        print(f"  dateparser accuracy: {res['dateparser']:.3f} ({n - len(res['dateparser_misses'])}/{n})")
        if args.show_misses:
            for name in ("rasid", "dateparser"):
                print(f"  {name} misses:")
                for line, expr, want, got in res[f"{name}_misses"]:
                    print(f"    line {line}: {expr!r} want {want} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
