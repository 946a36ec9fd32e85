"""The insert steps that store one extraction record; the caller owns the transaction."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from materiel.models import Event, Record
from materiel.store import rows, tables


def insert_record(conn: sa.Connection, record: Record) -> None:
    """Insert the document row first, then its mentions and events (with their children).

    Raises:
        sqlalchemy.exc.IntegrityError: the document is already stored (or a row is invalid).
    """
    doc_id = record.document.id
    d = tables.documents
    next_seq = sa.select(sa.func.coalesce(sa.func.max(d.c.seq), 0) + 1).scalar_subquery()
    conn.execute(sa.insert(d).values({**rows.document_row(record), "seq": next_seq}))
    insert_rows(conn, tables.mentions, rows.mention_rows(doc_id, record.mentions))
    for position, event in enumerate(record.events):
        insert_event(conn, doc_id, position, event)


def insert_event(conn: sa.Connection, doc_id: str, position: int, event: Event) -> int:
    """Insert one event, its items, attributions and evidence; return the event's id."""
    result = conn.execute(sa.insert(tables.events).values(rows.event_row(doc_id, position, event)))
    event_id: int = result.inserted_primary_key[0]  # type: ignore[index]  # always set for INSERT
    insert_rows(conn, tables.event_items, rows.item_rows(event_id, event.equipment))
    insert_rows(conn, tables.attributions, rows.attribution_rows(event_id, event.attributed_to))
    insert_rows(conn, tables.evidence, rows.evidence_rows(event_id, event.evidence))
    return event_id


def insert_rows(conn: sa.Connection, table: sa.Table, values: Sequence[dict[str, Any]]) -> None:
    """Insert many rows in one statement (nothing when `values` is empty)."""
    if values:
        conn.execute(sa.insert(table), list(values))
