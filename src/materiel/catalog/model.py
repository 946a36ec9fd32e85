"""Catalog entries and the in-memory catalog with its lookups."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping

KINDS = ("equipment", "actor", "place", "source")


@dataclass(frozen=True)
class Entry:
    """One catalog entry of a kind (equipment, actor, place, source) with its names and facts."""

    kind: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


class Catalog:
    """All entries by kind and id. Built by `load_catalog`; read by the matchers and the CLI."""

    def __init__(self) -> None:
        self._by_kind: dict[str, dict[str, Entry]] = {k: {} for k in KINDS}
        self.cities_loaded = False

    def add(self, entry: Entry) -> None:
        """Add or replace (an overlay overrides a shipped entry with the same id)."""
        self._by_kind[entry.kind][entry.id] = entry

    def get(self, kind: str, entry_id: str | None) -> Entry | None:
        return self._by_kind[kind].get(entry_id) if entry_id is not None else None

    def entries(self, kind: str) -> Iterable[Entry]:
        return self._by_kind[kind].values()

    def __iter__(self) -> Iterator[Entry]:
        for kind in KINDS:
            yield from self._by_kind[kind].values()

    def count(self, kind: str, **where: Any) -> int:
        """How many entries of `kind` have every data field in `where` equal to its value."""
        return sum(1 for e in self.entries(kind) if all(e.get(k) == v for k, v in where.items()))

    def ancestors(self, equipment_id: str) -> list[Entry]:
        """The parent chain of an equipment entry, nearest first."""
        chain: list[Entry] = []
        entry = self.get("equipment", equipment_id)
        while entry is not None and entry.get("parent") and len(chain) < 10:
            entry = self.get("equipment", entry.get("parent"))
            if entry is not None:
                chain.append(entry)
        return chain
