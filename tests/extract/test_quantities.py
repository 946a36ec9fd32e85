"""Quantities next to phrasal verbs (extract/quantities.py)."""
import pytest


@pytest.mark.parametrize("text,quantity,qualifier", [
    ("Russia handed over ten BRDM-2 vehicles to the Central African army.", 10, "exact"),
    ("Ankara hands over six Bayraktar TB2 drones to Niamey.", 6, "exact"),
])
def test_over_after_a_phrasal_verb_is_its_particle(extract, text, quantity, qualifier):
    item = extract(text)["events"][0]["equipment"][0]
    assert (item["quantity"], item["qualifier"]) == (quantity, qualifier)


def test_over_before_a_number_elsewhere_is_more_than(extract):
    item = extract("Russia delivered over 50 T-72B3 tanks to Mali.")["events"][0]["equipment"][0]
    assert (item["quantity"], item["qualifier"]) == (50, "over")
