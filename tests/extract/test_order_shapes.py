"""Ways procurement news tells an order, leaving verbs that leave no place, and deployments told by
operating or rotating (lexicon.py NOT_PLACES, GATED_ORDERS, NEGOTIATIONS, STRUCK_DEALS, REMAINING,
OPERATING; type_shifts.py, moods.py, triggers.py)."""
import pytest


def _types(extract, text):
    return [e["type"] for e in extract(text)["events"]]


@pytest.mark.parametrize("text,recipient", [
    ("The Hellenic Air Force exercised an option for six more Rafale jets.", "Greece"),
    ("Greece took up the option for six more Rafale jets.", "Greece"),
    ("Vietnam becomes the latest customer for the BrahMos missile.", "Vietnam"),
    ("Indonesia became the first customer for the KF-21 fighter.", "Indonesia"),
    ("Switzerland selected the Patriot system for its air defence.", "Switzerland"),
    ("Croatia opted for the Rafale F3R jets.", "Croatia"),
    ("The K9 howitzer was chosen by Australia.", "Australia"),
])
def test_options_customers_and_choices_are_orders(extract, text, recipient):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["order"]
    assert (events[0]["recipient"] or {}).get("name") == recipient


@pytest.mark.parametrize("text", [
    "Egypt is the largest customer of Russian Su-35 jets.",  # a standing relation, nobody becomes one
    "Kyiv selected 12 pilots to train on F-16 jets.",  # the choice is of people, not of the item
    "The option of buying more Rafale jets remains open.",  # an option nobody exercised
    "Croatia opted to wait for the Rafale.",  # 'opted' without 'for'
    "Turkey held talks on the purchase of Eurofighter Typhoon jets.",  # a negotiation
    "Ankara began negotiations over the sale of F-16 jets.",
    "Saudi Arabia is in talks to buy Chinese J-10C jets.",
])
def test_unexercised_choices_and_negotiations_are_no_orders(extract, text):
    assert _types(extract, text) == []


def test_striking_a_deal_is_an_order_not_an_attack(extract):
    assert _types(extract, "Slovakia struck a deal to buy 152 CV90 vehicles.") == ["order"]
    assert _types(extract, "Houthi rebels struck the port of Hodeidah with Shahed drones.") == ["attack"]


def test_talks_elsewhere_in_the_sentence_keep_the_event(extract):
    assert _types(extract, "After talks in Ankara, Turkey delivered Bayraktar TB2 drones to Kyiv.") == ["transfer"]


@pytest.mark.parametrize("text", [
    "Russia withdrew from the treaty limiting conventional forces in Europe.",
    "Saab pulled out of the fighter contest in Canada.",
    "Leonardo quit the tender for Romania's helicopters.",
    "Kenya withdrew from the bidding for the Turkish drones.",
    "Mali withdrew its ambassador from Algiers.",
    "The first K2 tanks left the factory in Changwon last week.",  # made, not withdrawn
    "The firm exited the drone market in Africa.",
    "Turkey pulled out of the talks on the sale of F-16 jets.",  # neither withdrawal nor order
    "Washington withdrew its support for the sale of F-35 jets to the UAE.",
    "Hungary withdrew its offer to buy Gripen jets.",
    "Budapest withdrew its veto on the EU aid package for Ukraine's HIMARS ammunition.",
    "Ankara withdrew its approval of the F-16 deal with Washington.",
    "Wagner's chief left Bakhmut for a meeting in Moscow.",  # a person leaving
    "The RSF commander left Nyala for talks in Jeddah.",
    "Thousands of residents left Rafah as Israeli tanks advanced.",  # people flee, no force leaves
    "Foreign nationals left Khartoum on evacuation flights.",
])
def test_leaving_an_agreement_a_contest_or_a_factory_is_no_event(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text", [
    "France pulled its troops out of Niger in December.",
    "Ukraine withdrew its Leopard 2 tanks from the front line near Avdiivka.",
    "Russian forces retreated from Kherson in November.",
    "The last French soldiers left Niamey on Friday.",
    "Russian troops left the Kakhovka power plant in November.",  # a plant held in war is a place
])
def test_forces_leaving_a_place_stay_withdrawals(extract, text):
    assert _types(extract, text) == ["withdrawal"]


