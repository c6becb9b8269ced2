"""Restoration throughput, MB/s per core: rasid beside the naive regex, clean and attacked news.

Run: .venv/bin/python benchmarks/restore.py [--repeat N]

"Clean" is the 300-article news sample as published; "attacked" is the same articles with one
word in ten obfuscated by a family drawn at random from every family rasid handles (fixed seed;
generator in tests/restore/attacks.py). One process, one core; the lexicon is built before timing
and its load time is reported on its own line. The naive baseline deletes every kashida or dot
between two Arabic letters (one `re.sub`). Speeds are given in CPU time of this process (what one
core does, whatever else runs on a shared machine) and in wall time.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"
sys.path.insert(0, str(ROOT / "tests" / "restore"))

from attacks import ALL_FAMILIES, attack, naive_restore  # noqa: E402

from rasid.document import Document  # noqa: E402
from rasid.restore import Restorer  # noqa: E402

WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]{3,}")


def attacked(texts: list[str], rate: float = 0.1, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for t in texts:
        def sub(m):
            if rng.random() >= rate:
                return m.group()
            return attack(m.group(), rng.choice(ALL_FAMILIES), rng) or m.group()
        out.append(WORD.sub(sub, t))
    return out


def throughput(fn, texts: list[str], repeat: int, clock=time.process_time) -> float:
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        for t in texts:
            fn(t)
        best = min(best, clock() - t0)
    return nbytes / best / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not NEWS.exists():
        sys.exit(f"news sample not found at {NEWS}; it lives in ../shared/data (see its README)")
    with NEWS.open(encoding="utf-8") as f:
        clean = [json.loads(line)["text"] for line in f if line.strip()]
    bad = attacked(clean)
    t0 = time.perf_counter()
    restorer = Restorer()
    restorer.lexicon  # noqa: B018 -- build it before timing
    load = time.perf_counter() - t0
    rasid = lambda t: restorer(Document(text=t)).clean  # noqa: E731
    mb = sum(len(t.encode("utf-8")) for t in clean) / 1e6
    print(f"news sample: {len(clean)} articles, {mb:.2f} MB; lexicon built in {load:.2f} s")
    print(f"{'text':<10}{'rasid CPU':>11}{'naive CPU':>11}{'naive/rasid':>13}"
          f"{'rasid wall':>12}{'naive wall':>12}   (MB/s)")
    for name, texts in (("clean", clean), ("attacked", bad)):
        r = throughput(rasid, texts, args.repeat)
        n = throughput(naive_restore, texts, args.repeat)
        rw = throughput(rasid, texts, args.repeat, time.perf_counter)
        nw = throughput(naive_restore, texts, args.repeat, time.perf_counter)
        print(f"{name:<10}{r:>11.1f}{n:>11.1f}{n / r:>12.1f}x{rw:>12.1f}{nw:>12.1f}")
    repairs = sum(len(restorer.find_repairs(t)) for t in bad)
    print(f"attacked: {repairs} repairs made")


if __name__ == "__main__":
    main()
