"""Military substance and people moved (extract/substance.py): which verbs make which events."""
import pytest


def events(record, kind):
    return [e for e in record["events"] if e["type"] == kind]


def name(ref):
    return (ref or {}).get("name")


@pytest.mark.parametrize("text, actor, place", [
    ("Kenya sent 400 soldiers to Haiti last week.", "Kenya", "Haiti"),
    ("About 300 Turkish troops arrived in Tripoli on Thursday.", "Turkey", "Tripoli"),
    ("Rwanda dispatched more troops to Mozambique in June.", "Rwanda", "Mozambique"),
    # the people as the subject of a passive sending, and as the object of a flight
    ("North Korean troops were sent to Russia's Kursk region, Seoul's spy agency said.", "North Korea", "Kursk Oblast"),
    ("Additional French soldiers were sent to Estonia in 2024.", "France", "Estonia"),
    ("Russia flew troops to Bangui aboard Il-76 transports.", "Russia", "Bangui"),
])
def test_sending_or_landing_people_is_a_deployment(extract, text, actor, place):
    record = extract(text)
    assert not events(record, "transfer")
    (deployment,) = events(record, "deployment")
    assert name(deployment["actor"]) == actor
    assert name(deployment["destination"]) == place
    assert deployment["recipient"] is None


def test_people_sent_items_in_the_passive_receive_them(extract):
    (transfer,) = events(extract("Ukrainian troops were sent Leopard tanks by Germany."), "transfer")
    assert (name(transfer["actor"]), name(transfer["recipient"])) == ("Germany", "Ukraine")


@pytest.mark.parametrize("text, actor, place", [
    ("Egypt flew weapons and ammunition into Mogadishu on Sunday.", "Egypt", "Mogadishu"),
    ("The UAE flew arms to Amdjarass in eastern Chad last summer.", "United Arab Emirates", "Amdjarass"),
])
def test_cargo_flown_by_a_state_is_a_transfer(extract, text, actor, place):
    (transfer,) = events(extract(text), "transfer")
    assert name(transfer["actor"]) == actor
    assert name(transfer["destination"]) == place


@pytest.mark.parametrize("text", [
    "Drones flew into the city overnight.",  # the items fly themselves
    "The delegation flew to Ankara for talks.",  # people, no cargo
    "The minister was flown to Paris for treatment.",
])
def test_a_flight_without_cargo_is_no_transfer(extract, text):
    assert not extract(text)["events"]


def test_armoured_personnel_carriers_stay_a_transfer(extract):
    record = extract("France delivered armoured personnel carriers to Armenia in May.")
    assert not events(record, "deployment")
    assert events(record, "transfer")


@pytest.mark.parametrize("text, target", [
    ("Ukrainian units attacked Russian positions near Bakhmut on Tuesday.", "Russian positions"),
    ("Azerbaijan launched an offensive on Monday, shelling Armenian positions across the enclave.", "Armenian positions"),
])
def test_a_force_as_agent_or_target_makes_an_attack_military(extract, text, target):
    (attack,) = events(extract(text), "attack")
    assert name(attack["target"]) == target


@pytest.mark.parametrize("text, actor", [
    ("Russia struck Kharkiv on Monday night.", "Russia"),
    ("Israel bombed Beirut's southern suburbs overnight.", "Israel"),
    ("US strikes hit the port of Hodeidah on Sunday.", "United States"),
])
def test_an_armed_verb_or_an_air_strike_needs_no_weapon_named(extract, text, actor):
    (attack,) = events(extract(text), "attack")
    assert name(attack["actor"]) == actor


@pytest.mark.parametrize("text", [
    "The striker attacked the goal in Madrid on Sunday.",
    "Kenya stormed to victory in Nairobi on Saturday.",
    "The senator attacked the budget in Washington on Friday.",
    "The company hit its sales targets in Texas last year.",
])
def test_words_of_sport_and_politics_are_no_attack(extract, text):
    assert not extract(text)["events"]


def test_an_attack_verb_target_stops_before_a_clause(extract):
    record = extract("Azerbaijan launched what it called a counter-terror operation in Karabakh on Tuesday.")
    assert all(not (name(e["target"]) or "").startswith("what") for e in events(record, "attack"))


@pytest.mark.parametrize("text, actor, place", [
    ("The USS Kentucky, an Ohio-class submarine, arrived at Busan on Tuesday.", "United States", "Busan"),
    ("HMS Trent, a River-class offshore patrol vessel, docked in Mombasa on Friday.", "United Kingdom", "Mombasa"),
])
def test_a_warship_named_by_its_navy_moving_alone_is_a_deployment(extract, text, actor, place):
    (event,) = extract(text)["events"]
    assert event["type"] == "deployment"
    assert (name(event["actor"]), name(event["destination"])) == (actor, place)


def test_a_warship_delivered_to_a_buyer_stays_a_transfer(extract):
    record = extract("Russia delivered two Gepard-class frigates to Vietnam in 2018.")
    assert [e["type"] for e in record["events"]] == ["transfer"]


@pytest.mark.parametrize("text, actor", [
    ("MOGADISHU - Turkey delivered six Bayraktar TB2 drones to the Somali army on Monday.", "Turkey"),
    ("KYIV, May 3 (Reuters) - Germany sent two IRIS-T SLM systems to Ukraine.", "Germany"),
    ("BAKU/YEREVAN - Russian peacekeepers left Stepanakert with their BTR-82A vehicles.", "Russia"),
])
def test_a_dateline_place_fills_no_role(extract, text, actor):
    (event,) = extract(text)["events"]
    assert name(event["actor"]) == actor


