"""Document-level merging (extract/merge.py): one happening is one event, two stay two."""
import pytest

from materiel.models import Document


def titled(pipeline, text):
    """A document whose first line is its headline, as feeds and the gold set give it."""
    doc = Document.create(text, title=text.split("\n")[0], published="2025-01-20", language="en")
    return pipeline(doc).to_dict()


def kinds(record):
    return [e["type"] for e in record["events"]]


@pytest.mark.parametrize("text", [
    "Rebels stormed a police school in Gao in March, one of the deadliest attacks the city has seen.",
    "Israel's navy struck the port of Latakia on Monday night, hitting several Osa-class missile boats moored there.",
])
def test_one_happening_named_twice_in_a_sentence_is_one_event(extract, text):
    assert kinds(extract(text)).count("attack") == 1


def test_two_attacks_by_different_actors_in_one_sentence_stay_two(extract):
    text = "Russia struck Kharkiv on Monday while Ukraine shelled Belgorod with HIMARS rockets."
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert len(attacks) == 2


@pytest.mark.parametrize("text", [
    ("Storm Shadow missiles hit Sevastopol naval headquarters\n\n"
     "Ukraine fired Storm Shadow missiles at the headquarters of the Black Sea Fleet in Sevastopol on Friday, "
     "officials said. The strike damaged the main building."),
    ("Drones pound Khartoum refinery\n\n"
     "RSF drones attacked the al-Jaili refinery north of Khartoum on Sunday, witnesses said. "
     "The attack set fuel tanks on fire."),
])
def test_a_definite_event_noun_is_the_event_told_just_before(pipeline, text):
    assert kinds(titled(pipeline, text)).count("attack") == 1


def test_a_definite_noun_far_from_its_kind_makes_its_own_event(extract):
    text = ("Russian jets struck Idlib on Monday. Turkey delivered T-155 howitzers to Baku. "
            "Azerbaijan received them in May. Armenia protested. Officials in Yerevan met. "
            "Rebels said the attack on Aleppo by Russian jets killed six.")
    assert kinds(extract(text)).count("attack") == 2


def test_a_headline_joins_the_body_event_sharing_its_items(pipeline):
    text = ("ATACMS make debut in strike on Berdiansk airfield\n\n"
            "Ukraine used ATACMS missiles for the first time on Tuesday, hitting a helicopter base at the airfield "
            "in Berdiansk, Zelensky said.")
    attacks = [e for e in titled(pipeline, text)["events"] if e["type"] == "attack"]
    assert len(attacks) == 1


def test_two_shipments_of_different_items_stay_two(pipeline):
    text = ("Turkey delivers drones to Niger\n\n"
            "Turkey delivered Bayraktar TB2 drones to Niger in May. In June Russia delivered Su-25 jets to Niger.")
    assert kinds(titled(pipeline, text)).count("transfer") == 2


def test_a_loss_in_the_sentence_of_a_definite_strike_happened_where_it_struck(extract):
    text = ("Ukraine fired ATACMS missiles at the airfield in Berdiansk on Tuesday. "
            "Officials claimed the strike destroyed five Ka-52 helicopters.")
    (loss,) = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert (loss["destination"] or {}).get("name") == "Berdyansk"


@pytest.mark.parametrize("text,item", [
    ("On Monday a junta aircraft bombed a village in Sagaing Region, killing nine people. "
     "Residents said the aircraft appeared to be a Chinese-built FTC-2000G jet.", "FTC-2000"),
    ("Russia lost at least 90 armoured vehicles near Bakhmut, more than 30 of them tanks, analysts said. "
     "Among the tanks, they counted T-72B3 (x12) and T-80BV (x5).", "T-72B3"),
])
def test_items_named_later_join_the_event_whose_sentence_names_their_class(extract, text, item):
    events = extract(text)["events"]
    assert len(events) == 1 and item in [i["name"] for i in events[0]["equipment"]]


