"""Component: document-level merging, in this order.

1. Halves: an event with roles and no items next to one of the same type with items and no roles
   ("Russia's latest deliveries to Bamako. Lorries haul T-72B3 tanks.") are one, and so are a
   withdrawal or deployment and the items seen moving in the next sentence; a thin event of
   one sentence lends its roles to the full one of the same type there ("approved the sale of").
2. Continuations: a sentence with no event of its own that lists more items after a cue ("Also
   seen were ...", "Among the vehicles were ..."), a back-reference ("the column"), or right after
   a sentence already added, adds them to the shipment it continues.
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
6. Defaults: an undated event borrows a date from a neighbouring sentence (event_dates.py); a
   transfer or order naming no recipient goes to the one recipient the document gives its items
   elsewhere; a transfer to a state goes to its country; equipment arriving in a country goes to
   that state; a loss with no owner named is of who received or used the same item earlier; a transfer or
   order naming no supplier is of the one supplier the document gives the same items, else of the
   state it left; a
   party denying the event elsewhere makes it denied.
"""
from __future__ import annotations

import re

from materiel.extract.attribution import add_claimants
from materiel.extract.certainty import ORDER, Denial, denials
from materiel.extract.context import CLASS_NOUNS, head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.event_dates import borrow_dates
from materiel.extract.lexicon import HYPOTHETICAL
from materiel.extract.mentions import place_attrs
from materiel.extract.registry import component
from materiel.extract.roles import (
    inside,
    items_with_quantities,
    owner_from_document,
    set_role,
    supplier_from_document,
    supplier_from_origin,
)
from materiel.extract.tokens import fold
from materiel.models import ROLE_NAMES, Event, Evidence, Item, Ref

CONTINUATION = frozenset("also included include includes including among additionally addition plus alongside other".split())
BACK_REFERENCES = frozenset("""materiel weapons arms footage video column convoy shipment shipments delivery deliveries
equipment vehicles consignment cargo package batch hardware systems aircraft""".split())
# Back-references that name the moving group itself, not what shows or makes it up.
CARRIERS = frozenset("column convoy shipment consignment cargo batch".split())
PARTITIVES = frozenset((("some", "of"), ("part", "of"), ("most", "of"), ("much", "of"), ("rest", "of")))
WORD = re.compile(r"\w+")
AHEAD = 4  # sentences a definite event may point forward ("followed India's strikes" ... "India said it struck")
ITEM_TYPES = ("transfer", "deployment", "order", "loss", "withdrawal")


@component("merge", assigns=("events.merged",), requires=("events", "events.attributed_to", "events.certainty"))
def merge(doc: ArticleDoc) -> ArticleDoc:
    """Extend, deduplicate and complete the document's events."""
    _halves(doc)
    _continuations(doc)
    _references(doc)
    _items_referred_to(doc)
    _headline(doc)
    _definite(doc)
    events: list[Event] = []
    for event in doc.events:
        same = next((e for e in events if same_event(e, event)), None)
        if same is None:
            events.append(event)
        else:
            absorb(same, event)
    events = [e for e in _denied_claims(events) if e.equipment or _has_roles(e) or e.target is not None]
    denying = denials(doc)
    borrow_dates(doc)
    _recipient_of_items(events)
    for event in events:
        _default_destination(doc, event)
        _default_recipient(doc, event)
        if event.type == "loss" and event.actor is None:
            event.actor = owner_from_document(events, event)
        if event.actor is None:
            event.actor = supplier_from_document(events, event) or supplier_from_origin(doc, event)
        _document_certainty(event, denying)
    doc.events = events
    doc.event_sentences = []  # positions no longer line up once events are merged
    return doc


