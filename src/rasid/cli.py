"""Command line: parses arguments and calls the library; the contract is docs/cli.md."""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from typing import Callable, Iterable, TextIO

from rasid.document import Document
from rasid.ingest import Article, Failure, IngestError, read_source
from rasid.store.base import document_key

EXAMPLES = """examples:
  rasid restore article.txt                 print the restored text
  rasid restore article.txt --format json   restored text and every repair with offsets
  rasid restore --jsonl corpus.jsonl        one {"id","text","repairs"} line per input line
  rasid analyze article.html --published 2020-01-09 --format json
  rasid analyze --jsonl corpus.jsonl        one Document line per input line
  rasid analyze feed.xml                    every item of an RSS/Atom feed, one line each
  rasid eval ner test.txt                   NER precision/recall/F1 on a CoNLL file
  rasid eval events gold/                   event precision/recall/F1 against gold files
  rasid kb stats                            what the shipped knowledge base holds
  rasid ingest --jsonl corpus.jsonl --db rasid.db   analyse and store (idempotent)
  rasid search "وقف إطلاق النار" --db rasid.db     stored articles containing the words
  rasid export --db rasid.db --format csv   events as ACLED-like CSV (or jsonl, geojson)
  rasid serve --db rasid.db                 HTTP API and web page on http://127.0.0.1:8000/
  rasid batch corpus/*.jsonl --out results/  analyse on Dask, one output file per partition
"""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except IngestError as e:
        print(f"rasid: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasid", description="Restore obfuscated Arabic news and extract events.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(metavar="COMMAND")

    restore = sub.add_parser("restore", help="undo deliberate obfuscation",
                             description="Undo deliberate obfuscation; every repair is reported.")
    _add_input(restore)
    restore.add_argument("--format", choices=("text", "json"), default="text")
    restore.set_defaults(run=_run_restore)

    analyze = sub.add_parser("analyze", help="restore, then sentences, entities, dates, events",
                             description="Full analysis; prints Document JSON (docs/schema.md).")
    _add_input(analyze)
    analyze.add_argument("--published", metavar="YYYY-MM-DD",
                         help="publication date (otherwise taken from the input or inferred)")
    analyze.add_argument("--format", choices=("json", "jsonl"), default="json",
                         help="json: indented, one article; jsonl: one line per article")
    analyze.add_argument("--tokens", action="store_true", help="include the token layer")
    analyze.set_defaults(run=_run_analyze)

    evaluate = sub.add_parser("eval", help="score rasid against annotated data")
    eval_sub = evaluate.add_subparsers(metavar="WHAT")
    ner = eval_sub.add_parser("ner", help="entity P/R/F1 on a CoNLL file (token<TAB>BIO-tag)")
    ner.add_argument("conll_file")
    ner.set_defaults(run=_run_eval_ner)
    events = eval_sub.add_parser("events", help="event P/R/F1 against a folder of gold JSON files")
    events.add_argument("gold_dir")
    events.set_defaults(run=_run_eval_events)

    ingest = sub.add_parser("ingest", help="analyse and store articles (idempotent)",
                            description="Analyse articles and store them; already stored ones are skipped.")
    _add_input(ingest)
    _add_db(ingest)
    ingest.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for all inputs")
    ingest.set_defaults(run=_run_ingest, tokens=False)

    search = sub.add_parser("search", help="stored articles containing words (restored text)")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    _add_db(search)
    search.set_defaults(run=_run_search)

    export = sub.add_parser("export", help="stored analyses as JSONL, ACLED-like CSV or GeoJSON")
    export.add_argument("--format", choices=("jsonl", "csv", "geojson"), default="jsonl")
    export.add_argument("--type", help="only events of this PLOVER type (csv, geojson)")
    export.add_argument("-o", "--output", help="file to write (default: stdout)")
    _add_db(export)
    export.set_defaults(run=_run_export)

    serve = sub.add_parser("serve", help="HTTP API and web page (127.0.0.1 by default)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", help="SQLite store for /search, /documents, /events and store=true")
    serve.set_defaults(run=_run_serve)

    batch = sub.add_parser("batch", help="analyse JSONL corpora in parallel on Dask",
                           description="Analyse JSONL corpora on Dask; one output file per partition.")
    batch.add_argument("inputs", nargs="+", metavar="JSONL", help="JSONL files or globs")
    batch.add_argument("--out", required=True, help="output directory for part-*.jsonl")
    batch.add_argument("--scheduler", default="processes",
                       help="processes (default), threads, synchronous, or tcp://host:port")
    batch.add_argument("--workers", type=int, help="local workers (default: one per core)")
    batch.add_argument("--blocksize", default="16MiB", help="input bytes per partition")
    batch.set_defaults(run=_run_batch)

    kb = sub.add_parser("kb", help="the shipped knowledge base")
    kb_sub = kb.add_subparsers(metavar="WHAT")
    stats = kb_sub.add_parser("stats", help="counts of what the knowledge base holds")
    stats.set_defaults(run=_run_kb_stats)
    return parser


def _add_input(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", nargs="?", metavar="FILE|DIR|URL|-",
                   help="article file, directory, URL, or - for stdin")
    p.add_argument("--jsonl", metavar="IN|-",
                   help='JSONL corpus: one {"id","text"|"html",...} object per line, streamed')


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="rasid.db", help="SQLite file (default: rasid.db)")


