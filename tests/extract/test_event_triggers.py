"""Which words make an event, of which type, and whose it is (extract/events.py, lexicon.py)."""
import pytest


def kinds(record):
    return [e["type"] for e in record["events"]]


def name(ref):
    return (ref or {}).get("name")


@pytest.mark.parametrize("text,etype,item", [
    ("Sources in Minsk said the drone strike destroyed four Mi-24 helicopters at Luninets.", "loss", "Mi-24"),
    ("The barrage destroyed two Pantsir-S1 launchers outside Hama, rebels said.", "loss", "Pantsir-S1"),
])
def test_an_attack_noun_right_before_a_loss_verb_keeps_the_loss(extract, text, item, etype):
    events = extract(text)["events"]
    loss = next(e for e in events if e["type"] == etype)
    assert [i["name"] for i in loss["equipment"]] == [item]


@pytest.mark.parametrize("text", [
    "Kyiv said the raid destroyed three Ka-52 attack helicopters and two Mi-8 transports.",
    "Gunfire destroyed one Mi-8 transport near Juba.",
])
def test_a_designation_s_class_noun_is_no_transfer(extract, text):
    assert "transfer" not in kinds(extract(text))


@pytest.mark.parametrize("text,types", [
    ("Sources in Pyongyang said North Korea recently handed Russia several KN-23 missiles.", ["transfer"]),
    ("Belarus handed Moscow a dozen T-72B tanks last spring.", ["transfer"]),
    ("The general shook hands with the minister in Minsk.", []),
])
def test_handed_takes_a_recipient_right_after_it(extract, text, types):
    assert kinds(extract(text)) == types


@pytest.mark.parametrize("text", [
    "The desert base lies close to the border with Chad, where MiG-29 jets patrol.",
    "Gao sits close to the river, and Mali's army keeps Mi-24 helicopters there.",
])
def test_close_to_is_no_base_closure(extract, text):
    assert "base_change" not in kinds(extract(text))


@pytest.mark.parametrize("text,etype", [
    ("The State Department approved the sale of JDAM guidance kits to Israel.", "order"),
    ("Riyadh ordered GBU-39 bombs with their guidance kits from the United States.", "order"),
])
def test_guidance_kits_are_hardware_not_model_kits(extract, text, etype):
    assert etype in kinds(extract(text))


def test_model_kits_stay_look_alikes(extract):
    assert extract("A hobby shop sold model kits of the T-90M tank to collectors in Lyon.")["events"] == []


@pytest.mark.parametrize("text,etype,actor", [
    ("Satellite images show four Su-24 bombers parked at Jufra air base.", "deployment", None),
    ("The airfield near Agadez had hosted US MQ-9 Reaper drones since 2019.", "deployment", "United States"),
    ("Turkish Bayraktar TB2 drones have been based at Mogadishu airport since 2022.", "deployment", "Turkey"),
])
def test_presence_verbs_are_deployments(extract, text, etype, actor):
    (event,) = extract(text)["events"]
    assert event["type"] == etype and name(event["actor"]) == actor


def test_a_parked_car_is_no_deployment(extract):
    assert extract("The minister's car was parked outside the hotel in Kigali.")["events"] == []


@pytest.mark.parametrize("text,actor", [
    ("Twelve people died in an Israeli strike on Beirut's southern suburbs on Tuesday.", "Israel"),
    ("Residents of Kharkiv said a Russian strike on the city killed five people.", "Russia"),
])
def test_a_demonym_before_an_event_noun_is_the_actor(extract, text, actor):
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert attacks and name(attacks[0]["actor"]) == actor


def test_a_demonym_before_a_participle_is_no_actor(extract):
    events = extract("Two Russian-made T-72 tanks captured near Kupiansk were shown in Kyiv.")["events"]
    assert all(name(e["actor"]) != "Russia" or e["type"] == "loss" for e in events)


