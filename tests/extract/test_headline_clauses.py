"""A headline joins its two clauses with a bare 'as', 'while', 'after' or 'amid': each keeps its own parties."""
import pytest


def events_of(extract, text):
    return [(e["type"], (e["actor"] or {}).get("name"), (e["recipient"] or {}).get("name"))
            for e in extract(text, published="2024-12-16")["events"]]


@pytest.mark.parametrize("text,expected", [
    ("First Abrams tanks reach Taiwan as Chinese ships swarm nearby waters\n\n"
     "TAIPEI - The first 38 M1A2T tanks arrived at Taipei Port on Sunday.",
     ("transfer", None, "Taiwan")),
    ("Armenia takes delivery of Caesar howitzers while Azerbaijani troops mass on the border\n\n"
     "YEREVAN - Armenia received Caesar howitzers from France on Sunday, the ministry said.",
     ("transfer", "France", "Armenia")),
])
def test_a_headline_clause_keeps_its_parties(extract, text, expected):
    assert expected in events_of(extract, text)


@pytest.mark.parametrize("text,actor", [
    # a demonym before "ships" makes it the noun; a name before it still makes it the verb
    ("Russia ships S-300 systems to Syria.", "Russia"),
])
def test_ships_after_a_name_is_the_verb(extract, text, actor):
    assert events_of(extract, text)[0][1] == actor


def test_ships_after_a_demonym_is_the_noun(extract):
    assert events_of(extract, "Chinese ships swarmed around Taiwan's Penghu islands on Sunday.") == []


@pytest.mark.parametrize("text", [
    "Romania completes Patriot handover to Ukraine as Moscow claims a strike on one\n\n"
    "BUCHAREST - Romania has handed a Patriot system over to Ukraine, its defence ministry said on Thursday.",
    "Germany delivers IRIS-T SLM systems to Ukraine as Russia claims gains near Pokrovsk\n\n"
    "BERLIN - Germany delivered two IRIS-T SLM systems to Ukraine on Thursday, the ministry said.",
])
def test_a_claim_in_the_headlines_other_clause_does_not_hedge_the_event(extract, text):
    transfer = next(e for e in extract(text, published="2024-10-04")["events"] if e["type"] == "transfer")
    assert transfer["certainty"] != "alleged"


@pytest.mark.parametrize("text", [
    "More Russian Su-30 fighters appear in Myanmar as resistance claims a jet downed\n\n"
    "YANGON - Photographs appear to show two more Su-30SME fighters at Meiktila air base.",
    "More Iranian Shahed-136 drones reach Russia as Ukraine claims a jet downed\n\n"
    "KYIV - Russia has received another batch of Shahed-136 drones from Iran, Ukrainian intelligence said.",
])
def test_items_of_one_headline_clause_are_not_the_others(pipeline, text):
    from materiel.models import Document

    doc = Document.create(text, title=text.split("\n", 1)[0], published="2024-05-13", language="en")
    losses = [e for e in pipeline(doc).to_dict()["events"] if e["type"] == "loss"]
    assert all(not e["equipment"] for e in losses)
