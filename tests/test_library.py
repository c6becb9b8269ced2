"""The library API the README shows: `rasid.analyze` and `rasid.restore_text`."""
import rasid


def test_restore_text_returns_the_document_with_its_repairs():
    doc = rasid.restore_text("وقف إطـ.لاق النار")
    assert doc.clean == "وقف إطلاق النار"
    assert [(r.before, r.after) for r in doc.repairs] == [("إطـ.لاق", "إطلاق")]


def test_analyze_runs_every_stage_with_metadata():
    doc = rasid.analyze("أعلنت وزارة الدفاع الروسية وقف إطـ.لاق نـ.ار في إدلب.", published="2020-01-09")
    assert doc.dct.value == "2020-01-09" and not doc.dct.inferred
    assert "Idlib Governorate" in {e.name_en for e in doc.entities}
    assert ("RETREAT", "ceasefire") in {(e.type, e.mode) for e in doc.events}
