"""Sentences that go on about an event told before (merge steps 2 and 3).

Continuations: a sentence with no event of its own that lists more items after a cue ("Also seen
were ...", "Among the vehicles were ..."), a back-reference ("the column"), or right after a
sentence already added, adds them to the shipment it continues.
References: a sentence about "the delivery" completes that event (origin, date, a hedge, its
claimants); "some of the equipment reached Libya" is a movement of its own, by the same actor.
Events with too little substance alone (thin) are then dropped. A sentence whose subject is "the
drones" speaks of the items of the event that last named drones.
"""
from __future__ import annotations

from materiel.extract.antecedents import (
    definite_subject,
    latest_item_less,
    latest_naming,
    latest_with_items,
)
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.event_identity import absorb, complete, has_roles
from materiel.extract.items import items_with_quantities
from materiel.extract.lexicon import HYPOTHETICAL
from materiel.models import Event, Evidence, Item

CONTINUATION = frozenset("also included include includes including among additionally addition plus alongside other".split())
BACK_REFERENCES = frozenset("""materiel weapons arms footage video column convoy shipment shipments delivery deliveries
equipment vehicles consignment cargo package batch hardware systems aircraft""".split())
# Back-references that name the moving group itself, not what shows or makes it up.
CARRIERS = frozenset("column convoy shipment consignment cargo batch".split())
PARTITIVES = frozenset((("some", "of"), ("part", "of"), ("most", "of"), ("much", "of"), ("rest", "of")))


def add_continuations(doc: ArticleDoc) -> None:
    """Item lists in event-less sentences join the shipment they continue: after a cue ("also",
    "among"), a back-reference ("the column"), or right after a sentence already added to it."""
    with_events = {s for e, s in zip(doc.events, doc.event_sentences) if id(e) not in doc.thin_events}
    keys = doc.tokens.key
    last_added: tuple[Event, int] | None = None
    for s, (lo, hi) in enumerate(doc.sentences):
        if s in with_events:
            continue
        equipment = doc.in_sentence(s, ("equipment",))
        if not equipment:
            continue
        words = keys[lo:hi]
        if any(k in HYPOTHETICAL for k in words):
            continue  # "The navy is also considering three more Scorpene submarines": no items moved
        nouns = {k for k in words if k in BACK_REFERENCES}
        cue = any(k in CONTINUATION for k in words) or bool(nouns) or "well" in words
        run = last_added is not None and last_added[1] == s - 1 and len(equipment) >= 2
        if not (cue or run):
            continue
        classes = {head_noun(words[n + 1]) for n in range(len(words) - 1) if words[n] == "the"} - {None}
        named = latest_naming(doc, s, classes) if cue else None  # "Among the tanks, ...", "the aircraft was a ..."
        named = named or (latest_item_less(doc, s) if nouns & CARRIERS else None)  # "left Karabakh. The convoy included"
        target = last_added[0] if run and not cue else named or latest_with_items(doc, s, nouns)
        if target is None:
            continue
        items = items_with_quantities(doc, equipment, doc.in_sentence(s, ("quantity",)))
        known = {i.id or i.name for i in target.equipment}
        target.equipment.extend(i for i in items if (i.id or i.name) not in known)
        start, end = doc.char_span(lo, hi)
        evidence = Evidence(start, end, doc.text[start:end])
        if evidence not in target.evidence:
            target.evidence.append(evidence)
        last_added = (target, s)


def back_references(doc: ArticleDoc) -> None:
    """An event whose sentence refers back ("the equipment", "the convoy") takes the actor of the
    latest earlier event with items; a role-less item list after a cue ("Also seen were ...")
    joins that event."""
    keys = doc.tokens.key
    keep_events, keep_sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        words = keys[lo:hi]
        continued = not has_roles(event) and any(k in CONTINUATION for k in words)
        back = any(words[n] == "the" and words[n + 1] in BACK_REFERENCES for n in range(len(words) - 1))
        part = any(tuple(words[n:n + 2]) in PARTITIVES for n in range(len(words) - 1))
        # The earlier event is looked for only where the sentence continues one or refers back.
        target = latest_with_items(doc, s, {k for k in words if k in BACK_REFERENCES}) if continued or back else None
        if continued:
            # "it would send a Patriot system, and the package also includes IRIS-T": its own sentence first
            told = next((e for e, n in zip(reversed(keep_events), reversed(keep_sentences)) if n == s and e.type == event.type
                         and e.equipment), None) or target
            if told is not None:
                absorb(told, event)
                continue
        if target is not None and back and id(event) in doc.thin_events and not part:
            complete(target, event)  # "the delivery, which most likely comes from Syria"
            continue
        if target is not None and back and event.actor is None:
            event.actor = target.actor  # "some of the equipment reached Libya": a movement of its own
        if id(event) in doc.thin_events and not (back and part and event.actor is not None):
            continue
        keep_events.append(event)
        keep_sentences.append(s)
    doc.events, doc.event_sentences = keep_events, keep_sentences


def items_referred_to(doc: ArticleDoc) -> None:
    """A sentence whose subject is 'the drones' or 'the jets' and whose event names no item speaks
    of the items of the latest event naming that class in the three sentences before: moving them
    is that same event ("The jets flew on to al-Jufra"), anything else is an event of those items,
    whose owner is who received them ("Kinshasa received CH-4s ... The drones, based at Goma")."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        noun = definite_subject(doc, s)
        antecedent = latest_naming(doc, s, {noun}) if noun and not event.equipment else None
        if antecedent is None or not antecedent.equipment:
            events.append(event)
            sentences.append(s)
            continue
        if event.type in (antecedent.type, "transfer"):
            complete(antecedent, event)
            continue
        event.equipment = [Item(i.id, i.name, i.cls) for i in antecedent.equipment]
        if event.actor is None:
            event.actor = antecedent.recipient if antecedent.type in ("transfer", "order") else antecedent.actor
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences
