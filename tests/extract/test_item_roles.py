"""Equipment named near an event that is not one of its items (extract/item_roles.py)."""
import pytest


def items_of(record, etype):
    return [sorted(i["name"] for i in e["equipment"]) for e in record["events"] if e["type"] == etype]


def all_items(record):
    return {i["name"] for e in record["events"] for i in e["equipment"]}


@pytest.mark.parametrize("text,kept,described", [
    ("The Army's Typhon launcher, which can fire Tomahawk and SM-6 missiles, has been deployed to Bornholm.",
     "Typhon", {"BGM-109 Tomahawk", "SM-6"}),
    ("Russia delivered S-400 batteries, which can engage aircraft and Iskander missiles, to Belarus in May.",
     "S-400", {"Iskander"}),
    ("Pakistan received J-10C fighters, whose main weapon is the PL-15 missile, from China in March.",
     "J-10C", {"PL-15"}),
])
def test_items_in_a_relative_clause_describe_the_item_before(extract, text, kept, described):
    names = all_items(extract(text))
    assert any(kept in n for n in names)
    assert not names & described


@pytest.mark.parametrize("text,absent", [
    ("Ethiopia took delivery of MAM-L bombs, a munition made by Roketsan and carried by the Bayraktar TB2, in May.",
     "Bayraktar TB2"),
    ("Iraq received Mi-17 helicopters capable of carrying Ataka missiles from Russia last week.", "9M120 Ataka"),
])
def test_items_after_a_describing_participle_are_not_moved(extract, text, absent):
    assert absent not in all_items(extract(text))


def test_the_platform_that_fired_stays_a_weapon_of_the_attack(extract):
    text = "Russian forces struck Kharkiv on Sunday with KAB glide bombs launched by Su-34 jets, officials said."
    assert any("Su-34" in names for names in items_of(extract(text), "attack"))


@pytest.mark.parametrize("text,ordered,replaced", [
    ("Finland signed a contract for 64 F-35A fighters to replace its F/A-18 Hornets.", "F-35A", "F/A-18 Hornet"),
    ("Poland ordered K2 tanks from South Korea to replace its T-72 tanks.", "K2 Black Panther", "T-72"),
])
def test_what_new_items_replace_is_not_ordered(extract, text, ordered, replaced):
    names = all_items(extract(text))
    assert ordered in names and replaced not in names


def test_what_a_weapon_is_used_against_is_its_target(extract):
    text = ("Israel supplied Azerbaijan with Harop loitering munitions in 2019. "
            "Azerbaijani forces used them against Armenian air defences, including S-300 batteries.")
    assert "S-300" not in {n for names in items_of(extract(text), "transfer") for n in names}


@pytest.mark.parametrize("text", [
    "Two Egyptian C-130 transports loaded with weapons landed at Mogadishu airport on Tuesday.",
    "A steady stream of Il-76 cargo flights from Abu Dhabi to Bosaso has been tracked since January.",
    "The launchers were flown from Okinawa to Basco aboard C-130 transport aircraft on Wednesday.",
    "Turkey denied that a Turkish C-130 had delivered weapons to Pakistan on Sunday.",
    "The Patriot batteries were flown from Osan to Qatar aboard US C-17 and C-5 transport aircraft.",
])
def test_a_transport_aircraft_carrying_the_cargo_is_no_item(extract, text):
    assert all_items(extract(text)) & {"C-130 Hercules", "Il-76", "C-17 Globemaster III", "C-5 Galaxy"} == set()


def test_transport_aircraft_handed_over_in_a_list_are_items(extract):
    names = all_items(extract("Egypt received two C-130 and two C-295 aircraft from the United States."))
    assert {"C-130 Hercules", "C-295"} <= names


def test_the_cargo_of_a_carrier_is_the_item(extract):
    text = "In April six Chinese Y-20 transport aircraft landed at Batajnica near Belgrade carrying HQ-22 missile systems."
    names = all_items(extract(text))
    assert "HQ-22" in names and "Y-20" not in names


