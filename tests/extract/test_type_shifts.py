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


@pytest.mark.parametrize("text,place", [
    ("Forces loyal to the GNA captured al-Watiya air base south-west of Tripoli on Monday.", "Al-Watiya Air Base"),
    ("M23 rebels seized control of Goma in January.", "Goma"),
    ("The MNDAA seized the headquarters of the North-Eastern Command in Lashio.", "Lashio"),
    ("HTS fighters captured the town of Saraqib on Thursday.", "Saraqib"),
    ("Ukrainian forces recaptured Kupiansk in September.", "Kupyansk"),
    ("In March, Sudan's army retook the presidential palace in Khartoum.", "Khartoum"),
])
def test_a_place_captured_is_taken_by_fighting(extract, text, place):
    events = extract(text)["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("attack", place)]


@pytest.mark.parametrize("text,etype", [
    ("Ukrainian troops captured two T-90 tanks near Bakhmut.", "loss"),  # items taken: their owner's loss
    ("Fighters showed off T-72 tanks captured in Aleppo on Saturday.", "loss"),  # no object: the items'
])
def test_items_captured_stay_a_loss(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]


def test_power_seized_is_no_event(extract):
    assert extract("The junta that seized power in Niamey in 2023 met envoys from Mali.")["events"] == []


@pytest.mark.parametrize("text,place", [
    ("The Pentagon ordered two destroyers to the eastern Mediterranean.", "Eastern Mediterranean"),
    ("Austin ordered the USS Abraham Lincoln to the Middle East.", "Middle East"),
    ("The Pentagon ordered F-22 fighters to Poland.", "Poland"),
])
def test_forces_ordered_to_a_place_are_deployed_there(extract, text, place):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["destination"]["name"]) for e in events] \
        == [("deployment", "United States", place)]


@pytest.mark.parametrize("text", [
    "Egypt ordered 30 Rafale jets from France.",
    "Egypt ordered 30 Rafale jets to replace its Mirage fleet.",
    "Poland ordered 96 Apaches to be delivered to Inowroclaw.",
])
def test_items_ordered_for_a_purpose_or_from_a_seller_stay_an_order(extract, text):
    assert [e["type"] for e in extract(text)["events"]] == ["order"]


@pytest.mark.parametrize("text,actor,origin", [
    ("Chad ordered French troops to leave by January 31.", "France", "Chad"),
    ("Burkina Faso expelled French forces.", "France", "Burkina Faso"),
    ("Mali's junta ordered the UN peacekeepers to withdraw without delay.", "United Nations", "Mali"),
])
def test_a_state_sending_forces_away_is_where_they_leave(extract, text, actor, origin):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["origin"]["name"]) for e in events] == [("withdrawal", actor, origin)]


def test_soldiers_told_to_leave_their_weapons_withdraw_from_nowhere(extract):
    assert extract("The general ordered his soldiers to leave their weapons.")["events"] == []


@pytest.mark.parametrize("text,etype", [
    ("Russia has flown Su-35 jets from Hmeimim since 2015.", "deployment"),  # based there for a span of time
    ("Russia has flown weapons from Syria to Libya since 2019.", "transfer"),  # a place they went to: flights
])
def test_items_flown_from_a_place_since_a_date_are_based_there(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]


@pytest.mark.parametrize("text,actor", [
    ("On Sunday, the People's Liberation Army sent 32 aircraft and nine warships around Taiwan.", "China"),
    ("The US sent two destroyers off the coast of Yemen.", "United States"),
])
def test_forces_sent_around_a_place_are_deployed_near_it(extract, text, actor):
    (event,) = extract(text)["events"]
    assert (event["type"], event["actor"]["name"], event["recipient"]) == ("deployment", actor, None)


def test_items_sent_to_a_state_near_a_town_are_a_transfer(extract):
    (event,) = extract("Russia sent tanks to Belarus near Brest.")["events"]
    assert (event["type"], event["recipient"]["name"]) == ("transfer", "Belarus")
