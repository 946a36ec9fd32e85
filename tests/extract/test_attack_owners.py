"""An attack naming no attacker is by who has the weapon it names (merge: owner_from_document)."""
import pytest


def attack(extract, text):
    return next(e for e in extract(text)["events"] if e["type"] == "attack")


@pytest.mark.parametrize("text,actor", [
    ("Mali received Bayraktar TB2 drones from Turkey in 2022. In August 2024 a TB2 strike on Tinzaouaten killed "
     "21 civilians.", "Mali"),
    ("Myanmar took delivery of Yak-130 jets from Russia in 2022. In April a Yak-130 bombed a village in Sagaing.",
     "Myanmar"),
    ("Ethiopia received Wing Loong II drones from the UAE. Last month a Wing Loong II struck a market in Amhara.",
     "Ethiopia"),
])
def test_an_attack_by_items_is_by_who_received_them(extract, text, actor):
    assert (attack(extract, text)["actor"] or {}).get("name") == actor


def test_an_attack_naming_no_weapon_takes_no_owner(extract):
    text = "Mali received Bayraktar TB2 drones from Turkey in 2022. In August a drone strike hit Kidal."
    assert attack(extract, text)["actor"] is None


def test_a_named_attacker_stays(extract):
    text = "Mali received Bayraktar TB2 drones from Turkey in 2022. In August JNIM fighters attacked a TB2 base in Gao."
    assert attack(extract, text)["actor"]["name"] == "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize("text,actor", [
    # a preposition before a date governs the date, not the name right after it
    ("In August JNIM fighters attacked an army base in Gao.", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("On Sunday Hezbollah fired Falaq-1 rockets at Kiryat Shmona.", "Hezbollah"),
    ("In March 2024 al-Shabaab fighters attacked a base in Lower Shabelle.", "al-Shabaab"),
])
def test_a_name_after_an_opening_date_is_the_subject(extract, text, actor):
    assert (attack(extract, text)["actor"] or {}).get("name") == actor


def test_the_corps_points_back_to_the_corps_named_before(extract):
    text = ("Wagner's role in Mali is being taken over by Russia's Africa Corps. Analysts say the corps already has "
            "around 2,000 personnel in Mali.")
    deployments = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert deployments and deployments[-1]["actor"]["name"] == "Africa Corps"


@pytest.mark.parametrize("text,actor", [
    # a maker's descriptor between 'from' and its name belongs to the name
    ("Mali has taken delivery of two Bayraktar Akinci drones from the Turkish manufacturer Baykar.", "Baykar"),
    ("Poland received K9 howitzers from the South Korean firm Hanwha Aerospace.", "Hanwha Aerospace"),
    ("Kenya received Bayraktar TB2 drones from the Turkish company Baykar in 2023.", "Baykar"),
])
def test_a_maker_named_after_its_descriptor_supplies(extract, text, actor):
    assert extract(text)["events"][0]["actor"]["name"] == actor


def test_a_maker_deploys_nothing(extract):
    text = ("Mali has taken delivery of two Bayraktar Akinci drones from the Turkish manufacturer Baykar, state "
            "television showed, with the aircraft parked beside a hangar at Air Base 101.")
    assert all(e["actor"] is None or e["actor"]["name"] != "Baykar" for e in extract(text)["events"]
               if e["type"] == "deployment")


@pytest.mark.parametrize("text,owner", [
    ("Moscow claims it destroyed eight Leopard tanks near Zaporizhzhia.", "Ukraine"),
    ("Azerbaijan said it had destroyed an S-300 system near Stepanakert.", None),  # Karabakh: no other state's place
])
def test_a_loss_one_state_claims_at_another_states_place_is_that_states(extract, text, owner):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert (event["actor"] or {}).get("name") == owner


def test_a_loss_claimed_at_home_names_no_owner_from_the_place(extract):
    (event,) = extract("Ukraine said it destroyed an S-400 launcher in Crimea.")["events"]
    assert event["actor"] is None


def test_a_loss_another_party_inflicted_is_not_given_to_the_place(extract):
    (event,) = extract("Israel says Hezbollah destroyed three Merkava tanks in south Lebanon.")["events"]
    assert (event["actor"] or {}).get("name") != "Lebanon"
