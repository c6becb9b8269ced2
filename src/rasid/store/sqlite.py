"""The embedded default store: one SQLite file, with FTS5 over the restored matching form."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rasid.store.base import TABLES, SqlStore


class SqliteStore(SqlStore):
    """Documents and their events in one SQLite file (":memory:" for tests)."""

    def __init__(self, path: str | Path = "rasid.db"):
        # the API serves from several threads and serialises access with its own lock
        super().__init__(sqlite3.connect(str(path), check_same_thread=False))
        self.path = str(path)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(TABLES + "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts "
                              "USING fts5(id UNINDEXED, norm);")

    def _transaction(self):
        return self.db  # sqlite3's connection commits or rolls back as a context manager

    def _index(self, cursor, key: str, norm: str) -> None:
        cursor.execute("INSERT INTO documents_fts VALUES (?,?)", (key, norm))

    def _unindex(self, cursor, key: str) -> None:
        cursor.execute("DELETE FROM documents_fts WHERE id = ?", (key,))

    def _search_rows(self, words: list[str], limit: int):
        # each word quoted: Arabic punctuation and FTS operators in user input stay literal
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        return self.db.execute(
            "SELECT documents_fts.id, title, restored FROM documents_fts "
            "JOIN documents ON documents.id = documents_fts.id "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