def test_a_later_item_of_another_class_does_not_join_an_item_less_event(extract):
    text = ("On Monday a junta aircraft bombed a village in Sagaing Region, killing nine people. "
            "Separately, the ministry displayed T-72 tanks in Yangon.")
    (attack,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert attack["equipment"] == []


@pytest.mark.parametrize("text,owner,item", [
    ("Kinshasa received at least three CH-4 drones from China in 2023. The drones, based at Goma airport, "
     "have given the army an edge.", "Democratic Republic of the Congo", "CH-4"),
    ("Algeria took delivery of six Su-30MKA jets from Russia last year. The jets are stationed at Oum Bouaghi.",
     "Algeria", "Su-30MKA"),
])
def test_the_drones_as_subject_are_the_items_of_the_event_before(extract, text, owner, item):
    (deployment,) = [e for e in extract(text)["events"] if e["type"] == "deployment"]
    assert deployment["actor"]["name"] == owner and [i["name"] for i in deployment["equipment"]] == [item]


def test_the_jets_moving_on_are_the_same_event(extract):
    text = ("Russia has deployed MiG-29 fighters to Libya, AFRICOM said. "
            "The jets flew to Libya from Hmeimim air base and reached al-Jufra in May.")
    assert kinds(extract(text)) == ["deployment"]


def test_the_demonym_raids_are_the_attack_told_before(extract):
    text = ("Israeli warplanes pounded southern Lebanon before dawn on Sunday, the army said. "
            "Lebanon's health ministry said three people died in the Israeli raids.")
    assert kinds(extract(text)) == ["attack"]


@pytest.mark.parametrize("text,etype", [
    ("Israeli forces pulled out of the Netzarim corridor on Sunday. Footage showed Merkava Mk 4 tanks "
     "moving east towards the border fence.", "withdrawal"),
    ("Chadian troops withdrew from Ndjamena airport last week. Video showed BRDM-2 armoured cars moving "
     "east along the main road.", "withdrawal"),
])
def test_items_seen_moving_after_a_withdrawal_are_the_withdrawal_s(extract, text, etype):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == [etype] and events[0]["equipment"]


def test_items_seen_moving_after_a_delivery_with_items_stay_apart(extract):
    text = ("Russia delivered Su-25 jets to Mali on Monday. Separately, footage showed T-72 tanks "
            "moving towards Gao.")
    assert kinds(extract(text)).count("transfer") == 2


@pytest.mark.parametrize("text,item", [
    ("The last Russian peacekeepers left Karabakh on Wednesday. The convoy, which drove north, included "
     "about 30 BTR-82A carriers. Also leaving were Tigr armoured vehicles.", "BTR-82A"),
    ("French troops withdrew from Gao on Monday. The column included VBCI infantry fighting vehicles.", "VBCI"),
])
def test_the_convoy_s_items_join_the_item_less_event_just_before(extract, text, item):
    withdrawals = [e for e in extract(text)["events"] if e["type"] == "withdrawal"]
    assert len(withdrawals) == 1 and item in [i["name"] for i in withdrawals[0]["equipment"]]


def test_footage_is_no_carrier_of_items(extract):
    text = ("French troops withdrew from Gao on Monday. Separately, footage showed Mali's VBCI vehicles in Bamako.")
    withdrawal = next(e for e in extract(text)["events"] if e["type"] == "withdrawal")
    assert withdrawal["equipment"] == []


@pytest.mark.parametrize("text", [
    ("Pakistan said its air force had shot down five Indian jets in a battle that followed India's missile "
     "strikes. India said it launched missile strikes early on Wednesday, hitting nine sites in Pakistan."),
    ("Kyiv said air defences shot down 30 drones after Russia's overnight attack on the capital. Russia "
     "launched Shahed-136 drones at Kyiv overnight, officials said."),
])
def test_a_possessive_event_noun_is_the_event_told_next(extract, text):
    assert kinds(extract(text)).count("attack") == 1


def test_a_possessive_event_noun_far_from_any_other_stays(extract):
    text = ("India's missile strikes were condemned by Pakistan on Wednesday. Trade talks resumed. "
            "Markets rose. Diplomats met in Geneva. India fired missiles at Bahawalpur in May.")
    assert kinds(extract(text)).count("attack") == 2


@pytest.mark.parametrize("text", [
    ("Iran rejected accusations that it had armed Russia. The White House said Iranian Shahed-136 drones "
     "had been shipped to Russia since August."),
    ("Minsk denied that it had supplied Moscow. Satellite images show Belarus shipped T-72B tanks to Russia "
     "in March."),
])
def test_a_denied_claim_joins_the_movement_it_denies(extract, text):
    transfers = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert len(transfers) == 1 and transfers[0]["certainty"] == "denied"


def test_a_denial_of_another_pair_stays_apart(extract):
    text = ("Iran rejected accusations that it had sent weapons to the Houthis. The White House said Iranian Shahed-136 "
            "drones had been shipped to Russia since August.")
    assert kinds(extract(text)).count("transfer") == 2


def test_a_hypothetical_sentence_adds_no_items(extract):
    text = ("India signed a contract with France for 26 Rafale M fighters. The navy is also considering "
            "three more Scorpene-class submarines.")
    (order,) = extract(text)["events"]
    assert [i["name"] for i in order["equipment"]] == ["Rafale M"]


@pytest.mark.parametrize("text,recipient", [
    ("Ukraine received its first F-16 jets in July. Denmark pledged 19 F-16 jets in 2023.", "Ukraine"),
    ("Russia handed ten BRDM-2 vehicles to the Central African army. Another ten BRDM-2s will follow.",
     "Central African Republic"),
])
def test_an_order_takes_the_one_recipient_its_items_have_elsewhere(extract, text, recipient):
    order = next(e for e in extract(text)["events"] if e["type"] == "order")
    assert order["recipient"]["name"] == recipient


def test_items_with_two_recipients_lend_none(extract):
    text = ("Ukraine received F-16 jets in July. Taiwan received F-16 jets in May. "
            "The Netherlands pledged 24 F-16 jets in 2023.")
    order = next(e for e in extract(text)["events"] if e["type"] == "order")
    assert order["recipient"] is None


def test_an_event_with_nothing_to_say_goes(extract):
    text = "Satellite images suggested the army had expanded its bases there over the year."
    assert extract(text)["events"] == []


def test_a_base_change_with_a_place_stays(extract):
    text = "Satellite images suggested the army had expanded its bases in Kidal over the year."
    assert kinds(extract(text)) == ["base_change"]


@pytest.mark.parametrize("text,destination,item", [
    ("The Sparta IV docked at the port of Tartus carrying T-72 tanks.", "Ţarţūs", "T-72"),
    ("A freighter docked in Port Sudan carrying Mohajer-6 drones.", "Port Sudan", "Mohajer-6"),
])
def test_merge_items_give_a_thin_half_of_their_sentence_its_substance(extract, text, destination, item):
    (event,) = extract(text)["events"]
    assert (event["destination"]["name"], event["equipment"][0]["name"]) == (destination, item)


@pytest.mark.parametrize("text, etype", [
    ("About 1,000 French troops are stationed in Chad, the largest remaining French deployment in the Sahel.",
     "deployment"),
    ("Al-Shabaab fighters stormed a base at Buulo Mareer on Friday, the deadliest attack on AU troops this year.",
     "attack"),
])
def test_an_event_noun_in_an_apposition_restates_its_clause(extract, text, etype):
    assert kinds(extract(text)) == [etype]


def test_an_apposition_of_another_type_is_its_own_event(extract):
    text = "Russian jets struck Idlib on Monday, a day after the delivery of two S-400 batteries to Turkey."
    assert sorted(kinds(extract(text))) == ["attack", "transfer"]


@pytest.mark.parametrize("text,items", [
    ("Egypt takes delivery of Su-30 fighters\n\nEgypt took delivery of its first Su-30SME fighters from Russia on "
     "Monday, the ministry said.", ["Su-30SME"]),
    ("Morocco receives Abrams tanks\n\nMorocco received 24 more M1A1 Abrams tanks from the United States in May.",
     ["M1A1 Abrams"]),
    ("Egypt takes delivery of Su-30 fighters and Mi-17 helicopters\n\nEgypt took delivery of its first Su-30SME "
     "fighters and two Mi-17 helicopters from Russia on Monday.", ["Su-30SME", "Mi-17"]),
])
def test_a_headline_item_naming_a_body_item_loosely_is_that_item(pipeline, text, items):
    events = titled(pipeline, text)["events"]
    assert [[i["name"] for i in e["equipment"]] for e in events] == [items]


@pytest.mark.parametrize("text,origin", [
    ("Russia has pulled Pantsir systems out of Syria. Part of the equipment has since reached Benghazi.", "Syria"),
    ("Russia has withdrawn S-400 launchers from Syria since December. Some of the equipment has been moved to "
     "Libya, satellite images show.", "Syria"),
    ("Russia delivered Pantsir systems to Syria. Part of the equipment has since reached Benghazi.", None),
])
def test_part_of_what_a_withdrawal_took_out_moving_on_starts_where_it_left(extract, text, origin):
    onward = [e for e in extract(text)["events"] if e["type"] == "transfer" and not e["equipment"]]
    assert (onward[0]["origin"] or {}).get("name") == origin


@pytest.mark.parametrize("text,variant,family", [
    ("Myanmar junta inducts two more Russian Su-30 fighters\n\n"
     "Myanmar's air force took delivery of two more Su-30SME fighters from Russia on Sunday, state media showed.",
     "Su-30SME", "Su-30"),
    ("Australia to send 49 Abrams tanks to Ukraine\n\n"
     "Australia will send 49 of its M1A1 Abrams tanks to Ukraine, the defence minister said on Thursday.",
     "M1A1 Abrams", "M1 Abrams"),
])
def test_a_family_in_the_headline_is_the_variant_of_the_body(pipeline, text, variant, family):
    names = [{i["name"]: i["quantity"] for i in e["equipment"]} for e in titled(pipeline, text)["events"]]
    assert any(variant in n and family not in n for n in names), names


def test_a_family_in_the_body_beside_a_variant_stays(extract):
    text = ("Poland signed a contract for 180 K2 tanks with Hyundai Rotem on Friday. "
            "Part of the order will be assembled in Poland as the K2PL variant, the ministry said.")
    items = {i["name"]: i["quantity"] for e in extract(text)["events"] for i in e["equipment"]}
    assert items == {"K2 Black Panther": 180, "K2PL": None}


@pytest.mark.parametrize("text,etype", [
    ("Australia to send 49 Abrams tanks to Ukraine\n\nThe defence minister spoke in Canberra on Thursday.", "order"),
    ("Germany to deliver more IRIS-T systems to Kyiv\n\nThe chancellor spoke in Berlin on Monday.", "order"),
    ("Ukraine receives more IRIS-T systems from Germany\n\nThe chancellor spoke in Berlin on Monday.", "transfer"),
])
def test_a_headline_infinitive_after_its_subject_is_a_plan(pipeline, text, etype):
    assert kinds(titled(pipeline, text))[:1] == [etype]


def test_merge_items_seen_near_a_place_join_the_deployment_just_told(extract):
    text = ("Serbia has deployed armoured units to positions near the boundary with Kosovo, the army said. "
            "Footage broadcast by state television showed M-84 tanks on the move near Raska.")
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["deployment"]
    assert events[0]["actor"]["name"] == "Serbia" and events[0]["destination"]["name"] == "Raska"


def test_merge_items_seen_at_a_place_do_not_join_a_withdrawal(extract):
    text = ("French troops pulled out of Gao on Monday. Footage showed VBCI vehicles on the move near Timbuktu.")
    events = extract(text)["events"]
    assert not any(e["type"] == "withdrawal" and (e["destination"] or {}).get("name") == "Timbuktu" for e in events)


@pytest.mark.parametrize("text,expected", [
    ("Sudan's army has received Mohajer-6 drones from Iran, officials said. Satellite images appear to show one of "
     "the drones at Wadi Sayyidna air base north of Omdurman.", "Wadi Seidna Air Base"),
    ("Russia delivered Su-24 jets to Mali last week. Footage showed the jets on the apron at Bamako airport.", "Bamako"),
    # a place outside the destination is no narrowing
    ("Russia delivered Su-24 jets to Mali last week. Analysts compared the jets with those seen in Syria.", "Mali"),
])
def test_merge_items_seen_later_at_a_place_inside_the_destination_narrow_it(extract, text, expected):
    event = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert event["destination"]["name"] == expected


def _extract_titled(pipeline, title, body):
    from materiel.models import Document

    return pipeline(Document.create(f"{title}\n\n{body}", title=title, published="2025-01-20", language="en")).to_dict()


@pytest.mark.parametrize("title,body,etype,expected", [
    ("Heavy fighting near Bakhmut", "Russian forces lost four T-72 tanks in a failed assault on Tuesday, the army said.",
     "loss", "Bakhmut"),
    ("Explosions rock Russian air base in Crimea", "Ukrainian drones struck an airfield overnight, the navy said.",
     "attack", "Crimea"),
    # two places in the headline set no one place
    ("Fighting near Bakhmut and Avdiivka", "Russian forces lost four T-72 tanks on Tuesday, the army said.", "loss", None),
])
def test_merge_a_lead_event_with_no_place_happens_where_the_headline_sets_the_story(pipeline, title, body, etype, expected):
    event = next(e for e in _extract_titled(pipeline, title, body)["events"] if e["type"] == etype)
    assert (event["destination"] or {}).get("name") == expected


def test_merge_a_later_event_takes_no_place_from_the_headline(pipeline):
    body = ("Russian forces lost four T-72 tanks on Tuesday, the army said. Analysts said losses were mounting. "
            "Officials added that fighting was heavy. Separately, Ukraine lost two Leopard 2 tanks last week.")
    events = _extract_titled(pipeline, "Heavy fighting near Bakhmut", body)["events"]
    assert [(e["destination"] or {}).get("name") for e in events if e["type"] == "loss"][-1] is None