@pytest.mark.parametrize("text,actor", [
    ("The Houthis claimed to have hit a US destroyer with missiles in the Red Sea.", "Houthis"),
    ("Al-Shabaab claimed to have attacked an army base near Baidoa.", "al-Shabaab"),
])
def test_the_claimant_is_the_subject_of_what_it_claims_to_have_done(extract, text, actor):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert name(event["actor"]) == actor


@pytest.mark.parametrize("text,actor", [
    ("Government troops pulled out of Kidal as fighters led by the FLA stormed the town.", "Azawad Liberation Front"),
    ("Troops fled Bunia as rebels led by CODECO attacked the camp on Sunday.", "CODECO"),
])
def test_a_leader_after_led_by_is_the_actor_of_the_next_verb(extract, text, actor):
    (attack,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert name(attack["actor"]) == actor


def test_a_backer_after_backed_by_is_not_the_attacker(extract):
    events = extract("Government troops pulled out of Kidal as rebels backed by Algeria attacked the town.")["events"]
    assert all(name(e["actor"]) != "Algeria" for e in events if e["type"] == "attack")


@pytest.mark.parametrize("text", [
    "Officials warned that Tehran could go further and send Fateh-110 missiles to Russia.",
    "Such a step would give commanders in Kherson a new way to hit targets with ATACMS missiles.",
    "Analysts said Beijing might one day decide to ship HQ-9 batteries to Belgrade.",
])
def test_a_modal_reaches_every_verb_of_its_phrase(extract, text):
    assert extract(text)["events"] == []


def test_a_reporting_verb_ends_the_reach_of_a_modal(extract):
    text = "Officials who would not be named said Russia delivered two Su-35 jets to Iran."
    assert kinds(extract(text)) == ["transfer"]


@pytest.mark.parametrize("text,actor,place", [
    ("Russia lost at least 40 armoured vehicles in the battle for Bakhmut, analysts said.", "Russia", "Bakhmut"),
    ("Sudan's army lost some 20 tanks around El Fasher last month.", None, "El Fasher"),
])
def test_a_counted_loss_of_generic_vehicles_is_an_event(extract, text, actor, place):
    (event,) = extract(text)["events"]
    assert event["type"] == "loss" and name(event["destination"]) == place
    if actor:
        assert name(event["actor"]) == actor


def test_losing_ground_is_no_loss(extract):
    assert extract("Russia lost ground near Kupiansk, analysts said.")["events"] == []


@pytest.mark.parametrize("text,actor", [
    ("The SADC mission completed its withdrawal from Cabo Delgado on Monday.", "SAMIM"),
    ("MINUSMA completed its departure from Timbuktu in December.", "MINUSMA"),
])
def test_a_mission_withdrawing_needs_no_force_noun(extract, text, actor):
    (event,) = extract(text)["events"]
    assert event["type"] == "withdrawal"


def test_the_forward_operating_base_is_no_deployment(extract):
    text = "The African Union mission handed over the forward operating base at Maslah to the Somali army."
    assert kinds(extract(text)) == ["base_change"]


@pytest.mark.parametrize("text,owner", [
    ("France pulled the last of its troops out of Niger in December.", "France"),
    ("The junta ordered French troops out of the country, and the last of them withdrew in February.", "France"),
])
def test_withdrawal_particle_and_pronoun_subjects(extract, text, owner):
    withdrawals = [e for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert withdrawals and name(withdrawals[-1]["actor"]) == owner


@pytest.mark.parametrize("text,actor,recipient", [
    ("Kornet missiles were most likely reexported to the RSF by the United Arab Emirates.",
     "United Arab Emirates", "RSF"),
    ("Chinese GB50A bombs were most likely re-exported to the RSF by the United Arab Emirates.",
     "United Arab Emirates", "RSF"),
    ("Twelve T-72 tanks were reportedly sent to Mali by Russia.", "Russia", "Mali"),
])
def test_passive_past_adverbs_takes_its_agent_as_actor(extract, text, actor, recipient):
    (event,) = extract(text)["events"]
    assert name(event["actor"]) == actor and name(event["recipient"]) in (recipient, "Rapid Support Forces")


@pytest.mark.parametrize("text,etype,item", [
    ("Ankara opened a training base in Mogadishu in 2017, and Turkish Bayraktar TB2 drones have been based "
     "at Mogadishu airport since 2022.", "deployment", "Bayraktar TB2"),
    ("Armenia spent its procurement budget on four Su-30SM fighters delivered by Russia in 2019.",
     "transfer", "Su-30SM"),
])
def test_items_belong_to_the_verb_of_their_own_clause(extract, text, etype, item):
    events = extract(text)["events"]
    owner = next(e for e in events if e["type"] == etype)
    assert [i["name"] for i in owner["equipment"]] == [item]


def test_a_procurement_budget_is_no_order(extract):
    text = "Armenia spent its procurement budget on four Su-30SM fighters delivered by Russia in 2019."
    assert "order" not in kinds(extract(text))


@pytest.mark.parametrize("text,actor,place", [
    ("Russia has kept forces in Syria since 2015.", "Russia", "Syria"),
    ("The Wagner Group has had fighters in Libya since 2019.", "Wagner Group", "Libya"),
    ("Turkey maintains about 3,000 troops in Qatar, officials said.", "Turkey", "Qatar"),
])
def test_keeping_a_force_somewhere_is_a_deployment(extract, text, actor, place):
    (event,) = extract(text)["events"]
    assert (event["type"], name(event["actor"]), name(event["destination"])) == ("deployment", actor, place)


@pytest.mark.parametrize("text", [
    "The army has tanks in storage near Minsk.",
    "Russia has a long history in Syria.",
    "Ethiopia has forces ready to strike across the border.",
])
def test_having_is_no_deployment_without_a_force_and_a_place(extract, text):
    assert "deployment" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "Sources said Hezbollah is ready to fire Burkan rockets at Haifa.",
    "Officials in Kyiv said the brigade is able to strike Crimea with ATACMS missiles.",
])
def test_readiness_is_no_event(extract, text):
    assert extract(text)["events"] == []


