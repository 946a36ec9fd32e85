"""Component: events from trigger words, with roles filled by the grammar of reporting.

For each sentence: find triggers (lexicon.py), drop hypotheticals (a modal reaches every verb of
its phrase), questions, clauses of fiction or shows and adjective or class-noun uses ("close to", "Mi-8 transports"),
split the sentence into clauses (", but ...", "a day after ..."), give every mention to the
nearest trigger of its clause (a new clause after ", and" or a participle with its agent takes the
mentions before it), then fill roles by the trigger's frame: the subject before it, the object
after it, and each preposition's role ("to Mali", "from Syria", "by the ministry"; role_specs.py). Agents the
frame misses: "led by X", "an Israeli strike", "X claimed to have hit" (agents.py), conjoined verbs;
what gives an event substance and when a transfer verb deploys is in substance.py. Items the
text leaves unsaid come from ellipsis.py; a participle saying where moved items were kept ("jets
based in Syria were moved to Libya") names the place they left; verbs of one sentence that tell
one event or share its roles (reduced relatives, restatements, conjoined verbs) are in
conjuncts.py. Equipment that only describes an item, is a target, is replaced or carries the cargo is no
item (item_roles.py); "a bomb carried by the TB2" moves nothing; a passive loss's weapon is not
lost. Loss participles joined by commas and "or" are one loss. A force after "the withdrawal of"
acts; a movement ending in the mover's own country is a withdrawal; a group named before an item
noun owns it ("an RSF drone"). After a movement verb a force after 'for' receives the items ("landed
in Kufra for the RSF"), a place there does not; a name before a purpose noun ("for a NATO
exercise") fills no role.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from materiel.extract import lexicon as lx
from materiel.extract.agents import (claimed_subject, maker_state, occasion_possessor, operator_state, possessive_party,
                                     pronoun_subject, spoken_pronoun, subject_before_relative, vessel_subject, which_antecedent)
from materiel.extract.attack_targets import definite_noun, definite_target, target_phrase
from materiel.extract.claimants import admits_own_loss, is_claimant
from materiel.extract.clauses import clauses
from materiel.extract.conjuncts import (
    carries_on_withdrawal,
    continues,
    coordinated,
    merge_into,
    moves_items_of,
    reduced_relative,
    restates,
    same_side_clause,
    share_roles,
)
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.ellipsis import anaphoric_items, fired_items, gapped, ordered_units, relative_items
from materiel.extract.event_dates import event_date
from materiel.extract.facilities import located_place, place_ref
from materiel.extract.item_roles import carried_by_platform, carriers, event_items
from materiel.extract.items import items_with_quantities
from materiel.extract.look_alikes import fiction, look_alike
from materiel.extract.place_roles import (keep_listing_country, keep_sites_country, moves_on, narrow_places,
                                          own_side_of_border, set_role, spread_over_list)
from materiel.extract.registry import component
from materiel.extract.relatives import in_other_relative
from materiel.extract.role_specs import owner_rank, role_spec, stock_owner
from materiel.extract.roles import actor_ref, fill, governing_prep
from materiel.extract.scopes import scopes
from materiel.extract.shaped_triggers import SHAPED_TRIGGERS, shaped_trigger
from materiel.extract.substance import (
    as_deployment,
    as_withdrawal,
    demonym_agent,
    has_content,
    in_dateline,
    last_forces,
    moves_people,
    own_warships,
)
from materiel.extract.weapon_attacks import weapon_attack
from materiel.extract.triggers import BASE_KINDS, Trigger, find_triggers
from materiel.models import Event, Evidence, Ref

OWNER_IS_ACTOR = ("transfer", "deployment", "withdrawal", "loss", "attack")
OPERATED_TYPES = ("deployment", "withdrawal", "loss", "attack")  # who operates items moves, fires or loses them
COMMA = frozenset((",",))


@component("events", assigns=("events",), requires=("mentions.catalog", "mentions.quantity", "mentions.date"))
def events(doc: ArticleDoc) -> ArticleDoc:
    """Find events sentence by sentence."""
    if look_alike(doc):
        return doc
    for s, lo, hi in _sentences_with(doc):  # no trigger word: no event (most sentences of a report)
        if doc.tokens.text[hi - 1] == "?":
            continue
        first = len(doc.events)  # this sentence's events are the ones added from here
        parts = clauses(doc, lo, hi)
        if fiction(doc, lo, hi):  # a game, film, museum or show: its clause tells no movement
            parts = [(clo, chi) for clo, chi in parts if not fiction(doc, clo, chi)]
        anns = doc.in_sentence(s)
        previous: Event | None = None
        previous_trig: Trigger | None = None
        subject: Event | None = None  # the latest event of the sentence with an actor
        for clo, chi in parts:
            triggers = find_triggers(doc, clo, chi)
            relative: Event | None = None  # "the tanks bought by Taiwan" before "were unloaded"
            for trig, scope in zip(triggers, scopes(doc, triggers, anns, clo, chi)):
                event = build_event(doc, trig, scope, (clo, chi), anns)
                if relative is not None and not event.equipment and (trig.passive or doc.tokens.key[trig.i] in lx.ARRIVING):
                    moves_items_of(doc, event, relative)
                relative = event if reduced_relative(doc, trig) and event.equipment else relative
                if carries_on_withdrawal(doc, trig, previous, event):
                    continue  # "pulled out of Ain al-Asad and moved their MQ-9s to Erbil": one withdrawal
                if subject is not None and continues(doc, trig):
                    share_roles(subject, event)  # "Moscow has equipped the junta, sending Mi-17s"
                    if id(event) in doc.thin_events and has_content(doc, event, trig, (clo, chi)):
                        doc.thin_events.discard(id(event))  # "handed over the camp and left the town"
                elif subject is not None and same_side_clause(doc, subject, event, trig):
                    event.actor = subject.actor  # "Russian troops are stationed at Gyumri, and MiG-29s are based at Erebuni"
                if event.type in ("deployment", "withdrawal") and _company(doc, event.actor, s):
                    event.actor = None  # "drones from the manufacturer Baykar, parked beside a hangar": a maker deploys nothing
                if restates(doc, trig, previous, event):
                    merge_into(previous, event)  # "launched strikes on Monday, hitting nine sites"
                    continue
                if previous is not None and coordinated(doc, previous_trig, trig, previous, event):
                    merge_into(previous, event)  # "T-72 tanks destroyed, damaged or captured, with Osa systems"
                    previous.equipment.extend(i for i in event.equipment if i not in previous.equipment)
                    continue
                previous, previous_trig = event, trig
                subject = event if event.actor is not None else subject
                struck = weapon_attack(doc, trig, event, scope, clo) if event.type == "loss" else None
                if struck is not None and not any(e.type == "attack" for e in doc.events[first:]):
                    _add(doc, struck, s)  # "an Iskander-M missile had destroyed a Patriot launcher"
                _add(doc, event, s)
            if triggers and previous is not None:
                commas = doc.positions(COMMA, triggers[-1].j, chi)
                twin = gapped(doc, previous, commas[0], chi) if commas else None  # the first comma after the verbs
                if twin is not None:
                    _add(doc, twin, s)  # "..., and Norway six"
        if len(doc.events) > first:
            _losses_where_struck(doc, s, first)
            narrow_places(doc, doc.events[first:])
    return doc


def _sentences_with(doc: ArticleDoc) -> Iterator[tuple[int, int, int]]:
    """(s, lo, hi) of each sentence holding a trigger word, or a word found apart in its shape
    ("Russian troops remain in Armenia", "Iran arms Houthis with": shaped_triggers.py), in order (one
    pass over the sentences beside the words' positions)."""
    held, n = doc.positions(lx.TRIGGERS), 0
    shaped = doc.positions(SHAPED_TRIGGERS)
    if not held and not shaped:
        return
    for s, (lo, hi) in enumerate(doc.sentences):
        n = bisect_left(held, lo, n)
        if n < len(held) and held[n] < hi:
            yield s, lo, hi
        elif shaped and any(shaped_trigger(doc, k, lo, hi) for k in doc.positions(SHAPED_TRIGGERS, lo, hi)):
            yield s, lo, hi


def _add(doc: ArticleDoc, event: Event, s: int) -> None:
    lo, hi = doc.sentences[s]
    if not event.evidence:
        event.evidence.append(_evidence(doc, lo, hi))
    doc.events.append(event)
    doc.event_sentences.append(s)


def _losses_where_struck(doc: ArticleDoc, s: int, first: int) -> None:
    """'The strike on the airfield destroyed five helicopters': a loss happened where the attack of
    its sentence s (its events from `first` on) did; for 'the strike' told before, where that one did."""
    here = doc.events[first:]
    if not any(e.type == "loss" for e in here):
        return  # no loss to place
    place = next((e.destination for e in here if e.type == "attack" and e.destination is not None), None)
    if place is None and any(e.type == "attack" and id(e) in doc.definite_events for e in here):
        told = [e for e, n in zip(doc.events[:first], doc.event_sentences[:first]) if s - 3 <= n and e.type == "attack"]
        place = next((e.destination for e in reversed(told) if e.destination is not None), None)  # "the strike"
    for event in here:
        if event.type == "loss" and event.destination is None:
            event.destination = place


def _evidence(doc: ArticleDoc, lo: int, hi: int) -> Evidence:
    start, end = doc.tokens.start[lo], doc.tokens.end[hi - 1]  # doc.char_span, read directly
    return Evidence(start, end, doc.text[start:end])


def build_event(doc: ArticleDoc, trig: Trigger, scope: list[Ann], clause: tuple[int, int], sentence: list[Ann]) -> Event:
    """Fill an event's roles from its trigger's scope. One without military substance is marked
    thin: merge may use it to complete the event it refers to, then drops it."""
    event = Event(type=trig.type, change=trig.change)
    doc.built_events.append(event)  # its id marks it in thin_events and the like: no later event may reuse it
    named = [a for a in scope if a.kind == "equipment"]
    equipment = event_items(doc, named, trig)
    if trig.type == "loss" and trig.passive:  # "destroyed by Bayraktar TB2 drones": the weapon is not lost
        equipment = [a for a in equipment if not _weapon_of_loss(doc, trig, a, clause[0])]
    quantities = [a for a in scope if a.kind == "quantity"] + [
        a for a in sentence if a.kind == "quantity" and doc.tokens.key[a.j:a.j + 2] == ["of", "them"] and a not in scope]
    owners: list[tuple[int, Ref]] = []  # (rank, owner): 0 names the items directly, 1 is a possessive
    placed: int | None = None  # where the destination was named
    # "an Israeli missile damaged the radar of an S-300": with items after the verb, the subject destroyed them
    objects = trig.frame is lx.LOSS and not trig.passive and any(a.i >= trig.j for a in named)
    for ann in scope:
        if ann.kind not in ("actor", "place") or is_claimant(doc, ann, clause[0], clause[1]) or in_dateline(doc, ann):
            continue
        if in_other_relative(doc.tokens.key, ann.i, trig.i):
            continue  # "Russia, which has a base in Gyumri, sent ...": not where; "the UAE, which denied arming the RSF, flew": not who
        rank = owner_rank(doc, ann)
        if rank is not None and trig.type == "attack" and ann.i >= trig.j and not trig.passive \
                and governing_prep(doc, ann, clause[0]) != "by":
            continue  # "a car bomb hit an AU convoy": whose the target is ("carried out by an Ethiopian drone" acts)
        if rank is not None:
            destroyer = trig.type == "loss" and ann.i < trig.i and not trig.passive  # "Ukrainian drones destroyed"
            if destroyer and objects:
                continue  # the destroyer is no owner of what it destroyed
            owners.append((rank + 2 * destroyer, actor_ref(doc, ann) or Ref(ann.entry.id, ann.entry.name)))
            continue
        spec = role_spec(doc, trig, ann, clause[0])
        if spec:
            for role, ref in fill(spec, doc, ann):
                if role == "destination" and moves_on(doc, event, placed, ann, ref):
                    event.destination = None  # "arrived at Dakar and were driven to Bamako": where they ended
                set_role(event, role, ref)
                placed = ann.i if role == "destination" and event.destination is ref else placed
    keep_listing_country(doc, event, scope)
    keep_sites_country(doc, event, scope, trig.j)
    spread_over_list(doc, event, scope)
    own_side_of_border(doc, event, clause)
    if trig.type == "base_change" and event.destination is None:
        event.destination = _relative_base(doc, trig, clause[0])  # "its facility at Port Sudan, which it set up"
    if trig.type in ("transfer", "order"):
        stock_owner(doc, scope, clause[0], event)  # "from German industry stocks", "drawn from US stocks"
    if trig.type in ("withdrawal", "deployment") and event.actor is None or trig.type == "attack":
        # "the German departure": who leaves, before any possessive later; "Ukrainian forces repelled a
        # Russian assault": the demonym before an attack noun is its agent, not the clause's subject
        event.actor = demonym_agent(doc, trig) or event.actor
    if event.actor is None and owners and trig.type in OWNER_IS_ACTOR:
        event.actor = min(owners, key=lambda o: o[0])[1]
    if event.actor is None and trig.type == "loss":
        event.actor = _their_owner(doc, named, sentence)  # "four US soldiers died when their M88A2 sank"
    if event.actor is None and trig.type == "loss" and admits_own_loss(doc, trig):
        doc.spoken_subjects[id(event)] = "actor"  # "Moscow acknowledged that the Moskva had sunk": its own
    if trig.type == "order":
        possessive_party(doc, trig, scope, event)  # "Saudi Arabia's purchase of 48 Typhoons"
        if _company(doc, event.recipient, doc.sentence_of(trig.i)) and not _company(doc, event.actor, doc.sentence_of(trig.i)):
            event.actor, event.recipient = event.recipient, event.actor  # "Hanwha signed a deal with Romania": the maker sells
    subject = trig.frame.subject if trig.frame.subject in ("actor", "recipient") else "actor"
    if getattr(event, subject) is None and trig.type not in ("loss",):  # "Tokyo said it would buy": the buyer
        setattr(event, subject, pronoun_subject(doc, trig, clause[0]) or claimed_subject(doc, trig)
                or subject_before_relative(doc, trig) or vessel_subject(doc, trig) or occasion_possessor(doc, trig)
                or which_antecedent(doc, trig))
        if getattr(event, subject) is None and spoken_pronoun(doc, trig, clause[0]):
            doc.spoken_subjects[id(event)] = subject  # "the ministry said it had received": the speaker's state
    if event.actor is None and trig.type not in ("loss",):
        event.actor = demonym_agent(doc, trig)
    if event.actor is None and trig.type in ("order", "transfer"):
        made = maker_state(doc, equipment)  # "buy 400 US-made Tomahawk missiles": the maker's state supplies
        event.actor = made if made is None or event.recipient is None or made.id != event.recipient.id else None
    if event.actor is None and trig.type in OPERATED_TYPES:
        event.actor = operator_state(doc, equipment)  # "Turkish-operated TB2 drones struck": who operates them
    event.equipment = (items_with_quantities(doc, equipment, quantities, trig.i) or anaphoric_items(doc, quantities)
                       or relative_items(doc, trig.i, doc.sentences[doc.sentence_of(trig.i)][0])
                       or (fired_items(doc, trig.i, trig.j) if trig.type == "attack" else [])
                       or (ordered_units(doc, trig.i, trig.j, clause[1]) if trig.type == "order" else []))
    event.date = event_date(doc, trig, scope, sentence)
    unclaimed = not event.equipment or trig.frame is lx.GIVE and event.recipient is None  # "sending F-35 squadrons"
    carrier = doc.tokens.key[trig.i] in lx.CARRYING and moves_people(doc, trig, clause)
    unclaimed = unclaimed or carrier  # "an A400M carrying the personnel took off": the aircraft carries them
    if trig.frame is lx.DEPART and moves_people(doc, trig, clause):
        as_withdrawal(event)  # "the last contingent sailed from Pemba, taking its Casspirs with it"
    elif trig.type == "transfer" and (unclaimed and moves_people(doc, trig, clause) or own_warships(event, scope, trig.frame is lx.GIVE)):
        as_deployment(doc, event)  # "sent troops to CAR", "personnel landed in Ouagadougou", "sent HMS Trent"
        if carrier:  # the aircraft carrying the personnel is no item moved; the people's state moves them
            event.equipment = items_with_quantities(doc, [a for a in equipment if a.i >= trig.j], quantities)
            forces = [actor_ref(doc, a) for a in scope if a.kind == "actor" and a.i >= trig.j and a.via == "demonym"]
            event.actor = event.actor or next((r for r in forces if r is not None), None)
    if event.type == "deployment" and event.origin is not None and last_forces(doc, clause) and trig.frame is not lx.DEPLOY:
        event.type = "withdrawal"  # "an aircraft carrying the remaining personnel took off from Niamey"
    if event.type in ("transfer", "deployment") and event.recipient is None and _home(event):
        if _new_items(doc, equipment):  # "the Malian army's new Su-24s arrived in Bamako from Russia": delivered
            event.type, event.recipient, event.actor = "transfer", event.actor, None
        else:
            event.type = "withdrawal"  # "the peacekeepers redeployed from Nagorno-Karabakh to Russia": they went home
    elif event.type == "transfer" and trig.frame is lx.GIVE and event.recipient is None and _own_ground(event):
        as_deployment(doc, event)  # "the army sent 16 Guaicuru vehicles to Roraima": its own, to its own ground
    if doc.tokens.key[trig.i] in lx.HANDOVER_TRIGGERS and not event.equipment and _base_object(doc, trig, clause[1]):
        event.type, event.change = "base_change", "handed_over"
        event.recipient = event.origin = None  # a base change has actor, place and change (DESIGN's roles)
        bases = [a for a in scope if a.kind == "place" and a.entry.get("kind") in BASE_KINDS]
        located = [a for a in scope if a.kind == "place" and a.i < trig.i and trig.passive]  # "the camp in Kidal was"
        named = [a for a in scope if a.kind == "place" and doc.tokens.key[a.j:a.j + 1] and doc.tokens.key[a.j] in lx.BASE_NOUNS]
        base = (bases or located or named or [None])[0]  # "handed over the Gossi base": at Gossi
        country = event.destination is not None and event.destination.attrs.get("place_type") == "country"
        if base is not None and (event.destination is None or country):  # "the Faya base in Chad": Faya
            # "Ain al-Asad air base was handed over": the base is where; "the facility" pointing back
            # to "Niamey airport" is where that name put its own events, the town
            event.destination = located_place(doc, base) if base.via == "reference" else place_ref(base)
    if trig.type == "attack" and event.target is None:
        event.target = target_phrase(doc, trig, clause[1])
    if definite_noun(doc, trig, clause[0]) or definite_target(doc, trig, event):
        doc.definite_events.add(id(event))  # "the strike", "one missile struck the ship": an event told before
    if not has_content(doc, event, trig, clause) and not carriers(doc, named, trig) or carried_by_platform(doc, trig):
        doc.thin_events.add(id(event))  # kept for merge; "Il-76s with weapons landed" has substance, "carried by the TB2" none
    return event


def _weapon_of_loss(doc: ArticleDoc, trig: Trigger, ann: Ann, lo: int) -> bool:
    """'T-72 tanks were destroyed by Bayraktar TB2 drones': the weapon after 'by' or 'with' in a
    passive loss destroyed the items; it is not lost."""
    return trig.type == "loss" and trig.passive and ann.i >= trig.j and governing_prep(doc, ann, lo) in ("by", "with")


def _relative_base(doc: ArticleDoc, trig: Trigger, lo: int) -> Ref | None:
    """'the naval base at Subic Bay, which the Navy closed in 1992': a base change in a relative
    clause on a base is at the place that base phrase names."""
    keys = doc.tokens.key
    which = next((n for n in range(trig.i - 1, max(lo, trig.i - 5) - 1, -1) if keys[n] == "which"), None)
    if which is None or keys[which - 1] != ",":
        return None
    phrase = range(max(lo, which - 8), which - 1)
    if not any(keys[n] in lx.BASE_NOUNS for n in phrase) and not any(
            a.entry.get("kind") in BASE_KINDS for a in doc.ending(which - 1, ("place",))):
        return None
    placed = [a for a in doc.in_sentence(doc.sentence_of(trig.i), ("place",)) if a.j in phrase or a.j == which - 1]
    return located_place(doc, placed[-1]) if placed else None


def _new_items(doc: ArticleDoc, items: list[Ann]) -> bool:
    """'The Malian army's new Su-24s arrived in Bamako from Russia': new or first items arriving
    come to their owner; they do not return home."""
    keys = doc.tokens.key
    return any(w in lx.NEWLY for a in items for w in keys[max(0, a.i - 2):a.i])


def _their_owner(doc: ArticleDoc, named: list[Ann], sentence: list[Ann]) -> Ref | None:
    """'Four US soldiers died when their M88A2 sank', 'French troops said their VAB hit a mine': the
    owner of items after 'their' is the state of the people named before it in the sentence."""
    keys = doc.tokens.key
    for item in named:
        if item.i == 0 or keys[item.i - 1] not in ("their", "its"):
            continue
        people = [a for a in sentence if a.kind in ("actor", "place") and a.j < item.i
                  and a.j < len(keys) and (keys[a.j] in lx.PERSONNEL or keys[a.j] in lx.FORCE_BODIES)]
        if people:
            return actor_ref(doc, people[-1]) or Ref(people[-1].entry.id, people[-1].entry.name)
    return None


def _company(doc: ArticleDoc, ref: Ref | None, s: int) -> bool:
    """Whether an actor is a company (a maker sells and delivers; it deploys and withdraws nothing):
    by its catalog entry, or as a company the sentence names ("the Turkish manufacturer Baykar")."""
    if ref is None:
        return False
    if ref.id:
        entry = doc.catalog.get("actor", ref.id)
        return entry is not None and entry.get("kind") == "company"
    return any(a.entry.get("kind") == "company" and a.entry.name == ref.name for a in doc.in_sentence(s, ("actor",)))


def _own_ground(event: Event) -> bool:
    """Whether a state sends items to a place in its own country ("Brazil sent vehicles to Roraima",
    "Japan sent missile launchers to Ishigaki"): no one receives them; they are deployed there."""
    if event.actor is None or event.actor.id is None or event.destination is None or not event.destination.attrs:
        return False
    dest = event.destination
    return (dest.attrs.get("stands_for") or dest.attrs.get("country")) == event.actor.id


def _home(event: Event) -> bool:
    """Whether a movement from a place ends in the mover's own country ("redeployed from
    Nagorno-Karabakh to Russia", "flew from Niamey to Wunstorf" for Germany): a return home."""
    if event.actor is None or event.actor.id is None or event.origin is None or event.destination is None:
        return False
    dest = event.destination
    home = dest.attrs.get("stands_for") or dest.attrs.get("country") if dest.attrs else None
    origin_country = event.origin.attrs.get("country") if event.origin.attrs else None
    return home == event.actor.id and origin_country not in (None, home)  # a place abroad, known to be abroad


def _base_object(doc: ArticleDoc, trig: Trigger, hi: int) -> bool:
    """'handed over the forward operating base', 'handing over Air Base 201', 'the facility was
    handed over to the Iraqi army': a base changes hands."""
    if trig.passive and _base_subject(doc, trig):
        return True
    keys_all = doc.tokens.key
    if keys_all[trig.j:trig.j + 1] == ["it"] or keys_all[trig.j:trig.j + 2] == ["it", "over"]:
        lo = doc.sentences[doc.sentence_of(trig.i)][0]
        return any(k in lx.BASE_NOUNS for k in keys_all[max(lo, trig.i - 10):trig.i])  # "vacated the base and handed it over"
    keys = doc.tokens.key[trig.j:min(hi, trig.j + 5)]
    bases = any(a.entry.get("kind") in BASE_KINDS and trig.j <= a.i < trig.j + 5
                for a in doc.in_sentence(doc.sentence_of(trig.i), ("place",)))
    return any(k in lx.BASE_NOUNS for k in keys) or bases


def _base_subject(doc: ArticleDoc, trig: Trigger) -> bool:
    """A base noun heading the subject of a passive verb ("the facility was handed over", past an
    apposition: "the facility, including its hangar, was handed over")."""
    keys = doc.tokens.key
    n = trig.i - 1
    while n > 0 and (keys[n] in ("was", "were", "been", "is", "are", "has", "have", "had", "be", "formally", "officially")
                     or keys[n].endswith("ly")):
        n -= 1
    if keys[n] == ",":  # "the facility, including its hangar, was handed over": past the apposition
        n = next((m - 1 for m in range(n - 1, max(0, n - 12), -1) if keys[m] == ","), n)
    if keys[n] in lx.BASE_NOUNS or any(a.entry.get("kind") in BASE_KINDS for a in doc.ending(n + 1, ("place",))):
        return True
    located = doc.ending(n + 1, ("place",))  # "the camp in Kidal was handed over"
    return bool(located) and located[0].i >= 2 and keys[located[0].i - 1] in ("in", "at", "near") \
        and keys[located[0].i - 2] in lx.BASE_NOUNS


