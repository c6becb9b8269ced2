"""Bytes -> text for the encodings Arabic news really arrives in.

UTF-8 (with or without BOM) and UTF-16 with a BOM are certain. Bytes that are not UTF-8 are
decoded with the charset a page or feed declares (`<meta charset>`, `http-equiv` Content-Type,
`<?xml encoding>`), else tried as Windows-1256, the legacy Arabic code page, and accepted only if
the result reads as Arabic. Valid UTF-8 wins over a declaration: a page saved by a browser is
re-encoded as UTF-8 but often keeps its old `<meta charset>`. Binary data is refused rather than
decoded into noise.
"""
from __future__ import annotations

import codecs
import re

MAX_BYTES = 50 * 1024 * 1024

_ARABIC = re.compile(r"[\u0621-\u064a]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
                       re.I)
_TAG = re.compile(r"<[^>]*>")
# declared Latin code pages that a misconfigured Arabic site sends Windows-1256 bytes under
_LATIN = {"cp1252", "iso8859_1", "latin_1", "iso8859_15", "ascii"}


def decode(data: bytes, name: str = "<input>", max_bytes: int = MAX_BYTES,
           declared: str | None = None) -> str:
    """Decode one input.

    Args:
        data: the raw bytes.
        name: file name, URL or "<stdin>", used in error messages.
        max_bytes: refuse larger inputs (a whole-article input, not a corpus).
        declared: a charset named outside the bytes (an HTTP Content-Type); one declared in the
            markup itself takes precedence, as in browsers.
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
        arabic = data.decode("cp1256", errors="replace")
        reads_arabic = "\ufffd" not in arabic and _arabic_share(arabic) > 0.3
        declared = declared_charset(data[:4096]) or _codec(declared)
        if declared and declared != "utf_8" and not (declared in _LATIN and reads_arabic):
            try:
                return data.decode(declared)
            except UnicodeDecodeError as e:
                raise IngestError(f"{name}: declares charset {declared} but byte {e.start} is not "
                                  f"valid {declared}; convert it to UTF-8") from None
        if reads_arabic:
            return arabic
        raise IngestError(f"{name}: not valid UTF-8 (byte {utf8_error.start}) and does not read "
                          "as Windows-1256 Arabic; convert it to UTF-8") from None


def declared_charset(head: bytes) -> str | None:
    """The codec a page's `<meta charset>` or a feed's `<?xml encoding>` names, if Python has it."""
    m = _DECLARED.search(head)
    if not m:
        return None
    return _codec((m.group(1) or m.group(2)).decode("ascii", "ignore"))


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label (`windows-1256` -> `cp1256`), or None."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None


def _arabic_share(text: str) -> float:
    """Arabic letters among the letters of the text outside markup."""
    text = _TAG.sub(" ", text)
    letters = sum(1 for ch in text if ch.isalpha())
    return len(_ARABIC.findall(text)) / letters if letters else 0.0


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
