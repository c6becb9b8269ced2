"""Hand-built Documents for event tests: entities and dates placed by hand, no other stage."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from rasid.document import DCT, DateMention, Document, Entity, Repair
from rasid.text import Segmenter, matching_form

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@dataclass
class FakeEntry:
    id: str
    type: str
    name_ar: str
    name_en: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


class FakeKB:
    """The KnowledgeBase interface the event stage uses: get(kb_id), lookup(norm), nisba(norm)."""

    def __init__(self, entries=(), nisbas=None):
        self.entries = {e.id: e for e in entries}
        self.nisbas = {matching_form(k): v for k, v in (nisbas or {}).items()}

    def get(self, kb_id):
        return self.entries.get(kb_id)

    def lookup(self, norm_phrase):
        return None

    def nisba(self, norm_word):
        kid = self.nisbas.get(norm_word) or self.nisbas.get("ال" + norm_word)
        return self.entries.get(kid) if kid else None


COUNTRIES = [FakeEntry("RU", "GPE", "روسيا", "Russia", "RU", 61.5, 105.3, "country"),
             FakeEntry("TR", "GPE", "تركيا", "Turkey", "TR", 39.0, 35.2, "country"),
             FakeEntry("SY", "GPE", "سوريا", "Syria", "SY", 35.0, 38.5, "country"),
             FakeEntry("IR", "GPE", "إيران", "Iran", "IR", 32.0, 53.0, "country"),
             FakeEntry("SA", "GPE", "السعودية", "Saudi Arabia", "SA", 24.0, 45.0, "country"),
             FakeEntry("YE", "GPE", "اليمن", "Yemen", "YE", 15.5, 48.0, "country")]
NISBAS = {"الروسي": "RU", "الروسية": "RU", "التركي": "TR", "التركية": "TR", "السوري": "SY",
          "الإيراني": "IR", "السعودي": "SA", "اليمني": "YE"}


def fake_kb() -> FakeKB:
    return FakeKB(COUNTRIES, NISBAS)


def make_doc(text: str, entities=(), dates=(), dct: str | None = None, repairs=()) -> Document:
    """A Document with sentences/tokens from the real text stage and hand-placed layers.

    entities: (surface, type, name_en, country, lat, lon) - every occurrence in the text is tagged.
    dates: (surface, value, precision).
    repairs: (original_surface, restored) - every occurrence is repaired.
    """
    doc = Document(text=text, id="hand", dct=DCT(dct, inferred=False))
    reps = []
    for before, after in repairs:
        for m in re.finditer(re.escape(before), text):
            reps.append(Repair(m.start(), m.end(), before, after=after, kind="test"))
    doc = doc.with_restoration(reps)
    doc = Segmenter()(doc)
    ents = []
    taken = set()
    for surface, etype, name_en, country, lat, lon in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(re.escape(surface), text):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            ents.append(Entity(m.start(), m.end(), surface, type=etype, kb_id=name_en,
                               name_ar=surface, name_en=name_en, country=country, lat=lat, lon=lon))
    ds = []
    for surface, value, precision in dates:
        for m in re.finditer(re.escape(surface), text):
            ds.append(DateMention(m.start(), m.end(), surface, value=value, precision=precision))
    return doc.with_layers(entities=sorted(ents, key=lambda e: e.start),
                           dates=sorted(ds, key=lambda d: d.start))


def seed_doc_from_gold() -> Document | None:
    """The seed article with the gold analysis' repairs, entities and dates as its layers."""
    seed = SHARED / "seed" / "idlib-ceasefire-2020.txt"
    gold_path = SHARED / "gold" / "idlib-ceasefire-2020.json"
    if not seed.exists() or not gold_path.exists():
        return None
    text = seed.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = Document(text=text, id="seed", dct=DCT(gold["dct"]["value"], inferred=True))
    doc = doc.with_restoration([Repair(r["start"], r["end"], r["before"], after=r["after"],
                                       kind=r["kind"]) for r in gold["repairs"]])
    doc = Segmenter()(doc)
    clean = doc.clean
    ents, taken = [], set()
    for g in sorted(gold["entities"], key=lambda g: -len(g["text"])):
        for m in re.finditer(re.escape(g["text"]), text):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            ents.append(Entity(m.start(), m.end(), g["text"], type=g["type"],
                               kb_id=g["name_en"], name_ar=g["name_ar"], name_en=g["name_en"],
                               country=g.get("country"), lat=g.get("lat"), lon=g.get("lon"),
                               feature=g.get("feature")))
    # a person is named again by the last word of the name (بوتين, أردوغان, بورينكوف)
    for g in gold["entities"]:
        if g["type"] != "PER" or " " not in g["text"]:
            continue
        last = g["text"].split()[-1]
        for m in re.finditer(r"(?<![\w])" + re.escape(last) + r"(?![\w])", text):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            ents.append(Entity(m.start(), m.end(), last, type="PER", kb_id=g["name_en"],
                               name_ar=g["name_ar"], name_en=g["name_en"], country=g.get("country")))
    ds = []
    for g in gold["dates"]:
        s = g["first_start"]
        ds.append(DateMention(s, s + len(g["text"]), text[s:s + len(g["text"])],
                              value=g["value"].split("/")[0] if g["precision"] != "season" else g["value"],
                              precision=g["precision"]))
    del clean
    return doc.with_layers(entities=sorted(ents, key=lambda e: e.start),
                           dates=sorted(ds, key=lambda d: d.start))


def load_gold(name="idlib-ceasefire-2020.json"):
    return json.loads((SHARED / "gold" / name).read_text(encoding="utf-8"))


# Whole-pipeline rule tests: one sentence through every stage, dated as a 2015 news article.
RULE_DCT = "2015-08-01"


def run_rule(pipeline, text, id="rule"):
    """The events the whole pipeline finds in `text`."""
    return pipeline.run_text(text, id=id, published=RULE_DCT).events


def of_type(evs, etype, trigger=None):
    """The first event of `etype` (whose trigger contains `trigger`); fails listing what was found."""
    found = [e for e in evs if e.type == etype and (trigger is None or trigger in e.trigger.text)]
    assert found, [(e.type, e.trigger.text) for e in evs]
    return found[0]
