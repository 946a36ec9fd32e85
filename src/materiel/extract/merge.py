"""Component: document-level merging, in this order.

1. Halves: an event with roles and no items next to one of the same type with items and no roles
   ("Russia's latest deliveries to Bamako. Lorries haul T-72B3 tanks.") are one, and so are a
   withdrawal or deployment and the items seen moving in the next sentence; a thin event of
   one sentence lends its roles to the full one of the same type there ("approved the sale of").
2. Continuations: a sentence with no event of its own that lists more items after a cue ("Also
   seen were ...", "Among the vehicles were ..."), a back-reference ("the column"), or right after
   a sentence already added, adds them to the shipment it continues.
   Route legs: a sentence whose subject refers back to what a movement just told moved ("The
   containers were loaded at Rajin") gives it its origin and is no event of its own (routes.py);
   items of a movement seen later at a place inside its destination narrow it (place_roles.py).
3. References: a sentence about "the delivery" completes that event (origin, date, a hedge, its
   claimants);
   "some of the equipment reached Libya" is a movement of its own, by the same actor. Events
   with too little substance alone (thin) are then dropped.
4. Headline: a headline event joins the body event it agrees with that shares most of its items
   (roles may be looser in a headline: same type and actor suffice), or goes if it has no item.
   Definite mentions: "the strike" with no item of its own is the event of its type just told.
5. Duplicates: events of one type whose roles and dates agree and whose items overlap are one; a
   denied event naming no item joins the movement it denies, told elsewhere by the same parties.
   An event left with no item, no party, no place and no target says nothing and goes.
   A family name and its variant in one event ("Abrams tanks", "M1A1 Abrams") are one item; before
   all, a family name stands for the one variant of it the document names (families.py).
6. Defaults: an undated event borrows a date from a neighbouring sentence (event_dates.py); a
   transfer or order naming no recipient goes to the one recipient the document gives its items
   elsewhere; a transfer to a state goes to its country; equipment arriving in a country goes to
   that state; an attack, loss or deployment of the lead with no place is where the headline sets
   the story ("Heavy fighting near Bakhmut"); a loss with no owner named is of who received or used the same item earlier; a
   transfer or order naming no supplier is of the one supplier the document gives the same items,
   else of the state it left; a party denying the event elsewhere makes it denied.
"""
from __future__ import annotations

from materiel.extract.certainty import denials
from materiel.extract.claimants import loser_abroad
from materiel.extract.continuations import (
    add_continuations,
    back_references,
    items_referred_to,
)
from materiel.extract.doc import ArticleDoc
from materiel.extract.borrowed_dates import borrow_dates
from materiel.extract.event_defaults import (
    default_destination,
    default_recipient,
    document_certainty,
    headline_setting,
    keeper_of_base,
    owner_from_document,
    place_from_headline,
    recipient_of_items,
    supplier_from_document,
    supplier_from_origin,
)
from materiel.extract.event_identity import absorb, has_roles, same_event, same_ref
from materiel.extract.families import drop_family_names, name_variants
from materiel.extract.registry import component
from materiel.extract.place_roles import narrow_from_sightings
from materiel.extract.restatements import join_definite, join_halves, join_headline
from materiel.extract.routes import join_route_legs
from materiel.models import Event


@component("merge", assigns=("events.merged",), requires=("events", "events.attributed_to", "events.certainty"))
def merge(doc: ArticleDoc) -> ArticleDoc:
    """Extend, deduplicate and complete the document's events."""
    name_variants(doc)
    join_halves(doc)
    add_continuations(doc)
    join_route_legs(doc)
    narrow_from_sightings(doc)
    back_references(doc)
    items_referred_to(doc)
    join_headline(doc)
    join_definite(doc)
    events = _deduplicated(doc.events)
    events = [e for e in _denied_claims(events) if e.equipment or has_roles(e) or e.target is not None]
    for event in events:
        drop_family_names(doc, event)
    denying = denials(doc)
    borrow_dates(doc)
    recipient_of_items(events)
    setting = headline_setting(doc)
    for event in events:
        place_from_headline(event, setting)
        default_destination(doc, event)
        default_recipient(doc, event)
        if event.type in ("loss", "attack") and event.actor is None:
            event.actor = owner_from_document(events, event) or loser_abroad(doc, event)  # an attack by items is by who has them
        if event.actor is None:
            event.actor = supplier_from_document(events, event) or supplier_from_origin(doc, event) \
                or keeper_of_base(events, event)
        document_certainty(event, denying)
    doc.events = events
    doc.event_sentences = []  # positions no longer line up once events are merged
    return doc


def _deduplicated(told: list[Event]) -> list[Event]:
    """Each event joins the first kept one it duplicates (`same_event`), else is kept; only events
    of its own type are tried, as no other can be the same."""
    events: list[Event] = []
    of_type: dict[str, list[Event]] = {}
    for event in told:
        peers = of_type.setdefault(event.type, [])
        same = next((e for e in peers if same_event(e, event)), None)
        if same is None:
            events.append(event)
            peers.append(event)
        else:
            absorb(same, event)
    return events


def _denied_claims(events: list[Event]) -> list[Event]:
    """'Iran rejected accusations that it has armed Russia': a denied event naming no item is the
    claim it denies when the document tells that movement elsewhere, by the same actor to the same
    recipient; it joins it (and makes it denied) instead of standing as a second event."""
    out = []
    for event in events:
        claim = None
        if event.certainty == "denied" and not event.equipment and event.actor is not None:
            claim = next((e for e in events if e is not event and e.type == event.type and e.equipment
                          and same_ref(e.actor, event.actor) and e.actor is not None
                          and same_ref(e.recipient, event.recipient)), None)
        if claim is None:
            out.append(event)
            continue
        claim.certainty = "denied"
        claim.attributed_to.extend(r for r in event.attributed_to if r not in claim.attributed_to)
        claim.evidence.extend(e for e in event.evidence if e not in claim.evidence)
        claim.evidence.sort(key=lambda e: e.start)
    return out
