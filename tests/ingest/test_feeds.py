"""RSS 2.0, RSS 1.0 and Atom feeds, and Telegram channel previews: one article per item."""
from pathlib import Path

import pytest

from rasid.ingest import Article, Failure, IngestError, parse_feed, read_source

FIXTURES = Path(__file__).parent / "fixtures"


def test_wordpress_rss_items_take_content_encoded_without_boilerplate():
    first, second, third = read_source(str(FIXTURES / "feed_wordpress.rss"))
    assert first.id == "https://www.enabbaladi.net/?p=712345"
    assert first.text.splitlines() == [
        "افتتاح مركز صحي جديد في ريف حلب الشمالي",
        "عنب بلدي – اعزاز",
        "افتتحت منظمة طبية محلية مركزا صحيا جديدا في مدينة اعزاز بريف حلب الشمالي، يقدم خدمات الإسعاف والولادة ورعاية الأطفال مجانا.",
        "تمويل لستة أشهر فقط",
        "وبحسب القائمين على المشروع، يغطي التمويل الحالي تكاليف التشغيل لستة أشهر.",
    ]
    for boilerplate in ("اقرأ أيضًا", "نقص الأدوية", "شارك هذا", "فيسبوك", "ظهرت المقالة", "أحمد العلي"):
        assert boilerplate not in first.text
    assert first.meta == {"published": "2024-04-11", "title": "افتتاح مركز صحي جديد في ريف حلب الشمالي",
                          "url": "https://www.enabbaladi.net/712345/health-center-aleppo/"}
    # entities escaped in the title and HTML entities XML does not define (&nbsp; &hellip;)
    assert second.text == ('"الإدارة الذاتية" ترفع أسعار المحروقات في الحسكة\n'
                           "رفعت الجهات المسؤولة في الحسكة أسعار المازوت والبنزين بنسبة 20%… وسط شكاوى من السكان.")
    assert second.meta["published"] == "2024-04-10"  # dc:date when there is no pubDate
    assert third.text == "صورة اليوم"  # a headline-only item is still an article


def test_atom_content_html_xhtml_and_text():
    rates, bourse, gold = read_source(str(FIXTURES / "feed_atom.xml"))
    assert rates.text.splitlines() == ["المصرف المركزي يثبت أسعار الفائدة",
                                       "أبقى المصرف المركزي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي.",
                                       "وقال في بيان إن معدلات التضخم بدأت بالتراجع."]
    assert rates.meta["url"] == "https://news.example/2024/05/14/rates"  # rel=alternate, not the enclosure
    assert rates.meta["published"] == "2024-05-14"
    assert bourse.text.splitlines() == ["ارتفاع مؤشر البورصة",
                                        "ارتفع المؤشر العام للبورصة بنسبة 1.2 بالمئة في ختام التداولات.",
                                        "وقاد قطاع المصارف", "موجة الصعود."]
    assert bourse.meta["published"] == "2024-05-14"  # <updated> when there is no <published>
    # type="text" is text: an escaped "<p>" in it is a literal character, not markup
    assert gold.text.splitlines() == ["أسعار الذهب", "استقرت أسعار الذهب في السوق المحلية.",
                                      "الغرام عيار 21 عند مستواه السابق، و<p> هنا نص حرفي لا وسم."]
    assert gold.id == "tag:news.example,2024:3" and "url" not in gold.meta


