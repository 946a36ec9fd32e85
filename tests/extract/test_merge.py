"""Document-level merging (extract/merge.py): one happening is one event, two stay two."""
import pytest

from materiel.models import Document


def titled(pipeline, text):
    """A document whose first line is its headline, as feeds and the gold set give it."""
    doc = Document.create(text, title=text.split("\n")[0], published="2025-01-20", language="en")
    return pipeline(doc).to_dict()


def kinds(record):
    return [e["type"] for e in record["events"]]


@pytest.mark.parametrize("text", [
    "Rebels stormed a police school in Gao in March, one of the deadliest attacks the city has seen.",
    "Israel's navy struck the port of Latakia on Monday night, hitting several Osa-class missile boats moored there.",
])
def test_one_happening_named_twice_in_a_sentence_is_one_event(extract, text):
    assert kinds(extract(text)).count("attack") == 1


def test_two_attacks_by_different_actors_in_one_sentence_stay_two(extract):
    text = "Russia struck Kharkiv on Monday while Ukraine shelled Belgorod with HIMARS rockets."
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert len(attacks) == 2


@pytest.mark.parametrize("text", [
    ("Storm Shadow missiles hit Sevastopol naval headquarters\n\n"
     "Ukraine fired Storm Shadow missiles at the headquarters of the Black Sea Fleet in Sevastopol on Friday, "
     "officials said. The strike damaged the main building."),
    ("Drones pound Khartoum refinery\n\n"
     "RSF drones attacked the al-Jaili refinery north of Khartoum on Sunday, witnesses said. "
     "The attack set fuel tanks on fire."),
])
def test_a_definite_event_noun_is_the_event_told_just_before(pipeline, text):
    assert kinds(titled(pipeline, text)).count("attack") == 1


def test_a_definite_noun_far_from_its_kind_makes_its_own_event(extract):
    text = ("Russian jets struck Idlib on Monday. Turkey delivered T-155 howitzers to Baku. "
            "Azerbaijan received them in May. Armenia protested. Officials in Yerevan met. "
            "Rebels said the attack on Aleppo by Russian jets killed six.")
    assert kinds(extract(text)).count("attack") == 2


def test_a_headline_joins_the_body_event_sharing_its_items(pipeline):
    text = ("ATACMS make debut in strike on Berdiansk airfield\n\n"
            "Ukraine used ATACMS missiles for the first time on Tuesday, hitting a helicopter base at the airfield "
            "in Berdiansk, Zelensky said.")
    attacks = [e for e in titled(pipeline, text)["events"] if e["type"] == "attack"]
    assert len(attacks) == 1


def test_two_shipments_of_different_items_stay_two(pipeline):
    text = ("Turkey delivers drones to Niger\n\n"
            "Turkey delivered Bayraktar TB2 drones to Niger in May. In June Russia delivered Su-25 jets to Niger.")
    assert kinds(titled(pipeline, text)).count("transfer") == 2


def test_a_loss_in_the_sentence_of_a_definite_strike_happened_where_it_struck(extract):
    text = ("Ukraine fired ATACMS missiles at the airfield in Berdiansk on Tuesday. "
            "Officials claimed the strike destroyed five Ka-52 helicopters.")
    (loss,) = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert (loss["destination"] or {}).get("name") == "Berdyansk"
