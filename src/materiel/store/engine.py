"""Turning a URL (or path, or nothing) into a configured SQLAlchemy engine.

The only dialect-specific SQL in materiel lives in the connection hooks below.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from materiel.settings import setting

_LOCK_OPTION = "materiel_write_lock"
_PG_LOCK_KEY = 0x6D617465  # any constant shared by every materiel process ("mate")


def resolve_url(url: str | None = None) -> sa.URL:
    """The URL to open: `url`, else $MATERIEL_DB, else ``sqlite:///materiel.db``.

    A value without ``://`` is a plain file path and names a SQLite file.
    """
    raw = url or setting("db")
    if "://" not in raw:
        return sa.URL.create("sqlite", database=str(Path(raw).expanduser()))
    return sa.make_url(raw)


def sqlite_file(url: sa.URL) -> Path | None:
    """The database file a SQLite URL points to, or None (not SQLite, or in memory)."""
    db = url.database
    if url.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def create_engine(url: sa.URL) -> sa.Engine:
    """An engine for `url`; for SQLite, creates the file's directory and installs the hooks."""
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url)
    if url.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
    elif url.get_backend_name() == "postgresql":
        sa.event.listen(engine, "begin", _postgresql_begin)
    return engine


def write_locked(engine: sa.Engine) -> sa.Engine:
    """`engine` whose transactions first take the database's writer lock (one at a time).

    For steps that read then write and must not interleave with another process doing the
    same, such as two processes migrating a new database at once.
    """
    return engine.execution_options(**{_LOCK_OPTION: True})


def _wants_lock(conn: sa.Connection) -> bool:
    return bool(conn.get_execution_options().get(_LOCK_OPTION))


def _sqlite_connect(dbapi_conn: Any, record: Any) -> None:
    """Per connection: WAL, enforced foreign keys, and let SQLAlchemy (not sqlite3) emit BEGIN."""
    dbapi_conn.isolation_level = None  # otherwise DDL and SELECT run outside the transaction
    cursor = dbapi_conn.cursor()
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    # SQLite's own lower() folds ASCII only; case-insensitive filters need Unicode (as PostgreSQL does)
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _use_wal(cursor: Any, attempts: int = 100) -> None:
    """Switch the file to WAL (it stays so). Several processes opening a new file at once can see
    "database is locked" here, which SQLite's busy handler does not cover: wait and try again."""
    for attempt in range(attempts):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin(conn: sa.Connection) -> None:
    # IMMEDIATE takes the write lock now (waiting for it), rather than failing on upgrade later
    conn.exec_driver_sql("BEGIN IMMEDIATE" if _wants_lock(conn) else "BEGIN")


def _postgresql_begin(conn: sa.Connection) -> None:
    if _wants_lock(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
