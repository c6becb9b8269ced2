"""rasid: restores obfuscated Arabic news and extracts geocoded, dated events.

Library API; the CLI in `rasid.cli` only parses arguments and calls these.
"""
from rasid.document import DCT, DateMention, Document, Entity, Event, Repair, Sentence, Span, Token

__all__ = ["Document", "Span", "Repair", "Token", "Sentence", "Entity", "DateMention", "DCT",
           "Event", "analyze", "restore_text"]
__version__ = "0.1.0"


def restore_text(text: str) -> Document:
    """Undo deliberate obfuscation in `text`; the repairs are on the returned document.

    (Not `restore`: that name is the `rasid.restore` subpackage.)
    """
    from rasid.pipeline import restore_document
    return restore_document(Document(text=text))


def analyze(text: str, **meta) -> Document:
    """Run the whole pipeline on `text` (meta: id, published, url, title)."""
    from rasid.pipeline import Pipeline
    return Pipeline.default().run_text(text, **meta)
