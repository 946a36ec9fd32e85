"""How reporting tells base changes, losses, withdrawals and orders (lexicon.py, triggers.py,
events.py, substance.py, merge.py): verb frames, passives, nominalisations, headlines, and the
look-alikes that must stay no event."""
import pytest
from record_helpers import kinds, name, only


# --- base changes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,change", [
    ("Beijing set up its first overseas naval base in Djibouti in 2017.", "opened"),
    ("Russia is setting up a naval logistics hub in Port Sudan.", "opened"),
    ("Turkey sets up a drone base in northern Cyprus.", "opened"),
    ("The US Marines reactivated the North Field airfield on Tinian.", "opened"),
    ("Iran unveiled an underground drone base in the Zagros mountains.", "opened"),
    ("Malian soldiers took over the base at Tessalit on Monday.", "handed_over"),
    ("The last German soldiers vacated the airbase in Niamey.", "closed"),
])
def test_base_change_frames(extract, text, change):
    event = only(extract(text), "base_change")
    assert event["change"] == change


@pytest.mark.parametrize("text", [
    "M23 fighters took over the town of Sake on Tuesday.",
    "The new coach took over the club in Belgrade.",
    "The ministry is setting up a commission in Kyiv to investigate the deal.",
])
def test_taking_over_a_town_or_a_club_is_no_base_change(extract, text):
    assert "base_change" not in kinds(extract(text))


# --- losses -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,item", [
    ("Footage shows a destroyed T-90 tank near Kupiansk.", "T-90"),
    ("A burnt-out BTR-82A was filmed near Robotyne.", "BTR-82A"),
    ("Video posted online shows a captured Russian T-90M being towed away.", "T-90M"),
])
def test_a_wreck_shown_is_a_loss_not_a_movement(extract, text, item):
    record = extract(text)
    assert kinds(record) == ["loss"]
    assert [i["name"] for i in only(record, "loss")["equipment"]] == [item]


@pytest.mark.parametrize("text,owner", [
    ("Sudan's army shot down an RSF drone over Port Sudan.", "Rapid Support Forces"),
    ("A Kenyan Defence Forces truck was destroyed by a roadside bomb in Lamu.", "Kenya"),
])
def test_a_group_named_before_a_lost_item_owns_it(extract, text, owner):
    assert name(only(extract(text), "loss")["actor"]) == owner


def test_an_air_strike_on_a_groups_fighters_names_no_owner_of_items(extract):
    record = extract("US Africa Command said it carried out an air strike against Islamic State fighters near Bosaso.")
    assert name(only(record, "attack")["actor"]) == "United States"


@pytest.mark.parametrize("text,owner", [
    ("Russian troops abandoned several T-72 tanks near Izium.", "Russia"),
    ("Kosovo police found two armoured vehicles left behind by Serbian gunmen in Banjska, Pristina said.", None),
])
def test_abandoning_and_leaving_behind_are_losses_of_the_one_who_left(extract, text, owner):
    record = extract(text)
    assert "withdrawal" not in kinds(record)
    if owner:
        assert name(only(record, "loss")["actor"]) == owner


def test_sinking_a_landing_ship_is_a_loss_not_a_shipment(extract):
    record = extract("Ukrainian sea drones sank the Russian landing ship Tsezar Kunikov off Crimea.")
    assert "transfer" not in kinds(record)


@pytest.mark.parametrize("text", [
    "The deal collapsed after Ankara lost interest in the F-35.",
    "The incumbent lost the election in Taipei.",
    "Kyiv lost power after the storm.",
    "The team lost the match against Serbia in Belgrade.",
])
def test_losing_interest_power_or_a_match_is_no_loss(extract, text):
    assert extract(text)["events"] == []


# --- withdrawals --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,origin", [
    ("France pulled out of Mali in 2022.", "Mali"),
    ("France quit Mali in 2022 after nine years.", "Mali"),
    ("US pulls out of Niger's Agadez drone base", "Agadez"),
    ("Russia has pulled its Su-35 jets from Hmeimim, satellite images show.", "Hmeimim Air Base"),
    ("The Colombian army moved its troops out of Catatumbo.", "Catatumbo"),
    ("Wagner relocated its fighters away from Bangui.", "Bangui"),
    ("Kenyan peacekeepers quit Kismayo last year.", "Kismayo"),
    ("The pullback of Russian troops from the Kharkiv region began on Saturday.", "Kharkiv Oblast"),
    ("Russian border guards left Zvartnots airport in Yerevan.", None),
])
def test_withdrawal_frames(extract, text, origin):
    event = only(extract(text), "withdrawal")
    if origin:
        assert name(event["origin"]) == origin


