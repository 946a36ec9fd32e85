"""Verbs of conveyance tell a movement: 'trucked' frames like 'ferried' (extract/lexicon.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def transfers(extract, text):
    return [e for e in extract(text)["events"] if e["type"] == "transfer"]


@pytest.mark.parametrize("text,origin", [
    ("The M777 howitzers were trucked from Rzeszow to Lviv overnight.", "Rzeszów"),
    ("Egyptian Ramses II tanks were trucked out of Cairo on Monday.", "Cairo"),
    ("Rwanda has handed Nyala vehicles to Mozambique. The vehicles were trucked out of Kigali in convoys.", "Kigali"),
])
def test_trucked_tells_where_the_items_left(extract, text, origin):
    moves = transfers(extract, text)
    assert len(moves) == 1, moves
    assert moves[0]["origin"]["name"] == origin


def test_the_noun_truck_tells_no_movement(extract):
    text = "A truck carrying vegetables overturned near Mosul."
    assert transfers(extract, text) == []
