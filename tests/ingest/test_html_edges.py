"""Malformed, huge, legacy-encoded and odd pages; the metadata readers one by one."""
import time

import pytest

from rasid.ingest import (
    Article,
    Failure,
    decode,
    html_to_text,
    normalise_date,
    read_source,
)
from rasid.ingest.metadata import clean_title

BODY = "<p>أعلنت وزارة الصحة، صباح اليوم، افتتاح مستشفى جديد في المدينة يضم مئتي سرير.</p>"


def test_unclosed_and_misnested_tags_still_give_the_paragraphs():
    page = ("<html><body><div class='content'><h1>عنوان <b>الخبر</h1><p>الفقرة الأولى، وهي طويلة بما يكفي لتكون نصا."
            "<p>الفقرة الثانية <i>مائلة <b>وغامقة</i> تكمل</b> الجملة.<li>بند أول<li>بند ثان</ul></span></table>"
            "<p>الفقرة الأخيرة</div></div></div></body></html></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["عنوان الخبر", "الفقرة الأولى، وهي طويلة بما يكفي لتكون نصا.",
                                 "الفقرة الثانية مائلة وغامقة تكمل الجملة.", "بند أول", "بند ثان",
                                 "الفقرة الأخيرة"]


def test_entities_br_and_rtl_marks():
    page = ("<html><body><article><p>\u200fأعلن&nbsp;الجيش&#32;&#1575;&#1604;&#1610;&#1608;&#1605; وقف القتال&rlm;"
            "<br>وقال متحدث&amp;مسؤول إن الهدنة تبدأ مساء.<br/>\u202bسطر ثالث\u202c</p>"
            "<p>كلمة مموهة: قص\u200fف تبقى لترممها مرحلة الاستعادة.</p></article></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["أعلن الجيش اليوم وقف القتال", "وقال متحدث&مسؤول إن الهدنة تبدأ مساء.",
                                 "سطر ثالث", "كلمة مموهة: قص\u200fف تبقى لترممها مرحلة الاستعادة."]


def test_windows_1256_page_with_meta_charset():
    page = ('<html><head><meta charset="windows-1256"><title>خبر</title></head><body>'
            f"{BODY}</body></html>").encode("cp1256")
    (item,) = read_source_bytes(page)
    assert item.text.endswith("يضم مئتي سرير.")


def test_declared_latin_charset_on_arabic_bytes_is_read_as_windows_1256():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>{BODY}</body></html>'
    assert "مستشفى جديد" in decode(page.encode("cp1256"), "p.html")


def test_declared_charset_that_the_bytes_break_is_a_clear_error():
    from rasid.ingest import IngestError
    page = '<html><head><meta charset="iso-8859-6"></head><body>\xa1\xff</body></html>'.encode("latin-1")
    with pytest.raises(IngestError, match="p.html: declares charset iso8859_6"):
        decode(page, "p.html")


def test_utf8_wins_over_a_stale_declaration():
    page = f'<html><head><meta charset="windows-1256"></head><body>{BODY}</body></html>'.encode()
    assert "مستشفى جديد" in decode(page, "saved.html")


def read_source_bytes(data: bytes):
    import io
    return list(read_source("-", stdin=io.BytesIO(data)))


def test_deeply_nested_page_does_not_exhaust_the_stack():
    page = "<html><body>" + "<div>" * 20000 + BODY + "</div>" * 20000 + "</body></html>"
    text, _ = html_to_text(page)
    assert text.endswith("يضم مئتي سرير.")


def test_huge_page_is_read_in_reasonable_time():
    related = "".join(f'<li><a href="/n/{i}">خبر آخر رقم {i} في القائمة الجانبية</a></li>' for i in range(20000))
    body = "".join(BODY.replace("اليوم", f"اليوم {i}") for i in range(200))
    page = (f"<html><body><nav><ul>{related}</ul></nav><div class='sidebar'><ul>{related}</ul></div>"
            f"<article><h1>العنوان</h1>{body}</article><ul>{related}</ul></body></html>")
    assert len(page) > 4_000_000
    start = time.perf_counter()
    text, _ = html_to_text(page)
    assert time.perf_counter() - start < 60
    lines = text.splitlines()
    assert lines[0] == "العنوان" and len(lines) == 201 and "القائمة الجانبية" not in text


