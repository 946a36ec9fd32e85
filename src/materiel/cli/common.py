"""Options and helpers shared by several commands."""
from __future__ import annotations

from typing import Iterable, Iterator

import click

from materiel.models import Document

FORMAT_CHOICES = {"records": ("jsonl", "json", "table"), "events": ("table", "jsonl", "csv")}

catalog_option = click.option("--catalog", "catalogs", multiple=True, type=click.Path(dir_okay=False),
                              help="Catalog overlay file (JSON Lines); repeatable. Also MATERIEL_CATALOG.")
db_option = click.option("--db", default=None, metavar="URL", help="Store URL or file path (default MATERIEL_DB or ./materiel.db).")
published_option = click.option("--published", default=None, metavar="YYYY-MM-DD",
                                help="Publication date for inputs that carry none (relative dates count from it).")


def pipeline_for(catalogs: Iterable[str]):
    """The extraction pipeline with any catalog overlays applied."""
    from materiel.catalog import load_catalog
    from materiel.extract.pipeline import Pipeline, default_pipeline

    catalogs = tuple(catalogs)
    return Pipeline(load_catalog(catalogs)) if catalogs else default_pipeline()


class FailureCounter:
    """Reads documents, printing one stderr line a bad input and counting them."""

    def __init__(self) -> None:
        self.failed = 0

    def documents(self, paths: Iterable[str], published: str | None) -> Iterator[Document]:
        from materiel.ingest import Failure, read_paths

        for item in read_paths(paths, published=published):
            if isinstance(item, Failure):
                self.failed += 1
                click.echo(f"error: {item}", err=True)
            else:
                yield item

    def exit(self) -> None:
        if self.failed:
            raise SystemExit(1)
