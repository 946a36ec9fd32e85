"""An attack or loss on several sites a demonym places is in that demonym's country (extract/place_roles.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def destination(extract, text, etype="attack"):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert len(events) == 1, events
    return (events[0]["destination"] or {}).get("name")


@pytest.mark.parametrize("text,country", [
    ("Before dawn, Indian missiles hit several Pakistani air bases, among them Nur Khan near Rawalpindi.", "Pakistan"),
    ("Russian drones struck three Ukrainian airfields overnight, including Starokostiantyniv and Myrhorod.", "Ukraine"),
    ("Houthi missiles hit several Saudi oil facilities, among them the Abqaiq plant.", "Saudi Arabia"),
    ("Israeli jets bombed four Iranian military sites, such as Parchin near Tehran.", "Iran"),
])
def test_examples_of_sites_do_not_narrow_their_country(extract, text, country):
    assert destination(extract, text) == country


@pytest.mark.parametrize("text,place", [
    # the sites are said to be in a place: that place
    ("Ukrainian drones hit Russian air bases in Crimea overnight.", "Crimea"),
    # one site near a town, no examples: the town
    ("Israeli jets struck an Iranian military site near Tehran.", "Tehran"),
])
def test_sites_placed_by_a_locative_keep_the_place(extract, text, place):
    assert destination(extract, text) == place


def test_examples_abroad_keep_their_place(extract):
    # the demonym says whose the bases are; the example lies elsewhere
    text = "Houthi drones struck several US bases, including Ain al-Asad air base."
    assert destination(extract, text) != "United States"