@pytest.mark.parametrize("text,types", [
    ("At Tartus, further down the coast, Russian warships have left the harbour.", ["withdrawal"]),
    ("Air defences brought down two Shahed-136 drones over Odesa.", ["loss"]),
    ("A Turkish TB2 drone was shot down near Tripoli.", ["loss"]),
])
def test_down_is_a_loss_only_after_a_verb_of_downing(extract, text, types):
    assert kinds(extract(text)) == types


def test_a_fronted_place_is_where_a_withdrawal_left_from(extract):
    (event,) = extract("At Tartus, Russian warships have left the harbour.")["events"]
    assert name(event["origin"]) in ("Tartus", "Ţarţūs") and name(event["actor"]) == "Russia"


@pytest.mark.parametrize("text,place", [
    ("Israel's navy struck Latakia with missiles on Monday, hitting boats moored there.", "Latakia"),
    ("India launched missile strikes on Wednesday, hitting nine sites in Pakistan.", "Pakistan"),
])
def test_a_participle_after_a_comma_goes_on_telling_the_same_attack(extract, text, place):
    (attack,) = extract(text)["events"]
    assert attack["type"] == "attack" and name(attack["destination"]) == place


def test_a_participle_with_its_own_items_is_its_own_event(extract):
    text = "Russia struck Kharkiv on Monday, firing Iskander missiles, and Ukraine shelled Belgorod."
    assert kinds(extract(text)).count("attack") >= 2


def test_a_pronoun_subject_skips_places_after_prepositions(extract):
    text = ("Turkey sold TB2 drones to Niger. The junta ordered French troops out of the country, "
            "and the last of them withdrew in February.")
    (withdrawal,) = [e for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert name(withdrawal["actor"]) == "France"


@pytest.mark.parametrize("text,types", [
    ("Most of the Burundian troops have already flown out of Mogadishu, the mission said.", ["withdrawal"]),
    ("Russia is flying S-300 launchers from Syria to eastern Libya, officials said.", ["transfer"]),
    ("Shahed-136 drones flew into Kyiv overnight, officials said.", []),
    ("Azerbaijani crews were flying TB2 drones over the front, officials said.", []),
])
def test_flying_out_is_a_withdrawal_and_an_airlift_names_its_route(extract, text, types):
    assert kinds(extract(text)) == types


@pytest.mark.parametrize("text", [
    "The fragments of the MAM-L bomb leave very little doubt about the weapon used, researchers said.",
    "The talks left open whether Russian Su-35 jets would ever reach Tehran.",
])
def test_leaving_doubt_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(text))