def _denied_claims(events: list[Event]) -> list[Event]:
    """'Iran rejected accusations that it has armed Russia': a denied event naming no item is the
    claim it denies when the document tells that movement elsewhere, by the same actor to the same
    recipient; it joins it (and makes it denied) instead of standing as a second event."""
    out = []
    for event in events:
        claim = None
        if event.certainty == "denied" and not event.equipment and event.actor is not None:
            claim = next((e for e in events if e is not event and e.type == event.type and e.equipment
                          and _same_ref(e.actor, event.actor) and e.actor is not None
                          and _same_ref(e.recipient, event.recipient)), None)
        if claim is None:
            out.append(event)
            continue
        claim.certainty = "denied"
        claim.attributed_to.extend(r for r in event.attributed_to if r not in claim.attributed_to)
        claim.evidence.extend(e for e in event.evidence if e not in claim.evidence)
        claim.evidence.sort(key=lambda e: e.start)
    return out


def _has_roles(event: Event) -> bool:
    return any(getattr(event, r) is not None for r in ("actor", "recipient", "origin", "destination"))


def _references(doc: ArticleDoc) -> None:
    """An event whose sentence refers back ("the equipment", "the convoy") takes the actor of the
    latest earlier event with items; a role-less item list after a cue ("Also seen were ...")
    joins that event."""
    keys = doc.tokens.key
    keep_events, keep_sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        words = keys[lo:hi]
        target = _latest_with_items(doc, s, {k for k in words if k in BACK_REFERENCES})
        if target is not None and not _has_roles(event) and any(k in CONTINUATION for k in words):
            absorb(target, event)
            continue
        back = any(words[n] == "the" and words[n + 1] in BACK_REFERENCES for n in range(len(words) - 1))
        part = any(tuple(words[n:n + 2]) in PARTITIVES for n in range(len(words) - 1))
        if target is not None and back and id(event) in doc.thin_events and not part:
            _complete(target, event)  # "the delivery, which most likely comes from Syria"
            continue
        if target is not None and back and event.actor is None:
            event.actor = target.actor  # "some of the equipment reached Libya": a movement of its own
        if id(event) in doc.thin_events and not (back and part and event.actor is not None):
            continue
        keep_events.append(event)
        keep_sentences.append(s)
    doc.events, doc.event_sentences = keep_events, keep_sentences


def _items_referred_to(doc: ArticleDoc) -> None:
    """A sentence whose subject is 'the drones' or 'the jets' and whose event names no item speaks
    of the items of the latest event naming that class in the three sentences before: moving them
    is that same event ("The jets flew on to al-Jufra"), anything else is an event of those items,
    whose owner is who received them ("Kinshasa received CH-4s ... The drones, based at Goma")."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        noun = _definite_subject(doc, s)
        antecedent = _latest_naming(doc, s, {noun}) if noun and not event.equipment else None
        if antecedent is None or not antecedent.equipment:
            events.append(event)
            sentences.append(s)
            continue
        if event.type in (antecedent.type, "transfer"):
            _complete(antecedent, event)
            continue
        event.equipment = [Item(i.id, i.name, i.cls) for i in antecedent.equipment]
        if event.actor is None:
            event.actor = antecedent.recipient if antecedent.type in ("transfer", "order") else antecedent.actor
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences


def _definite_subject(doc: ArticleDoc, s: int) -> str | None:
    """The class noun of a sentence opening 'The drones', 'The two jets', else None."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key[lo:min(hi, lo + 4)]
    if not keys or keys[0] != "the":
        return None
    return next((head_noun(k) for k in keys[1:] if head_noun(k)), None)


def _complete(target: Event, detail: Event) -> None:
    """Fill the referenced event's empty origin and date from a sentence about it; a hedge there
    ("most likely comes from") makes it likely, other cues there do not carry over."""
    for role in ("origin", "date"):
        if getattr(target, role) is None:
            setattr(target, role, getattr(detail, role))
    if detail.certainty in ("likely", "alleged") and target.certainty == "reported":
        target.certainty = detail.certainty
    target.evidence.extend(e for e in detail.evidence if e not in target.evidence)
    add_claimants(target, detail.attributed_to)