@pytest.mark.parametrize("text,actor", [
    ("The withdrawal of Burundian troops from Goma began on Monday.", "Burundi"),
    ("The junta ordered French troops out of Mali.", "France"),
])
def test_who_withdraws_after_of_or_when_ordered_out(extract, text, actor):
    assert name(only(extract(text), "withdrawal")["actor"]) == actor


def test_going_home_is_a_withdrawal(extract):
    event = only(extract("The Russian peacekeepers redeployed from Nagorno-Karabakh to Russia."), "withdrawal")
    assert name(event["origin"]) == "Nagorno-Karabakh"


def test_the_last_personnel_carried_home_withdraw(extract):
    text = ("An A400M carrying the remaining German personnel took off from Niamey on Friday and landed at "
            "Wunstorf air base in the evening.")
    event = only(extract(text), "withdrawal")
    assert (name(event["origin"]), name(event["destination"])) == ("Niamey", "Wunstorf")
    assert event["equipment"] == []


def test_a_vehicle_carrying_peacekeepers_that_was_fired_on_moves_nobody(extract):
    text = "Azerbaijani troops fired on a vehicle carrying Russian peacekeepers near Stepanakert."
    assert "deployment" not in kinds(extract(text))


def test_a_flight_out_that_lands_elsewhere_is_no_withdrawal(extract):
    text = "The HIMARS launchers were flown out of Okinawa aboard C-130 aircraft and landed at Basco airport."
    assert "withdrawal" not in kinds(extract(text))


def test_handing_over_a_camp_and_leaving_is_two_events(extract):
    record = extract("UN peacekeepers handed over the Kidal camp and left the town.")
    assert kinds(record) == ["base_change", "withdrawal"]


@pytest.mark.parametrize("text", [
    "Russia withdrew from the Black Sea grain deal in July.",
    "Burkina Faso left ECOWAS in January.",
    "The minister left Bamako for talks in Moscow.",
    "The mission left behind a security vacuum in Gao.",
    "She pulled out of the race for president in Seoul.",
    "Britain quit the talks in Vienna.",
    "The officer ordered his men out of the building.",
])
def test_leaving_a_deal_a_body_or_a_race_is_no_withdrawal(extract, text):
    assert "withdrawal" not in kinds(extract(text))


# --- orders -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The US Defense Security Cooperation Agency notified Congress of a possible sale of 40 F-35A jets to Romania.",
    "India cleared a proposal to acquire 31 MQ-9B drones from the United States.",
    "South Korea cleared the export of K2 tanks to Poland.",
    "Deliveries of the 36 Rafale jets to Greece are expected to begin in 2026.",
    "Taipei expects delivery of the first F-16V jets in 2025.",
    "The Ministry of Defence confirmed the order of 14 Challenger 3 tanks.",
    "Serbia's government signed an agreement with Airbus for 12 H145M helicopters.",
    "Australia to send 49 retired Abrams tanks to Ukraine",
])
def test_order_shapes(extract, text):
    assert kinds(extract(text)) == ["order"]


@pytest.mark.parametrize("text", [
    "Washington is considering the possible sale of F-16 jets to Ankara.",
    "The deal for Rafale jets collapsed in June.",
    "Russian troops flew to Bamako to deliver Mi-8 helicopters.",
])
def test_possible_sales_collapsed_deals_and_purposes_are_no_orders(extract, text):
    assert "order" not in kinds(extract(text))


def test_a_cooperation_agreement_naming_no_item_keeps_the_supplier_for_the_delivery(extract):
    text = "Turkey, which signed a security agreement with Libya in 2019, has supplied it with Bayraktar TB2 drones."
    record = extract(text)
    assert kinds(record) == ["transfer"]
    assert name(only(record, "transfer")["actor"]) == "Turkey"


