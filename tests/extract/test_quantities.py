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


@pytest.mark.parametrize("text,quantity,qualifier", [
    ("Poland delivered at least 12 K2 tanks to Ukraine.", 12, "at least"),
    ("Egypt received a dozen Rafale jets from France.", 12, "exact"),
    ("India delivered up to 18 BrahMos missiles to the Philippines.", 18, "at most"),
    ("Turkey shipped in excess of 20 Bayraktar TB2 drones to Ethiopia.", 20, "over"),
    ("Russia delivered at the port five T-72B3 tanks to Mali.", 5, "exact"),  # "at" opens no qualifier here
])
def test_words_opening_only_longer_quantity_phrases_need_their_next_word(extract, text, quantity, qualifier):
    item = extract(text)["events"][0]["equipment"][0]
    assert (item["quantity"], item["qualifier"]) == (quantity, qualifier)


@pytest.mark.parametrize("text,etype,quantity,qualifier", [
    # a partitive opening the sentence counts the items for the verb after its comma
    ("Of the 31 M1A1s supplied by the United States last year, at least 20 have been destroyed, according to Oryx.",
     "loss", 20, "at least"),
    ("Of the 200 T-72 tanks in the brigade, 40 were lost near Avdiivka.", "loss", 40, "exact"),
    # a participle inside the phrase keeps the whole number
    ("Of the 66 F-16V jets ordered in 2019, 20 have been delivered to Taiwan.", "order", 66, "exact"),
])
def test_a_partitive_counts_for_the_verb_after_it(extract, text, etype, quantity, qualifier):
    event = [e for e in extract(text)["events"] if e["type"] == etype][0]
    assert (event["equipment"][0]["quantity"], event["equipment"][0]["qualifier"]) == (quantity, qualifier)


@pytest.mark.parametrize("text", [
    "The first Gripen E jets are due to arrive in Colombia in 2026.",
    "Poland will receive the last Abrams tanks by 2026.",
])
def test_a_year_after_a_word_of_time_is_no_quantity(extract, text):
    record = extract(text)
    assert [m for m in record["mentions"] if m["kind"] == "quantity"] == []
    assert all(i["quantity"] is None for e in record["events"] for i in e["equipment"])


@pytest.mark.parametrize("text,item,quantity", [
    ("Taiwan has taken delivery of the first 11 of 29 HIMARS rocket launchers.", "M142 HIMARS", 11),
    ("Russia handed over the first two of six Su-30SME fighters.", "Su-30SME", 2),
])
def test_a_share_of_a_total_counts_what_this_delivery_moved(extract, text, item, quantity):
    (event,) = extract(text)["events"]
    assert [(i["name"], i["quantity"]) for i in event["equipment"]] == [(item, quantity)]


def test_an_order_keeps_its_total(extract):
    (event,) = extract("Taiwan ordered 29 HIMARS launchers.")["events"]
    assert event["equipment"][0]["quantity"] == 29
