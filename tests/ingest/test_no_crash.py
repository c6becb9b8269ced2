"""Whatever the markup, extraction returns text and a feed either parses or raises IngestError."""
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.ingest import IngestError, html_to_text, parse_feed
from rasid.ingest.telegram import parse_telegram

PIECES = st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div class='article-body'>", "<div class='related'>",
    "</div>", "<article>", "</article>", "<h1>", "</h1>", "<ul>", "<li>", "</ul>", "<a href='/x'>", "</a>",
    "<br>", "<script>", "</script>", "<nav>", "</nav>", "<table><tr><td>", "</b>", "<!--", "-->", "<![CDATA[",
    "]]>", "&nbsp;", "&#1575;", "&#xZZ;", "&", "<", ">", "\u200f", "نص عربي، طويل بعض الشيء", "اقرأ أيضا",
    "<meta property='article:published_time' content='2024-13-99'>", "<time datetime='x'>",
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": ', "}</script>",
    "<rss><channel><item><title>", "</title>", "<description>", "</description>", "</item>",
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml">', "</content></entry></feed>",
    '<div class="tgme_widget_message" data-post="c/1"><div class="tgme_widget_message_text">',
])
MARKUP = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_html_extraction_never_raises(markup):
    text, meta = html_to_text(markup)
    assert isinstance(text, str) and isinstance(meta, dict)
    assert all(line == line.strip() and line for line in text.splitlines())
    list(parse_telegram(markup))


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_feeds_parse_or_raise_ingest_error(markup):
    try:
        for record in parse_feed("<?xml version='1.0'?>" + markup, "f.xml"):
            assert isinstance(record["text"], str)
    except IngestError as e:
        assert str(e).startswith("f.xml: ")
