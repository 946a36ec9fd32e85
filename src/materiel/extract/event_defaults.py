"""Roles an event leaves empty that the rest of the document fills (merge step 6).

A transfer or order naming no recipient goes to the one recipient the document gives its items
elsewhere; a transfer to a state goes to its country; a loss naming no place happened where the
attack told just before did; equipment arriving in a country goes to that
state; an attack, loss or deployment of the lead naming no place happens where the headline sets
the story ("Heavy fighting near Bakhmut"); a state's movement "home" ends in its country; a party denying the event elsewhere makes it denied; a
loss naming no owner is of who received or used the same item earlier; a transfer or order naming
no supplier is of the one supplier the document gives the same items, else of the state it left.
(Dates are borrowed in event_dates.py.)
"""
from __future__ import annotations

from bisect import bisect_right

from materiel.extract.certainty import Denial, party_confirms
from materiel.extract.doc import ArticleDoc
from materiel.extract.mentions import place_attrs
from materiel.models import Event, Ref


def recipient_of_items(events: list[Event]) -> None:
    """'Ukraine received its first F-16s ... Denmark pledged 19 F-16s': a transfer or order naming no
    recipient goes to the one recipient the document gives those items elsewhere, if it gives one."""
    known: dict[str, set[str]] = {}
    refs: dict[str, Ref] = {}
    for event in events:
        if event.type in ("transfer", "order") and event.recipient is not None:
            for item in event.equipment:
                known.setdefault(item.id or item.name or "", set()).add(event.recipient.id or event.recipient.name)
                refs[event.recipient.id or event.recipient.name] = event.recipient
    for event in events:
        if event.type not in ("transfer", "order") or event.recipient is not None or not event.equipment:
            continue
        found = set().union(*(known.get(i.id or i.name or "", set()) for i in event.equipment))
        if len(found) == 1 and (event.actor is None or event.actor.id not in found):
            event.recipient = refs[found.pop()]


def default_recipient(doc: ArticleDoc, event: Event) -> None:
    """Equipment arriving in a country of its own accord (a sighting, an unloading) goes to that
    country's state, unless the actor is that state moving its own equipment, or the place is a base
    another state runs there ("will move F-22s to Japan's Kadena Air Base": the US base, no buyer)."""
    if event.type != "transfer" or event.recipient is not None or event.destination is None:
        return
    country = (event.destination.attrs or {}).get("country")
    base = doc.catalog.get("place", event.destination.id) if event.destination.id else None
    if base is not None and base.get("operator") not in (None, country):
        return
    state = doc.catalog.get("actor", country)
    if state is not None and (event.actor is None or event.actor.id != state.id):
        event.recipient = Ref(state.id, state.name)
        if event.certainty == "reported" and party_confirms(doc, event):
            event.certainty = "confirmed"  # "the Polish army said the first K2 tanks had arrived in Gdynia"


def default_destination(doc: ArticleDoc, event: Event) -> None:
    """A transfer to a state with no place named goes to the state's country; a loss with no place
    happened where the attack told just before did (`where_attacked`); a state's movement 'home'
    ends in its country (`home_of`)."""
    if event.type == "loss" and event.destination is None:
        event.destination = where_attacked(doc, event)
        return
    if event.type in HOMEWARD and event.destination is None:
        event.destination = home_of(doc, event)
    if event.type != "transfer" or event.destination is not None or event.recipient is None:
        return
    place = doc.catalog.get("place", event.recipient.id)
    if place is not None and place.get("kind") == "country":
        event.destination = Ref(place.id, place.name, place_attrs(place))


HOMEWARD = ("withdrawal", "transfer", "deployment")
HOME = frozenset(("home", "homeland"))
# Words that may follow 'home' used as a place reached ("flew them home from Chad", "sailed home."),
# unlike 'home' before a noun it qualifies ("its home port", "a home defeat").
AFTER_HOME = frozenset(". , ; : from after on in by via aboard and to early last this when".split())


