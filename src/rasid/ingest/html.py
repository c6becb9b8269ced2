"""An article page's headline and body text, and its metadata, with the standard library only.

The page is parsed into a forgiving element tree (`dom.py`), page furniture is removed (`nav`,
`header`, `footer`, `aside`, scripts, forms, hidden nodes, anything named like sharing, related
links, comments, ads or cookie banners: `boilerplate.py`), and the main content is chosen by
structure, most specific first: `itemprop=articleBody`, a known body class (`entry-content`,
`article-body`, ...), the `<article>` with the most text, `<main>`/`role=main`. A page with none
of these falls back to text density, as readability does: paragraphs score by length and commas,
pass the score to their parent and grandparent, and the best container (discounted by its share
of link text) wins. Inside the body, headings, paragraphs, list items and quotes become one line
each (`<br>` too); link lists, "اقرأ أيضا" pointers and share bars are dropped line by line.
"""
from __future__ import annotations

import re

from rasid.ingest.boilerplate import (
    DROP_TAGS,
    is_body,
    is_boilerplate_text,
    is_furniture,
    is_named_boilerplate,
)
from rasid.ingest.dom import Node, parse_html
from rasid.ingest.metadata import date_line, page_metadata

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = _HEADINGS | {"p", "li", "blockquote", "pre", "dd", "dt", "tr", "td", "th", "div",
                       "section", "article", "main", "ul", "ol", "dl", "table", "address",
                       "details", "summary", "hr", "center", "body", "caption"}
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "dl", "table"})
_PARAGRAPHS = frozenset({"p", "pre", "td", "blockquote", "li", "dd"})
# bidi controls at a line's edge or next to a space are layout, not text; inside a word they may
# be obfuscation, which restoration repairs and reports, so they stay there
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_BIDI_EDGE = re.compile(rf"[{_BIDI}]+(?=\s|$)|(?:(?<=\s)|^)[{_BIDI}]+")
_SITE_NAME = re.compile(r"logo|brand|site-?title|site-?name|masthead")  # an <h1> naming the site
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->")
_MIN_BODY = 50  # characters of non-link text a body candidate needs


def html_to_text(html: str, fragment: bool | None = None) -> tuple[str, dict[str, str]]:
    """The article's headline and body text (one block a line) and the page's metadata.

    Args:
        html: a page or a fragment (a feed item's content), well-formed or not.
        fragment: True keeps every non-boilerplate block (no main-content choice, no metadata
            headline); None decides by whether the markup has `<html>` or `<body>`.
    Returns:
        (text, meta): text is "" for a page with no readable content; meta holds whichever of
        title, published (YYYY-MM-DD), url, language, dir the page states.
    """
    tree = parse_html(html)
    if fragment is None:
        fragment = next(tree.iter("body"), None) is None and next(tree.iter("html"), None) is None
    if fragment:
        _prune(tree, frozenset())
        return "\n".join(_dedupe(block_lines(tree))), {}
    nodes, root, headline_node, lines = _read_page(tree, by_name=True)
    if _plain_length(lines) < _MIN_BODY:
        # class names took the article too (a wrapper called `header-offset`): read again,
        # removing only what is named as a box of other content (related, share, comments, ads)
        retry = _read_page(parse_html(html), by_name=False)
        if _plain_length(retry[3]) > _plain_length(lines):
            nodes, root, headline_node, lines = retry
    headline = _squash(headline_node.text()) if headline_node is not None else None
    meta = page_metadata(nodes, headline, root)
    saved = _SAVED_FROM.search(html[:4096])  # the mark a browser leaves on a saved page
    if saved and "url" not in meta:
        meta["url"] = saved.group(1)
    # a line that is only a date is the page's dateline or "last updated", not body text; the
    # first one dates the article when the page states nothing else (old sites have no metadata)
    dates = [date_line(line) for line in lines]
    if any(dates):
        meta.setdefault("published", next(d for d in dates if d))
        lines = [line for line, date in zip(lines, dates) if not date]
    first = headline or meta.get("title")
    title = meta.get("title", "")
    if headline and len(headline.split()) <= 2 and len(title.split()) >= 4 and headline not in title:
        first = title  # an <h1> of one or two words over a longer title names the section
    if first and (not lines or lines[0] != first):
        lines.insert(0, first)
    return "\n".join(_dedupe(lines)), meta