def test_rss_1_rdf_feed():
    rdf = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel rdf:about="https://x.example/"><title>قناة</title></channel>
    <item rdf:about="https://x.example/1"><title>خبر أول</title><link>https://x.example/1</link>
    <description>نص الخبر الأول</description><dc:date>2023-12-31T23:00:00Z</dc:date></item></rdf:RDF>"""
    (item,) = parse_feed(rdf, "r.rdf")
    assert item["text"] == "خبر أول\nنص الخبر الأول" and item["published"] == "2023-12-31"
    assert item["id"] == "https://x.example/1"


@pytest.mark.parametrize("feed, what", [
    ("<?xml version='1.0'?><rss><channel><item><title>خبر</title></channel></rss>", "mismatched tag"),
    ("<?xml version='1.0'?><rss><channel><item><title>خبر", "no element found"),
    ("<?xml version='1.0'?><rss><channel><item><title>خبر &madeup; ما</title></item></channel></rss>",
     "undefined entity"),
    ("<?xml version='1.0'?><rss><channel><item><link>http://x/?a=1&b=2</link></item></channel></rss>",
     "not well-formed"),
])
def test_malformed_feed_is_a_clear_error_naming_the_place(feed, what):
    with pytest.raises(IngestError, match=rf"bad.xml: malformed feed XML \({what}.*line 1, column \d+"):
        list(parse_feed(feed, "bad.xml"))


def test_malformed_feed_file_is_a_failure_in_a_directory(tmp_path):
    (tmp_path / "a.rss").write_text("<?xml version='1.0'?><rss><channel><item>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص سليم", encoding="utf-8")
    items = list(read_source(str(tmp_path)))
    assert [type(i) for i in items] == [Failure, Article]
    assert "a.rss: malformed feed XML" in items[0].error


def test_xml_that_is_not_a_feed_is_refused():
    with pytest.raises(IngestError, match="neither an RSS nor an Atom"):
        list(parse_feed("<?xml version='1.0'?><rss2><item/></rss2>".replace("rss2", "urlset"), "s.xml"))


def test_feed_declared_windows_1256_is_decoded():
    feed = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
            "<item><title>خبر بترميز قديم</title><description>نص عربي</description></item></channel></rss>")
    from rasid.ingest import articles_from_text, decode
    (item,) = articles_from_text(decode(feed.encode("cp1256"), "old.xml"), "old.xml", "old.xml")
    assert item.text == "خبر بترميز قديم\nنص عربي"


def test_telegram_preview_gives_one_article_per_message_with_text():
    items = list(read_source(str(FIXTURES / "telegram_channel.html")))
    assert [i.id for i in items] == ["city_news/10401", "city_news/10403"]  # 10402 is a photo alone
    first, second = items
    assert first.text.splitlines() == [
        "🔴 عاجل | انقطاع التيار الكهربائي عن أحياء المدينة الشرقية بعد عطل في محطة التحويل الرئيسية.",
        "وتقول شركة الكهرباء إن فرق الصيانة تعمل على إصلاح العطل خلال ساعات.",
        "#كهرباء",
    ]
    assert first.meta == {"published": "2024-07-02", "url": "https://t.me/city_news/10401",
                          "channel": "شبكة أخبار المدينة"}
    # the quoted message it replies to, the forward header, the link preview and the views are not text
    assert second.text.splitlines() == [
        "عادت الكهرباء إلى معظم الأحياء الشرقية صباح الأربعاء بعد إصلاح المحول المتضرر.",
        "ويستمر العمل في حيين اثنين حتى المساء.",
    ]
    assert second.meta["published"] == "2024-07-03"
    for furniture in ("subscribers", "قناة إخبارية محلية", "Forwarded", "بيان حول", "معاينة", "15K", "edited"):
        assert furniture not in first.text + second.text


def test_telegram_page_without_text_is_a_failure(tmp_path):
    page = tmp_path / "t.html"
    page.write_text('<html><body><div class="tgme_widget_message" data-post="c/1">'
                    '<a class="tgme_widget_message_photo_wrap"></a></div></body></html>', encoding="utf-8")
    (item,) = read_source(str(page))
    assert isinstance(item, Failure) and "no message text" in item.error


def test_rss_description_with_unescaped_tags_is_still_read():
    rss = ("<rss version='2.0'><channel><item><title>خبر</title>"
           "<description><p>نص <b>الخبر</b> بوسوم</p><p>غير مهربة</p></description></item></channel></rss>")
    (item,) = parse_feed(rss, "f.rss")
    assert item["text"] == "خبر\nنص الخبر بوسوم\nغير مهربة"


def test_bbc_arabic_rss_cdata_items():
    first, second = read_source(str(FIXTURES / "feed_bbc_arabic.xml"))
    assert first.text == ("فيضانات تجرف طرقا ريفية وتعزل قرى في الجنوب\n"
                          "جرفت سيول غزيرة طرقا ريفية عدة في المحافظات الجنوبية، ما أدى إلى عزل عشرات القرى.")
    assert first.id == "https://www.bbc.com/arabic/articles/c0abc123def#0"
    assert first.meta == {"published": "2024-02-18", "url": "https://www.bbc.com/arabic/articles/c0abc123def",
                          "title": "فيضانات تجرف طرقا ريفية وتعزل قرى في الجنوب"}
    assert second.text.splitlines()[1] == "تعرض الحكومة خطة من ثلاث مراحل لإعادة بناء المدن المتضررة."
    assert second.meta["published"] == "2024-02-17"  # the GMT day the feed gives


def test_broken_feed_file_names_file_line_and_column():
    path = FIXTURES / "feed_broken.xml"
    with pytest.raises(IngestError, match=r"feed_broken.xml: malformed feed XML \(mismatched tag: line 8, column 2\)"):
        list(read_source(str(path)))


def test_content_repeating_the_title_does_not_repeat_it_and_a_prefix_is_not_a_repeat():
    rss = ("<rss version='2.0'><channel>"
           "<item><title>خبر</title><description>&lt;h2&gt;خبر&lt;/h2&gt;&lt;p&gt;التفاصيل&lt;/p&gt;</description></item>"
           "<item><title>خبر</title><description>خبرات المهندسين كثيرة</description></item></channel></rss>")
    first, second = parse_feed(rss, "f.rss")
    assert first["text"] == "خبر\nالتفاصيل" and second["text"] == "خبر\nخبرات المهندسين كثيرة"
