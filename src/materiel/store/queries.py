"""The event query behind ``Store.query_events``: filters and ordering as one SELECT."""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from materiel.errors import UsageError
from materiel.store import rows, tables

events, items, documents = tables.events, tables.event_items, tables.documents


@dataclass(frozen=True)
class EventFilter:
    """What ``query_events`` selects; every field None means "no constraint".

    - type: exact event type.
    - actor / origin / destination: that role's catalog id or name, case-insensitively
      (``actor`` looks at the actor only, never the recipient).
    - equipment: an item's catalog id, name or class, case-insensitively.
    - since / until: ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``). A date is the span of
      days it covers: ``2024-09`` is 1-30 September. An event matches ``since`` when its first
      day is on or after the first day of `since`, and ``until`` when its last day is on or
      before the last day of `until`; so ``since="2024-09-01"`` includes an event dated
      ``2024-09``, ``until="2024-09-15"`` excludes it, ``until="2024-09"`` includes it.
      Undated events never match a since/until filter.
    """

    type: str | None = None
    actor: str | None = None
    origin: str | None = None
    destination: str | None = None
    equipment: str | None = None
    since: str | None = None
    until: str | None = None


def select_events(flt: EventFilter, limit: int | None = None) -> sa.Select[tuple]:
    """Events (all columns) with their document's ``published``, filtered and ordered.

    Order: event date (first day; undated last), then document id, then position in the document.
    """
    query = sa.select(events, documents.c.published).join(documents, documents.c.id == events.c.document_id)
    query = query.where(*conditions(flt)).order_by(
        sa.case((events.c.date_start.is_(None), 1), else_=0), events.c.date_start, events.c.date_value,
        events.c.document_id, events.c.position)
    return query if limit is None else query.limit(limit)


def conditions(flt: EventFilter) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses for `flt`."""
    out: list[sa.ColumnElement[bool]] = []
    if flt.type is not None:
        out.append(events.c.type == flt.type)
    for role in ("actor", "origin", "destination"):
        if getattr(flt, role) is not None:
            out.append(_ref_is(role, getattr(flt, role)))
    if flt.equipment is not None:
        out.append(_has_item(flt.equipment))
    if flt.since is not None:
        out.append(events.c.date_start >= _bound(flt.since, first=True))
    if flt.until is not None:
        out.append(events.c.date_end <= _bound(flt.until, first=False))
    return out


def _ref_is(role: str, value: str) -> sa.ColumnElement[bool]:
    return _any_lower_equals((events.c[f"{role}_id"], events.c[f"{role}_name"]), value)


def _has_item(value: str) -> sa.ColumnElement[bool]:
    match = _any_lower_equals((items.c.item_id, items.c.name, items.c.item_class), value)
    return sa.exists().where(items.c.event_id == events.c.id, match)


def _any_lower_equals(columns: tuple[sa.Column, ...], value: str) -> sa.ColumnElement[bool]:
    return sa.or_(*(sa.func.lower(c) == value.lower() for c in columns))


def _bound(value: str, *, first: bool) -> str:
    try:
        start, end = rows.date_bounds(value)
    except ValueError:
        raise UsageError(f"Date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from None
    return start if first else end
