"""Arms fairs and air shows: what stands on a stand is displayed, not moved or deployed."""
import pytest


@pytest.mark.parametrize("text", [
    "At the Farnborough airshow, Embraer parked a C-390 transport next to the Airbus chalet.",
    "Across the hall, KNDS parked a Leopard 2A8 tank beside a mock-up of its new turret.",
    "Saab brought a Gripen E to the Dubai expo and parked it beside the runway.",
])
def test_a_sentence_about_a_show_tells_no_movement(extract, text):
    assert extract(text)["events"] == []


def test_a_show_report_has_no_events(extract):
    text = ("Tanks return to the spotlight in Paris\n\nThe aisles of Eurosatory were crowded this week. "
            "Exhibitors said buyers now ask how armour survives drones. Nexter parked a Caesar howitzer at the "
            "entrance, and Rheinmetall displayed a KF51 Panther. More than 2,000 firms were exhibiting.")
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text", [
    # a real movement with no show words stays
    "Hanwha Aerospace delivered 24 K9 howitzers to Poland in March.",
    "Sweden parked Gripen C jets at Siauliai air base in Lithuania on Monday.",
])
def test_movements_outside_a_show_stay(extract, text):
    assert extract(text)["events"] != []


@pytest.mark.parametrize("text", [
    # media posted are published; no troops or items are posted anywhere
    "Videos posted by rebel supporters show two Su-25 jets on the apron at Goma airport.",
    "Photos posted by Wagner-linked channels show T-72B3 tanks near Kidal.",
    "Footage posted by Houthi media showed an MQ-9 Reaper wreck in Marib.",
])
def test_media_posted_deploy_nothing(extract, text):
    assert all(e["type"] != "deployment" for e in extract(text)["events"])