def home_of(doc: ArticleDoc, event: Event) -> Ref | None:
    """'France flew its Mirage jets home from Chad', 'the troops were sent back home': a movement by
    a state whose sentence sends it 'home' ends in that state's country; not "its home port", nor
    a movement by a force that is no state (whose home the text does not name)."""
    if event.actor is None or not event.evidence:
        return None
    country = doc.catalog.get("place", event.actor.id)
    if country is None or country.get("kind") != "country":
        return None
    keys = doc.tokens.key
    lo, hi = doc.sentences[_sentence_at(doc, event.evidence[0].start)]
    for k in doc.positions(HOME, lo, hi):
        if k + 1 < hi and keys[k + 1] in AFTER_HOME or k + 1 == hi:
            return Ref(country.id, country.name, place_attrs(country))
    return None


ATTACK_REACH = 3  # sentences after an attack in which a loss with no place of its own is of it
# Words by which a loss counts more than one attack's ("during the war", "since 2022", "nationwide").
TALLY_WORDS = frozenset("during since total overall altogether tally documented nationwide countrywide".split())


def where_attacked(doc: ArticleDoc, event: Event) -> Ref | None:
    """'Fighters stormed an army base at Wajiroko ... the group claimed it had seized two Cobra
    vehicles', 'missile boats struck warships in the port of Latakia ... several Osa-class boats were
    among the vessels sunk': a loss naming no place, told in the three sentences after an attack that
    names one, by another party than the attacker and not dated otherwise, happened there; not a tally
    ("Oryx has documented 180 tanks destroyed during the war")."""
    if not event.evidence:
        return None
    at = _sentence_at(doc, event.evidence[0].start)
    if doc.positions(TALLY_WORDS, *doc.sentences[at]):
        return None  # "has documented 180 tanks destroyed during the war", "Nationwide, ...": a tally
    for other in reversed(doc.events):
        if other.type != "attack" or other.destination is None or not other.evidence:
            continue
        told = _sentence_at(doc, other.evidence[0].start)
        if not at - ATTACK_REACH <= told < at:
            continue
        if event.actor is not None and other.actor is not None and event.actor.id == other.actor.id:
            return None  # the attacker's own loss: not said to be there
        if event.date is not None and other.date is not None and not event.date.value.startswith(other.date.value) \
                and not other.date.value.startswith(event.date.value):
            return None  # "has lost 3,000 tanks since 2022": another time
        return other.destination
    return None


def _sentence_at(doc: ArticleDoc, char: int) -> int:
    """The sentence holding the character offset `char`."""
    return doc.sentence_of(max(0, bisect_right(doc.tokens.start, char) - 1))


def document_certainty(event: Event, denying: list[Denial]) -> None:
    """The document-level certainty rule (certainty.py): a party to the event denies it elsewhere."""
    for denial in denying:
        if denial.covers(event):
            event.certainty = "denied"
            if all(a.id != denial.denier.id for a in event.attributed_to):
                event.attributed_to.append(denial.denier)


def owner_from_document(events: list[Event], event: Event) -> Ref | None:
    """Whose a lost item was (or who used the weapon of an attack naming no attacker) when its
    sentence names no owner: who received the same item in an
    earlier event of the document, or used it in an attack or deployment ("Sudan's army received
    Mohajer-6 drones ... the RSF shot down a Mohajer-6")."""
    ids = {i.id or i.name for i in event.equipment}
    at = next((n for n, e in enumerate(events) if e is event), len(events))
    for other in reversed(events[:at]):
        if ids.isdisjoint(i.id or i.name for i in other.equipment):
            continue
        if other.type == "transfer" and other.recipient is not None:
            return other.recipient
        if other.type in ("attack", "deployment") and other.actor is not None:
            return other.actor
    return None


def keeper_of_base(events: list[Event], event: Event) -> Ref | None:
    """Who ran a base handed over or closed with no giver named ("German soldiers had been stationed
    at Niamey airport ... The facility was handed over to the Nigerien armed forces"): the one
    party the document has deployed at that place, or withdrawing from it."""
    if event.type != "base_change" or event.change not in ("handed_over", "closed") or event.destination is None:
        return None
    place = event.destination.id or event.destination.name
    found = {(e.actor.id or e.actor.name): e.actor for e in events if e.actor is not None
             and (e.type == "deployment" and e.destination is not None and (e.destination.id or e.destination.name) == place
                  or e.type == "withdrawal" and e.origin is not None and (e.origin.id or e.origin.name) == place)}
    return next(iter(found.values())) if len(found) == 1 else None


