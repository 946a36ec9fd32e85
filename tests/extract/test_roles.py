"""Roles from the grammar around a trigger (extract/roles.py): which name fills which role."""
import pytest

pytestmark = pytest.mark.issue(4)


def roles(event):
    return {r: (event[r] or {}).get("name") for r in ("actor", "recipient", "origin", "destination")}


def only_event(extract, text, etype=None):
    events = [e for e in extract(text)["events"] if etype is None or e["type"] == etype]
    assert len(events) == 1, events
    return roles(events[0])


@pytest.mark.parametrize("text,role,name", [
    ("Turkish TB2s struck Syrian army convoys in Syria's Idlib province.", "destination", "Idlib"),
    ("Russian jets bombed rebel positions in Ukraine's Kharkiv region.", "destination", "Kharkiv Oblast"),
    ("The ship sailed with T-72 tanks from the Russian Black Sea port of Novorossiysk.", "origin", "Novorossiysk"),
])
def test_roles_a_name_that_locates_the_next_gives_way_to_it(extract, text, role, name):
    assert only_event(extract, text)[role] == name


@pytest.mark.parametrize("text,role,name", [
    ("The UAE sent Kornet missiles to Sudan's paramilitary Rapid Support Forces.", "recipient", "Rapid Support Forces"),
    ("Turkey shipped BMC Kirpi vehicles to forces loyal to Libya's UN-recognised Government of National Accord.",
     "recipient", "Government of National Accord"),
    ("Russia's Africa Corps deployed T-72B3 tanks to Niger.", "actor", "Africa Corps"),
])
def test_roles_a_possessive_before_a_named_force_is_no_role(extract, text, role, name):
    assert only_event(extract, text)[role] == name


@pytest.mark.parametrize("text,role,name", [
    # a possessive of an owner, not of a named force, still says whose the items are
    ("Drones destroyed Russia's Tor-M2 launchers near Tokmak.", "actor", "Russia"),
    # a city before its own facility stays the place
    ("Two Il-76 aircraft with weapons landed at Mogadishu's Aden Adde airport.", "destination", "Mogadishu"),
])
def test_roles_possessives_that_stay(extract, text, role, name):
    assert only_event(extract, text)[role] == name


@pytest.mark.parametrize("text,role,name", [
    ("The rebels withdrew their fighters from the neighbouring Amhara region.", "origin", "Amhara"),
    ("Kurdish units pulled their M113 carriers out of rebel-held Manbij.", "origin", "Manbij"),
    ("A-29 Super Tucano aircraft struck insurgents on the edge of the Sambisa forest.", "destination", "Sambisa forest"),
    ("Israeli forces pulled their Merkava tanks out of the Netzarim corridor.", "origin", "Netzarim corridor"),
])
def test_roles_describing_words_and_parts_inside_a_prepositional_phrase(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_a_part_noun_does_not_turn_on_into_in_without_of(extract):
    # "on" a target stays the target: no place, no destination
    got = only_event(extract, "Houthi drones struck on the deck of a tanker with Shahed-136 drones.")
    assert got["destination"] is None


@pytest.mark.parametrize("text,name", [
    ("Ukrainian troops destroyed one Russian Tor-M2 air defence system near Robotyne.", "Russia"),
    ("Sudanese soldiers captured an Emirati Nimr armoured vehicle in Omdurman.", "United Arab Emirates"),
])
def test_roles_a_demonym_right_before_a_name_owns_it(extract, text, name):
    assert only_event(extract, text, "loss")["actor"] == name


@pytest.mark.parametrize("text,expected", [
    # a country is refined by a place inside it named later in the sentence
    ("Russian missiles struck Ukraine overnight, in the port city of Odesa.", "Odesa"),
    # a place in another country does not replace it
    ("Russian Kalibr missiles were fired at Ukraine from warships in Sevastopol.", "Ukraine"),
])
def test_roles_a_country_gives_way_to_a_place_inside_it(extract, text, expected):
    events = extract(text)["events"]
    assert roles(events[0])["destination"] == expected


def test_roles_headline_country_and_body_town_are_one_destination(extract):
    text = ("Russian instructors deploy to Burkina Faso\n\n"
            "Russia deployed about 100 instructors with BTR-82A carriers to Ouagadougou on Wednesday.")
    (event,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert roles(event)["destination"] == "Ouagadougou"


@pytest.mark.parametrize("text,etype,expected", [
    ("The drones came from Syria, where Russia evacuated troops and S-400 systems last year.", "withdrawal",
     {"origin": "Syria"}),
    ("Rebels hold Goma, where M23 fighters shelled army positions on Monday.", "attack", {"destination": "Goma"}),
])
def test_roles_where_after_a_place_locates_the_relative_clause(extract, text, etype, expected):
    got = only_event(extract, text, etype)
    assert {k: got[k] for k in expected} == expected


def test_roles_where_clause_ends_at_its_comma(extract):
    text = ("The jets flew from Hmeimim air base in Syria, where their markings were painted over, "
            "and reached al-Jufra air base in central Libya.")
    events = extract(text)["events"]
    assert all(roles(e)["destination"] != "Syria" for e in events)


@pytest.mark.parametrize("text,expected", [
    ("Wagner fighters withdrew their T-72 tanks from Kidal back into Algeria.", {"origin": "Kidal", "destination": "Algeria"}),
    ("The carrier and its F/A-18 jets left the Red Sea and passed through the Suez Canal into the Mediterranean.",
     {"origin": "Red Sea", "destination": "Mediterranean Sea"}),
])
def test_roles_withdrawal_into_a_place_is_its_destination(extract, text, expected):
    got = only_event(extract, text, "withdrawal")
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    # a subordinate clause with a verb and no event word ends at its comma: its places go nowhere
    ("In May, after an offensive towards Goma stalled, M23 pulled its fighters out of Sake with T-55 tanks.",
     {"destination": None, "origin": "Sake"}),
    # an apposition's comma inside the clause does not end it
    ("It began in 2024, when fighters of ISWAP, the jihadist group, attacked a base in Monguno with RPG-7s.",
     {"destination": "Monguno"}),
])
def test_roles_eventless_subordinate_clause_ends_at_its_comma(extract, text, expected):
    got = roles(extract(text)["events"][0])
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("India, now Armenia's largest arms supplier, delivered Pinaka launchers in 2023.", {"actor": "India", "recipient": "Armenia"}),
    ("China, Pakistan's main weapons provider, delivered J-10C fighters in 2022.", {"actor": "China", "recipient": "Pakistan"}),
])
def test_roles_the_possessor_of_a_supplier_is_the_recipient(extract, text, expected):
    got = only_event(extract, text)
    assert {k: got[k] for k in expected} == expected


def test_roles_a_possessor_of_other_nouns_is_no_recipient(extract):
    got = only_event(extract, "Russia's defence ministry delivered Su-35 jets in 2023.")
    assert got["recipient"] is None


@pytest.mark.parametrize("text,expected", [
    ("Moscow has equipped the junta in Bamako steadily, sending Mi-17 helicopters and Su-25 jets.",
     {"actor": "Russia", "recipient": "Mali"}),
    ("Ankara has equipped the Somali army, supplying Bayraktar TB2 drones.", {"actor": "Turkey", "recipient": "Somalia"}),
])
def test_roles_a_continuing_verb_of_the_same_type_shares_the_recipient(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["equipment"]]
    got = roles(events[0])
    assert {k: got[k] for k in expected} == expected


