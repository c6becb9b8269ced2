"""Every input form becomes articles; bad input is refused clearly and never stops a batch."""
import io
import json

import pytest

from rasid.ingest import (
    Article,
    Failure,
    IngestError,
    decode,
    html_to_text,
    iter_jsonl,
    parse_feed,
    read_source,
)

ARABIC = "أعلنت وزارة الدفاع وقف إطلاق النار في إدلب."


@pytest.mark.parametrize("data", [
    ARABIC.encode("utf-8"),
    b"\xef\xbb\xbf" + ARABIC.encode("utf-8"),
    ARABIC.encode("utf-16"),  # with BOM
    "\ufeff".encode("utf-16-be") + ARABIC.encode("utf-16-be"),
    ARABIC.encode("cp1256"),
])
def test_encodings_arabic_news_arrives_in(data):
    assert decode(data, "a.txt") == ARABIC


def test_binary_is_refused_naming_the_file():
    with pytest.raises(IngestError, match="photo.jpg.*binary"):
        decode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "photo.jpg")


def test_latin1_noise_is_not_taken_for_arabic():
    with pytest.raises(IngestError, match="x.txt.*UTF-8"):
        decode("Grüße, café - naïve".encode("latin-1"), "x.txt")


def test_huge_input_is_refused_with_the_limit():
    with pytest.raises(IngestError, match="limit"):
        decode(b"a" * 101, "big.txt", max_bytes=100)


def test_html_gives_paragraphs_and_metadata_even_when_malformed():
    page = """<html><head><title>عنوان الصفحة</title>
    <meta property="article:published_time" content="2020-01-09T10:00:00Z">
    <script>var x = "<p>لا</p>";</script></head><body><nav>الرئيسية | أخبار</nav>
    <h1>روسيا تعلن اتفاقا</h1><p>أعلنت <b>وزارة الدفاع</b> وقف إطلاق النار.<p>فقرة ثانية &amp; أخيرة
    <div><footer>حقوق النشر</footer>"""
    text, meta = html_to_text(page)
    assert text.splitlines() == ["روسيا تعلن اتفاقا", "أعلنت وزارة الدفاع وقف إطلاق النار.",
                                 "فقرة ثانية & أخيرة"]
    # the visible headline is the title when there is no og:title; the date is normalised
    assert meta["published"] == "2020-01-09" and meta["title"] == "روسيا تعلن اتفاقا"


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
<item><title>قصف على إدلب</title><link>http://x/1</link><guid>g1</guid>
<pubDate>Thu, 09 Jan 2020 12:00:00 +0000</pubDate><description>&lt;p&gt;قصفت الطائرات&lt;/p&gt;</description></item>
<item><title>خبر ثان</title><description>نص الخبر الثاني</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>urn:1</id><title>اتفاق</title><link href="http://x/a"/><published>2020-01-09T08:00:00Z</published>
<content type="html">&lt;p&gt;توصل الطرفان إلى اتفاق&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_become_articles_with_dates():
    items = list(parse_feed(RSS, "f.xml"))
    assert [i["id"] for i in items] == ["g1", "f.xml#1"]
    assert items[0]["published"] == "2020-01-09"
    assert items[0]["text"] == "قصف على إدلب\nقصفت الطائرات"


def test_atom_entries_become_articles():
    (item,) = parse_feed(ATOM, "a.xml")
    assert item["id"] == "urn:1" and item["published"] == "2020-01-09"
    assert item["text"].endswith("توصل الطرفان إلى اتفاق")


def test_malformed_feed_is_a_clear_error():
    with pytest.raises(IngestError, match="bad.xml: malformed feed"):
        list(parse_feed("<?xml version='1.0'?><rss><channel><item>", "bad.xml"))


def test_jsonl_streams_and_keeps_bad_lines_in_place():
    lines = [json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False).encode(),
             b"{not json", b"\xff\xfe garbage", json.dumps({"id": "b"}).encode(), b"",
             json.dumps({"id": "c", "html": "<p>نص</p>", "published": "2020-01-09"}).encode(),
             json.dumps([1, 2]).encode(), json.dumps({"id": "e", "text": "  "}).encode()]
    items = list(iter_jsonl(io.BytesIO(b"\n".join(lines)), "in.jsonl"))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "Failure", "Failure", "Failure", "Article", "Failure", "Failure"]
    assert "in.jsonl line 2" in items[1].error and "line 3" in items[2].error
    assert items[3].id == "b" and "text" in items[3].error
    assert items[4].text == "نص" and items[4].meta["published"] == "2020-01-09"


def test_directory_is_walked_and_a_bad_file_does_not_stop_it(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.html").write_text("<html><body><p>فقرة</p></body></html>", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = list(read_source(str(tmp_path)))
    assert [type(i) for i in items] == [Article, Failure, Article]
    assert items[0].id == "a.txt" and "binary" in items[1].error and items[2].text == "فقرة"


def test_empty_file_is_a_failure_not_a_crash(tmp_path):
    (tmp_path / "e.txt").write_text("   \n", encoding="utf-8")
    (item,) = read_source(str(tmp_path / "e.txt"))
    assert isinstance(item, Failure) and "empty" in item.error


def test_missing_file_names_it():
    with pytest.raises(IngestError, match="nope.txt"):
        list(read_source("/nonexistent/nope.txt"))


def test_url_is_fetched(tmp_path):
    import http.server
    import threading
    (tmp_path / "p.html").write_text("<html><body><p>خبر من الشبكة</p></body></html>", encoding="utf-8")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (item,) = read_source(f"http://127.0.0.1:{server.server_port}/p.html")
        assert item.text == "خبر من الشبكة"
    finally:
        server.shutdown()


def test_an_oversized_jsonl_line_is_skipped_without_being_held(monkeypatch):
    from rasid import ingest
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    big = json.dumps({"id": "big", "text": "ن" * 500}, ensure_ascii=False).encode()
    lines = [json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False).encode()[:99], big,
             json.dumps({"id": "c", "text": "نص"}, ensure_ascii=False).encode()]
    items = list(iter_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), "in.jsonl"))
    assert isinstance(items[1], Failure) and "line 2" in items[1].error and "longer" in items[1].error
    assert isinstance(items[2], Article) and items[2].id == "c"


def test_url_charset_from_the_http_header(tmp_path):
    import http.server
    import threading
    # ISO-8859-6 bytes do not read as Windows-1256 Arabic: only the header can say what they are
    body = "<html><body><p>خبر بترميز من ترويسة الخادم</p></body></html>".encode("iso-8859-6")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            assert "rasid" in self.headers["User-Agent"]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=iso-8859-6")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (item,) = read_source(f"http://127.0.0.1:{server.server_port}/a")
        assert item.text == "خبر بترميز من ترويسة الخادم"
    finally:
        server.shutdown()


def test_a_saved_pages_asset_folder_is_not_read_as_articles(tmp_path):
    (tmp_path / "story.html").write_text("<html><body><p>نص الخبر</p></body></html>", encoding="utf-8")
    assets = tmp_path / "story_files"
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<html><body><p>إعلان</p></body></html>", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (tmp_path / "notes_files" / "n.txt").write_text("ملاحظة", encoding="utf-8")
    assert [i.text for i in read_source(str(tmp_path))] == ["ملاحظة", "نص الخبر"]
