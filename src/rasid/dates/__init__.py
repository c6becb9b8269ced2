"""Dates stage: Arabic temporal expressions -> ISO 8601 values with precision, and the DCT."""
from rasid.dates.tagger import DateTagger, TemporalMention, warnings

__all__ = ["DateTagger", "TemporalMention", "warnings"]
