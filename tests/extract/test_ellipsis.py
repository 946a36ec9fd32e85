"""Counts that point back to an item, and parties whose verb is left out (extract/ellipsis.py)."""
import pytest


def items(event):
    return [(i["name"], i["quantity"], i["qualifier"]) for i in event["equipment"]]


@pytest.mark.parametrize("text,expected", [
    ("France sent Ukraine 18 Caesar howitzers last year, and plans to send up to 12 more.",
     [("Caesar", 12, "at most")]),
    ("Seoul delivered 24 K9 howitzers to Warsaw in May and will ship 30 more in the autumn.",
     [("K9 Thunder", 30, "exact")]),
])
def test_n_more_counts_the_last_item_named(extract, text, expected):
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [items(o) for o in orders] == [expected]


def test_a_conjoined_future_verb_shares_subject_and_recipient(extract):
    text = "France sent Ukraine 18 Caesar howitzers last year, and plans to send up to 12 more."
    (order,) = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert order["actor"]["name"] == "France" and order["recipient"]["name"] == "Ukraine"


@pytest.mark.parametrize("text,expected", [
    ("Denmark pledged 19 F-16 jets in August. Belgium has committed up to 30 of the jets.",
     ("F-16 Fighting Falcon", 30, "at most")),
    ("Taiwan received 11 M142 HIMARS launchers in November and has 18 more of the launchers on order.",
     ("M142 HIMARS", 18, "exact")),
])
def test_n_of_the_class_noun_counts_the_last_item_of_that_class(extract, text, expected):
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert expected in items(orders[-1])


def test_a_count_naming_its_own_item_is_not_a_reference(extract):
    text = "Russia delivered two Su-30SME jets to Myanmar, and ordered six more Yak-130 trainers."
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [i[0] for o in orders for i in items(o)] == ["Yak-130"]


def test_a_count_with_no_item_before_it_names_nothing(extract):
    assert extract("Officials said 40 more would come, without naming the type.")["events"] == []


@pytest.mark.parametrize("text,second", [
    ("The Netherlands has committed up to 24 F-16 jets, and Norway six.", ("Norway", 6)),
    ("Spain will send six Leopard 2A4 tanks, and Portugal three, officials said.", ("Portugal", 3)),
])
def test_a_gapped_party_repeats_the_event(extract, text, second):
    events = extract(text)["events"]
    assert len(events) == 2
    assert (events[1]["actor"]["name"], events[1]["equipment"][0]["quantity"]) == second
    assert events[1]["type"] == events[0]["type"]


def test_a_party_with_a_verb_of_its_own_is_no_gap(extract):
    events = extract("Spain will send six Leopard 2A4 tanks, and Portugal sent three M113 carriers.")["events"]
    assert [e["actor"]["name"] for e in events] == ["Spain", "Portugal"]


@pytest.mark.parametrize("text,item", [
    ("The contract adds to the 36 Rafale jets India ordered in 2016, the last of which were delivered in 2022.",
     "Rafale"),
    ("Egypt bought 24 K9 howitzers in 2022, all of them delivered by sea within a year.", "K9 Thunder"),
])
def test_which_and_them_as_subject_move_the_item_named_before(extract, text, item):
    transfers = [e for e in extract(text)["events"] if e["type"] == "transfer"]
    assert transfers and [i["name"] for i in transfers[0]["equipment"]] == [item]


def test_n_of_the_modified_class_noun(extract):
    text = "Myanmar received two Su-30SME jets last year. Naypyitaw ordered six of the twin-engine jets in 2018."
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [(i["name"], i["quantity"]) for i in orders[0]["equipment"]] == [("Su-30SME", 6)]


def test_which_as_the_subject_of_a_relative_is_not_the_items(extract):
    text = ("Turkey has shipped BMC Kirpi vehicles to forces loyal to the GNA, which unloaded them at "
            "Tripoli's port on Saturday.")
    assert kinds_with_items(extract(text)) == ["transfer"]


def kinds_with_items(record):
    return [e["type"] for e in record["events"] if e["equipment"]]


@pytest.mark.parametrize("text,item", [
    ("Washington quietly shipped ATACMS missiles to Kyiv, and Ukrainian forces fired them at an airfield last week.",
     "MGM-140 ATACMS"),
    ("Iran sent Shahed-136 drones to Russia in 2022. Russian units launched them at Kyiv in October.", "Shahed-136"),
])
def test_an_attack_on_them_fires_the_items_named_before(extract, text, item):
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert attacks and all(item in [i["name"] for i in e["equipment"]] for e in attacks), attacks


def test_what_an_attack_hits_is_not_what_it_fires(extract):
    text = "Rebels captured two T-72 tanks near Goma on Monday. Army units attacked them the next day."
    attacks = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert all("T-72" not in [i["name"] for i in e["equipment"]] for e in attacks)


def test_n_more_after_people_counts_people_not_items(extract):
    text = ("Egypt sent two C-130 aircraft to Somalia. Ethiopia has roughly 3,000 soldiers in Somalia under the AU "
            "mission and several thousand more under bilateral arrangements.")
    events = extract(text)["events"]
    assert all(e["equipment"] == [] for e in events if e["type"] == "deployment")


def test_n_more_after_an_item_named_after_people_counts_the_item(extract):
    text = "Poland sent 200 soldiers and 24 K2 tanks to Lithuania, and will send 12 more next year."
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [[i["name"] for i in o["equipment"]] for o in orders] == [["K2 Black Panther"]]


def test_a_unit_count_never_points_back_to_the_carrier(extract):
    text = ("India delivered the first BrahMos missile systems to the Philippines, when two C-17 transport aircraft "
            "landed at Clark Air Base carrying launchers. Manila signed a contract in 2022 for three batteries.")
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [[i["name"] for i in o["equipment"]] for o in orders] == [["BrahMos"]]


def test_n_more_points_back_to_aircraft_handed_over(extract):
    text = "Nigeria received two C-130 aircraft in May. It signed a deal for three more."
    orders = [e for e in extract(text)["events"] if e["type"] == "order"]
    assert [[i["name"] for i in o["equipment"]] for o in orders] == [["C-130 Hercules"]]


def test_a_part_of_the_flights_moves_no_carrier(extract):
    text = ("Data shows more than 90 cargo flights by Il-76 aircraft between the UAE and Ethiopia, many of them "
            "landing at Harar Meda air base.")
    assert all(e["equipment"] == [] for e in extract(text)["events"])


def test_a_part_of_the_jets_moves_the_jets(extract):
    text = "Ukraine received 36 Rafale jets in 2016, the last of which were delivered in 2022."
    assert all([i["name"] for i in e["equipment"]] == ["Rafale"] for e in extract(text)["events"])


@pytest.mark.parametrize("text", [
    "Egypt ordered 30 Rafale jets in 2021. Three of them were delivered in 2024.",
    "Egypt ordered 30 Rafale jets in 2021. The first three were delivered in 2024.",
])
def test_a_part_opening_a_sentence_counts_the_item_named_before(extract, text):
    moved = [items(e) for e in extract(text)["events"] if e["type"] == "transfer"]
    assert moved == [[("Rafale", 3, "exact")]]


def test_a_part_inside_a_sentence_counts_the_noun_nearer_by(extract):
    text = ("Israel flew F-35I jets over Iran. About 180 ballistic missiles were launched at Israel, several of "
            "them landing inside the Nevatim air base.")
    names = [i["name"] for e in extract(text)["events"] if e["type"] == "attack" for i in e["equipment"]
             if "missiles were" in " ".join(ev["text"] for ev in e["evidence"])]
    assert "F-35I Adir" not in names
