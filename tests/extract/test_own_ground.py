"""A state sending its own items to a place in its own country deploys them there."""
import pytest


def kinds(extract, text):
    return [e["type"] for e in extract(text)["events"]]


@pytest.mark.parametrize("text", [
    "Japan sent Type 12 missile launchers to Ishigaki.",
    "Russia sent S-400 systems to Kaliningrad last month.",
    "Poland dispatched K2 tanks to Rzeszow in March.",
])
def test_sent_to_own_ground_is_a_deployment(extract, text):
    assert kinds(extract, text) == ["deployment"]


@pytest.mark.parametrize("text,etype", [
    ("Germany sent Leopard 2A6 tanks to Ukraine.", "transfer"),
    # "moved" stays a transfer (docs/gold.md lists moved and relocated under transfer)
    ("Russia moved Iskander-M launchers to Kaliningrad.", "transfer"),
])
def test_sent_abroad_or_moved_stays_a_transfer(extract, text, etype):
    assert kinds(extract, text) == [etype]


@pytest.mark.parametrize("text,place", [
    # items "flying from" a place, with no flight's end and no deed of their own, are based there
    ("Bayraktar TB2 drones flying from Aden Adde airport have backed Somali army offensives.", "Aden Adde"),
    ("Russian Su-34 jets flying from Hmeimim have been a fixture over Idlib for years.", "Hmeimim"),
    ("Wing Loong II drones flying from al-Khadim give the LNA air cover.", "al-Khadim"),
])
def test_items_flying_from_a_place_are_deployed_there(extract, text, place):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["deployment"]
    assert events[0]["destination"]["name"].lower().startswith(place[:5].lower())


@pytest.mark.parametrize("text,etype", [
    # a strike they fly out to make is the event; a flight naming both ends is a movement
    ("US F-16 jets flying from Incirlik struck targets in Syria.", "attack"),
])
def test_flying_from_before_a_deed_is_no_deployment(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]
