"""What a news page's boilerplate looks like: tags, class/id words, roles and Arabic phrases.

Kept apart from the extraction logic so that a new outlet's markup is a one-line addition here.
Class and id values are split into words on anything not a letter or digit
(`article-body__share` -> article, body, share); a node is boilerplate when one of its words is
in `WORDS`, or its class/id contains one of `FRAGMENTS` (compounds such as `relatedPosts`).
"""
from __future__ import annotations

import re

from rasid.ingest.dom import Node

# never text: dropped wherever they are
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                       "embed", "canvas", "video", "audio", "map", "button", "select", "textarea",
                       "input", "label", "option", "dialog", "head", "title", "picture", "img",
                       "figure", "figcaption",
                       # AMP pages' components: ads, share bars, galleries, analytics, menus
                       "amp-ad", "amp-embed", "amp-sticky-ad", "amp-social-share", "amp-analytics",
                       "amp-sidebar", "amp-img", "amp-iframe", "amp-video", "amp-youtube",
                       "amp-carousel", "amp-consent", "amp-user-notification", "amp-lightbox"})
# page furniture by its semantic tag
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "menu"})
ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                   "menubar", "toolbar", "dialog", "alertdialog", "tablist", "alert"})
WORDS = frozenset("""
ad ads adv advert advertisement adsbygoogle dfp gpt sponsored sponsor banner promo teaser
nav navbar navigation menu submenu breadcrumb breadcrumbs crumbs header masthead footer sidebar
widget related also more recommended recommendations trending popular mostread tags tag keywords
share sharing social follow print tools toolbar comments comment respond reply disqus
newsletter subscribe subscription signup login search cookie cookies consent gdpr popup modal
overlay lightbox gallery caption credit byline author authors meta date dateline ticker
copyright disclaimer pagination pager logo brand embed poll rating outbrain taboola
""".split())
FRAGMENTS = ("related", "share", "social", "comment", "cookie", "newsletter", "breadcrumb",
             "sidebar", "advert", "sponsor", "outbrain", "taboola", "popup", "subscribe",
             "readmore", "read-more", "mostread", "most-read", "recommend", "consent", "footer",
             "header", "navbar", "byline", "sr-only", "visually-hidden", "visuallyhidden",
             "screen-reader", "twitter-tweet", "instagram-media", "tiktok-embed",
             "ticker", "copyright",
             # Turkish-built sites (Anadolu): footer note, share bar, related list
             "alt-bilgi", "altbilgi", "paylas", "ilgili")
# names that mean a box of other content wherever they appear (never a layout wrapper)
STRONG = frozenset("""
related share sharing social comment comments respond reply disqus cookie cookies consent gdpr
newsletter subscribe subscription signup login advert advertisement ad ads adsbygoogle dfp gpt
sponsor sponsored outbrain taboola promo popup modal recommend recommended recommendations
readmore read-more mostread most-read trending popular breadcrumb breadcrumbs poll
twitter-tweet instagram-media tiktok-embed paylas ilgili
""".split())
# the article body, by the class/id names CMSs and outlets give it
BODY_CLASS = re.compile(
    r"(?<![a-z0-9])(?:(?:article|story|entry|post|news|content|detail|details|main|single|item)"
    r"[-_]{0,2}(?:body|content|text|details?|inner|entry)|articlebody|article_body|wysiwyg"
    r"|rich-?text|field--?name--?body|td-post-content|body-?text|text-?body)(?![a-z0-9])")
# React and design-system pages name their parts here rather than in class
_NAMING_ATTRS = ("aria-labelledby", "data-component", "data-testid", "data-e2e", "data-module")
_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


# a body-like name inside one of these is a teaser's, not the article's (related-post-content)
_NOT_BODY = ("related", "comment", "sidebar", "widget", "share", "teaser", "promo", "recommend")


def is_body(node: Node) -> bool:
    """A node the page marks as the article body (itemprop=articleBody or a known body class)."""
    if node.get("itemprop").lower() == "articlebody":
        return True
    names = node.classes
    return bool(BODY_CLASS.search(names)) and not any(n in names for n in _NOT_BODY)


def is_furniture(node: Node) -> bool:
    """Page furniture by tag or role, or hidden (`hidden`, `aria-hidden`, `display:none`)."""
    if node.tag in FURNITURE_TAGS or node.get("role").lower() in ROLES:
        return True
    if "hidden" in node.attrs or node.get("aria-hidden").lower() == "true" \
            or _HIDDEN_STYLE.search(node.get("style").lower()):
        return True
    return node.get("itemprop").lower() in ("author", "publisher", "keywords", "comment",
                                            "datepublished", "datemodified", "datecreated")


def is_boilerplate(node: Node) -> bool:
    """Furniture, or named like navigation, sharing, related links, comments, ads."""
    return is_furniture(node) or is_named_boilerplate(node)


def is_named_boilerplate(node: Node, strong_only: bool = False) -> bool:
    """Class, id or naming attributes say navigation, sharing, related links, comments, ads...

    Args:
        node: the element.
        strong_only: only names no article wrapper has (related, share, comment, ad, cookie...),
            not layout words (header, footer, sidebar, menu, meta) a page may wrap its body in.
    Bootstrap's responsive `hidden-xs`/`d-none d-md-block` are not here: they hide a column on
    small screens only, and often the article's.
    """
    names = node.classes + " " + " ".join(node.get(a).lower() for a in _NAMING_ATTRS if a in node.attrs)
    if not names.strip():
        return False
    fragments = [f for f in FRAGMENTS if f in names]
    words = [w for w in _SPLIT.split(names) if w in WORDS]
    if strong_only:
        return any(f in STRONG for f in fragments) or any(w in STRONG for w in words)
    return bool(fragments or words)


def _norm(text: str) -> str:
    """Arabic matching key: no hamza forms, tanween, tatweel or punctuation."""
    text = re.sub(r"[\u064b-\u065f\u0640]", "", text)
    text = text.translate(str.maketrans("أإآٱىة", "اااايه"))
    return re.sub(r"[^\w\s]", " ", text).strip().lower()


# a block that starts with one of these is a pointer elsewhere, not body text (verbs that also
# begin news sentences, such as شارك "took part" or انضم "joined", are deliberately absent)
_POINTERS = tuple(_norm(p) for p in """
اقرأ أيضا|اقرأ أيضًا|إقرأ أيضاً|اقرأ المزيد|اقرا ايضا|شاهد أيضا|شاهد أيضاً|طالع أيضا|طالع أيضاً|
اقرأ كذلك|للمزيد|المزيد من الأخبار|مواضيع ذات صلة|موضوعات ذات صلة|أخبار ذات صلة|ذات صلة|
مقالات ذات صلة|قصص ذات صلة|
الأكثر قراءة|الأكثر مشاهدة|تابعونا|لمتابعة آخر|انضم إلى قناة|انضموا إلى قناة|حمل تطبيق|
حمّل تطبيق|read more|related|see also""".replace("\n", "").split("|"))
_SHARE_WORDS = frozenset(_norm(w) for w in """فيسبوك فيس بوك تويتر إكس واتساب واتس آب تلغرام تيليغرام
تلجرام لينكدإن لينكد إن انستغرام إنستغرام يوتيوب بريد البريد الإلكتروني طباعة نسخ الرابط رابط
شارك مشاركة المقال x facebook twitter whatsapp telegram linkedin email e-mail print copy link
share""".split())
# "follow us on Telegram": a call to follow, subscribe or join that names a platform
_CALLS = tuple(_norm(w) for w in "تابعوا تابعونا تابع اشترك اشتركوا انضم انضموا حمل حمّل follow subscribe join".split())
_PLATFORMS = tuple(_norm(w) for w in """telegram تلغرام تيليغرام تلجرام تليجرام واتساب whatsapp فيسبوك
facebook تويتر twitter إكس يوتيوب youtube انستغرام إنستغرام instagram تيك توك tiktok تطبيق قناتنا
نشرتنا جوجل""".split())
_FOOTER_PHRASES = ("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "©", "all rights reserved",
                   "ملفات تعريف الارتباط", "ملفات الارتباط", "نستخدم الكوكيز", "this site uses cookies",
                   "appeared first on", "ظهرت المقالة", "ظهرت المشاركة")


def is_boilerplate_text(text: str, link_share: float) -> bool:
    """A block whose words say it is a pointer, a share bar, a copyright or cookie line.

    Args:
        text: the block's text.
        link_share: the fraction of it that is link text.
    """
    key = _norm(text)
    if not key:
        return True
    if link_share >= 0.8:
        return True
    if key.startswith(_POINTERS) and (len(text) <= 80 or link_share >= 0.4):
        return True
    if len(text) <= 120 and key.startswith(_CALLS) and any(p in key for p in _PLATFORMS):
        return True
    words = key.split()
    if len(words) <= 12 and all(w in _SHARE_WORDS for w in words):
        return True
    lowered = text.lower()
    return len(text) <= 300 and any(p in lowered for p in _FOOTER_PHRASES)
