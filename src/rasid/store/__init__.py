"""Storage of analysed documents: SQLite by default (`SqliteStore`), exports in `export`."""
from rasid.store.sqlite import SqliteStore, document_key

__all__ = ["SqliteStore", "document_key", "open_store"]


def open_store(location: str = "rasid.db") -> SqliteStore:
    """The store at `location`: a SQLite file path (or ":memory:")."""
    return SqliteStore(location)
