"""PostgreSQL for scale: the same tables, full-text search with a GIN-indexed tsvector.

The 'simple' text-search configuration is used on the matching form (PostgreSQL ships no
Arabic stemmer; the matching form already unifies spelling), so search behaves as in SQLite.
Needs the `postgres` extra (psycopg 3).
"""
from __future__ import annotations

from rasid.store.base import TABLES, SqlStore


class PostgresStore(SqlStore):
    """Documents and their events in a PostgreSQL database given by a libpq URL."""

    PARAM = "%s"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as e:  # an optional backend: say how to get it
            raise ImportError("PostgreSQL storage needs psycopg: pip install 'rasid[postgres]'") from e
        # autocommit: reads need no transaction; put() opens one explicitly
        super().__init__(psycopg.connect(url, autocommit=True))
        self.url = url
        with self.db.transaction():
            cursor = self.db.cursor()
            for statement in (TABLES + _SEARCH_TABLE).split(";"):
                if statement.strip():
                    cursor.execute(statement)

    def _transaction(self):
        return self.db.transaction()

    def _index(self, cursor, key: str, norm: str) -> None:
        cursor.execute("INSERT INTO documents_search VALUES (%s, to_tsvector('simple', %s))",
                       (key, norm))

    def _unindex(self, cursor, key: str) -> None:
        cursor.execute("DELETE FROM documents_search WHERE id = %s", (key,))

    def _search_rows(self, words: list[str], limit: int):
        cursor = self.db.cursor()
        cursor.execute(
            "SELECT d.id, d.title, d.restored FROM documents_search s JOIN documents d ON d.id = s.id "
            "WHERE s.terms @@ plainto_tsquery('simple', %s) "
            "ORDER BY ts_rank(s.terms, plainto_tsquery('simple', %s)) DESC, d.id LIMIT %s",
            (" ".join(words), " ".join(words), limit))
        return cursor.fetchall()


_SEARCH_TABLE = """
CREATE TABLE IF NOT EXISTS documents_search (id TEXT PRIMARY KEY, terms TSVECTOR NOT NULL);
CREATE INDEX IF NOT EXISTS documents_search_terms ON documents_search USING GIN (terms)
"""