def test_roles_a_continuing_verb_of_another_type_keeps_only_the_subject(extract):
    events = extract("Russia delivered S-400 systems to Syria, striking rebel positions in Idlib.")["events"]
    attack = next(e for e in events if e["type"] == "attack")
    assert roles(attack)["recipient"] is None and roles(attack)["actor"] == "Russia"


@pytest.mark.parametrize("text,expected", [
    ("Drone maker Baykar signed a contract on Tuesday to supply Akinci drones to Saudi Arabia.",
     {"actor": "Baykar", "recipient": "Saudi Arabia"}),
    ("Seoul signed a deal to deliver K9 howitzers to Poland.", {"actor": "South Korea", "recipient": "Poland"}),
    # a buyer's contract keeps the buyer as recipient
    ("Poland signed a contract for 96 AH-64E helicopters.", {"recipient": "Poland"}),
    ("Egypt signed a deal to buy Rafale jets from France.", {"actor": "France", "recipient": "Egypt"}),
])
def test_roles_a_contract_to_supply_has_the_seller_as_subject(extract, text, expected):
    got = only_event(extract, text, "order")
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,owner", [
    ("Sudan's army received Mohajer-6 drones from Iran.\nThe RSF said its fighters shot down a Mohajer-6 over Omdurman.",
     "Sudan"),
    ("Russia launched Shahed-136 drones at Kharkiv.\nAir defence units shot down a dozen Shahed-136 drones overnight.",
     "Russia"),
])
def test_roles_a_lost_item_belongs_to_who_received_or_used_it_earlier(extract, text, owner):
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert loss["actor"]["name"] == owner


def test_roles_a_lost_item_named_nowhere_before_has_no_owner(extract):
    text = "Russia delivered T-72B3 tanks to Mali.\nDrones destroyed two Leopard 2 tanks near Robotyne."
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert loss["actor"] is None


