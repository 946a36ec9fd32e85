"""Places and companies no catalog lists (extract/unlisted.py)."""
import pytest

pytestmark = pytest.mark.issue(4)


def unlisted(record, kind):
    return [m["text"] for m in record["mentions"] if m["kind"] == kind and m["id"] is None]


@pytest.mark.parametrize("text,names", [
    ("Israeli troops pulled out of the Netzarim corridor on Sunday.", ["Netzarim corridor"]),
    ("Jets struck fighters on the edge of the Sambisa forest.", ["Sambisa forest"]),
    ("Rebels withdrew from the Gorom Hills after the assault.", ["Gorom Hills"]),
    ("Russian units pulled out of Kozacha Lopan overnight.", ["Kozacha Lopan"]),
])
def test_unlisted_landforms_and_out_of(extract, text, names):
    assert unlisted(extract(text), "place") == names


@pytest.mark.parametrize("text", [
    "Drones were seen in the Pentagon footage.",  # "the" + a name with no landform noun: no place
    "The report appeared in The Economist last week.",
    "Troops arrived in the North of the country.",
])
def test_unlisted_the_needs_a_landform(extract, text):
    assert unlisted(extract(text), "place") == []


@pytest.mark.parametrize("text,role", [
    ("Turkish drone maker Baykar sold drones to Kenya. Kenya took delivery of Bayraktar TB2s from Baykar in 2023.",
     "actor"),
    ("The defence firm Otokar signed a deal. Romania received Cobra II vehicles from Otokar in May.", "actor"),
])
def test_unlisted_companies_named_as_makers_are_actors_not_places(extract, text, role):
    record = extract(text)
    assert all(m["kind"] == "actor" for m in record["mentions"] if m["text"] in ("Baykar", "Otokar"))
    event = [e for e in record["events"] if e["type"] == "transfer"][-1]
    assert event[role]["name"] in ("Baykar", "Otokar")
    assert event["origin"] is None


def test_unlisted_a_name_after_from_with_no_maker_cue_stays_a_place(extract):
    record = extract("Kenya received Bayraktar TB2s from Wajir in 2023.")
    assert [m["kind"] for m in record["mentions"] if m["text"] == "Wajir"] == ["place"]


@pytest.mark.parametrize("text,name", [
    ("The aircraft carrier USS Harry S. Truman left the Red Sea on Friday with F/A-18 jets.", "United States"),
    ("HMS Diamond withdrew from the Red Sea with its Sea Viper missiles.", "United Kingdom"),
    ("HMAS Toowoomba left the Red Sea with its MH-60R helicopter on Monday.", "Australia"),
])
def test_unlisted_a_ship_prefix_stands_for_its_navy(extract, text, name):
    (event,) = extract(text)["events"]
    assert event["actor"]["name"] == name


@pytest.mark.parametrize("text,ship", [
    ("The USS Carney sailed from the Red Sea to Souda Bay with its SM-2 missiles.", "USS Carney"),
    ("HMS Richmond left Portsmouth for the Red Sea with its Sea Ceptor missiles.", "HMS Richmond"),
])
def test_unlisted_a_town_named_after_a_ship_prefix_is_the_ship(extract, text, ship):
    record = extract(text)
    assert ship in [m["text"] for m in record["mentions"] if m["kind"] == "actor"]
    assert ship.split()[1] not in [m["text"] for m in record["mentions"] if m["kind"] == "place"]


def test_unlisted_a_prefix_needs_a_name_after_it(extract):
    record = extract("The HMS crew trained on Sea Viper missiles in May.")
    assert all(m["kind"] != "actor" for m in record["mentions"])


@pytest.mark.parametrize("text", [
    "Ethiopia used a MAM-L bomb made by Turkey's Roketsan against a camp in Tigray.",
    "Nigeria received Cobra armoured vehicles built by Otokar in May.",
])
def test_unlisted_a_maker_fills_no_role(extract, text):
    for event in extract(text)["events"]:
        assert all((event[r] or {}).get("name") not in ("Roketsan", "Otokar", "Turkey")
                   for r in ("actor", "recipient", "origin", "destination"))


@pytest.mark.parametrize("text,name", [
    ("Venezuela is expanding its military base on Anacoco island.", "Anacoco island"),
    ("The marines deployed two anti-ship missile launchers to Batan island.", "Batan island"),
    ("Azerbaijani troops fired on a vehicle near the village of Chankatagh.", "Chankatagh"),
])
def test_unlisted_landform_and_village_names(extract, text, name):
    assert name in [m["name"] for m in extract(text)["mentions"] if m["kind"] == "place"]