def test_a_sentence_opening_with_its_subject_in_capitals_keeps_it(extract):
    (event,) = extract("NATO deployed four F-35A jets to Estonia in May.")["events"]
    assert name(event["actor"]) == "NATO"


@pytest.mark.parametrize("text, place", [
    ("The Virginia-class submarine USS Missouri made a rare port call at Busan in June.", "Busan"),
    ("Two Chinese Type 054A frigates paid port calls in Colombo last week.", "Colombo"),
])
def test_a_port_call_is_a_deployment(extract, text, place):
    (event,) = extract(text)["events"]
    assert (event["type"], name(event["destination"])) == ("deployment", place)


def test_a_call_for_troops_is_no_deployment(extract):
    assert extract("Analysts called for more troops and tanks in Busan.")["events"] == []


@pytest.mark.parametrize("text, actor", [
    ("Somalia's army said it carried out an air strike on al-Shabaab fighters near Jilib.", "Somalia"),
    ("The Nigerian air force said it had conducted several raids on ISWAP positions near Lake Chad.", "Nigeria"),
])
def test_a_pronoun_before_a_light_verb_is_the_attacker(extract, text, actor):
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert attacks and name(attacks[0]["actor"]) == actor


def test_a_distant_pronoun_without_a_light_verb_is_not_the_subject(extract):
    record = extract("Moscow has equipped the junta steadily since it broke with Paris, sending Mi-17 helicopters.")
    assert all(name(e["actor"]) == "Russia" for e in record["events"])


@pytest.mark.parametrize("text, actor", [
    ("The Pentagon is sending two more F-35 squadrons to the Middle East.", "United States"),
    ("Iran has dispatched warships to the Red Sea.", "Iran"),
    ("India rushed additional troops to Arunachal Pradesh in June.", "India"),
])
def test_sending_units_or_warships_is_a_deployment(extract, text, actor):
    (event,) = extract(text)["events"]
    assert (event["type"], name(event["actor"])) == ("deployment", actor)


def test_units_sent_to_a_state_with_named_items_stay_a_transfer(extract):
    (event,) = extract("France sent 12 Caesar howitzers to Ukraine in 2022.")["events"]
    assert event["type"] == "transfer"


def test_a_carrier_strike_group_is_no_attack(extract):
    record = extract("The USS Gerald R. Ford carrier strike group is operating in the eastern Mediterranean.")
    assert "attack" not in [e["type"] for e in record["events"]]


def test_a_casualty_verb_is_no_part_of_the_target(extract):
    (attack,) = extract("A drone strike killed three al-Shabaab commanders near Jilib on Friday.")["events"]
    assert not (attack["target"] or {}).get("name", "").startswith("killed")


@pytest.mark.parametrize("text, place", [
    ("The USS Carl Vinson is operating in the Arabian Sea.", "Arabian Sea"),
    ("The aircraft carrier USS Harry S. Truman arrived in the Red Sea in December.", "Red Sea"),
])
def test_a_named_warship_is_a_force_of_its_navy(extract, text, place):
    (event,) = extract(text)["events"]
    assert (event["type"], name(event["actor"]), name(event["destination"])) == ("deployment", "United States", place)


def test_a_ship_named_without_a_navy_prefix_moving_alone_is_no_event(extract):
    assert extract("The Ever Given arrived in the Red Sea in December.")["events"] == []


@pytest.mark.parametrize("text, actor, place", [
    ("Pakistan carried out air strikes in Afghanistan's Paktika province.", "Pakistan", "Afghanistan"),
    ("Israel carried out strikes in Syria on Sunday.", "Israel", "Syria"),
    ("Pakistan launched air strikes in Afghanistan.", "Pakistan", "Afghanistan"),
])
def test_strikes_by_a_state_are_armed(extract, text, actor, place):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["destination"]["name"], e["target"]) for e in events] \
        == [("attack", actor, place, None)]


@pytest.mark.parametrize("text", [
    "Workers in France went on strike in Paris.",
    "French unions held strikes in Paris.",
    "The strikes in France paralysed rail traffic.",
])
def test_labour_strikes_are_no_attack(extract, text):
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text, actor", [
    ("JNIM claimed an attack on a military camp in Boulkessi.", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Islamic State claimed the attack on an army base in Borno.", "Islamic State"),
])
def test_a_group_claiming_an_attack_carried_it_out(extract, text, actor):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["certainty"]) for e in events] == [("attack", actor, "reported")]


def test_a_claim_that_strikes_hit_is_a_claim_not_a_claim_of_responsibility(extract):
    (event,) = extract("Russia claimed the strikes hit military targets in Kyiv.")["events"]
    assert event["certainty"] == "alleged"


@pytest.mark.parametrize("text, certainty", [
    ("Beijing dismissed reports that it had shipped drone parts to Russia.", "denied"),
    ("China shipped missile components to Iran, US officials said.", "reported"),
])
def test_weapon_parts_shipped_are_a_transfer(extract, text, certainty):
    events = extract(text)["events"]
    assert [(e["type"], e["certainty"]) for e in events] == [("transfer", certainty)]


def test_parts_of_no_weapon_move_nothing(extract):
    assert extract("Factories shipped car parts to Mexico.")["events"] == []


def test_people_before_a_relative_clause_still_move(extract):
    text = "Russian military personnel of the Africa Corps, which replaced the Wagner Group last year, arrived in Bamako."
    (event,) = extract(text)["events"]
    assert (event["type"], event["recipient"]) == ("deployment", None)
