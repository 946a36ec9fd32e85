"""What gives an event military substance, and what the moved things make of a transfer verb.

An event needs items, or the generic nouns and places its type needs (a warship named by its navy's
prefix is a force; people lost are no materiel lost); an attack needs a military
side: a weapon or armed group named, a force as agent or target ("Ukrainian units attacked",
"shelling Armenian positions"), a verb with no sense but the armed one and a named attacker
("Israel bombed Beirut"), an attack noun as subject ("US strikes hit"), or a demonym agent ("an Israeli strike"). A transfer
verb that moves people and names no item ("sent troops to CAR", "personnel landed in Ouagadougou")
is a deployment, and so is a warship named by its navy's prefix moved by that navy to no recipient.
A dateline ("SEOUL - ") is where the report was filed: it fills no role. A withdrawal of a state
from a place it names ("France pulled out of Mali") or from a base needs no force word; carrying
people ("an A400M carrying the personnel") moves them, and "the last/remaining" of them withdraw.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.mentions import place_attrs, ref_of
from materiel.extract.roles import STOP
from materiel.extract.flights import ferried
from materiel.extract.relatives import closed_relative
from materiel.extract.responsibility import attack_claims
from materiel.extract.triggers import Trigger, military_station
from materiel.models import Event, Ref

GIVING = lx.DOUBLE_OBJECT | frozenset(("give", "gives", "gave", "given", "giving", "provide", "provides", "provided"))
NAVAL = ("submarine", "frigate", "destroyer", "carrier", "corvette", "vessel", "cruiser", "warship", "patrol boat",
         "amphibious", "landing ship")
DASHES = frozenset(("-", "–", "—"))
# Verbs by which a state itself, with no force named, withdraws ("France pulled out of Mali").
STATE_WITHDRAWALS = frozenset("""pull pulled pulls pulling withdraw withdrew withdrawn withdraws withdrawing withdrawal
pullout exit exits exited exiting quit quits departure""".split())
STRUCK = ("attack", "loss")  # event types of a verb whose object the carrying vehicle is
LAST = frozenset(("last", "remaining", "final"))
LEAVING_PATH = frozenset(("out", "of", "from", "the", "its", "their", "all", "completely", "entirely", "fully"))
AUXILIARIES = frozenset(("have", "has", "had", "were", "was", "been", "also", "already", "all", "first"))


PEOPLE = lx.FORCE_BODIES | lx.PERSONNEL | frozenset(("mercenaries", "fighters", "soldiers", "troops", "forces"))
LOST_ITEMS = lx.GENERIC_ITEMS - PEOPLE  # what a loss may lose: no people
STATIONS = frozenset(("station", "stations"))  # a base when a military word stands before it


# Words before an attack noun that make it armed: "air strikes", "drone attacks", "missile strikes".
ARMED_MODES = frozenset("air drone missile rocket artillery naval precision retaliatory".split())
STRIKE_NOUNS = frozenset(("strike", "strikes"))
# Naval units a state deploys ("China deploys carrier to Western Pacific"); only for a deployment, as a
# "bulk carrier" struck is a ship, not a force.
NAVAL_UNITS = frozenset("carrier destroyer frigate submarine warship corvette cruiser flotilla".split())
COMPONENTS = frozenset(("parts", "components", "kits", "spares"))


def has_content(doc: ArticleDoc, event: Event, trig: Trigger, clause: tuple[int, int]) -> bool:
    """An event needs military substance: items, or the generic nouns and places its type needs."""
    keys = doc.tokens.key[clause[0]:clause[1]]
    generic = not lx.GENERIC_ITEMS.isdisjoint(keys) or _weapon_parts(keys)
    if event.type == "loss":  # "troops ... after losing a dozen men": people lost are no materiel lost
        generic = not lx.GENERIC_SINGULAR.isdisjoint(keys) or not LOST_ITEMS.isdisjoint(keys)
    if event.type == "base_change":
        return not lx.BASE_NOUNS.isdisjoint(keys) or not lx.BASE_WORKS.isdisjoint(keys) \
            or any(military_station(doc.tokens.key, n) for n in doc.positions(STATIONS, clause[0], clause[1]))
    if event.type == "transfer" and doc.tokens.key[trig.i] in lx.OUT_IS_WITHDRAWAL \
            and not (ferried(doc.tokens.key, trig.i, clause[1]) and "out" not in keys[trig.i - clause[0]:trig.i - clause[0] + 8]):
        # people fly to talks; a flight is a transfer of named items or of cargo ("flew weapons into
        # Mogadishu"), but cargo flown "out of" a place tells the withdrawal from there
        return bool(event.equipment)
    if event.type == "transfer" and not event.equipment and _ship_moved(doc, trig, clause):
        return event.destination is not None  # "sent the USS Carney to the Red Sea": the ship moves
    if event.type in ("transfer", "order", "loss"):
        if event.equipment or not generic:
            return bool(event.equipment)
        roles = sum(getattr(event, r) is not None for r in ("actor", "recipient", "destination", "origin"))
        counted = event.type == "loss" and any(a.kind == "quantity" for a in doc.in_sentence(doc.sentence_of(trig.i))
                                               if clause[0] <= a.i < clause[1])
        return roles >= 2 or counted and roles >= 1
    entry = doc.catalog.get("actor", event.actor.id) if event.actor is not None else None
    armed_group = entry is not None and entry.get("kind") in ("armed_group", "pmc", "mission")
    if event.type in ("deployment", "withdrawal"):
        forces = not lx.FORCE_BODIES.isdisjoint(keys) or not lx.GENERIC_ITEMS.isdisjoint(keys) or armed_group \
            or event.type == "deployment" and not NAVAL_UNITS.isdisjoint(keys) \
            or _named_warship(doc, clause)  # "The USS Carl Vinson is operating in the Arabian Sea"
        if event.type == "withdrawal" and event.origin is not None:
            forces = forces or not lx.BASE_NOUNS.isdisjoint(keys) \
                or entry is not None and entry.get("kind") == "state" and _state_leaves_place(doc, event, trig, clause)
        return bool(event.equipment) or (forces and (event.actor or event.destination or event.origin) is not None)
    military = generic or bool(event.equipment) or not lx.ATTACK_WORDS.isdisjoint(keys) or not lx.MILITARY_SIDES.isdisjoint(keys)
    near = doc.tokens.key[trig.i - 1], doc.tokens.key[min(trig.j, len(doc.tokens.key) - 1)]
    military = military or any(lx.TRIGGERS.get(k, ("",))[0] == "attack" for k in near)  # "US strikes hit"
    military = military or doc.tokens.key[trig.i] in lx.KINETIC and None not in (event.actor, event.target)  # "Israel bombed Beirut"
    military = military or demonym_agent(doc, trig) is not None  # "an Israeli strike on Beirut"
    military = military or _claimed(doc, clause[0], trig.i)  # "JNIM claimed responsibility for the attack"
    military = military or near[0] in ARMED_MODES  # "carried out air strikes in Afghanistan"
    military = military or "cannon" in keys and (entry is not None or any(
        a.kind == "actor" and clause[0] <= a.i < trig.i for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor",))))
    # "a China Coast Guard ship fired water cannon at": a force's water cannon, not the police's
    military = military or doc.tokens.key[trig.i] in STRIKE_NOUNS and near[0] != "on" \
        and entry is not None and entry.get("kind") == "state"  # "Israel carried out strikes in Syria" (not "went on strike")
    return (military or armed_group) and (event.actor or event.target or event.destination) is not None


def _weapon_parts(keys: list[str]) -> bool:
    """'drone parts', 'missile components', 'weapons kits': parts of weapons are materiel."""
    return any(k in COMPONENTS and n > 0 and (keys[n - 1] in lx.ATTACK_WORDS or keys[n - 1] in lx.GENERIC_ITEMS)
               for n, k in enumerate(keys))


def _claimed(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """'JNIM claimed responsibility for the attack', 'JNIM claimed an attack on': a named group claiming an attack (in [lo, hi))
    tells an armed act ("nobody has claimed responsibility" names none)."""
    for k in attack_claims(doc, lo, hi):
        return any(a.j <= k for a in doc.in_sentence(doc.sentence_of(k), ("actor",)) if a.i >= lo)
    return False


def _state_leaves_place(doc: ArticleDoc, event: Event, trig: Trigger, clause: tuple[int, int]) -> bool:
    """'France pulled out of Mali', 'the US withdrew from Afghanistan': a state pulling out of or
    withdrawing from a place it names is a military withdrawal; not a state leaving a deal or a
    body ("withdrew from the Black Sea grain deal", "left ECOWAS")."""
    if doc.tokens.key[trig.i] not in STATE_WITHDRAWALS:
        return False
    keys = doc.tokens.key
    for ann in doc.in_sentence(doc.sentence_of(trig.i), ("place",)):
        between = keys[trig.j:ann.i]
        if trig.j <= ann.i < clause[1] and ann.entry.id == event.origin.id \
                and all(k in LEAVING_PATH for k in between):  # "pulled out of Mali", not "quit the talks in Vienna"
            after = keys[ann.j] if ann.j < clause[1] else "."
            return after in STOP or after in ("in", "on", "at", "after", "since", "last", "this", "over", "by") \
                or not after.isalpha()
    return False


def demonym_agent(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'an Israeli strike on Beirut', 'the French withdrawal': a demonym right before an event noun
    is who acts."""
    if trig.i < 1 or doc.tokens.key[trig.i].endswith("ed"):
        return None
    for ann in doc.ending(trig.i, ("actor",)):
        if ann.via == "demonym":
            return ref_of(ann)
    return None


