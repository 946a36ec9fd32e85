"""Loading documents, records and events back from their rows."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import sqlalchemy as sa

from materiel.errors import NotFound
from materiel.models import Event, Record
from materiel.store import rows, tables

MIN_PREFIX = 6  # shortest id prefix accepted in place of a full document id
_CHUNK = 500  # ids per IN (...) clause, well below every backend's parameter limit


def resolve_id(conn: sa.Connection, doc_id: str) -> str:
    """The full id of the document `doc_id` names (its id, or a unique prefix of >= 6 chars).

    Raises:
        NotFound: no document has that id, or the prefix is too short or ambiguous.
    """
    d = tables.documents
    if conn.scalar(sa.select(d.c.id).where(d.c.id == doc_id)) is not None:
        return doc_id
    if len(doc_id) >= MIN_PREFIX:
        prefix = sa.func.substr(d.c.id, 1, len(doc_id)) == doc_id  # substr: case-sensitive everywhere
        ids = conn.scalars(sa.select(d.c.id).where(prefix).order_by(d.c.id).limit(2)).all()
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise NotFound(f"Document id prefix {doc_id!r} is ambiguous ({', '.join(ids)}, ...)")
    raise NotFound(f"No document {doc_id!r}")


def document_row(conn: sa.Connection, doc_id: str) -> sa.RowMapping:
    """The ``documents`` row for `doc_id` (an id or unique prefix)."""
    d = tables.documents
    return conn.execute(sa.select(d).where(d.c.id == resolve_id(conn, doc_id))).mappings().one()


def load_record(conn: sa.Connection, doc_id: str) -> Record:
    """The stored record of `doc_id`: mentions and events in their original order."""
    doc = document_row(conn, doc_id)
    m, e = tables.mentions, tables.events
    mention_rows = conn.execute(sa.select(m).where(m.c.document_id == doc["id"]).order_by(m.c.position))
    event_rows = conn.execute(sa.select(e).where(e.c.document_id == doc["id"]).order_by(e.c.position))
    return Record(document=rows.document_from_row(doc),
                  mentions=[rows.mention_from_row(r) for r in mention_rows.mappings()],
                  events=load_events(conn, event_rows.mappings().all()),
                  status=doc["status"], warnings=list(doc["warnings"]))


def load_events(conn: sa.Connection, event_rows: Sequence[sa.RowMapping]) -> list[Event]:
    """Events for ``events`` rows (any columns beyond the table's are ignored), children attached."""
    ids = [r["id"] for r in event_rows]
    items, refs, spans = (children(conn, t, ids)
                          for t in (tables.event_items, tables.attributions, tables.evidence))
    return [rows.event_from_rows(r, items[r["id"]], refs[r["id"]], spans[r["id"]]) for r in event_rows]


def children(conn: sa.Connection, table: sa.Table, event_ids: Iterable[int]) -> dict[int, list[sa.RowMapping]]:
    """The rows of `table` for each event id, in position order."""
    out: dict[int, list[sa.RowMapping]] = defaultdict(list)
    ids = list(event_ids)
    for i in range(0, len(ids), _CHUNK):
        query = (sa.select(table).where(table.c.event_id.in_(ids[i:i + _CHUNK]))
                 .order_by(table.c.event_id, table.c.position))
        for row in conn.execute(query).mappings():
            out[row["event_id"]].append(row)
    return out
