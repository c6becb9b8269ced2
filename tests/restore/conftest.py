"""Restoration fixtures: the restorer and the news sample (skipped clearly when absent)."""
from __future__ import annotations

import pytest

from rasid.restore import default_restorer

from restore_data import load_news


@pytest.fixture(scope="session")
def restorer():
    return default_restorer()


@pytest.fixture(scope="session")
def news() -> list[dict]:
    return load_news()