@pytest.mark.parametrize("text,role,name", [
    ("KYIV - Ukrainian forces withdrew from Avdiivka on Saturday.", "actor", "Ukraine"),
    ("BAMAKO, Mali (Reuters) - Russia delivered T-72B3 tanks to the army.", "actor", "Russia"),
    ("ANKARA/DAMASCUS - Turkish F-16 jets struck targets in Syria.", "actor", "Turkey"),
])
def test_roles_a_dateline_fills_no_role(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_a_capitalised_opening_without_a_dash_is_no_dateline(extract):
    assert only_event(extract, "MOSCOW delivered T-72B3 tanks to Mali.")["actor"] == "Russia"


@pytest.mark.parametrize("text,role,name", [
    ("Four TB2 drones are now based at Goma airport.", "destination", "Goma"),
    ("Russia moved S-400 launchers from Hmeimim to Tartus naval base.", "destination", "Ţarţūs"),
    ("Russian troops are stationed at the 102nd military base in Gyumri.", "destination", "Gyumri"),
    ("Turkey opened Camp TURKSOM, a training facility, in Mogadishu.", "destination", "Mogadishu"),
])
def test_roles_a_facility_is_located_at_its_town(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_a_facility_named_after_no_town_stays(extract):
    assert only_event(extract, "US forces pulled out of Ain al-Asad air base.")["origin"] == "Ain al-Asad Air Base"


@pytest.mark.parametrize("text,role,name", [
    ("The Southern African Development Community mission in Mozambique (SAMIM) withdrew from Cabo Delgado.",
     "actor", "SAMIM"),
    ("The European Union Mission in Armenia (EUMA) has been deployed along the border.", "actor", "EUMA"),
    ("The European Union Mission in Armenia (EUMA) has been deployed along the border.", "destination", "Armenia"),
])
def test_roles_a_bracketed_acronym_names_the_phrase_before_it(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_the_same_name_in_brackets_is_no_other_actor(extract):
    text = "Fighters of the Coalition of Patriots for Change (CPC) attacked Bambari."
    assert only_event(extract, text)["actor"] == "Coalition of Patriots for Change"


@pytest.mark.parametrize("text,expected", [
    ("Japan has stationed missile units on Yonaguni, about 110 km from Taiwan.", None),
    ("India deployed troops a few kilometres from the border with China.", None),
    ("Kenya has 800 police officers deployed in Haiti, in a force that also includes personnel from Jamaica.", None),
    ("France withdrew its last troops from Mali in 2022.", "Mali"),
])
def test_roles_distances_and_nationalities_are_no_origin(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] in ("deployment", "withdrawal")]
    assert roles(events[0])["origin"] == expected


@pytest.mark.parametrize("text,expected", [
    ("Reuters, citing officials from the United States, reported that trucks carrying T-72 tanks arrived in Kidal.",
     None),
    ("Diplomats from France said Russian freighters carrying Su-24 jets docked at Tobruk.", None),
    ("The paper reported that cargo planes from Iran had landed at Latakia with Kornet missiles.", "Iran"),
    ("Witnesses said that trucks from Chad carrying Kornet missiles arrived in Darfur.", "Chad"),
])
def test_roles_officials_from_a_state_are_no_origin_but_what_was_said_keeps_one(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert roles(events[0])["origin"] == expected


@pytest.mark.parametrize("text,origin", [
    ("Mali's coup leaders took power in 2021. The junta in Bamako ordered the French force out of Gao, "
     "and the last of its soldiers left in August.", "Gao"),
    ("Somalia ordered Ethiopian troops out of Baidoa in June, and they withdrew within weeks.", "Baidoa"),
])
def test_roles_an_order_out_of_a_place_is_a_withdrawal_from_it(extract, text, origin):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["withdrawal"]
    assert roles(events[0])["origin"] == origin


def test_roles_an_order_of_items_from_a_country_stays_an_order(extract):
    events = extract("The ministry ordered 12 Rafale jets from France, and the first of them left Merignac in May.")["events"]
    assert events[0]["type"] == "order" and roles(events[0])["actor"] == "France"


def test_roles_troops_from_a_country_are_its_forces(extract):
    assert only_event(extract, "Troops from Chad deployed to Niger.") == {
        "actor": "Chad", "recipient": None, "origin": None, "destination": "Niger"}


def test_roles_a_base_change_has_no_origin(extract):
    text = "The United States completed its pull-out from Niger, handing over its drone base near Agadez."
    event = next(e for e in extract(text)["events"] if e["type"] == "base_change")
    assert roles(event)["origin"] is None and roles(event)["destination"] == "Agadez"


@pytest.mark.parametrize("text,role,name", [
    ("Russia evacuated much of its Syrian garrison in December.", "origin", "Syria"),
    ("France pulled out its Malian contingent last year.", "origin", "Mali"),
])
def test_roles_a_demonym_after_another_owner_is_where_its_forces_are(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_a_demonym_heading_forces_is_still_their_state(extract):
    assert only_event(extract, "Malian troops withdrew from Kidal.")["actor"] == "Mali"


def test_roles_a_demonym_before_a_named_force_gives_way_to_it(extract):
    text = "Ethnic Armenian fighters of the Artsakh Defence Army handed over their weapons to Azerbaijan's army."
    assert only_event(extract, text)["actor"] == "Artsakh Defence Army"


def test_roles_a_second_preposition_governs_its_own_place(extract):
    text = "Myanmar's military took delivery of two Su-30SME fighters from Russia at a ceremony in Naypyitaw."
    assert only_event(extract, text)["actor"] == "Russia"
    assert only_event(extract, text)["destination"] == "Nay Pyi Taw"


@pytest.mark.parametrize("text,expected", [
    ("Russia delivered T-72B3 tanks to the military government in Bamako.", {"recipient": "Mali", "destination": "Mali"}),
    ("The junta in Niamey received Bayraktar TB2 drones from Turkey.", {"recipient": "Niger", "actor": "Turkey"}),
    ("Wagner has had fighters in Libya since 2019, backing forces against the Government of National Accord (GNA) "
     "in Tripoli.", {"destination": "Libya"}),
    # a place after a foreign group is where the items went
    ("Russia delivered T-72B3 tanks to Wagner in Bamako.", {"recipient": "Wagner Group", "destination": "Bamako"}),
])
def test_roles_a_capital_after_its_government_stands_for_the_state(extract, text, expected):
    got = only_event(extract, text)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,name", [
    ("Turkey has kept troops in northern Syria since 2016.", "northern Syria"),
    ("Turkish F-16 jets struck 32 PKK targets in northern Iraq late on Wednesday.", "northern Iraq"),
    ("Kenyan troops withdrew armoured vehicles from south-eastern Somalia.", "south-eastern Somalia"),
])
def test_roles_a_compass_word_before_a_country_names_a_region_of_it(extract, text, name):
    got = only_event(extract, text)
    assert name in (got["destination"], got["origin"])


def test_roles_a_capitalised_compass_name_stays_the_catalog_place(extract):
    assert only_event(extract, "Rwanda deployed troops to North Kivu.")["destination"] == "North Kivu"


def test_roles_a_lake_named_after_a_country_is_the_lake(extract):
    text = "Chadian troops backed by Mi-24 gunships struck Boko Haram hideouts on islands in Lake Chad."
    assert only_event(extract, text)["destination"] == "Lake Chad"


@pytest.mark.parametrize("text,actor", [
    ("Taiwan received 11 HIMARS launchers from the United States in 2024.\nTaiwan has 18 more HIMARS on order.",
     "United States"),
    ("Germany delivered Leopard 2A6 tanks to Lithuania.\nA second batch of Leopard 2A6 tanks arrived in Vilnius in May.",
     "Germany"),
])
def test_roles_a_supplier_unnamed_is_the_one_the_document_gives_the_items(extract, text, actor):
    events = [e for e in extract(text)["events"] if e["type"] in ("order", "transfer")]
    assert len(events) >= 2 and all(e["actor"]["name"] == actor for e in events)


def test_roles_two_suppliers_of_the_items_leave_the_supplier_open(extract):
    text = ("France delivered Caesar howitzers to Ukraine.\nDenmark delivered Caesar howitzers to Ukraine.\n"
            "More Caesar howitzers arrived in Kyiv in May.")
    last = extract(text)["events"][-1]
    assert last["actor"] is None


@pytest.mark.parametrize("text,owner", [
    ("The Abrams tanks delivered by the US to Ukraine were destroyed near Avdiivka.", "Ukraine"),
    ("Two Russian T-90M tanks were destroyed by Ukrainian drones near Bakhmut.", "Russia"),
])
def test_roles_who_destroyed_is_not_the_owner_of_a_loss(extract, text, owner):
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert loss["actor"]["name"] == owner


@pytest.mark.parametrize("text,expected", [
    ("Ten MaxxPro vehicles were loaded at Port Everglades last week.", {"origin": "Port Everglades"}),
    ("A Russian landing ship sailed from Tartus for Tobruk with BTR-82A vehicles.",
     {"origin": "Ţarţūs", "destination": "Tobruk"}),
])
def test_roles_verbs_of_departure_name_the_place_left(extract, text, expected):
    got = only_event(extract, text)
    assert {k: got[k] for k in expected} == expected


def test_roles_loaded_with_is_cargo_not_a_departure(extract):
    text = "Two Egyptian aircraft loaded with weapons landed at Mogadishu's Aden Adde airport."
    assert only_event(extract, text)["origin"] is None


@pytest.mark.parametrize("text,owner", [
    ("The Pentagon has confirmed the loss of at least five Reapers over Yemen.", "United States"),
    ("Russia acknowledged the loss of the cruiser Moskva in the Black Sea.", "Russia"),
    # a claimant of another's loss is not its owner
    ("Ukraine confirmed that Russia had lost ten T-90M tanks near Avdiivka.", "Russia"),
])
def test_roles_who_admits_a_loss_owns_it(extract, text, owner):
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert loss["actor"]["name"] == owner


@pytest.mark.parametrize("text,actor", [
    ("Iran's mission rejected the US account, saying Tehran does not send weapons to the Houthis.", "Iran"),
    ("Mali dismissed the French claims, saying Russia had delivered only Mi-17 helicopters.", "Russia"),
])
def test_roles_a_name_before_a_noun_of_saying_fills_no_role(extract, text, actor):
    event = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert event["actor"]["name"] == actor


def test_roles_a_name_before_other_nouns_still_acts(extract):
    assert only_event(extract, "US forces pulled out of Ain al-Asad air base.")["actor"] == "United States"


@pytest.mark.parametrize("text,role,name", [
    ("The last Russian peacekeepers withdrew to the Russian border on Wednesday.", "destination", "Russia"),
    ("Malian troops retreated to the Algerian frontier with their BTR-60 vehicles.", "destination", "Algeria"),
])
def test_roles_a_demonym_before_a_territory_noun_is_the_country(extract, text, role, name):
    assert only_event(extract, text)[role] == name


@pytest.mark.parametrize("text,name", [
    ("Houthi forces fired anti-ship missiles at a tanker off the coast of Yemen on Monday.", "Yemen"),
    ("A Chinese carrier group with J-15 jets deployed off Taiwan.", "Taiwan"),
])
def test_roles_off_a_coast_locates_at_it(extract, text, name):
    assert only_event(extract, text)["destination"] == name


def test_roles_a_town_followed_by_its_region_is_the_town_there(extract):
    got = only_event(extract, "A Russian Su-34 was shot down near Pokrovsk in the Donetsk region.")
    assert got["destination"] == "Pokrovsk"


@pytest.mark.parametrize("text,expected", [
    ("US forces pulled out of Tower 22 and moved their MQ-9 drones to Jordan.", ("Tower 22", "Jordan")),
    ("France withdrew its troops from Mali and redeployed them to Niger.", ("Mali", "Niger")),
])
def test_roles_a_withdrawal_goes_where_the_movement_after_it_goes(extract, text, expected):
    event = next(e for e in extract(text)["events"] if e["type"] == "withdrawal")
    assert (roles(event)["origin"], roles(event)["destination"]) == expected


def test_roles_a_withdrawal_alone_has_no_destination(extract):
    assert only_event(extract, "France withdrew its troops from Mali in 2022.")["destination"] is None


@pytest.mark.parametrize("text,expected", [
    ("Ukraine's Defence Ministry said it had received ten Leopard 2 tanks from Germany.",
     {"actor": "Germany", "recipient": "Ukraine"}),
    ("Poland's defence ministry said it had taken delivery of 18 K9 howitzers from South Korea.",
     {"actor": "South Korea", "recipient": "Poland"}),
])
def test_roles_a_receiving_pronoun_is_the_speaker_before_it(extract, text, expected):
    got = only_event(extract, text)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,actor", [
    ("The Pentagon announced a new $500m package for Ukraine including HIMARS launchers.", "United States"),
    ("Berlin has approved the sale of Eurofighter Typhoon jets to Saudi Arabia.", "Germany"),
])
def test_roles_who_announces_a_package_gives_it(extract, text, actor):
    assert only_event(extract, text)["actor"] == actor