def _compatible(a: Event, b: Event) -> bool:
    return a.type == b.type and _dates_agree(a, b) and all(_same_ref(getattr(a, r), getattr(b, r)) for r in ROLE_NAMES)


def _headline(doc: ArticleDoc) -> None:
    """A headline event restates a body event: it joins the first compatible one; a headline event
    with no item and no body event to join is too thin to stand alone and is dropped."""
    if not doc.document.title or not doc.events:
        return
    body = [(e, s) for e, s in zip(doc.events, doc.event_sentences) if s > 0]
    kept = []
    for event, s in zip(doc.events, doc.event_sentences):
        if s > 0:
            continue
        twins = [b for b, _ in body if _compatible(b, event) or _headline_twin(b, event)]
        twin = max(twins, key=lambda b: len(_shared_items(b, event)), default=None)  # the first of the best
        if twin is not None:
            absorb(twin, event)
            twin.evidence.sort(key=lambda e: e.start)
        elif event.equipment:
            kept.append((event, s))
    doc.events = [e for e, _ in kept + body]
    doc.event_sentences = [s for _, s in kept + body]


def _headline_twin(body: Event, head: Event) -> bool:
    """A headline names its event more loosely ("strike on Berdiansk airfield" for "hit a base at
    the airfield in Berdiansk"): same type and actor, and a shared item or the same actor named."""
    if body.type != head.type or not _same_ref(body.actor, head.actor) or not _dates_agree(body, head):
        return False
    return bool(_shared_items(body, head)) or body.actor is not None and head.actor is not None


def _shared_items(a: Event, b: Event) -> set[str]:
    return {i.id or i.name or "" for i in a.equipment} & {i.id or i.name or "" for i in b.equipment}


def _definite(doc: ArticleDoc) -> None:
    """'the strike', 'the withdrawal' with no item of its own names the latest event of its type in
    the three sentences before (or earlier in its sentence) whose roles agree: it is that event."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        first = 1 if doc.document.title else 0  # a headline is no antecedent
        earlier = [(e, n) for e, n in zip(events, sentences) if max(first, s - 3) <= n <= s]
        antecedent = next((e for e, _ in reversed(earlier) if id(event) in doc.definite_events
                           and not event.equipment and _restated(e, event)), None)
        if antecedent is None:
            events.append(event)
            sentences.append(s)
            continue
        absorb(antecedent, event)
    doc.events, doc.event_sentences = _told_next(doc, events, sentences)


def _told_next(doc: ArticleDoc, events: list[Event], sentences: list[int]) -> tuple[list[Event], list[int]]:
    """'... an air battle that followed India's missile strikes. India said it launched strikes on
    nine sites': a definite event with no item and nothing before it is the one told in the next
    four sentences."""
    keep_events, keep_sentences = [], []
    for n, (event, s) in enumerate(zip(events, sentences)):
        if id(event) in doc.definite_events and not event.equipment and (s > 0 or not doc.document.title):
            later = next((e for e, m in zip(events[n + 1:], sentences[n + 1:]) if s < m <= s + AHEAD and _restated(e, event)), None)
            if later is not None:
                absorb(later, event)
                later.evidence.sort(key=lambda e: e.start)
                continue
        keep_events.append(event)
        keep_sentences.append(s)
    return keep_events, keep_sentences


def _continuations(doc: ArticleDoc) -> None:
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
        named = _latest_naming(doc, s, classes) if cue else None  # "Among the tanks, ...", "the aircraft was a ..."
        named = named or (_latest_item_less(doc, s) if nouns & CARRIERS else None)  # "left Karabakh. The convoy included"
        target = last_added[0] if run and not cue else named or _latest_with_items(doc, s, nouns)
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


def _latest_naming(doc: ArticleDoc, s: int, classes: set[str]) -> Event | None:
    """The latest event in the three sentences before s whose own sentence names one of these
    classes of equipment ("a junta aircraft bombed a village" for "the aircraft"), items or not."""
    if not classes:
        return None
    start = doc.tokens.start[doc.sentences[s][0]]
    earliest = doc.tokens.start[doc.sentences[max(0, s - 3)][0]]
    found = [e for e in doc.events if e.type in ITEM_TYPES + ("attack",) and id(e) not in doc.thin_events
             and any(earliest <= ev.start < start for ev in e.evidence) and _names_class(e, classes, start)]
    return max(found, key=lambda e: max(ev.end for ev in e.evidence if ev.start < start), default=None)


def _latest_item_less(doc: ArticleDoc, s: int) -> Event | None:
    """The event of the sentence just before s, when it names no item yet ("The last peacekeepers
    left Karabakh on Wednesday." before "The convoy included 30 BTR-82As")."""
    before = [e for e, n in zip(doc.events, doc.event_sentences) if n == s - 1 and e.type in ITEM_TYPES
              and id(e) not in doc.thin_events]
    return before[-1] if before and not any(e.equipment for e in before) else None


def _names_class(event: Event, classes: set[str], before: int) -> bool:
    """Whether an event's sentences use one of these class nouns, or its items are of that class."""
    if any(head_noun(w) in classes for ev in event.evidence if ev.start < before for w in WORD.findall(fold(ev.text))):
        return True
    kinds = {CLASS_NOUNS.get(c) or c for c in classes}
    return any(k in (i.cls or "").lower() for i in event.equipment for k in kinds)


def _latest_with_items(doc: ArticleDoc, s: int, nouns: set[str] = frozenset()) -> Event | None:
    """The event with items whose evidence ends last before sentence s; given referring nouns
    ("the column"), the latest one whose sentences use one of them, if any does."""
    start = doc.tokens.start[doc.sentences[s][0]]
    found = [e for e in doc.events if e.type in ITEM_TYPES and e.equipment and id(e) not in doc.thin_events
             and e.evidence and e.evidence[0].start < start]
    if nouns:
        found = [e for e in found if any(n in ev.text.lower() for n in nouns for ev in e.evidence)] or found
    return max(found, key=lambda e: max(ev.end for ev in e.evidence if ev.start < start), default=None)


def _halves_of_one(a: Event, b: Event) -> bool:
    only_roles = [e for e in (a, b) if _has_roles(e) and not e.equipment]
    only_items = [e for e in (a, b) if e.equipment and not _has_roles(e)]
    return len(only_roles) == 1 and len(only_items) == 1


def _shown_moving(prev: Event, event: Event) -> bool:
    """'Israeli forces pulled out of the corridor. Footage showed Merkava tanks moving east': items
    seen on the move with no roles of their own, right after a withdrawal or deployment that names
    none, are that withdrawal's or deployment's."""
    return (event.type == "transfer" and prev.type in ("withdrawal", "deployment")
            and _has_roles(prev) and not prev.equipment and event.equipment and not _has_roles(event))


def _restated(a: Event, b: Event) -> bool:
    """Two events of one type in one sentence, roles agreeing, one naming no item: the sentence
    names one happening twice ("struck the port, hitting vessels"; a verb and its noun)."""
    agree = all(_same_ref(getattr(a, r), getattr(b, r)) for r in ("actor", "recipient", "origin", "destination"))
    return a.type == b.type and agree and _dates_agree(a, b) and not (a.equipment and b.equipment)


def _halves(doc: ArticleDoc) -> None:
    """'Russia's latest deliveries to Bamako' then 'Lorries haul T-72B3 tanks' (or 'A convoy
    carrying T-90M tanks arrived in Kidal'): two events of one type, next to each other, one with
    roles and no items and the other with items and no roles, are one."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        prev = events[-1] if events else None
        if prev is not None and prev.type == event.type and s - sentences[-1] <= 1 and _halves_of_one(prev, event):
            absorb(prev, event)
            if id(event) not in doc.thin_events:
                doc.thin_events.discard(id(prev))  # the items give the thin half its substance
            continue
        if prev is not None and s - sentences[-1] == 1 and _shown_moving(prev, event):
            absorb(prev, event)
            continue
        if prev is not None and prev.type == event.type and s == sentences[-1] and _compatible(prev, event) \
                and id(prev) in doc.thin_events and id(event) not in doc.thin_events:
            absorb(event, prev)  # "Washington approved the sale of 12 AH-1Z": the thin verb lends its subject
            events[-1] = event
            continue
        if prev is not None and s == sentences[-1] and _restated(prev, event):
            absorb(prev, event)  # "fighters stormed the school, one of the deadliest attacks on the capital"
            continue
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences


def _same_ref(a: Ref | None, b: Ref | None) -> bool:
    """Roles agree when one is missing, both name one entry, or one is a place in the other country."""
    return a is None or b is None or (a.id or a.name) == (b.id or b.name) or inside(a, b) or inside(b, a)


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)


def same_event(a: Event, b: Event) -> bool:
    """Whether b reports the same happening as a."""
    if a.type != b.type or not _dates_agree(a, b):
        return False
    if not all(_same_ref(getattr(a, r), getattr(b, r)) for r in ROLE_NAMES):
        return False
    if not _same_ref(a.destination or a.recipient, b.destination or b.recipient):
        return False
    ids_a = {i.id or i.name for i in a.equipment}
    ids_b = {i.id or i.name for i in b.equipment}
    if ids_a and ids_b:
        return bool(ids_a & ids_b)
    shared = sum(getattr(a, r) is not None and getattr(b, r) is not None for r in ("actor", "recipient", "destination", "origin"))
    return shared >= 2 and (not ids_a or not ids_b)


def absorb(a: Event, b: Event) -> None:
    """Merge b into a: fill a's empty roles, add b's items, claimants and evidence."""
    for role in ROLE_NAMES:
        set_role(a, role, getattr(b, role))  # a country gives way to a place inside it
    for role in ("change", "date"):
        if getattr(a, role) is None:
            setattr(a, role, getattr(b, role))
    known = {i.id or i.name: n for n, i in enumerate(a.equipment)}
    for item in b.equipment:
        n = known.get(item.id or item.name)
        if n is None:
            a.equipment.append(item)
        elif a.equipment[n].quantity is None and item.quantity is not None:
            a.equipment[n] = item
    a.attributed_to.extend(r for r in b.attributed_to if r not in a.attributed_to)
    a.evidence.extend(e for e in b.evidence if e not in a.evidence)
    for label in ORDER:
        if label in (a.certainty, b.certainty):
            a.certainty = label
            break


def _document_certainty(event: Event, denying: list[Denial]) -> None:
    """The document-level certainty rule (certainty.py): a party to the event denies it elsewhere."""
    for denial in denying:
        if denial.covers(event):
            event.certainty = "denied"
            if all(a.id != denial.denier.id for a in event.attributed_to):
                event.attributed_to.append(denial.denier)


def _recipient_of_items(events: list[Event]) -> None:
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


def _default_recipient(doc: ArticleDoc, event: Event) -> None:
    """Equipment arriving in a country of its own accord (a sighting, an unloading) goes to that
    country's state, unless the actor is that state moving its own equipment."""
    if event.type != "transfer" or event.recipient is not None or event.destination is None:
        return
    country = (event.destination.attrs or {}).get("country")
    state = doc.catalog.get("actor", country)
    if state is not None and (event.actor is None or event.actor.id != state.id):
        event.recipient = Ref(state.id, state.name)


def _default_destination(doc: ArticleDoc, event: Event) -> None:
    if event.type != "transfer" or event.destination is not None or event.recipient is None:
        return
    place = doc.catalog.get("place", event.recipient.id)
    if place is not None and place.get("kind") == "country":
        event.destination = Ref(place.id, place.name, place_attrs(place))
