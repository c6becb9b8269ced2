"""Items of RSS 2.0, RSS 1.0 (RDF) and Atom feeds as article records.

Uses the standard library's expat-based parser, which refuses entity-expansion bombs and never
fetches external entities. HTML's named entities (`&nbsp;`, `&hellip;`), which feeds use although
XML does not define them, are read as the characters they name; any other malformation (an
unclosed tag, an unknown entity, a bare `&`) raises `IngestError` naming the feed, the line and
the column. Item content is HTML in RSS (`content:encoded`, else `description`) and whatever
`type` says in Atom (`html`, `xhtml`, `text`).
"""
from __future__ import annotations

import html as htmllib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.entities import name2codepoint

from rasid.ingest.errors import IngestError
from rasid.ingest.html import html_to_text
from rasid.ingest.metadata import normalise_date

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.S)
_MARKUP = re.compile(r"<(?:p|br|div|span|a|b|i|strong|em|ul|ol|li|h\d|img|blockquote)[\s/>]", re.I)


def looks_like_feed(text: str) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml"):
        return any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf"))
    return head.startswith(("<rss", "<feed", "<rdf:rdf"))


def parse_feed(xml: str, name: str = "<feed>") -> Iterator[dict]:
    """Yield one record per item: {id, text, title, url, published}.

    Args:
        xml: the feed's text.
        name: the source, for error messages and for ids of items that have none.
    Raises:
        IngestError: the feed is not well-formed XML or is neither RSS nor Atom.
    """
    try:
        root = ET.fromstring(_html_entities(xml.lstrip("\ufeff \t\r\n")))
    except ET.ParseError as e:
        raise IngestError(f"{name}: malformed feed XML ({e}); the feed is not well-formed, so no "
                          "item was read: re-download it, or give the items as JSONL") from None
    if root.tag == f"{_ATOM}feed":
        entries = root.iter(f"{_ATOM}entry")
        yield from (_atom_item(entry, name, i) for i, entry in enumerate(entries))
    elif root.tag == "rss" or root.find("channel") is not None:
        yield from (_rss_item(item, name, i, "") for i, item in enumerate(root.iter("item")))
    elif root.tag == f"{_RDF}RDF":
        items = root.iter(f"{_RSS1}item")
        yield from (_rss_item(item, name, i, _RSS1) for i, item in enumerate(items))
    else:
        raise IngestError(f"{name}: XML root <{root.tag}> is neither an RSS nor an Atom feed")


def _html_entities(xml: str) -> str:
    """HTML named entities as numeric references (outside CDATA, where they are literal)."""
    def numeric(m: re.Match) -> str:
        word = m.group(1)
        if word in _XML_ENTITIES or word not in name2codepoint:
            return m.group(0)
        return f"&#{name2codepoint[word]};"

    if "&" not in xml:
        return xml
    parts = _CDATA.split(xml)
    return "".join(p if p.startswith("<![CDATA[") else _ENTITY.sub(numeric, p) for p in parts)


def _plain(value: str | None) -> str:
    """A title: tags stripped and entities read, even when the feed escaped them twice."""
    value = (value or "").strip()
    if "&" in value:
        value = htmllib.unescape(value)
    if "<" in value:
        value, _ = html_to_text(value, fragment=True)
    return re.sub(r"\s+", " ", value).strip()


def _item_text(title: str, body: str, kind: str = "html") -> str:
    if kind == "html" and _MARKUP.search(body):
        text, _ = html_to_text(body, fragment=True)
    else:
        text = "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip()
                         for line in body.splitlines() if line.strip())
    if title and (text == title or text.startswith(title + "\n")):
        text = text[len(title):].lstrip()  # some feeds repeat the headline as the content's first line
    return "\n".join(part for part in (title, text) if part)


def _rss_item(item, name: str, index: int, ns: str) -> dict:
    title = _plain(item.findtext(f"{ns}title"))
    body = _markup(item.find(_CONTENT)) or _markup(item.find(f"{ns}description"))
    url = (item.findtext(f"{ns}link") or item.get(f"{_RDF}about") or "").strip() or None
    guid = (item.findtext("guid") or "").strip()
    published = item.findtext(f"{ns}pubDate") or item.findtext(_DC_DATE)
    return {"id": guid or url or f"{name}#{index}", "title": title,
            "text": _item_text(title, body), "url": url, "published": normalise_date(published)}


def _markup(element) -> str:
    """An element's content as markup: escaped or CDATA HTML, or raw tags a feed did not escape."""
    if element is None:
        return ""
    return (element.text or "") + "".join(_xhtml(child) for child in element)


def _atom_item(entry, name: str, index: int) -> dict:
    title_el = entry.find(f"{_ATOM}title")
    title = _plain(_atom_content(title_el)[0]) if title_el is not None else ""
    content = entry.find(f"{_ATOM}content")
    if content is None or not (content.text or len(content)):
        content = entry.find(f"{_ATOM}summary")
    body, kind = _atom_content(content) if content is not None else ("", "text")
    links = entry.findall(f"{_ATOM}link")
    alternate = [l for l in links if l.get("rel", "alternate") == "alternate"]
    url = (alternate or links)[0].get("href") if links else None
    published = entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated") \
        or entry.findtext(_DC_DATE)
    return {"id": (entry.findtext(f"{_ATOM}id") or "").strip() or url or f"{name}#{index}",
            "title": title, "text": _item_text(title, body, kind), "url": url,
            "published": normalise_date(published)}


def _atom_content(element) -> tuple[str, str]:
    """(content, "html" or "text") of an Atom text construct, by its `type` attribute."""
    kind = (element.get("type") or "text").lower()
    if kind == "xhtml" or kind.endswith("xhtml+xml"):
        return "".join(_xhtml(child) for child in element), "html"
    text = element.text or ""
    if kind in ("html", "text/html"):
        return text, "html"
    # type="text" (the default) is plain text; a feed that leaves the type out but sends markup
    # is read as HTML, since that is what it means
    return text, "html" if element.get("type") is None else "text"


def _xhtml(element) -> str:
    """An XHTML element (namespaced by the feed) back to HTML markup."""
    tag = element.tag.rsplit("}", 1)[-1]
    attrs = "".join(f' {k.rsplit("}", 1)[-1]}="{htmllib.escape(v)}"' for k, v in element.attrib.items())
    inner = htmllib.escape(element.text or "", quote=False)
    inner += "".join(_xhtml(child) for child in element)
    return f"<{tag}{attrs}>{inner}</{tag}>" + htmllib.escape(element.tail or "", quote=False)
