"""The whole pipeline: articles per second per core for each stage, and Dask scaling.

Usage: .venv/bin/python benchmarks/pipeline.py [--repeat N] [--news PATH] [--workers N]

Part 1 times every stage of `Pipeline.default()` over the news sample in pipeline order, in one
process (best of N; models and the KB load first and are reported apart). Part 2 runs
`rasid batch` (Dask, local processes) over the same articles with 1 and with N workers and
prints the speed-up, so the scaling claim is a measured ratio rather than a promise.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"


def stage_table(docs, repeat: int) -> None:
    from rasid.pipeline import Pipeline

    t = time.perf_counter()
    pipeline = Pipeline.default()
    pipeline(docs[0])  # first use builds the lexicon and loads the models
    print(f"load (lexicon, KB, models): {time.perf_counter() - t:.2f} s\n")
    print(f"| stage | seconds | articles/s per core |\n|---|---:|---:|")
    total = 0.0
    current = docs
    for stage in pipeline.stages:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            out = [stage(d) for d in current]
            best = min(best, time.perf_counter() - t)
        current = out
        total += best
        print(f"| {type(stage).__name__} | {best:.2f} | {len(docs) / best:,.0f} |")
    print(f"| **whole pipeline** | {total:.2f} | **{len(docs) / total:,.0f}** |")
    events = sum(len(d.events) for d in current)
    print(f"\n{len(docs)} articles, {sum(len(d.text) for d in docs):,} characters, {events} events")


def dask_scaling(items, workers: int) -> None:
    from rasid.batch import analyze_corpus

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": i["id"], "text": i["text"]}, ensure_ascii=False)
                               + "\n" for i in items), encoding="utf-8")
        block = max(1, src.stat().st_size // (4 * workers))
        times = {}
        for n in (1, workers):
            t = time.perf_counter()
            analyze_corpus([str(src)], str(Path(tmp) / f"out{n}"), blocksize=block,
                           scheduler="processes", workers=n)
            times[n] = time.perf_counter() - t
        print(f"\n| Dask workers | seconds (incl. model load per worker) | articles/s |\n|---:|---:|---:|")
        for n, s in times.items():
            print(f"| {n} | {s:.1f} | {len(items) / s:,.0f} |")
        print(f"\nspeed-up with {workers} workers: {times[1] / times[workers]:.2f}x "
              f"(on {os.cpu_count()} cores)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)
    if not args.news.exists():
        print(f"news sample not found: {args.news}", file=sys.stderr)
        return 2
    from rasid.document import Document

    items = [json.loads(l) for l in args.news.read_text(encoding="utf-8").splitlines() if l.strip()]
    stage_table([Document(text=i["text"], id=i["id"]) for i in items], args.repeat)
    dask_scaling(items, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
