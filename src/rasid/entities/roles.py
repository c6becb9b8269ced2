"""People named by their office: الرئيس الروسي, وزير الخارجية التركية, نظيره التركي.

A title (from the knowledge base's `titles` table) followed by a nisba adjective or a country
names the holder of that office in that country at the article's date. Rules, in order:
  * a name right after the title (الرئيس الروسي فلاديمير بوتين) speaks for itself: no role
    mention is made;
  * `counterpart` (نظيره التركي) takes the office of the person mentioned last and looks for
    its holder in the country named next;
  * the generic `minister` (الوزير التركي) only resolves to a minister already named in the
    article (after a full mention of Çavuşoğlu, الوزير التركي is Çavuşoğlu);
  * a dual title (الرئيسان التركي والروسي) names one holder per country;
  * a title after نائب, مستشار, مساعد, نجل… (نائب الرئيس السوداني) names someone else: no
    role mention is made.
Among several holders, one the article already names wins, then the latest in office.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rasid.document import Entity
from rasid.entities.gazetteer import TokenView, first_token_readings, scan, surface_offset
from rasid.entities.linking import entity_attrs
from rasid.kb import KBEntry, KnowledgeBase


@dataclass
class Mention:
    """An entity with the tokens it covers and its entry (None when unlinked)."""

    first: int
    last: int
    entity: Entity
    entry: KBEntry | None


# words (matching form) that, right before a title, name someone beside the office holder
_BESIDE_HOLDER = frozenset({"نايب", "نواب", "نايبا", "مستشار", "مستشاري", "مستشاره", "مساعد",
                            "مساعدي", "نجل", "ابن", "شقيق", "زوجه", "ارمله", "مبعوث", "ممثل",
                            "مندوب", "حرس", "مرافق", "مرافقي", "سكرتير", "مدير"})


def _someone_else(views: Sequence[TokenView], first: int) -> bool:
    """Whether the word right before a title makes the phrase name another person."""
    j = first - 1
    if j < 0 or not views[j].is_word:
        return False
    return any(f in _BESIDE_HOLDER for f, _ in first_token_readings(views[j].norm))


def next_word(views: Sequence[TokenView], i: int) -> int | None:
    """Index of the first word token after token i, or None."""
    for j in range(i + 1, len(views)):
        if views[j].is_word:
            return j
    return None


def nisba_of(kb: KnowledgeBase, norm: str) -> tuple[KBEntry, int] | None:
    """(country, letters of clitic to strip) when a word is a nisba adjective (والروسي)."""
    for form, strip in first_token_readings(norm):
        country = kb.nisba_exact(form)
        if country is not None:
            return country, strip
    return None


def pick_holder(kb: KnowledgeBase, role: str, country: str, year: int | None,
                named: Sequence[str]) -> KBEntry | None:
    """The holder of `role` in `country` in `year`: one already named first, else the latest."""
    holders = kb.holders(role, country, year)
    for h in holders:
        if h.id in named:
            return h
    if role == "minister" or not holders:
        return None
    return holders[0]


def resolve_titles(doc, views: Sequence[TokenView], kb: KnowledgeBase,
                   mentions: list[Mention], year: int | None) -> list[Mention]:
    """Role mentions for the titles in a document, given its name mentions.

    Args:
        doc: the document (for offsets).
        views: its tokens (`token_views`).
        kb: the knowledge base (titles, nisba table, office holders).
        mentions: the name mentions found so far, in document order.
        year: the article's year, or None (then the latest holder).
    Returns:
        New mentions (not overlapping `mentions`), in document order.
    """
    starts = {m.first: m for m in mentions}
    covered = set()
    for m in mentions:
        covered.update(range(m.first, m.last + 1))

    titles = scan(views, kb, accept=lambda m: True,
                  has_key=lambda k: kb.title(k) is not None, get=lambda k: (),
                  skip=lambda i: i in covered)
    out: list[Mention] = []
    for t in titles:
        role, number = kb.title(t.key)
        if _someone_else(views, t.first):
            continue  # نائب الرئيس السوداني, مستشار الرئيس اليمني: not the president
        nxt = next_word(views, t.last)
        if nxt is None:
            continue
        following = starts.get(nxt)
        if following is not None and following.entity.type == "PER":
            continue  # the name itself follows
        targets: list[tuple[str, int, int, int]] = []  # (country, first token, strip, last token)
        own = kb.title_country(t.key)  # خادم الحرمين الشريفين names Saudi Arabia itself
        if own is not None:
            country, of = own
            if of is not None and not (following is not None and following.entry is not None
                                       and following.entry.id == of):
                continue  # الأمين العام of something else
            own = country
        # the nisba must follow the title directly: رئيس الوزراء (الإسرائيلي is not one phrase
        nis = (nisba_of(kb, views[nxt].norm)
               if own is None and nxt not in covered and nxt == t.last + 1 else None)
        if own is not None:
            targets.append((own, t.first, -1, t.last))
        elif nis is not None:
            targets.append((nis[0].country, t.first, -1, nxt))
            if number == 2:
                nxt2 = next_word(views, nxt)
                if nxt2 == nxt + 1 and nxt2 not in covered and views[nxt2].norm.startswith("و"):
                    nis2 = nisba_of(kb, views[nxt2].norm)
                    if nis2 is not None and nis2[1] > 0:
                        targets.append((nis2[0].country, nxt2, nis2[1], nxt2))
        elif following is not None and following.entry is not None \
                and following.entry.feature == "country":
            targets.append((following.entry.country, t.first, -1, t.last))
        if not targets:
            continue
        after = next_word(views, targets[-1][3])
        if after is not None and after in starts and starts[after].entity.type == "PER":
            continue  # الرئيس الروسي فلاديمير بوتين: the name follows the title and nisba
        before = sorted([m for m in mentions + out if m.last < t.first], key=lambda m: m.first)
        named = [m.entry.id for m in before if m.entry is not None and m.entry.type == "PER"]
        roles = [role]
        source = "role"
        if role == "counterpart":
            source = "counterpart"
            ref = next((m.entry for m in reversed(before)
                        if m.entry is not None and m.entry.roles), None)
            if ref is None:
                continue
            roles = [r.role for r in ref.roles if r.covers(year)] or [r.role for r in ref.roles]
        for country, first, strip, last in targets:
            person = None
            for r in roles:
                person = pick_holder(kb, r, country, year, named)
                if person is not None:
                    break
            if person is None:
                continue
            rstart = t.rstart if strip < 0 else (
                views[first].rstart + surface_offset(views[first].surface, strip))
            ent = doc.span_from_restored(Entity, rstart, views[last].rend,
                                         **entity_attrs(person, source, 0.8))
            out.append(Mention(first, last, ent, person))
            named.append(person.id)
    return out


__all__ = ["Mention", "resolve_titles", "pick_holder", "nisba_of", "next_word"]
