"""What a denial reaches: the claim it points back to, and not what it does not deny."""
import pytest


def certainties(extract, text):
    return [(e["type"], e["certainty"]) for e in extract(text)["events"]]


@pytest.mark.parametrize("text,expected", [
    # "rejected the claim" answers the one claim told just before, not an earlier delivery of the same item
    ("Poland delivered Krab howitzers to Ukraine in March. Russia's army said it had destroyed a Krab near Kupiansk. "
     "Ukraine rejected the claim.", [("transfer", "reported"), ("loss", "denied")]),
    ("Azerbaijan received Barak MX batteries from Israel in 2022. Armenia said on Monday it had shot down an "
     "Azerbaijani Hermes 900 drone. Baku rejected the claim.", [("transfer", "reported"), ("loss", "denied")]),
    ("The United States sent HIMARS launchers to Taiwan last year. China said its drones had tracked a HIMARS "
     "convoy. The Pentagon said Washington sent M1A2T tanks to Taiwan on Friday. Taipei dismissed the report.",
     [("transfer", "reported"), ("transfer", "denied")]),
])
def test_a_denial_of_the_claim_reaches_the_claim_just_told(extract, text, expected):
    got = certainties(extract, text)
    assert [g for g in got if g in expected or g[0] in dict(expected)] == expected


@pytest.mark.parametrize("text", [
    # a reply to reports answers what was told before it, not background told after it
    "Iran shipped Shahed-136 drones to Russia, US officials said. Tehran dismissed reports of arms deliveries to "
    "Moscow. Iran had already sent Mohajer-6 drones to Russia in 2022, officials say.",
    "Belarus moved Iskander launchers to Russia, Ukraine said. Minsk denied the reports. Belarus also sent "
    "T-72 tanks to Russia in 2023, according to Oryx.",
])
def test_a_reply_to_reports_does_not_reach_later_background(extract, text):
    assert certainties(extract, text)[-1] == ("transfer", "reported")


def test_a_reply_to_reports_still_denies_the_reports(extract):
    got = certainties(extract, "Belarus moved Iskander launchers to Russia, Ukraine said. Minsk denied the reports.")
    assert got[0] == ("transfer", "denied")


@pytest.mark.parametrize("text", [
    # not claiming an attack neither denies it nor makes it a claim
    "Drones struck the fuel depot at Port Sudan on Tuesday, the army said. The RSF has not claimed the strikes.",
    "Rockets hit the Ain al-Asad air base on Sunday, US officials said. No group has claimed the attack.",
    "A drone struck the Tower 22 outpost in Jordan, killing three soldiers. The militia did not claim the strike.",
])
def test_a_claim_not_made_is_no_cue(extract, text):
    assert certainties(extract, text)[0] == ("attack", "reported")


def test_a_claim_made_stays_a_claim(extract):
    got = certainties(extract, "Hezbollah claimed it had shot down an Israeli Hermes 450 drone over Nabatieh.")
    assert got[0] == ("loss", "alleged")


@pytest.mark.parametrize("text,actor", [
    # who denies or admits doing something is the one who did it
    ("Moscow denied sending T-72B3 tanks to Mali.", "Russia"),
    ("Kigali denies deploying its army in Congo.", "Rwanda"),
    ("Tehran admitted supplying Shahed-136 drones to Russia before the war.", "Iran"),
])
def test_the_denier_of_its_own_deed_is_its_actor(extract, text, actor):
    assert extract(text)["events"][0]["actor"]["name"] == actor


def test_the_accuser_is_not_the_actor(extract):
    event = extract("Armenia accused Turkey of sending F-16 jets to Azerbaijan.")["events"][0]
    assert event["actor"]["name"] == "Turkey"


@pytest.mark.parametrize("text,claimant", [
    # a force's spokesman speaks for the force named before, so for its state
    ("Drones hit the Osman Digna air base on Sunday, the Sudanese army said. RSF drones hit fuel depots at the port "
     "on Tuesday, army spokesman Nabil Abdallah said.", "Sudan"),
    ("Israeli forces entered Rafah on Monday. Merkava tanks struck the Tel al-Sultan district on Tuesday, military "
     "spokesman Daniel Hagari said.", "Israel"),
])
def test_a_force_spokesman_speaks_for_the_force_before(extract, text, claimant):
    events = extract(text)["events"]
    assert claimant in [a["name"] for a in events[-1]["attributed_to"]]


@pytest.mark.parametrize("text,claimant", [
    # "the spy agency" is the intelligence body named before
    ("North Korea shipped shells to Russia, Seoul's spy agency said on Monday. The spy agency also told lawmakers "
     "that North Korean troops are now deployed in Russia's Kursk region.", "South Korea"),
    ("Iran sent Shahed-136 drones to Russia, Ukraine's intelligence agency said. The intelligence agency also "
     "said Russian troops were deployed near Kupiansk with Iskander-M launchers.", "Ukraine"),
])
def test_the_spy_agency_points_back_to_the_intelligence_body(extract, text, claimant):
    deployment = next(e for e in extract(text)["events"] if e["type"] == "deployment")
    assert [a["name"] for a in deployment["attributed_to"]] == [claimant]


def test_a_news_agency_is_still_the_agency(extract):
    text = "Russia delivered Su-35 jets to Iran, the Tasnim news agency reported. The agency said more would follow."
    event = extract(text)["events"][0]
    assert "Tasnim News Agency" in [a["name"] for a in event["attributed_to"]]
