"""One happening told twice close together (merge steps 1 and 4).

Halves: an event with roles and no items next to one of the same type with items and no roles
("Russia's latest deliveries to Bamako. Lorries haul T-72B3 tanks.") are one, and so are a
withdrawal or deployment and the items seen moving in the next sentence; a thin event of one
sentence lends its roles to the full one of the same type there ("approved the sale of").
Headline: a headline event joins the body event it agrees with that shares most of its items, a
family counting for its variant (roles may be looser in a headline: same type and actor suffice;
across transfer, order and deployment, which a headline verb blurs, the same actor and a shared
item: "Sweden sends CV90s" over "Sweden will send 50 CV90s"), or goes if it has no item; a family it names loosely is the body's variant.
Definite mentions: "the strike" (or an attack on a bare definite target, "One missile struck the
ship") with no item of its own is the event of its type just told (or, with nothing before it, the
one told in the next few sentences).
"""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.extract.event_identity import absorb, compatible, dates_agree, has_roles, restated, same_ref, shared_items
from materiel.extract.items import as_variants, related_items
from materiel.extract.place_roles import inside
from materiel.models import Event

# Types a headline verb blurs: "sends" heads a pledge, "moves" a deployment.
SUPPLY_TYPES = frozenset(("transfer", "order", "deployment"))
AHEAD = 4  # sentences a definite event may point forward ("followed India's strikes" ... "India said it struck")


def join_halves(doc: ArticleDoc) -> None:
    """'Russia's latest deliveries to Bamako' then 'Lorries haul T-72B3 tanks' (or 'A convoy
    carrying T-90M tanks arrived in Kidal'): two events of one type, next to each other, one with
    roles and no items and the other with items and no roles, are one."""
    events, sentences = [], []
    for event, s in zip(doc.events, doc.event_sentences):
        prev = events[-1] if events else None
        if prev is not None and prev.type == event.type and s - sentences[-1] <= 1 \
                and _halves_of_one(prev, event, doc.spoken_subjects):
            absorb(prev, event)
            if id(event) not in doc.thin_events:
                doc.thin_events.discard(id(prev))  # the items give the thin half its substance
            continue
        if prev is not None and s - sentences[-1] == 1 and _shown_moving(prev, event):
            if _unplaced_in(event.destination, prev.destination):
                prev.destination = None  # "near the border with Kosovo ... seen near Raska": the place seen
            absorb(prev, event)
            continue
        if prev is not None and prev.type == event.type and s == sentences[-1] and compatible(prev, event) \
                and id(prev) in doc.thin_events and id(event) not in doc.thin_events:
            absorb(event, prev)  # "Washington approved the sale of 12 AH-1Z": the thin verb lends its subject
            events[-1] = event
            continue
        if prev is not None and s == sentences[-1] and restated(prev, event):
            absorb(prev, event)  # "fighters stormed the school, one of the deadliest attacks on the capital"
            continue
        events.append(event)
        sentences.append(s)
    doc.events, doc.event_sentences = events, sentences


def _halves_of_one(a: Event, b: Event, spoken: dict[int, str]) -> bool:
    """One half names roles and no items, the other items and no role but the speaker's ("The
    ministry said it had received six T-72 tanks" after the handover it announced)."""
    only_roles = [e for e in (a, b) if has_roles(e) and not e.equipment]
    only_items = [e for e in (a, b) if e.equipment and not _roles_beyond(e, spoken.get(id(e)))]
    role = spoken.get(id(only_items[0])) if only_items else None
    agree = role is None or same_ref(getattr(a, role), getattr(b, role))
    return len(only_roles) == 1 and len(only_items) == 1 and agree


def _roles_beyond(event: Event, spoken: str | None) -> bool:
    return any(getattr(event, r) is not None for r in ("actor", "recipient", "origin", "destination") if r != spoken)


def _unplaced_in(seen, country) -> bool:
    """Whether a place seen is one no catalog locates, after a deployment in a country: taken as a
    place inside it (the sighting tells the same deployment)."""
    return (seen is not None and country is not None and seen.id is None and not (seen.attrs or {}).get("country")
            and (country.attrs or {}).get("place_type") == "country")


def _shown_moving(prev: Event, event: Event) -> bool:
    """'Israeli forces pulled out of the corridor. Footage showed Merkava tanks moving east': items
    seen on the move with no party of their own, right after a withdrawal or deployment that names
    none, are that withdrawal's or deployment's; where they were seen ("on the move near Raska")
    is a deployment's place when it names none or one that holds it (a country holds a place no
    catalog locates)."""
    parties = (event.actor, event.recipient, event.origin)
    seen = event.destination
    where = seen is None or prev.type == "deployment" and (
        prev.destination is None or same_ref(prev.destination, seen) or inside(seen, prev.destination)
        or _unplaced_in(seen, prev.destination))
    return (event.type == "transfer" and prev.type in ("withdrawal", "deployment") and has_roles(prev)
            and not prev.equipment and event.equipment and all(r is None for r in parties) and where)


def join_headline(doc: ArticleDoc) -> None:
    """A headline event restates a body event: it joins the first compatible one; a headline event
    with no item and no body event to join is too thin to stand alone and is dropped."""
    if not doc.document.title or not doc.events:
        return
    body = [(e, s) for e, s in zip(doc.events, doc.event_sentences) if s > 0]
    kept = []
    for event, s in zip(doc.events, doc.event_sentences):
        if s > 0:
            continue
        twins = [b for b, _ in body if compatible(b, event) or _headline_twin(b, event)]
        twin = max(twins, key=lambda b: related_items(doc, b, event), default=None)  # the first of the best
        if twin is not None:
            as_variants(doc, twin, event)  # "Su-30 fighters" in the headline, "Su-30SME" in the body
            absorb(twin, event)
            twin.evidence.sort(key=lambda e: e.start)
        elif event.equipment:
            kept.append((event, s))
    doc.events = [e for e, _ in kept + body]
    doc.event_sentences = [s for _, s in kept + body]


def _headline_twin(body: Event, head: Event) -> bool:
    """A headline names its event more loosely ("strike on Berdiansk airfield" for "hit a base at
    the airfield in Berdiansk"): same type and actor, and a shared item or the same actor named."""
    if not same_ref(body.actor, head.actor) or not dates_agree(body, head):
        return False
    if body.type != head.type:  # "Sweden sends CV90s" over "Sweden will send 50 CV90s"; "moves S-400" over "deployed"
        return {body.type, head.type} <= SUPPLY_TYPES and body.actor is not None and bool(shared_items(body, head))
    return bool(shared_items(body, head)) or body.actor is not None and head.actor is not None


def join_definite(doc: ArticleDoc) -> None:
    """'the strike', 'the withdrawal' with no item of its own names the latest event of its type in
    the three sentences before (or earlier in its sentence) whose roles agree: it is that event."""
    events, sentences = [], []
    first = 1 if doc.document.title else 0  # a headline is no antecedent
    for event, s in zip(doc.events, doc.event_sentences):
        antecedent = None
        if id(event) in doc.definite_events and not event.equipment:  # only these are looked back from
            earlier = [e for e, n in zip(events, sentences) if max(first, s - 3) <= n <= s]
            antecedent = next((e for e in reversed(earlier) if restated(e, event)), None)
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
            later = next((e for e, m in zip(events[n + 1:], sentences[n + 1:]) if s < m <= s + AHEAD and restated(e, event)), None)
            if later is not None:
                absorb(later, event)
                later.evidence.sort(key=lambda e: e.start)
                continue
        keep_events.append(event)
        keep_sentences.append(s)
    return keep_events, keep_sentences
