"""Those who report events (agencies, monitors, outlets) are sources, never participants."""
import pytest

TEXT = ("شنت الطائرات الحربية الروسية غارات جوية على مدينة معرة النعمان في ريف إدلب الجنوبي، "
        "ما أسفر عن مقتل خمسة مدنيين، بحسب المرصد السوري لحقوق الإنسان.")


@pytest.fixture(scope="module")
def doc():
    from rasid.pipeline import Pipeline
    return Pipeline.default().run_text(TEXT, published="2020-01-09")


def test_a_monitor_reporting_a_killing_accuses_no_one(doc):
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_monitor_is_the_source_not_the_actor(doc):
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults
    for e in assaults:
        assert all(a.get("kb_id") != "org-sohr" for a in e.actors)
    assert any(s.get("kb_id") == "org-sohr" for e in assaults for s in e.attribution)
    assert any(a.get("name_en") == "Russia" for e in assaults for a in e.actors)
