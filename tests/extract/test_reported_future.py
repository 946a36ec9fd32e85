"""Future tellings (extract/triggers.py): "would" after a saying verb, "will receive", "is to be delivered" are orders."""
import pytest


def kinds(record):
    return [e["type"] for e in record["events"]]


@pytest.mark.parametrize("text", [
    "Berlin said in April it would send two more IRIS-T SLM systems to Ukraine.",
    "Warsaw announced that it would buy 96 AH-64E Apache helicopters.",
    "The ministry said the Bayraktar TB2 drones would be delivered to Mali next year.",
])
def test_said_it_would_send_is_an_order(extract, text):
    assert kinds(extract(text)) == ["order"]


@pytest.mark.parametrize("text", [
    "Analysts said Iran would send Shahed-136 drones to Russia if talks failed.",
    "A second batch of Su-30 fighters would strengthen Myanmar's air force, analysts said.",
    "Officials said Seoul could and would consider sending K9 howitzers to Poland.",
])
def test_a_would_of_condition_or_opinion_stays_hypothetical(extract, text):
    assert kinds(extract(text)) == []


def test_a_package_in_the_same_sentence_adds_to_its_own_order(extract):
    text = ("The Netherlands has committed up to 24 F-16 jets to Ukraine. "
            "Berlin said in April it would send one more Patriot system, and the package also includes IRIS-T SLM units.")
    orders = {e["actor"]["name"]: {i["name"] for i in e["equipment"]} for e in extract(text)["events"]}
    assert "IRIS-T SLM" not in orders["Netherlands"]
    assert "IRIS-T SLM" in orders["Germany"]


@pytest.mark.parametrize("text, recipient", [
    ("Poland will receive 96 AH-64E Apache helicopters from the United States.", "Poland"),
    ("Kenya is to receive six Mi-17 helicopters from Russia.", "Kenya"),
    ("Greece is set to take delivery of 20 F-35A jets by 2028.", "Greece"),
    ("The first 12 Rafale jets are to be delivered to Serbia in 2028.", "Serbia"),
])
def test_a_planned_receipt_or_delivery_is_an_order(extract, text, recipient):
    (event,) = extract(text)["events"]
    assert event["type"] == "order"
    assert event["recipient"]["name"] == recipient


def test_a_receipt_told_in_the_past_stays_a_transfer(extract):
    record = extract("Ukraine received 31 M1A1 Abrams tanks from the United States in 2023.")
    assert kinds(record) == ["transfer"]


@pytest.mark.parametrize("text, buyer", [
    ("Tokyo said last month it would buy 400 Tomahawk cruise missiles.", "Japan"),
    ("Hanoi said it had ordered 12 KAI T-50 trainers.", "Vietnam"),
])
def test_the_pronoun_subject_of_a_buying_verb_is_the_buyer(extract, text, buyer):
    (order,) = extract(text)["events"]
    assert order["recipient"]["name"] == buyer
    assert order["actor"] is None


def test_the_pronoun_subject_of_a_giving_verb_is_the_supplier(extract):
    (order,) = extract("Ankara said it would send six Bayraktar TB2 drones to Niger.")["events"]
    assert order["actor"]["name"] == "Turkey"


@pytest.mark.parametrize("text, role, party", [
    ("Saudi Arabia's purchase of 48 Eurofighter Typhoons is on hold.", "recipient", "Saudi Arabia"),
    ("Germany's latest pledge of IRIS-T SLM systems to Ukraine came on Monday.", "actor", "Germany"),
])
def test_the_possessor_of_an_order_noun_is_its_subject(extract, text, role, party):
    (order,) = extract(text)["events"]
    assert order[role]["name"] == party


@pytest.mark.parametrize("text, expected", [
    ("Greece will get 20 F-35A jets from 2028.", ["order"]),
    ("Kenya is to get six Mi-17 helicopters from Russia.", ["order"]),
    ("Pilots get F-16 training in Arizona.", []),
])
def test_a_planned_get_is_an_order(extract, text, expected):
    assert kinds(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Officials in Helsinki have also discussed buying more K9 howitzers from South Korea.",
    "Hanoi is negotiating to buy 12 Su-35 jets from Russia.",
])
def test_talks_about_buying_are_no_order(extract, text):
    assert kinds(extract(text)) == []


def _titled(pipeline, text):
    from materiel.models import Document

    doc = Document.create(text, title=text.split("\n")[0], published="2025-01-20", language="en")
    return pipeline(doc).to_dict()


@pytest.mark.parametrize("text,expected", [
    ("Australia to send 49 Abrams tanks to Ukraine\n\nAustralia will send 49 M1A1 Abrams tanks to Ukraine, the "
     "defence minister said on Thursday.", ["order"]),
    ("Seoul to supply K9 howitzers to Estonia\n\nSouth Korea will supply 12 more K9 howitzers to Estonia, the "
     "ministry said.", ["order"]),
    ("Russia moves S-400 launchers to Belarus\n\nRussia moved S-400 launchers to Belarus on Friday, the ministry "
     "said.", ["transfer"]),
])
def test_a_headline_infinitive_tells_what_will_happen(pipeline, text, expected):
    assert [e["type"] for e in _titled(pipeline, text)["events"]] == expected
