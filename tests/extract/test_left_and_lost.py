"""Losses of materiel, not of people; items left somewhere are abandoned there."""
import pytest


def losses(extract, text):
    return [e for e in extract(text)["events"] if e["type"] == "loss"]


@pytest.mark.parametrize("text", [
    # people lost are no materiel lost
    "SADC troops remain at their bases around Goma after losing more than a dozen men in the fighting.",
    "French forces lost 13 soldiers near Menaka last week, officials said.",
    "Ukrainian marines lost dozens of fighters near Krynky.",
])
def test_people_lost_are_no_loss_event(extract, text):
    assert losses(extract, text) == []


def test_materiel_lost_stays(extract):
    assert losses(extract, "Russian forces lost dozens of tanks near Avdiivka.")


@pytest.mark.parametrize("text,owner,place", [
    # items left somewhere in the passive were abandoned there; their owner is who the 'of' names
    ("Footage shows M23 fighters walking past two Su-25 jets of the Congolese air force that had been left on "
     "the apron at Goma airport.", "Democratic Republic of the Congo", "Goma"),
    ("Three BMP-2 vehicles of the Malian army were left near Tinzaouaten after the ambush.", "Mali", "Tinzaouaten"),
])
def test_items_left_somewhere_are_abandoned(extract, text, owner, place):
    (loss,) = losses(extract, text)
    assert (loss["actor"] or {}).get("name") == owner
    assert (loss["destination"] or {}).get("name", "").startswith(place[:4])


@pytest.mark.parametrize("text", [
    # what is kept in service or stock is no loss
    "Only 20 Leopard 2A4 tanks were left in service with the Greek army.",
    "About 300 T-62 tanks were left in storage at Arsenyev.",
])
def test_items_left_in_service_are_no_loss(extract, text):
    assert losses(extract, text) == []


@pytest.mark.parametrize("text,items", [
    # counted items struck, in the passive, are lost; the list after "among them" names them
    ("According to the SBU, 41 aircraft were hit, among them Tu-95MS and Tu-22M3 bombers, at Olenya.",
     ["Tu-95MS", "Tu-22M3"]),
    ("Israel's army said 12 launchers were hit overnight in southern Lebanon.", []),
    ("Two vehicles were struck near Kidal, among them a BRDM-2, the army said.", ["BRDM-2"]),
])
def test_counted_items_struck_are_lost(extract, text, items):
    (loss,) = losses(extract, text)
    assert sorted(i["name"] for i in loss["equipment"]) == sorted(items)


def test_people_struck_are_no_loss(extract):
    assert losses(extract, "Dozens of civilians were hit by shrapnel in Kharkiv.") == []


@pytest.mark.parametrize("text,owner", [
    # items after 'their' are the people's named before; a vehicle that hit a mine is lost, not attacking
    ("Four US soldiers died when their M88A2 Hercules recovery vehicle sank in a bog near Pabrade.", "United States"),
    ("Three French soldiers were killed when their VAB armoured vehicle hit a mine near Gao.", "France"),
    ("Two Ukrainian pilots ejected before their Su-27 jet crashed near Vinnytsia.", "Ukraine"),
])
def test_their_items_are_the_peoples(extract, text, owner):
    events = extract(text)["events"]
    assert [e["type"] for e in events] == ["loss"]
    assert events[0]["actor"]["name"] == owner


def test_a_strike_on_a_mine_clearing_vehicle_is_still_an_attack(extract):
    text = "Russian forces struck a Ukrainian BREM-1 recovery vehicle near Robotyne with a Lancet drone."
    assert "attack" in [e["type"] for e in extract(text)["events"]]
