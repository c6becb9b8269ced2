"""Property tests for relative expressions, ranges, holidays and vague stretches.

- a past expression (أمس, منذ أيام, الشهر المنصرم, الثلاثاء الفائت, عيد الفطر الماضي ...) never
  ends after the DCT, a coming one (غدا, رمضان المقبل, الأسبوع المقبل ...) never starts before it;
- every value the tagger gives is ISO 8601 (a date, a month, a year, an A/B interval or a duration);
- a range's start is never after its end (weekdays, days of a month, months, years);
- ليلة + weekday is the day before the day the weekday alone names (same qualifier);
- holidays fall on their Hijri day, in the occurrence nearest the DCT.
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings, strategies as st
from hijridate import Gregorian

from rasid.dates import DateTagger
from rasid.dates.lexicon import load_lexicon
from rasid.document import Document

TAGGER = DateTagger()
DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
ISO = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?"
                 r"(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?|PT?\d+[YMWDH])$")

PAST = ["أمس", "صباح أمس", "أول أمس", "الليلة الماضية", "منذ أيام", "منذ أيام عدة", "قبل أسابيع",
        "منذ عدة أسابيع", "قبل أشهر قليلة", "منذ سنوات", "منذ عقود", "منذ سبعة عقود",
        "الشهر المنصرم", "العام المنصرم", "الأسبوع الماضي", "الثلاثاء الفائت", "ليلة الخميس الماضي",
        "عيد الفطر الماضي", "عيد الأضحى الماضي", "رمضان الماضي", "العقد الماضي", "منتصف الليلة الماضية",
        "أواخر العام الماضي", "مطلع الشهر المنصرم", "خلال الـ24 ساعة الماضية", "منذ يومين"]
FUTURE = ["غدا", "صباح الغد", "بعد غد", "الأسبوع المقبل", "مطلع الأسبوع المقبل", "الشهر المقبل",
          "العام القادم", "الخميس المقبل", "رمضان المقبل", "عيد الفطر المقبل", "بعد ثلاثة أيام",
          "خلال الأيام المقبلة", "منتصف الليل"]


def _tag(text: str, dct: dt.date) -> Document:
    return TAGGER(Document(text=text, meta={"published": dct.isoformat()}))


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day an ISO value (day, month, year, time or A/B interval) covers."""
    a, _, b = value.partition("/")
    return _first(a), _last(b or a)


