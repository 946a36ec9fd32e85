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


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian troops destroyed two Russian T-72B3 tanks near Avdiivka.", {"actor": "Russia"}),
    ("Houthis say they downed a US MQ-9 Reaper drone over Marib.", {"actor": "United States"}),
    ("Pakistan said its air force shot down five Indian Rafale jets.", {"actor": "India"}),
])
def test_loss_actor_is_the_owner_not_the_destroyer(extract, text, expected):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert {k: roles(event)[k] for k in expected} == expected


@pytest.mark.parametrize("text,actor", [
    ("Hezbollah said it had fired Falaq-1 rockets at northern Israel.", "Hezbollah"),
    ("US Africa Command says Russian MiG-29 jets deployed to Libya.", "Russia"),
    ("Armenia spent its budget on four Su-30SM fighters delivered by Russia.", "Russia"),
])
def test_claimant_and_pronoun_subjects(extract, text, actor):
    (event,) = extract(text)["events"]
    assert event["actor"]["name"] == actor


def test_a_capital_as_recipient_is_also_the_destination(extract):
    (event,) = extract("Russia delivered a Pantsir-S1 system to Niamey in April.")["events"]
    assert (event["recipient"]["name"], event["destination"]["name"]) == ("Niger", "Niamey")


def test_arrival_in_a_country_names_its_recipient(extract):
    (event,) = extract("French AMX-10 RC armoured cars arrived in Ukraine on Saturday.")["events"]
    assert (event["actor"]["name"], event["recipient"]["name"]) == ("France", "Ukraine")


def test_denial_by_a_party_elsewhere_in_the_document(extract):
    text = ("North Korea shipped KN-23 missiles to Russia, the White House said.\n"
            "Pyongyang denied the reports on Friday.")
    (event,) = extract(text)["events"]
    assert event["certainty"] == "denied"
    assert "North Korea" in [a["name"] for a in event["attributed_to"]]


def test_claims_by_a_party_are_alleged(extract):
    (event,) = extract("Moscow claims it destroyed eight Leopard 2A6 tanks near Orikhiv.")["events"]
    assert event["certainty"] == "alleged"


def test_handing_over_a_base_is_a_base_change(extract):
    (event,) = extract("The United States handed over Air Base 201 near Agadez to Niger.")["events"]
    assert (event["type"], event["change"]) == ("base_change", "handed_over")


def test_reference_sentence_completes_the_shipment(extract):
    text = ("Trucks carried five T-72B3 tanks through Bamako on 17 January.\n"
            "Moscow has not commented on the delivery, which most likely comes from Russia's bases in Syria.")
    (event,) = extract(text)["events"]
    assert event["origin"]["name"] == "Syria" and event["certainty"] == "likely"


@pytest.mark.parametrize("text", [
    "'Top Gun' review: old jets, new thrills\n\nThe film's F-14 Tomcat is shot down over enemy territory. The actors trained for months.",
    "Spartak grind out win\n\nThe striker scored late as Spartak's fans cheered the club's first league win in a month.",
])
def test_look_alike_documents_have_no_events(extract, text):
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text,destination", [
    ("Rebels advanced on the Central African Republic.\nRwanda said it deployed troops to the country on Sunday.",
     "Central African Republic"),
    ("Fighting reached Avdiivka in October.\nUkraine said its troops had withdrawn from the town with their M2A2 Bradley vehicles.",
     None),
])
def test_place_references_point_back(extract, text, destination):
    record = extract(text)
    refs = [m for m in record["mentions"] if m["kind"] == "place" and m["text"].startswith("the ")]
    assert refs and refs[0]["name"] in ("Central African Republic", "Avdiyivka")
    if destination:
        assert record["events"][0]["destination"]["name"] == destination
    else:
        assert record["events"][0]["origin"]["name"] == "Avdiyivka"


@pytest.mark.parametrize("text,kind", [
    ("Russian warships left the naval base at Tartus.", "naval_port"),
    ("Russian warships were moored off Tartus.", "city"),
])
def test_a_bare_city_name_is_the_city_and_a_base_needs_base_words(extract, text, kind):
    places = [m for m in extract(text)["mentions"] if m["kind"] == "place"]
    assert places[-1]["place_type"] == kind


@pytest.mark.parametrize("text,expected", [
    ("A rebel alliance, the Coalition of Patriots for Change (CPC), attacked Bambari on Tuesday.",
     {"actor": "Coalition of Patriots for Change", "destination": "Bambari"}),
    ("Fighters from Islamic State Mozambique attacked the town of Macomia in May.",
     {"actor": "Islamic State Mozambique Province", "destination": "Macomia"}),
    ("Russian forces opened their assault on Avdiivka in October.", {"actor": "Russia", "destination": "Avdiyivka"}),
])
def test_attack_subjects_and_objects(extract, text, expected):
    (event,) = extract(text)["events"]
    assert event["type"] == "attack"
    assert {k: roles(event)[k] for k in expected} == expected


