"""A headline event joins the body event it restates, across the types a headline verb blurs
(extract/restatements.py)."""
import pytest

from materiel.models import Document


def events_of(pipeline, text):
    title = text.split("\n", 1)[0]
    record = pipeline(Document.create(text, title=title, published="2025-01-20", language="en")).to_dict()
    return [(e["type"], sorted(i["name"] for i in e["equipment"])) for e in record["events"]]


@pytest.mark.parametrize("text,expected", [
    ("Sweden sends CV90s to Ukraine\n\nSweden will send 50 CV90 infantry fighting vehicles to Ukraine, the "
     "government said on Tuesday. Stockholm previously sent Strv 122 tanks.",
     [("order", ["CV90"]), ("transfer", ["Stridsvagn 122"])]),
    ("Russia moves S-400 to Belarus\n\nRussia has deployed S-400 air defence systems to Belarus, along with "
     "Iskander-M launchers, the Belarusian defence ministry said.", [("deployment", ["Iskander-M", "S-400"])]),
])
def test_a_headline_joins_the_body_event_sharing_its_items_across_blurred_types(pipeline, text, expected):
    assert events_of(pipeline, text) == expected


def test_a_headline_of_another_supplier_stays_its_own(pipeline):
    text = ("Turkey sends Bayraktar TB2 drones to Mali\n\nRussia has deployed Mi-24 helicopters to Mali, "
            "officials said on Monday.")
    assert any("Bayraktar TB2" in items for _, items in events_of(pipeline, text))
