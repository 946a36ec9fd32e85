"""Items and events the text leaves unsaid: a count that points back to an earlier item, and a
second party with its own count after the verb is left out.

- "plans to send up to 12 more", "has committed up to 24 of the jets", "has 18 more of the
  launchers on order": a number followed by "more" or by "of the <class noun>", naming no item
  itself, counts the item named last before it (in its sentence, else up to three sentences back;
  with a class noun, the last item of that class if one is named).
- "signed a deal for three batteries", "a deal for 18 of them", "agreed to donate the battery": an order whose object is a
  count or "the" before a class noun, naming no item, orders the item of that class named last before
  it (a unit noun, "battery" or "system", fits any).
- "the 36 Rafales ordered in 2016, the last of which were delivered in 2022": a verb whose subject
  is a part "of which" or "of them" moves the item named last before it in its sentence.
- "shipped ATACMS missiles to Ukraine, and Ukrainian forces fired them at an airfield": a verb of
  firing whose object is "them" fires the items named last before it, in its sentence or the one
  before.
- "The Netherlands has committed 24 of the jets, and Norway six": after an event, ", and" then a
  state or actor then a number, with no verb of its own, is the same event by that party.
"""
from __future__ import annotations

import copy

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.item_roles import carries_cargo
from materiel.extract.mentions import equipment_item
from materiel.extract.roles import STOP, actor_ref
from materiel.models import Event, Item

LOOK_BACK = 3  # sentences
RELATIVES = frozenset(("which", "them"))
# Nouns of a unit that may stand for any item ("three batteries" of BrahMos, "the system").
UNIT_NOUNS = frozenset(("battery", "system"))
DEFINITE = frozenset(("the", "this", "that", "these", "those"))
FIRING = frozenset("fire fires fired firing launch launches launched launching".split())


def anaphoric_items(doc: ArticleDoc, quantities: list[Ann]) -> list[Item]:
    """Items for counts that point back ("12 more", "24 of the jets") to the last item named."""
    items: list[Item] = []
    for q in quantities:
        noun = _pointing_noun(doc, q)
        if noun is None or noun == "" and _more_people(doc, q):
            continue
        ann = _antecedent(doc, q.i, noun)
        if ann is not None:
            items.append(equipment_item(ann, *q.value))
    return items


def _pointing_noun(doc: ArticleDoc, q: Ann) -> str | None:
    """'' for "N more", the class noun for "N (more) of the jets"; None when the count names its own item."""
    keys = doc.tokens.key
    k = q.j
    more = k < len(keys) and keys[k] == "more"
    k += more
    if keys[k:k + 2] == ["of", "the"]:
        noun = next((head_noun(w) for w in keys[k + 2:k + 4] if head_noun(w)), None)  # "of the twin-engine jets"
        if noun is not None:
            return noun
    if more and not doc.starting(k, ("equipment",)) and (k >= len(keys) or head_noun(keys[k]) is None):
        return ""
    if _opening_part(doc, q):
        return ""  # "Three of them were delivered in 2024", "The first three were delivered"
    return None


