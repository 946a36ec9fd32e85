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
