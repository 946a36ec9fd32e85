"""A family name and the variant a document names are one item (extract/families.py)."""
import pytest


def orders(record):
    return [e for e in record["events"] if e["type"] == "order"]


@pytest.mark.parametrize("text,items", [
    ("Romania signs deal for 54 Abrams tanks\n\nBUCHAREST - Romania signed an agreement with the United States on "
     "Monday to buy 54 M1A2 Abrams tanks, the defence ministry said.", [("M1A2 Abrams", 54)]),
])
def test_a_headline_family_name_joins_the_variant_of_the_body(extract, text, items):
    (order,) = orders(extract(text))
    assert [(i["name"], i["quantity"]) for i in order["equipment"]] == items


def test_a_family_counted_otherwise_is_another_batch(extract):
    text = ("India signs deal for 26 Rafale M fighters\n\nNEW DELHI - India signed a contract with France on Monday "
            "for 26 Rafale M jets for its navy. The deal adds to the 36 Rafale jets the air force ordered in 2016.")
    names = sorted(i["name"] for e in orders(extract(text)) for i in e["equipment"])
    assert "Rafale" in names and "Rafale M" in names


def test_a_family_in_an_event_of_another_kind_keeps_its_name(extract):
    text = ("Iran received S-300PMU2 systems from Russia in 2016. In April, an Israeli missile damaged the radar "
            "of an S-300 battery near Isfahan.")
    record = extract(text)
    lost = [i["name"] for e in record["events"] if e["type"] == "loss" for i in e["equipment"]]
    moved = [i["name"] for e in record["events"] if e["type"] == "transfer" for i in e["equipment"]]
    assert lost == ["S-300"] and moved == ["S-300PMU-2"]


def test_a_family_in_an_event_of_the_same_kind_is_the_variant(extract):
    text = ("Russia delivered S-300PMU2 systems to Iran in 2016. The S-300 systems were delivered after years "
            "of delay.")
    names = {i["name"] for e in extract(text)["events"] if e["type"] == "transfer" for i in e["equipment"]}
    assert names == {"S-300PMU-2"}
