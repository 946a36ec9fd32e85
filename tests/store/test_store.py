"""Storing extraction records: round trip, idempotence, atomicity, lookups."""
from __future__ import annotations


import pytest
import sqlalchemy as sa

from materiel.errors import NotFound, StoreError
from materiel.models import DateValue, Document, Event, Evidence, Item, Mention, Record, Ref
from materiel.store import Store, open_store, tables, write

TEXT = ("Germany delivered 14 Leopard 2A6 tanks to Ukraine in September 2024, the ministry said.\n"
        "Russia moved at least two S-400 systems from Belgorod.")


def make_record(text: str = TEXT, **meta: str) -> Record:
    """A record with two events, items with quantities, attributions, a date and evidence."""
    doc = Document.create(text, title="Tanks for Ukraine", url="https://example.org/a", publisher="Example",
                          published="2024-10-01", language="en", source="articles/a.txt", **meta)
    first = doc.text.split("\n")[0]
    mentions = [Mention("actor", "Germany", 0, 7, "DEU", "Germany", {"kind": "state"}),
                Mention("equipment", "Leopard 2A6", 21, 32, "leopard-2a6", "Leopard 2A6"),
                Mention("quantity", "14", 18, 20, attrs={"value": 14})]
    delivery = Event("transfer", actor=Ref("DEU", "Germany", {"kind": "state"}), recipient=Ref("UKR", "Ukraine"),
                     destination=Ref("geo:703448", "Kyiv", {"lat": 50.4501, "lon": 30.5234}),
                     equipment=[Item("leopard-2a6", "Leopard 2A6", "main battle tank", 14, "exact"),
                                Item(None, "trucks", "military truck")],
                     date=DateValue("2024-09", "month", "in September 2024"), certainty="confirmed",
                     attributed_to=[Ref("src:bmvg", "the ministry", {"kind": "ministry"})],
                     evidence=[Evidence(0, len(first), first)])
    move = Event("deployment", actor=Ref("RUS", "Russia"), origin=Ref(None, "Belgorod"), change="moved",
                 equipment=[Item("s-400", "S-400", "surface-to-air missile system", 2, "at least")])
    return Record(doc, mentions, [delivery, move], warnings=["date is month precision"])


@pytest.fixture
def store(store_url: str) -> Store:
    with open_store(store_url) as opened:
        yield opened


@pytest.mark.parametrize("record", [make_record(), Record(Document.create("Nothing here."), [], [])])
def test_get_record_round_trips_the_added_record(store: Store, record: Record) -> None:
    assert store.add_record(record) is True
    stored = store.get_record(record.document.id)
    assert stored.to_dict() == record.to_dict()
    assert stored == record


@pytest.mark.parametrize("status", ["not_extracted"])
def test_status_warnings_and_source_are_kept_on_the_document(store: Store, status: str) -> None:
    record = make_record()
    record.status = status
    store.add_record(record)
    stored = store.get_record(record.document.id)
    assert (stored.status, stored.warnings, stored.document.source) == (status, record.warnings, "articles/a.txt")


@pytest.mark.parametrize("second", [make_record(), Record(make_record().document, [], [])])
def test_add_record_twice_leaves_row_counts_unchanged(store: Store, second: Record) -> None:
    first = make_record()
    assert store.add_record(first) is True
    before = store.counts()
    assert store.add_record(second) is False
    assert store.counts() == before
    assert store.get_record(first.document.id) == first


def _fail_on_second_event(monkeypatch: pytest.MonkeyPatch) -> None:
    original = write.insert_event

    def insert_event(conn, doc_id, position, event):
        if position == 1:
            raise RuntimeError("disk on fire")
        return original(conn, doc_id, position, event)
    monkeypatch.setattr(write, "insert_event", insert_event)


def _invalid_second_event(record: Record) -> None:
    record.events[1].type = None  # events.type is NOT NULL


@pytest.mark.parametrize("break_it,error", [
    (lambda record, mp: _fail_on_second_event(mp), RuntimeError),
    (lambda record, mp: _invalid_second_event(record), StoreError),
    (lambda record, mp: record.events[0].evidence.append(Evidence(None, 3, "x")), StoreError),
])
def test_failed_add_record_leaves_no_trace_of_the_document(store: Store, monkeypatch, break_it, error) -> None:
    earlier = make_record("An earlier article about nothing.")
    store.add_record(earlier)
    before = store.counts()
    record = make_record()
    break_it(record, monkeypatch)
    with pytest.raises(error):
        store.add_record(record)
    assert store.counts() == before
    with pytest.raises(NotFound):
        store.get_document(record.document.id)
    assert store.get_record(earlier.document.id) == earlier


@pytest.mark.parametrize("length", [6, 12, 20])
def test_get_document_accepts_a_unique_id_prefix(store: Store, length: int) -> None:
    record = make_record()
    store.add_record(record)
    assert store.get_document(record.document.id[:length]) == record.document


@pytest.mark.parametrize("doc_id", ["abcde", "abcdef", "zzzzzzzz", "abcdef1112"])
def test_get_document_raises_not_found_for_unknown_short_or_ambiguous_ids(store: Store, doc_id: str) -> None:
    for suffix in ("111", "222"):
        store.add_record(Record(Document(id="abcdef" + suffix, text=suffix), [], []))
    with pytest.raises(NotFound):
        store.get_document(doc_id)


@pytest.mark.parametrize("limit,expected", [(None, 3), (2, 2), (0, 0)])
def test_documents_lists_in_order_added(store: Store, limit: int | None, expected: int) -> None:
    docs = [make_record(f"Article number {n}.").document for n in (3, 1, 2)]
    for doc in docs:
        store.add_record(Record(doc, [], []))
    assert store.documents(limit=limit) == docs[:expected]


@pytest.mark.parametrize("table,rows", [("documents", 1), ("mentions", 3), ("events", 2), ("event_items", 3),
                                        ("attributions", 1), ("evidence", 1), ("reviews", 0)])
def test_counts_reports_rows_per_table(store: Store, table: str, rows: int) -> None:
    store.add_record(make_record())
    assert store.counts()[table] == rows


@pytest.mark.parametrize("table", ["reviews"])
def test_foreign_keys_are_enforced(store: Store, table: str) -> None:
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(sa.insert(tables.metadata.tables[table]).values(event_id=999, verdict="confirm"))
