"""Inputs -> articles: plain text, HTML pages, RSS/Atom feeds, Telegram previews, JSONL corpora.

Sources are a file, a directory (walked in name order), "-" for stdin, or an http(s) URL.
Everything is streamed: a corpus is never held in memory, and a bad article becomes a
`Failure` in its place, so one bad input never stops a batch.
"""
from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Union

from rasid.ingest.encoding import MAX_BYTES, decode
from rasid.ingest.errors import IngestError
from rasid.ingest.feeds import looks_like_feed, parse_feed
from rasid.ingest.html import html_to_text, looks_like_html
from rasid.ingest.metadata import normalise_date
from rasid.ingest.telegram import looks_like_telegram, parse_telegram

__all__ = ["Article", "Failure", "IngestError", "read_source", "read_text", "iter_jsonl",
           "article_from_record", "articles_from_text", "decode", "html_to_text", "parse_feed",
           "parse_telegram", "normalise_date"]

_USER_AGENT = "Mozilla/5.0 (compatible; rasid/0.1; Arabic news analysis)"
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss",
                  ".atom", ".jsonl"}


@dataclass(frozen=True)
class Article:
    """One input article: its id, raw text and metadata (published, url, title)."""

    id: str | None
    text: str
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; it keeps its place in the output."""

    id: str | None
    error: str


Item = Union[Article, Failure]


def read_text(source: str, stdin: BinaryIO | None = None) -> str:
    """The decoded text of one file, "-" (stdin) or URL.

    Raises:
        IngestError: unreadable, binary, too large or undecodable input, naming the source.
    """
    data, charset = _read_bytes(source, stdin)
    return decode(data, _display(source), declared=charset)


def read_source(source: str, stdin: BinaryIO | None = None, jsonl: bool = False) -> Iterator[Item]:
    """Articles of a source, detected by content: JSONL, feed, HTML or plain text.

    Args:
        source: a path, a directory, "-" or an http(s) URL.
        stdin: the binary stream "-" reads (defaults to sys.stdin.buffer).
        jsonl: treat the source as JSONL whatever its name.
    """
    if source != "-" and not _is_url(source) and Path(source).is_dir():
        for path in sorted(p for p in Path(source).rglob("*")
                           if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES
                           and not _page_asset(p, Path(source))):
            yield from _guarded(str(path), lambda p=str(path): read_source(p))
        return
    if jsonl or source.lower().endswith(".jsonl"):
        stream = _open_stream(source, stdin)
        try:
            yield from iter_jsonl(stream, _display(source))
        finally:
            if stream is not (stdin or sys.stdin.buffer):
                stream.close()
        return
    text = read_text(source, stdin)
    default_id = None if source == "-" else source if _is_url(source) else Path(source).name
    yield from articles_from_text(text, _display(source), default_id)


def articles_from_text(text: str, name: str, default_id: str | None) -> Iterator[Item]:
    """One decoded input as articles: a feed or a Telegram preview gives many, a page one."""
    if looks_like_feed(text):
        for record in parse_feed(text, name):
            yield article_from_record(record, name)
    elif looks_like_telegram(text):
        count = 0
        for record in parse_telegram(text):
            count += 1
            item = article_from_record(record, name)
            if isinstance(item, Article) and record.get("channel"):
                item = Article(item.id, item.text, {**item.meta, "channel": record["channel"]})
            yield item
        if not count:
            yield Failure(default_id, f"{name}: a Telegram page with no message text")
    elif looks_like_html(text):
        body, meta = html_to_text(text)
        yield _checked(Article(default_id, body, meta), name)
    else:
        yield _checked(Article(default_id, text, {}), name)


def iter_jsonl(stream: BinaryIO, name: str = "<jsonl>") -> Iterator[Item]:
    """One item per non-blank line of `{"id", "text"|"html", "published"?, "url"?, "title"?}`.

    Lines are decoded one at a time (constant memory); a line that is not valid UTF-8 or
    JSON, or has no text, becomes a `Failure` naming its line number.
    """
    for number, raw in enumerate(_capped_lines(stream), start=1):
        where = f"{name} line {number}"
        if raw is None:
            yield Failure(None, f"{where}: longer than {MAX_BYTES:,} bytes; skipped")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as e:
            yield Failure(None, f"{where}: not valid UTF-8 at byte {e.start}")
            continue
        except json.JSONDecodeError as e:
            snippet = raw[:40].decode("utf-8", "replace").strip()
            yield Failure(None, f"{where}: not a JSON object ({e.msg} at column {e.colno}): {snippet!r}")
            continue
        if not isinstance(record, dict):
            yield Failure(None, f"{where}: expected a JSON object, got {type(record).__name__}")
            continue
        yield article_from_record(record, where)


def _capped_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a binary stream, None in place of one over MAX_BYTES (read past, never held)."""
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
        else:
            yield line


def article_from_record(record: dict, where: str) -> Item:
    """A JSON record (JSONL line or feed item) as an Article, or a Failure saying what is wrong."""
    rid = record.get("id")
    rid = None if rid is None else str(rid)
    text, meta = record.get("text"), {}
    if text is None and isinstance(record.get("html"), str):
        text, meta = html_to_text(record["html"])
    if not isinstance(text, str):
        return Failure(rid, f"{where}: no \"text\" (or \"html\") string field")
    for key in ("published", "url", "title"):
        if record.get(key):
            meta[key] = str(record[key])
    return _checked(Article(rid, text, meta), where)


def _checked(article: Article, where: str) -> Item:
    if not article.text.strip():
        return Failure(article.id, f"{where}: empty text")
    if len(article.text) > MAX_BYTES:
        return Failure(article.id, f"{where}: text longer than {MAX_BYTES:,} characters")
    return article


def _guarded(name: str, produce) -> Iterator[Item]:
    try:
        yield from produce()
    except IngestError as e:
        yield Failure(name, str(e))


def _page_asset(path: Path, top: Path) -> bool:
    """A file in the `<page>_files/` folder a browser saves beside `<page>.html` (ad frames, scripts)."""
    for folder in path.relative_to(top).parents:
        name = folder.name
        if name.endswith("_files") and any((top / folder.parent / (name[:-6] + ext)).exists()
                                           for ext in (".html", ".htm", ".xhtml", ".shtml")):
            return True
    return False


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _display(source: str) -> str:
    return "<stdin>" if source == "-" else source


def _open_stream(source: str, stdin: BinaryIO | None) -> BinaryIO:
    if source == "-":
        return stdin or sys.stdin.buffer
    if _is_url(source):
        # the default "Python-urllib" agent is refused by many news sites' firewalls
        request = urllib.request.Request(source, headers={"User-Agent": _USER_AGENT})
        return urllib.request.urlopen(request, timeout=30)  # noqa: S310 - user-given URL
    try:
        return open(source, "rb")
    except OSError as e:
        raise IngestError(f"{source}: cannot open ({e.strerror})") from None


def _read_bytes(source: str, stdin: BinaryIO | None) -> tuple[bytes, str | None]:
    """The bytes of a source, and the charset its HTTP Content-Type names (for a URL)."""
    try:
        stream = _open_stream(source, stdin)
        if source == "-":
            return stream.read(MAX_BYTES + 1), None
        with stream:
            headers = getattr(stream, "headers", None)
            charset = headers.get_content_charset() if headers is not None else None
            return stream.read(MAX_BYTES + 1), charset
    except OSError as e:
        raise IngestError(f"{_display(source)}: cannot read ({e})") from None
