"""Argument rules added with the enlarged dev set (docs/ontology.md, "Arguments")."""
from __future__ import annotations

from helpers import COUNTRIES, NISBAS, FakeEntry, FakeKB, make_doc

from rasid.events import EventExtractor

KW = FakeEntry("country:KW", "GPE", "الكويت", "Kuwait", "KW", 29.5, 45.75, "country")
KB = FakeKB(COUNTRIES + [KW], NISBAS)
RU = ("روسيا", "GPE", "Russia", "RU", 61.5, 105.3)
ALEPPO = ("حلب", "GPE", "Aleppo", "SY", 36.2, 37.16)


def events(text, entities=(), dates=(), dct="2020-01-09"):
    return EventExtractor(kb=KB)(make_doc(text, entities, dates, dct=dct)).events


def one(evs, etype):
    found = [e for e in evs if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in evs]
    return found[0]


def names(refs):
    return {r.get("name_en") or r.get("text") for r in refs}


def test_duration_is_never_an_event_date():
    e = one(events("وقصفت روسيا مدينة حلب لمدة ست ساعات.", [RU, ALEPPO], [("ست ساعات", "PT6H", "interval")]),
            "ASSAULT")
    assert e.date["value"] == "2020-01-09"


def test_reported_past_event_is_not_dated_after_the_dct():
    e = one(events("وقصفت روسيا مدينة حلب بعد 34 يوما.", [RU, ALEPPO], [("بعد 34 يوما", "2020-02-12", "day")]),
            "ASSAULT")
    assert e.date["value"] == "2020-01-09"


def test_place_in_a_participants_relative_clause_is_not_the_events():
    text = "واعتقلت السلطات الكويتية محمد فلاح الذي قاتل في سوريا."
    ents = [("السلطات الكويتية", "ORG", "Kuwaiti authorities", "KW", None, None),
            ("محمد فلاح", "PER", "Mohammed Falah", None, None, None),
            ("سوريا", "GPE", "Syria", "SY", 35.0, 38.5)]
    e = one(events(text, ents), "COERCE")
    assert e.location["name_en"] == "Kuwait"  # the state organ's own soil, not Syria


def test_titled_nisba_is_the_subject_and_min_the_addressee():
    text = "وطلب السفير اليمني من مجلس الأمن التدخل."
    e = one(events(text, [("مجلس الأمن", "ORG", "United Nations Security Council", None, None, None)]),
            "REQUEST")
    assert names(e.actors) == {"Yemen"} and names(e.targets) == {"United Nations Security Council"}


def test_topic_of_talks_is_no_venue_and_the_dateline_is():
    text = "الرياض: التقى الجبير مع شكري وبحثا الأوضاع في اليمن."
    ents = [("الرياض", "GPE", "Riyadh", "SA", 24.7, 46.7), ("الجبير", "PER", "Adel al-Jubeir", "SA", None, None),
            ("شكري", "PER", "Sameh Shoukry", "EG", None, None), ("اليمن", "GPE", "Yemen", "YE", 15.5, 48.0)]
    e = one(events(text, ents), "CONSULT")
    assert e.location["name_en"] == "Riyadh"


def test_svo_subject_before_a_verb_with_a_counted_object():
    e = one(events("وقال مصدر إن داعش أعدم 11 شابا في الموصل.",
                   [("داعش", "ORG", "Islamic State", None, None, None), ("الموصل", "GPE", "Mosul", "IQ", 36.3, 43.1)]),
            "ASSAULT")
    assert names(e.actors) == {"Islamic State"}


# --- third batch (docs/ontology.md: demands, instruments, passive victims, declining to comment)

US = ("الولايات المتحدة", "GPE", "United States", "US", 38.0, -97.0)
LAVROV = ("لافروف", "PER", "Sergey Lavrov", "RU", None, None)


def test_demand_made_request_is_the_speakers_and_dated():
    e = one(events("قال لافروف إنه يتعين أن تتعاون الولايات المتحدة مع روسيا.", [LAVROV, US, RU]), "REQUEST")
    assert names(e.actors) == {"Sergey Lavrov"} and "United States" in names(e.targets)
    assert e.date["value"] == "2020-01-09"


def test_death_in_a_strike_is_one_event():
    evs = events("وأعلنت المصادر مقتل 20 شخصا في غارة روسية على حلب.", [RU, ALEPPO])
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].mode == "aerial"


def test_person_with_an_age_after_a_kill_verb_is_the_victim():
    ents = [("محمد علاونة", "PER", "Mohammed Alawneh", None, None, None), RU]
    e = one(events("وقتل محمد علاونة (22 عاما) برصاص روسيا.", ents), "ASSAULT")
    assert "Mohammed Alawneh" not in names(e.actors)


def test_declining_to_comment_is_no_rejection():
    evs = events("ورفض المصدر إعطاء المزيد من التفاصيل عن روسيا.", [RU])
    assert not [e for e in evs if e.type == "REJECT"]