def test_a_family_name_and_its_variant_in_one_event_are_one_item(extract):
    text = "Australia will send 49 Abrams tanks to Ukraine, including M1A1 models, the minister said."
    event = only(extract(text), "order")
    assert [(i["name"], i["quantity"]) for i in event["equipment"]] == [("M1A1 Abrams", 49)]


# --- headlines in the present tense -------------------------------------------------------------

@pytest.mark.parametrize("text,etype", [
    ("Russia opens naval base in Sudan", "base_change"),
    ("China expands Ream naval base in Cambodia", "base_change"),
    ("RSF captures army T-72 tanks in El Fasher", "loss"),
    ("Russia exits Tartus naval base", "withdrawal"),
    ("US completes exit from Niger", "withdrawal"),
    ("Wagner quits Mali after three years", "withdrawal"),
    ("French soldiers returned home from Niger on Friday.", "withdrawal"),
    ("The last Italian troops were repatriated from Niger in March.", "withdrawal"),
    ("Iraq takes over Ain al-Asad air base from US forces", "base_change"),
])
def test_headline_and_plain_verb_forms(extract, text, etype):
    assert kinds(extract(text)) == [etype]


@pytest.mark.parametrize("text", [
    "Stocks tank as Patriot shares hit record low",
    "Police opened fire on protesters outside the base in Bamako.",
    "The club opens a new stadium in Belgrade.",
])
def test_opening_fire_and_hitting_records_are_no_events(extract, text):
    assert "base_change" not in kinds(extract(text)) and "attack" not in kinds(extract(text))


# --- a struck item, and the weapon that struck it -----------------------------------------------

@pytest.mark.parametrize("text,lost", [
    ("Israeli Merkava tank hit by anti-tank missile in Gaza", ["Merkava"]),
    ("Two Leopard 2 tanks were struck by Lancet drones near Robotyne.", ["Leopard 2"]),
    ("Several Armenian T-72 tanks were destroyed by Azerbaijani Bayraktar TB2 drones.", ["T-72"]),
])
def test_a_struck_item_is_lost_and_the_weapon_is_not(extract, text, lost):
    event = only(extract(text), "loss")
    assert [i["name"] for i in event["equipment"]] == lost


def test_striking_named_items_stays_an_attack(extract):
    assert kinds(extract("Russian forces struck Ukrainian F-16 jets at Starokostiantyniv.")) == ["attack"]


@pytest.mark.parametrize("text,place", [
    ("Ain al-Asad air base was handed over to the Iraqi army on Wednesday.", "Ain al-Asad Air Base"),
    ("The camp in Kidal was handed over to the Malian army.", "Kidal"),
    ("The US returned the Bagram base to the Afghan government in 2021.", "Bagram Air Base"),
    ("Mali's army took control of the former MINUSMA camp in Tessalit.", "Tessalit camp"),
])
def test_a_base_changing_hands_in_passive_or_returned(extract, text, place):
    event = only(extract(text), "base_change")
    assert (event["change"], name(event["destination"])) == ("handed_over", place)


@pytest.mark.parametrize("text", [
    "M23 took control of Goma airport in January.",
    "The US could return the Bagram base to the Afghan government.",
])
def test_taking_an_airport_or_a_possible_return_is_no_handover(extract, text):
    assert "base_change" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "The first F-35A jets for Poland will arrive in 2026.",
    "Greece is acquiring 20 F-35 jets from the United States.",
])
def test_announced_arrivals_and_ongoing_purchases_are_orders(extract, text):
    assert kinds(extract(text)) == ["order"]


@pytest.mark.parametrize("text", [
    "Poland has expressed interest in buying more K2 tanks.",
    "The talks on the sale of F-16 jets to Turkey stalled.",
])
def test_interest_and_stalled_talks_are_no_orders(extract, text):
    assert "order" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "The junta demanded the withdrawal of French troops from Niger.",
    "Niger's rulers have urged the United States to withdraw its troops.",
    "Russian troops have not left Transnistria since 1992.",
    "Ukrainian troops held their positions and did not retreat from Bakhmut.",
    "The president left the country for a summit in Moscow, leaving the army in charge.",
])
def test_calls_negations_and_people_leaving_are_no_withdrawals(extract, text):
    assert "withdrawal" not in kinds(extract(text))


