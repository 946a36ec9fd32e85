"""A weapon that destroyed something struck it: the attack a loss sentence tells through its subject.

"an Iskander-M missile had destroyed a Patriot launcher", "an Israeli missile damaged the radar of an
S-300 battery": a munition (a named missile, rocket, bomb, loitering munition or strike drone, or such
a class noun) as the subject of an active verb of destroying with an object tells an attack as well
as the loss, as "the strike destroyed nine helicopters" does. The attack's weapon is that munition,
its attacker the demonym on it ("an Israeli missile") or the party claiming it ("Russia's defence
ministry claimed that an Iskander-M missile ..."), its place and date the loss's. Air defences are
no such weapon ("a surface-to-air missile downed a drone" is a loss only), nor are verbs of downing.
"""
from __future__ import annotations

from materiel.extract.claimants import is_claimant
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.items import items_with_quantities
from materiel.extract.roles import actor_ref
from materiel.extract.triggers import Trigger
from materiel.models import Event, Ref

DESTROYING = frozenset("destroyed destroys destroy damaged damages wrecked sank".split())
MUNITION_CLASSES = ("missile", "munition", "rocket", "bomb", "drone")
AIR_DEFENCE = ("surface-to-air", "air defence", "air defense", "interceptor")
MUNITION_NOUNS = frozenset("missile missiles rocket rockets bomb bombs shell shells".split())
AIR_DEFENCE_WORDS = frozenset("surfacetoair antiaircraft interceptor defence defense".split())  # keys drop hyphens
CLAIMING = frozenset(("claimed", "claims", "claim"))


def weapon_attack(doc: ArticleDoc, trig: Trigger, loss: Event, scope: list[Ann], lo: int) -> Event | None:
    """The attack told by the munition that is the subject of the loss verb at `trig`, or None."""
    keys = doc.tokens.key
    if keys[trig.i] not in DESTROYING or trig.passive or not loss.equipment:
        return None
    weapon, noun = _subject_munition(doc, trig, scope, lo)
    if weapon is None and noun is None:
        return None
    start = weapon.i if weapon is not None else noun
    sentence = doc.in_sentence(doc.sentence_of(trig.i), ("actor", "place"))
    demonyms = [a for a in sentence if a.kind == "actor" and a.via == "demonym" and start - 3 <= a.i < start]
    named_by = demonyms[-1] if demonyms else None  # "an Israeli missile": the state the demonym names
    attacker = (actor_ref(doc, named_by) or Ref(named_by.entry.id, named_by.entry.name)) if named_by else \
        _claiming(doc, sentence, start)
    attack = Event(type="attack", actor=attacker, destination=loss.destination, date=loss.date)
    if weapon is not None:
        attack.equipment = items_with_quantities(doc, [weapon], [])
    attack.evidence = list(loss.evidence)
    return attack


def _subject_munition(doc: ArticleDoc, trig: Trigger, scope: list[Ann], lo: int) -> tuple[Ann | None, int | None]:
    """The munition right before the verb (past an auxiliary or an adverb): a named one, or the
    token of a munition noun; (None, None) when the subject is no munition."""
    keys = doc.tokens.key
    k = trig.i - 1
    while k > lo and (keys[k] in ("had", "has", "have", "reportedly", "also", "then") or keys[k].endswith("ly")):
        k -= 1
    named = [a for a in scope if a.kind == "equipment" and a.j - 1 <= k <= a.j and a.i >= lo]
    if named:
        cls = (named[-1].entry.get("class") or "").lower()
        return (named[-1], None) if _munition(cls) else (None, None)
    if keys[k] in MUNITION_NOUNS and not any(w in AIR_DEFENCE_WORDS for w in keys[max(lo, k - 2):k]):
        before = doc.ending(k, ("equipment",))
        if before:
            cls = (before[-1].entry.get("class") or "").lower()
            return (before[-1], None) if _munition(cls) else (None, None)
        return None, k
    return None, None


def _claiming(doc: ArticleDoc, sentence: list[Ann], start: int) -> Ref | None:
    """'Russia's defence ministry claimed that an Iskander-M missile had destroyed ...': who claims a
    strike by a munition claims its own strike ("said" alone does not: the victim also says)."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(start)][0]
    for ann in reversed([a for a in sentence if a.j <= start]):
        if is_claimant(doc, ann, lo, start) and any(k in CLAIMING for k in keys[ann.j:start]):
            return actor_ref(doc, ann)
    return None


def _munition(cls: str) -> bool:
    return any(w in cls for w in MUNITION_CLASSES) and not any(w in cls for w in AIR_DEFENCE) \
        and not cls.endswith("system")

