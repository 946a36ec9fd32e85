"""Triggers found together in one sentence: which to keep, which to join, which to drop.

A participle right after the noun it describes ("the materiel pulled out of Syria was moved") is no
event of its own; a sighting of a wreck moves nothing; conjoined verbs ("delivered and deployed")
are one event, as are a verb and the base change noun it takes ("inaugurated the expansion of"), an
announcing verb and the order noun it names ("announced a $500 million package"), a sighting and the
deployment word after it ("seen parked at"); a movement's purpose ("arrived to reinforce") is no
event of its own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.moods import PASSIVE_AUX
from materiel.extract.roles import STOP

if TYPE_CHECKING:  # triggers imports this module; the class is only needed for annotations
    from materiel.extract.triggers import Trigger

REINFORCING = frozenset(("reinforce", "bolster", "strengthen", "support", "replace", "relieve"))
# Sighting verbs, which a deployment word right after them turns into that deployment ("seen parked at").
SIGHTED = frozenset("seen spotted sighted photographed filmed observed pictured".split())




def drop_sightings_of_wrecks(doc: ArticleDoc, found: list[Trigger]) -> list[Trigger]:
    """'A burnt-out BTR-82A was filmed near Robotyne': a sighting of a wreck moves nothing."""
    keys = doc.tokens.key
    if not any(t.type == "loss" and keys[t.i] in lx.WRECKED for t in found):
        return found
    return [t for t in found if not (t.type == "transfer" and keys[t.i] in lx.SHOWING)]


def drop_reduced_relatives(doc: ArticleDoc, found: list[Trigger]) -> list[Trigger]:
    """'the materiel pulled out of Syria was moved to Libya': a participle right after the noun it
    describes, before the clause's own passive verb, is no event; its phrases go to that verb. So
    is a leaving or a carrying after what a strike hit ("hit a convoy leaving Kramatorsk", "fired on
    a vehicle carrying peacekeepers")."""
    if len(found) < 2:
        return found  # no other verb: nothing it could be reduced to or located by
    keys = doc.tokens.key
    out = []
    for n, t in enumerate(found):
        later = found[n + 1:]
        # an order told in passing ("jets ordered by Iran were delivered") is an event of its own
        participle = t.type != "order" and keys[t.i].endswith("ed") and noun_before(doc, t.i)
        # "tanks destroyed near X were filmed"
        shown = participle and t.type == "loss" and any(keys[u.i] in lx.SHOWING for u in later)
        if participle and not shown and _main_verb_after(keys, t, later):
            continue
        if keys[t.i].endswith("ing") and (t.type == "withdrawal" or keys[t.i] in lx.CARRYING) \
                and any(u.type in ("attack", "loss") for u in found[:n]) \
                and (noun_before(doc, t.i) or keys[t.i - 1] in lx.GENERIC_SINGULAR):
            continue  # "the drone hit a convoy leaving Kramatorsk", "fired on a vehicle carrying peacekeepers"
        if keys[t.i] in lx.LOCATING and any(u.type in ("transfer", "withdrawal", "attack", "loss") for u in found[:n]) \
                and (noun_before(doc, t.i) or t.i > 0 and head_noun(keys[t.i - 1]) is not None):  # "bombers stationed"
            continue  # "sent Su-24 bombers stationed at Hmeimim to Libya", "hit two jets parked at Marinovka": where they were
        out.append(t)
    return out


def _main_verb_after(keys: list[str], t: Trigger, later: list[Trigger]) -> bool:
    """A passive verb after the participle ("... was moved"), or its agent before a verb ("Drones
    launched by the RSF struck ...")."""
    return any(keys[u.i - 1] in PASSIVE_AUX or keys[u.i - 2] in PASSIVE_AUX for u in later) or (
        bool(later) and t.j < len(keys) and keys[t.j] == "by")


def noun_before(doc: ArticleDoc, i: int) -> bool:
    """Items right before token i: a generic item noun or a named piece of equipment."""
    return i > 0 and (doc.tokens.key[i - 1] in lx.GENERIC_ITEMS or bool(doc.ending(i, ("equipment",))))


def one_per_run(triggers: list[Trigger], keys: list[str]) -> list[Trigger]:
    """Conjoined triggers ('delivered and deployed', 'shipped, unloaded') keep the first;
    'attack ... destroyed' keeps both; a verb of a base change whose object is a base change noun
    ("inaugurated the expansion of") is one."""
    out: list[Trigger] = []
    for t in triggers:
        if out and t.type == out[-1].type == "base_change" and 0 < t.i - out[-1].j <= 3 \
                and all(keys[n] not in STOP and keys[n] not in lx.TRIGGERS for n in range(out[-1].j, t.i)):
            # "inaugurated the Chinese-funded expansion of Ream": one change, the one its object names
            out[-1] = replace(out[-1], j=t.j, type=t.type, frame=t.frame, change=t.change or out[-1].change)
            continue
        if out and t.type == out[-1].type == "order" and keys[out[-1].i] in lx.ANNOUNCING and keys[t.i] in lx.ORDER_NOUNS \
                and 0 < t.i - out[-1].j <= 8 and all(keys[n] not in STOP and keys[n] not in lx.TRIGGERS for n in range(out[-1].j, t.i)):
            out[-1] = replace(out[-1], j=t.j, type=t.type)
            continue  # "announced a $500 million package": one order, announced by its giver
        if out and keys[t.i] in REINFORCING and keys[t.i - 1] == "to" and out[-1].type in ("transfer", "deployment") \
                and t.i - out[-1].j <= 6 and all(keys[n] not in STOP for n in range(out[-1].j, t.i)):
            continue  # "arrived to reinforce the garrison in Kidal", "sent 300 troops to reinforce": its purpose
        adjacent = bool(out) and out[-1].j == t.i
        if adjacent and t.type == "deployment" and keys[out[-1].i] in SIGHTED:
            out[-1] = t
            continue  # "seen parked at Harar Meda", "spotted stationed near": the sighting shows a deployment
        if adjacent and out[-1].type != t.type:
            out.append(t)  # "the strike destroyed nine helicopters": an attack and a loss
            continue
        if out and all(keys[n] in ("and", "or", ",") for n in range(out[-1].j, t.i)):
            continue
        out.append(t)
    return out
