"""Named entities: recognition (knowledge-base look-up, CRF tagger, titles) and linking."""
from rasid.entities.recognize import EntityRecognizer

__all__ = ["EntityRecognizer"]
