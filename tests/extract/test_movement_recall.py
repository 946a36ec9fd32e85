"""Recall of base changes, withdrawals and orders in the shapes reporting gives them (triggers.py,
lexicon.py, type_shifts.py): a phrasal verb's particle after a long object, works at a base, a base
reopened, and the look-alikes that must stay no event."""
import pytest
from record_helpers import kinds, name, only


# --- withdrawals: "pulled X and Y out of Z" -----------------------------------------------------

@pytest.mark.parametrize("text,actor,origin", [
    ("Moscow began pulling jets and air defence crews out of Syria in December.", "Russia", "Syria"),
    ("France pulled its soldiers and helicopters out of Mali in 2022.", "France", "Mali"),
    ("Kenya has pulled police and support troops out of Haiti.", "Kenya", "Haiti"),
])
def test_a_particle_after_an_object_of_two_nouns(extract, text, actor, origin):
    event = only(extract(text), "withdrawal")
    assert name(event["actor"]) == actor and name(event["origin"]) == origin


def test_an_and_that_opens_a_verb_ends_the_object(extract):
    assert "withdrawal" not in kinds(extract("The delegation pulled back and walked out of the talks in Doha."))


# --- look-alike documents: evidence "reviewed by" is no review ------------------------------------

def test_evidence_reviewed_by_analysts_makes_no_review(extract):
    text = ("Russia moves S-300 radars to Libya\n\n"
            "Flight data reviewed by analysts shows Il-76 flights carrying S-300 radars from Hmeimim to al-Khadim. "
            "Satellite images reviewed by the newspaper suggest Russian engineers are expanding the airbase at al-Khadim.")
    assert "base_change" in kinds(extract(text))


def test_a_film_review_stays_a_look_alike(extract):
    text = ("'Steel Rain' review: a war film with too many tanks\n\n"
            "The film's review copy shows T-72 tanks rolling into a burning town. The cast delivers, the script does not.")
    assert extract(text)["events"] == []


# --- base changes: works at a base, a base reopened ----------------------------------------------

@pytest.mark.parametrize("text,change,place", [
    ("Satellite images suggest engineers are refurbishing runways and hangars at al-Watiya.", "expanded", "Al-Watiya Air Base"),
    ("Turkey renovated the airfield at al-Watiya in 2020.", "expanded", "Al-Watiya Air Base"),
    ("The navy has begun reopening the former naval base at Subic Bay.", "opened", "Subic"),
])
def test_works_at_a_base_and_a_base_reopened(extract, text, change, place):
    event = only(extract(text), "base_change")
    assert event["change"] == change and name(event["destination"]) == place


@pytest.mark.parametrize("text", [
    "The government reopened the border crossing at Rafah on Monday.",
    "Poland modernised 200 T-72 tanks at a plant in Gliwice.",
    "India is modernising its tank fleet.",
])
def test_reopening_a_crossing_or_modernising_tanks_is_no_base_change(extract, text):
    assert "base_change" not in kinds(extract(text))


# --- a show named in a clause of its own -------------------------------------------------------

HEADLINE = "Tank fleet grows in Southeast Asia\n\n"


def test_a_parade_in_a_when_clause_leaves_the_main_clause_its_events(extract):
    text = HEADLINE + "Vietnam ordered 64 T-90S tanks from Russia in 2017, when two of them rolled through a parade in Hanoi."
    assert name(only(extract(text), "order")["recipient"]) == "Vietnam"


@pytest.mark.parametrize("text", [
    "Two T-90S tanks from Russia rolled through the victory parade in Hanoi on Sunday.",
    "The museum received a restored T-34 tank from the army in May.",
])
def test_a_show_in_the_events_own_clause_stays_no_event(extract, text):
    assert extract(HEADLINE + text)["events"] == []


# --- withdrawals: a force cut down ---------------------------------------------------------------

@pytest.mark.parametrize("text,actor,origin", [
    ("Britain reduced its troops in Estonia to 900 last year.", "United Kingdom", "Estonia"),
    ("The United States cut the number of troops in Iraq by half.", "United States", "Iraq"),
    ("France halved its military presence in Chad in 2023.", "France", "Chad"),
])
def test_cutting_a_force_down_is_a_withdrawal(extract, text, actor, origin):
    event = only(extract(text), "withdrawal")
    assert name(event["actor"]) == actor and name(event["origin"]) == origin


