"""Claims of an attack: who claims one carried it out ("JNIM claimed responsibility for the
attack", "Islamic State claimed an attack on an army base", "the Houthis claimed the strike")."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc

CLAIMED_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "this", "that", "both"))
# Nouns of an attack a group claims as its own.
CLAIMED_ACTS = frozenset("attack attacks strike strikes raid raids assault bombing bombings ambush killing".split())
# Words after a claimed act that end its noun phrase ("claimed an attack on", not "claimed the strikes hit").
AFTER_ACT = frozenset(("on", "in", "against", "at", "near", "that", "which", ",", ".", ";", "and"))
CLAIMING = frozenset(("claimed", "claims", "claim", "claiming"))  # not "took the attack": only a claim names it


def claims_attack(keys: list[str], k: int) -> bool:
    """Whether the claim verb at k claims an attack: 'claimed responsibility', 'claimed an attack',
    'claimed the strikes'."""
    if keys[k] not in lx.RESPONSIBILITY_CLAIMS or k + 1 >= len(keys):
        return False
    if keys[k + 1] in lx.RESPONSIBILITY:
        return True
    if keys[k] not in CLAIMING or keys[k + 1] not in CLAIMED_DETERMINERS or k + 2 >= len(keys) or keys[k + 2] not in CLAIMED_ACTS:
        return False
    return k + 3 >= len(keys) or keys[k + 3] in AFTER_ACT  # not "claimed the strikes hit military targets": a clause


def attack_claims(doc: ArticleDoc, lo: int, hi: int) -> list[int]:
    """Positions of the claim verbs in [lo, hi) that claim an attack."""
    keys = doc.tokens.key
    return [k for k in doc.positions(lx.RESPONSIBILITY_CLAIMS, lo, hi) if claims_attack(keys, k)]