def _items(args) -> Iterable[Article | Failure]:
    if args.jsonl and args.input:
        raise IngestError("give either an input or --jsonl, not both")
    if args.jsonl:
        return read_source(args.jsonl, jsonl=True)
    if not args.input:
        raise IngestError("no input: give a FILE, DIR, URL, - for stdin, or --jsonl IN")
    return read_source(args.input)


def _document(article: Article, published: str | None = None) -> Document:
    meta = dict(article.meta)
    if published:
        meta["published"] = published
    return Document(text=article.text, id=article.id, meta=meta)


def _stream(items: Iterable[Article | Failure], process: Callable[[Article], dict],
            out: TextIO, indent: int | None) -> int:
    """Write one JSON object per item, in order; failures keep their place and go to stderr."""
    for item in items:
        if isinstance(item, Failure):
            record = {"id": item.id, "error": item.error}
            print(f"rasid: skipped: {item.error}", file=sys.stderr)
        else:
            try:
                record = process(item)
            except Exception as e:  # one bad article never stops a batch: report and go on
                record = {"id": item.id, "error": f"{type(e).__name__}: {e}"}
                print(f"rasid: skipped {item.id}: {record['error']}", file=sys.stderr)
        out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
        out.flush()
    return 0


def _run_restore(args) -> int:
    from rasid.pipeline import restore_document

    def restored(article: Article) -> dict:
        doc = restore_document(_document(article))
        return {"id": article.id, "text": doc.clean, "repairs": [r.to_dict() for r in doc.repairs]}

    items = _items(args)
    if args.jsonl:
        return _stream(items, restored, sys.stdout, None)
    for item in items:
        if isinstance(item, Failure):
            raise IngestError(item.error)
        doc = restore_document(_document(item))
        if args.format == "json":
            print(json.dumps({"text": doc.clean, "repairs": [r.to_dict() for r in doc.repairs]},
                             ensure_ascii=False, indent=1))
        else:
            sys.stdout.write(doc.clean)
    return 0


def _run_analyze(args) -> int:
    from rasid.pipeline import Pipeline

    pipeline = Pipeline.default()

    def analysed(article: Article) -> dict:
        return pipeline(_document(article, args.published)).to_dict(include_tokens=args.tokens)

    items = iter(_items(args))
    head = list(itertools.islice(items, 2))  # one article, or a stream: never all in memory
    if args.format == "json" and not args.jsonl and len(head) == 1:
        if isinstance(head[0], Failure):
            raise IngestError(head[0].error)
        print(json.dumps(analysed(head[0]), ensure_ascii=False, indent=1))
        return 0
    return _stream(itertools.chain(head, items), analysed, sys.stdout, None)


def _run_ingest(args) -> int:
    from rasid.pipeline import Pipeline
    from rasid.store import open_store

    pipeline = Pipeline.default()
    counts = {"stored": 0, "unchanged": 0, "failed": 0}
    with open_store(args.db) as store:
        for item in _items(args):
            if isinstance(item, Failure):
                counts["failed"] += 1
                print(f"rasid: skipped: {item.error}", file=sys.stderr)
                continue
            doc = _document(item, args.published)
            if store.has(document_key(doc), doc.text):
                counts["unchanged"] += 1
                continue
            try:
                store.put(pipeline(doc))
                counts["stored"] += 1
            except Exception as e:  # one bad article never stops a batch: report and go on
                counts["failed"] += 1
                print(f"rasid: skipped {item.id}: {type(e).__name__}: {e}", file=sys.stderr)
        counts.update(store.count())
    print(json.dumps(counts))
    return 0


def _run_search(args) -> int:
    from rasid.store import open_store

    with open_store(args.db) as store:
        for hit in store.search(args.query, args.limit):
            print(json.dumps(hit, ensure_ascii=False))
    return 0


def _run_export(args) -> int:
    from rasid.store import export, open_store

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with open_store(args.db) as store:
            if args.format == "jsonl":
                n = export.write_jsonl(store.documents(), out)
            elif args.format == "csv":
                n = export.write_csv(store.events(args.type), out)
            else:
                n = export.write_geojson(store.events(args.type), out)
    finally:
        if args.output:
            out.close()
    print(f"rasid: exported {n} {'documents' if args.format == 'jsonl' else 'events'}", file=sys.stderr)
    return 0


def _run_serve(args) -> int:
    from rasid.api import App, serve
    from rasid.store import open_store

    store = open_store(args.db) if args.db else None
    server = serve(App(store=store), args.host, args.port)
    print(f"rasid: serving on http://{args.host}:{server.server_port}/", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if store:
            store.close()
    return 0


def _run_batch(args) -> int:
    try:
        from rasid.batch import analyze_corpus
        files = analyze_corpus(args.inputs, args.out, args.blocksize, args.scheduler, args.workers)
    except ImportError as e:
        raise IngestError(f"rasid batch needs Dask: pip install 'rasid[batch]' ({e})") from None
    print(json.dumps({"partitions": len(files), "files": files}))
    return 0


def _run_eval_ner(args) -> int:
    from rasid.entities.evaluate import evaluate_ner

    print(json.dumps(evaluate_ner(args.conll_file), ensure_ascii=False, indent=1))
    return 0


def _run_eval_events(args) -> int:
    from rasid.events.evaluate import evaluate_events

    print(json.dumps(evaluate_events(args.gold_dir), ensure_ascii=False, indent=1))
    return 0


def _run_kb_stats(args) -> int:
    from rasid.kb import KnowledgeBase, kb_stats

    print(json.dumps(kb_stats(KnowledgeBase.load()), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