def _read_page(tree: Node, by_name: bool) -> tuple[list[Node], Node, Node | None, list[str]]:
    """(every node before pruning, the body node, the headline node, the body's lines)."""
    nodes = list(tree.iter())  # metadata lives in <head> and scripts, which pruning removes
    headings = [h for h in nodes if h.tag == "h1" and _squash(h.text())
                and not any(_SITE_NAME.search(a.classes) for a in (h, *h.ancestors()))]
    _prune(tree, _protected(tree), by_name)
    root = choose_content(tree)
    headline_node = _headline(headings, root)
    return nodes, root, headline_node, block_lines(root, skip=headline_node)


def _plain_length(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


def looks_like_html(text: str) -> bool:
    """Markup rather than plain text: a doctype, or an html/body/block tag near the start."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or \
        bool(re.search(r"<(html|body|p|div|article|main|h1)[\s>]", head))


def choose_content(tree: Node) -> Node:
    """The node holding the article body: by structure first, else by text density."""
    measure = _measure(tree)
    nodes = [n for n in tree.iter() if n.attrs or n.tag in ("article", "main")]
    tiers = (lambda n: n.get("itemprop").lower() == "articlebody",
             lambda n: is_body(n),
             lambda n: n.tag == "article",
             lambda n: n.tag == "main" or n.get("role").lower() == "main")
    for named, tier in zip((True, True, False, False), tiers):
        found = [n for n in nodes if tier(n) and _good(measure, n)]
        if found:
            best = max(found, key=lambda n: _plain_chars(measure, n))
            inner = [n for n in found if n is not best and best in n.ancestors()
                     and _plain_chars(measure, n) >= 0.7 * _plain_chars(measure, best)]
            chosen = max(inner, key=_depth) if inner else best
            # one body in several blocks of the same name (an ad or a photo between them); two
            # bare <article>s side by side are a story and a teaser, not halves
            twins = [n for n in found if n is not chosen and n.parent is chosen.parent
                     and n.tag == chosen.tag and n.classes == chosen.classes]
            if named and twins and chosen.parent is not None:
                return chosen.parent
            return chosen
    return _densest(tree, measure) or tree


def _good(measure: dict[int, tuple[int, int]], node: Node) -> bool:
    total, links = measure.get(id(node), (0, 0))
    return total - links >= _MIN_BODY and links <= 0.5 * total


def _plain_chars(measure: dict[int, tuple[int, int]], node: Node) -> int:
    total, links = measure.get(id(node), (0, 0))
    return total - links


def _densest(tree: Node, measure: dict[int, tuple[int, int]]) -> Node | None:
    """Readability's idea: paragraphs vote for their parent (and half for the grandparent)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    for node in tree.iter():
        if node.tag not in _PARAGRAPHS:
            continue
        text = _squash(node.text())
        if len(text) < 25:
            continue
        score = 1 + text.count("،") + text.count(",") + min(len(text) // 100, 3)
        for weight, target in ((1.0, node.parent), (0.5, node.parent and node.parent.parent)):
            if target is not None:
                scores[id(target)] = scores.get(id(target), 0) + score * weight
                nodes[id(target)] = target
    if not scores:
        return None

    def final(key: int) -> float:
        total, links = measure.get(key, (0, 0))
        return scores[key] * (1 - (links / total if total else 0))

    best = nodes[max(scores, key=final)]
    # an article split into sibling blocks (an ad between two halves): take the halves together
    parent = best.parent
    if parent is not None and parent is not tree:
        threshold = max(3.0, 0.2 * final(id(best)))
        siblings = [c for c in parent.children if isinstance(c, Node) and c is not best
                    and id(c) in scores and final(id(c)) >= threshold]
        if siblings:
            return parent
    return best


def _measure(tree: Node) -> dict[int, tuple[int, int]]:
    """(text characters, link-text characters) under every node, in one pass."""
    out: dict[int, tuple[int, int]] = {}
    order: list[Node] = list(tree.iter())
    for node in reversed(order):  # children before parents
        total = links = 0
        for child in node.children:
            if isinstance(child, str):
                n = len(child.strip())
                total += n
                if node.tag == "a":
                    links += n
            else:
                t, l = out[id(child)]
                total += t
                links += t if node.tag == "a" else l
        out[id(node)] = (total, links)
    return out


def _protected(tree: Node) -> frozenset[int]:
    """Body nodes and their ancestors: a wrapper named `with-sidebar` must not take the body.

    Body nodes are those named so, `<main>`, and the `<article>` with the most text.
    """
    keep: set[int] = set()
    marked = [n for n in tree.iter() if is_body(n) or n.tag == "main" or n.get("role").lower() == "main"]
    articles = [n for n in tree.iter("article")]
    if articles:
        measure = _measure(tree)
        biggest = max(articles, key=lambda n: _plain_chars(measure, n))
        if _plain_chars(measure, biggest) >= 4 * _MIN_BODY:
            marked.append(biggest)
    for node in marked:
        keep.add(id(node))
        keep.update(id(a) for a in node.ancestors())
    return frozenset(keep)


def _prune(tree: Node, protected: frozenset[int], by_name: bool = True) -> None:
    """Remove scripts, furniture and boilerplate-named nodes, never a protected one.

    by_name False removes only nodes with a strong name (related, share, comments, ads...).

    An `<article>` is judged by strong names only: WordPress gives the story `tag-<slug>` and
    `author-<name>`, while `<article class="related-post">` is still a teaser.
    """
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in list(node.children):
            if isinstance(child, str):
                continue
            if child.tag in DROP_TAGS:
                child.remove()
            elif id(child) in protected or child.tag in ("body", "html"):
                stack.append(child)
            elif is_furniture(child) or is_named_boilerplate(
                    child, strong_only=not by_name or child.tag == "article"):
                child.remove()
            else:
                stack.append(child)


def _headline(headings: list[Node], root: Node) -> Node | None:
    """The <h1> closest to the body (a logo's <h1> in the site header shares only <body>)."""
    if not headings:
        return None
    root_line = [root, *root.ancestors()]
    rank = {id(n): i for i, n in enumerate(root_line)}

    def distance(h: Node) -> int:
        if h is root or root in h.ancestors():
            return -1
        return min((rank[id(a)] for a in h.ancestors() if id(a) in rank), default=len(root_line))

    best = min(headings, key=distance)
    return best if distance(best) < len(root_line) - 2 or len(headings) == 1 else None


def block_lines(node: Node, skip: Node | None = None, links_are_boilerplate: bool = True) -> list[str]:
    """One line per block (heading, paragraph, list item, quote, `<br>`) below a node.

    Link-dense containers (related lists, tag clouds) and boilerplate lines are left out.

    Args:
        node: where to read.
        skip: a node to leave out (the headline, emitted separately).
        links_are_boilerplate: False keeps lines that are all link (a post's hashtags).
    """
    measure = _measure(node)
    lines: list[str] = []
    buffer: list[str] = []
    aside_chars = [0, 0]  # characters in links, in <time>: a line that is only these is furniture

    def flush() -> None:
        text = _clean("".join(buffer))  # inline tags join text as written: قص<b>ف</b> is one word
        if text:
            size = max(1, len(text.replace(" ", "")))
            share = min(1.0, aside_chars[0] / size) if links_are_boilerplate else 0.0
            if aside_chars[1] < 0.8 * size and not is_boilerplate_text(text, share):
                lines.append(text)
        buffer.clear()
        aside_chars[:] = [0, 0]

    def walk(current: Node, in_link: bool, in_time: bool = False) -> None:
        for child in current.children:
            if isinstance(child, str):
                buffer.append(child)
                size = len(re.sub(r"\s+", "", child))
                aside_chars[0] += size if in_link else 0
                aside_chars[1] += size if in_time else 0
                continue
            if child is skip:
                continue
            tag = child.tag
            if tag == "br" or tag == "hr":
                flush()
                continue
            if tag in _CONTAINERS and links_are_boilerplate:
                total, links = measure.get(id(child), (0, 0))
                if total and links >= 0.6 * total and _count_links(child) >= 2:
                    continue
            block = tag in _BLOCKS
            if block:
                flush()
            walk(child, in_link or tag == "a", in_time or tag == "time")
            if block:
                flush()

    walk(node, False)
    flush()
    return lines


def _count_links(node: Node) -> int:
    return sum(1 for _ in node.iter("a"))


def _clean(text: str) -> str:
    return _BIDI_EDGE.sub("", _squash(text)).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _dedupe(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return out


def _depth(node: Node) -> int:
    return sum(1 for _ in node.ancestors())
