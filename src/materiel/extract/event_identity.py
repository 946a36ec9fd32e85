"""When two events tell one happening, and how one absorbs the other (used by every merge step).

Roles agree when one is missing, both name one entry, or one is a place inside the other; dates
agree when one is a prefix of the other; base changes when their changes are one (or closed and
handed over). `same_event` is the duplicate test; `restated` and
`compatible` are the looser tests for events told twice close together; `absorb` and `complete`
carry roles, items, claimants and evidence from one event into another (a base "closed" and
"handed over" in one happening was handed over).
"""
from __future__ import annotations

from materiel.extract.attribution import add_claimants
from materiel.extract.certainty import ORDER
from materiel.extract.place_roles import inside, set_role
from materiel.models import ROLE_NAMES, Event, Ref


def has_roles(event: Event) -> bool:
    return event.actor is not None or event.recipient is not None or event.origin is not None \
        or event.destination is not None


def same_ref(a: Ref | None, b: Ref | None) -> bool:
    """Roles agree when one is missing, both name one entry, or one is a place in the other country."""
    return a is None or b is None or (a.id or a.name) == (b.id or b.name) or inside(a, b) or inside(b, a)


def dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)


def changes_agree(a: Event, b: Event) -> bool:
    """A base opened and the same base expanded or closed are two happenings ("is expanding its
    facility at Port Sudan, which it set up in 2024"); closed and handed over may be one."""
    return a.change is None or b.change is None or a.change == b.change \
        or {a.change, b.change} == {"closed", "handed_over"}


def compatible(a: Event, b: Event) -> bool:
    return a.type == b.type and dates_agree(a, b) and changes_agree(a, b) and all(same_ref(getattr(a, r), getattr(b, r)) for r in ROLE_NAMES)


def restated(a: Event, b: Event) -> bool:
    """Two events of one type in one sentence, roles agreeing, one naming no item: the sentence
    names one happening twice ("struck the port, hitting vessels"; a verb and its noun)."""
    agree = all(same_ref(getattr(a, r), getattr(b, r)) for r in ("actor", "recipient", "origin", "destination"))
    return a.type == b.type and agree and dates_agree(a, b) and changes_agree(a, b) and not (a.equipment and b.equipment)


def shared_items(a: Event, b: Event) -> set[str]:
    return {i.id or i.name or "" for i in a.equipment} & {i.id or i.name or "" for i in b.equipment}


def same_event(a: Event, b: Event) -> bool:
    """Whether b reports the same happening as a."""
    if a.type != b.type or not dates_agree(a, b) or not changes_agree(a, b):
        return False
    if not all(same_ref(getattr(a, r), getattr(b, r)) for r in ROLE_NAMES):
        return False
    if not same_ref(a.destination or a.recipient, b.destination or b.recipient):
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
    if (a.change, b.change) == ("closed", "handed_over"):
        a.change = b.change  # "vacated the Gao base and handed it over": it changed hands, it did not close
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


def complete(target: Event, detail: Event) -> None:
    """Fill the referenced event's empty origin and date from a sentence about it; a hedge there
    ("most likely comes from") makes it likely, other cues there do not carry over."""
    for role in ("origin", "date"):
        if getattr(target, role) is None:
            setattr(target, role, getattr(detail, role))
    if detail.certainty in ("likely", "alleged") and target.certainty == "reported":
        target.certainty = detail.certainty
    target.evidence.extend(e for e in detail.evidence if e not in target.evidence)
    add_claimants(target, detail.attributed_to)
