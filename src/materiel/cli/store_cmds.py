"""Commands over the store: ingest, events, show, demo, schema."""
from __future__ import annotations

import json
import sys
from importlib import resources

import click

from materiel.cli import cli
from materiel.cli.common import FORMAT_CHOICES, FailureCounter, catalog_option, db_option, pipeline_for, published_option
from materiel.cli.highlight import highlight
from materiel.cli.output import print_events


def ingest_paths(paths, db: str | None, published: str | None, catalogs) -> tuple[dict[str, int], FailureCounter]:
    """Extract and store documents; returns the summary counts and the failure counter."""
    from materiel.store import open_store

    pipeline = pipeline_for(catalogs)
    reader = FailureCounter()
    summary = {"new": 0, "unchanged": 0, "events": 0, "not_extracted": 0}
    with open_store(db) as store:
        # Streamed, not listed first: a large batch is never held in memory; the bar shows on a terminal.
        with click.progressbar(reader.documents(paths, published), label="ingesting", file=sys.stderr,
                               show_pos=True) as bar:
            for document in bar:
                record = pipeline(document)
                if store.add_record(record):
                    summary["new"] += 1
                    summary["events"] += len(record.events)
                    summary["not_extracted"] += record.status != "extracted"
                else:
                    summary["unchanged"] += 1
    return summary, reader


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@catalog_option
def ingest_cmd(paths, db, published, catalogs) -> None:
    """Read documents, extract their events and store both.

    Example:
        materiel ingest articles/ feed.jsonl --db events.db
    """
    summary, reader = ingest_paths(paths, db, published, catalogs)
    click.echo(f"documents: {summary['new']} new, {summary['unchanged']} unchanged, {reader.failed} failed; "
               f"events: {summary['events']}" + (f"; not extracted (language): {summary['not_extracted']}" if summary["not_extracted"] else ""))
    reader.exit()


@cli.command("events")
@db_option
@click.option("--type", "etype", default=None, help="Event type (transfer, deployment, ...).")
@click.option("--actor", default=None, help="Actor id or name.")
@click.option("--origin", default=None, help="Origin id or name.")
@click.option("--destination", default=None, help="Destination id or name.")
@click.option("--equipment", default=None, help="Equipment id, name or class.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events dated on or after.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events dated on or before.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES["events"]), default="table", show_default=True)
def events_cmd(db, etype, actor, origin, destination, equipment, since, until, fmt) -> None:
    """Query stored events.

    Example:
        materiel events --type transfer --destination Mali --format csv
    """
    from materiel.store import open_store

    with open_store(db) as store:
        events = store.query_events(type=etype, actor=actor, origin=origin, destination=destination,
                                    equipment=equipment, since=since, until=until)
    print_events(events, fmt, extra=("document_id",))


@cli.command("show")
@click.argument("doc_id")
@db_option
@click.option("--color/--no-color", default=None, help="Force or disable colours (default: when a terminal).")
def show_cmd(doc_id, db, color) -> None:
    """Print a stored document with its mentions and event sentences highlighted.

    Example:
        materiel show 3f2a9c
    """
    from materiel.store import open_store

    with open_store(db) as store:
        record = store.get_record(doc_id)
    click.echo(highlight(record.to_dict(), record.document.text), color=color)


@cli.command("demo")
@db_option
def demo_cmd(db) -> None:
    """Ingest the bundled sample articles and print the events table.

    Example:
        materiel demo --db demo.db
    """
    samples = resources.files("materiel") / "samples"
    with resources.as_file(samples) as folder:
        summary, reader = ingest_paths([str(folder)], db, None, ())
    click.echo(f"documents: {summary['new']} new, {summary['unchanged']} unchanged; events: {summary['events']}")
    from materiel.store import open_store

    with open_store(db) as store:
        print_events(store.query_events(), "table")
    reader.exit()


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the extraction record.

    Example:
        materiel schema > record.schema.json
    """
    text = (resources.files("materiel") / "schemas" / "record.schema.json").read_text(encoding="utf-8")
    click.echo(json.dumps(json.loads(text), indent=2))
