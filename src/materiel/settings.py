"""Settings in one table: the CLI, the docs and their test all read it."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = (
    Setting("db", "MATERIEL_DB", "sqlite:///materiel.db",
            "Store URL: a SQLAlchemy URL (sqlite:///file.db, postgresql+psycopg://...) or a file path."),
    Setting("catalog", "MATERIEL_CATALOG", "",
            "Extra catalog overlay files (JSON Lines), separated by the OS path separator."),
)


def setting(name: str) -> str:
    """A setting's value: its environment variable, else its default."""
    for s in SETTINGS:
        if s.name == name:
            return os.environ.get(s.env) or s.default
    raise KeyError(name)
