"""Shared fixtures: the catalog, the pipeline and a CLI runner (the only conftest)."""
from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def catalog():
    from materiel.catalog import load_catalog

    return load_catalog()


@pytest.fixture(scope="session")
def pipeline(catalog):
    from materiel.extract.pipeline import Pipeline

    return Pipeline(catalog)


@pytest.fixture(scope="session")
def record_validator():
    import jsonschema

    schema = json.loads((resources.files("materiel") / "schemas" / "record.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def extract(pipeline, record_validator):
    """Extract a text and check the record against the shipped schema and its offsets."""
    from materiel.models import Document

    def run(text: str, published: str | None = "2025-01-20") -> dict:
        record = pipeline(Document.create(text, published=published, language="en")).to_dict()
        record_validator.validate(record)
        doc_text = Document.create(text).text
        for m in record["mentions"]:
            assert doc_text[m["start"]:m["end"]] == m["text"]
        return record

    return run


@pytest.fixture
def runner():
    from click.testing import CliRunner

    from materiel.cli import _register

    _register()
    return CliRunner()


PG_URL = os.environ.get("PG_TEST_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="PG_TEST_URL unset"))]


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    """A fresh store URL: a SQLite file in tmp_path, or PG_TEST_URL's database emptied first."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    import sqlalchemy as sa

    from materiel.store import tables

    engine = sa.create_engine(PG_URL)
    tables.metadata.drop_all(engine)
    engine.dispose()
    return PG_URL


def pytest_configure(config):
    config.addinivalue_line("markers", "issue(n): regression test for an issue")