@pytest.mark.parametrize("text,actor", [
    ("Russian border guards left their posts at the airport in Yerevan on Wednesday.", "Russia"),
    ("Serbian army units returned to their barracks from the Kosovo border.", "Serbia"),
])
def test_border_guards_and_units_returning_withdraw(extract, text, actor):
    assert name(only(extract(text), "withdrawal")["actor"]) == actor


def test_returning_to_barracks_is_no_handover(extract):
    assert "base_change" not in kinds(extract("Serbian army units returned to their barracks from the Kosovo border."))


@pytest.mark.parametrize("text,change,place", [
    ("The Chinese navy commissioned its new base at Ream in April.", "opened", "Ream naval base"),
    ("The Turkish base in Mogadishu, which opened in 2017, trains Somali soldiers.", "opened", None),
    ("France hands back Kidal camp to Malian army", "handed_over", "Kidal camp"),
    ("French troops vacated the Gao base and handed it over to the Malian army.", "handed_over", None),
])
def test_commissioned_relative_and_pronoun_base_changes(extract, text, change, place):
    events = [e for e in extract(text)["events"] if e["type"] == "base_change" and e["change"] == change]
    assert events and "transfer" not in kinds(extract(text))
    if place:
        assert name(events[0]["destination"]) == place


@pytest.mark.parametrize("text", [
    "The ministry commissioned a study on Mali.",
    "The T-72 tanks were stored at the base until Russia handed them over to Mali.",
])
def test_commissioning_a_study_or_handing_over_items_is_no_base_change(extract, text):
    assert "base_change" not in kinds(extract(text))


def test_an_aircraft_that_went_down_is_lost(extract):
    record = extract("A Colombian army UH-60 Black Hawk went down in Antioquia after being hit by rebel fire.")
    assert [i["name"] for i in only(record, "loss")["equipment"]] == ["UH-60 Black Hawk"]


def test_prices_going_down_are_no_loss(extract):
    assert "loss" not in kinds(extract("Oil prices went down in Kyiv after the storm."))


def test_a_time_word_is_no_attack_target(extract):
    record = extract("Ukraine's air force said it had downed 30 of the 45 Shahed drones launched overnight.")
    assert all(e["target"] is None for e in record["events"] if e["type"] == "attack")


@pytest.mark.parametrize("text", [
    "Medics evacuated casualties from Bakhmut.",
    "Russia has withdrawn hundreds of T-62 tanks from storage.",
    "The army withdrew its ageing Mi-24 helicopters from service in 2020.",
    "Ammunition left over from the war in Mali was sold.",
    "The army is left with only a few working Mi-8 helicopters in Gao.",
])
def test_out_of_service_left_over_and_evacuated_casualties_are_no_withdrawals(extract, text):
    assert "withdrawal" not in kinds(extract(text))


def test_the_facility_handed_over_is_the_base_named_before(extract):
    text = ("US forces have pulled out of Ain al-Asad air base in Iraq. The last convoy drove out on Wednesday, "
            "and the facility was handed over to the Iraqi army the same day.")
    event = only(extract(text), "base_change")
    assert (event["change"], name(event["destination"])) == ("handed_over", "Ain al-Asad Air Base")


@pytest.mark.parametrize("text,items", [
    ("In 2022 Finland signed a contract with the US government for 64 F-35A fighters to replace its F/A-18 Hornets.",
     ["F-35A"]),
    ("Romania earlier ordered 32 F-35A jets, which will replace its F-16s from 2032.", ["F-35A"]),
    ("India ordered 26 Rafale M jets, replacing the navy's MiG-29K fighters.", ["Rafale M"]),
])
def test_the_fleet_an_order_replaces_is_not_ordered(extract, text, items):
    assert [i["name"] for i in only(extract(text), "order")["equipment"]] == items


def test_items_moved_right_after_a_withdrawal_are_its_items(extract):
    record = extract("US forces pulled out of Tower 22 and moved their MQ-9 drones to Jordan.")
    assert kinds(record) == ["withdrawal"]
    event = only(record, "withdrawal")
    assert [i["name"] for i in event["equipment"]] == ["MQ-9 Reaper"]
    assert name(event["destination"]) == "Jordan"