def test_a_participle_describing_the_items_is_no_event_of_its_own(extract):
    text = "Some of the materiel pulled out of Syria was first moved to Libya, analysts said."
    events = extract(text)["events"]
    assert [(e["type"], roles(e)["origin"], roles(e)["destination"]) for e in events] == [("transfer", "Syria", "Libya")]


def test_phrasal_trigger_with_its_object_between(extract):
    (event,) = extract("Russia is pulling S-400 launchers out of Hmeimim air base.")["events"]
    assert (event["type"], roles(event)["origin"]) == ("withdrawal", "Hmeimim Air Base")


@pytest.mark.parametrize("text,base_change", [
    ("Russia expanded operations along the front with T-90M tanks.", False),
    ("Russia expanded its air base at Hmeimim with new hangars.", True),
])
def test_base_words_are_needed_for_a_base_change(extract, text, base_change):
    assert ("base_change" in [e["type"] for e in extract(text)["events"]]) == base_change


@pytest.mark.parametrize("text,certainty", [
    # a state party to the event (here the recipient) telling of it confirms it
    ("Poland received 18 K239 Chunmoo launchers from South Korea in August, the Polish defence ministry said.",
     "confirmed"),
    ("Finland will buy the David's Sling system from Israel, the Finnish Ministry of Defence announced on Thursday.",
     "confirmed"),
    ("Armenian fighters handed over 20 T-72 tanks to Azerbaijan's army on Saturday, Azerbaijan's defence ministry said.",
     "confirmed"),
    # one side telling of the other's loss is no party to it: it only reports it
    ("Pakistan's military said its air force shot down five Indian Rafale jets.", "reported"),
    # a supplier state telling of its own delivery through its officials confirms it
    ("Russia delivered two Su-30SME fighters to Myanmar, the Russian embassy said.", "confirmed"),
    ("Germany said on Monday it would deliver three more IRIS-T SLM systems to Ukraine.", "confirmed"),
    # the state the items arrive in, receiving them, says so (its recipient role filled from the place)
    ("A spokesman for the Polish Armed Forces said the first K2 tanks had arrived in Gdynia.", "confirmed"),
    # an outlet reporting a delivery does not confirm it
    ("Poland received 18 K239 Chunmoo launchers from South Korea, Reuters reported.", "reported"),
    # a hedge still wins over the recipient's word
    ("Sudan's army probably received Mohajer-6 drones from Iran, Sudanese officials said.", "likely"),
])
def test_certainty_a_party_state_confirms(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] in ("transfer", "order", "attack", "loss")]
    assert events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,expected", [
    # a bare denial answers the reports told just before it ...
    ("North Korea shipped KN-23 missiles to Russia, the White House said. Pyongyang denied the reports.",
     ["denied"]),
    # ... not a later event of the same party that it cannot have answered
    ("Pyongyang denied the reports on Friday. North Korea also sent Koksan howitzers to Russia in 2024, "
     "Seoul's spy agency said.", ["reported"]),
    # ... nor one told far earlier
    ("Turkey delivered Bayraktar TB2 drones to Ethiopia in 2021, analysts at ISW say. The drones flew from Harar. "
     "Ethiopia denies using them against civilians. Its army says the rebels are to blame. The agency reported "
     "the strikes. Ankara rejected the reports on Monday.", ["reported"]),
    # a denial naming the other party covers the event wherever it is told
    ("Belarus shipped T-72B tanks to Russia in March, Ukrainian intelligence said. The tanks left from Barysaw. "
     "Moscow and Minsk met in April. Officials spoke again in May. Then Minsk denied sending any weapons to Russia.",
     ["denied"]),
])
def test_document_denial_must_answer_the_event(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert [e["certainty"] for e in events] == expected


@pytest.mark.parametrize("text,certainty", [
    # a negated verb of saying is no denial of the event after it
    ("Ankara has never publicly confirmed selling Bayraktar TB2 drones to Addis Ababa.", "reported"),
    ("Seoul has not said it sent K9 howitzers to Poland.", "reported"),
    # the event itself negated is denied
    ("Seoul never sent K9 howitzers to Ukraine.", "denied"),
])
def test_negation_of_saying_is_no_denial(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] in ("transfer", "order")]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,etype,certainty", [
    # a time clause with its own verb is out of the denial's reach
    ("Iran on Tuesday rejected accusations that it armed Russia, a day after Shahed-136 drones struck Kyiv.",
     "attack", "reported"),
    ("Hamas denied storing rockets at the hospital hours after Israeli jets struck it.", "attack", "reported"),
    # a time phrase naming the event is not: the cue reaches it
    ("The army denied any losses after the RSF drone attack on El Fasher.", "attack", "denied"),
    # after a comma the main clause is back: the speaker's cue reaches its verb
    ("Moscow denied that after weeks of fighting, its troops withdrew from Kupiansk.", "withdrawal", "denied"),
])
def test_certainty_cue_does_not_reach_a_time_clause(extract, text, etype, certainty):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,certainty", [
    # nobody could check the claim: unverified, so alleged
    ("Russia delivered T-72B3 tanks to Mali, a claim that could not be independently verified.", "alleged"),
    ("Reuters was unable to verify that the RSF received Chinese FH-97A drones from the UAE.", "alleged"),
    ("Hezbollah fired Falaq-1 rockets at Kiryat Shmona, which AFP could not independently confirm.", "alleged"),
    # a party not confirming its own deed says nothing either way
    ("Ankara has never publicly confirmed selling Bayraktar TB2 drones to Ethiopia.", "reported"),
    # a verification that happened is a confirmation
    ("Analysts verified that Russia moved S-400 launchers to Crimea.", "confirmed"),
])
def test_certainty_unverified_claims_are_alleged(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] in ("transfer", "attack", "order")]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,certainty", [
    # what only looks like the item is a hedge
    ("Two aircraft that look like Russian Su-24 bombers have been parked at Bamako airport since May.", "likely"),
    ("Satellite images show vehicles that look like Pantsir-S1 systems deployed at al-Khadim.", "likely"),
    # "look at" is no hedge
    ("Officials will look at how Russia deployed Pantsir-S1 systems to al-Khadim in May.", "reported"),
])
def test_certainty_look_like_is_a_hedge(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,certainty", [
    ("Russia is said to have delivered T-72B3 tanks to Mali.", "likely"),
    ("Iran was said to have shipped Fateh-110 missiles to Russia in September.", "likely"),
    # a speaker saying something to someone is no hedge
    ("Russia delivered T-72B3 tanks to Mali, a Western analyst said to reporters.", "reported"),
])
def test_certainty_said_to_have_is_a_hedge(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,etype,certainty", [
    # a hedge in the main clause does not reach a ", where" clause with its own verb
    ("BMP-2 vehicles probably arrived in Mali from Libya, where Russia withdrew Pantsir-S1 systems from al-Khadim.",
     "withdrawal", "reported"),
    ("The drones probably came from Libya, where the UAE deployed Wing Loong II drones in 2019.",
     "deployment", "reported"),
    # the hedge still reaches its own clause
    ("BMP-2 vehicles probably arrived in Mali from Libya, where Russia withdrew Pantsir-S1 systems from al-Khadim.",
     "transfer", "likely"),
])
def test_certainty_cue_does_not_reach_a_where_clause(extract, text, etype, certainty):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,certainty", [
    # losses documented by photographs or video are visually confirmed
    ("Russia lost 40 T-90M tanks near Vuhledar, according to Oryx, which lists only losses documented by "
     "photographs.", "confirmed"),
    ("The RSF lost two Wing Loong II drones over El Obeid, documented with video by local monitors.", "confirmed"),
    # documents or reports are not visual evidence
    ("Russia lost 40 T-90M tanks near Vuhledar, documented in a report by Ukrainian officials.", "reported"),
])
def test_certainty_visual_documentation_confirms(extract, text, certainty):
    events = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert events and events[0]["certainty"] == certainty


