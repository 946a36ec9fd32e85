"""Converting between the model dataclasses and table rows (plain dicts); no SQL here."""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from materiel.models import ROLE_NAMES, DateValue, Document, Event, Evidence, Item, Mention, Record, Ref

Row = Mapping[Any, Any]  # a plain dict or a SQLAlchemy RowMapping
DOCUMENT_FIELDS = ("id", "text", "title", "url", "publisher", "published", "language", "source")


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day (ISO) covered by a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date.

    Raises:
        ValueError: `value` is none of those forms.
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts).isoformat()
        return day, day
    if len(parts) == 2:
        year, month = parts
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    raise ValueError(f"not an ISO date: {value!r}")


def document_row(record: Record) -> dict[str, Any]:
    """The ``documents`` row of a record: the document, its source, status and warnings."""
    row = {k: getattr(record.document, k) for k in DOCUMENT_FIELDS}
    return {**row, "status": record.status, "warnings": list(record.warnings)}


def mention_rows(doc_id: str, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """The ``mentions`` rows of a document, numbered by position."""
    return [{"document_id": doc_id, "position": i, "kind": m.kind, "text": m.text,
             "start_char": m.start, "end_char": m.end, "catalog_id": m.id, "name": m.name,
             "attrs": dict(m.attrs)} for i, m in enumerate(mentions)]


def event_row(doc_id: str, position: int, event: Event) -> dict[str, Any]:
    """The ``events`` row of one event (its items, attributions and evidence go elsewhere)."""
    row: dict[str, Any] = {"document_id": doc_id, "position": position, "type": event.type,
                           "change": event.change, "certainty": event.certainty}
    roles = {role: getattr(event, role) for role in ROLE_NAMES}
    for role, ref in roles.items():
        row[f"{role}_id"], row[f"{role}_name"] = (ref.id, ref.name) if ref else (None, None)
    row["roles"] = {role: ref.to_dict() if ref else None for role, ref in roles.items()}
    return {**row, **_date_columns(event.date)}


def _date_columns(date: DateValue | None) -> dict[str, Any]:
    if date is None:
        return dict.fromkeys(("date_value", "date_precision", "date_text", "date_start", "date_end"))
    start: str | None
    end: str | None
    try:
        start, end = date_bounds(date.value)
    except ValueError:  # keep an odd value; it just won't match since/until
        start = end = None
    return {"date_value": date.value, "date_precision": date.precision, "date_text": date.text,
            "date_start": start, "date_end": end}


def item_rows(event_id: int, items: Iterable[Item]) -> list[dict[str, Any]]:
    """The ``event_items`` rows of one event."""
    return [{"event_id": event_id, "position": i, "item_id": it.id, "name": it.name,
             "item_class": it.cls, "quantity": it.quantity, "qualifier": it.qualifier}
            for i, it in enumerate(items)]


def attribution_rows(event_id: int, refs: Iterable[Ref]) -> list[dict[str, Any]]:
    """The ``attributions`` rows of one event (who the claim is attributed to)."""
    return [{"event_id": event_id, "position": i, "source_id": r.id, "name": r.name,
             "attrs": dict(r.attrs)} for i, r in enumerate(refs)]


def evidence_rows(event_id: int, spans: Iterable[Evidence]) -> list[dict[str, Any]]:
    """The ``evidence`` rows of one event."""
    return [{"event_id": event_id, "position": i, "start_char": e.start, "end_char": e.end,
             "text": e.text} for i, e in enumerate(spans)]


def document_from_row(row: Row) -> Document:
    """A ``documents`` row back into a Document."""
    return Document(**{k: row[k] for k in DOCUMENT_FIELDS})


def mention_from_row(row: Row) -> Mention:
    """A ``mentions`` row back into a Mention."""
    return Mention(row["kind"], row["text"], row["start_char"], row["end_char"], row["catalog_id"],
                   row["name"], row["attrs"])


def event_from_rows(row: Row, items: Iterable[Row], refs: Iterable[Row], spans: Iterable[Row]) -> Event:
    """An ``events`` row and its child rows (each in position order) back into an Event."""
    roles = {role: Ref.from_dict(data) for role, data in row["roles"].items()}
    date = None if row["date_value"] is None else DateValue(row["date_value"], row["date_precision"],
                                                            row["date_text"])
    return Event(type=row["type"], **roles, change=row["change"], date=date, certainty=row["certainty"],
                 equipment=[Item(r["item_id"], r["name"], r["item_class"], r["quantity"], r["qualifier"])
                            for r in items],
                 attributed_to=[Ref(r["source_id"], r["name"], r["attrs"]) for r in refs],
                 evidence=[Evidence(r["start_char"], r["end_char"], r["text"]) for r in spans])
