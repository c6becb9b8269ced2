"""Organisations the knowledge base need not list, and countries for those it lists without one.

An organisation head (وزارة, السلطات, القوات البحرية — `org_heads.yaml`) followed, directly or
after one more word, by a nisba adjective names an organisation of that country: السلطات
الكويتية, وزارة الزراعة الأوكرانية. Such a mention is unlinked (no kb_id) but has a country. An
organisation already found without a country takes the nisba right after it.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from rasid.document import Entity
from rasid.entities.gazetteer import TokenView, first_token_readings, surface_offset
from rasid.entities.roles import Mention, next_word, nisba_of
from rasid.kb import KnowledgeBase

# words naming a person by what they do for an organisation (وزير الخارجية، الناطق باسم…)
PERSON_HEADS = frozenset({"وزير", "وزيره", "الوزير", "سفير", "السفير", "ناطق", "الناطق",
                          "متحدث", "المتحدث", "مسوول", "المسوول", "مدير", "رئيس", "نائب", "وكيل",
                          "قائد", "امين", "الامين", "مستشار", "عضو", "اعضاء", "ممثل", "مندوب"})


def after_title(views: Sequence[TokenView], kb: KnowledgeBase, i: int) -> bool:
    """Whether the word before token i is a title or office word (وزير الخارجية الأميركي)."""
    j = i - 1
    if j < 0 or not views[j].is_word:
        return False
    return any(f in PERSON_HEADS or kb.title(f) is not None
               for f, _ in first_token_readings(views[j].norm))


def _head_and_nisba(views, kb, i: int, covered: set[int]):
    """(letters to strip, last token, country) when an org head + nisba starts at token i."""
    n = len(views)
    for form, strip in first_token_readings(views[i].norm):
        j, key, heads = i, form, []
        while True:  # the head is one or two words
            if kb.is_org_head(key):
                heads.append(j)
            if not kb.is_org_head_prefix(key) or j + 1 >= n or not views[j + 1].is_word:
                break
            j += 1
            key = key + " " + views[j].norm
        for h in reversed(heads):
            for k in (h + 1, h + 2):
                if k >= n or any(x in covered or not views[x].is_word for x in range(h + 1, k + 1)):
                    break
                nis = nisba_of(kb, views[k].norm)
                if nis is not None and nis[1] == 0:
                    return strip, k, nis[0].country
    return None


def org_phrases(doc, views: Sequence[TokenView], kb: KnowledgeBase,
                mentions: list[Mention]) -> list[Mention]:
    """The mentions plus unlinked organisations made of a head and a nisba."""
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    added = []
    i = 0
    while i < len(views):
        v = views[i]
        found = None if not v.is_word or i in covered else _head_and_nisba(views, kb, i, covered)
        if found is not None and not found[0] and after_title(views, kb, i):
            found = None  # وزير الخارجية الأميركي is a person, not the ministry
        if found is None:
            i += 1
            continue
        strip, k, country = found
        ent = doc.span_from_restored(Entity, v.rstart + surface_offset(v.surface, strip),
                                     views[k].rend, type="ORG", country=country,
                                     source="org+nisba", confidence=0.7)
        added.append(Mention(i, k, ent, None))
        covered.update(range(i, k + 1))
        i = k + 1
    return mentions + added


def org_nisba(doc, views: Sequence[TokenView], kb: KnowledgeBase,
              mentions: list[Mention]) -> list[Mention]:
    """An organisation without a country followed by a nisba takes that country (in place)."""
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    for m in mentions:
        if m.entity.type != "ORG" or m.entity.country:
            continue
        nxt = next_word(views, m.last)
        if nxt is None or nxt in covered or nxt != m.last + 1:
            continue
        nis = nisba_of(kb, views[nxt].norm)
        if nis is None or nis[1]:
            continue
        attrs = {f.name: getattr(m.entity, f.name) for f in dataclasses.fields(m.entity)
                 if f.name not in ("start", "end", "text")}
        attrs["country"] = nis[0].country
        rs, _ = doc.restored_bounds(m.entity)
        m.entity = doc.span_from_restored(Entity, rs, views[nxt].rend, **attrs)
        m.last = nxt
        covered.add(nxt)
    return mentions
