"""Opening a store: URLs and paths, SQLite pragmas, named migrations, the SQL seam."""
from __future__ import annotations

import ast
import contextlib
import importlib.util
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

import materiel
from materiel.errors import StoreError
from materiel.store import Store, open_store
from materiel.store.engine import create_engine, resolve_url
from materiel.store.migrations import MIGRATIONS, Migrations

SRC = Path(materiel.__file__).parent


def pragma(store: Store, name: str) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.parametrize("name,value", [("journal_mode", "wal"), ("foreign_keys", 1)])
def test_sqlite_file_store_sets_pragmas_on_every_connection(tmp_path: Path, name: str, value: object) -> None:
    with open_store(str(tmp_path / "p.db")) as store:
        assert pragma(store, name) == value
        store.engine.dispose()  # a fresh connection gets them too
        assert pragma(store, name) == value


@pytest.mark.parametrize("dry_run", [True, False])
def test_migrate_finds_nothing_pending_after_open(tmp_path: Path, dry_run: bool) -> None:
    with open_store(str(tmp_path / "m.db")) as store:
        assert store.migrate(dry_run=dry_run) == []
        with store.engine.connect() as conn:
            assert list(conn.scalars(sa.text("SELECT name FROM _migrations"))) == MIGRATIONS.names


@pytest.mark.parametrize("relative", ["a.db", "deep/er/b.sqlite"])
def test_open_store_takes_a_plain_path_and_creates_its_directory(tmp_path: Path, relative: str) -> None:
    with open_store(str(tmp_path / relative)) as store:
        assert store.counts()["documents"] == 0
    assert (tmp_path / relative).is_file()


@pytest.mark.parametrize("form", ["url", "path"])
def test_open_store_reads_materiel_db_from_the_environment(tmp_path: Path, monkeypatch, form: str) -> None:
    target = tmp_path / "env" / "e.db"
    monkeypatch.setenv("MATERIEL_DB", f"sqlite:///{target}" if form == "url" else str(target))
    with open_store() as store:
        store.counts()
    assert target.is_file()


@pytest.mark.parametrize("default", ["materiel.db"])
def test_open_store_defaults_to_materiel_db_in_the_working_directory(tmp_path: Path, monkeypatch, default) -> None:
    monkeypatch.delenv("MATERIEL_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    open_store().close()
    assert (tmp_path / default).is_file()


@pytest.mark.parametrize("url,expected", [("x.db", "sqlite:///x.db"), ("sqlite:///y.db", "sqlite:///y.db"),
                                          ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db")])
def test_resolve_url_accepts_urls_and_plain_paths(url: str, expected: str) -> None:
    assert resolve_url(url).render_as_string() == expected


@pytest.mark.skipif(importlib.util.find_spec("psycopg") is not None, reason="psycopg is installed")
@pytest.mark.parametrize("url", ["postgresql+psycopg://u@localhost/materiel"])
def test_open_store_without_its_driver_raises_store_error(url: str) -> None:
    with pytest.raises(StoreError, match="materiel\\[postgres\\]"):
        open_store(url)


def _registry(log: list[str], fail: str | None = None) -> Migrations:
    registry = Migrations()
    for name in ("0001_first", "0002_second", "0003_third"):
        def step(conn: sa.Connection, name: str = name) -> None:
            conn.exec_driver_sql(f"CREATE TABLE t{name[:4]} (x INTEGER)")
            if name == fail:
                raise RuntimeError(name)
            log.append(name)
        registry(name)(step)
    return registry


@pytest.mark.parametrize("fail,applied,pending", [(None, ["0001_first", "0002_second", "0003_third"], []),
                                                  ("0002_second", ["0001_first"], ["0002_second", "0003_third"])])
def test_migrations_apply_in_order_and_a_failed_one_stays_pending(tmp_path: Path, fail, applied, pending) -> None:
    log: list[str] = []
    store = Store(create_engine(resolve_url(str(tmp_path / "r.db"))), migrations=_registry(log, fail))
    assert store.migrate(dry_run=True) == ["0001_first", "0002_second", "0003_third"]
    assert log == []
    with pytest.raises(RuntimeError) if fail else contextlib.nullcontext():
        store.migrate()
    assert log == applied
    assert store.migrate(dry_run=True) == pending
    with store.engine.connect() as conn:  # the failed step's DDL was rolled back with it
        assert sa.inspect(conn).has_table("t0002") == (fail is None)
    store.close()


@pytest.mark.parametrize("name", ["0001_create_tables"])
def test_registering_a_migration_name_twice_is_an_error(name: str) -> None:
    with pytest.raises(ValueError):
        MIGRATIONS(name)(lambda conn: None)


@pytest.mark.parametrize("module", ["sqlalchemy", "sqlite3", "psycopg", "psycopg2"])
def test_only_the_store_package_imports_sql_libraries(module: str) -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if "store" in path.relative_to(SRC).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [str(path) for n in names if n.split(".")[0] == module]
    assert offenders == []


@pytest.mark.parametrize("workers", [8])
def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path, workers: int) -> None:
    def open_and_count(_: int) -> int:
        with open_store(str(tmp_path / "race.db")) as store:
            return store.counts()["_migrations"]
    with ThreadPoolExecutor(workers) as pool:
        assert list(pool.map(open_and_count, range(workers))) == [len(MIGRATIONS.names)] * workers


@pytest.mark.parametrize("dry_run,expected_tables", [(True, []), (False, ["_migrations", "t0001"])])
def test_migrate_dry_run_on_a_new_database_writes_nothing(tmp_path: Path, dry_run: bool, expected_tables) -> None:
    registry = Migrations()
    registry("0001_first")(lambda conn: conn.exec_driver_sql("CREATE TABLE t0001 (x INTEGER)"))
    store = Store(create_engine(resolve_url(str(tmp_path / "d.db"))), migrations=registry)
    assert store.migrate(dry_run=dry_run) == ["0001_first"]
    with store.engine.connect() as conn:
        assert sorted(sa.inspect(conn).get_table_names()) == expected_tables
    store.close()