def _opening_part(doc: ArticleDoc, q: Ann) -> bool:
    """'Three of them were delivered in 2024', 'The first three were delivered': a count opening its
    sentence with no noun ('of them', or after 'the first') counts the item named last before; inside
    a sentence ("180 missiles were launched, several of them landing") 'them' is a noun nearer by."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(q.i)][0]
    if q.i == lo:
        return keys[q.j:q.j + 2] == ["of", "them"]
    return q.i == lo + 2 and keys[lo:q.i] in (["the", "first"], ["the", "last"], ["the", "remaining"]) \
        and q.j < len(keys) and keys[q.j] in ("were", "was", "have", "has", "are", "will", "arrived")


def _more_people(doc: ArticleDoc, q: Ann) -> bool:
    """'roughly 3,000 soldiers in Somalia and several thousand more': a bare 'N more' after people
    named in its sentence, with no item between, counts more of those people."""
    lo = doc.sentences[doc.sentence_of(q.i)][0]
    keys = doc.tokens.key
    for k in range(q.i - 1, lo - 1, -1):
        if doc.ending(k + 1, ("equipment",)):
            return False
        if keys[k] in lx.PERSONNEL:
            return True
    return False


def ordered_units(doc: ArticleDoc, i: int, j: int, hi: int) -> list[Item]:
    """'two years after Manila signed a deal for three batteries', 'agreed to donate the battery':
    an order whose object is a count or 'the' before a class noun, naming no item, orders the item
    named last before it (in its sentence, else up to three sentences back) of that class; a unit
    noun ("battery", "system") fits any item."""
    keys = doc.tokens.key
    for n in range(j, min(hi, j + 6)):
        if keys[n] in STOP or doc.starting(n, ("equipment",)):
            return []
        if keys[n - 1:n + 1] == ["of", "them"] and doc.ending(n - 1, ("quantity",)):
            ann = _antecedent(doc, i, "")  # "signed a deal for 18 of them"
            return [equipment_item(ann, *doc.ending(n - 1, ("quantity",))[0].value)] if ann is not None else []
        noun = head_noun(keys[n])
        if noun is None:
            continue
        count = doc.ending(n, ("quantity",))
        if not count and keys[n - 1] not in DEFINITE:
            return []
        ann = _antecedent(doc, i, noun, strict=noun not in UNIT_NOUNS)
        if ann is None:
            return []
        return [equipment_item(ann, *count[0].value)] if count else [equipment_item(ann)]
    return []


def _antecedent(doc: ArticleDoc, i: int, noun: str, strict: bool = False) -> Ann | None:
    """The last item named before token i, preferring one whose class noun follows it in the text; a
    transport aircraft that carried the cargo is none ("two C-17s landed carrying launchers ...
    a contract for three batteries" orders the missile)."""
    s = doc.sentence_of(i)
    for back in range(s, max(-1, s - LOOK_BACK - 1), -1):
        named = [a for a in doc.in_sentence(back, ("equipment",)) if a.j <= i and not carries_cargo(doc, a)]
        if noun:
            fitting = [a for a in named if _class_of(doc, a) == noun]
            named = fitting if fitting or strict else named
        if named:
            return named[-1]
    return None


def _class_of(doc: ArticleDoc, ann: Ann) -> str | None:
    keys = doc.tokens.key
    for k in range(ann.j, min(ann.j + 3, len(keys))):
        noun = head_noun(keys[k])
        if noun is not None:
            return noun
    cls = (ann.entry.get("class") if ann.entry is not None else None) or ""
    return next((w for w in reversed(cls.lower().split()) if head_noun(w)), None)


def fired_items(doc: ArticleDoc, i: int, j: int) -> list[Item]:
    """'... shipped ATACMS missiles to Ukraine, and Ukrainian forces fired them at an airfield': the
    attack verb at [i, j) whose object is 'them' fires the item named last before it, in its
    sentence or the one before."""
    keys = doc.tokens.key
    if j >= len(keys) or keys[j] != "them" or keys[i] not in FIRING:
        return []  # "attacked them": what is attacked, not what fires
    s = doc.sentence_of(i)
    for back in (s, s - 1):
        named = [a for a in doc.in_sentence(back, ("equipment",)) if a.j <= i] if back >= 0 else []
        if named:
            return [equipment_item(named[-1])]
    return []


def relative_items(doc: ArticleDoc, i: int, lo: int) -> list[Item]:
    """'the 36 Rafales India ordered, the last of which were delivered in 2022': a verb whose subject
    is a part 'of which' or 'of them' moves the item named last before it in its sentence."""
    keys = doc.tokens.key
    window = keys[max(lo, i - 5):i]
    if "of" not in window or not any(window[n] == "of" and window[n + 1] in RELATIVES for n in range(len(window) - 1)):
        return []  # "the GNA, which unloaded them": 'which' is the GNA, not the items
    named = [a for a in doc.in_sentence(doc.sentence_of(i), ("equipment",)) if lo <= a.j <= i]
    if named and carries_cargo(doc, named[-1]):
        return []  # "90 cargo flights by Il-76 aircraft, many of them landing at Harar Meda": the flights land
    return [equipment_item(named[-1])] if named else []


def gapped(doc: ArticleDoc, event: Event, after: int, hi: int) -> Event | None:
    """', and Norway six.': a party and a count after the event, with no verb, repeat it for that party."""
    keys = doc.tokens.key
    if after + 2 >= hi or keys[after:after + 2] != [",", "and"]:
        return None
    party = doc.starting(after + 2, ("actor", "place"))
    if not party or not event.equipment:
        return None
    counts = doc.starting(party[0].j, ("quantity",))
    if not counts or counts[0].j + 1 < hi and keys[counts[0].j] not in (".", ",", ";"):
        return None
    ref = actor_ref(doc, party[0])
    if ref is None:
        return None
    twin = copy.deepcopy(event)
    twin.actor = ref
    twin.equipment = [Item(i.id, i.name, i.cls, *counts[0].value) for i in event.equipment[:1]]
    return twin
