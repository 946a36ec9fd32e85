"""Designations the catalog lacks, by their grammar (extract/designations.py): ship classes, type numbers."""
import pytest


def equipment(record):
    return [m["name"] for m in record["mentions"] if m["kind"] == "equipment"]


@pytest.mark.parametrize("text, expected", [
    ("Canada plans to replace its four ageing Victoria-class submarines by 2035.", "Victoria-class submarine"),
    ("Britain sent a River-class offshore patrol vessel to the Caribbean.", "River-class offshore patrol vessel"),
    ("Australia sent two Bay-class landing ships to Fiji after the cyclone.", "Bay-class landing ship"),
])
def test_a_ship_class_with_its_vessel_noun_is_one_item_named_in_the_singular(extract, text, expected):
    assert expected in equipment(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Norway's navy will receive a Type 212CD submarine in 2029.", "Type 212CD"),
    ("Pakistan commissioned two Type 054AP frigates in Karachi.", "Type 054AP"),
])
def test_type_and_a_number_in_a_military_sentence_is_an_item(extract, text, expected):
    assert expected in equipment(extract(text))


@pytest.mark.parametrize("text", [
    "Patients with Type 21 diabetes were studied in Oslo.",
    "The Premier-class hotel opened in Dubai on Monday.",
])
def test_type_numbers_and_classes_outside_the_military_are_no_items(extract, text):
    assert equipment(extract(text)) == []


@pytest.mark.parametrize("text,item", [
    # a class noun in the plural in -ies counts like its singular ("batteries" is "battery")
    ("Germany will send two more Patriot batteries to Ukraine.", "MIM-104 Patriot"),
    ("The Pentagon said it would send Patriot batteries to Kyiv.", "MIM-104 Patriot"),
])
def test_a_class_noun_plural_in_ies_marks_the_item(extract, text, item):
    assert item in [m["name"] for m in extract(text)["mentions"] if m["kind"] == "equipment"]


def test_an_ordinary_word_name_before_no_class_noun_stays_a_word(extract):
    assert not [m for m in extract("The Patriot supporters filled the stadium.")["mentions"] if m["kind"] == "equipment"]
