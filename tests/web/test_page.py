"""The web page in headless Chromium: it renders an analysis, and article text stays text.

Needs Debian's chromium (/usr/bin/chromium) and the playwright Python package (driver only;
never `playwright install`). Skips with the reason when either is missing.
"""
import shutil
import threading

import pytest

from rasid.api import App, serve
from rasid.document import Entity, Repair

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright package not installed")
if not shutil.which("chromium"):
    pytest.skip("Debian chromium not installed (apt-get install chromium)", allow_module_level=True)

HOSTILE = '<img src=x onerror="window.pwned=1"> قصـ.ف إدلب <script>window.pwned=2</script>'


class MarkingPipeline:
    """Restores the one obfuscated word and marks إدلب as a place with coordinates."""

    def __call__(self, doc):
        start = doc.text.index("قصـ.ف")
        doc = doc.with_restoration([Repair(start, start + 5, "قصـ.ف", after="قصف", kind="kashida+dot")])
        s = doc.text.index("إدلب")
        return doc.with_layers(entities=[Entity(s, s + 4, "إدلب", type="GPE", kb_id="x", lat=35.9, lon=36.6)])


@pytest.fixture
def page_url():
    srv = serve(App(pipeline=MarkingPipeline()), "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}/"
    srv.shutdown()
    srv.server_close()


def test_analysis_is_highlighted_and_mapped_without_running_article_markup(page_url):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.goto(page_url)
            page.fill("#input", HOSTILE)
            page.click("#analyze")
            page.wait_for_selector("#text .repair")
            assert page.inner_text("#text .repair") == "قصـ.ف"
            assert page.get_attribute("#text .repair", "title").startswith("قصـ.ف → قصف")
            assert page.inner_text("#text .ent-GPE") == "إدلب"
            assert page.locator("#map circle").count() == 1
            assert page.evaluate("window.pwned") is None
            assert page.locator("#text img, #text script").count() == 0
            assert "<img src=x" in page.inner_text("#text")
        finally:
            browser.close()
