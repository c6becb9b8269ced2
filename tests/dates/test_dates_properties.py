"""Property tests: Hijri round trip, month systems agree, relative offsets consistent."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from rasid.dates import DateTagger
from rasid.dates.lexicon import load_lexicon
from rasid.dates.resolve import hijri_to_date
from rasid.document import Document
from hijridate import Gregorian

TAGGER = DateTagger()
DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))


def _tag(text: str, dct: dt.date | None = None) -> Document:
    return TAGGER(Document(text=text, meta={"published": dct.isoformat()} if dct else {}))


def _spellings(number: int) -> list[tuple[str, str]]:
    """(system, spelling) of every name of a Gregorian month, as written in months.yaml."""
    import yaml
    from importlib import resources

    doc = yaml.safe_load(resources.files("rasid.resources").joinpath("dates/months.yaml")
                         .read_text(encoding="utf-8"))
    return [(system, w) for system, table in doc["gregorian"].items() for w in table[number]]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2076, 12, 31)))
def test_hijri_round_trip(day):
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    assert hijri_to_date(h.year, h.month, h.day) == day
    doc = _tag(f"صدر القرار في {h.day} {_hijri_name(h.month)} {h.year} هـ بحسب البيان")
    assert [d.value for d in doc.dates] == [day.isoformat()]


def _hijri_name(month: int) -> str:
    lx = load_lexicon()
    return next(w for w, n in lx.hijri_months.items() if n == month)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.integers(1930, 2069), st.data())
def test_every_month_system_agrees(month, day, year, data):
    system, name = data.draw(st.sampled_from(_spellings(month)))
    doc = _tag(f"وقعت الحادثة في {day} {name} {year} بحسب المصادر")
    assert [(d.value, d.precision) for d in doc.dates] == [
        (dt.date(year, month, day).isoformat(), "day")], (system, name)
    doc = _tag(f"وقعت الحادثة في {name} {year} بحسب المصادر")
    assert [(d.value, d.precision) for d in doc.dates] == [(f"{year}-{month:02d}", "month")]


@settings(max_examples=150, deadline=None)
@given(DCTS)
def test_relative_days_consistent(dct):
    one = dt.timedelta(days=1)
    cases = {"أمس": dct - one, "وأمس": dct - one, "بالأمس": dct - one, "أمس الأول": dct - 2 * one,
             "اليوم": dct, "غداً": dct + one, "بعد غد": dct + 2 * one, "منذ ثلاثة أيام": dct - 3 * one,
             "قبل أسبوعين": dct - 14 * one}
    for words, want in cases.items():
        doc = _tag(f"وقال المتحدث {words} إن المفاوضات مستمرة", dct)
        assert [d.value for d in doc.dates] == [want.isoformat()], words


@settings(max_examples=100, deadline=None)
@given(DCTS)
def test_weekday_words_land_within_the_week(dct):
    lx = load_lexicon()
    for word, number in lx.weekdays.items():
        doc = _tag(f"وقال الوزير {word} إن الحكومة ملتزمة", dct)
        (mention,) = doc.dates
        day = dt.date.fromisoformat(mention.value)
        assert day.weekday() == number and 0 <= (dct - day).days < 7
        doc = _tag(f"ويعقد الاجتماع {word} المقبل", dct)
        day = dt.date.fromisoformat(doc.dates[0].value)
        assert day.weekday() == number and 0 < (day - dct).days <= 7


@settings(max_examples=100, deadline=None)
@given(DCTS, st.integers(1, 12))
def test_month_offsets_consistent(dct, n):
    doc = _tag(f"أعلنت الحكومة قبل {n} أشهر عن خطة", dct)
    idx = dct.year * 12 + dct.month - 1 - n
    assert [d.value for d in doc.dates] == [f"{idx // 12:04d}-{idx % 12 + 1:02d}"]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="أمس اليوم غدا 0123456789/-:كانونالثاني ٣٤هـ\u064b\u0651ـ.،()", max_size=60))
def test_offsets_always_consistent(text):
    doc = _tag(text, dt.date(2020, 1, 9))
    assert all(doc.text[d.start:d.end] == d.text and d.start < d.end for d in doc.dates)
