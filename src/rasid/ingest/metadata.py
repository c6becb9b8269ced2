"""A page's metadata: title, publication date, URL, language and direction.

Each field is read from the sources outlets actually fill, most reliable first: Open Graph and
article meta tags, schema.org microdata and JSON-LD (`NewsArticle` and kin, inside `@graph` or
lists too), then the visible page (`<h1>`, `<time datetime>`, `<title>`). Dates are normalised
to YYYY-MM-DD as written on the page (no time-zone shift: the outlet's own calendar day).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime

from rasid.ingest.dom import Node

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
                  "report", "socialmediaposting", "webpage"}
_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                   "og:published_time", "published_time", "article.published", "pubdate",
                   "publish-date", "publish_date", "publishdate", "dc.date.issued", "dc.date", "dc:date",
                   "dcterms.date", "dcterms:created",
                   "dcterms.created", "date", "sailthru.date", "parsely-pub-date")
_TITLE_SEP = re.compile(r"\s+[|\-–—:»«·•]{1,2}\s+|\s*\|\s*")


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD from the date forms pages and feeds use, or None when unreadable.

    Args:
        value: ISO 8601 (`2024-03-05T10:00:00+03:00`), `2024/03/05`, `20240305`, RFC 822
            (`Tue, 05 Mar 2024 10:00:00 +0300`), or day-first `05/03/2024`; Arabic-Indic
            digits are read too.
    Returns:
        The calendar date as written (no time-zone conversion), or None.
    """
    if not value:
        return None
    text = str(value).strip().translate(_DIGITS)
    for pattern, order in ((r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
                           (r"(\d{4})(\d{2})(\d{2})(?:T|$)", "ymd"),
                           (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", "dmy")):
        m = re.match(pattern, text)
        if m:
            a, b, c = (int(g) for g in m.groups())
            return _valid(*((a, b, c) if order == "ymd" else (c, b, a)))
    try:
        d = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _valid(d.year, d.month, d.day)


_WEEKDAYS = "(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)"
# Gregorian month names as Arab outlets write them, Egyptian/Gulf and Levantine/Iraqi
_MONTH_WORDS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "اذار": 3,
    "أبريل": 4, "ابريل": 4, "إبريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "ايار": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7, "تموز": 7,
    "أغسطس": 8, "اغسطس": 8, "آب": 8, "اب": 8, "سبتمبر": 9, "أيلول": 9, "ايلول": 9,
    "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10, "تشرين الاول": 10, "نوفمبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12, "كانون الاول": 12}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_WORDS), key=len, reverse=True))
_NAMED_DATE = rf"(\d{{1,2}})\s+({_MONTH})(?:\s*[/،-]\s*(?:{_MONTH}))?\s*[،,]?\s*(\d{{4}})"
_DATE_LINE = re.compile(rf"^\s*(?:(?:نشر|تاريخ النشر|آخر تحديث)\s*(?:في)?\s*:?\s*)?"
                        rf"(?:{_WEEKDAYS}\s*[،,-]?\s*)?(?:((?:\d{{1,4}}[-/.]){{2}}\d{{1,4}})|{_NAMED_DATE})"
                        rf"(?:\s*[-،,|:]?\s*\d{{1,2}}:\d{{2}}(?:\s*(?:ص|م|AM|PM|am|pm))?)?\s*$")


def date_line(line: str) -> str | None:
    """The date of a line that is only a date (`الأربعاء 2009/11/18`, `18 فبراير/ شباط 2024`)."""
    m = _DATE_LINE.match(line.translate(_DIGITS))
    if not m:
        return None
    if m.group(1):
        return normalise_date(m.group(1))
    return _valid(int(m.group(4)), _MONTH_WORDS[m.group(3)], int(m.group(2)))


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d.isoformat() if 1900 <= d.year <= 2100 else None


def clean_title(title: str, site_names: list[str], headline: str | None = None) -> str:
    """A title without the outlet's name: `خبر | الجزيرة نت` -> `خبر`.

    Pieces around a separator are dropped from either end when they name the site (og:site_name,
    application-name, the JSON-LD publisher); when none does, a short piece (three words or
    fewer) at either end of a title more than twice its length is taken for the site's name. A
    title that starts with the page's headline is the headline.
    """
    title = _squash(title)
    if headline and len(headline) >= 8 and title.startswith(headline):
        return headline
    pieces = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(pieces) < 2:
        return title
    names = {_key(n) for n in site_names if n}
    count = len(pieces)
    while len(pieces) > 1 and _names_site(pieces[-1], names):
        pieces.pop()
    while len(pieces) > 1 and _names_site(pieces[0], names):
        pieces.pop(0)
    if len(pieces) == count:  # no piece names a known site: a short end piece is the site
        if len(pieces[-1].split()) <= 3 and len(" ".join(pieces[:-1])) > 2 * len(pieces[-1]):
            pieces.pop()
        elif len(pieces[0].split()) <= 3 and len(" ".join(pieces[1:])) > 2 * len(pieces[0]):
            pieces.pop(0)
    if len(pieces) == 1:
        return pieces[0].strip()
    # keep the original separators of what remains
    start = title.find(pieces[0])
    end = title.rfind(pieces[-1]) + len(pieces[-1])
    return title[start:end].strip() if 0 <= start < end else title


