"""Items of RSS 2.0 and Atom feeds as articles.

Uses the standard library's expat-based parser (which refuses entity-expansion bombs); a
malformed feed raises `IngestError` naming the source, an item without text is skipped and
reported by the caller like any bad article.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from typing import Iterator

from rasid.ingest.errors import IngestError
from rasid.ingest.html import html_to_text

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def looks_like_feed(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith("<?xml") and ("<rss" in text[:4096].lower() or "<feed" in text[:4096].lower()) \
        or head.startswith(("<rss", "<feed"))


def _rss_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError):
        return value.strip()[:10] or None


def parse_feed(xml: str, name: str = "<feed>") -> Iterator[dict]:
    """Yield one record per item: {id, text, title, url, published}.

    Raises:
        IngestError: the feed is not well-formed XML or is neither RSS nor Atom.
    """
    try:
        root = ET.fromstring(xml.lstrip("\ufeff"))
    except ET.ParseError as e:
        raise IngestError(f"{name}: malformed feed XML ({e})") from None
    if root.tag == f"{_ATOM}feed":
        items = root.iter(f"{_ATOM}entry")
        yield from (_atom_item(item, name, i) for i, item in enumerate(items))
    elif root.tag == "rss" or root.find("channel") is not None:
        yield from (_rss_item(item, name, i) for i, item in enumerate(root.iter("item")))
    else:
        raise IngestError(f"{name}: XML root <{root.tag}> is neither an RSS nor an Atom feed")


def _item_text(title: str, body_html: str) -> str:
    body, _ = html_to_text(body_html) if "<" in body_html else (body_html.strip(), {})
    return "\n".join(part for part in (title.strip(), body) if part)


def _rss_item(item, name: str, index: int) -> dict:
    title = item.findtext("title") or ""
    body = item.findtext(_CONTENT) or item.findtext("description") or ""
    url = item.findtext("link")
    return {"id": item.findtext("guid") or url or f"{name}#{index}", "title": title,
            "text": _item_text(title, body), "url": url,
            "published": _rss_date(item.findtext("pubDate"))}


def _atom_item(entry, name: str, index: int) -> dict:
    title = entry.findtext(f"{_ATOM}title") or ""
    body = entry.findtext(f"{_ATOM}content") or entry.findtext(f"{_ATOM}summary") or ""
    link = entry.find(f"{_ATOM}link")
    url = link.get("href") if link is not None else None
    published = entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated")
    return {"id": entry.findtext(f"{_ATOM}id") or url or f"{name}#{index}", "title": title,
            "text": _item_text(title, body), "url": url,
            "published": published[:10] if published else None}
