"""Text layer: matching form, tokens with clitics, sentences."""
from rasid.text.normalize import matching_form

__all__ = ["matching_form"]
