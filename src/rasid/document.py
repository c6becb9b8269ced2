"""The one document model every stage reads and extends.

A `Document` never loses the text it was given: `text` is the original, `restored` is the
de-obfuscated text, and `offsets` maps positions between them. Every span in every layer
carries offsets into the *original* text, so `doc.text[s.start:s.end] == s.text` always holds
and any finding can be shown where the reader saw it. Stages work on `restored` and convert
their positions with `Document.span_from_restored`.

Documents are immutable; a stage returns `doc.with_layers(...)`, a new document.
"""
from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


@dataclass(frozen=True)
class Edit:
    """One replacement of `original[start:end]` by `replacement` (original offsets)."""

    start: int
    end: int
    replacement: str


class OffsetMap:
    """Maps positions between an original text and the text produced by non-overlapping edits.

    Positions inside a replaced stretch map to the stretch's start (for starts) or end (for ends),
    so a span in one text always maps to the smallest span in the other that covers it.
    """

    __slots__ = ("_orig_starts", "_orig_ends", "_rest_starts", "_rest_ends")

    def __init__(self, edits: Iterable[Edit] = ()):
        self._orig_starts: list[int] = []
        self._orig_ends: list[int] = []
        self._rest_starts: list[int] = []
        self._rest_ends: list[int] = []
        shift = 0
        last_end = -1
        for e in sorted(edits, key=lambda e: e.start):
            if e.start < last_end or e.end < e.start:
                raise ValueError(f"edits overlap or are inverted at {e.start}:{e.end}")
            last_end = e.end
            self._orig_starts.append(e.start)
            self._orig_ends.append(e.end)
            self._rest_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)
            self._rest_ends.append(e.end + shift)

    @staticmethod
    def _map(pos: int, src_starts, src_ends, dst_starts, dst_ends, at_end: bool) -> int:
        i = bisect.bisect_right(src_starts, pos) - 1
        if i < 0:
            return pos
        if pos >= src_ends[i]:
            return dst_ends[i] + (pos - src_ends[i])
        if pos == src_starts[i] and not at_end:
            return dst_starts[i]
        return dst_ends[i] if at_end else dst_starts[i]

    def to_original(self, pos: int, at_end: bool = False) -> int:
        """Position in the restored text -> position in the original text."""
        return self._map(pos, self._rest_starts, self._rest_ends,
                         self._orig_starts, self._orig_ends, at_end)

    def to_restored(self, pos: int, at_end: bool = False) -> int:
        """Position in the original text -> position in the restored text."""
        return self._map(pos, self._orig_starts, self._orig_ends,
                         self._rest_starts, self._rest_ends, at_end)


_LOOKALIKES = {"ی": "يى", "ک": "ك", "ھ": "ه", "ۀ": "ة", "ە": "ه"}


def char_edits(start: int, before: str, after: str) -> list[Edit]:
    """The character-level edits that turn `before` (at `start`) into `after`.

    A repair replaces a whole word, but most repairs only delete characters (kashida, dots,
    controls, spaces) or swap one for its standard form (look-alikes, presentation forms).
    Aligning them keeps every untouched letter exactly mapped, so a span that starts after a
    clitic (و|الهمامي) inside a repaired word still starts there. When `after` is no such
    rewrite of `before`, the whole word is one edit.
    """
    edits, i, j = [], 0, 0
    while i < len(before):
        ch = before[i]
        if j < len(after) and ch == after[j]:
            i, j = i + 1, j + 1
            continue
        standard = unicodedata.normalize("NFKC", ch)
        if standard != ch and standard.strip() and after.startswith(standard, j):
            edits.append(Edit(start + i, start + i + 1, standard))
            i, j = i + 1, j + len(standard)
        elif j < len(after) and after[j] in _LOOKALIKES.get(ch, ""):
            edits.append(Edit(start + i, start + i + 1, after[j]))
            i, j = i + 1, j + 1
        else:
            edits.append(Edit(start + i, start + i + 1, ""))
            i += 1
    if j != len(after):
        return [Edit(start, start + len(before), after)]
    return edits


@dataclass(frozen=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclass(frozen=True)
class Repair(Span):
    """One undone obfuscation: `text`/`before` is what the reader saw, `after` its restoration."""

    after: str = ""
    kind: str = ""
    confidence: float = 1.0

    @property
    def before(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "before": self.text, "after": self.after,
                "kind": self.kind, "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class Token(Span):
    """A word or punctuation mark; `norm` is its matching form, `prefixes`/`stem`/`suffix` its
    clitic segmentation in matching form (e.g. وبالمدينة -> ("و","ب","ال"), "مدينه", "")."""

    norm: str = ""
    prefixes: tuple[str, ...] = ()
    stem: str = ""
    suffix: str = ""
    is_word: bool = True


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence or line; boilerplate ones (teasers, captions) are not sources of events."""

    boilerplate: bool = False
    kind: str = "body"  # body | heading | teaser | caption

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "boilerplate": self.boilerplate,
                "kind": self.kind}


@dataclass(frozen=True)
class Entity(Span):
    """A named-entity mention, linked to the knowledge base where possible."""

    type: str = "MISC"  # PER ORG GPE LOC MISC
    kb_id: str | None = None
    name_ar: str | None = None
    name_en: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    source: str = ""  # kb | crf | kb+crf | role | counterpart ...
    confidence: float = 1.0


@dataclass(frozen=True)
class DateMention(Span):
    """A temporal expression normalised to an ISO 8601 value with a precision."""

    value: str | None = None
    precision: str | None = None  # time day week part-of-month month season year interval
    inferred: bool = False


@dataclass(frozen=True)
class DCT:
    """Document creation time: given by the input, or inferred from the text with a reason."""

    value: str | None = None
    inferred: bool = False
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "inferred": self.inferred, "reason": self.reason}


@dataclass(frozen=True)
class Event:
    """One event record; shape documented in docs/schema.md."""

    type: str
    mode: str | None
    trigger: Span
    actors: tuple[Mapping[str, Any], ...] = ()
    targets: tuple[Mapping[str, Any], ...] = ()
    location: Mapping[str, Any] | None = None
    date: Mapping[str, Any] | None = None
    attribution: tuple[Mapping[str, Any], ...] = ()
    modality: str = "asserted"
    negated: bool = False
    sentence: int = 0
    confidence: float = 1.0
    acled: Mapping[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


LAYERS = ("repairs", "tokens", "sentences", "entities", "dates", "events")
# what the input said about itself (page, feed, JSONL record), passed through to the JSON
META_KEYS = ("published", "url", "title", "language", "dir", "channel")


@dataclass(frozen=True)
class Document:
    """An article: original text, restored text, the map between them, and analysis layers."""

    text: str
    id: str | None = None
    restored: str | None = None
    offsets: OffsetMap = field(default_factory=OffsetMap, compare=False, repr=False)
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)
    dct: DCT = field(default_factory=DCT)
    repairs: tuple[Repair, ...] = ()
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def clean(self) -> str:
        """The restored text, or the original before restoration ran."""
        return self.text if self.restored is None else self.restored

    def with_layers(self, **layers: Any) -> "Document":
        """A new document with the given fields replaced (layers are stored as tuples)."""
        for name, value in layers.items():
            if name in LAYERS:
                layers[name] = tuple(value)
        return dataclasses.replace(self, **layers)

    def with_restoration(self, repairs: Iterable[Repair]) -> "Document":
        """Apply repairs to the original text, setting `restored`, `offsets` and `repairs`."""
        repairs = tuple(sorted(repairs, key=lambda r: r.start))
        parts, pos = [], 0
        for r in repairs:
            parts.append(self.text[pos:r.start])
            parts.append(r.after)
            pos = r.end
        parts.append(self.text[pos:])
        offsets = OffsetMap(e for r in repairs for e in char_edits(r.start, r.text, r.after))
        return dataclasses.replace(self, restored="".join(parts), offsets=offsets,
                                   repairs=repairs)

    def original_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Restored-text offsets -> the smallest covering original-text offsets."""
        o_start = self.offsets.to_original(start)
        o_end = self.offsets.to_original(end, at_end=True)
        return o_start, max(o_start, o_end)

    def restored_bounds(self, span: Span) -> tuple[int, int]:
        """Original-text offsets of a span -> offsets into `clean`."""
        r_start = self.offsets.to_restored(span.start)
        return r_start, max(r_start, self.offsets.to_restored(span.end, at_end=True))

    def span_from_restored(self, cls: type, start: int, end: int, **attrs: Any):
        """Build a span of type `cls` from restored-text offsets; its text is the original's."""
        o_start, o_end = self.original_bounds(start, end)
        return cls(start=o_start, end=o_end, text=self.text[o_start:o_end], **attrs)

    def restored_text(self, span: Span) -> str:
        """What a span reads in the restored text."""
        s, e = self.restored_bounds(span)
        return self.clean[s:e]

    def sentence_of(self, span: Span) -> int:
        """Index of the sentence containing the span's start, or -1."""
        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < self.sentences[i].end:
            return i
        return -1

    def to_dict(self, include_tokens: bool = False) -> dict[str, Any]:
        """The JSON shape of ../docs/schema.md (tokens only on request: they are bulky)."""
        out: dict[str, Any] = {"id": self.id, "text": self.text, "restored": self.clean}
        for key in META_KEYS:
            if self.meta.get(key):
                out[key] = self.meta[key]
        out["dct"] = self.dct.to_dict()
        for name in LAYERS:
            if name == "tokens" and not include_tokens:
                continue
            out[name] = [s.to_dict() for s in getattr(self, name)]
        return out


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value
