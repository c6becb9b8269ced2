"""The web page the API serves: highlighted text, a map and a timeline of one analysis.

The page is static; all article text reaches the DOM through `textContent` and SVG text
nodes, never as markup, so untrusted text cannot inject script.
"""
from __future__ import annotations

from rasid.data import resource_path


def page() -> bytes:
    return resource_path("web", "index.html").read_bytes()


def script() -> bytes:
    return resource_path("web", "app.js").read_bytes()