@pytest.mark.parametrize("text,name", [
    ("Nigeria received two C-130 Hercules transports from the United States on Monday.", "C-130 Hercules"),
    ("Two C-295 transport aircraft were delivered to the Ghana Air Force in June.", "C-295"),
])
def test_a_transport_aircraft_handed_over_is_an_item(extract, text, name):
    assert any(name in n for n in all_items(extract(text)))


@pytest.mark.parametrize("text,absent,present", [
    ("The M1A2T tanks follow the arrival in November of the first 11 M142 HIMARS launchers, officials said.",
     "M1A2T", "M142 HIMARS"),
    ("The Leopard tanks come after the delivery of IRIS-T systems to Kyiv in October.", "Leopard", "IRIS-T"),
])
def test_an_event_noun_takes_its_items_from_its_of_phrase(extract, text, absent, present):
    names = all_items(extract(text))
    assert any(present in n for n in names) and not any(absent in n for n in names), names


def test_a_family_right_after_its_variant_is_one_item(extract):
    text = "Australia received 75 M1A2 SEPv3 Abrams tanks from the United States in September."
    assert all_items(extract(text)) == {"M1A2 SEPv3"}


@pytest.mark.parametrize("text,kept,kin", [
    ("Myanmar received two Su-30SME fighters, a variant of the Su-27 family, from Russia on Sunday.", "Su-30SME", "Su-27"),
    ("Algeria took delivery of T-90SA tanks, more modern than its T-72 fleet, from Russia in May.", "T-90S", "T-72"),
    ("Belarus received Tor-M2 systems, similar to the Pantsir, from Russia last year.", "Tor-M2", "Pantsir-S1"),
])
def test_what_an_item_is_compared_with_or_derived_from_is_not_moved(extract, text, kept, kin):
    names = all_items(extract(text))
    assert any(kept in n for n in names) and not any(n.startswith(kin) for n in names), names


@pytest.mark.parametrize("text,item", [
    ("Ukraine received the Polish version of the T-72 from Poland in 2022.", "T-72"),
    ("Nigeria took delivery of an export variant of the JF-17 from Pakistan.", "JF-17"),
])
def test_an_unnamed_variant_moved_goes_by_the_name_it_derives_from(extract, text, item):
    assert any(n.startswith(item) for n in all_items(extract(text)))


def test_more_than_a_count_still_counts_the_items(extract):
    text = "Ukraine received more than 120 Bushmaster vehicles from Australia since 2022."
    assert any("Bushmaster" in n for n in all_items(extract(text)))


def test_a_landing_ship_carrying_cargo_is_its_carrier(extract):
    text = "A Ropucha-class landing ship carrying BTR-82A vehicles sailed from Tartus to Tobruk."
    assert all_items(extract(text)) == {"BTR-82A"}


@pytest.mark.parametrize("text", [
    "Russia delivered a Ropucha-class landing ship to Algeria in May.",
    "The destroyer USS Carney sailed into the Red Sea on Monday.",
])
def test_a_ship_that_moves_itself_or_is_handed_over_stays_an_item(extract, text):
    assert all_items(extract(text)) or [e for e in extract(text)["events"] if e["type"] == "deployment"]


@pytest.mark.parametrize("text,weapon,hit", [
    ("Russian Shahed drones struck a Patriot battery near Kyiv overnight.", "Shahed-136", "MIM-104 Patriot"),
    ("Israeli F-35 jets attacked Houthi Burkan-2 launchers near Hodeidah on Friday.", "F-35", "Burkan-2"),
])
def test_what_an_attack_struck_is_no_weapon_of_it(extract, text, weapon, hit):
    names = [n for group in items_of(extract(text), "attack") for n in group]
    assert any(weapon in n for n in names)
    assert not any(hit in n for n in names)


@pytest.mark.parametrize("text,weapon", [
    ("Russia struck Kharkiv with Kh-101 missiles on Sunday.", "Kh-101"),
    ("Ukraine struck the port of Sevastopol overnight using Storm Shadow missiles.", "Storm Shadow"),
])
def test_weapons_after_with_or_using_stay_items_of_the_attack(extract, text, weapon):
    assert any(weapon in n for group in items_of(extract(text), "attack") for n in group)


