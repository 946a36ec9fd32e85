"""One movement told in legs over neighbouring sentences (extract/routes.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def roles(event):
    return {r: (event[r] or {}).get("name") for r in ("actor", "recipient", "origin", "destination")}


def of_type(record, etype):
    return [roles(e) for e in record["events"] if e["type"] == etype]


@pytest.mark.parametrize("text,etype,expected", [
    ("North Korea has shipped about 1,000 containers of artillery shells to Russia, the US said. According to "
     "the White House, the containers were loaded at Rajin and then carried by rail to a depot near Tikhoretsk.",
     "transfer", {"origin": "Rajin", "destination": "Tikhoretsk"}),
    ("The US Marine Corps has deployed two HIMARS launchers to Batan island. The launchers were flown out of "
     "Okinawa aboard C-130 transport aircraft.", "deployment", {"origin": "Okinawa", "destination": "Batan island"}),
    ("Russia deployed MiG-29 fighter jets to Libya. The jets flew to Libya from Hmeimim air base in Syria.",
     "deployment", {"origin": "Hmeimim Air Base", "destination": "Libya"}),
    ("Russia delivered two Mi-24 helicopters to Mali on Friday. The helicopters were loaded at Novorossiysk in "
     "early January.", "transfer", {"origin": "Novorossiysk", "destination": "Mali"}),
])
def test_routes_a_leg_told_after_the_movement_gives_its_origin(extract, text, etype, expected):
    record = extract(text)
    found = of_type(record, etype)
    assert len(found) == 1 and {k: found[0][k] for k in expected} == expected
    assert not of_type(record, "withdrawal")  # the leg is no event of its own


def test_routes_a_later_departure_from_the_destination_is_no_leg(extract):
    record = extract("Russia deployed Su-24 jets to Libya in 2019. The jets left Libya in 2021.")
    assert of_type(record, "deployment")[0]["origin"] is None
    assert of_type(record, "withdrawal")[0]["origin"] == "Libya"


@pytest.mark.parametrize("text", [
    "Russia delivered T-72 tanks to Mali. A Chinese freighter was loaded at Shanghai.",
    "Russia deployed MiG-29 fighter jets to Libya. Drones flew to Kyiv from Belarus overnight.",
    "Kinshasa received CH-4 drones from China. The drones, based at Goma airport, have flown daily.",
])
def test_routes_a_sentence_not_about_the_moved_items_gives_no_origin(extract, text):
    movements = [e for e in extract(text)["events"] if e["type"] in ("transfer", "deployment")]
    assert movements[0]["origin"] is None


def test_routes_a_movement_going_on_from_where_a_leg_arrived_starts_where_it_started(extract):
    text = ("Cargo planes from the UAE landed at Amdjarass almost daily. Kornet missiles unloaded there were then "
            "driven across the border to Darfur.")
    assert of_type(extract(text), "transfer")[0]["origin"] == "United Arab Emirates"


def test_routes_a_movement_from_elsewhere_takes_no_origin_from_the_leg_before(extract):
    text = ("Cargo planes from the UAE landed at Amdjarass almost daily. Kornet missiles were unloaded at "
            "Port Sudan and taken by road to Darfur.")
    assert all(e["origin"] != "United Arab Emirates" for e in of_type(extract(text), "transfer"))


def test_routes_a_carrier_with_the_people_told_before_is_a_leg_of_their_withdrawal(extract):
    text = ("The last Italian soldiers have left Niger, the ministry said. A C-130 transport aircraft carrying the "
            "remaining personnel took off from Niamey on Friday and landed at Pisa.")
    record = extract(text)
    assert of_type(record, "withdrawal") == [{"actor": "Italy", "recipient": None, "origin": "Niamey",
                                              "destination": "Pisa"}]
    assert not of_type(record, "transfer")


def test_routes_a_carrier_with_another_load_is_no_leg(extract):
    text = ("Germany withdrew its troops from Mali in 2023. A C-130 carrying food aid took off from Niamey on Friday "
            "and landed at Gao.")
    assert of_type(extract(text), "withdrawal")[0]["origin"] == "Mali"


@pytest.mark.parametrize("text,origin", [
    ("Russian landing ships docked at Tartus on Monday. The ships, escorted by a frigate, carried S-300 launchers "
     "back to Novorossiysk.", "Ţarţūs"),
    ("Russian landing ships docked at Tartus on Monday. Other vessels carried T-72 tanks back to Novorossiysk.", None),
    ("Russian landing ships docked at Tartus on Monday. The ships carried S-300 launchers to Novorossiysk.", None),
])
def test_routes_carriers_going_back_with_a_load_leave_from_where_they_arrived(extract, text, origin):
    assert of_type(extract(text), "transfer")[0]["origin"] == origin


@pytest.mark.parametrize("text,expected", [
    ("North Korea has sent KN-23 missiles to Russia. The consignment left Rajin by ship in March.",
     {"origin": "Rajin", "destination": "Russia"}),
    ("Iran supplied Shahed drones to Russia last year. The first batch was flown out of Tehran in August.",
     {"origin": "Tehran", "destination": "Russia"}),
])
def test_routes_a_shipment_noun_refers_back_to_the_transfer_just_told(extract, text, expected):
    found = of_type(extract(text), "transfer")
    assert len(found) == 1 and {k: found[0][k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("A ship carrying S-300 launchers left Novorossiysk for Tartus on Monday.",
     {"origin": "Novorossiysk", "destination": "Ţarţūs"}),
    ("The vessel, which left Tartus on Monday, is carrying T-72 tanks to Benghazi.",
     {"origin": "Ţarţūs", "destination": "Benghazi"}),
    ("C-17 transports departing from Rzeszow carried HIMARS launchers into Ukraine.",
     {"origin": "Rzeszów", "destination": "Ukraine"}),
])
def test_routes_a_carrier_leaving_with_its_load_is_the_load_s_transfer(extract, text, expected):
    record = extract(text)
    found = of_type(record, "transfer")
    assert len(found) == 1 and {k: found[0][k] for k in expected} == expected
    assert not of_type(record, "withdrawal")


def test_routes_a_force_withdrawing_beside_a_carried_load_stays_a_withdrawal(extract):
    record = extract("Russia withdrew its troops from Mali, with trucks carrying T-72 tanks to Niger.")
    assert of_type(record, "withdrawal")[0]["origin"] == "Mali"


def test_routes_items_leaving_beside_a_carrier_without_items_stay_a_withdrawal(extract):
    record = extract("T-72 tanks left Gao on Monday, with trucks carrying ammunition to Kidal.")
    assert of_type(record, "withdrawal")[0]["origin"] == "Gao"
