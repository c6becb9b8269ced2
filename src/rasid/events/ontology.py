"""PLOVER 2.0 types and modes, and their mapping to ACLED (data in resources/events/ontology.yaml)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping

from rasid.data import load_yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

_CIVILIAN = {"civilians", "children", "protesters", "schools", "bakeries", "medical points",
             "hospitals"}


@lru_cache(maxsize=1)
def ontology() -> dict[str, Any]:
    """The parsed ontology file, checked to hold exactly PLOVER 2.0's 16 types."""
    data = load_yaml("events", "ontology.yaml")
    types = tuple(data["types"])
    if set(types) != set(PLOVER_TYPES):
        raise ValueError("resources/events/ontology.yaml must define exactly the 16 PLOVER 2.0 "
                         f"types; it has {sorted(types)}")
    return data


def modes(event_type: str) -> tuple[str, ...]:
    """The modes a type allows."""
    return tuple(ontology()["types"][event_type].get("modes") or {})


def acled_for(event_type: str, mode: str | None,
              targets: Iterable[Mapping[str, Any]] = ()) -> dict[str, str] | None:
    """ACLED {event_type, sub_event_type} for a PLOVER type/mode, or None where ACLED has none.

    Args:
        event_type: a PLOVER type.
        mode: its mode or None.
        targets: the event's targets; an ASSAULT without mode on civilians only is
            Violence against civilians.
    Returns:
        a new dict, or None.
    """
    spec = ontology()["types"][event_type]
    mode_spec = (spec.get("modes") or {}).get(mode) or {}
    acled = mode_spec.get("acled", spec.get("acled"))
    names = {(t.get("name_en") or "").lower() for t in targets}
    if event_type == "ASSAULT" and mode is None and names and names <= _CIVILIAN:
        acled = ontology()["civilian_assault"]
    return dict(acled) if acled else None
