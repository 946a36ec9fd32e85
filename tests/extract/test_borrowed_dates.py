"""Dates an undated event borrows from another sentence (extract/borrowed_dates.py): the headline's
lead, the paragraph after the lead, a loss an attack caused."""
import pytest

from materiel.models import Document

PUBLISHED = "2024-08-23"  # a Friday


def dates_of(pipeline, title, body):
    text = f"{title}\n\n{body}" if title else body
    record = pipeline(Document.create(text, title=title, published=PUBLISHED, language="en")).to_dict()
    return [(e["type"], (e["date"] or {}).get("value")) for e in record["events"]]


def test_borrowed_dates_a_headline_event_takes_its_leads_date(pipeline):
    # the headline's attack joins the ministry's undated one; the lead, with no event of its own, dates it
    title = "Ukraine's drone raid hit bombers at three Russian bases, SBU says"
    body = ("Small drones flown from trucks parked near three Russian air bases struck long-range bombers on Sunday, "
            "in an operation the SBU said had taken a year to plan.\nRussia's defence ministry acknowledged drone "
            "attacks on airfields in three regions and said several aircraft had caught fire in the Saratov and "
            "Amur regions.")
    assert dates_of(pipeline, title, body) == [("attack", "2024-08-18")]


def test_borrowed_dates_a_lead_lends_no_date_of_a_later_time_clause(pipeline):
    title = "Romania completes Patriot handover to Ukraine"
    body = ("Romania has finished handing a Patriot system over to Ukraine, its ministry said on Thursday, four "
            "months after its council agreed in June to donate it.")
    assert dates_of(pipeline, title, body) == [("transfer", None)]


@pytest.mark.parametrize("title,expected", [
    # the paragraph after a headline's lead goes on with the lead's happening
    ("Flights point to an arms pipeline to eastern Libya", [("transfer", "2020")]),
    # with no headline there is no lead: a new paragraph borrows nothing
    (None, [("transfer", None)]),
])
def test_borrowed_dates_the_paragraph_after_the_lead(pipeline, title, expected):
    body = ("Cargo flights from Abu Dhabi to Benina have numbered more than 60 since 2020, a French newspaper "
            "reported on Monday.\nThe aircraft are believed to have carried Pantsir-S1 systems to Benghazi.")
    assert dates_of(pipeline, title, body) == expected


def test_borrowed_dates_a_loss_after_the_lead_is_its_attacks_damage(pipeline):
    body = ("Militants overran an army camp near Menaka late on Monday, local officials said.\n"
            "The group claimed it had seized three Bastion armoured vehicles.")
    assert ("loss", "2024-08-19") in dates_of(pipeline, "Militants overrun army camp in Mali", body)


LOSS = "Ukraine said on Wednesday that its drones had sunk a Russian Ropucha-class landing ship off Crimea.\n"


@pytest.mark.parametrize("attack,expected", [
    # an attack on the lost item, told right after the loss, caused it
    ("A special unit attacked the Ropucha-class ship with Magura V5 drones before dawn.", "2024-08-21"),
    # not an attack on another item, nor a campaign in the perfect
    ("Ukrainian forces struck a Russian S-400 battery near Sevastopol with ATACMS missiles.", None),
    ("Ukrainian drones have attacked Ropucha-class ships for months.", None),
])
def test_borrowed_dates_an_attack_on_the_lost_item_takes_the_loss_date(pipeline, attack, expected):
    dates = dates_of(pipeline, "Ukraine sinks Russian landing ship", LOSS + attack)
    assert [d for t, d in dates if t == "attack"] == [expected]


FLIGHTS = "Il-76 flights from Abu Dhabi to Benina have numbered dozens since June, a French newspaper reported.\n"


@pytest.mark.parametrize("body,expected", [
    # "then" tells the next step of the happening before, across a paragraph break too
    (FLIGHTS + "Crates unloaded there, including Kornet missiles, were then trucked to Kufra.", "2024-06"),
    # "since then" is a time after it, no step of it
    (FLIGHTS + "Since then, crates including Kornet missiles have been trucked to Kufra.", None),
])
def test_borrowed_dates_a_next_step_goes_on_from_the_sentence_before(pipeline, body, expected):
    assert dates_of(pipeline, None, body) == [("transfer", expected)]


PULLOUT = "Russia started pulling hardware and personnel out of Kherson in November, after Ukraine cut its supply lines. "


@pytest.mark.parametrize("second,expected", [
    # naming neither who moved nor what, it retells the withdrawal before
    ("Most of what left, officials said, has gone to Crimea.", "2023-11"),
    # a withdrawal by someone named is a happening of its own
    ("Belarusian troops, officials said, have withdrawn to Gomel.", None),
])
def test_borrowed_dates_a_bare_retelling_takes_the_date_of_the_event_before(pipeline, second, expected):
    assert dates_of(pipeline, None, PULLOUT + second) == [("withdrawal", "2023-11"), ("withdrawal", expected)]