def test_an_attack_naming_only_what_it_struck_keeps_it(extract):
    text = "Ukrainian forces struck two Russian T-90M tanks near Kupiansk on Monday."
    assert any("T-90M" in n for group in items_of(extract(text), "attack") for n in group)


@pytest.mark.parametrize("text,lost,weapon", [
    ("The RSF shot down a Sudanese army Su-24 over Khartoum, using FN-6 missiles.", "Su-24", "FN-6"),
    ("Houthi fighters downed an American MQ-9 Reaper over Marib with a Strela-2 missile.", "MQ-9", "Strela-2"),
    ("Hamas fighters destroyed a Merkava tank in Khan Younis with a Yassin-105 rocket.", "Merkava", "Yassin-105"),
])
def test_the_weapon_of_a_loss_is_not_what_was_lost(extract, text, lost, weapon):
    names = [n for group in items_of(extract(text), "loss") for n in group]
    assert any(lost in n for n in names)
    assert not any(weapon in n for n in names)


def test_items_lost_along_with_others_stay_lost(extract):
    text = "Ukraine destroyed a Russian T-90M along with two BMP-3 vehicles near Bakhmut."
    names = [n for group in items_of(extract(text), "loss") for n in group]
    assert any("BMP-3" in n for n in names)


@pytest.mark.parametrize("text,lost,agent", [
    ("A Ukrainian Su-27 downed a Russian Su-34 near Kherson on Tuesday.", "Su-34", "Su-27"),
    ("Hezbollah Almas missiles destroyed two Merkava tanks in southern Lebanon.", "Merkava", "Almas"),
])
def test_the_subject_of_an_active_loss_verb_is_not_what_was_lost(extract, text, lost, agent):
    names = [n for group in items_of(extract(text), "loss") for n in group]
    assert any(lost in n for n in names)
    assert not any(agent in n for n in names)


@pytest.mark.parametrize("text,lost", [
    ("A Russian Su-34 crashed near Voronezh on Sunday.", "Su-34"),
    ("Two Russian T-72 tanks destroyed near Bakhmut were filmed on Monday.", "T-72"),
    ("An Israeli Merkava tank was destroyed by a Kornet missile in Gaza.", "Merkava"),
])
def test_the_subject_of_an_intransitive_or_passive_loss_is_lost(extract, text, lost):
    assert any(lost in n for group in items_of(extract(text), "loss") for n in group)


def test_weapons_seen_fired_at_a_place_are_the_attack_items(extract):
    text = "We have seen at least 20 KN-23 and KN-24 missiles fired at Kharkiv, a Ukrainian official said."
    names = [n for group in items_of(extract(text), "attack") for n in group]
    assert any("KN-24" in n for n in names) and len(names) == 2


def test_items_received_stay_with_the_receipt_before_an_attack_participle(extract):
    text = "Russia received KN-23 missiles and Shahed-136 drones fired at Kyiv last week."
    assert any("Shahed-136" in n for group in items_of(extract(text), "transfer") for n in group)


def test_items_a_later_leg_adds_join_the_movement(extract):
    text = ("Poland has received a new batch of K2 tanks from South Korea. "
            "The tanks arrived at the port of Gdynia on Friday, alongside 12 K9 howitzers.")
    transfers = items_of(extract(text), "transfer")
    assert len(transfers) == 1 and any("K9" in n for n in transfers[0]) and any("K2" in n for n in transfers[0])


def test_a_leg_without_items_of_its_own_adds_none(extract):
    text = "Russia shipped T-90M tanks to Mali. The tanks left Novorossiysk on a cargo ship in May."
    assert items_of(extract(text), "transfer") == [["T-90M"]]


def test_items_a_later_sentence_says_others_operate_join_no_shipment(extract):
    text = ("Estonia took delivery of 12 K9 Thunder howitzers from South Korea on Monday. "
            "Latvia and Lithuania operate HIMARS and PzH 2000 systems.")
    assert items_of(extract(text), "transfer") == [["K9 Thunder"]]


def test_the_systems_of_a_shipment_told_before_still_continue_it(extract):
    text = ("Germany delivered IRIS-T launchers to Ukraine on Monday. "
            "The package also includes Gepard guns and Stinger missiles.")
    names = [n for group in items_of(extract(text), "transfer") for n in group]
    assert any("Gepard" in n for n in names) and any("Stinger" in n for n in names)


