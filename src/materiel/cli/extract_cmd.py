"""`materiel extract`: print extraction records without touching a database."""
from __future__ import annotations

import click

from materiel.cli import cli
from materiel.cli.common import FORMAT_CHOICES, FailureCounter, catalog_option, pipeline_for, published_option
from materiel.cli.output import dumps, print_events


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES["records"]), default="jsonl", show_default=True)
@published_option
@catalog_option
def extract_cmd(paths: tuple[str, ...], fmt: str, published: str | None, catalogs: tuple[str, ...]) -> None:
    """Extract events from files, folders or - (stdin) and print one record a document.

    Example:
        materiel extract article.txt --published 2025-01-20 --format table
    """
    pipeline = pipeline_for(catalogs)
    reader = FailureCounter()
    records = []
    for document in reader.documents(paths, published):
        record = pipeline(document).to_dict()
        if fmt == "jsonl":
            click.echo(dumps(record))
        else:
            records.append(record)
        for warning in record["warnings"]:
            click.echo(f"warning: {document.source}: {warning}", err=True)
    if fmt == "json":
        click.echo(dumps(records))
    elif fmt == "table":
        events = [{**e, "document": r["document"]["id"]} for r in records for e in r["events"]]
        print_events(events, "table", extra=("document",))
    reader.exit()