def test_roles_who_announces_that_someone_received_only_says_so(extract):
    assert only_event(extract, "Germany announced that Ukraine had received Leopard 2 tanks.")["actor"] is None


def test_roles_from_a_force_near_a_place_locates_at_the_place(extract):
    got = only_event(extract, "M23 rebels captured two T-55 tanks from the Congolese army near Goma.")
    assert (got["actor"], got["destination"]) == ("Democratic Republic of the Congo", "Goma")


@pytest.mark.parametrize("text,owner", [
    ("Ukrainian drones destroyed a Russian Pantsir-S1 system in Crimea, the SBU said.", "Russia"),
    ("Israeli jets destroyed Hezbollah's Burkan rocket launchers near Tyre.", "Hezbollah"),
    ("Russian T-90 tanks were destroyed by Ukrainian drones near Bakhmut.", "Russia"),
])
def test_roles_the_owner_of_a_loss_is_not_the_destroyer_before_the_verb(extract, text, owner):
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert loss["actor"]["name"] == owner


@pytest.mark.parametrize("text,actor", [
    ("The shipment of Shahed-136 drones from Iran to Russia began in August.", "Iran"),
    ("The first M1A2 Abrams tanks arrived in Australia from the United States in September.", "United States"),
    ("Two Il-76 flights with Kornet missiles landed in Amdjarass from Abu Dhabi.", "United Arab Emirates"),
])
def test_roles_an_unnamed_supplier_is_the_state_the_items_left(extract, text, actor):
    assert only_event(extract, text)["actor"] == actor


def test_roles_a_town_left_names_no_supplier(extract):
    assert only_event(extract, "A convoy carrying T-90M tanks arrived in Kidal from Gao.")["actor"] is None


@pytest.mark.parametrize("text,origin", [
    ("The marines deployed NMESIS launchers to Batan island, near a strait that separates the Philippines from "
     "Taiwan.", None),
    ("Russia delivered the S-400 systems that it had removed from Syria to Libya.", "Syria"),
    ("The T-72 tanks, which arrived from Russia in May, were unloaded in Bamako.", "Russia"),
])
def test_roles_from_in_a_relative_clause_without_an_event_word_is_no_origin(extract, text, origin):
    assert only_event(extract, text)["origin"] == origin


@pytest.mark.parametrize("text,destination", [
    ("Some 800 French soldiers are stationed in Chad, spread across bases in N'Djamena, Abeche and Faya.", "Chad"),
    ("Around 1,000 US troops are stationed in Syria, spread among outposts at Hasakah, Deir ez-Zor and Raqqa.", "Syria"),
    ("Some 300 Turkish soldiers are deployed in Libya, at camps near Tripoli, Misrata and Zawiya.", "Libya"),
])
def test_roles_a_country_followed_by_a_list_of_its_places_keeps_the_role(extract, text, destination):
    assert only_event(extract, text)["destination"] == destination


@pytest.mark.parametrize("text,destination", [
    ("Some 800 French soldiers are stationed in Chad, at a base in N'Djamena.", "N'Djamena"),
    ("Russian missiles struck Kharkiv and Odesa in Ukraine.", "Kharkiv"),
])
def test_roles_one_place_inside_a_country_or_a_list_before_it_still_narrows(extract, text, destination):
    assert only_event(extract, text)["destination"] == destination


@pytest.mark.parametrize("text,destination", [
    ("About 200 Russian instructors landed in Bamako on Monday, the first of a contingent to deploy to Mali.",
     "Bamako"),
    ("Some 50 Rwandan soldiers arrived in Bangui last week, the vanguard of a force to deploy to the Central "
     "African Republic.", "Bangui"),
])
def test_roles_events_of_one_sentence_share_the_most_specific_place(extract, text, destination):
    events = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert events and all(roles(e)["destination"] == destination for e in events)


def test_roles_a_place_of_another_type_of_event_does_not_narrow(extract):
    events = extract("Russia sent tanks to Ukraine, while Ukrainian drones struck Belgorod.")["events"]
    transfers = [roles(e) for e in events if e["type"] == "transfer"]
    assert transfers and transfers[0]["destination"] == "Ukraine"


@pytest.mark.parametrize("text,recipient,destination", [
    ("Russia sold S-400 systems to New Delhi in 2018.", "India", "India"),
    ("China exported Wing Loong drones to Abu Dhabi last year.", "United Arab Emirates", "United Arab Emirates"),
    ("Turkey sold TB2 drones to Kyiv in 2019.", "Ukraine", "Ukraine"),
])
def test_roles_a_capital_after_a_sale_names_the_buyer_not_the_place(extract, text, recipient, destination):
    got = only_event(extract, text, "transfer")
    assert (got["recipient"], got["destination"]) == (recipient, destination)


def test_roles_a_capital_after_a_movement_verb_is_the_place_reached(extract):
    got = only_event(extract, "Russia shipped AK-47 rifles to Bangui in 2018.", "transfer")
    assert got["destination"] == "Bangui"


@pytest.mark.parametrize("text,destination", [
    ("Hezbollah fired a salvo of rockets towards Haifa on Sunday.", "Haifa"),
    ("The Houthis launched a ballistic missile toward Eilat.", "Eilat"),
    ("Iran launched dozens of drones into Israel overnight.", "Israel"),
])
def test_roles_an_attack_aimed_towards_or_into_a_place_happens_there(extract, text, destination):
    assert only_event(extract, text, "attack")["destination"] == destination


def test_roles_an_attack_without_a_place_has_no_destination(extract):
    assert only_event(extract, "Hezbollah fired a salvo of rockets on Sunday.", "attack")["destination"] is None


@pytest.mark.parametrize("text,role,name", [
    ("Rwanda has deployed troops in the eastern Democratic Republic of Congo.", "destination",
     "Democratic Republic of the Congo"),
    ("Burundi sent 1,000 soldiers into the Democratic Republic of the Congo.", "destination",
     "Democratic Republic of the Congo"),
    ("Russia withdrew its instructors from the Central African Republic.", "origin", "Central African Republic"),
])
def test_roles_a_state_named_in_full_where_a_place_is_meant_is_its_country(extract, text, role, name):
    assert only_event(extract, text)[role] == name


def test_roles_a_state_named_in_full_as_subject_stays_the_actor(extract):
    got = only_event(extract, "The Democratic Republic of Congo deployed troops to Goma.", "deployment")
    assert (got["actor"], got["destination"]) == ("Democratic Republic of the Congo", "Goma")


@pytest.mark.parametrize("text,actor", [
    ("Two Turkish military aircraft loaded with weapons landed at Tripoli airport on Monday, the first such "
     "delivery from Ankara in years.", "Turkey"),
    ("Two Russian military aircraft loaded with ammunition landed at Bangui airport on Friday, the first such "
     "delivery from Moscow since May.", "Russia"),
])
def test_roles_a_capital_after_a_noun_of_supply_is_the_supplier_not_the_origin(extract, text, actor):
    got = only_event(extract, text, "transfer")
    assert (got["actor"], got["origin"]) == (actor, None)


