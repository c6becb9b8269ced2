"""End to end: `rasid analyze page.html` restores and analyses the article body and nothing else."""
import json
from pathlib import Path

from rasid.cli import main

PAGE = Path(__file__).parent / "fixtures" / "e2e_obfuscated.html"


def test_analyze_a_saved_page_sees_only_headline_and_body(capsys):
    assert main(["analyze", str(PAGE), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["text"].splitlines() == [
        "الجيش يعلن وقف إطلاق النار في المدينة",
        "أعلن الجيش يوم الجمعة وقف إطـ.لاق النـ.ار في المدينة بعد أسبوع من المعارك.",
        "وقال المتحدث باسم الجيش إن الاتفاق يشمل الأحياء الشرقية كلها.",
    ]
    # the obfuscated words of the body are restored; those of the menu, related links, sidebar
    # and script never reach restoration at all
    assert "وقف إطلاق النار في المدينة بعد أسبوع" in doc["restored"]
    assert {(r["before"], r["after"]) for r in doc["repairs"]} == {("إطـ.لاق", "إطلاق"), ("النـ.ار", "النار")}
    for r in doc["repairs"]:
        assert doc["text"][r["start"]:r["end"]] == r["before"]
    for furniture in ("قـ.صف", "قصف", "اشـ.تباكات", "انفـ.جار", "اقرأ أيضا", "الأكثر قراءة", "الرئيسية",
                      "جميع الحقوق"):
        assert furniture not in doc["text"] and furniture not in doc["restored"]
    # the page's metadata reaches the document: its date anchors the article
    assert doc["published"] == "2020-03-06" and doc["dct"]["value"] == "2020-03-06"
    assert doc["title"] == "الجيش يعلن وقف إطلاق النار في المدينة"
    assert doc["url"] == "https://north-news.example/2020/03/06/ceasefire"
