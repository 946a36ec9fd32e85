"""The Store: every read and write of extraction records goes through these methods."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self

import sqlalchemy as sa

from materiel.errors import StoreError
from materiel.models import Document, Record
from materiel.store import queries, read, rows, tables, write
from materiel.store.migrations import MIGRATIONS, Migrations


@contextmanager
def _errors(action: str) -> Iterator[None]:
    """Re-raise database errors as StoreError, naming what was being done."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"Could not {action}: {exc.__class__.__name__}: {exc}") from exc


class Store:
    """Extraction records in a SQL database (SQLite or PostgreSQL), via SQLAlchemy Core."""

    def __init__(self, engine: sa.Engine, *, migrations: Migrations = MIGRATIONS) -> None:
        self.engine = engine
        self._migrations = migrations

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def migrate(self, dry_run: bool = False) -> list[str]:
        """Apply pending migrations in order and return their names; with `dry_run`, only list them."""
        with _errors("migrate the store"):
            return self._migrations.apply(self.engine, dry_run=dry_run)

    def add_record(self, record: Record) -> bool:
        """Store a record (document, mentions, events and their parts) in one transaction.

        Returns:
            True if the document was new; False if it was already stored, and then nothing is written.
        Raises:
            StoreError: the database refused a row; nothing of this document was kept.
        """
        doc_id = record.document.id
        if self._has_document(doc_id):
            return False
        try:
            with self.engine.begin() as conn:  # any exception inside rolls back the whole record
                write.insert_record(conn, record)
        except sa.exc.IntegrityError as exc:
            if self._has_document(doc_id):  # stored by someone else since the check above
                return False
            raise StoreError(f"Could not store document {doc_id}: {exc.orig}") from exc
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"Could not store document {doc_id}: {exc}") from exc
        return True

    def get_document(self, doc_id: str) -> Document:
        """The document with id `doc_id` (or a unique prefix of it, at least 6 characters).

        Raises:
            NotFound: no such document, or the prefix is ambiguous.
        """
        with self._read("read a document") as conn:
            return rows.document_from_row(read.document_row(conn, doc_id))

    def get_record(self, doc_id: str) -> Record:
        """The stored record of a document (id or unique prefix); equal to what was added."""
        with self._read("read a record") as conn:
            return read.load_record(conn, doc_id)

    def documents(self, limit: int | None = None) -> list[Document]:
        """Stored documents in the order they were added (at most `limit`)."""
        d = tables.documents
        query = sa.select(d).order_by(d.c.seq, d.c.id).limit(limit)
        with self._read("list documents") as conn:
            return [rows.document_from_row(r) for r in conn.execute(query).mappings()]

    def query_events(self, *, type: str | None = None, actor: str | None = None,
                     origin: str | None = None, destination: str | None = None,
                     equipment: str | None = None, since: str | None = None,
                     until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Events matching every given filter, as record dicts plus event_id, document_id, published.

        The filter rules (case-insensitive refs, how month/year dates meet since/until) are
        documented on ``materiel.store.queries.EventFilter``; the order on ``select_events``.
        """
        flt = queries.EventFilter(type, actor, origin, destination, equipment, since, until)
        query = queries.select_events(flt, limit)
        with self._read("query events") as conn:
            found = conn.execute(query).mappings().all()
            events = read.load_events(conn, found)
        return [{**e.to_dict(), "event_id": r["id"], "document_id": r["document_id"],
                 "published": r["published"]} for r, e in zip(found, events)]

    def counts(self) -> dict[str, int]:
        """The number of rows in each table."""
        with self._read("count rows") as conn:
            return {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0
                    for t in tables.metadata.sorted_tables}

    def close(self) -> None:
        """Release the store's connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _has_document(self, doc_id: str) -> bool:
        d = tables.documents
        with self._read("look up a document") as conn:
            return conn.scalar(sa.select(d.c.id).where(d.c.id == doc_id)) is not None

    @contextmanager
    def _read(self, action: str) -> Iterator[sa.Connection]:
        with _errors(action), self.engine.connect() as conn:
            yield conn