@pytest.mark.parametrize("text", [
    "Russia shipped tanks to Kenya on Monday.",
    "The ministry said on Tuesday that Turkey sent drones to Niger.",
])
def test_unlisted_on_and_to_need_a_landform(extract, text):
    assert all(m["id"] for m in extract(text)["mentions"] if m["kind"] == "place")


@pytest.mark.parametrize("text,actor", [
    ("Finland will buy the David's Sling air defence system from Israel's Rafael Advanced Defense Systems.",
     "Rafael Advanced Defense Systems"),
    ("Poland signed a contract on Friday with South Korea's Hyundai Rotem for 180 K2 tanks.", "Hyundai Rotem"),
    ("Indonesia has signed a contract with Turkish Aerospace for twelve Anka drones.", "Turkish Aerospace"),
])
def test_unlisted_a_name_ending_in_a_company_word_is_a_company(extract, text, actor):
    order = extract(text)["events"][0]
    assert order["actor"]["name"] == actor


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry said it had delivered T-72B3 tanks to Mali.",
    "The US Department of Defense announced a package of HIMARS launchers for Ukraine.",
])
def test_unlisted_a_company_word_inside_a_body_name_is_no_company(extract, text):
    assert not any(m.get("actor_type") == "company" for m in extract(text)["mentions"])


@pytest.mark.parametrize("text,name", [
    ("French Rafale jets were deployed to Tanagra air base in Greece.", "Tanagra"),
    ("Turkey sent Bayraktar TB2 drones to the Gecitkale airfield.", "Gecitkale"),
])
def test_unlisted_a_name_before_a_facility_noun_after_to_is_a_place(extract, text, name):
    places = [m["text"] for m in extract(text)["mentions"] if m["kind"] == "place"]
    assert name in places


def test_unlisted_to_a_capitalised_name_without_a_facility_noun_is_no_place(extract):
    places = [m["text"] for m in extract("Turkey sent Bayraktar TB2 drones to Haftar last year.")["mentions"]
              if m["kind"] == "place"]
    assert "Haftar" not in places


@pytest.mark.parametrize("text,name", [
    ("US strikes hit the Ras Isa fuel port on Thursday.", "Ras Isa"),
    ("JNIM fighters stormed the Boulkessi military camp, seizing two armoured vehicles.", "Boulkessi"),
])
def test_unlisted_a_name_between_the_and_a_facility_noun_is_a_place(extract, text, name):
    places = [m["text"] for m in extract(text)["mentions"] if m["kind"] == "place"]
    assert name in places


@pytest.mark.parametrize("text,word", [
    ("Aides said the Harris camp expected a close race.", "Harris"),
    ("Troops arrived at the Marine Corps base on Friday.", "Marine"),
])
def test_unlisted_a_bare_camp_or_an_armed_service_before_a_base_is_no_place(extract, text, word):
    assert not any(word in m["text"] for m in extract(text)["mentions"] if m["kind"] == "place")


@pytest.mark.parametrize("text,name", [
    ("Ukrainian forces repelled a Russian assault on Chasiv Yar, destroying three tanks.", "Chasiv Yar"),
    ("The Houthis claimed to have shot down an MQ-9 Reaper over al-Bayda province.", "al-Bayda province"),
])
def test_unlisted_after_an_attack_noun_on_or_over_a_name_is_a_place(extract, text, name):
    places = [m["text"] for m in extract(text)["mentions"] if m["kind"] == "place"]
    assert name in places


@pytest.mark.parametrize("text,word", [
    ("Fighting eased over Christmas, and Russian drones struck Kherson on Monday.", "Christmas"),
    ("Ukraine launched a counteroffensive on Monday, retaking villages.", "Monday"),
])
def test_unlisted_holidays_and_days_are_no_place(extract, text, word):
    assert not any(m["text"] == word for m in extract(text)["mentions"] if m["kind"] == "place")


@pytest.mark.parametrize("text,place", [
    # capitalised words after "the town/village of" that run into a catalog name are one longer name
    ("Israeli jets struck a house in the town of Bint Jbeil in southern Lebanon.", "Bint Jbeil"),
    ("Russian shells hit the village of Velyka Novosilka on Monday.", "Velyka Novosilka"),
    # a catalog name that is the whole name stays itself
    ("RSF fighters shelled the town of El Fasher.", "El Fasher"),
])
def test_unlisted_a_named_town_is_not_the_catalog_name_inside_it(extract, text, place):
    event = [e for e in extract(text)["events"] if e["type"] == "attack"][0]
    assert (event["destination"] or {}).get("name") == place