def supplier_from_document(events: list[Event], event: Event) -> Ref | None:
    """Who supplies a transfer or order naming no supplier ("Taiwan has 18 more of the launchers on
    order"): the one supplier the document gives the same items in another transfer or order, to
    the same recipient when both name one."""
    if event.type not in ("transfer", "order") or event.actor is not None or not event.equipment:
        return None
    ids = {i.id or i.name for i in event.equipment}
    found: dict[str, Ref] = {}
    for other in events:
        if other is event or other.type not in ("transfer", "order") or other.actor is None:
            continue
        if ids.isdisjoint(i.id or i.name for i in other.equipment):
            continue
        if event.recipient is not None and other.recipient is not None and \
                (event.recipient.id or event.recipient.name) != (other.recipient.id or other.recipient.name):
            continue
        buyer = event.recipient.id or event.recipient.name if event.recipient is not None else None
        if buyer is not None and (other.actor.id or other.actor.name) == buyer:
            continue
        found[other.actor.id or other.actor.name or ""] = other.actor
    if not found:
        return _only_supplier(events, event)
    return next(iter(found.values())) if len(found) == 1 else None


def _only_supplier(events: list[Event], event: Event) -> Ref | None:
    """'The Abrams follow the arrival of the first 11 HIMARS' in a report on US deliveries to
    Taiwan: with no other event of the same items, the one supplier of every transfer and order of
    the document to the same recipient (or none named)."""
    buyer = _key(event.recipient)
    found = {_key(o.actor): o.actor for o in events if o is not event and o.type in ("transfer", "order")
             and o.actor is not None and (buyer is None or _key(o.recipient) in (None, buyer))}
    found.pop(buyer, None)
    return next(iter(found.values())) if len(found) == 1 else None


def _key(ref: Ref | None) -> str | None:
    return (ref.id or ref.name) if ref is not None else None


def supplier_from_origin(doc: ArticleDoc, event: Event) -> Ref | None:
    """'the shipment of Shahed drones from Iran to Russia', 'arrived from the United States': a
    transfer whose supplier the document never names comes from the state it left, when that
    place is a country or a capital and not the recipient's."""
    if event.type != "transfer" or event.actor is not None or event.origin is None:
        return None
    state = (event.origin.attrs or {}).get("stands_for")
    entry = doc.catalog.get("actor", state) if state else None
    if entry is None or event.recipient is not None and event.recipient.id == entry.id:
        return None
    return Ref(entry.id, entry.name)


# Prepositions by which a headline says where its story happens ("Explosions rock air base in Crimea").
SETTING_PREPS = ("in", "near", "over", "at", "off")
LEAD_TYPES = ("attack", "loss", "deployment")


def headline_setting(doc: ArticleDoc) -> tuple[Ref, int] | None:
    """The one place a headline sets its story in ("Explosions rock Russian air base in Crimea",
    "Heavy fighting near Bakhmut"), and the character offset where the lead ends (its first two
    body sentences); None when the headline names none or several."""
    from materiel.extract.facilities import located_place
    from materiel.extract.roles import governing_prep

    if not doc.document.title or len(doc.sentences) < 2:
        return None
    lo = doc.sentences[0][0]
    places = [a for a in doc.in_sentence(0, ("place",)) if a.via != "dateline"]
    keys = doc.tokens.key
    if any(keys[a.j:a.j + 1] in (["and"], [","], ["or"]) and doc.starting(a.j + 1, ("place",)) for a in places):
        return None  # several places joined ("Fighting near Bakhmut and Avdiivka")
    refs = {}
    for ann in places:
        ref = located_place(doc, ann) if governing_prep(doc, ann, lo) in SETTING_PREPS else None
        if ref is not None:
            refs[ref.id or ref.name] = ref
    if len(refs) != 1:
        return None
    ref = next(iter(refs.values()))
    last = doc.sentences[min(2, len(doc.sentences) - 1)]
    return ref, doc.tokens.end[last[1] - 1]


def place_from_headline(event: Event, setting: tuple[Ref, int] | None) -> None:
    """An attack, loss or deployment of the lead that names no place happens where the headline
    sets the story ("Heavy fighting near Bakhmut" ... "Russian forces lost four T-72 tanks")."""
    if setting is None or event.type not in LEAD_TYPES or event.destination is not None or not event.evidence:
        return
    place, lead_end = setting
    if event.evidence[0].start < lead_end:
        event.destination = place

