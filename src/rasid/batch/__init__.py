"""Scale-out on Dask: a map over partitions of JSONL corpora, nothing more.

Each worker process builds the default pipeline once (its knowledge base and models load on
first use) and analyses its partition line by line; a bad line becomes `{"id", "error"}` in
its place, exactly as in `rasid analyze --jsonl`. Output is one JSONL file per partition, so
nothing is gathered into the client's memory. The same code runs on the local process pool
or, given a scheduler address, on a `dask.distributed` cluster.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from rasid.ingest import Failure, iter_jsonl


def analyze_lines(lines: Iterable[str], pipeline=None) -> Iterator[str]:
    """JSONL input lines -> Document JSON lines (or error lines), same order."""
    if pipeline is None:
        from rasid.pipeline import Pipeline
        pipeline = Pipeline.default()
    from rasid.document import Document

    for item in iter_jsonl(io.BytesIO("".join(l if l.endswith("\n") else l + "\n"
                                              for l in lines).encode("utf-8")), "partition"):
        if isinstance(item, Failure):
            yield json.dumps({"id": item.id, "error": item.error}, ensure_ascii=False)
            continue
        try:
            doc = pipeline(Document(text=item.text, id=item.id, meta=item.meta))
            yield json.dumps(doc.to_dict(), ensure_ascii=False)
        except Exception as e:  # one bad article never stops a batch: report it in place
            yield json.dumps({"id": item.id, "error": f"{type(e).__name__}: {e}"}, ensure_ascii=False)


def analyze_corpus(inputs: Sequence[str], out_dir: str, blocksize: str | int = "16MiB",
                   scheduler: str = "processes", workers: int | None = None) -> list[str]:
    """Analyse JSONL corpora on Dask, writing `out_dir/part-*.jsonl`.

    Args:
        inputs: JSONL paths or globs (anything `dask.bag.read_text` reads, local or remote).
        out_dir: directory for the output partitions (created).
        blocksize: bytes of input per partition; lines are never split.
        scheduler: "processes", "threads", "synchronous", or a dask.distributed address
            ("tcp://host:8786").
        workers: local worker count (default: one per core).
    Returns:
        The written file paths, in input order.
    """
    import dask
    import dask.bag as db

    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = db.read_text(list(inputs), blocksize=blocksize, encoding="utf-8")
    results = bag.map_partitions(_analyze_partition)
    target = str(Path(out_dir) / "part-*.jsonl")
    if scheduler.startswith(("tcp://", "tls://", "inproc://")):
        from dask.distributed import Client  # optional: only for a real cluster
        with Client(scheduler):
            return results.to_textfiles(target, encoding="utf-8")
    with dask.config.set(scheduler=scheduler, num_workers=workers):
        return results.to_textfiles(target, encoding="utf-8")


def _analyze_partition(lines) -> list[str]:
    # to_textfiles ends each element with a newline itself
    return list(analyze_lines(l for l in lines if l.strip()))
