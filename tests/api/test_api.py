"""The HTTP API through a real server on a free loopback port, with a small fake pipeline."""
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from rasid.api import App, serve
from rasid.document import Entity
from rasid.store import SqliteStore

ROOT = Path(__file__).resolve().parents[2]


class FakePipeline:
    """Marks the first word as an entity: enough to see the API pass documents through."""

    def __call__(self, doc):
        end = doc.text.find(" ")
        return doc.with_layers(entities=[Entity(0, end, doc.text[:end], type="GPE")])


@pytest.fixture
def server():
    store = SqliteStore(":memory:")
    srv = serve(App(store=store, pipeline=FakePipeline()), "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()
    store.close()


def call(url, payload=None, raw=None):
    data = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else None)
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def test_binds_to_loopback_by_default():
    srv = serve(App(pipeline=FakePipeline()), port=0)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def test_analyze_stores_and_documents_and_search_serve_it(server):
    status, _, body = call(server + "/analyze", {"id": "d1", "text": "إدلب تشهد قصفا", "store": True})
    assert status == 200 and json.loads(body)["entities"][0]["text"] == "إدلب"
    status, _, body = call(server + "/documents/d1")
    assert status == 200 and json.loads(body)["id"] == "d1"
    status, _, body = call(server + "/search?q=" + urllib.request.quote("قصفا"))
    assert [h["id"] for h in json.loads(body)["hits"]] == ["d1"]


def test_errors_are_json_with_status(server):
    status, _, body = call(server + "/analyze", raw=b"{not json")
    assert status == 400 and "error" in json.loads(body)
    status, _, body = call(server + "/analyze", {"text": "   "})
    assert status == 400 and "empty" in json.loads(body)["error"]
    status, _, body = call(server + "/documents/missing")
    assert status == 404
    status, _, _ = call(server + "/nowhere")
    assert status == 404


def test_page_and_script_are_served_with_a_strict_policy(server):
    status, headers, body = call(server + "/")
    assert status == 200 and b"/app.js" in body
    assert "script-src" not in headers["Content-Security-Policy"]  # default-src 'self': no inline script
    status, _, script = call(server + "/app.js")
    assert status == 200 and b"textContent" in script


def test_page_never_parses_article_text_as_html():
    script = (ROOT / "src/rasid/resources/web/app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
