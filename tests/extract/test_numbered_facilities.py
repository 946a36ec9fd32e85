"""A facility named only by facility nouns and a number is no place of its own: the town it is in
is where the event happens (extract/unlisted.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def destination(extract, text, etype):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert len(events) == 1, events
    return (events[0]["destination"] or {}).get("name")


@pytest.mark.parametrize("text,etype,town", [
    ("Two Bayraktar Akinci drones landed at Air Base 101 in Bamako last week.", "transfer", "Bamako"),
    ("French Rafale jets were based at Air Base 172 near N'Djamena until 2024.", "deployment", "N'Djamena"),
    ("The Su-24 jets landed at Air Base 3 in Gao.", "transfer", "Gao"),
])
def test_a_numbered_facility_is_located_at_its_town(extract, text, etype, town):
    assert destination(extract, text, etype) == town


def test_a_numbered_facility_alone_names_no_place(extract):
    assert destination(extract, "The Su-24 jets landed at Air Base 3 on Monday.", "transfer") != "Air Base"


def test_a_named_facility_keeps_its_name(extract):
    # a name before the facility noun: the facility is the place
    text = "Chinese Y-20 transports landed at Camp Lemonnier in Djibouti."
    assert destination(extract, text, "transfer") == "Camp Lemonnier"


def test_a_numbered_facility_is_the_one_of_that_number_in_a_country_the_report_names(extract):
    text = "Niger's junta expelled the US troops. In May, Russian instructors moved into a hangar at Air Base 101."
    assert destination(extract, text, "deployment") == "Niamey Air Base 101"


def test_a_numbered_facility_in_no_country_named_stays_no_place(extract):
    text = "In May, Russian instructors moved into a hangar at Air Base 101."
    assert destination(extract, text, "deployment") is None
