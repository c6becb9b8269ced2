"""DateTagger behaviour beyond the table: DCT rules, warnings, non-dates, the layer's shape."""
from __future__ import annotations

import json

import pytest

from rasid.dates import DateTagger, TemporalMention, warnings
from rasid.dates.lexicon import load_lexicon
from rasid.document import DateMention, Document


def test_stage_declares_layers():
    assert DateTagger.requires == ("repairs",)
    assert DateTagger.provides == ("dates", "dct")


def test_returns_new_document(tag):
    doc = Document(text="وقال أمس إن الوضع مستقر", meta={"published": "2020-01-09"})
    out = DateTagger()(doc)
    assert out is not doc and doc.dates == () and len(out.dates) == 1
    assert isinstance(out.dates[0], DateMention) and isinstance(out.dates[0], TemporalMention)


def test_json_shape_is_additive(tag):
    d = tag("وصل الوفد مساء أمس إلى دمشق", "2020-01-09").to_dict()
    json.dumps(d, ensure_ascii=False)
    (mention,) = d["dates"]
    assert {"start", "end", "text", "value", "precision", "inferred"} <= set(mention)
    assert mention["value"] == "2020-01-08" and mention["part_of_day"] == "evening"
    assert d["dct"] == {"value": "2020-01-09", "inferred": False, "reason": "given"}


@pytest.mark.parametrize("published", ["2020-01-09", "2020-01-09T10:00:00Z", "2020-01-09 22:15"])
def test_dct_given_formats(tag, published):
    doc = tag("وقال أمس إن الوضع مستقر", published)
    assert doc.dct.value == "2020-01-09" and not doc.dct.inferred
    assert doc.dates[0].value == "2020-01-08"


def test_dct_from_weekday_day_month_and_latest_year(tag):
    doc = tag("وقال الوزير الأحد 5 يناير إن اتفاق عام 2019 ما زال ساريا. وأمس وصل الوفد")
    assert doc.dct.value == "2020-01-05" and doc.dct.inferred
    assert "2019" in doc.dct.reason
    assert [d.value for d in doc.dates if d.text == "أمس"] == ["2020-01-04"]


def test_dct_weekday_rule_accepts_the_latest_year_itself(tag):
    doc = tag("وفي 2020 تغير الكثير. وقال الخميس 9 كانون الثاني إن الهدنة صامدة")
    assert doc.dct.value == "2020-01-09" and "latest year mentioned" in doc.dct.reason


def test_dct_fallback_latest_full_date(tag):
    doc = tag("وقال في 3 مارس 2019 ثم في 12 أبريل 2019 إن أمس كان صعبا")
    assert doc.dct.value == "2019-04-12" and doc.dct.inferred
    assert "latest full date" in doc.dct.reason
    assert [d.value for d in doc.dates if d.text == "أمس"] == ["2019-04-11"]


def test_dct_fallback_hijri_full_date(tag):
    doc = tag("الرياض 26 شوال 1436 هـ - أعلنت الوزارة أمس عن خطة")
    assert doc.dct.value == "2015-08-11"


def test_dct_none_when_nothing_fixes_it(tag):
    doc = tag("وقال أمس إن الوضع مستقر")
    assert doc.dct.value is None and doc.dct.inferred and doc.dct.reason
    assert doc.dates[0].value is None and doc.dates[0].precision == "day"
    doc = tag("وقع الحادث عام 2018 وقال أمس")
    assert doc.dct.value is None and "2018" in doc.dct.reason


def test_unreadable_published_falls_back_with_reason(tag):
    doc = tag("وقال في 3 مارس 2019 إن الوضع مستقر", "yesterday")
    assert doc.dct.value == "2019-03-03" and doc.dct.inferred and "unreadable" in doc.dct.reason


def test_weekday_mismatch_is_reported(tag):
    doc = tag("وقال الأربعاء 9 يناير 2020 إن الوضع مستقر")
    (d,) = doc.dates
    assert d.value == "2020-01-09" and "Wednesday" in d.warning and "Thursday" in d.warning
    assert len(warnings(doc)) == 1
    doc = tag("وقال المتحدث أمس الجمعة إن الوضع مستقر", "2020-01-09")
    assert doc.dates[0].warning and "Friday" in doc.dates[0].warning
    assert tag("وقال أمس الأربعاء إن الوضع مستقر", "2020-01-09").dates[0].warning is None


@pytest.mark.parametrize("text", [
    "مارس الضغط على الحكومة لتغيير موقفها",
    "وقال رجب طيب أردوغان إن بلاده لن تتراجع",
    "قتل أكثر من 2000 شخص في المعارك",
    "اندلعت الاحتجاجات مع بداية الربيع العربي",
    "وقال محرم إن صفر من الحاضرين وافقوا",
    "في محافظة إب اليمنية سقط قتلى",
    "وصل الأب إلى منزله بعد غياب",
    "وتمارس الحكومة ضغوطا على المعارضة",
])
def test_not_dates(tag, text):
    assert [d.text for d in tag(text, "2020-01-09").dates] == []


def test_clitics_left_out_of_span(tag):
    doc = tag("وبالأمس وفيأيلول 2018 ولمدة ثلاثة أيام", "2020-01-09")
    assert [d.text for d in doc.dates] == ["الأمس", "أيلول 2018", "لمدة ثلاثة أيام"]


def test_diacritics_and_kashida_inside_expressions(tag):
    doc = tag("وقال غَداً إن الاجتماع في 26 شوال 1436هـ وكانـون الثاني 2020", "2020-01-09")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("غَداً", "2020-01-10"), ("26 شوال 1436هـ", "2015-08-11"), ("كانـون الثاني 2020", "2020-01")]