def test_items_sold_after_a_withdrawal_stay_a_transfer(extract):
    record = extract("Russia pulled out of Syria and sold its Pantsir-S1 systems to Libya.")
    assert "transfer" in kinds(record)


@pytest.mark.parametrize("text,actor", [
    ("The German departure leaves Russia as the main foreign military partner of Niger's rulers.", "Germany"),
    ("An A400M carrying the remaining German personnel took off from Niamey and landed at Wunstorf air base.",
     "Germany"),
])
def test_who_leaves_is_the_demonym_of_the_departure_or_of_the_people_carried(extract, text, actor):
    assert name(only(extract(text), "withdrawal")["actor"]) == actor


@pytest.mark.parametrize("text", [
    "Kyiv to get more Patriot systems from Berlin",
    "The aid package unveiled on Tuesday includes 12 Leopard 2A4 tanks for Kyiv.",
])
def test_headline_get_and_a_participle_after_an_order_noun(extract, text):
    assert kinds(extract(text)) == ["order"]


def test_a_deal_struck_is_no_strike(extract):
    assert "attack" not in kinds(extract("The deal struck in 2023 covers 48 K2 tanks for Poland."))


def test_wrecks_filmed_in_a_reduced_relative_are_losses(extract):
    record = extract("Russian T-90M tanks destroyed near Vuhledar were filmed by Ukrainian drones.")
    assert kinds(record) == ["loss"]
    assert name(only(record, "loss")["actor"]) == "Russia"


def test_items_lost_by_a_party_are_its_loss(extract):
    record = extract("The number of Leopard 2 tanks lost by Ukraine rose to 30.")
    assert name(only(record, "loss")["actor"]) == "Ukraine"


@pytest.mark.parametrize("text", [
    "The Kenyan soldiers flew out of Kismayo aboard C-130 transport aircraft last week.",
    "About 400 French troops left Gao on board an Il-76 on Friday.",
])
def test_the_aircraft_aboard_which_forces_leave_is_no_item(extract, text):
    event = only(extract(text), "withdrawal")
    assert event["equipment"] == []


def test_a_move_inside_ones_own_country_from_a_place_of_unknown_country_is_no_return_home(extract):
    assert "withdrawal" not in kinds(extract("The Colombian army moved its troops from Catatumbo to Cucuta."))


@pytest.mark.parametrize("text,etype,destination", [
    # works built at a base make a base change of their own
    ("The UAE built a runway on Mayun island.", "base_change", "Mayun island"),
    ("India inaugurated a new airstrip and jetty on Agalega island.", "base_change", "Agalega island"),
    # "established a presence at" a base is the base change, not a presence apart
    ("Russia established a presence at the Maaten al-Sarra airbase in 2024.", "base_change", "Maaten al-Sarra Air Base"),
    ("China has set up a permanent presence at the Ream naval base.", "base_change", "Ream naval base"),
    # a presence with no base stays a deployment
    ("Turkey established a military presence in Somalia in 2017.", "deployment", "Somalia"),
    # a handed-over base named by its town is at the town
    ("France handed over the Gossi base to the Malian army.", "base_change", "Gossi"),
    ("Italy handed over its Mogadishu camp to Somali forces.", "base_change", "Mogadishu"),
    # "operating from" a place is being there; "station" is a verb after "to" or "will"
    ("US forces began operating from a new base in Manda Bay.", "deployment", "Manda Bay naval base"),
    ("Moscow agreed to station Iskander missiles in Belarus.", "deployment", "Belarus"),
])
def test_base_changes_and_presences(extract, text, etype, destination):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == [etype]
    assert (events[0]["destination"] or {}).get("name") == destination


@pytest.mark.parametrize("text", [
    "Japan opened a coastal radar station on Yonaguni in 2016.",  # 'station' the noun is no deployment
    "The hangar was hit by a drone.",  # a work named without a base-change verb
    "Surgeons were operating in Lviv.",
])
def test_base_works_and_station_nouns_alone_are_no_presence(extract, text):
    assert "deployment" not in [e["type"] for e in extract(text)["events"]]