def test_carried_out_is_no_transfer(extract):
    text = "The strike on the camp in Dedebit was carried out by an Ethiopian air force Bayraktar TB2 drone."
    events = extract(text)["events"]
    assert kinds({"events": events}) == ["attack"] and name(events[0]["actor"]) == "Ethiopia"


@pytest.mark.parametrize("text", [
    "Analysts say ISWAP has stepped up attacks on army positions in Borno since January.",
    "The air force has intensified bombing of rebel-held villages in Sagaing since 2023.",
])
def test_a_trend_of_attacks_is_no_attack(extract, text):
    assert "attack" not in kinds(extract(text))


def test_a_dated_attack_after_a_trend_word_still_counts(extract):
    text = "After a series of raids, ISWAP fighters attacked an army base in Borno on Monday with rockets."
    assert kinds(extract(text)) == ["attack"]


@pytest.mark.parametrize("text,item,etype", [
    ("Iran rejected claims that it had armed Russia, a day after Shahed-136 drones struck Kyiv.", "Shahed-136", "attack"),
    ("The ministry praised the new deal with Iran, weeks before Su-35 jets landed in Tehran.", "Su-35", "transfer"),
])
def test_a_span_of_time_before_after_opens_a_new_clause(extract, text, item, etype):
    holders = [e["type"] for e in extract(text)["events"] if item in [i["name"] for i in e["equipment"]]]
    assert holders == [etype]


@pytest.mark.parametrize("text,recipient,item", [
    ("Baykar won an order from Kuwait for 18 TB2 drones.", "Kuwait", "Bayraktar TB2"),
    ("Hanwha secured an order from Romania in July for 54 K9 howitzers.", "Romania", "K9 Thunder"),
])
def test_an_order_won_from_a_buyer_goes_to_the_buyer(extract, text, recipient, item):
    (event,) = extract(text)["events"]
    assert event["type"] == "order" and name(event["recipient"]) == recipient
    assert [i["name"] for i in event["equipment"]] == [item]


def test_in_order_to_is_no_order(extract):
    assert extract("Troops moved at night in order to avoid Russian drones near Bakhmut.")["events"] == [] or \
        "order" not in kinds(extract("Troops moved at night in order to avoid Russian drones near Bakhmut."))


@pytest.mark.parametrize("text,change", [
    ("At Bamako's airport, Russia is enlarging its base, and new hangars have gone up.", "expanded"),
    ("Last month the contingent handed over its headquarters in Khankendi to the Azerbaijani army.", "handed_over"),
    ("Turkey has fortified its base at Bashiqa with new watchtowers.", "expanded"),
])
def test_base_changes_of_headquarters_and_enlargements(extract, text, change):
    (event,) = extract(text)["events"]
    assert (event["type"], event["change"]) == ("base_change", change)


def test_an_enlarged_squad_is_no_base_change(extract):
    assert extract("The coach is enlarging the squad before the derby, the club said.")["events"] == []


@pytest.mark.parametrize("text,item,actor", [
    ("The first 38 M1A2T tanks bought by Taiwan from the United States were unloaded at Taipei on Monday.",
     "M1A2T", "United States"),
    ("Twelve Su-35 jets ordered by Iran from Russia were delivered to Hamadan in March.", "Su-35", "Russia"),
])
def test_the_main_verb_after_a_reduced_relative_moves_the_same_items(extract, text, item, actor):
    transfer = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert [i["name"] for i in transfer["equipment"]] == [item] and name(transfer["actor"]) == actor


