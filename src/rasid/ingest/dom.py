"""A small, forgiving element tree built with the standard library's `html.parser`.

Real news pages are rarely valid: unclosed `<p>` and `<li>`, stray end tags, tags closed in the
wrong order, thousands of nested `<div>`s. The builder applies the few implied-end rules of the
HTML standard that matter for text (a new `<p>` or block closes an open `<p>`, a new `<li>`
closes the previous one), ignores end tags with no open element, and caps the nesting depth so
that a pathological page is flattened rather than exhausting the stack. It never raises.
"""
from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr", "keygen"})
# elements whose start closes an open <p> (HTML standard, "close a p element")
_CLOSES_P = frozenset({"address", "article", "aside", "blockquote", "details", "div", "dl",
                       "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
                       "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre",
                       "section", "table", "ul", "li", "dd", "dt"})
# an implied end stops at these: a <li> inside a nested <ul> does not close the outer one
_SCOPE = frozenset({"ul", "ol", "table", "td", "th", "div", "article", "section", "main",
                    "body", "html", "blockquote", "aside", "nav", "header", "footer"})
_IMPLIED = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
            "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
MAX_DEPTH = 256


class Node:
    """One element: tag, attributes, children (nodes and text strings) and parent."""

    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None = None):
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    @property
    def classes(self) -> str:
        """Class and id together, lower-cased: what boilerplate and body patterns match."""
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}".lower()

    def iter(self, tag: str | None = None) -> Iterator[Node]:
        """This node and its descendants in document order (iteratively: no recursion limit)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Node))

    def text(self) -> str:
        """All text below this node, as it is (no block structure)."""
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            else:
                stack.extend(reversed(item.children))
        return "".join(parts)

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def remove(self) -> None:
        if self.parent is not None:
            self.parent.children = [c for c in self.parent.children if c is not self]
            self.parent = None

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.tag} {self.attrs!r}>"


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack: list[Node] = [self.root]

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag in _CLOSES_P:
            self._close_implied({"p"})
        if tag in _IMPLIED:
            self._close_implied(_IMPLIED[tag])
        node = Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag and len(self.stack) > 1:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "br":  # </br> is read as <br> by browsers too
            self.handle_starttag("br", [])
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if len(self.stack) - i > 64:  # a stray end tag deep in a page closes nothing
                return

    def handle_data(self, data):
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)

    def _close_implied(self, tags: set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            node = self.stack[i]
            if node.tag in tags:
                del self.stack[i:]
                return
            if node.tag in _SCOPE:
                return


def parse_html(markup: str) -> Node:
    """The element tree of a page or fragment; a root node holds whatever the markup has.

    Args:
        markup: HTML, well-formed or not.
    Returns:
        The root node (tag "#root").
    """
    builder = _Builder()
    builder.feed(markup)
    builder.close()
    return builder.root