@pytest.mark.parametrize("text,destination", [
    # a carrying participle after what an attack struck says which vehicle it was: no movement
    ("Azerbaijani troops fired on a vehicle carrying Russian peacekeepers near the village of Chankatagh.",
     "Chankatagh"),
    ("A Russian drone hit a truck carrying Ukrainian soldiers near Kupiansk.", "Kupyansk"),
    ("An Israeli strike hit a convoy carrying Iranian weapons near Qusayr.", "Al Quşayr"),
])
def test_what_a_struck_vehicle_carries_is_no_movement(extract, text, destination):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["attack"]
    assert name(events[0]["destination"]) == destination


def test_carrying_with_no_attack_before_still_moves(extract):
    text = "Two Il-76 jets carrying Kornet missiles landed in Kufra."
    assert kinds(extract(text)) == ["transfer"]


@pytest.mark.parametrize("text,etype,role,place", [
    # a facility named by what it serves is no movement: its place goes to the verb
    ("About 100 German soldiers had been stationed at an air transport hub at Niamey airport since 2016.",
     "deployment", "destination", "Niamey"),
    ("Russian troops were based at a supply base near Tartus.", "deployment", "destination", "Ţarţūs"),
    # ending a presence is a withdrawal from it
    ("France ended its military presence in Niger in December.", "withdrawal", "origin", "Niger"),
    ("Italy is ending its military presence in Libya this year.", "withdrawal", "origin", "Libya"),
    # a presence kept stays a deployment
    ("Russia maintains a military presence in Syria.", "deployment", "destination", "Syria"),
])
def test_facilities_named_by_use_and_ended_presences(extract, text, etype, role, place):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == [etype]
    assert name(events[0][role]) == place


def test_an_ended_presence_after_a_withdrawal_is_that_withdrawal(extract):
    events = extract("The last German soldiers have left Niger, ending the Bundeswehr's presence in the Sahel.")["events"]
    assert [e["type"] for e in events] == ["withdrawal"]
    assert name(events[0]["origin"]) == "Niger"


def test_a_departure_that_leaves_a_state_somewhere_leaves_no_place(extract):
    events = extract("The German departure leaves Russia as the main foreign partner of Niger's rulers.")["events"]
    assert all(e["origin"] is None for e in events)


@pytest.mark.parametrize("text,actor,place", [
    # a facility handed over past an apposition, run by the one party deployed there
    ("German soldiers were stationed at Niamey airport. The facility, including its hangar, was handed over "
     "to the Nigerien armed forces on Wednesday.", "Germany", "Niamey"),
    ("US troops were stationed at Manda Bay airfield. The facility, including its runway, was handed over to "
     "the Kenyan army in March.", "United States", "Camp Simba"),
    # two parties deployed there: no giver is chosen
    ("French troops were stationed at Niamey airport. Italian troops were also stationed at Niamey airport. "
     "The facility was handed over to the Nigerien armed forces on Wednesday.", None, "Niamey"),
])
def test_a_handed_over_facility_and_who_ran_it(extract, text, actor, place):
    events = [e for e in extract(text)["events"] if e["type"] == "base_change"]
    assert len(events) == 1
    assert name(events[0]["actor"]) == actor and name(events[0]["destination"]) == place


@pytest.mark.parametrize("text,kinds_", [
    # "open" after a verb of keeping is kept, not opened
    ("Berlin had hoped to keep the hub open after the coup in Niamey.", []),
    ("The base in Gao remained open until August.", []),
    ("Russia will keep troops in Syria and open a new base in Libya.", ["base_change", "deployment"]),
])
def test_a_base_kept_open_is_no_opening(extract, text, kinds_):
    assert kinds(extract(text)) == kinds_


@pytest.mark.parametrize("text,etype", [
    ("Russia shifts warships from Tartus to Libya", "transfer"),
    ("Ukraine downs Russian Su-34 over Kherson", "loss"),
    ("The downing of a Su-34 over Kherson angered Moscow.", "loss"),
    ("Poland gets first K2 tanks", "transfer"),
    ("Ukraine got its first F-16s in July.", "transfer"),
])
def test_headline_and_short_verbs_of_movement_and_loss(extract, text, etype):
    assert kinds(extract(text)) == [etype]


@pytest.mark.parametrize("text", ["Fans got the tickets in May.", "Officials discussed a shift in policy."])
def test_getting_and_shifting_nothing_military_is_no_event(extract, text):
    assert kinds(extract(text)) == []