@pytest.mark.parametrize("text,kept,absent", [
    ("Ukraine received F-16 jets from Denmark, a type Kyiv had sought for years to counter Su-35 fighters.",
     "F-16", "Su-35"),
    ("Armenia took delivery of Akash air defence systems from India, countering Bayraktar TB2 drones.",
     "Akash", "Bayraktar TB2"),
])
def test_what_an_item_is_meant_to_counter_is_not_moved(extract, text, kept, absent):
    names = all_items(extract(text))
    assert any(kept in n for n in names) and not any(absent in n for n in names)


@pytest.mark.parametrize("text,item,count,absent", [
    ("The Netherlands delivered 18 F-16 jets to Ukraine, bringing the total Ukraine has received to 24 F-16 "
     "jets and 8 Mirage 2000 jets.", "F-16 Fighting Falcon", 18, "Mirage 2000"),
    ("Greece received six Rafale jets on Monday, bringing its fleet to 24 Rafale and 40 Mirage 2000-5 jets.",
     "Rafale", 6, "Mirage 2000-5"),
])
def test_a_running_tally_after_a_delivery_adds_no_items(extract, text, item, count, absent):
    items = [(i["name"], i["quantity"]) for e in extract(text)["events"] for i in e["equipment"]]
    assert (item, count) in items and not any(absent == n for n, _ in items)


def test_a_delivery_sent_to_counter_nothing_named_keeps_its_items(extract):
    text = "Germany sent Gepard guns and IRIS-T launchers to Ukraine to counter drone attacks."
    names = all_items(extract(text))
    assert any("Gepard" in n for n in names) and any("IRIS-T" in n for n in names)


@pytest.mark.parametrize("text,kept,absent", [
    ("Japan has signed a contract for 400 Tomahawk cruise missiles from the United States. "
     "Japan also operates Type 12 anti-ship missiles, which it is upgrading.", "BGM-109 Tomahawk", "Type 12"),
    ("Georgia has received a new batch of Javelin missiles from the United States. "
     "The minister said the country was also seeking Stinger missiles.", "FGM-148 Javelin", "FIM-92 Stinger"),
])
def test_a_later_sentence_on_what_a_party_has_or_wants_adds_no_items(extract, text, kept, absent):
    names = all_items(extract(text))
    assert kept in names and not any(absent in n for n in names)


def test_a_later_also_sentence_listing_more_of_the_shipment_still_adds_them(extract):
    text = ("Georgia has received a new batch of Javelin missiles from the United States. "
            "Also delivered were Stinger missiles and Humvee vehicles.")
    assert "FIM-92 Stinger" in all_items(extract(text))


@pytest.mark.parametrize("text,lost,weapon", [
    ("Ukrainian forces destroyed a Russian Tor-M2 system with a HIMARS strike near Tokmak.", "Tor-M2", "HIMARS"),
    ("Hamas fighters destroyed a Merkava tank with a Yassin-105 attack in Khan Younis.", "Merkava", "Yassin"),
])
def test_the_weapon_naming_an_attack_noun_is_the_attack_item(extract, text, lost, weapon):
    record = extract(text)
    assert any(lost in n for group in items_of(record, "loss") for n in group)
    assert any(weapon in n for group in items_of(record, "attack") for n in group)
    assert not any(weapon in n for group in items_of(record, "loss") for n in group)


def test_a_relative_clause_telling_what_a_load_holds_names_its_items(extract):
    assert all_items(extract("The convoy, which also included BMD-2 vehicles, arrived in Kidal from Gao.")) == {"BMD-2"}


def test_a_relative_clause_describing_an_item_names_no_item(extract):
    names = all_items(extract("Russia sent the Typhon system, which can fire Tomahawk missiles, to the Philippines."))
    assert "BGM-109 Tomahawk" not in names