@pytest.mark.parametrize("text", [
    "Oslo allocated two NASAMS batteries to Kyiv.",
    "The Czech government earmarked 14 Leopard 2A4 tanks for Ukraine.",
    "The new tranche comprises 20 Bradley vehicles and 500 Javelin missiles.",
    "The ministry said it had signed for 12 more Caesar howitzers.",
    "The order, placed in 2021, covers 12 Rafale jets.",
    "Hanoi is in line to receive 12 Yak-130 trainers.",
])
def test_allotments_signings_and_plans_are_orders(extract, text):
    assert _types(extract, text) == ["order"]


@pytest.mark.parametrize("text", [
    "Parliament allocated $2bn for defence this year.",  # a budget, no item
    "The first tranche of the loan was paid in May.",
    "The treaty was signed for the first time in 1990.",
])
def test_budgets_loans_and_treaties_are_no_orders(extract, text):
    assert _types(extract, text) == []


def test_allotment_names_giver_and_receiver(extract):
    event = extract("Oslo allocated two NASAMS batteries to Kyiv.")["events"][0]
    assert (event["actor"]["name"], event["recipient"]["name"]) == ("Norway", "Ukraine")


@pytest.mark.parametrize("text", [
    "Ukrainian units hold the left flank near Pokrovsk with Leopard 2 tanks.",  # a side, nobody leaves
    "The damaged Leopard 2 was evacuated by a Bergepanzer recovery vehicle.",  # a wreck towed away
    "Only 20 of the tanks are left in storage in Belarus.",  # what remains
    "Kyiv has three Patriot batteries left.",
])
def test_sides_remainders_and_recoveries_are_no_withdrawals(extract, text):
    assert "withdrawal" not in _types(extract, text)


def test_a_convoy_leaving_a_town_is_what_the_strike_hit(extract):
    assert _types(extract, "The drone hit a convoy leaving Kramatorsk.") == ["attack"]
    assert _types(extract, "Russian tanks left Kherson in November.") == ["withdrawal"]


@pytest.mark.parametrize("text,place", [
    ("Russian Su-35 fighters operate from Hmeimim.", "Hmeimim"),
    ("Ukraine operates 31 Abrams tanks in Kharkiv.", "Kharkiv"),
    ("The Pentagon rotated F-16 jets into Misawa.", "Misawa"),
    ("F-22 jets were forward-deployed to Poland.", "Poland"),
])
def test_operating_rotating_and_forward_deployed_items_are_deployed(extract, text, place):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["deployment"]
    assert place in events[0]["destination"]["name"]


@pytest.mark.parametrize("text", [
    "Surgeons operated on the wounded soldiers in Lviv.",
    "The airline operates flights from Kyiv.",
    "The Su-25 jets operated by the Sudanese air force were grounded.",
])
def test_operating_without_items_or_forces_at_a_place_is_no_deployment(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Germany will fund 10 IRIS-T systems for Ukraine.",
    "Denmark is financing the production of 18 Caesar howitzers for Kyiv.",
    "Delivery of the 20 Rafale jets is scheduled for 2027.",  # a planned delivery
])
def test_funded_items_and_scheduled_deliveries_are_orders(extract, text):
    assert _types(extract, text) == ["order"]


@pytest.mark.parametrize("text", [
    "The EU approved funding for the army.",
    "The funding covers the salaries of soldiers in Mali.",
])
def test_funding_naming_no_item_is_no_order(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text", [
    "Moscow left the door open to selling Su-35 jets to Iran.",  # a figure of speech, and an openness
    "The retirement of the A-10 leaves a gap in US close air support.",
])
def test_figures_of_leaving_are_no_events(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text,buyer", [
    ("Belgrade committed to buying 12 Rafale jets.", "Serbia"),
    ("Warsaw pledged to purchase 32 F-35A jets.", "Poland"),
])
def test_a_pledge_to_buy_names_the_buyer(extract, text, buyer):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["order"]
    assert events[0]["recipient"]["name"] == buyer and events[0]["actor"] is None


