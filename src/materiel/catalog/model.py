"""Catalog entries and the in-memory catalog with its lookups."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

if TYPE_CHECKING:
    from materiel.catalog.cities import CityTable

KINDS = ("equipment", "actor", "place", "source")


@dataclass(frozen=True)
class Entry:
    """One catalog entry of a kind (equipment, actor, place, source) with its names and facts."""

    kind: str
    id: str | None  # None only for places extraction found that no catalog lists (extract/unlisted.py)
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
        self.cities: CityTable | None = None

    @property
    def cities_loaded(self) -> bool:
        return self.cities is not None

    def add(self, entry: Entry) -> None:
        """Add or replace (an overlay overrides a shipped entry with the same id)."""
        self._by_kind[entry.kind][entry.id] = entry

    def get(self, kind: str, entry_id: str | None) -> Entry | None:
        entry = self._by_kind[kind].get(entry_id)  # None for an id of None: no entry has one
        if entry is None and kind == "place" and entry_id is not None and self.cities is not None:
            entry = self.cities.entry(entry_id)
        return entry

    def entries(self, kind: str, *, cities: bool = True) -> Iterable[Entry]:
        """Entries of a kind; places include the cities unless `cities` is False."""
        own = self._by_kind[kind].values()
        if kind == "place" and cities and self.cities is not None:
            return chain(own, (c for c in self.cities.entries() if c.id not in self._by_kind[kind]))
        return own

    def __iter__(self) -> Iterator[Entry]:
        for kind in KINDS:
            yield from self.entries(kind)
