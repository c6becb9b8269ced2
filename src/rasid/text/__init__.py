"""Text layer: matching form, clitic-aware tokens and sentences, all with original offsets."""
from __future__ import annotations

from rasid.text.normalize import matching_form, matching_form_same_length
from rasid.text.sentences import split_sentences
from rasid.text.tokens import segmentations, tokenize

__all__ = ["matching_form", "matching_form_same_length", "segmentations", "tokenize",
           "split_sentences", "Segmenter"]


class Segmenter:
    """Pipeline stage: sentences and tokens of the restored text."""

    requires = ("repairs",)
    provides = ("sentences", "tokens")

    def __call__(self, doc):
        return doc.with_layers(sentences=split_sentences(doc), tokens=tokenize(doc))
