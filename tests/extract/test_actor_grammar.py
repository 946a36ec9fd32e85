"""Who acts, from reporting grammar (extract/agents.py, event_defaults.py): invented sentences."""
import pytest

pytestmark = pytest.mark.issue(4)


def actors(extract, text, etype):
    return [(e["actor"] or {}).get("name") for e in extract(text)["events"] if e["type"] == etype]


@pytest.mark.parametrize("text,name", [
    ("A China Coast Guard ship fired water cannon at a Philippine boat near Second Thomas Shoal.", "China"),
    ("Russian navy ships fired missiles at Odesa on Monday.", "Russia"),
    ("Kyiv said a Russian navy ship had fired missiles at Odesa.", "Russia"),
])
def test_a_force_before_a_vessel_acts_through_it(extract, text, name):
    assert actors(extract, text, "attack") == [name]


def test_a_vessel_with_no_force_before_it_names_no_actor(extract):
    assert actors(extract, "The ship fired missiles at Odesa on Monday.", "attack") == [None]
