"""The one error type ingestion raises: its message names the input and what to do."""


class IngestError(ValueError):
    """An input that cannot be read as an article (encoding, binary, size, malformed)."""