def test_a_main_verb_with_items_of_its_own_keeps_them(extract):
    text = "Tanks bought by Taiwan from the United States were unloaded alongside M109A7 howitzers at Taipei."
    transfer = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert [i["name"] for i in transfer["equipment"]] == ["M109A7"]


@pytest.mark.parametrize("text", [
    "The fragments came from a MAM-L, a small laser-guided bomb made by Roketsan, researchers said.",
    "Investigators found the tail of a GBU-39 bomb near the school in Rafah.",
])
def test_a_bomb_is_a_weapon_not_an_attack(extract, text):
    assert "attack" not in kinds(extract(text))


def test_bombing_is_an_attack(extract):
    assert kinds(extract("Junta jets bombed a village in Sagaing with FTC-2000G aircraft.")) == ["attack"]


@pytest.mark.parametrize("text,types", [
    ("A video filmed at a railway station in Krasnoyarsk shows M1989 Koksan guns on flatcars.", []),
    ("Two US Navy Arleigh Burke-class destroyers have been stationed in the Red Sea since December.",
     ["deployment"]),
])
def test_a_station_is_a_place_stationed_a_deployment(extract, text, types):
    assert [t for t in kinds(extract(text)) if t == "deployment"] == types


@pytest.mark.parametrize("text,types", [
    ("The Bayraktar TB2 carries four MAM-L bombs under its wings.", []),
    ("A convoy carrying T-90M tanks arrived in Kidal on Sunday.", ["transfer"]),
])
def test_carries_describes_and_carrying_moves(extract, text, types):
    assert kinds(extract(text)) == types


@pytest.mark.parametrize("text,types", [
    ("HTS fighters at the airport posted footage of two Mi-8 helicopters captured intact on Thursday.", ["loss"]),
    ("The ministry posted photos online of Leopard 2A6 tanks in a field.", []),
    ("Two US Marines were posted at the embassy in Niamey with Javelin launchers.", ["deployment"]),
])
def test_posting_footage_is_no_deployment(extract, text, types):
    assert kinds(extract(text)) == types


@pytest.mark.parametrize("text", [
    "Weapons unloaded at Amdjarass, including assault rifles and Kornet missiles, were driven to Darfur.",
    "The navy commissioned two Mistral-class assault ships in Toulon.",
])
def test_assault_before_a_noun_is_a_kind_of_weapon(extract, text):
    assert "attack" not in kinds(extract(text))


def test_an_assault_on_a_town_is_an_attack(extract):
    assert kinds(extract("JNIM fighters launched an assault on Djibo with mortars on Monday.")) == ["attack"]


@pytest.mark.parametrize("text,expected", [
    ("The K2 and the Leopard 2A8 are widely seen as the front-runners in Romania's tank tender.", []),
    ("Two S-400 launchers were seen near Kursk on Monday, moving south by rail.", ["transfer"]),
])
def test_seen_as_is_a_judgement_not_a_sighting(extract, text, expected):
    assert [e["type"] for e in extract(text)["events"]] == expected


@pytest.mark.parametrize("text", [
    "Israel dismantled its outposts in the Netzarim corridor on Sunday.",
    "Niger's junta demolished the former French base at Ouallam in March.",
])
def test_dismantling_a_base_closes_it(extract, text):
    (event,) = extract(text)["events"]
    assert (event["type"], event["change"]) == ("base_change", "closed")


def test_demolished_houses_are_no_base_change(extract):
    assert kinds(extract("Police demolished several houses in the village of Kalma on Friday.")) == []


@pytest.mark.parametrize("text", [
    "The decision leaves Niger's army with few foreign partners and no Reaper drones.",
    "The deal leaves Armenia without its S-300 batteries for two years.",
])
def test_leave_after_an_event_noun_is_causative(extract, text):
    assert "withdrawal" not in kinds(extract(text))


def test_troops_leaving_a_base_still_withdraw(extract):
    assert kinds(extract("French troops left the Gao base with their Caesar howitzers in May.")) == ["withdrawal"]