def _first(v: str) -> dt.date:
    """First day of a day, month, year or time value."""
    v = v.split("T")[0]
    parts = [int(x) for x in v.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last(v: str) -> dt.date:
    """Last day of a day, month, year or time value (a time: its own day)."""
    if "T" in v:
        return _first(v)
    parts = [int(x) for x in v.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def _only(doc: Document, words: str):
    ms = [d for d in doc.dates if d.value]
    assert ms, f"nothing found in {words!r}"
    return max(ms, key=lambda d: d.end - d.start)


@settings(max_examples=60, deadline=None)
@given(DCTS, st.sampled_from(PAST))
def test_past_expressions_never_end_after_the_dct(dct, words):
    m = _only(_tag(f"وقال المتحدث إن القوات انسحبت {words} بحسب المصادر", dct), words)
    a, _, b = m.value.partition("/")
    # the last day, month or year it names begins on or before the DCT (24:00 of the eve: DCT 00:00)
    assert _first(a) <= _first(b or a) <= dct, (words, m.value)


@settings(max_examples=60, deadline=None)
@given(DCTS, st.sampled_from(FUTURE))
def test_coming_expressions_never_start_before_the_dct(dct, words):
    m = _only(_tag(f"ويصل الوفد إلى المدينة {words} بحسب البيان", dct), words)
    a, _, b = m.value.partition("/")
    # the first day, month or year it names ends on or after the DCT
    assert _last(a) >= dct and _last(b or a) >= _last(a), (words, m.value)


@settings(max_examples=80, deadline=None)
@given(DCTS, st.lists(st.sampled_from(PAST + FUTURE + WEEKDAYS + MONTHS + [
    "ليلة", "ليل", "منتصف", "عشية", "رأس السنة", "عيد الفطر", "من", "إلى", "بين", "و", "الساعة",
    "العاشرة", "مساء", "2019", "1441 هـ", "15", "الجاري", "الشهر نفسه", "الربع الأول من", "النصف الثاني من",
    "العام الجاري", "موسم 2011 - 2012", "7 / يوليو /2015م", "للثامن من", "قبل", "منذ", "عقود"]),
    min_size=1, max_size=8))
def test_every_value_is_iso(dct, words):
    doc = _tag(" ".join(words), dct)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
        assert d.value is None or ISO.match(d.value), (d.text, d.value)
        if d.value and "/" in d.value and not d.value.startswith("P"):
            a, b = _bounds(d.value)
            assert a <= b, (d.text, d.value)


@settings(max_examples=100, deadline=None)
@given(DCTS, st.integers(0, 6), st.integers(0, 6), st.sampled_from(["إلى", "حتى", "ولغاية"]))
def test_weekday_ranges_start_before_they_end(dct, a, b, to):
    doc = _tag(f"وتستمر الإضرابات من {WEEKDAYS[a]} {to} {WEEKDAYS[b]} في المدارس", dct)
    (m,) = [d for d in doc.dates if d.kind == "range"]
    start, end = (dt.date.fromisoformat(v) for v in m.value.split("/"))
    assert start <= end and (end - start).days < 7
    assert start.weekday() == a and end.weekday() == b


@settings(max_examples=100, deadline=None)
@given(DCTS, st.integers(1, 28), st.integers(1, 28), st.integers(0, 11), st.integers(0, 11))
def test_day_and_month_ranges_start_before_they_end(dct, d1, d2, m1, m2):
    d1, d2 = sorted((d1, d2))
    doc = _tag(f"ويقام المعرض بين {d1} و{d2} {MONTHS[m1]} في العاصمة", dct)
    (m,) = [d for d in doc.dates if d.kind == "range"]
    a, b = m.value.split("/")
    assert a <= b
    doc = _tag(f"ويمتد الموسم من {MONTHS[m1]} إلى {MONTHS[m2]} من كل عام", dct)
    (m,) = [d for d in doc.dates if d.kind == "range"]
    a, b = m.value.split("/")
    assert a <= b, m.value


@settings(max_examples=100, deadline=None)
@given(DCTS, st.integers(0, 6), st.sampled_from(["", " الماضي", " المقبل"]))
def test_night_of_a_weekday_is_its_eve(dct, wd, q):
    night = _only(_tag(f"ووقعت الاشتباكات ليلة {WEEKDAYS[wd]}{q} قرب الحدود", dct), "ليلة")
    day = dt.date.fromisoformat(night.value)
    assert day.weekday() == (wd - 1) % 7 and night.part_of_day == "night"
    if q == " الماضي":
        assert day < dct
    elif q == " المقبل":
        assert day > dct
    else:
        assert 0 <= (dct - day).days < 7
    own = _only(_tag(f"ووقعت الاشتباكات ليل {WEEKDAYS[wd]}{q} قرب الحدود", dct), "ليل")
    assert dt.date.fromisoformat(own.value).weekday() == wd


@settings(max_examples=100, deadline=None)
@given(DCTS, st.sampled_from([("عيد الفطر", 10, 1), ("عيد الأضحى", 12, 10)]),
       st.sampled_from(["", " الماضي", " المقبل"]))
def test_holidays_fall_on_their_hijri_day(dct, holiday, q):
    words, month, day = holiday
    m = _only(_tag(f"وتزدحم الأسواق في {words}{q} كل عام", dct), words)
    got = dt.date.fromisoformat(m.value)
    h = Gregorian(got.year, got.month, got.day).to_hijri()
    assert (h.month, h.day) == (month, day)
    assert abs((got - dct).days) <= 366
    if q == " الماضي":
        assert got < dct
    elif q == " المقبل":
        assert got > dct
    eve = _only(_tag(f"وتزدحم الأسواق عشية {words}{q}", dct), words)
    assert dt.date.fromisoformat(eve.value) == got - dt.timedelta(days=1)


@settings(max_examples=100, deadline=None)
@given(DCTS, st.sampled_from(sorted(load_lexicon().units)))
def test_vague_stretches_end_at_the_dct(dct, unit_word):
    unit, count = load_lexicon().units[unit_word]
    if count is not None:  # only plurals are vague (منذ أيام); singulars and duals are counts
        return
    doc = _tag(f"ويشهد الريف الشمالي معارك منذ {unit_word} بين الطرفين", dct)
    (m,) = [d for d in doc.dates if d.kind == "during"]
    start, end = _bounds(m.value)
    assert start < dct + dt.timedelta(days=1) and end >= dct - dt.timedelta(days=1) or unit == "decade"
    assert m.inferred
