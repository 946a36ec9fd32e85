"""Which clause a speaker or a cue belongs to: clauses after the event's verb keep their own
speakers ("although", "a day after"); a "since" clause a comma closes holds no event."""
import pytest


def first(extract, text, etype):
    return next(e for e in extract(text)["events"] if e["type"] == etype)


def claimants(event):
    return [a["name"] for a in event["attributed_to"]]


@pytest.mark.parametrize("text,etype,expected,certainty", [
    # a concessive clause after the event speaks for itself
    ("Britain said on Monday that it would send two Sandown-class minehunters to Ukraine, although Turkey has "
     "said it will not let them through the straits.", "order", ["United Kingdom"], "confirmed"),
    # a time clause after the verb, with a speaker and a cue of its own: neither reaches the event
    ("Japan is sending six F-35 jets to Guam, two officials told Reuters, a day after the Pentagon accused "
     "China of a dangerous intercept.", "transfer", ["Reuters"], "reported"),
    # the same for an event whose type its context shifted ("sending ... to Puerto Rico" is a deployment)
    ("The United States is sending ten F-35 jets to Puerto Rico, two officials told Reuters, a day after "
     "the Pentagon accused Cuba of a dangerous intercept.", "deployment", ["Reuters"], "reported"),
])
def test_later_clauses_keep_their_speakers(extract, text, etype, expected, certainty):
    event = first(extract, text, etype)
    assert claimants(event) == expected
    assert event["certainty"] == certainty


@pytest.mark.parametrize("text,etype,expected", [
    # a speaker before the time word still speaks for the event
    ("Germany sent ten Leopard 2 tanks to Ukraine, Berlin said after a meeting in Ramstein.", "transfer", ["Germany"]),
    # the shifted event's own speaker stays
    ("The United States is sending ten F-35 jets to Puerto Rico, the Pentagon said.", "deployment",
     ["United States"]),
])
def test_later_clauses_leave_the_main_speaker(extract, text, etype, expected):
    assert claimants(first(extract, text, etype)) == expected


def test_a_since_clause_closed_by_a_comma_holds_no_event(extract):
    # "since the fighting began," ends before the event's verb: the cue before it reaches the event
    text = ("Flight data examined by Reuters shows cargo flights from Abu Dhabi to Benghazi since the fighting "
            "began, which analysts say carried Pantsir-S1 systems to the LNA.")
    assert claimants(first(extract, text, "transfer")) == ["Reuters"]


def test_a_since_clause_holding_the_event_keeps_out_the_speaker(extract):
    # no comma: the attack is the "since" clause's, not what Ukraine told
    text = "Ukraine said it had lost five drones since the Houthis began attacking ships."
    assert claimants(first(extract, text, "attack")) == []


@pytest.mark.parametrize("text,expected", [
    # the speaker closes its clause (", Berlin said on Monday,"): the ", and" clause after it is not its word
    ("Germany delivered ten Leopard 2 tanks to Ukraine in May, Berlin said on Monday, and Poland sent four "
     "MiG-29 jets to Kyiv.", []),
    # a speaker opening the sentence may govern both clauses
    ("Berlin said Germany delivered ten Leopard 2 tanks to Ukraine in May, and Poland sent four MiG-29 jets "
     "to Kyiv.", ["Germany"]),
])
def test_a_closing_attribution_does_not_reach_a_joined_clause(extract, text, expected):
    poland = next(e for e in extract(text)["events"] if e["actor"] and e["actor"]["name"] == "Poland")
    assert claimants(poland) == expected


def test_the_closing_speaker_keeps_its_own_clause(extract):
    text = ("Germany delivered ten Leopard 2 tanks to Ukraine in May, Berlin said on Monday, and Poland sent four "
            "MiG-29 jets to Kyiv.")
    germany = next(e for e in extract(text)["events"] if e["actor"]["name"] == "Germany")
    assert claimants(germany) == ["Germany"]
    assert germany["certainty"] == "confirmed"


@pytest.mark.parametrize("intro,expected", [
    # a person introduced as a state's "counterpart" speaks for it later
    ("France's defence minister met his Armenian counterpart, Suren Papikyan, in Paris.", ["Armenia"]),
    ("France's defence minister met Suren Papikyan in Paris.", []),  # introduced with no state
])
def test_a_counterpart_is_introduced_with_a_state(extract, intro, expected):
    text = intro + " Four Bastion armoured personnel carriers were delivered to Armenia in February, " \
                   "Papikyan's ministry said."
    assert claimants(first(extract, text, "transfer")) == expected


@pytest.mark.parametrize("text,certainty", [
    # a hedge across a semicolon is its own clause's
    ("Houthi drones struck the bulk carrier Eternity C on Monday; two crew members are believed to be held by "
     "the group.", "reported"),
    # a hedge before the semicolon, on the event's own verb, stays
    ("Houthi drones probably struck the bulk carrier Eternity C on Monday; two crew members were rescued.",
     "likely"),
])
def test_a_cue_across_a_semicolon_stays_in_its_clause(extract, text, certainty):
    assert first(extract, text, "attack")["certainty"] == certainty


def test_a_speaker_going_on_with_and_added_still_speaks(extract):
    # ", and added that ..." continues the speaker's clause: what it adds is its word
    text = ("Germany delivered ten Leopard 2 tanks to Ukraine in May, Berlin said, and added that Poland had "
            "ordered four IRIS-T systems.")
    assert claimants(first(extract, text, "order")) == ["Germany"]