@pytest.mark.parametrize("text", [
    "Rwanda cut ties with Belgium in March.",
    "The central bank in Kyiv reduced the base rate.",
    "Germany cut the defence budget for troops in Lithuania.",
    "The reduced contingent stayed in Gao.",
])
def test_cutting_ties_a_rate_or_a_budget_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(text))


# --- base changes: a base shut -------------------------------------------------------------------

def test_shutting_a_camp_closes_it(extract):
    event = only(extract("The Wagner Group has shut its camp at Kidal."), "base_change")
    assert event["change"] == "closed" and name(event["destination"]) == "Kidal"


@pytest.mark.parametrize("text", ["Japan shut its embassy in Kyiv.", "Police shut the road to Goma airport for an hour."])
def test_shutting_an_embassy_or_a_road_is_no_base_change(extract, text):
    assert "base_change" not in kinds(extract(text))


# --- orders whose object points back to items named before ----------------------------------------

ARMS = "Arms deals\n\n"


@pytest.mark.parametrize("text,item,quantity", [
    ("India delivered the first BrahMos batteries to the Philippines in April, two years after Manila signed a "
     "$375 million deal for three batteries.", "BrahMos", 3),
    ("Greece received its first Rafale jets in 2021. Athens had signed a deal for 18 of them a year earlier.", "Rafale", 18),
    ("Romania has finished handing a Patriot system over to Ukraine, four months after its defence council agreed "
     "in June to donate the battery.", "MIM-104 Patriot", None),
    ("The first K9 howitzers reached Norway in May. Oslo signed a contract for 24 of the howitzers in 2017.",
     "K9 Thunder", 24),
])
def test_an_order_of_a_count_or_the_class_noun_orders_the_items_named_before(extract, text, item, quantity):
    (order,) = [e for e in extract(ARMS + text)["events"] if e["type"] == "order"]
    assert [(i["name"], i["quantity"]) for i in order["equipment"]] == [(item, quantity)]


@pytest.mark.parametrize("text", [
    "Russia delivered T-90 tanks to Algeria in March. Algiers signed a deal for 12 helicopters in May.",
    "Kenya signed a deal for three batteries in 2022.",
    "India delivered BrahMos missiles to the Philippines in April. A deal for three more batteries collapsed in May.",
])
def test_an_order_of_another_class_or_of_nothing_named_takes_no_items(extract, text):
    assert "order" not in kinds(extract(ARMS + text))


# --- withdrawals: people conveyed out of a place ---------------------------------------------------

FORCES = "Forces on the move\n\n"


@pytest.mark.parametrize("text,origin,destination", [
    ("Some 300 foreign contractors surrendered and were escorted out of Goma into Rwanda on Tuesday.", "Goma", "Rwanda"),
    ("The last Russian soldiers were bused out of Nagorno-Karabakh in June.", "Nagorno-Karabakh", None),
    ("Hundreds of Ukrainian marines marched out of Mariupol under guard.", "Mariupol", None),
])
def test_people_conveyed_out_of_a_place_withdraw(extract, text, origin, destination):
    event = only(extract(FORCES + text), "withdrawal")
    assert name(event["origin"]) == origin and name(event["destination"]) == destination


@pytest.mark.parametrize("text", [
    "Police escorted the aid convoy to Kharkiv.",
    "Residents were bused out of Rafah on Monday.",
    "The minister was escorted out of the hall in Kabul.",
])
def test_escorting_a_convoy_civilians_or_a_person_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(FORCES + text))


# --- base changes: a relative clause on a base tells a change of its own ---------------------------

BASES = "Bases abroad\n\n"


@pytest.mark.parametrize("text,changes,place", [
    ("The navy has begun reopening the former naval base at Subic Bay, which the Americans closed in 1992.",
     ["closed", "opened"], "Subic"),
    ("Russia is expanding its naval facility at Port Sudan, which it set up in 2024.", ["expanded", "opened"], "Port Sudan"),
    ("Drones struck the airfield at Kursk, which Russia expanded last year.", ["expanded"], "Kursk"),
])
def test_a_base_change_in_a_relative_clause_on_a_base(extract, text, changes, place):
    bases = [e for e in extract(BASES + text)["events"] if e["type"] == "base_change"]
    assert sorted(e["change"] for e in bases) == changes
    assert all(name(e["destination"]) == place for e in bases)


def test_a_relative_clause_on_a_town_is_no_base_change(extract):
    text = "Turkish troops entered Afrin, which Kurdish forces closed to traffic in January."
    assert "base_change" not in kinds(extract(BASES + text))


# --- 'has' as an auxiliary keeps no force ----------------------------------------------------------

