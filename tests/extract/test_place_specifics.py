"""Which place a role holds when the text gives several: a military base by its own name, a region
referred back to, a route told in a participle clause (extract/facilities.py, place_roles.py)."""
import pytest

from record_helpers import name

pytestmark = pytest.mark.issue(4)


def role(extract, text, etype, field):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert len(events) == 1, events
    return name(events[0][field])


def test_a_base_named_with_a_capitalised_base_noun_keeps_its_name(extract):
    text = "The United States withdrew four Patriot batteries from Osan Air Base last month."
    assert role(extract, text, "withdrawal", "origin") == "Osan Air Base"


def test_a_town_facility_in_lowercase_is_its_town(extract):
    text = "Two Il-76 cargo planes landed at Goma airport on Monday, carrying Turkish TB2 drones."
    assert role(extract, text, "transfer", "destination") == "Goma"


def test_a_region_referred_back_to_is_the_destination(extract):
    record = extract("The US moved two Patriot batteries to the Middle East in March. "
                     "The Pentagon also deployed B-52 bombers to the region last week.")
    (event,) = [e for e in record["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Middle East"


def test_a_participle_of_conveying_tells_the_route(extract):
    text = ("The US Air Force deployed six F-35A jets to Poland in May, flying them from Spangdahlem "
            "to an airfield near Rzeszow.")
    record = extract(text)
    (event,) = [e for e in record["events"] if e["type"] == "deployment"]
    assert name(event["origin"]) == "Spangdahlem Air Base"
    assert name(event["destination"]) == "Rzeszów"


def test_a_route_leaving_the_destination_keeps_it(extract):
    text = "The US Air Force deployed six F-35A jets to Poland in May, flying them from Spangdahlem to Estonia."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Poland"


def test_a_participle_of_other_work_tells_no_route(extract):
    text = "Poland deployed F-16 jets to Lithuania in June, flying missions from Rzeszow to the border."
    record = extract(text)
    (event,) = [e for e in record["events"] if e["type"] == "deployment"]
    assert event["origin"] is None
    assert name(event["destination"]) == "Lithuania"


def test_the_object_of_an_attack_may_be_several_ports_of_a_town(extract):
    text = "Israeli jets struck the Houthi-held ports of Hodeidah and Salif on Monday."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert "Hodeidah" in name(event["destination"])


def test_a_clause_after_the_object_is_no_object(extract):
    text = "Israeli jets struck Houthi positions on Monday, and Sanaa airport was closed."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert name(event["destination"]) != "Sanaa"


def test_a_country_after_to_is_the_destination_when_a_group_receives(extract):
    text = "The UAE sent GB50A bombs for the RSF to Sudan in 2024."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert name(event["recipient"]) == "Rapid Support Forces"
    assert name(event["destination"]) == "Sudan"


def test_a_group_receiving_with_no_place_gets_no_destination(extract):
    text = "Iran delivered Shahed-136 drones to the Houthis in 2023."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert event["destination"] is None


def test_a_loss_told_after_an_attack_happened_where_it_did(extract):
    record = extract("Jihadist fighters attacked a military camp near Tillaberi on Sunday. "
                     "The group said it had captured three Otokar Cobra armoured vehicles.")
    (event,) = [e for e in record["events"] if e["type"] == "loss"]
    assert name(event["destination"]) == "Tillabéri"


def test_a_tally_of_losses_after_an_attack_is_not_placed_there(extract):
    record = extract("Russian missiles struck Odesa on Monday. "
                     "Analysts have documented more than 40 Leopard 2 tanks destroyed during the war.")
    (event,) = [e for e in record["events"] if e["type"] == "loss"]
    assert event["destination"] is None


def test_the_attackers_own_loss_is_not_placed_at_its_target(extract):
    record = extract("Russian missiles struck Odesa on Monday. Russia also lost two Su-25 jets.")
    (event,) = [e for e in record["events"] if e["type"] == "loss"]
    assert event["destination"] is None


def test_a_place_before_its_landform_is_the_place(extract):
    text = "Turkish F-16s struck PKK targets in northern Iraq's Qandil mountains on Tuesday."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert name(event["destination"]) == "northern Iraq"


@pytest.mark.parametrize("text,place", [
    ("The US Army moved HIMARS launchers to the island of Batanes, in the northern Philippines.", "Batanes"),
    ("Taiwan deployed Harpoon launchers to the islands of Penghu.", "Penghu"),
])
def test_the_island_of_a_name_is_that_place(extract, text, place):
    (event,) = [e for e in extract(text)["events"] if e["type"] in ("transfer", "deployment")]
    assert name(event["destination"]) == place


def test_where_deployed_items_are_stationed_narrows_the_deployment(extract):
    record = extract("Russia has deployed S-400 systems to Belarus. The systems are stationed near Gomel, "
                     "satellite images show.")
    (event,) = [e for e in record["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Homyel'"


def test_where_bought_items_are_based_is_not_where_they_were_delivered(extract):
    record = extract("Kinshasa received three CH-4 drones from China in 2023. The drones, based at Goma airport, "
                     "have given the army an edge.")
    (event,) = [e for e in record["events"] if e["type"] == "transfer"]
    assert name(event["destination"]) == "Democratic Republic of the Congo"


@pytest.mark.parametrize("text", [
    "Burundian soldiers deployed in the east of the DRC, in Maniema province, in 2023.",
    "Burundian soldiers deployed in the DRC in Maniema province in 2023.",
    "Burundian soldiers deployed to the DRC, to Maniema province, in 2023.",
])
def test_an_unlisted_place_after_a_country_lies_in_it_and_narrows_the_role(extract, text):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Maniema province"


def test_an_unlisted_place_not_right_after_a_country_gets_no_country(extract):
    record = extract("Niger's army fought jihadists near Tillia district in 2023.")
    (place,) = [m for m in record["mentions"] if m["text"] == "Tillia district"]
    assert place["country"] is None
    record = extract("Chadian soldiers deployed to Niger in Tillia district in 2023.")
    (place,) = [m for m in record["mentions"] if m["text"] == "Tillia district"]
    assert place["country"] == "NE"


def test_a_withdrawal_to_bases_in_a_town_ends_there(extract):
    text = "The Wagner convoy pulled back from the outskirts of Moscow to its bases in Rostov."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert name(event["origin"]) == "Moscow"
    assert name(event["destination"]) == "Rostov-on-Don"


def test_a_withdrawal_from_a_base_in_a_town_leaves_the_town(extract):
    text = "The last French soldiers left the Gossi base in central Mali on Tuesday."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert name(event["origin"]) == "Gossi"
    assert event["destination"] is None


def test_a_lowercase_phrase_is_no_region(extract):
    text = "Russian forces retreated from the west bank of the Dnipro in November."
    assert "West Bank" not in [m["name"] for m in extract(text)["mentions"] if m["kind"] == "place"]


@pytest.mark.parametrize("text", [
    "Roughly 1,000 US troops are stationed in Lithuania on rotation, most of them at Pabrade.",
    "Germany has deployed 5,000 troops to Lithuania, some of which are based in Rukla.",
])
def test_where_a_part_of_the_forces_is_does_not_narrow_the_place(extract, text):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Lithuania"


def test_a_place_inside_the_country_still_narrows_without_a_part(extract):
    text = "The US deployed 200 troops to Lithuania, at Pabrade, in March."
    (event,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert name(event["destination"]) == "Pabradė training area"


@pytest.mark.parametrize("text,place", [
    ("Iranian Mohajer-6 drones were seen at Wadi Seidna air base north of Omdurman in January.", "Wadi Seidna Air Base"),
    ("Chinese J-10 jets landed at Harar Meda air base near Bishoftu in May.", "Harar Meda Air Base"),
])
def test_a_town_that_only_locates_a_named_base_leaves_the_base_the_place(extract, text, place):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert name(event["destination"]) == place


@pytest.mark.parametrize("text,etype,place", [
    ("Russia keeps 3,000 troops at its 102nd military base in Gyumri.", "deployment", "Gyumri"),
    ("Chinese J-10 jets landed at an airfield near Bishoftu in May.", "transfer", "Bishoftu"),
])
def test_a_town_a_base_is_in_or_an_unnamed_facility_is_near_is_the_place(extract, text, etype, place):
    (event,) = [e for e in extract(text)["events"] if e["type"] == etype]
    assert name(event["destination"]) == place


@pytest.mark.parametrize("text,etype,place", [
    ("A Russian S-400 launcher was destroyed north of Donetsk on Sunday.", "loss", "Donetsk"),
    ("Sudanese army jets bombed RSF technicals north of Omdurman.", "attack", "Omdurman"),
    ("M23 fighters shot down a Congolese drone south-west of Goma.", "loss", "Goma"),
])
def test_a_bare_bearing_from_a_town_places_the_event_by_it(extract, text, etype, place):
    assert role(extract, text, etype, "destination") == place


@pytest.mark.parametrize("text,etype,place", [
    # a distance from the town, or a place noun of its own, keeps the town out of the role
    ("Sudanese army jets bombed RSF positions 40 km north of El Obeid.", "attack", None),
    ("Two Chinese destroyers were deployed to waters east of Taiwan.", "deployment", None),
])
def test_a_bearing_after_a_distance_or_a_place_noun_is_no_place_of_the_event(extract, text, etype, place):
    assert role(extract, text, etype, "destination") == place


@pytest.mark.parametrize("text,place", [
    ("Russian troops pulled T-72 tanks back from positions near Kupiansk to Belgorod.", "Kupyansk"),
    ("The RSF withdrew its armoured vehicles from checkpoints outside El Fasher.", "El Fasher"),
    ("The Ukrainian army withdrew its Abrams tanks from the front line near Avdiivka.", "Avdiyivka"),
])
def test_a_town_that_locates_positions_left_is_the_origin(extract, text, place):
    assert role(extract, text, "withdrawal", "origin") == place


def test_a_town_of_a_ceremony_after_the_supplier_is_no_origin(extract):
    text = "Russia received Shahed drones from Iran at a ceremony in Moscow."
    assert role(extract, text, "transfer", "origin") is None


@pytest.mark.parametrize("text,etype,place", [
    ("Russia pulled its S-300 batteries out of Syria and shipped them home.", "withdrawal", "Russia"),
    ("France flew its Mirage jets home from Chad on Friday.", "transfer", "France"),
])
def test_a_states_movement_home_ends_in_its_country(extract, text, etype, place):
    assert role(extract, text, etype, "destination") == place


@pytest.mark.parametrize("text,etype", [
    ("Wagner sent its T-72 tanks home from Mali.", "transfer"),  # a force that is no state: home unnamed
    ("Germany withdrew its Leopard tanks from Lithuania to their home base.", "withdrawal"),  # 'home' qualifies a noun
])
def test_home_names_no_country_for_a_non_state_or_before_a_noun(extract, text, etype):
    assert role(extract, text, etype, "destination") is None


@pytest.mark.parametrize("text,etype,place", [
    ("India has moved T-90 tanks to Ladakh.", "transfer", "Ladakh"),
    ("Two Chinese frigates were deployed to waters off Kinmen.", "deployment", "Kinmen"),
    ("Azerbaijan deployed Polonez launchers near Syunik.", "deployment", "Syunik"),
    # a compass word before a region of a country keeps the phrase, as before a country
    ("The Myanmar army lost two Mi-17 helicopters in northern Shan State.", "loss", "northern Shan State"),
])
def test_widely_reported_regions_and_their_compass_parts(extract, text, etype, place):
    assert role(extract, text, etype, "destination") == place


@pytest.mark.parametrize("text,place", [
    ("Eritrea launched drone strikes on Tigray from its base at Assab.", "Assab"),
    ("Russian jets bombed Kharkiv from Belgorod on Sunday.", "Belgorod"),
])
def test_a_town_or_base_an_attack_is_launched_from_is_its_origin(extract, text, place):
    assert role(extract, text, "attack", "origin") == place


def test_a_country_after_an_attacks_from_is_no_origin(extract):
    assert role(extract, "The Houthis fired missiles at Eilat from Yemen.", "attack", "origin") is None


@pytest.mark.parametrize("text,place", [
    ("Ukraine withdrew its Abrams tanks to positions outside Pokrovsk.", "Pokrovsk"),
    ("The RSF pulled its technicals back to bases near Nyala.", "Nyala"),
])
def test_a_town_that_locates_positions_withdrawn_to_is_the_destination(extract, text, place):
    assert role(extract, text, "withdrawal", "destination") == place


def test_a_town_that_locates_positions_left_is_no_destination(extract):
    assert role(extract, "Russia withdrew its troops from positions near Kherson.", "withdrawal", "destination") is None


def test_south_china_sea_shoals_are_places_by_any_of_their_names(extract):
    text = "China deployed coast guard ships to Ayungin Shoal."
    assert role(extract, text, "deployment", "destination") == "Second Thomas Shoal"
