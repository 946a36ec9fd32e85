"""Named migrations, applied in order and recorded in the ``_migrations`` table.

``tables.py`` describes the schema as it is today. ``0001_create_tables`` creates it on a new
database. To change the schema later: edit ``tables.py`` *and* register the next migration
(``@migration("0002_add_event_confidence")``) that brings an existing database up to date. A new
database already has the change from ``0001`` (``create_all`` builds today's schema), so a
migration checks first, e.g. ``if not has_column(conn, "events", "confidence"): ...``.
Each migration runs in its own transaction together with the row that records it, holding the
writer lock, so processes opening a new database at the same time do not trip over each other.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from materiel.store import tables
from materiel.store.engine import write_locked

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
        """The migrations not yet recorded as applied in the database (writes nothing)."""
        log = tables.migrations_applied
        with engine.connect() as conn:
            done = set(conn.scalars(sa.select(log.c.name))) if sa.inspect(conn).has_table(log.name) else set()
        return [m for m in self._items if m.name not in done]

    def apply(self, engine: sa.Engine, *, dry_run: bool = False) -> list[str]:
        """Apply pending migrations in order; return their names (only list them if `dry_run`)."""
        todo = self.pending(engine)
        if dry_run:
            return [m.name for m in todo]
        _ensure_log(engine)
        return [m.name for m in todo if _apply_one(write_locked(engine), m)]


def _ensure_log(engine: sa.Engine) -> None:
    """Create the ``_migrations`` table if missing (under the writer lock: processes may race)."""
    with write_locked(engine).begin() as conn:
        tables.migrations_applied.create(conn, checkfirst=True)


def _apply_one(engine: sa.Engine, step: Migration) -> bool:
    """Run `step` and record it in one transaction; False if another process got there first."""
    log = tables.migrations_applied
    with engine.begin() as conn:
        if conn.scalar(sa.select(log.c.name).where(log.c.name == step.name)) is not None:
            return False
        step.fn(conn)
        conn.execute(sa.insert(log).values(name=step.name))
    return True


def has_column(conn: sa.Connection, table: str, column: str) -> bool:
    """Whether `table` already has `column` (for migrations that must be safe on new databases)."""
    return any(c["name"] == column for c in sa.inspect(conn).get_columns(table))


MIGRATIONS = Migrations()
migration = MIGRATIONS


@migration("0001_create_tables")
def _create_tables(conn: sa.Connection) -> None:
    """Create every table and index in ``tables.metadata``."""
    tables.metadata.create_all(conn, checkfirst=True)
