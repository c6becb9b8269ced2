"""Article text and metadata from an HTML page, with the standard library's forgiving parser.

News pages are often malformed; `html.parser` never raises on bad markup, so a broken page
still yields its paragraphs. Text comes from headings, paragraphs and list items outside
navigation, scripts and asides; each block becomes one line, so sentence splitting and
heading detection see the page's structure.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td",
           "div", "article", "section", "br", "tr", "dd", "dt", "pre"}
_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg",
         "button", "select", "template", "head"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr"}
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished",
                   "date", "pubdate", "publish-date", "dc.date", "dc.date.issued")


class _Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key in _PUBLISHED_META and attrs.get("content"):
                self.meta.setdefault("published", attrs["content"])
            elif key in ("og:title",) and attrs.get("content"):
                self.meta.setdefault("title", attrs["content"])
            elif key in ("og:url",) and attrs.get("content"):
                self.meta.setdefault("url", attrs["content"])
        elif tag == "link" and attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
            self.meta.setdefault("url", attrs["href"])
        elif tag == "time" and attrs.get("datetime"):
            self.meta.setdefault("published", attrs["datetime"])
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP and tag not in _VOID and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def _flush(self):
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The readable text of a page (one block a line) and its metadata (title, published, url).

    Args:
        html: the page's markup, well-formed or not.
    Returns:
        (text, meta); text is "" for a page with no readable content.
    """
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    meta = dict(parser.meta)
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip()
    if title:
        meta.setdefault("title", title)
    return "\n".join(parser.lines), meta


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(p|div|body|article)[\s>]", head))
