"""Roles an event leaves empty that the rest of the document fills (merge step 6).

A transfer or order naming no recipient goes to the one recipient the document gives its items
elsewhere; a transfer to a state goes to its country; equipment arriving in a country goes to that
state; a party denying the event elsewhere makes it denied. (Dates are borrowed in event_dates.py,
a loss's owner in roles.py.)
"""
from __future__ import annotations

from materiel.extract.certainty import Denial
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
    country's state, unless the actor is that state moving its own equipment."""
    if event.type != "transfer" or event.recipient is not None or event.destination is None:
        return
    country = (event.destination.attrs or {}).get("country")
    state = doc.catalog.get("actor", country)
    if state is not None and (event.actor is None or event.actor.id != state.id):
        event.recipient = Ref(state.id, state.name)


def default_destination(doc: ArticleDoc, event: Event) -> None:
    if event.type != "transfer" or event.destination is not None or event.recipient is None:
        return
    place = doc.catalog.get("place", event.recipient.id)
    if place is not None and place.get("kind") == "country":
        event.destination = Ref(place.id, place.name, place_attrs(place))


def document_certainty(event: Event, denying: list[Denial]) -> None:
    """The document-level certainty rule (certainty.py): a party to the event denies it elsewhere."""
    for denial in denying:
        if denial.covers(event):
            event.certainty = "denied"
            if all(a.id != denial.denier.id for a in event.attributed_to):
                event.attributed_to.append(denial.denier)
