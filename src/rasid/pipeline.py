"""The order of the stages: the one place that knows it.

Each stage is a callable `Document -> Document` declaring `requires` and `provides` (layer
names). Models and the knowledge base are loaded once, here, and injected into the stages
that need them; nothing is loaded at import time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from rasid.document import Document

Stage = Callable[[Document], Document]


class Pipeline:
    """Runs stages in order, checking that each stage's requirements were provided before it."""

    def __init__(self, stages: Sequence[Stage]):
        provided: set[str] = set()
        for stage in stages:
            missing = set(getattr(stage, "requires", ())) - provided
            if missing:
                raise ValueError(f"{type(stage).__name__} needs {sorted(missing)} from an earlier stage")
            provided |= set(getattr(stage, "provides", ()))
        self.stages = tuple(stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def run_text(self, text: str, id: str | None = None, **meta: Any) -> Document:
        """Analyse raw text; meta may hold published, url, title."""
        return self(Document(text=text, id=id, meta={k: v for k, v in meta.items() if v}))

    def run_many(self, docs: Iterable[Document]) -> Iterable[Document]:
        return (self(d) for d in docs)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Pipeline":
        """restore -> text -> dates -> entities -> events, with the shipped KB and models."""
        from rasid.dates import DateTagger
        from rasid.entities import EntityRecognizer
        from rasid.entities.tagger import CrfTagger
        from rasid.events import EventExtractor
        from rasid.kb import KnowledgeBase
        from rasid.restore import default_restorer
        from rasid.text import Segmenter

        kb = KnowledgeBase.load()
        return cls([
            default_restorer(),
            Segmenter(),
            DateTagger(),
            EntityRecognizer(kb=kb, tagger=CrfTagger.load()),
            EventExtractor(kb=kb),
        ])


@lru_cache(maxsize=1)
def restoration_only() -> Pipeline:
    from rasid.restore import default_restorer
    return Pipeline([default_restorer()])


def restore_document(doc: Document) -> Document:
    """Restoration alone (what `rasid restore` runs)."""
    return restoration_only()(doc)