def test_duration_and_interval_values(tag):
    doc = tag("أعلنت الحداد لمدة ثلاثة أيام وخلال الأيام الماضية قتل العشرات", "2020-01-09")
    kinds = {d.kind: (d.value, d.precision) for d in doc.dates}
    assert kinds["duration"] == ("P3D", "interval")
    assert kinds["during"] == ("2020-01-02/2020-01-09", "interval")


def test_lexicon_is_data_and_consistent():
    lx = load_lexicon()
    assert set(lx.months.values()) == set(range(1, 13))
    assert set(lx.hijri_months.values()) == set(range(1, 13))
    assert set(lx.weekdays.values()) == set(range(7))
    for system in ("syriac", "egyptian", "maghrebi", "moroccan"):
        assert set(lx.month_systems[system].values()) == set(range(1, 13)), system


@pytest.mark.parametrize("text", [
    "ويستمر الحظر حتى صباح اليوم التالي",
    "وفي اليوم السابق للهجوم وصل المسلحون",
    "وجاء اليوم الذي انتظره الجميع",
])
def test_day_after_some_event_is_not_dct_relative(tag, text):
    assert [d.text for d in tag(text, "2020-01-09").dates if d.kind == "relday"] == []


@pytest.mark.parametrize("text", [
    "ويأتي الهجوم بعد أيام على مقتل سبعة جنود",            # days after another event
    "وبعد سنوات من الحرب عاد اللاجئون",
    "وأعلنت الوزارة قبل أيام من الانتخابات خطتها",
    "بمناسبة الذكرى السنوية لليوم الإسلامي لحقوق الإنسان",  # لليوم: "for the day of"
    "وتعرضنا للعقاب في اليوم الأول من البطولة",            # the first day of something
    "ويبدأ الحظر من السابعة مساء وحتى السادسة من صباح اليوم التالي",
    "ووقع الطرفان بعد عقد اتفاق السلام",                    # عقد: held / a contract
])
def test_not_dct_days(tag, text):
    doc = tag(text, "2020-01-09")
    assert [d.text for d in doc.dates if d.kind in ("relday", "during", "offset")] == []
    assert not [d for d in doc.dates if d.kind == "time" and d.text.startswith("السادسة")]


def test_eve_and_own_night(tag):
    doc = tag("وقعت الاشتباكات ليلة الخميس وتجددت ليل الخميس ثم ليل الجمعة السبت", "2020-01-11")
    assert [(d.text, d.value, d.part_of_day) for d in doc.dates] == [
        ("ليلة الخميس", "2020-01-08", "night"), ("ليل الخميس", "2020-01-09", "night"),
        ("ليل الجمعة السبت", "2020-01-10", "night")]


def test_same_month_is_the_month_last_named(tag):
    doc = tag("وصلوا في العاشر من آذار 2018 وفقد الاتصال بهم في الـ 12 من الشهر نفسه", "2020-01-09")
    assert [d.value for d in doc.dates] == ["2018-03-10", "2018-03-12"]


def test_lil_is_read_as_l_and_article(tag):
    doc = tag("وارتفعت الأسعار للعام الثاني، وتراجعت للشهر الماضي، واحتفل للثامن من أغسطس 2015", "2020-01-09")
    assert [(d.value, d.precision) for d in doc.dates] == [("2019-12", "month"), ("2015-08-08", "day")]
    assert all(doc.text[d.start:d.end] == d.text for d in doc.dates)


@pytest.mark.parametrize("text, want", [
    ("احتفل المسلمون بعيد الفطر 2015 في المدينة", "2015-07-17"),      # the Eid that fell in 2015
    ("وفي عيد الأضحى 1440 هـ زار الحجاج مكة", "2019-08-11"),
    ("واحتفلت المدينة عشية رأس السنة 2020", "2019-12-31"),
    ("وأعلنت الحكومة ليلة رأس السنة الهجرية العفو", "2019-08-30"),
    ("وتزدحم الأسواق قبيل عيد الفطر المقبل", "2020-05-24"),
])
def test_holidays(tag, text, want):
    (d,) = [d for d in tag(text, "2020-01-09").dates if d.kind == "holiday"]
    assert d.value == want and d.precision == "day"


def test_long_runs_of_white_space_stay_fast(tag):
    """Adjacent optional white-space runs once backtracked quadratically; keep them linear."""
    import time

    text = " " * 20000 + "أمس" + "\t" * 20000 + "/" * 5000
    t0 = time.perf_counter()
    doc = tag(text, "2020-01-09")
    assert time.perf_counter() - t0 < 1.5
    assert [d.value for d in doc.dates] == ["2020-01-08"]


def test_dct_from_current_month_and_todays_weekday(tag):
    # 2015-07-13 is a Monday; the floor is the latest full date
    doc = tag("وقال اليوم الاثنين إن الهجوم الذي وقع في 10 يوليو 2015 والعاشر من يوليو الجاري")
    assert doc.dct.value == "2015-07-13" and "current month" in doc.dct.reason


def test_dct_floor_moves_to_the_weekday_the_text_gives(tag):
    doc = tag("وأعلن أمس الأحد أن الاتفاق الموقع في 14 مايو 2015 ما زال قائما")
    # 14 May 2015 was a Thursday; "yesterday Sunday" makes the DCT a Monday: 18 May
    assert doc.dct.value == "2015-05-18" and "Monday" in doc.dct.reason
    assert [d.value for d in doc.dates if d.kind == "relday"] == ["2015-05-17"]


def test_weekday_date_said_as_past_is_not_the_dct(tag):
    doc = tag("وكان الهجوم يوم الجمعة 26 يونيو الفائت وقال في 18 مارس 2015 إن")
    assert doc.dct.value == "2015-06-26" and "latest full date" in doc.dct.reason