def test_had_before_a_participle_is_no_presence(extract):
    text = FORCES + "The group announced on June 6 that it had completed its mission in Mali and was leaving."
    assert "deployment" not in kinds(extract(text))


@pytest.mark.parametrize("text,place", [
    ("Russia has about 2,000 personnel in Mali.", "Mali"),
    ("Turkey has kept troops in Libya since 2020.", "Libya"),
])
def test_having_forces_somewhere_is_still_a_deployment(extract, text, place):
    assert name(only(extract(FORCES + text), "deployment")["destination"]) == place


# --- orders: who sells and who buys --------------------------------------------------------------

@pytest.mark.parametrize("text,actor,recipient", [
    ("Hanwha signed a $2.6 billion deal with Romania for 54 K9 howitzers.", "Hanwha Aerospace", "Romania"),
    ("Romania signed a deal with Hanwha for 54 K9 howitzers.", "Hanwha Aerospace", "Romania"),
    ("The contract covers 12 Caesar howitzers for Estonia.", None, "Estonia"),
    ("Egypt has become the latest buyer of the J-10C.", None, "Egypt"),
])
def test_the_maker_sells_and_a_party_after_for_buys(extract, text, actor, recipient):
    order = only(extract(ARMS + text), "order")
    assert name(order["actor"]) == actor and name(order["recipient"]) == recipient


def test_the_biggest_buyer_of_oil_orders_nothing(extract):
    assert extract(ARMS + "China is the biggest buyer of Russian oil and gas.")["events"] == []


# --- withdrawal look-alikes: a sortie ---------------------------------------

@pytest.mark.parametrize("text", [
    "Troops left their barracks in Khartoum to patrol the streets.",
    "The frigate left port in Toulon for a three-month patrol in the Indian Ocean.",
])
def test_a_sortie_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(FORCES + text))


@pytest.mark.parametrize("text,origin", [
    ("The last French troops left the base at Gao to return home.", "Gao"),
    ("Wagner fighters left Mali to fight in Ukraine.", "Mali"),
])
def test_leaving_for_good_is_still_a_withdrawal(extract, text, origin):
    assert name(only(extract(FORCES + text), "withdrawal")["origin"]) == origin


# --- base changes: a military station is a base ----------------------------------------------------

@pytest.mark.parametrize("text,change", [
    ("Russia closed its listening station at Lourdes in 2002.", "closed"),
    ("The navy opened a radar station at Ream last year.", "opened"),
    ("The Pentagon is expanding the naval station at Rota.", "expanded"),
])
def test_a_military_station_is_a_base(extract, text, change):
    assert only(extract(BASES + text), "base_change")["change"] == change


@pytest.mark.parametrize("text", [
    "The city opened a new police station in Goma.",
    "Kyiv reopened the railway station at Kherson on Monday.",
])
def test_a_police_or_railway_station_is_no_base(extract, text):
    assert "base_change" not in kinds(extract(BASES + text))


# --- orders of a catalog item's variant ------------------------------------------------------------

def test_a_variant_of_a_catalog_name_is_an_item(extract):
    order = only(extract("India orders 26 Rafale-M jets for its navy\n\nThe order follows years of talks."), "order")
    assert [(i["name"], i["quantity"]) for i in order["equipment"]] == [("Rafale-M", 26)]


def test_a_variant_of_a_word_like_name_outside_military_text_is_no_item(extract):
    record = extract(ARMS + "The Baden-W region and the Tiger-X company signed a lease.")
    assert record["events"] == [] and not [m for m in record["mentions"] if m["kind"] == "equipment"]


def test_a_demonym_before_engineers_runs_the_works(extract):
    text = BASES + "Satellite images suggest Russian engineers are refurbishing runways and hangars at al-Watiya."
    assert name(only(extract(text), "base_change")["actor"]) == "Russia"


@pytest.mark.parametrize("text,actor,recipient", [
    ("Orders for the K2 tank have come from Poland and Romania.", None, "Poland"),
    ("The firm received an order from the Philippines for 12 FA-50 jets.", None, "Philippines"),
    ("The order for 180 K2 tanks from South Korea was signed in 2022.", "South Korea", None),
    ("Poland orders 180 K2 tanks from South Korea.", "South Korea", "Poland"),
])
def test_from_right_after_an_order_noun_names_the_buyer(extract, text, actor, recipient):
    order = only(extract(ARMS + text), "order")
    assert name(order["actor"]) == actor and name(order["recipient"]) == recipient
