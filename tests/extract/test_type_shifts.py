"""What the words after a trigger make of its type (extract/type_shifts.py)."""
import pytest


@pytest.mark.parametrize("text,etype", [
    ("Russian troops left behind two T-72 tanks near Izium.", "loss"),
    ("The junta ordered the French troops out of Niger.", "withdrawal"),
    ("The Chinese navy commissioned its new base at Ream.", "base_change"),
    ("German soldiers vacated the airbase in Niamey.", "base_change"),
    ("The Colombian army moved its troops out of Catatumbo.", "withdrawal"),
    ("The Colombian army moved its tanks out of Catatumbo to Cucuta.", "transfer"),  # it names where they go
])
def test_type_shifts_by_what_follows_the_trigger(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]