@pytest.mark.parametrize("text,names", [
    ("Oryx, which counts only losses it can see, has documented more than 180 Armenian T-72 tanks destroyed, "
     "damaged or captured, together with dozens of Osa air defence systems.", {"T-72", "9K33 Osa"}),
    ("Analysts counted 40 Russian BMP-2 vehicles abandoned or captured near Izium, along with five T-80 tanks.",
     {"BMP-2", "T-80"}),
])
def test_loss_verbs_joined_by_commas_and_or_are_one_loss(extract, text, names):
    losses = [{i["name"] for i in e["equipment"]} for e in extract(text)["events"] if e["type"] == "loss"]
    assert losses == [names] or any(names <= n for n in losses) and len(losses) == 1, losses


def test_a_strike_that_destroyed_stays_an_attack_and_a_loss(extract):
    text = "A Ukrainian strike destroyed nine Ka-52 helicopters at Berdiansk airfield on Tuesday."
    assert sorted(e["type"] for e in extract(text)["events"]) == ["attack", "loss"]


@pytest.mark.parametrize("text,item", [
    ("French troops withdrew from Gao in August and moved their Tigre helicopters to Niamey.", "Tiger"),
    ("US forces pulled out of Tower 22 and shifted most of their equipment, including MQ-9 Reaper drones, to Erbil.",
     "MQ-9 Reaper"),
])
def test_a_withdrawing_force_moving_its_own_items_on_is_one_withdrawal(extract, text, item):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["withdrawal"]
    assert any(item in i["name"] for i in events[0]["equipment"])


def test_a_withdrawal_and_a_delivery_to_another_stay_two(extract):
    text = "Russia pulled its troops out of Kherson and sent Iskander missiles to Belarus."
    assert sorted(e["type"] for e in extract(text)["events"]) == ["transfer", "withdrawal"]
