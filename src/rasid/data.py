"""Access to the data files shipped under `rasid/resources/` (loaded once, on first use)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


def resource_path(*parts: str) -> Path:
    """Path of a shipped data file, e.g. resource_path("text", "clitics.yaml")."""
    return Path(str(resources.files("rasid").joinpath("resources", *parts)))


@lru_cache(maxsize=None)
def load_yaml(*parts: str):
    """Parse a shipped YAML file (cached: callers must not mutate the result)."""
    return yaml.safe_load(resource_path(*parts).read_text(encoding="utf-8"))
