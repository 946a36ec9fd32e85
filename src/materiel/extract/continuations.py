"""Sentences that go on about an event told before (merge steps 2 and 3).

Continuations: a sentence with no event of its own that lists more items after a cue ("Also seen
were ...", "Among the vehicles were ..."), a back-reference ("the column"; not a class noun right
after a designation: "operate HIMARS and PzH 2000 systems"), or right after a sentence already added
(not one on what a party already has or still wants: "Japan also operates Type 12 missiles"), adds
them to the shipment it continues; weapons named as used or shown ("... were among the weapons
used", "Video showed F-16I jets") go to an item-less attack just before; a sighting ("could be seen") right after an added sentence goes on with it.
References: a sentence about "the delivery" completes that event (origin, date, a hedge, its
claimants); "some of the equipment reached Libya" is a movement of its own, by the same actor.
Part of what a withdrawal took out moving on ("Part of the equipment has since reached Benghazi")
starts where the withdrawal left. Events with too little substance alone (thin) are then dropped.
A sentence whose subject is "the drones" speaks of the items of the event that last named drones.
"""
from __future__ import annotations

from materiel.extract.antecedents import (
    definite_subject,
    latest_item_less,
    latest_naming,
    latest_told,
    latest_with_items,
)
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.event_identity import absorb, complete, has_roles, same_ref
from materiel.extract.item_roles import event_items
from materiel.extract.items import items_with_quantities
from materiel.extract.lexicon import HYPOTHETICAL, MODAL_MAY, OPERATION_NOUNS, TAKING
from materiel.models import Event, Evidence, Item

CONTINUATION = frozenset("also included include includes including among additionally addition plus alongside other".split())
BACK_REFERENCES = frozenset("""materiel weapons arms footage video column convoy shipment shipments delivery deliveries
equipment vehicles consignment cargo package batch hardware systems aircraft""".split())
# Back-references that name the moving group itself, not what shows or makes it up.
CARRIERS = frozenset("column convoy shipment consignment cargo batch".split())
SIGHTING = frozenset("seen visible spotted pictured photographed filmed shown".split())
IMAGES = frozenset("footage video videos images pictures photographs photos".split())
REMNANTS = frozenset("fragments fragment remnants remains debris wreckage shrapnel".split())
WEAPON_USE = frozenset("used fired launched dropped employed".split())
# Words that put items in the raids told ("took part in three waves of strikes", "carried out the raids").
FLYING_RAIDS = frozenset("carried conducted flew flown".split())
TROPHIES = frozenset("posing posed captured seized abandoned trophy trophies".split())
DEALS = frozenset(("order", "contract", "deal", "agreement", "purchase"))
# Verbs of what a party already has or still wants: "Japan also operates Type 12 missiles", "the
# country was also seeking Stinger missiles", "Mali also flies TB2s" list no items of the shipment told.
HAVING = frozenset("operates operate fields possesses possess owns flies uses seeking seeks wants requested requesting".split())
# Words that put a use of weapons before the attack told ("Moscow has previously used Kh-101 missiles").
BEFORE_NOW = frozenset("previously earlier repeatedly often regularly frequently".split())
DEFINITE = frozenset(("the", "that", "this"))
PARTITIVES = frozenset((("some", "of"), ("part", "of"), ("most", "of"), ("much", "of"), ("rest", "of")))
PARTITIVE_HEADS = frozenset(head for head, _ in PARTITIVES)  # each is followed by "of"


def add_continuations(doc: ArticleDoc) -> None:
    """Item lists in event-less sentences join the shipment they continue: after a cue ("also",
    "among"), a back-reference ("the column"), or right after a sentence already added to it."""
    with_events = {s for e, s in zip(doc.events, doc.event_sentences) if id(e) not in doc.thin_events}
    keys = doc.tokens.key
    last_added: tuple[Event, int] | None = None
    for s in sorted({doc.sentence_of(a.i) for a in doc.anns if a.kind == "equipment"} - with_events):  # item lists
        lo, hi = doc.sentences[s]
        equipment = event_items(doc, doc.in_sentence(s, ("equipment",)))
        if not equipment:
            continue
        words = keys[lo:hi]
        if _hypothetical(words, doc.tokens.text[lo:hi]) or not HAVING.isdisjoint(words):
            continue  # "The navy is also considering three more Scorpene submarines": no items moved
        nouns = _back_nouns(doc, s, lo, words, equipment)
        cue = any(k in CONTINUATION for k in words) or bool(nouns) or "well" in words or _part_of_deal(words)
        sighting = any(k in SIGHTING for k in words)  # "Bastion trucks could be seen in one of the pictures"
        run = last_added is not None and last_added[1] == s - 1 and (len(equipment) >= 2 or sighting)
        cue = cue or sighting and s - 1 in with_events  # seen right after a sentence telling a shipment
        struck = _struck_with(doc, s, words) if not run else None
        if not (cue or run or struck):
            continue
        target = last_added[0] if run and not cue else _continued(doc, s, words, nouns) if cue else struck
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