@pytest.mark.parametrize("text,origin", [
    ("Two Turkish military aircraft loaded with weapons landed at Tripoli airport on Monday, the first such "
     "delivery from Istanbul in years.", "Istanbul"),
    ("Russia delivered S-300 batteries from Tartus to Benghazi.", "Ţarţūs"),
])
def test_roles_a_town_that_is_no_capital_after_from_stays_the_origin(extract, text, origin):
    assert only_event(extract, text, "transfer")["origin"] == origin


@pytest.mark.parametrize("text,origin", [
    ("The US delivered 31 Abrams tanks to Ukraine from stocks in Germany.", "Germany"),
    ("The US sent Patriot interceptors to Israel from its stockpiles in South Korea.", "South Korea"),
])
def test_roles_a_place_locating_the_stocks_items_leave_is_the_origin(extract, text, origin):
    got = only_event(extract, text, "transfer")
    assert got["origin"] == origin and got["destination"] != origin


def test_roles_a_ceremony_place_after_the_supplier_is_no_origin(extract):
    got = only_event(extract, "Ukraine received howitzers from Germany at a ceremony in Kyiv.", "transfer")
    assert (got["actor"], got["origin"], got["destination"]) == ("Germany", None, "Kyiv")


@pytest.mark.parametrize("text", [
    "Egypt supplied arms to Somalia via Mogadishu airport.",
    "Iran shipped drones to Russia via the Caspian Sea.",
    "The UAE sent armoured vehicles to the RSF via Chad.",
])
def test_roles_a_transit_place_after_via_is_no_origin(extract, text):
    assert only_event(extract, text, "transfer")["origin"] is None


@pytest.mark.parametrize("text,origin,destination", [
    ("French troops pulled out of Mali and deployed to Niger.", "Mali", "Niger"),
    ("Russian soldiers withdrew from Kherson and redeployed to Crimea.", "Kherson", "Crimea"),
])
def test_roles_a_withdrawal_goes_where_the_deployment_after_it_goes(extract, text, origin, destination):
    got = [roles(e) for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert got and (got[0]["origin"], got[0]["destination"]) == (origin, destination)


def test_roles_a_withdrawal_takes_no_place_from_a_deployment_of_another_sentence(extract):
    got = [roles(e) for e in extract("French troops pulled out of Mali. Others deployed to Niger.")["events"]
           if e["type"] == "withdrawal"]
    assert got and got[0]["destination"] is None


def test_roles_events_of_two_sides_keep_their_own_places(extract):
    events = extract("Russian missiles struck Ukraine overnight, while Ukrainian artillery shelled Donetsk.")["events"]
    russian = [roles(e) for e in events if e["type"] == "attack" and roles(e)["actor"] == "Russia"]
    assert russian and russian[0]["destination"] == "Ukraine"


@pytest.mark.parametrize("text,destination", [
    ("Russia deployed S-400 batteries around Moscow.", "Moscow"),
    ("Iran deployed air defence systems around Isfahan last month.", "Isfahan"),
])
def test_roles_a_deployment_around_a_place_is_there(extract, text, destination):
    assert only_event(extract, text, "deployment")["destination"] == destination


def test_roles_a_seat_of_power_is_no_place_of_its_whole_country(extract):
    assert only_event(extract, "Russia has stationed Pantsir systems around the Kremlin since 2023.",
                      "deployment")["destination"] is None


@pytest.mark.parametrize("text,expected", [
    ("The Pantsir systems returned from Libya to Russia in May.", {"origin": "Libya", "destination": "Russia"}),
    ("The last French Rafale jets returned home from Niamey on Friday.", {"actor": "France", "origin": "Niamey"}),
    ("The carrier USS Eisenhower returned from the Red Sea to Norfolk in July.",
     {"origin": "Red Sea", "destination": "Norfolk"}),
])
def test_roles_returning_from_a_place_leaves_it(extract, text, expected):
    got = only_event(extract, text, "withdrawal")
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Ukrainian pilots returned from training in Denmark.",
    "The Belgian F-16s returned to base after the exercise.",
])
def test_roles_returning_from_no_place_is_no_withdrawal(extract, text):
    assert [e for e in extract(text)["events"] if e["type"] == "withdrawal"] == []


@pytest.mark.parametrize("text,expected", [
    ("Russian Su-25 jets based in Syria were moved to Libya.", {"origin": "Syria", "destination": "Libya"}),
    ("Russia sent Su-24 bombers stationed at Hmeimim to Libya.",
     {"origin": "Hmeimim Air Base", "destination": "Libya"}),
    ("Russia has moved T-72 tanks stored in Belarus to Ukraine.", {"origin": "Belarus", "destination": "Ukraine"}),
])
def test_roles_where_moved_items_were_kept_is_the_place_left(extract, text, expected):
    got = only_event(extract, text, "transfer")
    assert {k: got[k] for k in expected} == expected


def test_roles_where_items_are_kept_is_no_origin_without_a_movement(extract):
    assert only_event(extract, "Russia deployed Su-25 jets to Syria.", "deployment")["origin"] is None


@pytest.mark.parametrize("text,origin", [
    ("Russia has pulled S-300 systems from Syria to reinforce its air defences.", "Syria"),
    ("Israel pulled its Merkava tanks from the Netzarim corridor on Sunday.", "Netzarim corridor"),
])
def test_roles_pulled_from_a_place_is_a_withdrawal_from_it(extract, text, origin):
    assert only_event(extract, text, "withdrawal")["origin"] == origin


def test_roles_pulling_people_from_rubble_is_no_withdrawal(extract):
    assert extract("Rescuers pulled survivors from the rubble in Kharkiv.")["events"] == []


@pytest.mark.parametrize("text,expected", [
    ("South Africa's last contingent sailed from Pemba aboard a chartered vessel bound for Durban.",
     {"type": "withdrawal", "origin": "Pemba", "destination": "Durban"}),
    ("French troops sailed from Dakar for Toulon with their VAB vehicles.",
     {"type": "withdrawal", "origin": "Dakar", "destination": "Toulon"}),
    ("Ten MaxxPro vehicles were loaded at Port Everglades last week.", {"type": "transfer", "origin": "Port Everglades"}),
])
def test_roles_a_force_departing_withdraws_but_loaded_items_are_shipped(extract, text, expected):
    event = extract(text)["events"][0]
    got = {"type": event["type"], **roles(event)}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("The last French soldiers quit Mali on Monday.", {"actor": "France", "origin": "Mali"}),
    ("Russian troops left Syria's Hmeimim air base on Monday.", {"actor": "Russia", "origin": "Hmeimim Air Base"}),
])
def test_roles_the_place_quit_or_left_past_a_possessive_is_the_origin(extract, text, expected):
    got = only_event(extract, text, "withdrawal")
    assert {k: got[k] for k in expected} == expected


def test_roles_quitting_an_alliance_is_no_withdrawal(extract):
    assert extract("Mali quit the G5 Sahel alliance in 2022.")["events"] == []


