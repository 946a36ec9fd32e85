"""A destination that opens a list of three or more places of one country spreads the event over
that country (extract/place_roles.py, `spread_over_list`)."""
import pytest

pytestmark = pytest.mark.issue(4)


def destination(extract, text, etype):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert len(events) == 1, events
    return (events[0]["destination"] or {}).get("name")


@pytest.mark.parametrize("text,etype,country", [
    ("Drones struck Su-34 jets at Morozovsk, Millerovo and Yeysk on Sunday.", "attack", "Russia"),
    ("The army deployed T-72 tanks to Goma, Bukavu and Uvira last week.", "deployment", "Democratic Republic of the Congo"),
    # a place locating a member ("in the Murmansk region") is not one of the list
    ("Several Tu-22M3 bombers were destroyed at Olenya in the Murmansk region, Belaya, Dyagilevo and Ivanovo.",
     "loss", "Russia"),
])
def test_a_list_of_places_spreads_over_their_country(extract, text, etype, country):
    assert destination(extract, text, etype) == country


@pytest.mark.parametrize("text,etype,country", [
    # two places: the first keeps the role
    ("Syrian troops deployed T-90 tanks to Hama and Idlib.", "deployment", "Syria"),
    # places of two countries: no one country to spread over
    ("Houthi drones attacked Sanaa, Aden and Riyadh on Friday.", "attack", "Yemen"),
    ("Houthi drones attacked Sanaa, Aden and Riyadh on Friday.", "attack", "Saudi Arabia"),
])
def test_short_or_mixed_lists_keep_the_first_place(extract, text, etype, country):
    assert destination(extract, text, etype) not in (country, None)