def test_a_pledge_to_send_names_the_giver(extract):
    event = extract("Germany pledged to send 14 Leopard 2 tanks to Ukraine.")["events"][0]
    assert (event["actor"]["name"], event["recipient"]["name"]) == ("Germany", "Ukraine")


@pytest.mark.parametrize("text", [
    "The delay left Ukraine without enough Patriot interceptors.",  # causative: what Ukraine lacks
    "Sanctions have left Russia unable to build new Su-57 jets.",
    "Berlin helped Kyiv without sending Taurus missiles.",  # a verb after 'without' is negated
])
def test_causative_leaving_and_verbs_after_without_are_no_events(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text", [
    "French troops left Mali without incident in 2022.",
    "Russian troops left Kherson without firing a shot.",
])
def test_leaving_without_incident_is_still_a_withdrawal(extract, text):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["withdrawal"] and events[0]["origin"] is not None


def test_items_expected_somewhere_are_an_announced_delivery(extract):
    events = extract("The first two Akinci drones are expected in Niamey next month.")["events"]
    assert [e["type"] for e in events] == ["order"] and events[0]["destination"]["name"] == "Niamey"


@pytest.mark.parametrize("text", [
    "The minister is expected in Paris on Monday.",  # a person, no item
    "Analysts expected in March that Ankara would sell more drones.",
])
def test_expected_without_awaited_items_is_no_order(extract, text):
    assert _types(extract, text) == []


@pytest.mark.parametrize("text,actor,recipient", [
    # an approval of a buying is the buyer's order
    ("Poland approved the purchase of 96 AH-64E Apache helicopters.", None, "Poland"),
    ("Seoul's procurement agency approved the buying of 20 more F-35A fighters.", None, "South Korea"),
    ("Canberra cleared the acquisition of 29 more Boxer vehicles from Rheinmetall.", "Rheinmetall", "Australia"),
    # an approval of a sale is still the seller's
    ("The State Department approved the sale of 12 AH-1Z helicopters to Nigeria.", "United States", "Nigeria"),
])
def test_an_approved_purchase_is_the_buyers_order(extract, text, actor, recipient):
    events = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert len(events) == 1
    assert (events[0]["actor"] or {}).get("name") == actor and (events[0]["recipient"] or {}).get("name") == recipient


@pytest.mark.parametrize("text,actor,recipient", [
    # defence companies are catalog actors: the supplier of an order
    ("Brazil will buy 36 Gripen E fighters from Saab.", "Saab", "Brazil"),
    ("Egypt signed a deal with Dassault for 30 more Rafale fighters.", "Dassault Aviation", "Egypt"),
    ("Lockheed Martin was awarded a contract to supply 24 F-16 Block 70 jets to Bulgaria.", "Lockheed Martin",
     "Bulgaria"),
    # who awards a contract buys; the one awarded, right after the verb, supplies
    ("Thailand awarded Saab a contract for four Gripen E fighters.", "Saab", "Thailand"),
    ("Poland has awarded Hanwha Aerospace a deal for 72 K239 Chunmoo launchers.", "Hanwha Aerospace", "Poland"),
    ("The Pentagon awarded Raytheon a contract for 1,000 AIM-120 AMRAAM missiles.", "Raytheon", "United States"),
])
def test_companies_supply_and_awards_buy(extract, text, actor, recipient):
    events = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert len(events) == 1
    assert (events[0]["actor"] or {}).get("name") == actor and (events[0]["recipient"] or {}).get("name") == recipient


@pytest.mark.parametrize("text", [
    "A Boeing C-17 landed at Rzeszow carrying Patriot launchers.",  # the maker of the aircraft moves nothing
    "The General Atomics MQ-9 Reaper drones arrived in Poland.",
])
def test_a_company_before_an_item_is_its_maker_and_no_party(extract, text):
    events = extract(text)["events"]
    assert events and all((e["actor"] or {}).get("kind") != "company" and (e["actor"] or {}).get("name") not in
                          ("Boeing", "General Atomics") for e in events)