@pytest.mark.parametrize("text,etype", [
    ("Germany stations brigade in Lithuania", "deployment"),
    ("Britain rushes Challenger 2 tanks to Ukraine", "transfer"),
    ("US redeploys Patriots from Middle East", "transfer"),
    ("China deploys carrier to Western Pacific", "deployment"),
    ("Kenyan troops land in Haiti", "deployment"),
])
def test_headline_verbs_of_stationing_sending_and_landing(extract, text, etype):
    assert kinds(extract(text)) == [etype]


@pytest.mark.parametrize("text", [
    "The police stations in Kyiv were closed.",
    "Farmers own land in Haiti.",
    "A bulk carrier was struck in the Red Sea.",
])
def test_stations_land_and_carriers_that_are_nouns_are_no_event(extract, text):
    assert "deployment" not in kinds(extract(text))


def test_arms_as_a_verb_before_a_party_and_with_is_a_transfer(extract):
    (event,) = extract("Iran arms Houthis with cruise missiles, UN panel says")["events"]
    assert (event["type"], event["actor"]["name"], event["recipient"]["name"]) == ("transfer", "Iran", "Houthis")


def test_arms_as_a_noun_arms_nobody(extract):
    assert kinds(extract("The arms fair in Abu Dhabi drew buyers with big budgets.")) == []


@pytest.mark.parametrize("text,actor,place", [
    ("Russian troops entered Ukraine.", "Russia", "Ukraine"),
    ("Turkish forces entered the Syrian town of Afrin.", "Turkey", "Afrin"),
])
def test_forces_entering_a_place_are_deployed_there(extract, text, actor, place):
    record = extract(text)
    (event,) = record["events"]
    named = {m["name"]: m["text"] for m in record["mentions"] if m["kind"] == "place"}
    assert (event["type"], event["actor"]["name"], named[event["destination"]["name"]]) == ("deployment", actor, place)


@pytest.mark.parametrize("text", ["North Korea entered the war.", "The K2 tanks entered service in 2014.",
                                  "The treaty entered into force in 2021."])
def test_entering_a_war_service_or_force_is_no_movement(extract, text):
    assert kinds(extract(text)) == []


def test_a_town_whose_name_ends_in_a_countrys_is_the_town(extract):
    record = extract("ELN rebels attacked a military base in Puerto Jordan with explosive-laden drones.")
    assert [m["text"] for m in record["mentions"] if m["kind"] == "place"] == ["Puerto Jordan"]


@pytest.mark.parametrize("text,place", [
    ("A battalion of Russian paratroopers arrived to reinforce the garrison in Kidal.", "Kidal"),
    ("France sent 300 troops to reinforce its base in Abidjan.", "Abidjan"),
])
def test_a_movement_to_reinforce_is_one_deployment_reaching_the_place(extract, text, place):
    (event,) = extract(text)["events"]
    assert (event["type"], event["destination"]["name"]) == ("deployment", place)


def test_a_state_completing_its_departure_from_a_place_withdraws(extract):
    (event,) = extract("Russia completed its departure from Tartus.")["events"]
    assert (event["type"], event["actor"]["name"]) == ("withdrawal", "Russia")


def test_no_items_sent_is_a_denial(extract):
    (event,) = extract("No Su-35 jets were sent to Iran, the Kremlin said.")["events"]
    assert event["certainty"] == "denied"


def test_a_span_of_years_is_no_quantity(extract):
    (event,) = extract("Russia supplied Mali with Su-24s from 2013 to 2022.")["events"]
    assert [i["quantity"] for i in event["equipment"]] == [None]


@pytest.mark.parametrize("text", [
    "China Coast Guard ships fired water cannon at a Philippine vessel near Scarborough Shoal.",
    "China Coast Guard personnel rammed and boarded two Philippine navy boats at Second Thomas Shoal on Monday.",
])
def test_water_cannon_and_ramming_by_a_force_are_attacks(extract, text):
    assert kinds(extract(text)) == ["attack"]


@pytest.mark.parametrize("text", ["Police fired water cannon at protesters in Tbilisi.",
                                  "The truck rammed into a crowd in Berlin."])
def test_water_cannon_and_ramming_with_no_armed_side_are_no_attack(extract, text):
    assert kinds(extract(text)) == []
