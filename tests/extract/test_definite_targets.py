"""An attack verb on a definite target told before ("One missile struck the ship") is that attack."""
import pytest


def attacks(extract, text):
    return [e for e in extract(text)["events"] if e["type"] == "attack"]


@pytest.mark.parametrize("text", [
    "Houthi forces fired two Burkan missiles at the tanker Marlin Luanda in the Gulf of Aden on Friday. "
    "One missile struck the ship.",
    "Russian forces launched Kh-101 missiles at the Burshtyn power plant on Monday. Two missiles hit the plant.",
    "Al-Shabaab fighters attacked the Manda Bay airfield in Kenya with mortars on Sunday. Shells struck the base.",
])
def test_a_definite_target_names_the_attack_told_before(extract, text):
    assert len(attacks(extract, text)) == 1


@pytest.mark.parametrize("text", [
    # a place of its own or an item of its own: another attack
    "Houthi forces fired Burkan missiles at the tanker Marlin Luanda on Friday. On Sunday a drone struck Eilat.",
    "Russian forces launched Kh-101 missiles at the Burshtyn power plant on Monday. Shahed-136 drones hit the "
    "substation in Odesa on Tuesday.",
])
def test_an_attack_with_its_own_place_or_weapon_stays(extract, text):
    assert len(attacks(extract, text)) == 2


def test_a_definite_target_with_an_adjective_before_a_time_clause_is_the_attack_told_before(extract):
    text = ("The MNDAA said on Saturday it had seized the headquarters of the North-Eastern Command in Lashio. "
            "The group said its fighters had stormed the sprawling compound after a month-long offensive.")
    found = attacks(extract, text)
    assert len(found) == 1 and found[0]["date"]["value"] == "2025-01-18"


def test_a_compass_word_ends_the_target(extract):
    (event,) = attacks(extract, "Houthi forces struck the tanker Sounion west of Hodeidah on Wednesday.")
    assert event["target"]["name"] == "the tanker Sounion"


def test_a_verb_after_an_attack_noun_is_no_target(extract):
    text = "Military jets bombed parts of Lashio on Sunday. The strikes were carried out by K-8 jets, the news site said."
    assert all((e["target"] or {}).get("name") != "were" for e in attacks(extract, text))