def test_page_with_only_furniture_is_a_failure(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>الرئيسية</a></nav><script>x()</script>"
                    "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    (item,) = read_source(str(page))
    assert isinstance(item, Failure) and "empty text" in item.error


def test_density_fallback_picks_the_paragraphs_not_the_link_lists():
    links = "".join(f"<div class='x{i}'><a href='/{i}'>رابط عنوان خبر آخر رقم {i}</a></div>" for i in range(30))
    paragraphs = "".join(f"<p>فقرة رقم {i} من نص الخبر، وفيها جملة كاملة، ووصف لما جرى في الميدان.</p>" for i in range(4))
    page = f"<html><body><div class='a'>{links}</div><div class='b'><div class='c'>{paragraphs}</div></div></body></html>"
    text, _ = html_to_text(page)
    assert text.splitlines() == [f"فقرة رقم {i} من نص الخبر، وفيها جملة كاملة، ووصف لما جرى في الميدان." for i in range(4)]


def test_listing_cards_do_not_win_over_the_article():
    cards = "".join(f"<article class='card'><h3><a href='/{i}'>بطاقة خبر {i}</a></h3><p>ملخص قصير {i}</p></article>"
                    for i in range(6))
    page = f"<html><body><article><h1>الخبر الرئيسي</h1>{BODY}</article><section>{cards}</section></body></html>"
    text, _ = html_to_text(page)
    assert text.splitlines() == ["الخبر الرئيسي", BODY[3:-4]]


def test_a_line_repeated_back_to_back_is_kept_once():
    text, _ = html_to_text(f"<html><body><article>{BODY}{BODY}</article></body></html>")
    assert text.splitlines() == [BODY[3:-4]]


def test_fragment_in_jsonl_keeps_all_its_blocks():
    text, meta = html_to_text("<p>فقرة</p><div>نص في div</div><ul><li>بند</li></ul>")
    assert text.splitlines() == ["فقرة", "نص في div", "بند"] and meta == {}


def test_old_api_still_returns_text_and_meta():
    text, meta = html_to_text("<html><head><title>عنوان</title></head><body><p>نص</p></body></html>")
    assert isinstance(text, str) and isinstance(meta, dict) and text.splitlines() == ["عنوان", "نص"]


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05T10:00:00+03:00", "2024-03-05"), ("2024-03-05", "2024-03-05"),
    ("2024/3/5 10:12", "2024-03-05"), ("20240305T101500Z", "2024-03-05"),
    ("Tue, 05 Mar 2024 23:30:00 +0300", "2024-03-05"), ("05/03/2024", "2024-03-05"),
    ("07.05.2024", "2024-05-07"), ("٢٠٢٤-٠٣-٠٥", "2024-03-05"),
    ("2024-13-40", None), ("منذ ساعتين", None), ("", None), (None, None), ("0001-01-01", None),
])
def test_dates_normalise_to_iso_days(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("title, sites, expected", [
    ("خبر مهم | الجزيرة نت", ["الجزيرة نت"], "خبر مهم"),
    ("العربية.نت | خبر مهم عن الاقتصاد", ["العربية"], "خبر مهم عن الاقتصاد"),
    ("خبر مهم - BBC News عربي", ["BBC News عربي"], "خبر مهم"),
    ("سوريا - مقتل خمسة مدنيين في قصف على ريف إدلب - عنب بلدي", ["عنب بلدي"],
     "سوريا - مقتل خمسة مدنيين في قصف على ريف إدلب"),
    ("خبر طويل بما يكفي عن الاقتصاد المحلي – مدونتي", [], "خبر طويل بما يكفي عن الاقتصاد المحلي"),
    ("عنوان بلا لاحقة", ["الجزيرة"], "عنوان بلا لاحقة"),
])
def test_titles_lose_the_site_name(title, sites, expected):
    assert clean_title(title, sites) == expected


def test_json_ld_that_is_broken_still_gives_its_date():
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2022-10-01T08:00:00Z", "headline": "x",}</script></head><body>' + BODY + "</body></html>")
    _, meta = html_to_text(page)
    assert meta["published"] == "2022-10-01"


def test_a_time_in_the_sidebar_does_not_date_the_article():
    page = ("<html><body><div class='widget-latest'><p><time datetime='2019-01-01'>قديم</time></p></div>"
            f"<article><time datetime='2024-02-02T10:00'>2 فبراير</time>{BODY}</article></body></html>")
    text, meta = html_to_text(page)
    assert meta["published"] == "2024-02-02" and "فبراير" not in text


def test_a_logo_h1_is_not_the_headline():
    page = ("<html><head><meta property='og:title' content='عنوان الخبر الحقيقي'></head><body>"
            "<div class='top'><h1 class='site-logo'><a href='/'>اسم الموقع</a></h1></div>"
            f"<div class='story'>{BODY}<p>فقرة ثانية من الخبر نفسه، فيها تفاصيل إضافية عن المستشفى.</p></div></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines()[0] == "عنوان الخبر الحقيقي" and "اسم الموقع" not in text


def test_xhtml_page_with_an_xml_declaration_is_html():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>t</title></head><body><article>{BODY}</article></body></html>")
    (item,) = read_source_bytes(page.encode())
    assert item.text.splitlines()[-1] == BODY[3:-4]


def test_an_article_split_around_an_ad_is_read_whole():
    half = "<p>فقرة {} من الخبر، وفيها تفاصيل، وأرقام، وأسماء، تكفي لتكون نصا كاملا.</p>"
    page = ("<html><body><div class='menu-x'><a href='/a'>رابط</a> <a href='/b'>رابط آخر</a></div><div class='wrap'>"
            f"<div class='part'>{half.format(1)}{half.format(2)}{half.format(3)}</div>"
            "<div class='box'><a href='/ad'>إعلان ممول يظهر بين الفقرات</a></div>"
            f"<div class='part'>{half.format(4)}{half.format(5)}</div></div></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == [half.format(i)[3:-4] for i in range(1, 6)]


def test_windows_1256_page_without_a_declaration_is_recognised():
    page = f"<html><head><title>خبر</title><style>body {{ font-family: Tahoma; }}</style></head><body>{BODY}</body></html>"
    assert "مستشفى جديد" in decode(page.encode("cp1256"), "old.htm")


def test_a_related_box_named_like_a_body_is_not_the_body():
    teaser = "<p>ملخص خبر آخر طويل بما يكفي ليبدو نصا، لكنه في صندوق الأخبار ذات الصلة.</p>"
    page = (f"<html><body><div class='related-post-content'>{teaser * 3}</div>"
            f"<div class='entry-content'>{BODY}</div></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == [BODY[3:-4]]


def test_a_wordpress_article_is_not_judged_by_its_tag_classes():
    page = ("<html><body><article class='post-9 post type-post tag-news author-admin category-local'>"
            f"<h1>العنوان</h1><div class='inner-x'>{BODY}</div></article></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["العنوان", BODY[3:-4]]


def test_a_layout_wrapper_named_header_does_not_take_the_body_with_it():
    page = ("<html><body><div class='page has-header-offset'><div class='col'>"
            f"<h1>العنوان</h1>{BODY}<div class='related-box'><p>خبر مرتبط لا يظهر في النص أبدا</p></div>"
            "</div></div></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["العنوان", BODY[3:-4]]


def test_a_video_page_without_text_does_not_fall_back_to_related_teasers(tmp_path):
    teasers = "".join(f"<p>ملخص خبر مرتبط رقم {i} وهو طويل بما يكفي ليبدو فقرة كاملة من نص.</p>" for i in range(4))
    page = tmp_path / "video.html"
    page.write_text(f"<html><body><h1 class='x'>فيديو</h1><video src='v.mp4'></video>"
                    f"<div class='related-videos'>{teasers}</div></body></html>", encoding="utf-8")
    (item,) = read_source(str(page))
    assert isinstance(item, Article) and item.text == "فيديو"


def test_bootstrap_responsive_classes_do_not_hide_the_article():
    page = f"<html><body><div class='col-md-8 hidden-xs d-none d-md-block'><div class='story'>{BODY}</div></div></body></html>"
    text, _ = html_to_text(page)
    assert text == BODY[3:-4]


def test_a_body_in_several_blocks_of_the_same_name_is_read_whole():
    part = "<div class='article-text'><p>جزء {} من الخبر، فيه ما يكفي من الكلمات ليكون فقرة كاملة.</p></div>"
    page = (f"<html><body><div class='wrap'><h1>العنوان</h1>{part.format(1)}<div class='ad-slot'>إعلان</div>"
            f"{part.format(2)}{part.format(3)}</div></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["العنوان"] + [f"جزء {i} من الخبر، فيه ما يكفي من الكلمات ليكون فقرة كاملة." for i in (1, 2, 3)]


def test_microdata_date_on_a_visible_element():
    page = (f"<html><body><article><span itemprop='datePublished' content='2021-07-04'>٤ يوليو</span>"
            f"{BODY}</article></body></html>")
    _, meta = html_to_text(page)
    assert meta["published"] == "2021-07-04"


@pytest.mark.parametrize("line, expected", [
    ("الأربعاء 2009/11/18", "2009-11-18"), ("18 فبراير/ شباط 2024", "2024-02-18"),
    ("الأحد 5 مارس 2024", "2024-03-05"), ("٥ مارس/ آذار ٢٠٢٤", "2024-03-05"),
    ("نشر في: 28 يناير ,2024: 10:12", "2024-01-28"), ("5 تشرين الأول 2023 - 10:30 ص", "2023-10-05"),
    ("قال الوزير في 5 مارس 2024 إن", None), ("مارس 2024", None),
])
def test_a_line_that_is_only_a_date(line, expected):
    from rasid.ingest.metadata import date_line
    assert date_line(line) == expected


def test_a_visible_dateline_of_a_page_without_metadata_dates_it_and_leaves_the_text():
    page = f"<html><body><div class='story'><h1>العنوان</h1><div>الأحد 5 مارس 2024</div>{BODY}</div></body></html>"
    text, meta = html_to_text(page)
    assert text.splitlines() == ["العنوان", BODY[3:-4]] and meta["published"] == "2024-03-05"


def test_an_og_title_that_is_only_the_site_name_is_passed_over():
    page = ("<html><head><meta property='og:site_name' content='الجزيرة نت'><meta property='og:title' "
            f"content='الجزيرة نت'></head><body><article><h1>العنوان الحقيقي</h1>{BODY}</article></body></html>")
    _, meta = html_to_text(page)
    assert meta["title"] == "العنوان الحقيقي"


def test_a_browser_saved_page_keeps_its_address():
    page = ("<!DOCTYPE html>\n<!-- saved from url=(0043)https://www.example.com/news/2024/article -->\n"
            f"<html><body><article>{BODY}</article></body></html>")
    _, meta = html_to_text(page)
    assert meta["url"] == "https://www.example.com/news/2024/article"


def test_a_section_name_in_h1_gives_way_to_the_title():
    page = ("<html><head><meta property='og:title' content='افتتاح مستشفى جديد في المدينة'></head><body>"
            f"<h1>أخبار محلية</h1><article>{BODY}</article></body></html>")
    text, _ = html_to_text(page)
    assert text.splitlines() == ["افتتاح مستشفى جديد في المدينة", BODY[3:-4]]


def test_a_teaser_article_beside_the_story_is_left_out():
    teaser = "<article><h3><a href='/t'>خبر آخر</a></h3><p>ملخص خبر آخر، طويل بما يكفي ليكون فقرة كاملة هنا.</p></article>"
    page = f"<html><body><article><h1>الخبر</h1>{BODY}{BODY.replace('اليوم', 'أمس')}</article>{teaser}</body></html>"
    text, _ = html_to_text(page)
    assert "ملخص خبر آخر" not in text and text.splitlines()[0] == "الخبر"


def test_inline_tags_inside_a_word_do_not_split_it():
    text, _ = html_to_text("<p>وقف إطـ<span class='x'>.</span>لاق الن<b>ار</b> في <a href='/m'>المدينة</a>.</p>")
    assert text == "وقف إطـ.لاق النار في المدينة."


def test_a_twitter_handle_as_site_name_does_not_stop_the_suffix_rule():
    assert clean_title("ترميم مسرح روماني أثري يعيد إليه عروض الصيف | الشرق الأوسط", ["aawsat_News"]) == \
        "ترميم مسرح روماني أثري يعيد إليه عروض الصيف"


def test_amp_page_components_are_not_text():
    page = ("<!doctype html><html ⚡ lang='ar' dir='rtl'><head><link rel='canonical' href='https://x.example/a'></head>"
            "<body><amp-sidebar id='menu' layout='nodisplay'><ul><li>الرئيسية</li><li>أخبار</li></ul></amp-sidebar>"
            f"<article><h1>العنوان</h1><amp-img src='a.jpg' alt='صورة'></amp-img>{BODY}"
            "<amp-ad type='doubleclick'><div fallback>إعلان</div></amp-ad>"
            "<amp-social-share type='whatsapp'>مشاركة</amp-social-share></article>"
            "<amp-consent id='c'><div>نستخدم الكوكيز لتحسين الخدمة</div></amp-consent></body></html>")
    text, meta = html_to_text(page)
    assert text.splitlines() == ["العنوان", BODY[3:-4]] and meta["url"] == "https://x.example/a"


def test_teaser_articles_named_related_inside_the_body_are_removed():
    teaser = "<article class='related-post'><p>ملخص خبر مرتبط، طويل بما يكفي ليكون فقرة في الصفحة.</p></article>"
    page = f"<html><body><div class='entry-content'>{BODY}{teaser}</div></body></html>"
    text, _ = html_to_text(page)
    assert text == BODY[3:-4]
