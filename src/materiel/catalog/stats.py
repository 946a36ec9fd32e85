"""Counts and fuzzy search over a catalog."""
from __future__ import annotations

from collections import Counter
from typing import Any

from materiel.catalog.model import Catalog, Entry

BASE_KINDS = ("base", "airfield", "naval_port", "range")


def catalog_stats(catalog: Catalog) -> dict[str, Any]:
    """Counts by kind, plus breakdowns by equipment class, producer, actor and place kind."""
    actors = list(catalog.entries("actor"))
    places = list(catalog.entries("place"))
    equipment = list(catalog.entries("equipment"))
    return {
        "equipment": len(equipment),
        "actors": len(actors),
        "states": sum(a.get("kind") == "state" for a in actors),
        "armed_groups": sum(a.get("kind") in ("armed_group", "pmc") for a in actors),
        "places": len(places),
        "bases": sum(p.get("kind") in BASE_KINDS for p in places),
        "sources": len(list(catalog.entries("source"))),
        "equipment_by_class": dict(sorted(Counter(e.get("class") for e in equipment).items())),
        "equipment_by_producer": dict(Counter(e.get("producer") for e in equipment).most_common()),
        "actors_by_kind": dict(sorted(Counter(a.get("kind") for a in actors).items())),
        "places_by_kind": dict(sorted(Counter(p.get("kind") for p in places).items())),
        "sources_by_type": dict(sorted(Counter(s.get("type") for s in catalog.entries("source")).items())),
    }


def search(catalog: Catalog, query: str, *, limit: int = 10, kinds: tuple[str, ...] = ("equipment", "actor", "place", "source")) -> list[tuple[Entry, str, float]]:
    """Entries whose name or an alias is closest to `query` (rapidfuzz WRatio), best first."""
    from rapidfuzz import fuzz, process

    names: list[str] = []
    owners: list[Entry] = []
    for kind in kinds:
        for entry in catalog.entries(kind):
            for name in entry.names:
                names.append(name)
                owners.append(entry)
    best: dict[tuple[str, str], tuple[Entry, str, float]] = {}
    for name, score, n in process.extract(query, names, scorer=fuzz.WRatio, limit=limit * 5, processor=str.lower):
        entry = owners[n]
        key = (entry.kind, entry.id)
        if key not in best or best[key][2] < score:
            best[key] = (entry, name, score)
    return sorted(best.values(), key=lambda t: (-t[2], t[0].name))[:limit]


def find_exact(catalog: Catalog, name: str) -> Entry | None:
    """The entry a name resolves to through the same matcher extraction uses (equipment first)."""
    from materiel.extract.gazetteer import phrase_index, rank
    from materiel.extract.tokens import tokenize

    targets = phrase_index(catalog).lookup(tuple(tokenize(name).key))
    for target in sorted(targets, key=lambda t: rank(t, catalog)):
        return catalog.get(target.kind, target.id)
    return None
