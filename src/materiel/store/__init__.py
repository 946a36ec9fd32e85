"""The store: extraction records in SQL (SQLite or PostgreSQL) behind one seam.

Nothing outside this package imports SQLAlchemy or a database driver.
"""
from __future__ import annotations

import sqlalchemy as sa

from materiel.errors import StoreError
from materiel.store.engine import create_engine, resolve_url
from materiel.store.sql import Store

__all__ = ["Store", "open_store"]


def open_store(url: str | None = None) -> Store:
    """Open the store and apply pending migrations.

    Args:
        url: a SQLAlchemy URL (``sqlite:///x.db``, ``postgresql+psycopg://...``) or a plain
            file path (a SQLite file); None means $MATERIEL_DB, else ``sqlite:///materiel.db``.
    Raises:
        StoreError: the database cannot be reached or migrated, or its driver is missing.
    """
    resolved = resolve_url(url)
    try:
        engine = create_engine(resolved)
    except ImportError as exc:
        raise StoreError(f"No driver for {resolved.drivername}: {exc}; for PostgreSQL: "
                         "pip install 'materiel[postgres]'") from exc
    except (sa.exc.SQLAlchemyError, OSError) as exc:
        raise StoreError(f"Cannot open {resolved.render_as_string(hide_password=True)}: {exc}") from exc
    store = Store(engine)
    try:
        store.migrate()
    except StoreError:
        store.close()
        raise
    return store
