"""Exports of stored analyses: JSONL (whole documents), CSV (ACLED-like) and GeoJSON (events).

The CSV follows ACLED's column names where rasid has the same notion (event_date, event_type,
sub_event_type, actor1, actor2, location, latitude, longitude, source, notes), so analysts
can load it beside ACLED data; rasid's own fields (PLOVER type and mode, modality, confidence,
document id) follow. Events without an ACLED equivalent keep an empty event_type.
"""
from __future__ import annotations

import csv
import json
from typing import Iterable, Iterator, TextIO

ACLED_COLUMNS = ["event_id", "event_date", "year", "event_type", "sub_event_type", "actor1",
                 "actor2", "country", "location", "latitude", "longitude", "source", "notes",
                 "plover_type", "plover_mode", "modality", "negated", "confidence", "doc_id",
                 "trigger"]


def acled_rows(events: Iterable[dict]) -> Iterator[dict]:
    """Flat store rows -> ACLED-like CSV rows."""
    for e in events:
        date = e.get("date") or ""
        yield {
            "event_id": f"{e['doc_id']}#{e['n']}", "event_date": date.split("/")[0][:10],
            "year": date[:4], "event_type": e.get("acled_type") or "",
            "sub_event_type": e.get("acled_sub_type") or "", "actor1": e.get("actor1") or "",
            "actor2": e.get("actor2") or "", "country": e.get("country") or "",
            "location": e.get("location") or "", "latitude": _coord(e.get("lat")),
            "longitude": _coord(e.get("lon")), "source": e.get("source") or "",
            "notes": e.get("sentence") or "", "plover_type": e.get("type") or "",
            "plover_mode": e.get("mode") or "", "modality": e.get("modality") or "",
            "negated": int(bool(e.get("negated"))), "confidence": e.get("confidence"),
            "doc_id": e["doc_id"], "trigger": e.get("trigger") or "",
        }


def write_csv(events: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n = 0
    for n, row in enumerate(acled_rows(events), start=1):
        writer.writerow(row)
    return n


def write_jsonl(documents: Iterable[dict], out: TextIO) -> int:
    n = 0
    for n, doc in enumerate(documents, start=1):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return n


def geojson(events: Iterable[dict]) -> dict:
    """A FeatureCollection of the events that have coordinates (GeoJSON is lon, lat)."""
    features = []
    for row in acled_rows(events):
        if row["latitude"] == "" or row["longitude"] == "":
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point",
                                      "coordinates": [row["longitude"], row["latitude"]]}})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[dict], out: TextIO) -> int:
    collection = geojson(events)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def _coord(value) -> float | str:
    return "" if value is None else round(float(value), 5)
