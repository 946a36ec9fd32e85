"""Sentences that go on listing an event's items (extract/continuations.py)."""
import pytest


def items_of(record, etype):
    return [{i["name"] for i in e["equipment"]} for e in record["events"] if e["type"] == etype]


def test_a_sighting_right_after_a_continuation_adds_its_item(extract):
    text = ("Russia delivered T-72B3 tanks to Bamako on Friday, officials said. The convoy also included BMP-2 vehicles. "
            "Several Tigr vehicles could be seen in the background of one of the pictures.")
    assert any({"T-72B3", "BMP-2", "Tigr"} <= names for names in items_of(extract(text), "transfer"))


@pytest.mark.parametrize("text,absent", [
    ("China delivered VN-4 armoured vehicles to Cameroon in May. Yaounde may also be looking at Wing Loong II drones.",
     "Wing Loong II"),
    ("Turkey delivered Bayraktar TB2 drones to Niger in June. Niamey is also considering Akinci drones.",
     "Bayraktar Akıncı"),
])
def test_a_hypothetical_list_adds_nothing(extract, text, absent):
    assert absent not in {n for names in items_of(extract(text), "transfer") for n in names}


def test_a_hedged_past_still_continues_the_shipment(extract):
    text = ("Russia delivered T-72B3 tanks to Bamako on Friday, officials said. "
            "Also seen were BTR-82A vehicles, which may have come from Syria.")
    assert any("BTR-82A" in names for names in items_of(extract(text), "transfer"))


@pytest.mark.parametrize("text,weapons", [
    ("India struck nine sites in Pakistan early on Wednesday, officials said. "
     "The defence ministry said SCALP missiles and HAMMER bombs were among the weapons used.",
     {"SCALP EG", "AASM Hammer"}),
    ("Israeli jets struck targets in southern Lebanon overnight, the army said. "
     "Video released by the military showed F-35I fighters taking off.", {"F-35I Adir"}),
    ("Houthi forces attacked a cargo ship in the Red Sea on Monday, the group said. "
     "Its spokesman said Toufan missiles and Samad-3 drones were used.", {"Samad-3"}),
])
def test_weapons_used_or_shown_after_an_attack_are_its_items(extract, text, weapons):
    attacks = items_of(extract(text), "attack")
    assert any(weapons <= names for names in attacks), attacks


def test_items_without_use_or_images_stay_out_of_an_attack(extract):
    text = ("Hezbollah fired rockets at northern Israel on Sunday, the army said. "
            "Among the vehicles on parade in Tehran last month were Zulfiqar tanks and T-72 tanks.")
    assert all(not names for names in items_of(extract(text), "attack"))


def test_spoils_shown_after_an_attack_are_not_its_weapons(extract):
    text = ("GNA fighters stormed al-Watiya air base on Monday, their spokesman said. "
            "Images posted by GNA media showed fighters posing beside a Pantsir-S1 inside the base.")
    assert all("Pantsir-S1" not in names for names in items_of(extract(text), "attack"))


def test_items_listed_after_an_announced_package_are_its_items(extract):
    text = ("The Pentagon announced a $1 billion package of weapons for Ukraine on Wednesday. "
            "Among the items listed are Stinger missiles and Javelin anti-tank missiles.")
    orders = items_of(extract(text), "order")
    assert any({"FIM-92 Stinger", "FGM-148 Javelin"} <= names for names in orders), orders


def test_what_the_remnants_came_from_is_a_weapon_of_the_attack(extract):
    text = ("An Ethiopian Bayraktar TB2 drone struck a camp in Dedebit on January 7, the group said. "
            "The fragments came from a MAM-L, a small bomb made by Roketsan and carried by the TB2.")
    attacks = items_of(extract(text), "attack")
    assert any("MAM-L" in names for names in attacks), attacks
    assert items_of(extract(text), "transfer") == []


def test_an_item_seen_right_after_a_shipment_is_one_of_its_items(extract):
    text = ("Russia delivered BTR-82A vehicles to Bangui on Monday, officials said. "
            "A Tigr vehicle was visible in one of the photographs.")
    assert any({"BTR-82A", "Tigr"} <= names for names in items_of(extract(text), "transfer"))


def test_an_item_seen_with_no_shipment_before_makes_no_event(extract):
    text = "Officials met in Bangui on Monday to discuss the budget. A Tigr vehicle was visible in one of the photographs."
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text,variant", [
    ("Poland signed a contract for 180 K2 tanks with Hyundai Rotem on Friday. "
     "Part of the order will be assembled in Poland as the K2PL variant, the ministry said.", "K2PL"),
    ("Egypt ordered 30 Rafale fighters from France in May. "
     "Some of the contract covers the Rafale M naval version, officials said.", "Rafale M"),
])
def test_a_part_of_the_deal_names_its_items(extract, text, variant):
    assert any(variant in names for names in items_of(extract(text), "order"))


def test_a_part_of_something_else_adds_nothing(extract):
    text = ("Poland signed a contract for 180 K2 tanks with Hyundai Rotem on Friday. "
            "Part of the budget went to a museum that shows a T-34 tank.")
    assert all("T-34" not in names for names in items_of(extract(text), "order"))


@pytest.mark.parametrize("text,item,supplier", [
    ("Poland ordered 180 K2 tanks from South Korea in 2022. The tanks were shipped to Gdynia in June.",
     "K2 Black Panther", "South Korea"),
    ("Egypt ordered 30 Rafale jets from France in 2021. The jets were delivered to Cairo West air base in May.",
     "Rafale", "France"),
])
def test_the_ordered_items_delivered_later_are_a_delivery_by_the_same_supplier(extract, text, item, supplier):
    transfers = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert [[i["name"] for i in e["equipment"]] for e in transfers] == [[item]]
    assert transfers[0]["actor"]["name"] == supplier


def test_a_delivery_of_another_class_is_not_the_order_delivered(extract):
    text = "Egypt ordered 30 Rafale jets from France in 2021. The tanks were delivered to Cairo in May."
    assert all("Rafale" not in [i["name"] for i in e["equipment"]] for e in extract(text)["events"]
               if e["type"] == "transfer")


def test_items_that_took_part_in_the_strikes_are_weapons_of_the_attack(extract):
    text = ("Israeli strikes on Saturday destroyed four S-300 batteries in Iran. More than 100 aircraft, including "
            "F-35I Adir fighters, took part in three waves of strikes.")
    events = extract(text)["events"]
    weapons = {i["name"] for e in events if e["type"] == "attack" for i in e["equipment"]}
    lost = {i["name"] for e in events if e["type"] == "loss" for i in e["equipment"]}
    assert "F-35I Adir" in weapons and "F-35I Adir" not in lost


def test_items_moved_after_strikes_took_no_part_in_them(extract):
    text = "Israel struck Iran on Saturday. Part of the S-300 batteries were moved after the strikes."
    weapons = [i["name"] for e in extract(text)["events"] if e["type"] == "attack" for i in e["equipment"]]
    assert weapons == []


def test_weapons_used_before_are_not_those_of_the_attack_told(extract):
    text = "Russia struck Kyiv overnight. Moscow has previously used Kh-101 and Kalibr missiles against the city."
    assert [e["equipment"] for e in extract(text)["events"] if e["type"] == "attack"] == [[]]


def test_a_fleet_a_party_flies_is_no_part_of_the_shipment(extract):
    text = "Niger received two Bayraktar TB2 drones from Turkey. Neighbouring Mali also flies TB2s, as well as Akinci drones."
    names = [i["name"] for e in extract(text)["events"] for i in e["equipment"]]
    assert names == ["Bayraktar TB2"]
