"""`materiel catalog ...`: stats, search, show and validate over the reference catalogs."""
from __future__ import annotations

import click

from materiel.cli import cli
from materiel.cli.common import catalog_option
from materiel.cli.output import dumps, table


@cli.group("catalog")
def catalog_group() -> None:
    """Inspect the reference catalogs (equipment, actors, places, sources)."""


def _load(catalogs):
    from materiel.catalog import load_catalog

    return load_catalog(catalogs)


@catalog_group.command("stats")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@catalog_option
def stats_cmd(fmt, catalogs) -> None:
    """Counts by kind, by equipment class and by producer country.

    Example:
        materiel catalog stats --format json
    """
    from materiel.catalog.stats import catalog_stats

    stats = catalog_stats(_load(catalogs))
    if fmt == "json":
        click.echo(dumps(stats))
        return
    rows = [{"count": str(v), "what": k} for k, v in stats.items() if isinstance(v, int)]
    click.echo(table(rows, ("what", "count")))
    for key in ("equipment_by_class", "equipment_by_producer", "places_by_kind", "actors_by_kind", "sources_by_type"):
        click.echo(f"\n{key.replace('_', ' ')}:")
        click.echo(table([{"value": str(k), "count": str(v)} for k, v in stats[key].items()], ("value", "count")))


@catalog_group.command("search")
@click.argument("query")
@click.option("--limit", default=10, show_default=True)
@catalog_option
def search_cmd(query, limit, catalogs) -> None:
    """Fuzzy search across every kind of entry.

    Example:
        materiel catalog search "tigr"
    """
    from materiel.catalog.stats import search

    rows = [{"kind": e.kind, "id": e.id, "name": e.name, "matched": name, "score": f"{score:.0f}",
             "class": str(e.get("class") or e.get("kind") or e.get("type") or "")}
            for e, name, score in search(_load(catalogs), query, limit=limit)]
    click.echo(table(rows, ("score", "kind", "id", "name", "matched", "class")))


def show_row(query: str, entry) -> dict:
    if entry is None:
        return {"query": query, "found": False, "id": None, "kind": None, "name": None}
    row = {"query": query, "found": True, "id": entry.id, "kind": entry.kind, "name": entry.name}
    if entry.kind == "equipment":
        row.update({"class": entry.get("class"), "producer": entry.get("producer"), "parent": entry.get("parent")})
    else:
        row.update({k: entry.get(k) for k in ("kind", "country", "lat", "lon", "type", "affiliation") if entry.get(k) is not None})
        row["kind"], row["subkind"] = entry.kind, entry.get("kind") or entry.get("type")
    return row


@catalog_group.command("show")
@click.argument("names", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default="table", show_default=True)
@catalog_option
def show_cmd(names, fmt, catalogs) -> None:
    """Show the entry each name resolves to, in order; exit 1 if any is unknown.

    Example:
        materiel catalog show T-72B3 Tigr "Bayraktar TB2" --format jsonl
    """
    from materiel.catalog.stats import find_exact

    catalog = _load(catalogs)
    rows = [show_row(name, find_exact(catalog, name)) for name in names]
    if fmt == "jsonl":
        for row in rows:
            click.echo(dumps(row))
    else:
        flat = [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]
        click.echo(table(flat, ("query", "found", "kind", "id", "name", "class", "producer", "parent")))
    if not all(r["found"] for r in rows):
        raise SystemExit(1)


@catalog_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate_cmd(files) -> None:
    """Check user overlay files against the catalog schemas; one line an invalid entry.

    Example:
        materiel catalog validate my_equipment.jsonl
    """
    from materiel.catalog.validate import validate_overlay

    problems = 0
    for path in files:
        found = validate_overlay(path)
        for problem in found:
            click.echo(f"error: {problem}", err=True)
        problems += len(found)
        if not found:
            click.echo(f"{path}: ok")
    if problems:
        raise SystemExit(1)