def moves_people(doc: ArticleDoc, trig: Trigger, clause: tuple[int, int]) -> bool:
    """Whether a transfer verb moves people: the subject of an arrival or a departure ("troops
    arrived", "the last contingent sailed from Pemba") or of a passive sending ("troops were sent
    to"), the object of a sending or a flight ("sent 200 troops to", "flew troops to Bangui")."""
    keys = doc.tokens.key
    if trig.frame is lx.MOVE and keys[trig.i] in lx.CARRYING:  # "an aircraft carrying 200 troops took off"
        told = any(lx.TRIGGERS.get(k, ("",))[0] in STRUCK for k in keys[clause[0]:trig.i])  # "fired on a vehicle carrying"
        return not told and any(keys[k] in lx.PERSONNEL for k in range(trig.j, min(clause[1], trig.j + 4)))
    if trig.frame is lx.MOVE or trig.frame is lx.DEPART or trig.frame is lx.GIVE and trig.passive:
        # the subject: "troops arrived", "North Korean troops were sent to Kursk"
        which = closed_relative(keys, trig.i - 1, clause[0])  # "personnel of the Africa Corps, which replaced Wagner, arrived"
        end = trig.i - 1 if which is None else which - 2
        for k in range(end, max(clause[0], end - 4) - 1, -1):
            if (keys[k] in lx.PERSONNEL or keys[k] == "fighters") and keys[k + 1] not in ("carrier", "carriers"):
                return True  # "M23 fighters moved into the base"
            if keys[k] in STOP or keys[k] not in AUXILIARIES and keys[k] in lx.TRIGGERS:
                break
        # the object of a flight: "Russia flew troops to Bangui" ("drones flew into the city" have none)
        return keys[trig.i] in lx.OUT_IS_WITHDRAWAL and _people_ahead(keys, trig.i + 1, clause[1])
    if trig.frame is lx.GIVE and keys[trig.i] not in GIVING:  # "give the forces a capability": a recipient
        return _people_ahead(keys, trig.j, clause[1], naval=keys[trig.i] in lx.SENDING)
    return False


