"""Named migrations, applied in order and recorded in the ``_migrations`` table.

``tables.py`` describes the schema as it is today. ``0001_create_tables`` creates it on a new
database. To change the schema later: edit ``tables.py`` *and* register the next migration
(``@migration("0002_add_event_confidence")``) that brings an existing database up to date. A new
database already has the change from ``0001`` (``create_all`` builds today's schema), so a
migration checks first, e.g. ``if not has_column(conn, "events", "confidence"): ...``.
Each migration runs in its own transaction together with the row that records it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import sqlalchemy as sa

from materiel.store import tables

MigrationFn = Callable[[sa.Connection], None]


@dataclass(frozen=True)
class Migration:
    """One schema step: a unique name (sorts in order of application) and the function to run."""

    name: str
    fn: MigrationFn


class Migrations:
    """An ordered registry of migrations; ``@registry("0001_name")`` adds one."""

    def __init__(self) -> None:
        self._items: list[Migration] = []

    def __call__(self, name: str) -> Callable[[MigrationFn], MigrationFn]:
        """Register the decorated function as the migration called `name`."""
        def register(fn: MigrationFn) -> MigrationFn:
            if name in self.names:
                raise ValueError(f"migration {name!r} registered twice")
            self._items.append(Migration(name, fn))
            return fn
        return register

    @property
    def names(self) -> list[str]:
        """Every registered name, in order of application."""
        return [m.name for m in self._items]

    def pending(self, engine: sa.Engine) -> list[Migration]:
        """The migrations not yet recorded as applied in the database."""
        with engine.begin() as conn:
            tables.migrations_applied.create(conn, checkfirst=True)
            done = set(conn.scalars(sa.select(tables.migrations_applied.c.name)))
        return [m for m in self._items if m.name not in done]

    def apply(self, engine: sa.Engine, *, dry_run: bool = False) -> list[str]:
        """Apply pending migrations in order; return their names (only list them if `dry_run`)."""
        todo = self.pending(engine)
        for step in [] if dry_run else todo:
            with engine.begin() as conn:
                step.fn(conn)
                conn.execute(sa.insert(tables.migrations_applied).values(name=step.name))
        return [m.name for m in todo]


def has_column(conn: sa.Connection, table: str, column: str) -> bool:
    """Whether `table` already has `column` (for migrations that must be safe on new databases)."""
    return any(c["name"] == column for c in sa.inspect(conn).get_columns(table))


MIGRATIONS = Migrations()
migration = MIGRATIONS


@migration("0001_create_tables")
def _create_tables(conn: sa.Connection) -> None:
    """Create every table and index in ``tables.metadata``."""
    tables.metadata.create_all(conn, checkfirst=True)