def _back_nouns(doc: ArticleDoc, s: int, lo: int, words: list[str], equipment: list) -> set[str]:
    """The back-reference nouns of a sentence ("the equipment", "The convoy included"); a class noun
    right after a designation names that item ("operate HIMARS and PzH 2000 systems"), not what
    was told before."""
    named_by = {a.j - lo for a in doc.in_sentence(s, ("equipment",))}
    return {k for n, k in enumerate(words) if k in BACK_REFERENCES and n not in named_by}


def _part_of_deal(words: list[str]) -> bool:
    """'Part of the order will be assembled in Poland as the K2PL variant': a part of the deal told
    before names its items."""
    return any(words[n] == "of" and words[n - 1] in PARTITIVE_HEADS and words[n + 1] in DEFINITE and words[n + 2] in DEALS
               for n in range(1, len(words) - 2))


def _hypothetical(words: list[str], texts: list[str]) -> bool:
    """'is considering', 'may also be looking at': no items moved; but 'may have come from' is a
    hedge, 'could be seen' a sighting and 'in May' a month."""
    for n, k in enumerate(words):
        if k not in HYPOTHETICAL and k not in MODAL_MAY or k == "may" and texts[n] == "May" and n > 0:
            continue
        nxt = words[n + 1:n + 3]
        if nxt[:1] != ["have"] and not (nxt[:1] == ["be"] and nxt[1:] and nxt[1] in SIGHTING):
            return True
    return False


def _struck_with(doc: ArticleDoc, s: int, words: list[str]) -> Event | None:
    """An attack told in the two sentences before, with no item yet, whose weapons this sentence
    names as used or shown ("... were among the weapons used", "Video showed F-16I jets"); with
    items or not, when it names what its remnants came from ("The fragments came from a MAM-L")."""
    if any(k in REMNANTS for k in words):
        return latest_told(doc, s, ("attack",), back=2)  # "The fragments came from a MAM-L bomb"
    if _took_part(words):
        return latest_item_less(doc, s, ("attack",), back=2)  # "aircraft, including F-35Is, took part in the strikes"
    if not any(k in WEAPON_USE or k in IMAGES for k in words) or not BEFORE_NOW.isdisjoint(words):
        return None  # "Moscow has previously used Kh-101 missiles against the city": other attacks
    if WEAPON_USE.isdisjoint(words) and not TROPHIES.isdisjoint(words):
        return None  # "Images showed fighters posing beside a captured Pantsir-S1": spoils shown, not a weapon
    return latest_item_less(doc, s, ("attack",), back=2)


def _took_part(words: list[str]) -> bool:
    """'More than 100 aircraft, including F-35I jets, took part in three waves of strikes': the
    items flew the raids told before; 'the strikes hit S-300 batteries' names no such part."""
    part = any(k == "part" and words[n - 1] in TAKING for n, k in enumerate(words) if n)
    return (part or not FLYING_RAIDS.isdisjoint(words)) and not OPERATION_NOUNS.isdisjoint(words)


def _continued(doc: ArticleDoc, s: int, words: list[str], nouns: set[str]) -> Event | None:
    """The event a cued item list continues: the one whose sentence names their class ("Among the
    tanks"); an item-less one just before for a carrier noun ("The convoy included"), or for
    weapons used or shown after an attack ("SCALP missiles were among the weapons used"); else the
    latest with items; else an announcement too slight alone ("announced a package. Among the
    items listed are ...")."""
    classes = {head_noun(words[n + 1]) for n in range(len(words) - 1) if words[n] == "the"} - {None}
    named = latest_naming(doc, s, classes)  # "Among the tanks, ...", "the aircraft was a ..."
    named = named or (latest_item_less(doc, s) if nouns & CARRIERS else None)  # "left Karabakh. The convoy included"
    named = named or _struck_with(doc, s, words)
    named = named or latest_with_items(doc, s, nouns)
    named = named or latest_item_less(doc, s, ("order", "transfer"))  # "handed Russia missiles. ... as KN-23s"
    if named is None:
        named = latest_item_less(doc, s, ("order",), thin=True)
        doc.thin_events.discard(id(named))
    return named