@pytest.mark.parametrize("text, item", [
    ("A Russian Tu-22M3 bomber crashed in Stavropol region on Monday.", "Tu-22M3"),
    ("Jihadists torched two BRDM-2 armoured cars near Menaka.", "BRDM-2"),
])
def test_a_crash_or_a_torching_loses_the_item(extract, text, item):
    (event,) = extract(text)["events"]
    assert event["type"] == "loss"
    assert [i["name"] for i in event["equipment"]] == [item]


@pytest.mark.parametrize("text", [
    "Stock markets crashed in Tokyo on Monday.",
    "Protesters torched cars in Paris overnight.",
])
def test_a_crash_or_a_torching_of_no_military_item_is_no_loss(extract, text):
    assert kinds(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Russian shelling left five Ukrainian soldiers dead in Kherson on Sunday.",
    "The ambush near Menaka left three Malian soldiers wounded.",
])
def test_leave_with_a_result_is_causative(extract, text):
    assert "withdrawal" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "Hundreds of civilians were evacuated from Goma as M23 fighters advanced.",
    "The navy evacuated foreign nationals from Port Sudan aboard a frigate.",
])
def test_evacuating_civilians_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "Wagner fighters left Mali without their heavy equipment in June.",
    "The army evacuated its wounded soldiers from Bakhmut on Tuesday.",
])
def test_forces_leaving_still_withdraw(extract, text):
    assert "withdrawal" in kinds(extract(text))


def test_an_attack_target_stops_at_the_next_verb(extract):
    (attack,) = [e for e in extract("Russian shelling left five Ukrainian soldiers dead in Kherson.")["events"]
                 if e["type"] == "attack"]
    assert not (attack["target"] or {}).get("name", "").startswith("left")


@pytest.mark.parametrize("text", [
    "Jihadists set fire to two BRDM-2 armoured cars near Menaka on Sunday.",
    "Gunmen set fire to three MaxxPro vehicles of the Haitian police in Delmas.",
])
def test_setting_fire_to_items_is_a_loss_not_an_attack(extract, text):
    assert kinds(extract(text)) == ["loss"]


def test_opening_fire_is_still_an_attack(extract):
    assert kinds(extract("Malian troops opened fire on JNIM fighters near Boni on Monday.")) == ["attack"]


@pytest.mark.parametrize("text", [
    "The wreckage carried Cyrillic markings reading Geran-2 near Odesa.",
    "Shahed-136 drones bear the designation Geran-2, the name Moscow has given the type.",
])
def test_markings_and_names_move_nothing(extract, text):
    assert "transfer" not in kinds(extract(text))


def test_carrying_a_load_still_moves_it(extract):
    assert kinds(extract("Lorries carrying T-72B3 tanks arrived in Bamako on Monday.")) == ["transfer"]


@pytest.mark.parametrize("text,recipient,actor", [
    ("Chad brought in Bayraktar TB2 drones from Turkey last year.", "Chad", "Turkey"),
    ("Armenia brought in Akash air defence systems from India this year.", "Armenia", "India"),
])
def test_bring_in_is_a_receiving_verb(extract, text, recipient, actor):
    event = extract(text)["events"][0]
    assert event["type"] == "transfer" and name(event["recipient"]) == recipient and name(event["actor"]) == actor


def test_bring_without_in_is_no_event(extract):
    assert extract("The talks brought Turkish and Chadian officials together in Ankara.")["events"] == []


@pytest.mark.parametrize("text,etype,origin", [
    ("Russian T-72 tanks left Rajin by ship in March.", "withdrawal", "Rajin"),
    ("Iran violated sanctions by shipping Shahed drones to Russia.", "transfer", None),
])
def test_a_noun_of_means_after_by_is_no_trigger(extract, text, etype, origin):
    events = extract(text)["events"]
    assert kinds({"events": events}) == [etype]
    assert name(events[0]["origin"]) == origin


@pytest.mark.parametrize("text", [
    "The agreement includes technology transfer and local production, the minister said.",
    "Officials said the cash transfer reached the militia in May.",
])
def test_a_transfer_of_no_materiel_is_no_event(extract, text):
    assert [e for e in extract(text)["events"] if e["type"] == "transfer"] == []