def _names_site(piece: str, names: set[str]) -> bool:
    key = _key(piece)
    return bool(key) and any(key == n or (len(key) >= 3 and len(n) >= 3 and (key in n or n in key))
                             for n in names)


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", "", text.lower()).replace("www", "")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _json_ld_objects(nodes: list[Node]) -> list[dict]:
    """Every JSON object in the page's JSON-LD scripts (lists and @graph flattened)."""
    found: list[dict] = []
    for script in nodes:
        if script.tag != "script" or "ld+json" not in script.get("type").lower():
            continue
        raw = script.text().strip().removeprefix("<!--").removesuffix("-->")
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # broken JSON-LD is common (trailing commas, stray quotes): read the one key we need
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
            if m:
                found.append({"@type": "NewsArticle", "datePublished": m.group(1)})
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def page_metadata(nodes: list[Node], headline: str | None, body: Node | None) -> dict[str, str]:
    """title, published (YYYY-MM-DD), url, language, dir of a parsed page (keys only when found).

    Args:
        nodes: every node of the page in document order, taken before boilerplate is removed
            (meta tags and JSON-LD live in <head> and scripts).
        headline: the visible headline chosen for the text, if any.
        body: the main-content node; a <time> in its article is preferred to one in a sidebar.
    """
    metas: dict[str, str] = {}
    itemprops: dict[str, str] = {}
    canonical = None
    for node in nodes:
        if node.tag == "meta":
            key = (node.get("property") or node.get("name") or node.get("itemprop")).lower().strip()
            content = node.get("content").strip()
            if key and content:
                metas.setdefault(key, content)
            if node.get("http-equiv").lower() == "content-language" and content:
                metas.setdefault("content-language", content)
        elif node.get("property") and node.get("content"):  # RDFa: <span property="dc:date">
            for key in node.get("property").lower().split():
                metas.setdefault(key, node.get("content").strip())
        if node.tag == "link" and "canonical" in node.get("rel").lower().split() and node.get("href"):
            canonical = canonical or node.get("href").strip()
        if node.get("itemprop").lower() == "datepublished" and node.tag != "meta":
            value = node.get("datetime") or node.get("content") or _squash(node.text())
            if value:
                itemprops.setdefault("datepublished", value)
    ld = [o for o in _json_ld_objects(nodes) if _types(o) & _ARTICLE_TYPES]
    ld.sort(key=lambda o: "webpage" in _types(o))  # an article before the page that holds it
    site_names = [metas.get("og:site_name", ""), metas.get("application-name", ""),
                  metas.get("twitter:site", "").lstrip("@")]
    for obj in ld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            site_names.append(publisher["name"])

    meta: dict[str, str] = {}
    for raw in (metas.get("og:title"), _ld_value(ld, "headline"), metas.get("twitter:title"),
                headline, _title_element(nodes)):
        title = clean_title(raw, site_names, headline) if raw and _squash(raw) else ""
        # an og:title that is only the outlet's name ("الجزيرة نت") is not the article's title
        if title and not _names_site(title, {_key(n) for n in site_names if n}):
            meta["title"] = title
            break

    candidates = [metas.get("article:published_time"), metas.get("og:article:published_time"),
                  itemprops.get("datepublished"), _ld_value(ld, "datePublished"), _time_near(nodes, body)]
    candidates += [metas.get(k) for k in _PUBLISHED_KEYS] + [_time_near(nodes, None)]
    candidates += [_ld_value(ld, "dateCreated"), metas.get("article:modified_time"),
                   _ld_value(ld, "dateModified")]
    for raw in candidates:
        date = normalise_date(raw)
        if date:
            meta["published"] = date
            break

    urls = [canonical, metas.get("og:url"), _ld_url(ld)]
    absolute = [u for u in urls if u and u.startswith(("http://", "https://"))]
    url = absolute[0] if absolute else next((u for u in urls if u), None)
    if url:
        meta["url"] = url

    html_node = next((n for n in nodes if n.tag == "html"), None)
    lang = (html_node.get("lang") or html_node.get("xml:lang")) if html_node is not None else ""
    lang = lang or metas.get("content-language") or metas.get("og:locale", "").replace("_", "-")
    if lang.strip():
        meta["language"] = lang.strip().split(",")[0].strip()
    body_node = next((n for n in nodes if n.tag == "body"), None)
    direction = (html_node.get("dir") if html_node is not None else "") or \
                (body_node.get("dir") if body_node is not None else "")
    if direction.lower() in ("rtl", "ltr"):
        meta["dir"] = direction.lower()
    return meta


def _ld_value(objects: list[dict], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _ld_url(objects: list[dict]) -> str | None:
    for obj in objects:
        entity = obj.get("mainEntityOfPage")
        if isinstance(entity, dict):
            entity = entity.get("@id") or entity.get("url")
        for value in (obj.get("url"), entity):
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                return value
    return None


def _time_near(nodes: list[Node], body: Node | None) -> str | None:
    """The first <time datetime> in the body's article (any on the page when body is None)."""
    scope = None
    if body is not None:
        scope = next((n for n in (body, *body.ancestors()) if n.tag in ("article", "main")), body)
    for t in nodes:
        if t.tag == "time" and t.get("datetime") and (scope is None or scope is t
                                                      or scope in t.ancestors()):
            return t.get("datetime")
    return None


def _title_element(nodes: list[Node]) -> str | None:
    node = next((n for n in nodes if n.tag == "title" and n.parent is not None
                 and n.parent.tag in ("head", "html", "#root")), None)
    return node.text() if node is not None else None