def back_references(doc: ArticleDoc) -> None:
    """An event whose sentence refers back ("the equipment", "the convoy") takes the actor of the
    latest earlier event with items; a role-less item list after a cue ("Also seen were ...")
    joins that event."""
    keys = doc.tokens.key
    keep_events, keep_sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        words = keys[lo:hi]
        continued = not has_roles(event) and not CONTINUATION.isdisjoint(words)
        back = any(k > lo and keys[k - 1] == "the" for k in doc.positions(BACK_REFERENCES, lo, hi))
        part = back and any(pair in PARTITIVES for pair in zip(words, words[1:]))  # read only with `back`
        # The earlier event is looked for only where the sentence continues one or refers back.
        target = latest_with_items(doc, s, {k for k in words if k in BACK_REFERENCES}) if continued or back else None
        if continued:
            # "it would send a Patriot system, and the package also includes IRIS-T": its own sentence first
            told = next((e for e, n in zip(reversed(keep_events), reversed(keep_sentences)) if n == s and e.type == event.type
                         and e.equipment), None) or _attack_continued(doc, event, s) or target
            if told is not None:
                absorb(told, event)
                continue
        if target is not None and back and id(event) in doc.thin_events and not part:
            complete(target, event)  # "the delivery, which most likely comes from Syria"
            continue
        if target is not None and back and event.actor is None:
            event.actor = target.actor  # "some of the equipment reached Libya": a movement of its own
        if target is not None and back and part:
            _onward_from(event, target)
        if id(event) in doc.thin_events and not (back and part and event.actor is not None) \
                and not _delivers_ordered(doc, event, s):
            continue
        keep_events.append(event)
        keep_sentences.append(s)
    doc.events, doc.event_sentences = keep_events, keep_sentences


def _attack_continued(doc: ArticleDoc, event: Event, s: int) -> Event | None:
    """'Israeli strikes destroyed four S-300 batteries. Aircraft, including F-35Is, took part in the
    strikes': weapons listed for strikes go on with the attack told before, not with what it destroyed."""
    return latest_told(doc, s, ("attack",), back=2) if event.type == "attack" else None


def _onward_from(event: Event, withdrawal: Event) -> None:
    """'Russia pulled Pantsir systems out of Syria. Part of the equipment has since reached
    Benghazi': part of what was withdrawn moving on starts where the withdrawal left."""
    if event.type not in ("transfer", "deployment") or event.origin is not None or withdrawal.type != "withdrawal":
        return
    if withdrawal.origin is not None and not same_ref(event.destination, withdrawal.origin):
        event.origin = withdrawal.origin


def _delivers_ordered(doc: ArticleDoc, event: Event, s: int) -> bool:
    """'Egypt ordered 30 Rafale jets ... The jets were delivered in May': a delivery of the items of
    an order just told, by their class noun, stands as that order's delivery (items_referred_to)."""
    noun = definite_subject(doc, s) if event.type == "transfer" and not event.equipment else None
    antecedent = latest_naming(doc, s, {noun}) if noun else None
    return antecedent is not None and antecedent.type == "order" and bool(antecedent.equipment)


def items_referred_to(doc: ArticleDoc) -> None:
    """A sentence whose subject is 'the drones' or 'the jets' and whose event names no item speaks
    of the items of the latest event naming that class in the three sentences before: moving them
    is that same event ("The jets flew on to al-Jufra"), delivering what was ordered is a delivery
    by the same supplier ("ordered 180 K2 tanks ... The final tanks were shipped"), anything else is
    an event of those items, whose owner is who received them ("Kinshasa received CH-4s ... The
    drones, based at Goma")."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        noun = definite_subject(doc, s)
        antecedent = latest_naming(doc, s, {noun}) if noun and not event.equipment else None
        if antecedent is None or not antecedent.equipment:
            events.append(event)
            sentences.append(s)
            continue
        delivered = antecedent.type == "order" and event.type == "transfer"  # "The final tanks from that order were shipped"
        if event.type == antecedent.type or event.type == "transfer" and not delivered:
            complete(antecedent, event)
            continue
        event.equipment = [Item(i.id, i.name, i.cls) for i in antecedent.equipment]
        if delivered:
            event.actor = event.actor or antecedent.actor
            event.recipient = event.recipient or antecedent.recipient
        elif event.actor is None:
            event.actor = antecedent.recipient if antecedent.type in ("transfer", "order") else antecedent.actor
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences
