"""Choosing among catalog entries of one name (extract/gazetteer.py) and port aliases (places.jsonl)."""
import pytest

pytestmark = pytest.mark.issue(4)


def place(record, text):
    return next(m for m in record["mentions"] if m["text"] == text and m["kind"] == "place")


@pytest.mark.parametrize("text,name,country", [
    # a town sharing a bigger town's name abroad: the one in the country the report names
    ("Ukrainian troops destroyed two 2S19 howitzers near Tokmak.", "Tokmak", "UA"),
    ("Kyrgyz border guards moved BTR-80 carriers to Tokmak.", "Tokmak", "KG"),
])
def test_gazetteer_prefers_a_town_in_a_country_the_document_names(extract, text, name, country):
    assert place(extract(text), name)["country"] == country


@pytest.mark.parametrize("text,name,place_type", [
    ("A shipment of MK-84 bombs arrived at the port of Ashdod on Saturday.", "Ashdod", "city"),
    ("Grain ships docked at the port of Haifa on Monday.", "Haifa", "city"),
    ("Two Sa'ar 6 corvettes sailed from Haifa naval base.", "Haifa naval base", "naval_port"),
])
def test_gazetteer_a_commercial_port_is_the_city_not_the_naval_base(extract, text, name, place_type):
    assert place(extract(text), name)["place_type"] == place_type


@pytest.mark.parametrize("text,absent", [
    ("The base was handed over, the mission said in a statement.", "the mission"),
    ("Troops moved to the front line near the river.", "the front"),
])
def test_gazetteer_several_word_town_names_need_a_capital(extract, text, absent):
    assert all(m["kind"] != "place" for m in extract(text)["mentions"] if m["text"].lower() == absent)


def test_gazetteer_several_word_town_names_with_a_capital_still_match(extract):
    record = extract("Dutch F-16 jets landed in The Hague on Monday.")
    assert place(record, "The Hague")["place_type"] == "city"