def test_a_transport_aircraft_landing_with_cargo_is_its_carrier(extract):
    text = ("India delivered the first batch of BrahMos missile systems to the Philippines on Friday, when two "
            "Indian Air Force C-17 transport aircraft landed at Clark Air Base carrying launchers.")
    names = all_items(extract(text))
    assert "BrahMos" in names and "C-17 Globemaster III" not in names


@pytest.mark.parametrize("text", [
    "Israeli jets have carried out more than 350 strikes across Syria, hitting air defence batteries and Scud "
    "missile depots around Damascus.",
    "Ukraine attacked the base overnight, striking Su-34 bombers on the tarmac.",
])
def test_what_a_participle_after_an_attack_hit_is_no_weapon(extract, text):
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert attacks and all(e["equipment"] == [] for e in attacks)


def test_a_weapon_named_in_the_participle_clause_stays(extract):
    text = "Russia struck Kyiv overnight, hitting a power plant with Kh-101 missiles."
    weapons = [i["name"] for e in extract(text)["events"] if e["type"] == "attack" for i in e["equipment"]]
    assert weapons == ["Kh-101"]


@pytest.mark.parametrize("text,lost", [
    ("Ukraine's navy used Magura V5 sea drones to sink the Ivanovets, a Tarantul-class corvette.", ["Tarantul class"]),
    ("Ukrainian forces used HIMARS launchers to destroy two Russian T-90 tanks.", ["T-90"]),
])
def test_what_was_used_to_deal_a_loss_is_not_lost(extract, text, lost):
    names = [i["name"] for e in extract(text)["events"] if e["type"] == "loss" for i in e["equipment"]]
    assert names == lost


def test_an_item_named_before_a_loss_without_use_stays_lost(extract):
    text = "Russia lost two T-90 tanks near Avdiivka."
    names = [i["name"] for e in extract(text)["events"] if e["type"] == "loss" for i in e["equipment"]]
    assert names == ["T-90"]


@pytest.mark.parametrize("text,cargo", [
    ("The Ivan Gren landing ship carried BTR-82A vehicles to Tartus.", ["BTR-82A"]),
    ("Pantsir-S1 systems were flown to al-Khadim airbase on two Il-76 aircraft.", ["Pantsir-S1"]),
])
def test_a_carrier_told_by_carried_or_on_is_no_item(extract, text, cargo):
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [cargo]


def test_a_ship_deployed_on_a_day_is_an_item(extract):
    text = "Russia deployed the Ivan Gren landing ship to Tartus on Monday."
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [["Ivan Gren class"]]


@pytest.mark.parametrize("text,moved", [
    ("Algeria already operates MiG-29 and Su-30MKA jets, and received Su-35s in 2023.", ["Su-35S"]),
    ("Egypt operates F-16 jets and received Rafale jets in 2015.", ["Rafale"]),
])
def test_what_a_party_already_operates_is_not_what_it_received(extract, text, moved):
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [moved]


def test_items_listed_before_a_verb_of_giving_all_move(extract):
    text = "Russia sent T-90 tanks and BMP-3 vehicles to Belarus."
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [["T-90", "BMP-3"]]


@pytest.mark.parametrize("text,items", [
    ("Ukraine will receive 10 more Leopard 1A5 tanks, in addition to the 80 Leopard 2 tanks it already has.",
     ["Leopard 1A5"]),
    ("Poland ordered 96 AH-64E Apache helicopters, on top of the 32 F-35A jets it bought in 2020.",
     ["AH-64E Apache Guardian"]),
    ("The package includes HIMARS launchers in addition to Stinger missiles.", ["M142 HIMARS", "FIM-92 Stinger"]),
])
def test_an_earlier_batch_a_new_one_comes_on_top_of_is_no_item(extract, text, items):
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [items]


def test_an_item_in_a_speakers_clause_is_no_item(extract):
    text = ("Iran transferred Fateh-110 missiles to Russia, according to US officials, who said Russian personnel "
            "trained on the Fath-360 system in Iran.")
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [["Fateh-110"]]


def test_an_item_in_a_clause_on_what_people_did_stays(extract):
    text = "Russia sent Wagner fighters, who brought T-72 tanks, to Libya."
    assert [[i["name"] for i in e["equipment"]] for e in extract(text)["events"]] == [["T-72"]]
