"""Issue #2's acceptance: the worked example of the design, told twice in different words by us
(tests/data/gold/dev/dev-001.txt and dev-002.txt), gives the same main events."""
from pathlib import Path

import pytest

from materiel.models import Document

ARTICLES = Path(__file__).parents[1] / "data" / "gold" / "dev"
ITEMS = ["T-72B3", "BMD-2", "BTR-80A", "BTR-82", "Spartak", "Linza", "Typhoon-K", "Tigr", "S-60"]


@pytest.fixture(params=["dev-001", "dev-002"])
def record(request, extract):
    text = (ARTICLES / f"{request.param}.txt").read_text(encoding="utf-8")
    return extract(text, published="2025-01-20"), Document.create(text).text


def names(event):
    return {r: (event[r] or {}).get("name") for r in ("actor", "recipient", "origin", "destination")}


@pytest.mark.issue(2)
def test_convoy_is_one_likely_transfer_from_syria_with_every_item(record):
    rec, text = record
    convoy = [e for e in rec["events"] if e["equipment"] and e["equipment"][0]["name"] == "T-72B3"]
    assert len(convoy) == 1
    (event,) = convoy
    assert (event["type"], names(event)["actor"], names(event)["recipient"], names(event)["origin"]) == (
        "transfer", "Russia", "Mali", "Syria")
    assert [i["name"] for i in event["equipment"]] == ITEMS
    assert (event["equipment"][0]["quantity"], event["equipment"][0]["qualifier"]) == (5, "at least")
    assert event["certainty"] == "likely"
    assert [a["name"] for a in event["attributed_to"]] == ["ORTM"]
    assert event["date"]["value"] == "2025-01-17"
    for ev in event["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.issue(2)
def test_earlier_shipment_to_libya_and_aircraft_to_mali(record):
    rec, _ = record
    transfers = [names(e) | {"items": [i["name"] for i in e["equipment"]]} for e in rec["events"] if e["type"] == "transfer"]
    assert any(t["actor"] == "Russia" and t["recipient"] == "Libya" and t["origin"] == "Syria" for t in transfers)
    assert any(t["actor"] == "Russia" and t["items"] == ["Mi-17", "Su-25"] for t in transfers)


@pytest.mark.issue(2)
def test_attack_on_bamako_in_september_2024(record):
    rec, _ = record
    attacks = [e for e in rec["events"] if e["type"] == "attack" and e["actor"]]
    assert attacks[0]["actor"]["name"] == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert (attacks[0]["destination"]["name"], attacks[0]["date"]["value"]) == ("Bamako", "2024-09")
