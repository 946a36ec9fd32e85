"""Words that look like event verbs but describe a noun or a means: no event of their own."""
import pytest


def types(extract, text):
    return [e["type"] for e in extract(text)["events"]]


@pytest.mark.parametrize("text", [
    # a participle with its preposition right after a noun describes that noun
    "Militia fighters armed with AK-47 rifles blocked the road to Bunia.",
    "Gunmen heavily armed with RPG-7 launchers roamed the outskirts of Kidal.",
    "Officials in Bucharest are talking to Washington about the gap left by the donation.",
    "Paris is worried about the space left by its soldiers in Niamey.",
])
def test_a_describing_participle_is_no_transfer_or_withdrawal(extract, text):
    assert not {"transfer", "withdrawal"} & set(types(extract, text))


@pytest.mark.parametrize("text,etype", [
    # as a verb, after its subject or an auxiliary, it still tells the event
    ("Iran armed the Houthis with Shahed-136 drones in 2023.", "transfer"),
    ("The Houthis were armed with Shahed-136 drones by Iran.", "transfer"),
    ("The last French troops left Gao on Monday.", "withdrawal"),
])
def test_the_verb_itself_still_tells_the_event(extract, text, etype):
    assert etype in types(extract, text)


@pytest.mark.parametrize("text", [
    # an infinitive after a noun of ability is a means, not a deed
    "The Akinci gives Mali's army the ability to strike targets far in the desert.",
    "HIMARS launchers give Taiwan the capability to hit ports on the Chinese coast.",
    "Storm Shadow missiles gave Ukraine the capacity to attack Russian bases in Crimea.",
])
def test_an_ability_to_strike_is_no_attack(extract, text):
    assert "attack" not in types(extract, text)


def test_a_strike_told_after_an_ability_word_elsewhere_stays(extract):
    text = "Ukraine gained the ability to hit deep targets, and on Monday it struck Saky air base with ATACMS missiles."
    assert "attack" in types(extract, text)


@pytest.mark.parametrize("text", [
    # a negated future says the event is not to happen
    "The Italian frigate Virginio Fasan will not take part in strikes on Yemen.",
    "The French FREMM frigate Alsace won't join strikes on Houthi launchers.",
    "Israel will not strike Iran's nuclear sites with F-35I jets, officials said.",
    "Berlin said it would not send Taurus missiles to Ukraine.",
])
def test_a_negated_future_is_no_event(extract, text):
    assert types(extract, text) == []


@pytest.mark.parametrize("text,etype", [
    # a negated past is a denial, still an event; a plain future attack stays as it was
    ("Russia did not supply T-72B3 tanks to Mali.", "transfer"),
    ("Germany will deploy Patriot batteries to Poland.", "deployment"),
])
def test_a_negated_past_or_a_future_stays(extract, text, etype):
    assert types(extract, text) == [etype]


@pytest.mark.parametrize("text", [
    # a mission, programme or inquiry launched is no attack
    "The EU's Aspides escort mission, which was formally launched on Monday, includes the frigate Hessen.",
    "The Pentagon launched an inquiry into delays to the F-35A programme in Poland.",
    "Japan launched a programme to build Type 12 missiles at home.",
])
def test_a_launched_mission_is_no_attack(extract, text):
    assert "attack" not in types(extract, text)


@pytest.mark.parametrize("text", [
    "Russia launched Kalibr missiles at Odesa overnight.",
    "Israel launched an operation in Gaza with Merkava tanks.",
])
def test_launched_weapons_and_operations_stay_attacks(extract, text):
    assert "attack" in types(extract, text)