@pytest.mark.parametrize("text,actor", [
    # a ship named with its navy's prefix is later "the" and its last name, for the same state
    ("A jet fell from the carrier USS Harry S. Truman on Monday. The Truman arrived in the Red Sea in December.",
     "United States"),
    ("HMS Diamond left Gibraltar last week. The Diamond arrived in the Red Sea on Tuesday.", "United Kingdom"),
])
def test_unlisted_a_ship_named_again_by_its_last_name(extract, text, actor):
    events = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert events and (events[-1]["actor"] or {}).get("name") == actor


def test_unlisted_a_ship_name_before_another_capitalised_word_is_something_else(extract):
    record = extract("USS Truman docked in Busan. The Truman Doctrine was cited in the debate.")
    assert [m["text"] for m in record["mentions"] if m["kind"] == "actor"] == ["USS Truman"]


@pytest.mark.parametrize("text,recipient", [
    # an unlisted place located by a known place after it lies in that place's country
    ("Six Chinese Y-20 transport aircraft landed at Batajnica air base near Belgrade carrying HQ-22 missile "
     "systems.", "Serbia"),
    ("A convoy carrying T-72 tanks arrived in the village of Kurakhivka near Donetsk.", "Ukraine"),
    # nothing after it to locate it: no country, no recipient by default
    ("A convoy carrying T-72 tanks arrived at Wajiroko.", None),
])
def test_unlisted_a_place_located_by_a_known_one_takes_its_country(extract, text, recipient):
    event = [e for e in extract(text)["events"] if e["type"] == "transfer"][0]
    assert (event["recipient"] or {}).get("name") == recipient


def test_an_administrative_noun_after_an_unlisted_name_belongs_to_it(extract):
    record = extract("Rebel fighters shot down a Mi-17 helicopter over Tanintharyi township on Monday.")
    (event,) = [e for e in record["events"] if e["type"] == "loss"]
    assert event["destination"]["name"] == "Tanintharyi township"


def test_an_administrative_noun_after_the_names_no_place(extract):
    record = extract("Chinese VN-4 vehicles were delivered to Cameroon and are now used in the Extreme North region.")
    (event,) = [e for e in record["events"] if e["type"] == "transfer"]
    assert event["destination"]["name"] == "Cameroon"


def test_a_compound_of_holding_names_no_place(extract):
    record = extract("Israeli jets struck the Rebel-held port of Hodeidah on Monday.")
    places = [m["text"] for m in record["mentions"] if m["kind"] == "place"]
    assert "Rebel-held" not in places
    (event,) = [e for e in record["events"] if e["type"] == "attack"]
    assert "Hodeidah" in event["destination"]["name"]


def test_a_town_before_a_unit_named_after_it_names_the_unit(extract):
    record = extract("Junta jets bombed a school in Pakokku township on Friday.")
    places = [m for m in record["mentions"] if m["kind"] == "place"]
    assert [m["text"] for m in places] == ["Pakokku township"] and places[0]["country"] == "MM"
    record = extract("Junta jets bombed a school in Pakokku on Friday.")
    assert [m["text"] for m in record["mentions"] if m["kind"] == "place"] == ["Pakokku"]


def test_a_compass_word_opens_an_unlisted_name(extract):
    record = extract("The alliance launched an offensive in northern Shan state last October.")
    assert "northern Shan state" in [m["text"] for m in record["mentions"] if m["kind"] == "place"]
    record = extract("French troops were deployed in northern Mali in 2013.")
    (place,) = [m for m in record["mentions"] if m["kind"] == "place"]
    assert place["text"] == "northern Mali" and place["country"] == "ML"


@pytest.mark.parametrize("text,state,place", [
    ("The US sent the USS Carney to the Red Sea.", "United States", "Red Sea"),
    ("Britain is sending HMS Prince of Wales to the Indo-Pacific.", "United Kingdom", "Indo-Pacific"),
    ("The USS Carney was sent to the Red Sea.", "United States", "Red Sea"),
])
def test_unlisted_a_ship_sent_is_its_navy_deploying_it(extract, text, state, place):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["recipient"], e["destination"]["name"]) for e in events] \
        == [("deployment", state, None, place)]


def test_unlisted_a_name_before_news_site_is_an_outlet(extract):
    record = extract("The Irrawaddy news site, citing witnesses, reported that jets bombed Lashio.")
    assert [m["text"] for m in record["mentions"] if m["kind"] == "source"] == ["Irrawaddy"]
