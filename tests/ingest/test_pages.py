"""Saved pages of real outlets' layouts: exactly the headline and body come out, with the metadata.

Each `fixtures/<outlet>.html` imitates the outlet's markup (navigation, header, article, related
links, share bars, comments, footer, scripts, JSON-LD) around Arabic text written for the test;
`<outlet>.expected.json` says which lines must come out, in order and nothing else, which
boilerplate strings must not, and the title, date, URL and language the page states.
"""
import json
from pathlib import Path

import pytest

from rasid.ingest import Article, read_source

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.glob("*.html") if p.with_suffix(".expected.json").exists())


def test_every_outlet_has_a_page():
    assert {p.stem for p in PAGES} >= {"aljazeera", "bbc_arabic", "alarabiya", "enab_baladi", "sana",
                                        "aawsat", "skynewsarabia", "anadolu", "rt_arabic",
                                        "wordpress_blog", "legacy_cp1256"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_gives_headline_and_body_only(page):
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    (article,) = read_source(str(page))
    assert isinstance(article, Article), article
    assert article.text.splitlines() == expected["lines"]
    leaked = [s for s in expected["absent"] if s in article.text]
    assert not leaked, f"boilerplate in the text: {leaked}"
    for key in ("title", "published", "url", "language", "dir"):
        assert article.meta.get(key) == expected.get(key), key
    assert article.id == page.name
