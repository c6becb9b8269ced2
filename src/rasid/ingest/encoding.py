"""Bytes -> text for the encodings Arabic news really arrives in.

UTF-8 (with or without BOM) and UTF-16 with a BOM are certain; anything else is tried as
Windows-1256, the legacy Arabic code page, and accepted only if the result reads as Arabic.
Binary data is refused rather than decoded into noise.
"""
from __future__ import annotations

import codecs
import re

MAX_BYTES = 50 * 1024 * 1024

_ARABIC = re.compile(r"[\u0621-\u064a]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes, name: str = "<input>", max_bytes: int = MAX_BYTES) -> str:
    """Decode one input.

    Args:
        data: the raw bytes.
        name: file name, URL or "<stdin>", used in error messages.
        max_bytes: refuse larger inputs (a whole-article input, not a corpus).
    Returns:
        The text, with any BOM removed and line ends unchanged.
    Raises:
        IngestError: binary, too large, or in no encoding rasid reads.
    """
    from rasid.ingest.errors import IngestError

    if len(data) > max_bytes:
        raise IngestError(f"{name}: {len(data):,} bytes is larger than the {max_bytes:,}-byte limit "
                          "for one article; split it, or pass a JSONL corpus with --jsonl")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data[:4096] or _looks_binary(data[:4096]):
        raise IngestError(f"{name}: looks like a binary file, not text (NUL or control bytes); "
                          "give rasid UTF-8, UTF-16 with BOM or Windows-1256 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256", errors="replace")
        letters = sum(1 for ch in text if ch.isalpha())
        if "\ufffd" not in text and letters and len(_ARABIC.findall(text)) / letters > 0.3:
            return text
        raise IngestError(f"{name}: not valid UTF-8 (byte {utf8_error.start}) and does not read "
                          "as Windows-1256 Arabic; convert it to UTF-8") from None


def _strict(data: bytes, encoding: str, name: str) -> str:
    from rasid.ingest.errors import IngestError

    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as e:
        raise IngestError(f"{name}: has a {encoding} byte-order mark but invalid {encoding} "
                          f"at byte {e.start}") from None


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    text = head.decode("latin-1")
    return len(_CONTROL.findall(text)) / len(text) > 0.05
