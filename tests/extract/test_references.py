"""References back to places and actors named earlier (extract/references.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def roles(event):
    return {r: (event[r] or {}).get("name") for r in ("actor", "recipient", "origin", "destination")}


def mention(record, text):
    return next((m for m in record["mentions"] if m["text"] == text), None)


@pytest.mark.parametrize("text,phrase,name", [
    ("Mali's junta expelled French troops. Russia has since equipped the junta with Mi-24 helicopters.",
     "the junta", "Mali"),
    ("Arms flowed to the military government in Niamey. Moscow later supplied the junta with Su-25 jets.",
     "the junta", "Niger"),
    ("North Korea tested a missile in May. Seoul said the North has shipped KN-23 missiles to Russia.",
     "the North", "North Korea"),
    ("South Sudan signed a deal with Uganda. Juba said the South would receive Mi-24 gunships.",
     "the South", "South Sudan"),
    ("Hezbollah fired rockets at Metula. The group later launched Burkan rockets at Kiryat Shmona.",
     "The group", "Hezbollah"),
    ("SAMIM began its mission under SADC in 2021. The force deployed Casspir vehicles to Pemba.",
     "The force", "SAMIM"),
])
def test_references_actor_nouns_point_back(extract, text, phrase, name):
    found = mention(extract(text), phrase)
    assert found is not None and found["kind"] == "actor" and found["name"] == name


@pytest.mark.parametrize("text,phrase", [
    # nothing of the kind named before: no reference
    ("The junta received Mi-24 helicopters in May.", "The junta"),
    ("The group fired Burkan rockets at Kiryat Shmona.", "The group"),
    # "the North" with no northern state named is a direction, not a state
    ("Mali moved T-72 tanks to the North of the country.", "the North"),
    # an owner after the noun: "the army of Mali" is no bare reference
    ("Sudan's army got drones. Later the army of Chad received Bastion vehicles.", "the army"),
])
def test_references_actor_nouns_without_antecedent_stay_plain(extract, text, phrase):
    assert mention(extract(text), phrase) is None


def test_references_junta_is_never_the_subject_of_its_own_sentence(extract):
    record = extract("Burkina Faso's junta took power in 2022. Russia delivered BTR-82A carriers to the junta.")
    (event,) = record["events"]
    assert roles(event)["recipient"] == "Burkina Faso"


@pytest.mark.parametrize("text,expected", [
    ("Rwanda, whose troops arrived in Cabo Delgado with Bastion vehicles, is staying.", {"actor": "Rwanda"}),
    ("Turkey, which signed a pact with the Government of National Accord, has supplied it with TB2 drones.",
     {"actor": "Turkey", "recipient": "Government of National Accord"}),
    ("Khalifa Haftar's Libyan National Army attacked Tripoli. The UAE supplied his forces with Wing Loong II drones.",
     {"actor": "United Arab Emirates", "recipient": "Libyan National Army"}),
    ("The Sudanese army received Mohajer-6 drones. Army drones struck RSF positions in Omdurman.",
     {"actor": "Sudan", "destination": "Omdurman"}),
])
def test_references_pronouns_and_relatives_fill_roles(extract, text, expected):
    events = extract(text)["events"]
    got = roles(events[-1])
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Russia has supplied it with weapons.",  # no actor named before 'it'
    "Army drones struck a village near Kidal.",  # no state's army named before
])
def test_references_pronouns_without_antecedent_fill_nothing(extract, text):
    for event in extract(text)["events"]:
        assert roles(event)["recipient"] is None or roles(event)["recipient"] != "Russia"
        assert event["type"] != "attack" or event["actor"] is None


@pytest.mark.parametrize("text,place", [
    ("Troops reached Gao, where BMD-2 vehicles were unloaded on Monday.", "Gao"),
    ("Drones hit Kherson, where Russian forces shelled the port with Grad rockets.", "Kherson"),
])
def test_references_where_names_the_place_before_it(extract, text, place):
    found = mention(extract(text), "where")
    assert found is not None and found["name"] == place


def test_references_where_needs_a_place_right_before_the_comma(extract):
    record = extract("The convoy left at dawn, where T-72 tanks were unloaded.")
    assert mention(record, "where") is None


def test_references_the_capital_skips_a_capital_standing_for_its_state(extract):
    text = ("Shahed-136 drones struck central Kyiv on Monday.\nTehran has denied sending drones.\n"
            "Russia launched 28 Shahed-136 drones at the capital.")
    found = [m for m in extract(text)["mentions"] if m["text"] == "the capital"]
    assert found and found[0]["name"] == "Kyiv"


@pytest.mark.parametrize("text,origin", [
    ("The US completed its pull-out from Niger, and France withdrew its last troops from the country in 2023.", "Niger"),
    ("Russia shipped tanks to Mali last year. Rwanda withdrew its troops from the country on Monday.", "Mali"),
])
def test_references_the_country_is_not_the_subject_before_it(extract, text, origin):
    event = [e for e in extract(text)["events"] if e["type"] == "withdrawal"][-1]
    assert event["origin"]["name"] == origin


@pytest.mark.parametrize("text,origin", [
    ("Mali took delivery of Bayraktar TB2 drones from Turkey in 2022. The junta later withdrew its troops from "
     "the Algerian border, and France pulled its last soldiers out of the country.", "Mali"),
    ("Armenia received Akash air defence systems from India last year. Russia has since withdrawn its "
     "peacekeepers from the country.", "Armenia"),
    ("Turkey shipped Kirpi vehicles to Libya from Izmir. Russia has since withdrawn its jets from the country.",
     "Libya"),
])
def test_references_the_country_is_not_a_supplier_named_after_from(extract, text, origin):
    event = [e for e in extract(text)["events"] if e["type"] == "withdrawal"][-1]
    assert event["origin"]["name"] == origin


@pytest.mark.parametrize("text,destination", [
    ("Satellite images show new hangars at al-Khadim air base. Two Russian Su-24 bombers have been parked on the "
     "apron since May.", "Al-Khadim Air Base"),
    ("Iran fired missiles at Ain al-Asad in 2020. In 2024 a barrage of rockets hit the base.", "Ain al-Asad Air Base"),
])
def test_references_the_base_and_its_parts_point_back_to_the_last_facility(extract, text, destination):
    assert extract(text)["events"][-1]["destination"]["name"] == destination


def test_references_a_facility_noun_with_its_own_place_is_no_reference(extract):
    text = "US drones flew from Air Base 201 near Agadez. American troops left the airport in Niamey in July."
    mentions = [m["text"] for m in extract(text)["mentions"] if m["kind"] == "place"]
    assert "the airport" not in mentions


@pytest.mark.parametrize("text,actor", [
    ("Myanmar's junta has stepped up air strikes. A junta aircraft bombed a village in Sagaing Region.", "Myanmar"),
    ("Mali's junta expelled French troops. Junta forces later attacked rebels near Kidal with drones.", "Mali"),
])
def test_references_junta_before_a_force_or_item_is_the_junta_state(extract, text, actor):
    attack = next(e for e in extract(text)["events"] if e["type"] == "attack")
    assert attack["actor"]["name"] == actor


@pytest.mark.parametrize("text,destination", [
    ("Turkey opened a base in Mogadishu in 2017, and Turkish TB2 drones have been based at the capital's airport since 2022.",
     "Mogadishu"),
    ("Haiti asked for help. Ten MaxxPro vehicles were unloaded at the capital's main port on Monday.", "Port-au-Prince"),
])
def test_references_a_towns_possessive_before_its_facility_points_back(extract, text, destination):
    assert extract(text)["events"][-1]["destination"]["name"] == destination


def test_references_the_countrys_army_stays_no_place(extract):
    text = "Russia delivered Su-25 jets to Mali. The country's army received Mi-17 helicopters in May."
    assert "the country" not in [m["text"] for m in extract(text)["mentions"]]


@pytest.mark.parametrize("text,etype,expected", [
    ("Ukrainian drones hit a Russian radar in Crimea on Tuesday. Russia said it had shot down 12 Ukrainian "
     "drones over the peninsula overnight.", "loss", "Crimea"),
    ("Israel has blockaded Gaza since 2007. Israeli jets struck targets across the strip on Monday.", "attack",
     "Gaza Strip"),
])
def test_references_a_landform_noun_points_back_to_the_region(extract, text, etype, expected):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert (events[-1]["destination"] or {}).get("name") == expected


def test_references_the_strip_with_no_region_before_is_no_place(extract):
    text = "Ukrainian drones struck a Russian airfield. Satellite images show damage along the strip."
    assert not any(m["text"] == "the strip" for m in extract(text)["mentions"])


@pytest.mark.parametrize("text,name", [
    # a state named with its military rulers is a junta: "the junta" is that state, not a state named after it
    ("Niger's military rulers expelled French troops last year. The junta has since received Su-30 jets from Russia.",
     "Niger"),
    ("Mali's military leaders expelled French troops in 2022. The junta later received Su-24 jets from Russia.", "Mali"),
    ("Guinea's military government cut ties with Paris. The junta then received Bayraktar TB2 drones from Turkey.",
     "Guinea"),
])
def test_references_military_rulers_name_a_junta(extract, text, name):
    found = mention(extract(text), "The junta")
    assert found is not None and found["name"] == name


def test_references_civilian_rulers_name_no_junta(extract):
    # no junta named: the fallback (the last state named) stands
    found = mention(extract("Niger's civilian rulers met French envoys. The junta received Su-30 jets from Russia."),
                    "The junta")
    assert found is None or found["name"] != "Niger"


@pytest.mark.parametrize("text,phrase,name", [
    ("Ukraine said its sea drones hit Novorossiysk. A Russian landing ship was damaged in the harbour.",
     "the harbour", "Novorossiysk"),
    ("Russian missiles struck Odesa on Monday. Two grain ships were damaged at the port.", "the port", "Odesa"),
])
def test_references_the_port_points_back_to_the_last_port_or_town(extract, text, phrase, name):
    assert mention(extract(text), phrase)["name"] == name


def test_references_the_port_with_no_place_before_stays_plain(extract):
    assert mention(extract("A Russian landing ship was damaged in the harbour."), "the harbour") is None
