"""Words that are a trigger in one reading and something else in another."""
import pytest

import rasid


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in rasid.analyze(text, published="2023-03-15").events]


@pytest.mark.parametrize("text", [
    "قالت الوزارة إن الحوثيين شنوا هجوما بطائرات مسيرة على مدينة مأرب أمس.",
    "وأصيب خمسة أشخاص في هجوم بطائرة مسيّرة على القاعدة.",
])
def test_a_drone_is_no_march(text):
    events = _events(text)
    assert ("ASSAULT", "drone") in events
    assert not any(t == "PROTEST" for t, _ in events)


def test_a_march_is_still_a_protest():
    assert ("PROTEST", "demo") in _events("نظم المئات مسيرة في صنعاء احتجاجا على الغلاء.")


def test_the_peace_process_is_no_march():
    assert _events("وتحدث الوزير عن مسيرة السلام في المنطقة.") == []
