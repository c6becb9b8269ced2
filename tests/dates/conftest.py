"""Shared helpers for the dates tests: the tagger, a document builder, the benchmark module."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rasid.dates import DateTagger
from rasid.document import Document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def tagger() -> DateTagger:
    return DateTagger()


@pytest.fixture(scope="session")
def tag(tagger):
    """tag(text, published=None) -> tagged Document."""
    def _tag(text: str, published: str | None = None) -> Document:
        meta = {"published": published} if published else {}
        return tagger(Document(text=text, meta=meta))
    return _tag


@pytest.fixture(scope="session")
def bench():
    """benchmarks/dates_vs_dateparser.py as a module (it is a script, not a package)."""
    path = ROOT / "benchmarks" / "dates_vs_dateparser.py"
    spec = importlib.util.spec_from_file_location("dates_vs_dateparser", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