@pytest.mark.parametrize("text,etype,role,name", [
    ("The defence minister told reporters in Vilnius that Russia had deployed Iskander missiles to Belarus.",
     "deployment", "destination", "Belarus"),
    ("Speaking at a news conference in Berlin, the chancellor said Germany had delivered IRIS-T systems to Ukraine.",
     "transfer", "destination", "Ukraine"),
    ("During a visit to Kyiv, the minister said Sweden had sent CV90 vehicles to Ukraine.",
     "transfer", "destination", "Ukraine"),
    ("The Pentagon said on Monday in Washington that Iran had shipped Fateh-360 missiles to Russia.",
     "transfer", "destination", "Russia"),
    ("In a speech in Ankara, the president said Turkey had sent Bayraktar TB2 drones to Somalia.",
     "transfer", "destination", "Somalia"),
    # a place after an event word is the event's, a speaker before it notwithstanding
    ("Officials in Khartoum said the RSF had shelled Omdurman with Grad rockets.", "attack", "destination", "Omdurman"),
    ("Kyiv's mayor said Russian drones struck an energy plant in Kharkiv overnight.", "attack", "destination", "Kharkiv"),
])
def test_roles_a_place_of_saying_fills_no_role(extract, text, etype, role, name):
    assert only_event(extract, text, etype)[role] == name


@pytest.mark.parametrize("text,name", [
    ("China deployed the Shandong carrier group off the east coast of Taiwan.", "Taiwan"),
    ("Houthi missiles struck a tanker off the west coast of Yemen.", "Yemen"),
])
def test_roles_a_compass_word_stays_inside_the_phrase_of_a_coast(extract, text, name):
    assert only_event(extract, text)["destination"] == name


@pytest.mark.parametrize("text,etype,expected", [
    ("The Houthis said they had targeted a US destroyer in the Red Sea with ballistic missiles.", "attack", "Red Sea"),
    ("Iran-backed militias struck the US embassy in Baghdad with rockets.", "attack", "Baghdad"),
    ("Hezbollah fired Burkan rockets at an Israeli army post on Monday.", "attack", None),
    # a state named as the head of its phrase is still the place
    ("Israeli jets struck Syria on Monday.", "attack", "Syria"),
])
def test_roles_a_state_before_a_noun_says_whose_not_where(extract, text, etype, expected):
    assert only_event(extract, text, etype)["destination"] == expected


@pytest.mark.parametrize("text,name", [
    ("Russian missiles struck the port of Odesa overnight.", "Odesa"),
])
def test_roles_a_port_of_a_town_is_the_town(extract, text, name):
    assert only_event(extract, text)["destination"] == name


@pytest.mark.parametrize("text,expected", [
    ("Armenian forces held the region for decades. In 2023 Azerbaijani forces attacked and retook the region "
     "in a one-day offensive.", None),  # the region named nowhere before: no place
    ("Russian troops were deployed to Nagorno-Karabakh in 2020. In 2023 Azerbaijani forces attacked and retook "
     "the enclave in a one-day offensive.", "Nagorno-Karabakh"),
    ("RSF fighters attacked and looted the town of Wad Madani.", "Wad Medani"),
])
def test_roles_a_verb_joined_by_and_shares_the_attack_object(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert roles(events[0])["destination"] == expected


def test_roles_a_saying_verb_joined_by_and_shares_no_object(extract):
    text = "Khartoum accused Abu Dhabi of supplying the drones used in the strikes and announced that Sudan was cutting ties."
    assert all(e["type"] != "attack" or roles(e)["destination"] is None for e in extract(text)["events"])


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes hit the town of Nabatieh on Monday.", "Nabatieh"),
    ("Russian shelling targeted Kherson overnight.", "Kherson"),
    ("Houthi missiles hit the Israeli port city of Eilat.", "Eilat"),
    ("Russian missiles hit the Ukrainian port of Odesa.", "Odesa"),
])
def test_roles_the_object_of_the_verb_after_an_attack_noun_is_its_target(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert len(events) == 1
    name = roles(events[0])["destination"]
    assert name == expected or name.startswith("Nabat") and expected == "Nabatieh"


@pytest.mark.parametrize("text,expected", [
    ("Serbia deployed tanks near Raska, following a deadly gunfight at a monastery in the village of Banjska.", "Raska"),
    ("Russian forces shelled Kherson amid the fighting in Zaporizhzhia.", "Kherson"),
])
def test_roles_a_place_of_a_circumstance_noun_is_not_the_events(extract, text, expected):
    assert only_event(extract, text)["destination"] == expected


def test_roles_a_clause_after_after_keeps_its_places(extract):
    text = "Russia's war effort grew after rebels led by HTS stormed Damascus."
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert roles(events[0])["destination"] == "Damascus"


def test_roles_a_facility_referred_back_to_is_at_its_town(extract):
    text = ("German transport aircraft have used Niamey airport since 2016. "
            "About 100 German soldiers were stationed at the hub.")
    event = next(e for e in extract(text)["events"] if e["type"] == "deployment")
    assert roles(event)["destination"] == "Niamey"


@pytest.mark.parametrize("text,expected", [
    ("Two VN-22 vehicles arrived at the port of Dakar in Senegal and were driven by road to Bamako.", "Bamako"),
    ("Three Mi-24 helicopters were unloaded at Mombasa and then flown to Mogadishu.", "Mogadishu"),
    # a country the first place lies in does not move it on
    ("Two Su-24 jets landed at Bamako airport and were delivered to Mali.", "Bamako"),
])
def test_roles_a_movement_that_goes_on_ends_at_the_later_place(extract, text, expected):
    event = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert roles(event)["destination"] == expected


@pytest.mark.parametrize("text,expected", [
    ("Several thousand Russian troops are stationed at Gyumri, and MiG-29 fighters are based at Erebuni.",
     ["Russia", "Russia"]),
    ("Russia delivered T-72 tanks to Mali, and two Su-24 jets landed in Bamako.", ["Russia", "Russia"]),
    # a clause of another kind names its own side or none
    ("Russian troops are stationed at Gyumri, and two MiG-29s were shot down over Armenia.", ["Russia", None]),
])
def test_roles_a_clause_joined_by_and_goes_on_with_the_same_side(extract, text, expected):
    assert [(e["actor"] or {}).get("name") for e in extract(text)["events"]] == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian warplanes carried out 20 air strikes on rebel-held areas of Idlib province on Sunday.", "Idlib"),
    ("Sudanese army warplanes bombed residential areas of Nyala overnight.", "Nyala"),
])
def test_roles_areas_of_a_place_are_in_it(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert roles(events[0])["destination"] == expected


def test_roles_a_demonym_before_an_attack_noun_is_its_agent_not_the_clause_subject(extract):
    events = extract("Ukrainian forces repelled a Russian assault on Chasiv Yar.")["events"]
    attack = next(e for e in events if e["type"] == "attack")
    assert roles(attack)["actor"] == "Russia" and roles(attack)["destination"] == "Chasiv Yar"


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian drones struck an airfield in Crimea overnight, destroying two Su-30 jets.", (None, "Crimea")),
    ("Ukrainian drones struck an airfield overnight, destroying two Russian Su-30 jets.", ("Russia", None)),
])
def test_roles_a_loss_going_on_from_an_attack_takes_its_place_not_its_attacker(extract, text, expected):
    loss = next(e for e in extract(text)["events"] if e["type"] == "loss")
    assert (roles(loss)["actor"], roles(loss)["destination"]) == expected