@pytest.mark.parametrize("text,etype", [
    ("Rebels accused the UAE of flying Wing Loong II drones to Ethiopia last year.", "transfer"),
    ("US Marines flew two NMESIS launchers into Batanes on Wednesday.", "deployment"),
])
def test_fly_with_items_as_its_object_moves_them(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]


@pytest.mark.parametrize("text", [
    "Shahed drones flew into Kyiv before dawn on Monday.",
    "Russia has been flying Su-35 jets over Syria for years.",
])
def test_items_that_fly_themselves_move_nothing(extract, text):
    assert [e for e in extract(text)["events"] if e["type"] in ("transfer", "deployment")] == []


@pytest.mark.parametrize("text", [
    "Tokyo will buy Tomahawk missiles to give the Self-Defense Forces a counterstrike capability.",
    "The new radars gave Ukraine an edge over Russian aircraft.",
])
def test_triggers_giving_an_ability_moves_nothing(extract, text):
    assert not any(e["type"] == "transfer" for e in extract(text)["events"])


@pytest.mark.parametrize("text", [
    "The Ground Self-Defense Force deployed Type 12 missiles to Ishigaki.",
    "The GSDF deployed Type 12 missiles to Ishigaki.",
])
def test_triggers_japanese_service_names_stand_for_japan(extract, text):
    event = next(e for e in extract(text)["events"] if e["type"] == "deployment")
    assert event["actor"]["name"] == "Japan"


@pytest.mark.parametrize("text", [
    # a trade or movement stopped is none made
    "London has restricted arms exports to Argentina since the 1982 Falklands war.",
    "Washington halted deliveries of F-16 jets to Turkey in 2019.",
    # "any" names no one transfer; wanting to buy is no order
    "Washington must approve any transfer of the US-made F-16 jets to a third country.",
    "Philippine defence officials said they want to buy more BrahMos batteries for the army.",
    # "fire units" are a kind of unit; "the interceptors it fires" tell what a system does
    "The package covers three fire units, radars and support equipment worth $1.2 billion.",
    "A Patriot battery costs about a billion euros, and the interceptors it fires are made at one plant.",
])
def test_triggers_stopped_trades_wishes_and_descriptions_tell_no_event(extract, text):
    assert kinds(extract(text)) == []


@pytest.mark.parametrize("text", [
    # a date between the verb of decision and 'to' leaves the delivery decided, not made
    "The US agreed in October 2020 to sell up to 100 Harpoon coastal defence systems to Taiwan.",
    "Germany decided on Monday to send more Leopard 2 tanks to Ukraine.",
])
def test_triggers_a_decision_to_deliver_past_a_date_is_an_order(extract, text):
    assert kinds(extract(text)) == ["order"]


def test_triggers_fighters_moving_into_a_base_deploy(extract):
    record = extract("M23 fighters moved into the Mubambiro base within hours.")
    assert kinds(record) == ["deployment"]
    assert record["events"][0]["actor"]["name"] == "M23"


def test_triggers_a_base_change_verb_and_its_object_noun_are_one(extract):
    record = extract("Cambodia inaugurated the Chinese-funded expansion of Ream naval base in April.")
    (change,) = record["events"]
    assert (change["type"], change["change"], change["actor"]["name"]) == ("base_change", "expanded", "Cambodia")


def test_triggers_few_deliveries_are_still_deliveries(extract):
    # "limited" says how many, not that the trade stopped
    assert kinds(extract("Russia made limited deliveries of S-400 systems to India in 2023.")) == ["transfer"]


@pytest.mark.parametrize("text", [
    "A US strike on Tuesday destroyed a boat that was carrying drugs from Venezuela.",
    "A ship carrying grain from Odesa reached Istanbul on Monday.",
    "A bus carrying migrants from Libya was stopped at the border.",
    "Turkish C-130s carrying migrants from Libya flew to Istanbul.",
])
def test_a_load_that_is_no_materiel_moves_nothing(extract, text):
    assert [e for e in extract(text)["events"] if e["type"] in ("transfer", "deployment")] == []


