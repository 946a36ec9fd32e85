"""Event words that are too common to be triggers everywhere, found apart and kept out of TRIGGERS
(which other steps read as "a verb of an event here"): each makes an event only in its shape.

- verbs of being and of imagery that tell where forces or items are (presence.py): "Russian troops
  remain in Armenia", "images show Su-34 jets at Hmeimim": a deployment;
- "arms" as a verb, before a party and "with": "Iran arms Houthis with cruise missiles": a transfer
  (the noun "arms" of "arms exports" is none).
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.presence import present_there

ARMING = frozenset(("arms",))
SHAPED_TRIGGERS = lx.PRESENCE_TRIGGERS | ARMING


def shaped_trigger(doc: ArticleDoc, k: int, lo: int, hi: int) -> tuple[str, lx.Frame] | None:
    """The type and frame the word at k makes in its shape, or None."""
    key = doc.tokens.key[k]
    if key in lx.PRESENCE_TRIGGERS:
        return ("deployment", lx.DEPLOY) if present_there(doc, k, lo, hi) else None
    return ("transfer", lx.GIVE) if _arms_a_party(doc, k, hi) else None


def _arms_a_party(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'Iran arms Houthis with cruise missiles', 'Tehran arms the group with drones': a party right
    before, a party after and 'with' within a few words."""
    keys = doc.tokens.key
    if not doc.ending(k, ("place", "actor")) or not doc.tokens.text[k].islower():
        return False
    party = doc.starting(k + 1, ("actor", "place")) or (keys[k + 1:k + 2] == ["the"] and doc.starting(k + 2, ("actor", "place")))
    return bool(party) and "with" in keys[k + 2:min(hi, party[0].j + 3)]
