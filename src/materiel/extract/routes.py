"""One movement told in legs over neighbouring sentences (merge step 2).

A route is one event: its origin is where the first leg left, its destination where the last
arrived. A sentence whose subject refers back to what was moved just before ("The containers
were loaded at Rajin ...", "The launchers were flown out of Okinawa ...", "The jets flew to Libya
from Hmeimim ..."; a shipment noun, "The consignment left Rajin", the transfer just told), or
whose carrier carries it ("An A400M carrying the remaining personnel took off from Niamey"),
tells a leg of that transfer, deployment or withdrawal: the movement takes the place the leg left
as its origin (or a place inside the one it has) and a place inside its destination, and items
the leg adds ("The tanks arrived at Gdynia, alongside 12 K9 howitzers"), and the leg, carrier and
all, is no event of its own. A leg that leaves the movement's own destination,
or happens after it, is a later move (a withdrawal from there), not a leg.
A carrier leaving in the clause that names its load ("A ship carrying S-300 launchers left
Novorossiysk for Tartus") is the load's transfer leaving there. A movement that goes on from where
the sentence before arrived ("Cargo planes from the UAE landed at Amdjarass. Weapons unloaded
there were then driven to Darfur") starts where that leg started; carriers told arriving that go
"back" with a load ("The freighters carried munitions back to Baku") leave from where they arrived.
A participle clause that conveys what the movement of its sentence moved ("deployed the launcher to the
Philippines, flying it from Fort Lewis to an airfield in Laoag") tells its route: the place after
'from' is the origin, the place after 'to' a place inside the destination (`participle_route`).
"""
from __future__ import annotations

from materiel.extract.antecedents import WORD, names_class
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.event_identity import complete, same_ref
from materiel.extract.place_roles import set_role
from materiel.extract.facilities import located_place
from materiel.extract.roles import MEMBERS
from materiel.extract.tokens import fold
from materiel.models import Event, Ref

MOVEMENTS = ("transfer", "deployment", "withdrawal")
SHIPPING = ("transfer", "deployment")  # what a chain of legs carries on ("Weapons unloaded there ...")
LEG_TYPES = ("transfer", "withdrawal")  # a deployment ("The drones, based at Goma") is where they are, no leg
# Nouns a definite subject refers back with to what moves, or to what carries it.
MOVING_NOUNS = frozenset("""container containers crate crates cargo cargoes shipment shipments consignment
consignments convoy convoys column columns train trains ship ships vessel vessels freighter freighters plane planes
flight flights truck trucks lorry lorries wagon wagons barge barges batch batches load weapons arms munitions
ammunition equipment materiel hardware vehicles systems""".split())
# Nouns for one kind of carrier ("cargo planes" ... "the freighters").
CARRIERS = (frozenset("plane planes aircraft freighter freighters flight flights airlifter airlifters transports".split()),
            frozenset("ship ships vessel vessels freighter freighters barge barges".split()))
# Nouns naming a shipment as a whole: they refer back to the transfer just told, whatever it moved.
SHIPMENTS = frozenset("cargo cargoes shipment shipments consignment consignments batch batches load".split())
DETERMINERS = frozenset(("the", "these", "those"))
# A carrier's load named after these ("an A400M carrying the remaining personnel took off from Niamey").
CARRYING = frozenset(("carrying", "carried", "transporting", "transported", "ferrying", "ferried"))
THERE = frozenset(("there", "thence"))
COMMA = frozenset((",",))
BACK = frozenset(("back",))
# Words opening a clause of another happening than the carrier's own.
OTHER_CLAUSE = frozenset("after before when while as since but although though whereas".split())


def join_route_legs(doc: ArticleDoc) -> None:
    """Legs told in a sentence of their own join the movement they continue; a movement going on
    from where the sentence before arrived starts where that leg started."""
    _carriers_departing(doc)
    participle_route(doc)
    events: list[Event] = []
    sentences: list[int] = []
    for event, s in zip(doc.events, doc.event_sentences):
        movement = _movement_continued(doc, event, s, events, sentences)
        if movement is not None:
            _join_leg(doc, movement, event)
            continue
        _from_there(doc, event, s, events, sentences)
        _back_from(doc, event, s, events, sentences)
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences


def _join_leg(doc: ArticleDoc, movement: Event, leg: Event) -> None:
    complete(movement, leg)  # origin, date, a hedge, claimants
    known = {i.id or i.name for i in movement.equipment}
    movement.equipment.extend(i for i in leg.equipment if (i.id or i.name) not in known)  # "..., alongside 12 K9 howitzers"
    for role in ("origin", "destination"):
        set_role(movement, role, getattr(leg, role))  # a place inside the one it has
    doc.thin_events.discard(id(movement))


