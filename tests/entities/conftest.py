import pytest

from rasid.kb import KnowledgeBase


@pytest.fixture(scope="session")
def kb():
    return KnowledgeBase.load()
