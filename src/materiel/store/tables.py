"""The schema as it stands today: one MetaData and its Table definitions (SQLAlchemy Core).

Column names avoid SQL keywords (``start_char`` not ``start``, ``item_class`` not ``class``)
so the database is pleasant to query by hand. Role refs are flattened into ``<role>_id`` /
``<role>_name`` columns for filtering, while ``roles`` keeps the full role dicts so extra
attributes (lat/lon, kind, ...) survive a save and reload.
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from materiel.models import ROLE_NAMES


class JSONText(sa.types.TypeDecorator[Any]):
    """A JSON value kept as plain text, so every backend stores it the same way."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> Any:
        return None if value is None else json.loads(value)


def utcnow() -> datetime:
    """The current time in UTC (the default for timestamp columns)."""
    return datetime.now(UTC)


def _parent(table: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete="CASCADE")


metadata = sa.MetaData()

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text), sa.Column("url", sa.Text), sa.Column("publisher", sa.Text),
    sa.Column("published", sa.String(32)), sa.Column("language", sa.String(16)),
    sa.Column("source", sa.Text),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("warnings", JSONText, nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False, default=utcnow),
    # insertion order, portably (clocks can tie; SQLite has no autoincrement outside the primary key)
    sa.Column("seq", sa.Integer, nullable=False, index=True),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.String(64), _parent("documents"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False), sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("catalog_id", sa.String(128)), sa.Column("name", sa.Text),
    sa.Column("attrs", JSONText, nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.String(64), _parent("documents"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("type", sa.String(32), nullable=False, index=True),
    *(col for role in ROLE_NAMES
      for col in (sa.Column(f"{role}_id", sa.String(128)), sa.Column(f"{role}_name", sa.Text))),
    sa.Column("roles", JSONText, nullable=False),
    sa.Column("change", sa.Text),
    sa.Column("date_value", sa.String(10), index=True),
    sa.Column("date_precision", sa.String(8)), sa.Column("date_text", sa.Text),
    # first and last day covered by the date, for since/until filters (see queries.py)
    sa.Column("date_start", sa.String(10), index=True), sa.Column("date_end", sa.String(10)),
    sa.Column("certainty", sa.String(16), nullable=False),
)

event_items = sa.Table(
    "event_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, _parent("events"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("item_id", sa.String(128), index=True),
    sa.Column("name", sa.Text), sa.Column("item_class", sa.String(64)),
    sa.Column("quantity", sa.Integer), sa.Column("qualifier", sa.String(16)),
)

attributions = sa.Table(
    "attributions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, _parent("events"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("source_id", sa.String(128)), sa.Column("name", sa.Text, nullable=False),
    sa.Column("attrs", JSONText, nullable=False),
)

evidence = sa.Table(
    "evidence", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, _parent("events"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False), sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, _parent("events"), nullable=False, index=True),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("note", sa.Text), sa.Column("reviewer", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=utcnow),
    sa.CheckConstraint("verdict IN ('confirm', 'reject')", name="ck_reviews_verdict"),
)

migrations_applied = sa.Table(
    "_migrations", metadata,
    sa.Column("name", sa.String(128), primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False, default=utcnow),
)

# The tables holding one document's extraction record, parents first.
RECORD_TABLES = (documents, mentions, events, event_items, attributions, evidence)