def _people_ahead(keys: list[str], start: int, hi: int, naval: bool = False) -> bool:
    """People (or with `naval`, warships) in the object starting at `start`, before its path."""
    for k in range(start, min(hi, start + 5)):
        if keys[k] in lx.PERSONNEL and keys[k + 1:k + 2] not in (["carrier"], ["carriers"]):
            return True  # "armoured personnel carriers" are vehicles
        if naval and keys[k] in lx.NAVAL_GROUPS:
            return True  # "dispatched warships to the Red Sea"; sold frigates are delivered
        if keys[k] in STOP or keys[k] in ("to", "into", "from", "with"):
            return False
    return False


def as_withdrawal(event: Event) -> None:
    """A force departing ("the last contingent sailed from Pemba for Durban") withdraws from there."""
    event.type = "withdrawal"
    event.recipient = None


def last_forces(doc: ArticleDoc, clause: tuple[int, int]) -> bool:
    """'the last French soldiers', 'the remaining personnel': the end of a force's presence."""
    keys = doc.tokens.key
    return any(keys[k] in LAST and any(w in lx.PERSONNEL or w in lx.FORCE_BODIES for w in keys[k + 1:min(clause[1], k + 4)])
               for k in range(clause[0], clause[1]))


def as_deployment(doc: ArticleDoc, event: Event) -> None:
    """A transfer of people is a deployment: the state receiving them is where they go."""
    event.type = "deployment"
    if event.destination is None and event.recipient is not None:
        place = doc.catalog.get("place", event.recipient.id) if event.recipient.id else None
        if place is not None:
            event.destination = Ref(place.id, place.name, place_attrs(place))
    event.recipient = None


