"""Messages of a Telegram channel's web preview (`https://t.me/s/<channel>`) as article records.

Each `tgme_widget_message` with a `data-post` is one message: its text is the message text only
(not the quoted message it replies to, not the link preview card, not the views counter), its
date the `<time datetime>` of its permalink, its id the `channel/number` of `data-post`.
Messages with no text (a photo or a sticker alone) are left out: there is nothing to analyse.
"""
from __future__ import annotations

from collections.abc import Iterator

from rasid.ingest.dom import Node, parse_html
from rasid.ingest.html import block_lines
from rasid.ingest.metadata import normalise_date

_QUOTED = ("tgme_widget_message_reply", "tgme_widget_message_link_preview",
           "tgme_widget_message_poll", "tgme_widget_message_document")


def looks_like_telegram(text: str) -> bool:
    head = text[:200_000]
    return "tgme_widget_message" in head and "data-post=" in head


def _has_class(node: Node, name: str) -> bool:
    return name in node.get("class").split()


def parse_telegram(html: str) -> Iterator[dict]:
    """Yield one record per message with text: {id, text, url, published, channel?}.

    Args:
        html: a saved t.me/s/ page (markup errors are tolerated; nothing raises).
    """
    tree = parse_html(html)
    channel = next((n.get("content") for n in tree.iter("meta")
                    if n.get("property") == "og:title" and n.get("content")), None)
    for message in tree.iter():
        if not (_has_class(message, "tgme_widget_message") and message.get("data-post")):
            continue
        post = message.get("data-post")
        text_node = next((n for n in message.iter() if _has_class(n, "tgme_widget_message_text")
                          and not any(any(_has_class(a, q) for q in _QUOTED)
                                      for a in _between(n, message))), None)
        if text_node is None:
            continue
        lines = block_lines(text_node, links_are_boilerplate=False)
        if not lines:
            continue
        link = next((n for n in message.iter("a") if _has_class(n, "tgme_widget_message_date")), None)
        when = next((t.get("datetime") for t in (link or message).iter("time") if t.get("datetime")), None)
        record = {"id": post, "text": "\n".join(lines),
                  "url": (link.get("href") if link is not None else None) or f"https://t.me/{post}",
                  "published": normalise_date(when)}
        if channel:
            record["channel"] = channel
        yield record


def _between(node: Node, top: Node) -> Iterator[Node]:
    """The node's ancestors up to (not including) `top`."""
    for ancestor in node.ancestors():
        if ancestor is top:
            return
        yield ancestor
