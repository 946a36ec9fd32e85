import pytest


@pytest.mark.parametrize("text", [
    "Spartak Moscow beat Zenit 2-1 on Sunday.",
    "She wore a Leopard print dress to the gala.",
    "Senators debated renewing the Patriot Act.",
    "The tigers in the zoo were fed at noon.",
    "A Typhoon warning closed schools in Manila.",
    "The Hawk flew over the valley at dawn.",
])
def test_ordinary_words_are_not_equipment_without_military_context(extract, text):
    assert [m["text"] for m in extract(text)["mentions"] if m["kind"] == "equipment"] == []


@pytest.mark.parametrize("text,name", [
    ("Germany sent Leopard 2A6 tanks to Ukraine.", "Leopard 2A6"),
    ("The convoy included Tigr vehicles.", "Tigr"),
    ("Spartak armoured vehicles were seen in Bamako.", "Spartak"),
    ("Ukraine received more Patriot systems.", "MIM-104 Patriot"),
])
def test_ordinary_words_are_equipment_in_military_context(extract, text, name):
    assert name in [m["name"] for m in extract(text)["mentions"] if m["kind"] == "equipment"]
