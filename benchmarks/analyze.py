"""Articles per second per core for restore + text + entities on the news sample.

Usage: .venv/bin/python benchmarks/analyze.py [--repeat N] [--news PATH] [--no-crf]

One process, one core. Each stage is timed over the whole sample in order (restore, then the
text layer on the restored documents, then entities on those), best of N runs; models and the
knowledge base are loaded before timing and their load time is reported on its own. Entities are
timed twice: knowledge-base look-up and roles alone, and with the CRF tagger merged in.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"


def best_of(repeat: int, fn):
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    ap.add_argument("--no-crf", action="store_true")
    args = ap.parse_args(argv)
    if not args.news.exists():
        print(f"news sample not found: {args.news}", file=sys.stderr)
        return 2

    from rasid.document import Document
    from rasid.entities import EntityRecognizer
    from rasid.kb import KnowledgeBase
    from rasid.restore import default_restorer
    from rasid.text import Segmenter

    items = [json.loads(l) for l in args.news.read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = [Document(text=i["text"], id=i["id"]) for i in items]
    n = len(docs)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6

    loads = {}
    t = time.perf_counter()
    restorer = default_restorer()
    restorer(Document(text="تهيئة"))  # builds the lexicon
    loads["restore lexicon"] = time.perf_counter() - t
    t = time.perf_counter()
    kb = KnowledgeBase.load()
    loads["knowledge base"] = time.perf_counter() - t
    tagger = None
    if not args.no_crf:
        try:
            from rasid.entities.tagger import CrfTagger
            t = time.perf_counter()
            tagger = CrfTagger.load()
            loads["CRF tagger"] = time.perf_counter() - t
        except (ImportError, FileNotFoundError) as exc:
            print(f"CRF tagger unavailable ({exc}); timing look-up only", file=sys.stderr)
    seg = Segmenter()
    rec_kb = EntityRecognizer(kb=kb, tagger=None)

    rows = []
    t_restore, restored = best_of(args.repeat, lambda: [restorer(d) for d in docs])
    rows.append(("restore", t_restore))
    t_text, segmented = best_of(args.repeat, lambda: [seg(d) for d in restored])
    rows.append(("text (sentences, tokens)", t_text))
    t_kb, analysed = best_of(args.repeat, lambda: [rec_kb(d) for d in segmented])
    rows.append(("entities: KB look-up + roles", t_kb))
    total = t_restore + t_text + t_kb
    n_ents = sum(len(d.entities) for d in analysed)
    t_crf = None
    if tagger is not None:
        rec_crf = EntityRecognizer(kb=kb, tagger=tagger)
        t_crf, analysed_crf = best_of(args.repeat, lambda: [rec_crf(d) for d in segmented])
        rows.append(("entities: KB + CRF tagger", t_crf))
        n_ents_crf = sum(len(d.entities) for d in analysed_crf)

    print(f"{n} articles, {mb:.2f} MB, best of {args.repeat}; {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs visible, one used")
    print()
    print("| stage | seconds | articles/s |")
    print("|---|---:|---:|")
    for name, secs in rows:
        print(f"| {name} | {secs:.2f} | {n / secs:.0f} |")
    print(f"| **restore + text + entities (KB)** | {total:.2f} | **{n / total:.0f}** |")
    if t_crf is not None:
        total_crf = t_restore + t_text + t_crf
        print(f"| **restore + text + entities (KB + CRF)** | {total_crf:.2f} | **{n / total_crf:.0f}** |")
    print()
    print("one-off loads: " + ", ".join(f"{k} {v:.2f} s" for k, v in loads.items()))
    print(f"entities: {n_ents} (KB)" + (f", {n_ents_crf} (KB + CRF)" if t_crf is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