@pytest.mark.parametrize("text,recipient,destination", [
    # after a movement of items, a force named after 'for' is who receives them
    ("Cargo planes carrying Kornet missiles landed in Kufra for the RSF.", "Rapid Support Forces", "Kufra airport"),
    ("A shipment of MaxxPro vehicles arrived in Mombasa on Tuesday for the Somali National Army.", "Somalia", "Mombasa"),
    ("Il-76 flights have been carrying rifles for Haftar's forces to Benghazi.", "Libyan National Army", "Benghazi"),
    ("Two Mi-35 helicopters arrived in Gao for Mali's army.", "Mali", "Gao"),
    # a name that only says whose purpose it is receives nothing ("a NATO exercise")
    ("US Abrams tanks arrived in Poland for a NATO exercise.", "Poland", "Poland"),
    ("Germany delivered Leopard 2 tanks for a Ukrainian offensive.", None, None),
])
def test_roles_a_force_after_for_receives_moved_items(extract, text, recipient, destination):
    event = [e for e in extract(text)["events"] if e["type"] == "transfer"][0]
    assert roles(event)["recipient"] == recipient and roles(event)["destination"] == destination


@pytest.mark.parametrize("text,recipient", [
    # a verb or a list word after "for X" opens no purpose noun: X receives the package
    ("Germany announced an aid package for Ukraine including four IRIS-T SLM systems.", "Ukraine"),
    ("The package for Taiwan includes 100 Harpoon coastal defence systems.", "Taiwan"),
    ("The latest package for Kyiv contains 31 Abrams tanks.", "Ukraine"),
])
def test_roles_a_package_for_a_state_names_its_recipient(extract, text, recipient):
    (order,) = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert roles(order)["recipient"] == recipient


@pytest.mark.parametrize("text,place", [
    # a base handed over is where, not the country named after it
    ("France handed over the Faya base in Chad to the Chadian army.", "Faya"),
    ("Italian troops handed over the Camp Singara base in Iraq to Kurdish forces in 2023.", "Camp Singara"),
    ("French forces handed over their base in Gao to the Malian army.", "Gao"),
])
def test_roles_a_base_handed_over_is_its_own_place(extract, text, place):
    (change,) = [e for e in extract(text)["events"] if e["type"] == "base_change"]
    assert roles(change)["destination"] == place



@pytest.mark.parametrize("text,etype,role,name", [
    # an 'it' opening its clause with no name before it is the subject of the sentence before
    ("Finland, which joined NATO in April, has rebuilt its defences. In 2022 it signed a contract with the US "
     "government for 64 F-35A fighters.", "order", "recipient", "Finland"),
    ("Romania has modernised its army. In 2023 it received 54 Abrams tanks from the United States.",
     "transfer", "recipient", "Romania"),
    ("In 2021, Russia opened a naval base in Sudan. It later sent Su-35 jets to Iran.", "transfer", "actor", "Russia"),
    # not a passive 'it', which is the items, nor a sentence that opens on a preposition
    ("The Bayraktar TB2 is a Turkish drone. It was delivered to Ukraine in 2019.", "transfer", "actor", None),
    ("Under the deal with Egypt, more jets are due. It ordered 30 Rafale jets in 2021.", "order", "recipient", None),
])
def test_roles_it_opening_a_clause_is_the_subject_before(extract, text, etype, role, name):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    assert all(roles(e)[role] == name for e in events)


@pytest.mark.parametrize("text,recipient", [
    # 'it' right after a verb of saying is the speaker: the state its body speaks for
    ("Poland's defence ministry announced a new order. The ministry said it had taken delivery of 18 Homar-K "
     "launchers from Hanwha Aerospace last month.", "Poland"),
    ("Nigeria's air force said it had received two more JF-17 jets.", "Nigeria"),
    ("Azerbaijan's defence ministry released video of the handover. The ministry said it had received six T-72 "
     "tanks.", "Azerbaijan"),
    # an outlet speaks for no state
    ("Reuters said it had received photos of T-90 tanks in Timbuktu.", "Mali"),
])
def test_roles_a_speaker_receiving_through_it_is_the_recipient(extract, text, recipient):
    event = [e for e in extract(text)["events"] if e["type"] == "transfer"][-1]
    assert roles(event)["recipient"] == recipient


@pytest.mark.parametrize("text,actor", [
    # a state's compound of making before an item names the supplier when the clause names none
    ("Tokyo said it would buy up to 400 US-made Tomahawk cruise missiles.", "United States"),
    ("Egypt will buy 12 Chinese-built J-10C fighters.", "China"),
    ("Morocco received Israeli-made Harop drones.", "Israel"),
    # a supplier the clause names wins
    ("Ukraine received US-made Patriot systems from Germany.", "Germany"),
    ("Poland sent Soviet-made T-72 tanks to Ukraine.", "Poland"),
    # the buyer's own make names no supplier
    ("Turkey will buy Turkish-made Altay tanks for its army.", None),
])
def test_roles_a_makers_state_supplies_when_none_is_named(extract, text, actor):
    event = [e for e in extract(text)["events"] if e["type"] in ("order", "transfer")][0]
    assert roles(event)["actor"] == actor


def test_roles_a_makers_state_is_no_attacker(extract):
    event = extract("The Houthis fired Iranian-made Shahed drones at Eilat.")["events"][0]
    assert roles(event)["actor"] == "Houthis"


@pytest.mark.parametrize("text,actor", [
    # a group or state named before what an attack struck owns the target; it did not attack
    ("A car bomb hit an AU convoy near Mogadishu on Friday.", None),
    ("Drones struck Russian tanks near Bakhmut.", None),
    ("Ukrainian drones struck Russian tanks near Bakhmut.", "Ukraine"),
    # the agent after "by" still acts
    ("The strike on the camp was carried out by an Ethiopian air force Bayraktar TB2 drone.", "Ethiopia"),
])
def test_roles_the_owner_of_a_target_is_no_attacker(extract, text, actor):
    event = [e for e in extract(text)["events"] if e["type"] == "attack"][0]
    assert roles(event)["actor"] == actor


@pytest.mark.parametrize("text,role,name", [
    # "bound for" / "destined for" names where the items head
    ("A ship carrying T-72 tanks bound for Libya left Novorossiysk.", "destination", "Libya"),
    ("A freighter carrying BMP-3 vehicles bound for Tobruk docked in Port Said.", "recipient", "Libya"),
    # the state whose stocks items leave supplies them; whose stocks says no place left
    ("Ukraine received 30 Leopard 1A5 tanks from German industry stocks.", "actor", "Germany"),
    ("Ukraine received 30 Leopard 1A5 tanks from German industry stocks.", "origin", None),
    ("Kyiv received Patriot missiles drawn from US stocks.", "actor", "United States"),
    # a supplier the clause names wins over the stocks' owner
    ("Poland sent Ukraine T-72 tanks from Soviet-era stocks.", "actor", "Poland"),
])
def test_roles_bound_for_and_stocks(extract, text, role, name):
    event = [e for e in extract(text)["events"] if e["type"] == "transfer"][0]
    assert roles(event)[role] == name


