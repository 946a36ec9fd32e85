"""Catalog entries: get reads the entry's data, also on a replaced copy; Catalog.get of no id is None."""
import dataclasses

import pytest

from materiel.catalog.model import Catalog, Entry


@pytest.mark.parametrize("key, default, expected", [("kind", None, "airfield"), ("country", "XX", "KE"), ("missing", "none", "none")])
def test_entry_get_reads_its_data(key, default, expected):
    entry = Entry("place", "laikipia-air-base", "Laikipia Air Base", (), {"kind": "airfield", "country": "KE"})
    assert entry.get(key, default) == expected


def test_a_replaced_entry_reads_its_own_data():
    entry = Entry("place", "x", "X", (), {"kind": "city"})
    assert dataclasses.replace(entry, data={"kind": "base"}).get("kind") == "base"
    assert entry.get("kind") == "city"


def test_catalog_get_of_no_id_is_none():
    catalog = Catalog()
    catalog.add(Entry("place", "x", "X", (), {}))
    assert catalog.get("place", None) is None and catalog.get("place", "x").name == "X"
