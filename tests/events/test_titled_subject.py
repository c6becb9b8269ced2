"""An office before a name (قائد الجيش X) names who acts: the person, not the organisation in it."""
import rasid


def _accuse(text: str):
    events = [e for e in rasid.analyze(text, published="2023-03-15").events if e.type == "ACCUSE"]
    assert events
    return ([a.get("text") for a in events[0].actors], [t.get("text") for t in events[0].targets])


def test_the_person_after_an_office_is_the_subject():
    actors, targets = _accuse("واتهم قائد الجيش عبد الفتاح البرهان قوات الدعم السريع بارتكاب انتهاكات.")
    assert actors == ["عبد الفتاح البرهان"]
    assert targets == ["قوات الدعم السريع"]  # the army inside the title is no target either


def test_an_organisation_with_no_person_after_it_still_acts():
    actors, targets = _accuse("واتهمت الحكومة اليمنية الحوثيين بخرق الهدنة.")
    assert actors == ["الحكومة اليمنية"] and targets == ["الحوثيين"]