def own_warships(event: Event, scope: list[Ann], giving: bool) -> bool:
    """'The USS Kentucky, an Ohio-class submarine, arrived at Busan': a warship its navy's prefix
    names, moved by that navy's state to no recipient, sails under its own flag: a deployment. A
    ship sent ("sent the USS Carney to the Red Sea", "HMS Diamond was sent") is what moves, not who
    receives: its state, read as the recipient, is the one moving it."""
    classes = [(i.cls or "").lower() for i in event.equipment]
    if event.type != "transfer":
        return False
    ships = {a.entry.id for a in scope if a.kind == "actor" and a.via == "ship"}
    if giving and event.recipient is not None and event.recipient.id in ships and event.actor in (None, event.recipient):
        event.actor, event.recipient = event.recipient, None
    if event.recipient is not None or event.actor is None:
        return False
    return event.actor.id in ships and all(any(n in c for n in NAVAL) for c in classes)  # no item: the ship itself moves


def in_dateline(doc: ArticleDoc, ann: Ann) -> bool:
    """'SEOUL - The USS Kentucky arrived', 'BAKU/YEREVAN - ...', 'KYIV, Jan 5 (Reuters) - ...': the
    place a sentence opens with in capitals, before a dash, is where the report was filed."""
    text = doc.tokens.text
    if DASHES.isdisjoint(text[ann.j:ann.i + 10]):
        return False  # no dash after it within the dateline's reach: checked first, most mentions are far from one
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    if not text[lo].isupper() or not lo <= ann.i < lo + 8:
        return False
    dash = next((k for k in range(lo, min(lo + 10, len(text))) if text[k] in DASHES), None)
    return dash is not None and ann.j <= dash


def _ship_moved(doc: ArticleDoc, trig: Trigger, clause: tuple[int, int]) -> bool:
    """'sent the USS Carney to the Red Sea', 'HMS Diamond was sent to': a warship named by its navy's
    prefix as what a giving verb moves (its object, or its subject in the passive)."""
    return trig.frame is lx.GIVE and any(a.via == "ship" and (trig.j <= a.i < min(clause[1], trig.j + 3) or trig.passive and a.i < trig.i)
                                         for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor",)))


def _named_warship(doc: ArticleDoc, clause: tuple[int, int]) -> bool:
    """Whether the clause names a warship by its navy's prefix ("USS Carl Vinson")."""
    return any(a.via == "ship" and clause[0] <= a.i < clause[1]
               for a in doc.in_sentence(doc.sentence_of(clause[0]), ("actor",)))
