import pytest


def roles(event):
    return {r: (event[r] or {}).get("name") for r in ("actor", "recipient", "origin", "destination")}


@pytest.mark.parametrize("text,expected", [
    ("Ankara delivered three Bayraktar TB2 drones to Niamey.", {"actor": "Turkey", "recipient": "Niger"}),
    ("The Malian army took delivery of two Su-24 jets from Russia.", {"actor": "Russia", "recipient": "Mali"}),
    ("Moscow moved S-400 launchers from Latakia to Benghazi.", {"actor": "Russia", "origin": "Latakia", "destination": "Benghazi"}),
    ("A convoy carrying T-90M tanks arrived in Kidal from Gao.", {"origin": "Gao", "destination": "Kidal"}),
    ("Russia supplied Mali with Mi-17 helicopters.", {"actor": "Russia", "recipient": "Mali", "destination": "Mali"}),
])
def test_transfer_shapes_fill_roles(extract, text, expected):
    (event,) = extract(text)["events"]
    assert event["type"] == "transfer"
    got = roles(event)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,etype", [
    ("Russia deployed Pantsir-S1 systems to Bamako in 2023.", "deployment"),
    ("French troops withdrew from Gao with their Caesar howitzers.", "withdrawal"),
    ("Russia expanded its air base in Bamako.", "base_change"),
    ("Houthi fighters attacked a tanker with Shahed-136 drones.", "attack"),
    ("Two T-72B3 tanks were destroyed near Avdiivka.", "loss"),
    ("Poland signed a contract for 96 AH-64E helicopters.", "order"),
    ("The United States will deliver four M142 HIMARS launchers to Ukraine.", "order"),
])
def test_event_types(extract, text, etype):
    types = [e["type"] for e in extract(text)["events"]]
    assert types == [etype]


@pytest.mark.parametrize("text", [
    "Washington could send M1A1 Abrams tanks to Ukraine.",
    "Berlin is considering whether to supply Leopard 2A6 tanks.",
    "Would Moscow deliver more T-90M tanks to Mali?",
    "The museum exhibits a T-34 tank that was delivered in 1944.",
    "Spartak Moscow beat Zenit after the striker tanked his penalty.",
])
def test_hypotheticals_questions_and_look_alikes_are_not_events(extract, text):
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text,certainty", [
    ("Russia likely delivered T-72B3 tanks to Mali.", "likely"),
    ("Trucks carried T-72B3 tanks to Mali, probably from Syria.", "likely"),
    ("Russia allegedly delivered T-72B3 tanks to Mali.", "alleged"),
    ("Moscow denied that it delivered T-72B3 tanks to Mali.", "denied"),
    ("Russia did not supply T-72B3 tanks to Mali.", "denied"),
    ("The ministry confirmed that Russia delivered T-72B3 tanks to Mali.", "confirmed"),
    ("Russia delivered T-72B3 tanks to Mali.", "reported"),
])
def test_certainty_cues(extract, text, certainty):
    (event,) = extract(text)["events"]
    assert event["certainty"] == certainty


@pytest.mark.parametrize("text,claimant", [
    ("Russia delivered T-72B3 tanks to Mali, according to Reuters.", "Reuters"),
    ("Reuters, citing two officials, said Russia delivered T-72B3 tanks to Mali.", "Reuters"),
    ("Russia delivered T-72B3 tanks to Mali, the Institute for the Study of War said.", "Institute for the Study of War"),
])
def test_attribution_is_kept_apart_from_the_actor(extract, text, claimant):
    (event,) = extract(text)["events"]
    assert [a["name"] for a in event["attributed_to"]][:1] == [claimant]
    assert event["actor"]["name"] == "Russia"


def test_slash_list_gives_two_items(extract):
    (event,) = extract("Russia delivered BTR-80A/82 vehicles to Mali.")["events"]
    assert [i["name"] for i in event["equipment"]] == ["BTR-80A", "BTR-82"]


def test_later_sentence_items_join_the_shipment(extract):
    text = ("Russia delivered five T-72B3 tanks to Mali on 17 January.\n"
            "Also seen were Tigr vehicles and S-60 anti-aircraft guns.")
    (event,) = extract(text)["events"]
    assert [i["name"] for i in event["equipment"]] == ["T-72B3", "Tigr", "S-60"]
    assert len(event["evidence"]) == 2


def test_two_shipments_stay_two(extract):
    text = ("Russia delivered five T-72B3 tanks to Mali in January.\n"
            "Separately, Turkey delivered three Bayraktar TB2 drones to Niger in March.")
    events = extract(text)["events"]
    assert [(e["actor"]["name"], e["recipient"]["name"]) for e in events] == [("Russia", "Mali"), ("Turkey", "Niger")]


def test_headline_and_lead_are_one_event(extract):
    text = ("Russia delivers T-72B3 tanks to Mali\n\n"
            "Russia delivered at least five T-72B3 tanks to Mali last week, local media reported.")
    (event,) = extract(text)["events"]
    assert event["equipment"][0]["quantity"] == 5


def test_evidence_offsets_slice_the_sentence(extract):
    from materiel.models import Document

    text = "Background first. Russia delivered five T-72B3 tanks to Mali."
    (event,) = extract(text)["events"]
    ev = event["evidence"][0]
    assert Document.create(text).text[ev["start"]:ev["end"]] == ev["text"] == "Russia delivered five T-72B3 tanks to Mali."