def test_exports_as_a_kind_of_goods_is_no_sale(extract):
    assert _types(extract, "Baykar has turned the TB2 into one of Turkey's best-known exports.") == []
    assert _types(extract, "Turkey exports Bayraktar TB2 drones to Ukraine.") == ["transfer"]


@pytest.mark.parametrize("text", [
    # an event noun naming a plan or a paper tells no event
    "A transfer protocol was signed at a short ceremony by the Russian FSB.",
    "The junta set a withdrawal deadline for French troops in Niger.",
    "Washington and Baghdad agreed a withdrawal plan for coalition troops in Iraq.",
    "Officials discussed the delivery schedule for Ukraine's F-16 jets.",
])
def test_an_event_noun_naming_a_plan_is_no_event(extract, text):
    assert _types(extract, text) == []


def test_an_event_noun_doing_its_own_verb_stays(extract):
    assert _types(extract, "Russian troops began their withdrawal from Kherson.") == ["withdrawal"]


@pytest.mark.parametrize("text,items", [
    # a supply noun after an order's 'for' is what is ordered: one order with its items
    ("Kyiv signed a deal with Rheinmetall for the delivery of Skynex systems.", ["Skynex"]),
    ("Poland signed a contract for the supply of 48 K9 howitzers.", ["K9 Thunder"]),
])
def test_an_order_for_the_delivery_of_items_is_one_order(extract, text, items):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["order"]
    assert [i["name"] for i in events[0]["equipment"]] == items


def test_a_delivery_far_from_an_order_stays_a_delivery(extract):
    text = "Germany ordered new Puma vehicles in 2023, and Rheinmetall completed the delivery of 14 Leopard 2A6 tanks to Ukraine."
    assert "transfer" in _types(extract, text)


@pytest.mark.parametrize("text,recipient", [
    # warships named by their class noun alone carry an order between two parties
    ("Manila finalised the purchase of two more corvettes from Hyundai Heavy Industries.", "Philippines"),
    ("Egypt agreed to buy two submarines from Germany.", "Egypt"),
    ("Greece signed a contract with France for three frigates.", "Greece"),
])
def test_naval_class_nouns_give_an_order_substance(extract, text, recipient):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["order"]
    assert (events[0]["recipient"] or {}).get("name") == recipient


def test_a_class_noun_with_one_party_is_still_too_thin(extract):
    assert _types(extract, "Officials praised the new submarines.") == []


@pytest.mark.parametrize("text,actor", [
    ("Canada announced a $500 million package of military aid for Ukraine.", "Canada"),
    ("The Pentagon announced a new $1 billion military aid package for Ukraine.", "United States"),
])
def test_an_announced_package_is_one_order_by_its_giver(extract, text, actor):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["recipient"]["name"]) for e in events] == [("order", actor, "Ukraine")]


@pytest.mark.parametrize("text,item", [
    ("Serbia's purchase of 12 Rafales was finalised.", "Rafale"),  # a word of procurement makes "Rafales" the jet
    ("Egypt signed for 30 more Rafale jets in May.", "Rafale"),
])
def test_procurement_words_make_an_ordinary_word_name_equipment(extract, text, item):
    events = extract(text)["events"]
    assert [(e["type"], [i["name"] for i in e["equipment"]]) for e in events] == [("order", [item])]


def test_signing_a_bill_is_no_order(extract):
    assert extract("The president signed the bill into law.")["events"] == []


@pytest.mark.parametrize("text", [
    "Pyongyang appeared to be preparing to send more troops and drones to Russia.",
    "Russia is preparing to deploy Iskander missiles to Belarus.",
])
def test_preparing_to_move_forces_is_no_event_yet(extract, text):
    assert extract(text)["events"] == []


def test_the_supply_an_agreement_is_for_is_that_order(extract):
    text = "Iraq signed an agreement with South Korea for the supply of Cheongung air defence systems."
    events = extract(text)["events"]
    assert [(e["type"], [i["name"] for i in e["equipment"]]) for e in events] == [("order", ["KM-SAM"])]
