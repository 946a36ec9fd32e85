"""Voices relayed by an outlet: the people it relays speak through it later ("one of the officials
said"), a state told something is no speaker ("Yerevan told Moscow"), and words describing a body
after a cue do not hide it ("according to the rebel coalition CSP-DPA")."""
import pytest

LEAD = ("Turkey has delivered six Bayraktar TB2 drones to Niger, the newspaper Le Monde reported, citing two "
        "Nigerien officials. ")


def claimants(event):
    return [a["name"] for a in event["attributed_to"]]


def of_type(extract, text, etype):
    return next(e for e in extract(text)["events"] if e["type"] == etype)


@pytest.mark.parametrize("speaker,expected", [
    ("one of the officials said", ["Le Monde"]),  # the officials Le Monde relayed
    ("the officials said", ["Le Monde"]),
    ("Nigerien officials said", ["Niger"]),  # fresh people: no pointing back
])
def test_people_an_outlet_relayed_speak_through_it(extract, speaker, expected):
    text = LEAD + f"French troops withdrew from the Ouallam base on Friday, {speaker}."
    assert claimants(of_type(extract, text, "withdrawal")) == expected


@pytest.mark.parametrize("headline,expected", [
    ("Russia moves attack helicopters to Mali, Malian officials say", ["Reuters"]),
    ("Russia moves attack helicopters to Mali", ["Reuters"]),
])
def test_a_headlines_people_are_the_outlet_its_lead_names(pipeline, headline, expected):
    from materiel.models import Document

    text = headline + ("\nBAMAKO - Russia has moved four Mi-24 helicopters to Mali, two Malian officials told "
                       "Reuters on Monday.")
    document = Document.create(text, title=headline, published="2025-01-20", language="en")
    (event,) = pipeline(document).to_dict()["events"]
    assert claimants(event) == expected


@pytest.mark.parametrize("text,expected", [
    # a state told something listens; the teller speaks
    ("Russia has withdrawn its S-300 batteries from Armenia, Yerevan told Moscow on Monday.", ["Armenia"]),
    # an outlet told something reports it
    ("Russia has withdrawn its S-300 batteries from Armenia, officials told Reuters on Monday.", ["Reuters"]),
])
def test_the_one_told_is_no_speaker_unless_an_outlet(extract, text, expected):
    assert claimants(of_type(extract, text, "withdrawal")) == expected


@pytest.mark.parametrize("text,expected", [
    # descriptive words between the cue's article and the name
    ("In May a drone strike on Kidal killed 12 civilians, according to the Tuareg-led rebel coalition CSP-DPA.",
     ["Permanent Strategic Framework for the Defence of the People of Azawad"]),
    # a preposition ends the description: Bamako is where the ministry sits, and names nobody
    ("In May a drone strike on Kidal killed 12 civilians, according to the ministry in Bamako.", []),
])
def test_a_described_body_after_a_cue_speaks(extract, text, expected):
    assert claimants(of_type(extract, text, "attack")) == expected


@pytest.mark.parametrize("after,expected", [
    # the next sentence names the event again ("the withdrawal"): its outlet vouches for it
    ("Reuters, citing witnesses, reported that the withdrawal began before dawn.", ["Reuters"]),
    # it tells of something else: the unnamed residents stay the only voice
    ("Reuters, citing witnesses, reported that the town was calm on Monday.", []),
])
def test_an_outlet_going_on_about_an_event_told_by_unnamed_people(extract, after, expected):
    text = "Government troops withdrew from Lashio on Sunday, residents said. " + after
    assert claimants(of_type(extract, text, "withdrawal")) == expected


@pytest.mark.parametrize("after,expected", [
    # the next sentence's event names no item and no role: only a mention, so it lends its claimant
    ("Local sources told AFP the assailants took control of the base for several hours.",
     ["Agence France-Presse"]),
    # the next sentence tells an event of its own: it lends nothing
    ("Local sources told AFP that Chad had sent two Mi-24 helicopters to Ngouboua.", []),
])
def test_a_sentence_with_only_a_bare_event_lends_its_claimant(extract, after, expected):
    text = "Islamist fighters attacked an army base at Barkaram on Sunday, killing 40 soldiers. " + after
    assert claimants(of_type(extract, text, "attack")) == expected
