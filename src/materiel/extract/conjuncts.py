"""Verbs of one sentence that tell one event, or share its roles (events step).

A participle right after items and before the clause's own verb is a reduced relative ("38 M1A2T
tanks bought by Taiwan ... were unloaded"): the main verb moves its items. A second verb restating
the first ("launched strikes on Monday, hitting nine sites"; an event noun in an apposition) and
loss participles joined by commas and "or" ("destroyed, damaged or captured") are one event. A
participle or conjoined verb after a comma or "and" takes its subject from the verb before
("Moscow has equipped the junta, sending Mi-17s"), and a movement of the same party's items right
after its withdrawal goes on telling it ("pulled out of Ain al-Asad and moved their MQ-9s to
Erbil"); a clause joined by ", and" of the same type naming no party stays with the same side.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP
from materiel.extract.triggers import Trigger
from materiel.models import Event, Item

DEFINITE_WORDS = frozenset("the this that these those its their".split())


def reduced_relative(doc: ArticleDoc, trig: Trigger) -> bool:
    """'38 M1A2T tanks bought by Taiwan from the United States were unloaded', 'tanks bought from the
    United States arrived': a participle right after its items, with its agent or source; the main
    verb after it moves the same items."""
    keys = doc.tokens.key
    if trig.j >= len(keys) or keys[trig.j] not in ("by", "from"):
        return False  # no agent or source: checked first, it is rare ("bought from the United States")
    return any(doc.ending(n, ("equipment",)) for n in (trig.i, trig.i - 1))


def moves_items_of(doc: ArticleDoc, event: Event, relative: Event) -> None:
    """The main verb after a reduced relative moves its items, from the supplier it names."""
    event.equipment = [Item(i.id, i.name, i.cls, i.quantity, i.qualifier) for i in relative.equipment]
    doc.thin_events.discard(id(event))
    if event.actor is None and relative.type in ("order", "transfer"):
        event.actor = relative.recipient if event.type == "loss" else relative.actor  # a loss is its owner's


def restates(doc: ArticleDoc, trig: Trigger, previous: Event | None, event: Event) -> bool:
    """A participle right after a comma ('..., hitting vessels moored there') or an event noun in an
    apposition ('..., the largest French deployment in the Sahel') goes on telling the event of its
    clause when it is of the same type and adds no item of its own."""
    keys = doc.tokens.key
    participle = keys[trig.i - 1] == "," and keys[trig.i].endswith("ing")
    return (previous is not None and previous.type == event.type and not event.equipment
            and (participle or _apposition(keys, trig.i))
            and all(getattr(event, r) is None or getattr(previous, r) in (None, getattr(event, r))
                    for r in ("actor", "recipient", "origin")))


def coordinated(doc: ArticleDoc, before: Trigger | None, trig: Trigger, previous: Event, event: Event) -> bool:
    """'destroyed, damaged or captured': verbs of one type joined by commas and 'or'/'and' alone
    share their items; one happening, whose roles must not clash."""
    keys = doc.tokens.key
    if before is None or before.type != trig.type or trig.i <= before.j \
            or not (keys[before.i].endswith("ed") and keys[trig.i].endswith("ed")):
        return False
    between = keys[before.j:trig.i]
    return all(k in (",", "or", "and") or k.endswith("ed") and lx.TRIGGERS.get(k, ("",))[0] == trig.type
               for k in between) \
        and all(getattr(event, r) is None or getattr(previous, r) in (None, getattr(event, r))
                for r in ("actor", "recipient", "origin", "destination"))


def _apposition(keys: list[str], i: int) -> bool:
    """Whether the event noun at i heads an apposition: ', the/a' and modifiers only before it."""
    if keys[i].endswith("ed"):
        return False
    for n in range(i - 1, max(0, i - 6), -1):
        if keys[n] == ",":
            return n + 1 < i and keys[n + 1] in ("the", "a", "an")
        if keys[n] in lx.TRIGGERS or keys[n] in STOP:
            return False
    return False


def merge_into(previous: Event, event: Event) -> None:
    for role in ("actor", "recipient", "origin", "destination", "target"):
        if getattr(previous, role) is None:
            setattr(previous, role, getattr(event, role))


def carries_on_withdrawal(doc: ArticleDoc, trig: Trigger, previous: Event | None, event: Event) -> bool:
    """A movement of the same party's items right after its withdrawal, giving them to nobody, goes on
    telling it ("pulled out of Ain al-Asad and moved their MQ-9 drones to Erbil", "took off from
    Niamey and landed at Wunstorf"): the withdrawal takes its destination and items."""
    if previous is None or previous.type != "withdrawal" or event.type != "transfer" or event.recipient is not None:
        return False
    if not continues(doc, trig) or event.actor is not None and previous.actor not in (None, event.actor):
        return False
    previous.destination = previous.destination or event.destination
    known = {i.id or i.name for i in previous.equipment}
    previous.equipment.extend(i for i in event.equipment if (i.id or i.name) not in known)
    return True


def share_roles(subject: Event, event: Event) -> None:
    """A continuing verb takes its subject from the verb before it; a giving verb also its empty
    recipient ("sent Ukraine 18 ..., and plans to send 12 more"), one of the same type its empty
    destination ("equipped the junta, sending Mi-17s": sent to the junta); a withdrawal takes the
    destination of the movement or deployment that goes on from it ("pulled out of X and moved
    them to Y", "pulled out of Mali and deployed to Niger"). A loss goes on from an attack with the
    attack's place, not its attacker ("drones struck an airfield, destroying two jets": the jets were
    not the attacker's)."""
    if event.actor is None and not (event.type == "loss" and subject.type == "attack"):
        event.actor = subject.actor
    if event.type == "loss" and subject.type == "attack" and event.destination is None:
        event.destination = subject.destination
    if event.recipient is None and {event.type, subject.type} <= {"transfer", "order"}:
        event.recipient = subject.recipient
    if event.destination is None and event.type == subject.type:
        event.destination = subject.destination
    if subject.type == "withdrawal" and event.type in ("transfer", "deployment") and subject.destination is None:
        subject.destination = event.destination  # "pulled out of Ain al-Asad and moved them to Erbil"


def same_side_clause(doc: ArticleDoc, subject: Event, event: Event, trig: Trigger) -> bool:
    """'Several thousand Russian troops are stationed at Gyumri, and MiG-29 fighters are based at the
    Erebuni airfield': a clause joined by ', and' that tells an event of the same type naming no
    party of its own goes on with the same side (not a loss, whose actor is an owner; not a definite
    subject, which refers back to what was told: "and the package also includes")."""
    if event.actor is not None or event.recipient is not None or event.type != subject.type or event.type == "loss":
        return False
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(trig.i)][0]
    k = trig.i - 1
    while k > lo and keys[k] != ",":
        if keys[k] in lx.TRIGGERS or keys[k] in STOP and keys[k] != "and":
            return False
        k -= 1
    return k > lo and keys[k + 1] == "and" and keys[k + 2] not in DEFINITE_WORDS  # "and the package also includes": told before


def continues(doc: ArticleDoc, trig: Trigger) -> bool:
    """A participle or a conjoined verb right after a comma or 'and' shares the subject before it."""
    keys = doc.tokens.key
    k = trig.i - 1
    while k > 0 and (keys[k] in lx.FUTURE or keys[k] == "to"):
        k -= 1  # "..., and plans to send up to 12 more"
    prev = keys[k] if k >= 0 else ""
    return prev in (",", "and", "then") and (k < trig.i - 1 or keys[trig.i].endswith(("ing", "ed"))
                                             or keys[trig.i] in lx.IRREGULAR_PAST)  # "handed over the camp and left"