def _carriers_departing(doc: ArticleDoc) -> None:
    """'A ship carrying S-300 launchers left Novorossiysk for Tartus', 'The vessel, which left Tartus
    on Monday, is carrying T-72 tanks': the departure of a carrier whose load its sentence names is
    the load's transfer leaving there, not a withdrawal of its own (no party leaves)."""
    drop: set[int] = set()
    for s in sorted({doc.sentence_of(k) for k in doc.positions(CARRYING)}):  # the sentences with a carrying word
        lo, hi = doc.sentences[s]
        if doc.positions(OTHER_CLAUSE, lo, hi) or not doc.positions(CARRYING, lo, hi):
            continue  # "..., days after the last peacekeepers left Kidal": another clause's departure
        here = [e for e, n in zip(doc.events, doc.event_sentences) if n == s]
        load = next((e for e in here if e.type == "transfer" and e.equipment and e.origin is None), None)
        if load is None:
            continue
        for leg in here:
            if leg.type == "withdrawal" and leg.actor is None and leg.origin is not None:  # its items carry
                _join_leg(doc, load, leg)
                drop.add(id(leg))
    if drop:
        kept = [(e, n) for e, n in zip(doc.events, doc.event_sentences) if id(e) not in drop]
        doc.events, doc.event_sentences = [e for e, _ in kept], [n for _, n in kept]


def _movement_continued(doc: ArticleDoc, leg: Event, s: int, events: list[Event], sentences: list[int]) -> Event | None:
    """The movement told in the two sentences before that `leg` is a leg of, else None."""
    if leg.type not in LEG_TYPES or leg.origin is None and leg.destination is None or leg.recipient is not None:
        return None
    noun = referring_subject(doc, s)
    if noun is None:
        return None
    start = doc.tokens.start[doc.sentences[s][0]]
    told = [(n, m) for m, n in zip(events, sentences) if s - 2 <= n < s and not (n == 0 and doc.document.title)
            and m.type in MOVEMENTS and not (id(m) in doc.thin_events and not m.equipment)
            and (_names(m, noun, start) or noun == "they" and n == s - 1)]  # a headline is no antecedent
    if not told:
        return None
    latest = max(n for n, _ in told)
    movement = next(m for n, m in told if n == latest)  # the main clause's movement of that sentence
    return movement if _fits(movement, leg) else None


def _fits(movement: Event, leg: Event) -> bool:
    """A leg before the arrival: same actor if any, origin not yet known or the same, not leaving
    the movement's destination, not dated after it."""
    if not same_ref(movement.actor, leg.actor):
        return False
    if movement.origin is not None and not same_ref(movement.origin, leg.origin):
        return False
    there = movement.destination
    if leg.origin is not None and there is not None and same_ref(leg.origin, there):
        return False  # "The jets left Libya in September": a withdrawal from where they went
    if leg.date is not None and movement.date is not None and leg.date.value > movement.date.value \
            and not leg.date.value.startswith(movement.date.value):
        return False
    return True


def _names(movement: Event, noun: str, before: int) -> bool:
    """Whether the movement's sentences use the noun before the leg's sentence, or its items are
    of the class it names ("MiG-29 and Su-24 fighter aircraft" for "the jets"); any noun of a body
    of people names the people moved ("soldiers" for "the remaining personnel")."""
    if noun == "they":
        return False
    cls = head_noun(noun)
    if cls is not None:
        return names_class(movement, {cls}, before)
    if noun in SHIPMENTS:
        return movement.type == "transfer"  # "The consignment left Rajin": the shipment just told
    wanted = next((group for group in (MEMBERS, *CARRIERS) if noun in group), {noun})
    return any(ev.start < before and not wanted.isdisjoint(WORD.findall(fold(ev.text))) for ev in movement.evidence)


def referring_subject(doc: ArticleDoc, s: int) -> str | None:
    """The noun by which a sentence refers back to what moved: its subject ("The containers", "the
    two jets", "They"), at its start or after an opening attribution ("According to X, the
    containers ..."), or the load of its carrier ("An A400M carrying the remaining personnel");
    else None."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    end = min(hi, lo + 12)
    starts = [lo] + [k + 1 for k in doc.positions(COMMA, lo, end)[:1]] + [k + 1 for k in doc.positions(CARRYING, lo, end)[:1]]
    for k in starts:
        if k < hi and keys[k] == "they":
            return "they"
        if k >= hi or keys[k] not in DETERMINERS:
            continue
        for n in range(k + 1, min(hi, k + 4)):
            if head_noun(keys[n]) is not None or keys[n] in MOVING_NOUNS or keys[n] in MEMBERS:
                return keys[n]
            if doc.starting(n, ("actor", "place", "equipment")):
                break  # "The Russian ...", "the Su-24s": a name of its own
    return None


def _from_there(doc: ArticleDoc, event: Event, s: int, events: list[Event], sentences: list[int]) -> None:
    """'Weapons unloaded there were then driven across the border to Darfur': a movement with no
    origin whose sentence goes on from where the movement of the sentence before arrived, to a
    place outside it, starts where that one started (or, with no start told, where it arrived)."""
    if event.type not in MOVEMENTS or event.origin is not None or event.destination is None:
        return
    lo, hi = doc.sentences[s]
    if THERE.isdisjoint(doc.tokens.key[lo:hi]):
        return
    before = next((e for e, n in zip(reversed(events), reversed(sentences)) if n == s - 1 and e.type in SHIPPING
                   and e.destination is not None), None)
    if before is None or same_ref(event.destination, before.destination):
        return
    event.origin = before.origin or before.destination


def _back_from(doc: ArticleDoc, event: Event, s: int, events: list[Event], sentences: list[int]) -> None:
    """'Azerbaijani cargo planes have landed at Ovda ... The freighters carried munitions back to
    Baku': carriers told arriving somewhere in the sentence before, going 'back' with a load, leave
    from where they arrived."""
    if event.type not in MOVEMENTS or event.origin is not None:
        return
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    if not any(keys[k + 1] in ("to", "home", "into") for k in doc.positions(BACK, lo, hi - 1)):
        return
    noun = referring_subject(doc, s)
    if noun is None:
        return
    start = doc.tokens.start[lo]
    before = next((e for e, n in zip(reversed(events), reversed(sentences)) if s - 2 <= n < s and e.type in MOVEMENTS
                   and e.destination is not None and _names(e, noun, start)), None)
    if before is not None and not same_ref(event.destination, before.destination):
        event.origin = before.destination


# Participles of conveying that tell the route of what the clause before moved ("..., flying it from").
CONVEYING = frozenset("""flying shipping trucking airlifting ferrying transporting driving railing hauling
sailing""".split())
# What such a participle conveys: the items just named, referred back to.
CONVEYED = frozenset("it them the its their".split())
ROUTE_WORDS = frozenset(("from", "to", "into"))
# Words that end a participle clause's route.
ROUTE_END = frozenset((";", ".", "which", "while", "but", "after", "before", "when", "as", "where"))
ROUTE_SPAN = 16  # tokens a participle clause's route may run over


def participle_route(doc: ArticleDoc) -> None:
    """'The army deployed its Typhon launcher to the Philippines, flying it from Fort Lewis to an
    airfield in Laoag': a participle of conveying after a comma, whose object refers back to what
    the one movement of its sentence moved, tells that movement's route: the first place after
    'from' is where it left, the first after 'to' where it arrived (kept only when inside the
    destination already named, or when none is); "flying missions from Rzeszow" conveys nothing."""
    keys = doc.tokens.key
    for k in doc.positions(CONVEYING):
        if k < 1 or keys[k - 1] != "," or k + 1 >= len(keys) or keys[k + 1] not in CONVEYED:
            continue
        s = doc.sentence_of(k)
        moved = [e for e, n in zip(doc.events, doc.event_sentences) if n == s and e.type in MOVEMENTS
                 and id(e) not in doc.thin_events]
        if len(moved) != 1:
            continue
        hi = min(doc.sentences[s][1], k + ROUTE_SPAN)
        end = next((n for n in range(k + 1, hi) if keys[n] in ROUTE_END), hi)
        for role, ref in _route_places(doc, k + 1, end):
            set_role(moved[0], role, ref)


def _route_places(doc: ArticleDoc, lo: int, hi: int) -> list[tuple[str, Ref]]:
    """The first place after 'from' (origin) and after 'to' or 'into' (destination) in tokens lo..hi;
    a place after them locates the one before ("from Fort Lewis in Washington state")."""
    keys = doc.tokens.key
    found: dict[str, Ref] = {}
    prep = None
    anns = iter(a for a in doc.anns if lo <= a.i < hi and a.kind == "place")
    for ann in sorted(anns, key=lambda a: a.i):
        prep = next((keys[n] for n in range(ann.i - 1, lo - 1, -1) if keys[n] in ROUTE_WORDS), None)
        role = {"from": "origin", "to": "destination", "into": "destination"}.get(prep or "")
        ref = located_place(doc, ann)
        if role is not None and ref is not None and role not in found:
            found[role] = ref
    return list(found.items())
