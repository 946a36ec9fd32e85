"""A munition that destroyed something struck it: an attack and a loss (extract/weapon_attacks.py)."""
import pytest


def by_type(extract, text):
    out = {}
    for e in extract(text)["events"]:
        out.setdefault(e["type"], e)
    return out


@pytest.mark.parametrize("text,attacker,weapon,place", [
    ("A Ukrainian Neptune missile sank a Russian Project 22160 patrol ship off Sevastopol.", "Ukraine", "R-360 Neptune",
     "Sevastopol"),
    ("In March, an Israeli missile damaged an S-300 radar near Isfahan.", "Israel", None, "Isfahan"),
    ("Moscow's army claimed that an Iskander-M missile had destroyed a HIMARS launcher near Kramatorsk.", "Russia",
     "Iskander-M", "Kramatorsk"),
    ("A Russian Kh-101 missile destroyed a Ukrainian MiG-29 at Starokostiantyniv.", "Russia", "Kh-101",
     "Starokostiantyniv"),
])
def test_a_munition_destroying_items_tells_an_attack_too(extract, text, attacker, weapon, place):
    events = by_type(extract, text)
    attack, loss = events["attack"], events["loss"]
    assert (attack["actor"] or {}).get("name") == attacker
    assert [i["name"] for i in attack["equipment"]] == ([weapon] if weapon else [])
    assert (attack["destination"] or {}).get("name", "").startswith(place[:5])
    assert (loss["actor"] or {}).get("name") != attacker  # the destroyer owns nothing it destroyed


@pytest.mark.parametrize("text", [
    # air defences and verbs of downing: a loss only
    "A surface-to-air missile destroyed a Shahed-136 drone over Kyiv.",
    "A Stinger missile shot down a Russian Ka-52 near Bakhmut.",
    # the victim's army saying a missile hit its tank names no attacker
    "Ukraine's army said a missile had destroyed a Leopard 2A6 tank near Robotyne.",
])
def test_no_attacker_from_air_defence_or_the_victim(extract, text):
    events = extract(text)["events"]
    assert all(e["type"] != "attack" or e["actor"] is None for e in events)
    assert not any(e["type"] == "attack" and e["actor"] for e in events)


def test_an_attack_already_told_is_not_doubled(extract):
    text = "The Russian strike on Myrhorod airfield destroyed two Su-27 jets."
    assert [e["type"] for e in extract(text)["events"]].count("attack") == 1


def test_the_side_said_to_be_hit_rejects_the_claim(extract):
    text = ("Russia's army claimed on Monday that an Iskander-M missile had destroyed a HIMARS launcher near Kramatorsk. "
            "Ukraine's army rejected the claim.")
    assert {e["type"]: e["certainty"] for e in extract(text)["events"]} == {"attack": "denied", "loss": "denied"}


@pytest.mark.parametrize("text,target", [
    ("A Russian glide bomb hit a residential building in Zaporizhzhia.", "a residential building"),
    ("A Russian missile hit an apartment building in Dnipro.", "an apartment building"),
])
def test_a_weapon_of_a_side_hitting_a_building_is_its_attack(extract, text, target):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["target"]["name"]) for e in events] == [("attack", "Russia", target)]