def test_a_load_of_weapons_still_moves(extract):
    events = extract("A dhow carrying Iranian weapons from Bandar Abbas to the Houthis was stopped in the Arabian Sea.")["events"]
    assert any(e["type"] == "transfer" and (e["origin"] or {}).get("name") == "Bandar Abbas" for e in events)


def test_a_drone_ditched_at_sea_is_lost_there(extract):
    events = extract("An Indian MQ-9B drone ditched in the Bay of Bengal after a technical fault, the navy said.")["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("loss", "Bay of Bengal")]


@pytest.mark.parametrize("text,place", [
    ("Sweden said it had assigned two Visby-class corvettes to the Baltic Sea.", "Baltic Sea"),
    ("The Pentagon assigned a second aircraft carrier to the Middle East.", "Middle East"),
])
def test_forces_assigned_to_a_place_are_deployed_there(extract, text, place):
    events = extract(text)["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("deployment", place)]


def test_a_person_assigned_to_a_post_is_no_deployment(extract):
    assert extract("Colonel Petrov was assigned to the embassy in Kyiv.")["events"] == []


@pytest.mark.parametrize("text,place", [
    ("Wing Loong I drones have been seen parked at Harar Meda.", "Harar Meda Air Base"),
    ("Two Su-35 jets were spotted parked at Hmeimim.", "Hmeimim Air Base"),
])
def test_a_sighting_of_items_parked_is_one_deployment(extract, text, place):
    events = extract(text)["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("deployment", place)]


def test_drones_flown_by_crews_are_operated_not_moved(extract):
    events = extract("Wing Loong I drones, thought to be flown by Emirati crews, were seen parked at Harar Meda.")["events"]
    assert [e["type"] for e in events] == ["deployment"]


def test_jets_flown_by_pilots_somewhere_are_moved(extract):
    events = extract("The MiG-29s were flown by Russian pilots to al-Jufra.")["events"]
    assert [e["type"] for e in events] == ["transfer"]


@pytest.mark.parametrize("text,place", [
    ("Satellite images analysed by the BBC show Russian Su-34 jets at Hmeimim.", "Hmeimim Air Base"),
    ("Images show at least four Tu-95 bombers at Olenya air base.", "Olenya air base"),
])
def test_imagery_showing_items_at_a_place_shows_them_deployed(extract, text, place):
    events = extract(text)["events"]
    assert [(e["type"], e["destination"]["name"]) for e in events] == [("deployment", place)]


@pytest.mark.parametrize("text,etype", [
    ("Footage showed a destroyed T-90 near Avdiivka.", "loss"),  # the wreck is the event
    ("The video shows T-72 tanks being unloaded at Latakia.", "transfer"),  # the unloading is
])
def test_imagery_of_another_event_shows_that_event(extract, text, etype):
    assert [e["type"] for e in extract(text)["events"]] == [etype]


@pytest.mark.parametrize("text,actor,place,certainty", [
    ("About 3,000 Russian troops remain in Armenia.", "Russia", "Armenia", "reported"),
    ("Wagner fighters are still in Mali.", "Wagner Group", "Mali", "reported"),
    ("The Kremlin denied that Russian troops were in Mali.", "Russia", "Mali", "denied"),
])
def test_forces_that_are_somewhere_are_deployed_there(extract, text, actor, place, certainty):
    events = extract(text)["events"]
    assert [(e["type"], e["actor"]["name"], e["destination"]["name"], e["certainty"]) for e in events] \
        == [("deployment", actor, place, certainty)]


@pytest.mark.parametrize("text", [
    "The troops are in good spirits.",
    "Our soldiers were in the field for weeks.",
    "The ministers are in Brussels for talks.",
])
def test_being_somewhere_without_forces_or_a_place_is_no_deployment(extract, text):
    assert extract(text)["events"] == []


def test_imagery_of_a_wreck_shows_no_deployment(extract):
    events = extract("Photos showed the wreckage of a Su-34 near Belgorod.")["events"]
    assert all(e["type"] != "deployment" for e in events)
