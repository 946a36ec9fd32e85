"""Store.query_events: each filter selects the matching events and excludes the rest."""
from __future__ import annotations


import pytest

from materiel.errors import UsageError
from materiel.models import DateValue, Document, Event, Evidence, Item, Record, Ref
from materiel.store import Store, open_store



def _event(label: str, type: str, *, date: tuple[str, str] | None = None, items: tuple[Item, ...] = (),
           **roles: Ref) -> Event:
    """An event whose evidence text is its `label`, so tests can name the events they expect."""
    return Event(type, **roles, equipment=list(items), date=DateValue(date[0], date[1], date[0]) if date else None,
                 evidence=[Evidence(0, len(label), label)])


GERMANY, UKRAINE = Ref("DEU", "Germany"), Ref("UKR", "Ukraine")
RECORDS = [
    Record(Document.create("Article A", published="2024-09-10"), [], [
        _event("e1", "transfer", date=("2024-09-05", "day"), actor=GERMANY, recipient=UKRAINE,
               destination=Ref("geo:703448", "Kyiv", {"lat": 50.45}),
               items=(Item("leopard-2a6", "Leopard 2A6", "main battle tank", 14),)),
        _event("e2", "deployment", date=("2024-09", "month"), actor=Ref("RUS", "Russia"),
               origin=Ref(None, "Belgorod"), destination=Ref(None, "Kursk"),
               items=(Item("s-400", "S-400", "surface-to-air missile system", 2, "at least"),)),
    ]),
    Record(Document.create("Article B", published="2024-12-01"), [], [
        _event("e3", "transfer", date=("2024", "year"), actor=Ref("USA", "United States"), recipient=GERMANY,
               destination=Ref("TUR", "Türkiye"), items=(Item("himars", "HIMARS", "multiple rocket launcher"),)),
    ]),
    Record(Document.create("Article C"), [], [_event("e4", "attack", actor=UKRAINE, target=Ref(None, "Kursk"))]),
]


@pytest.fixture
def store(store_url: str) -> Store:
    with open_store(store_url) as opened:
        for record in RECORDS:
            opened.add_record(record)
        yield opened


def labels(found: list[dict]) -> list[str]:
    return [event["evidence"][0]["text"] for event in found]


@pytest.mark.parametrize("filters,expected", [
    ({}, ["e3", "e2", "e1", "e4"]),
    ({"type": "transfer"}, ["e3", "e1"]),
    ({"type": "Transfer"}, []),
    ({"actor": "germany"}, ["e1"]),
    ({"actor": "DEU"}, ["e1"]),
    ({"actor": "nobody"}, []),
    ({"origin": "BELGOROD"}, ["e2"]),
    ({"destination": "kursk"}, ["e2"]),
    ({"destination": "geo:703448"}, ["e1"]),
    ({"destination": "TÜRKIYE"}, ["e3"]),
    ({"equipment": "LEOPARD-2A6"}, ["e1"]),
    ({"equipment": "s-400"}, ["e2"]),
    ({"equipment": "himars"}, ["e3"]),
    ({"equipment": "Main Battle Tank"}, ["e1"]),
    ({"equipment": "tank"}, []),
    ({"type": "transfer", "actor": "united states"}, ["e3"]),
    ({"limit": 2}, ["e3", "e2"]),
])
def test_query_events_filters_by_type_roles_and_equipment(store: Store, filters: dict, expected: list[str]) -> None:
    assert labels(store.query_events(**filters)) == expected


@pytest.mark.parametrize("filters,expected", [
    ({"since": "2024-09-01"}, ["e2", "e1"]),
    ({"since": "2024-09"}, ["e2", "e1"]),
    ({"since": "2024-09-02"}, ["e1"]),
    ({"since": "2025"}, []),
    ({"until": "2024-09-15"}, ["e1"]),
    ({"until": "2024-09"}, ["e2", "e1"]),
    ({"until": "2024"}, ["e3", "e2", "e1"]),
    ({"since": "2024-01-01", "until": "2024-12-31"}, ["e3", "e2", "e1"]),
])
def test_query_events_since_until_treat_month_and_year_dates_as_spans(store: Store, filters: dict,
                                                                      expected: list[str]) -> None:
    assert labels(store.query_events(**filters)) == expected


@pytest.mark.parametrize("label,document,published", [("e1", 0, "2024-09-10"), ("e4", 2, None)])
def test_query_events_returns_record_dicts_with_ids_and_published(store: Store, label: str, document: int,
                                                                  published: str | None) -> None:
    found = {labels([e])[0]: e for e in store.query_events()}[label]
    record = RECORDS[document]
    assert found.pop("document_id") == record.document.id
    assert found.pop("published") == published
    assert isinstance(found.pop("event_id"), int)
    assert found in [e.to_dict() for e in record.events]


@pytest.mark.parametrize("bad", [{"since": "last week"}, {"until": "2024-13"}])
def test_query_events_rejects_malformed_dates(store: Store, bad: dict) -> None:
    with pytest.raises(UsageError):
        store.query_events(**bad)
