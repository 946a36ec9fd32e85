"""A family name right after a designation of that family is one mention of the variant
(extract/designations.py, `_join_family_names`)."""
import pytest

pytestmark = pytest.mark.issue(4)


def transfers(extract, text):
    return [e for e in extract(text)["events"] if e["type"] == "transfer"]


def test_a_variant_and_its_family_are_one_item_of_one_movement(extract):
    # the family name would otherwise be a second item, told apart when the document names
    # another variant of it, and "the first of which arrived" would become a movement of its own
    text = ("Australia will send 49 M1A1 Abrams tanks to Ukraine. The Australian Army brings in 75 new "
            "M1A2 SEPv3 Abrams, the first of which arrived from the United States in September.")
    moves = [e for e in transfers(extract, text) if any("SEPv3" in i["name"] for i in e["equipment"])]
    assert len(moves) == 1
    assert [i["name"] for i in moves[0]["equipment"]] == ["M1A2 SEPv3"]
    assert moves[0]["origin"]["name"] == "United States"


@pytest.mark.parametrize("text,item", [
    ("Poland received 96 AH-64E Apache helicopters from the United States.", "AH-64E"),
    ("Greece took delivery of CH-47F Chinook helicopters in March.", "CH-47F"),
])
def test_mentions_hold_the_variant_only(extract, text, item):
    equipment = [m for m in extract(text)["mentions"] if m["kind"] == "equipment"]
    assert len(equipment) == 1 and equipment[0]["name"].startswith(item)


def test_two_named_items_stay_two(extract):
    # two different families side by side are no variant and its family
    text = "Kyiv received Leopard 2A6 tanks and Bradley fighting vehicles from Germany and the United States."
    names = {i["name"] for e in transfers(extract, text) for i in e["equipment"]}
    assert len(names) >= 2
