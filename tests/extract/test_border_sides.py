"""A state's forces deployed beside its border with another stand on their own side
(extract/place_roles.py, `own_side_of_border`)."""
import pytest

pytestmark = pytest.mark.issue(4)


def deployment_place(extract, text):
    events = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert len(events) == 1, events
    return (events[0]["destination"] or {}).get("name")


@pytest.mark.parametrize("text,side", [
    ("Officials are watching a large Serbian military deployment along the border with Kosovo.", "Serbia"),
    ("Armenia deployed T-72 tanks along the border with Azerbaijan last week.", "Armenia"),
    ("Russian troops and Iskander launchers were stationed along the Finnish border.", "Russia"),
])
def test_forces_beside_a_border_stand_on_their_side(extract, text, side):
    assert deployment_place(extract, text) == side


def test_a_border_with_no_other_side_says_no_side(extract):
    assert deployment_place(extract, "Russia deployed Iskander launchers near the border.") is None


def test_a_named_place_by_the_border_keeps_the_role(extract):
    text = "Ukraine deployed Bohdana howitzers to Sumy, near the Russian border."
    assert deployment_place(extract, text) == "Sumy"


def test_items_seen_at_an_unlisted_place_narrow_the_border_side(extract):
    # the sighting right after tells the same deployment; the place seen is the more specific
    text = ("Armenia has deployed armoured units to positions along the border with Azerbaijan, officials said. "
            "Video showed T-72 tanks on the move near Sotk.")
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["deployment"]
    assert events[0]["destination"]["name"] == "Sotk"
