"""Where forces or items are, told without a verb of movement: "has kept forces in Syria" (a verb
of keeping before a force), "Russian troops remain in Armenia" (a verb of being after one), "images
show Su-34 jets at Hmeimim" (imagery showing items at a place). find_triggers (triggers.py) makes a
deployment of each only where its shape holds; the verbs of being and imagery stay out of TRIGGERS,
which other steps read as "a verb of an event here"."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP

AUXILIARY_HAVE = frozenset(("has", "have", "had"))


def keeps_forces(keys: list[str], k: int, hi: int) -> bool:
    """'has kept forces in Syria', 'has had fighters in Libya', 'has about 12,000 uniformed personnel
    in the country': a force noun within five words, then a locative preposition; not an auxiliary
    before a participle ("had completed its mission in Mali")."""
    if keys[k] in AUXILIARY_HAVE and k + 1 < hi and (keys[k + 1].endswith("ed") or keys[k + 1] in lx.IRREGULAR_PAST):
        return False
    for n in range(k + 1, min(hi - 1, k + 6)):
        if keys[n] in lx.KEPT_FORCES:
            return keys[n + 1] in lx.PRESENCE_PREPS
        if keys[n] in STOP:
            return False
    return False


def present_there(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """A verb of being or of imagery that tells where forces or items are: "Russian troops remain in
    Armenia", "images show Su-34 jets at Hmeimim" (not "the troops are in good spirits", "footage
    showed a destroyed tank")."""
    if doc.tokens.key[k] in lx.BEING_THERE:
        return _forces_there(doc, k, lo, hi)
    return _shows_items_at(doc, k, lo, hi)


def _forces_there(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """'Russian troops remain in Armenia', 'Wagner fighters are still in Mali', 'About 3,000 US soldiers
    are stationed ...' (there the participle tells): a force noun right before a verb of being, then
    a locative preposition and a place."""
    keys = doc.tokens.key
    if k == lo or keys[k - 1] not in lx.KEPT_FORCES:
        return False
    n = k + 1 + (k + 1 < hi and keys[k + 1] in STILL)
    if n + 1 >= hi or keys[n] not in lx.PRESENCE_PREPS:
        return False
    return bool(doc.starting(n + 1, ("place",)) or doc.starting(n + 2, ("place",)))


REMAINS = frozenset("wreckage wreck wrecks remains debris fragments hulk hulks burnedout burntout".split())
STILL = frozenset(("still", "now", "currently", "also", "already"))


def _shows_items_at(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """'Satellite images show Russian Su-34 jets at Hmeimim', 'photos showed 12 T-72 tanks near the
    border': imagery showing items at a place, in a clause that tells nothing else (a wreck, an
    unloading or a strike shown is that event), shows where they are."""
    keys = doc.tokens.key
    if any(keys[n] in lx.TRIGGERS and n != k for n in range(lo, hi)) or not lx.WRECKED.isdisjoint(keys[k + 1:hi]) \
            or not REMAINS.isdisjoint(keys[k + 1:hi]):
        return False  # "photos showed the wreckage of a Su-34 near Belgorod": no deployment
    item = next((a for a in doc.in_sentence(doc.sentence_of(k), ("equipment",)) if k < a.i <= k + 5), None)
    if item is None:
        return False
    n = item.j
    while n < min(hi, item.j + 3) and keys[n] not in lx.PRESENCE_PREPS and keys[n] != "near":
        n += 1
    return n < hi - 1 and (keys[n] in lx.PRESENCE_PREPS or keys[n] == "near") and bool(
        doc.starting(n + 1, ("place",)) or doc.starting(n + 2, ("place",)))
