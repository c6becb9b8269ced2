"""Idempotent storage, search over restored text, and the three exports."""
import csv
import io
import json


from rasid.document import DCT, Document, Event, Repair, Sentence, Span
from rasid.store import export

TEXT = "قصـ.ف الطيران مدينة إدلب أمس."


def analysed(doc_id="a1", text=TEXT):
    doc = Document(text=text, id=doc_id, meta={"published": "2020-01-09", "title": "قصف إدلب"})
    doc = doc.with_restoration([Repair(0, 5, "قصـ.ف", after="قصف", kind="kashida+dot")])
    event = Event(
        type="ASSAULT", mode="aerial", trigger=Span(0, 5, "قصـ.ف"),
        actors=({"kb_id": "SYR_GOV", "name_en": "Government of Syria", "name_ar": "النظام السوري", "text": "النظام"},),
        location={"kb_id": "SY_IDLIB", "name_en": "Idlib Governorate", "text": "إدلب",
                  "lat": 35.93, "lon": 36.63, "country": "SY"},
        date={"value": "2020-01-08", "precision": "day"}, sentence=0, confidence=0.8,
        attribution=({"text": "المرصد"},),
        acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"})
    return doc.with_layers(sentences=[Sentence(0, len(text), text)], events=[event],
                           dct=DCT("2020-01-09", False, "given"))


def test_storing_twice_is_a_no_op_and_a_changed_text_replaces(store):
    assert store.put(analysed()) is True
    assert store.put(analysed()) is False
    assert store.count() == {"documents": 1, "events": 1}
    assert store.put(analysed(text=TEXT + " وقتل مدنيون.")) is True
    assert store.count() == {"documents": 1, "events": 1}
    assert store.get("a1")["text"].endswith("مدنيون.")


def test_document_without_id_is_keyed_by_its_text(store):
    store.put(Document(text="نص بلا معرف"))
    store.put(Document(text="نص بلا معرف"))
    (doc,) = store.documents()
    assert doc["id"].startswith("sha256:")


def test_search_finds_obfuscated_article_by_its_restored_word_in_any_spelling(store):
    store.put(analysed())
    store.put(Document(text="توصل الطرفان إلى اتفاق.", id="a2"))
    hits = store.search("قصف ادلب")
    assert [h["id"] for h in hits] == ["a1"] and "قصف" in hits[0]["snippet"]
    assert store.search('"; DROP TABLE documents; --') == []


def test_csv_export_has_acled_columns(store):
    store.put(analysed())
    out = io.StringIO()
    assert export.write_csv(store.events(), out) == 1
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["event_date"] == "2020-01-08" and row["year"] == "2020"
    assert row["actor1"] == "Government of Syria" and row["location"] == "Idlib Governorate"
    assert float(row["latitude"]) == 35.93 and row["plover_type"] == "ASSAULT"
    assert row["notes"] == "قصف الطيران مدينة إدلب أمس."


def test_geojson_points_are_lon_lat(store):
    store.put(analysed())
    collection = export.geojson(store.events())
    (feature,) = collection["features"]
    assert feature["geometry"]["coordinates"] == [36.63, 35.93]
    assert feature["properties"]["plover_mode"] == "aerial"


def test_jsonl_export_round_trips_documents(store):
    store.put(analysed())
    out = io.StringIO()
    export.write_jsonl(store.documents(), out)
    (doc,) = [json.loads(l) for l in out.getvalue().splitlines()]
    assert doc["restored"].startswith("قصف") and doc["repairs"][0]["before"] == "قصـ.ف"
