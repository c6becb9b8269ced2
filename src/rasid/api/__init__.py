"""HTTP API over the pipeline and the store, on the standard library's threading server.

A JSON API this small needs no framework: fewer dependencies, nothing to configure. It binds
to 127.0.0.1 unless told otherwise, caps request bodies, and answers every error as JSON.

Routes:
  GET  /  and /app.js         the web page (rasid/web)
  GET  /health                {"status": "ok"}
  POST /restore  {text}       {"text", "repairs"}
  POST /analyze  {text | html, id?, published?, store?}   Document (stored when store is true)
  GET  /documents/<id>        a stored Document
  GET  /search?q=&limit=      stored documents containing the words
  GET  /events?type=&format=json|geojson   stored events
"""
from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse

from rasid.document import Document
from rasid.ingest import Failure, article_from_record

MAX_BODY = 10 * 1024 * 1024


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


class App:
    """The API's logic, independent of the HTTP server (tests call it directly too)."""

    def __init__(self, store=None, pipeline=None):
        self.store = store
        self._pipeline = pipeline
        self._store_lock = threading.Lock()

    @property
    def pipeline(self):
        if self._pipeline is None:
            from rasid.pipeline import Pipeline
            self._pipeline = Pipeline.default()
        return self._pipeline

    def handle(self, method: str, path: str, query: dict, body: bytes | None):
        """(status, content-type, payload bytes) for one request."""
        if method == "GET" and path in ("/", "/index.html"):
            from rasid.web import page
            return HTTPStatus.OK, "text/html; charset=utf-8", page()
        if method == "GET" and path == "/app.js":
            from rasid.web import script
            return HTTPStatus.OK, "text/javascript; charset=utf-8", script()
        routes = {("GET", "/health"): lambda: {"status": "ok"},
                  ("POST", "/restore"): lambda: self.restore(_json_body(body)),
                  ("POST", "/analyze"): lambda: self.analyze(_json_body(body)),
                  ("GET", "/search"): lambda: self.search(query),
                  ("GET", "/events"): lambda: self.events(query)}
        if (method, path) in routes:
            return _json(HTTPStatus.OK, routes[(method, path)]())
        if method == "GET" and path.startswith("/documents/"):
            return _json(HTTPStatus.OK, self.document(unquote(path[len("/documents/"):])))
        raise ApiError(HTTPStatus.NOT_FOUND, f"no route {method} {path}")

    def _article(self, record: dict):
        item = article_from_record(record, "request body")
        if isinstance(item, Failure):
            raise ApiError(HTTPStatus.BAD_REQUEST, item.error)
        return Document(text=item.text, id=item.id, meta=item.meta)

    def restore(self, record: dict) -> dict:
        from rasid.pipeline import restore_document
        doc = restore_document(self._article(record))
        return {"text": doc.clean, "repairs": [r.to_dict() for r in doc.repairs]}

    def analyze(self, record: dict) -> dict:
        doc = self.pipeline(self._article(record))
        if record.get("store") and self.store is not None:
            with self._store_lock:
                self.store.put(doc)
        return doc.to_dict()

    def _need_store(self):
        if self.store is None:
            raise ApiError(HTTPStatus.SERVICE_UNAVAILABLE, "this server has no store (--db)")
        return self.store

    def document(self, doc_id: str) -> dict:
        with self._store_lock:
            doc = self._need_store().get(doc_id)
        if doc is None:
            raise ApiError(HTTPStatus.NOT_FOUND, f"no stored document {doc_id!r}")
        return doc

    def search(self, query: dict) -> dict:
        q = (query.get("q") or [""])[0]
        if not q.strip():
            raise ApiError(HTTPStatus.BAD_REQUEST, "give words to search for: /search?q=...")
        limit = _int((query.get("limit") or ["20"])[0], "limit")
        with self._store_lock:
            return {"hits": self._need_store().search(q, limit)}

    def events(self, query: dict) -> dict:
        from rasid.store.export import acled_rows, geojson
        event_type = (query.get("type") or [None])[0]
        with self._store_lock:
            rows = list(self._need_store().events(event_type))
        if (query.get("format") or ["json"])[0] == "geojson":
            return geojson(rows)
        return {"events": list(acled_rows(rows))}


def _int(value: str, name: str) -> int:
    try:
        return max(1, min(int(value), 1000))
    except ValueError:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"{name} must be a number") from None


def _json_body(body: bytes | None) -> dict:
    try:
        record = json.loads((body or b"").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"body is not UTF-8 JSON ({e})") from None
    if not isinstance(record, dict):
        raise ApiError(HTTPStatus.BAD_REQUEST, "body must be a JSON object")
    return record


def _json(status, payload):
    return status, "application/json; charset=utf-8", json.dumps(payload, ensure_ascii=False).encode()


def make_handler(app: App):
    class Handler(BaseHTTPRequestHandler):
        server_version = "rasid"

        def _serve(self, method: str):
            url = urlparse(self.path)
            try:
                body = None
                if method == "POST":
                    length = int(self.headers.get("Content-Length") or 0)
                    if length > MAX_BODY:
                        raise ApiError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                       f"body over {MAX_BODY:,} bytes")
                    body = self.rfile.read(length)
                status, ctype, payload = app.handle(method, url.path, parse_qs(url.query), body)
            except ApiError as e:
                status, ctype, payload = _json(e.status, {"error": str(e)})
            except Exception as e:  # an unexpected failure answers 500 as JSON, and is logged
                self.log_error("internal error: %r", e)
                status, ctype, payload = _json(HTTPStatus.INTERNAL_SERVER_ERROR,
                                               {"error": f"{type(e).__name__}: {e}"})
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy",
                             "default-src 'self'; style-src 'self' 'unsafe-inline'")
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self):
            self._serve("GET")

        def do_POST(self):
            self._serve("POST")

        def log_message(self, fmt, *args):  # quiet by default; errors still go to log_error
            pass

    return Handler


def serve(app: App, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server bound to host:port (127.0.0.1 by default); call serve_forever() on it."""
    return ThreadingHTTPServer((host, port), make_handler(app))
