"""Storage of analysed documents: SQLite by default, PostgreSQL for scale; exports in `export`."""
from rasid.store.base import SqlStore, document_key
from rasid.store.sqlite import SqliteStore

__all__ = ["SqlStore", "SqliteStore", "document_key", "open_store"]


def open_store(location: str = "rasid.db") -> SqlStore:
    """The store at `location`: a postgresql:// URL, or a SQLite file path (or ":memory:")."""
    if location.startswith(("postgresql://", "postgres://")):
        from rasid.store.postgres import PostgresStore
        return PostgresStore(location)
    return SqliteStore(location)