@pytest.mark.parametrize("text,etype,actor,recipient", [
    # new or first items reaching their owner's country from abroad are delivered, not brought home
    ("The Malian army's new Su-24s arrived in Bamako from Russia.", "transfer", "Russia", "Mali"),
    ("Egypt's first Rafale jets landed in Cairo from France on Tuesday.", "transfer", "France", "Egypt"),
    # a force or its own items going home still withdraw
    ("Germany's Patriot batteries returned from Poland to Germany.", "withdrawal", "Germany", None),
    ("Russian peacekeepers redeployed from Nagorno-Karabakh to Russia.", "withdrawal", "Russia", None),
])
def test_roles_new_items_arriving_home_are_delivered(extract, text, etype, actor, recipient):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == [etype]
    assert roles(events[0])["actor"] == actor and roles(events[0])["recipient"] == recipient


@pytest.mark.parametrize("text,actor", [
    # a force loyal or allied to a side, before the trigger: that side acts
    ("Forces loyal to the Government of National Accord shelled Wagner positions near Sirte with T-122 rockets.",
     "Government of National Accord"),
    ("Militias allied with the RSF attacked El Fasher with Grad rockets.", "Rapid Support Forces"),
    ("Fighters loyal to Hayat Tahrir al-Sham attacked Syrian army positions near Hama with Grad rockets.",
     "Hayat Tahrir al-Sham"),
])
def test_roles_a_force_loyal_to_a_side_is_that_side(extract, text, actor):
    assert only_event(extract, text)["actor"] == actor


def test_roles_loyal_forces_that_capture_items_do_not_own_them(extract):
    # the capturer is no owner of what it captured; and a force after the verb receives
    assert only_event(extract, "Fighters loyal to Hayat Tahrir al-Sham captured T-72 tanks near Aleppo.")["actor"] is None
    assert only_event(extract, "Turkey sent Kirpi vehicles to forces loyal to the GNA in Tripoli.")["recipient"] \
        == "Government of National Accord"


@pytest.mark.parametrize("text,actor", [
    # a compound of operating before the items names who deploys, fires or loses them
    ("Turkish-operated Bayraktar TB2 drones flying from Aden Adde airport have backed Somali army offensives.", "Turkey"),
    ("Russian-crewed Pantsir-S1 systems were deployed to Bamako.", "Russia"),
    ("Emirati-operated Wing Loong II drones struck Tripoli.", "United Arab Emirates"),
    ("Two Russian-crewed Su-24 jets were shot down over Idlib.", "Russia"),
])
def test_roles_a_compound_of_operating_names_the_actor(extract, text, actor):
    assert only_event(extract, text)["actor"] == actor


def test_roles_a_compound_of_making_names_no_attacker(extract):
    # who made the drones did not fire them
    assert only_event(extract, "Turkish-made Bayraktar TB2 drones struck Tigrayan positions.")["actor"] is None


@pytest.mark.parametrize("text,recipient", [
    # items moved to a base another state runs in a country are not that country's
    ("The Pentagon will move a squadron of F-22 Raptors to Japan's Kadena Air Base this spring.", None),
    # items arriving in a country with no sender named still go to its state
    ("Cargo ships unloaded T-72 tanks at the port of Tartus.", "Syria"),
])
def test_roles_a_foreign_run_base_receives_nothing(extract, text, recipient):
    (transfer,) = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert roles(transfer)["recipient"] == recipient


@pytest.mark.parametrize("text,actor", [
    # a body named right after "force", "mission" or "group" is the one meant, not the name before it
    ("The UN peacekeeping force UNIFIL has about 10,000 troops stationed in southern Lebanon.", "UNIFIL"),
    ("The African Union mission ATMIS handed over the Maslah base to Somali forces.", "ATMIS"),
    ("The Russian mercenary group Wagner deployed fighters to Mali in 2021.", "Wagner Group"),
])
def test_roles_a_force_named_after_its_noun_acts(extract, text, actor):
    event = extract(text)["events"][0]
    assert roles(event)["actor"] == actor


@pytest.mark.parametrize("text,actor", [
    ("The Americans vacated Camp Lemonnier in 2020.", "United States"),
    ("The French handed over the Faya base.", "France"),
])
def test_a_demonym_naming_a_sides_people_acts(extract, text, actor):
    (event,) = extract(text)["events"]
    assert event["actor"]["name"] == actor


def test_a_demonym_before_losses_owns_them(extract):
    (event,) = extract("Russian losses in the battle include 40 T-72 tanks.")["events"]
    assert (event["type"], event["actor"]["name"]) == ("loss", "Russia")


@pytest.mark.parametrize("text,recipient,place", [
    ("The UAE flew weapons to the RSF via Amdjarass in Chad, UN experts said.", "Rapid Support Forces", "Amdjarass"),
    ("The UAE flew weapons to the RSF in Darfur.", "Rapid Support Forces", "Darfur"),
    ("The UAE shipped weapons to the RSF via Amdjarass.", "Rapid Support Forces", "Amdjarass"),
])
def test_a_group_after_to_receives_and_via_names_where(extract, text, recipient, place):
    (event,) = extract(text)["events"]
    assert (event["recipient"]["name"], event["destination"]["name"]) == (recipient, place)


def test_via_gives_way_to_the_place_named_with_to(extract):
    (event,) = extract("Russia moved S-300 systems from Syria to Libya via Benghazi.")["events"]
    assert (event["destination"]["name"], event["origin"]["name"]) == ("Libya", "Syria")


def test_via_alone_is_a_transit_not_where_items_went(extract):
    (event,) = extract("The drones are thought to be Iranian-made Shaheds delivered via Iraq.")["events"]
    assert event["destination"] is None and event["recipient"] is None


def test_a_relative_clause_acts_through_its_antecedent(extract):
    text = "The MNDAA is part of the Three Brotherhood Alliance, which launched a coordinated offensive in northern Shan state."
    (event,) = extract(text)["events"]
    assert event["actor"]["name"] == "Three Brotherhood Alliance"


def test_a_relative_clause_on_the_subject_keeps_it(extract):
    (event,) = [e for e in extract("Ethiopia, which had bought TB2 drones, bombed Mekelle.")["events"] if e["type"] == "attack"]
    assert event["actor"]["name"] == "Ethiopia"


def test_any_right_before_a_trigger_tells_no_event_but_elsewhere_it_does_not_stop_one(extract):
    assert extract("Washington must approve any transfer of the US-made F-16 jets to Argentina.")["events"] == []
    assert [e["type"] for e in extract("Russia, which denies any role, sent S-400s to Belarus.")["events"]] == ["transfer"]


@pytest.mark.parametrize("text,actor,place", [
    ("Turkey's base in Qatar now hosts 5,000 troops.", "Turkey", "Qatar"),
    ("Russia's naval facility at Port Sudan will host four warships.", "Russia", "Port Sudan"),
])
def test_a_states_base_abroad_is_run_by_it(extract, text, actor, place):
    (event,) = extract(text)["events"]
    assert (event["actor"]["name"], event["destination"]["name"]) == (actor, place)


def test_a_place_in_a_relative_clause_is_not_where_the_main_verb_happened(extract):
    events = extract("Russia, which has a military base in Gyumri, sent S-400 systems to Belarus.")["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("transfer", "Belarus")]


def test_a_party_in_a_relative_clause_is_not_the_main_verbs_actor(extract):
    (event,) = [e for e in extract("The UAE, which has repeatedly denied arming the RSF, flew weapons to Amdjarass.")["events"]
                if e["type"] == "transfer"]
    assert event["actor"]["name"] == "United Arab Emirates"
