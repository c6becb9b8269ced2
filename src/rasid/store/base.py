"""What every SQL store shares: the tables, idempotent puts, flat event rows, search snippets.

A document is keyed by its id (or, lacking one, the hash of its text) and stored with the hash
of its text: storing the same article again changes nothing, a changed article replaces its
old analysis. Events are also kept flat, one row each, because that is what exports and maps
read; the whole Document JSON is kept too, so nothing the pipeline found is lost. Backends
differ only in how they connect, bind parameters and index text for search.
"""
from __future__ import annotations

import hashlib
import json
from typing import Iterator

from rasid.document import Document
from rasid.text.normalize import matching_form, matching_form_same_length

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, text_hash TEXT NOT NULL, published TEXT, url TEXT, title TEXT,
  dct TEXT, dct_inferred INTEGER, restored TEXT NOT NULL, doc_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  type TEXT, mode TEXT, date TEXT, location TEXT, lat REAL, lon REAL, country TEXT,
  actor1 TEXT, actor2 TEXT, modality TEXT, negated INTEGER, confidence REAL,
  acled_type TEXT, acled_sub_type TEXT, trigger TEXT, sentence TEXT, source TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type, date);
"""
EVENT_COLUMNS = 19


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_key(doc: Document) -> str:
    """The stored id: the document's own, or one derived from its text."""
    return doc.id or "sha256:" + text_hash(doc.text)[:16]


def search_text(doc: Document) -> str:
    """What search matches: the matching form of the title and the restored text."""
    return matching_form(f"{doc.meta.get('title') or ''}\n{doc.clean}")


class SqlStore:
    """Documents and their events in SQL. Subclasses connect and index text for search.

    SQL here is written with `?` placeholders; `PARAM` is the backend's own.
    """

    PARAM = "?"

    def __init__(self, connection):
        self.db = connection

    # -- backend hooks -----------------------------------------------------------------
    def _index(self, cursor, key: str, norm: str) -> None:
        raise NotImplementedError

    def _unindex(self, cursor, key: str) -> None:
        raise NotImplementedError

    def _search_rows(self, words: list[str], limit: int):
        raise NotImplementedError

    def _transaction(self):
        """A context manager: commit on success, roll back on error."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.PARAM == "?" else sql.replace("?", self.PARAM)

    def _rows(self, sql: str, params=()):
        cursor = self.db.cursor()
        cursor.execute(self._sql(sql), params)
        return cursor

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def has(self, doc_id: str, text: str) -> bool:
        """Whether this exact article is already stored (same id, same text)."""
        row = self._rows("SELECT text_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return bool(row) and row[0] == text_hash(text)

    def put(self, doc: Document) -> bool:
        """Store an analysed document; returns False when it was already stored unchanged."""
        key = document_key(doc)
        if self.has(key, doc.text):
            return False
        data = doc.to_dict()
        data["id"] = key
        with self._transaction():
            cursor = self.db.cursor()
            cursor.execute(self._sql("DELETE FROM events WHERE doc_id = ?"), (key,))
            cursor.execute(self._sql("DELETE FROM documents WHERE id = ?"), (key,))
            self._unindex(cursor, key)
            cursor.execute(
                self._sql("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)"),
                (key, text_hash(doc.text), doc.meta.get("published"), doc.meta.get("url"),
                 doc.meta.get("title"), doc.dct.value, int(doc.dct.inferred), doc.clean,
                 json.dumps(data, ensure_ascii=False)))
            self._index(cursor, key, search_text(doc))
            cursor.executemany(
                self._sql("INSERT INTO events VALUES (" + ",".join("?" * EVENT_COLUMNS) + ")"),
                [event_row(key, n, e, doc) for n, e in enumerate(data["events"])])
        return True

    def get(self, doc_id: str) -> dict | None:
        row = self._rows("SELECT doc_json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def documents(self) -> Iterator[dict]:
        for (doc_json,) in self._rows("SELECT doc_json FROM documents ORDER BY id"):
            yield json.loads(doc_json)

    def events(self, type: str | None = None) -> Iterator[dict]:
        """Flat event rows (see `event_row`), optionally of one PLOVER type."""
        sql = "SELECT * FROM events" + (" WHERE type = ?" if type else "") + " ORDER BY doc_id, n"
        cursor = self._rows(sql, (type,) if type else ())
        names = [c[0] for c in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Documents containing every word of `query`, best first, with a snippet.

        Matching is on the matching form of the restored text, so `الإرهاب` finds an article
        that printed `الارهـ.اب`, whatever the hamza or diacritics.
        """
        words = matching_form(query).split()
        if not words:
            return []
        return [{"id": i, "title": t, "snippet": _snippet(restored, words)}
                for i, t, restored in self._search_rows(words, limit)]

    def count(self) -> dict:
        docs = self._rows("SELECT count(*) FROM documents").fetchone()[0]
        events = self._rows("SELECT count(*) FROM events").fetchone()[0]
        return {"documents": docs, "events": events}


def _snippet(restored: str, words: list[str], width: int = 60) -> str:
    """The restored text around the first query word (found in the same-length matching form)."""
    pos = matching_form_same_length(restored).find(words[0])
    if pos < 0:
        return restored[: 2 * width]
    return restored[max(0, pos - width): pos + width].replace("\n", " ")


def _ref_names(refs) -> str | None:
    names = [r.get("name_en") or r.get("text") for r in refs or [] if r]
    return "; ".join(n for n in names if n) or None


def event_row(doc_id: str, n: int, event: dict, doc: Document) -> tuple:
    """One event as a flat row: the columns exports and the map read."""
    loc = event.get("location") or {}
    acled = event.get("acled") or {}
    date = (event.get("date") or {}).get("value")
    sentence = ""
    if 0 <= event.get("sentence", -1) < len(doc.sentences):
        sentence = doc.restored_text(doc.sentences[event["sentence"]])
    source = "; ".join(a.get("name_en") or a.get("text") or "" for a in event.get("attribution") or [])
    return (doc_id, n, event.get("type"), event.get("mode"), date,
            loc.get("name_en") or loc.get("text"), loc.get("lat"), loc.get("lon"),
            loc.get("country"), _ref_names(event.get("actors")), _ref_names(event.get("targets")),
            event.get("modality"), int(bool(event.get("negated"))), event.get("confidence"),
            acled.get("event_type"), acled.get("sub_event_type"),
            (event.get("trigger") or {}).get("text"), sentence, source or None)
