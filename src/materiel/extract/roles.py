"""How annotations around a trigger fill an event's roles: prepositions, subjects, owners, items."""
from __future__ import annotations

from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.lexicon import FORCE_NOUNS
from materiel.extract.mentions import equipment_item, ref_of
from materiel.models import Item, Ref

PREPS = frozenset(("to", "from", "in", "into", "at", "near", "by", "for", "with", "via", "towards", "toward",
                   "on", "against", "outside", "across", "inside", "around", "of", "over", "belonging", "through"))
SKIPPABLE = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "'", "s",
                       "’", "several", "some", "new", "two", "three", "four", "five", "key", "main", "newly",
                       "recently", "northern", "southern", "eastern", "western", "central", "occupied", "city",
                       "town", "region", "province", "capital", "port", "base", "bases", "airbase", "airport",
                       "village", "area", "former", "military", "vicinity", "outskirts",
                       "of", "air", "naval", "border", "frontline", "front", "district", "state", "army", "armed",
                       "forces", "force", "troops", "navy", "government", "junta", "defence", "defense", "ministry"))
PLACE_NOUNS = frozenset(("airport", "province", "city", "region", "capital", "port", "coast", "border", "base",
                         "oblast", "outskirts", "north", "south", "east", "west", "centre", "center", "district",
                         "governorate", "state", "airbase", "harbour", "harbor", "waters", "airspace", "suburbs", "suburb"))
STOP = frozenset((",", ";", ".", ":", "(", ")", "and", "or", "but", "which", "who", "that", "while"))


def governing_prep(doc: ArticleDoc, ann: Ann, lo: int) -> str | None:
    """The preposition that governs a mention ("from Russia's bases in Syria": Syria is 'from')."""
    keys = doc.tokens.key
    k, prep = ann.i - 1, None
    steps = 0
    while k >= lo and steps < 7:
        key = keys[k]
        if key == "of" and k > lo and keys[k - 1] == "out":
            key = "from"  # "pulled out of Syria"
        if key in PREPS and key != "of":
            if prep is None:
                prep = key
                if key not in ("in", "at", "near"):
                    return prep
            elif key == "from":
                return "from"
        elif key in STOP or (prep is None and key not in SKIPPABLE and not _capitalised(doc, k)):
            return prep
        k -= 1
        steps += 1
    return prep


def _capitalised(doc: ArticleDoc, k: int) -> bool:
    """Names and demonyms ("the Russian-held port of") do not end a prepositional phrase."""
    return doc.tokens.text[k][:1].isupper()


def is_possessive(doc: ArticleDoc, ann: Ann) -> bool:
    """'Russia's bases' (an owner); not 'Sudan's army', which is the army itself acting."""
    t, keys = doc.tokens.text, doc.tokens.key
    if not (ann.j + 1 < len(t) and t[ann.j] in ("'", "’") and t[ann.j + 1] in ("s", "S")):
        return False
    return not any(k in FORCE_NOUNS for k in keys[ann.j + 2:ann.j + 4])


def demonym_use(doc: ArticleDoc, ann: Ann) -> str | None:
    """'force' when a demonym heads a force ("the Malian army"), 'owner' before equipment, else None."""
    keys = doc.tokens.key
    for k in range(ann.j, min(ann.j + 3, len(keys))):
        if keys[k] in FORCE_NOUNS:
            return "force"
    if any(doc.starting(k, ("equipment",)) for k in range(ann.j, ann.j + 4)):
        return "owner"
    if any(head_noun(k) is not None for k in keys[ann.j:ann.j + 3]):
        return "owner"  # "five Indian aircraft", "Russian tanks"
    return None


def actor_ref(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The actor a mention stands for: an actor, or the state a country or capital stands for."""
    if ann.kind == "actor":
        if ann.via == "demonym" and demonym_use(doc, ann) != "force":
            return None
        return ref_of(ann)
    if ann.kind == "place":
        state = ann.entry.get("capital_of") or (ann.entry.id if ann.entry.get("kind") == "country" else None)
        entry = doc.catalog.get("actor", state)
        if entry is not None:
            return Ref(entry.id, entry.name)
    return None


def place_ref(ann: Ann) -> Ref | None:
    return ref_of(ann) if ann.kind == "place" else None


def fill(role_spec: str, doc: ArticleDoc, ann: Ann) -> list[tuple[str, Ref]]:
    """Resolve a frame's role spec ("recipient|destination", "actor|origin") for one mention.

    A capital or city standing for its state as recipient is also the destination ("to Niamey");
    a place attacked is also where the attack happened ("stormed Damascus").
    """
    for role in role_spec.split("|"):
        if role in ("actor", "recipient"):
            ref = actor_ref(doc, ann)
        elif role == "target":
            ref = actor_ref(doc, ann) or place_ref(ann)
        else:
            ref = place_ref(ann)
        if ref is None:
            continue
        out = [(role, ref)]
        city = ann.kind == "place" and ann.entry.get("kind") not in ("country", None)
        if role == "recipient" and city and "destination" in role_spec:
            out.append(("destination", place_ref(ann)))
        if role == "target" and ann.kind == "place":
            out = [("destination", place_ref(ann))] + ([(role, ref)] if city else [])
        return out
    return []


def possessive_of_place(doc: ArticleDoc, ann: Ann) -> bool:
    """'Bamako's airport', 'Syria's Idlib province': a possessive naming a location, not an owner."""
    keys = doc.tokens.key
    nxt = keys[ann.j + 2:ann.j + 5]
    return any(k in PLACE_NOUNS for k in nxt) or any(doc.starting(k, ("place",)) for k in (ann.j + 2, ann.j + 3))


def is_claimant(doc: ArticleDoc, ann: Ann, lo: int, hi: int) -> bool:
    """A mention that says something ("US Africa Command says ...", "according to Russia") fills no role."""
    from materiel.extract.attribution import is_claimant_position

    return is_claimant_position(doc.tokens.key, ann, lo, hi)


def _of_them(doc: ArticleDoc, ann: Ann, quantities: list[Ann], equipment: list[Ann]) -> tuple[int | None, str | None]:
    """'T-72B3 tanks; no fewer than five of them can be counted': a later 'N of them' counts the
    last item named before it."""
    keys = doc.tokens.key
    for q in quantities:
        if q.i > ann.j and tuple(keys[q.j:q.j + 2]) in (("of", "them"), ("of", "which")):
            if not any(ann.j <= e.i < q.i for e in equipment if e is not ann):
                return q.value
    return None, None


def items_with_quantities(doc: ArticleDoc, equipment: list[Ann], quantities: list[Ann]) -> list[Item]:
    """Event items: a quantity attaches to the item it precedes within the same noun phrase."""
    keys = doc.tokens.key
    items: list[Item] = []
    seen: set[str] = set()
    for ann in equipment:
        qty, qual = None, None
        for q in quantities:
            gap = range(q.j, ann.i)
            if 0 <= ann.i - q.j <= 4 and not any(keys[k] in STOP or keys[k] == "of" and k != ann.i - 1 for k in gap):
                if not any(e.i < ann.i and e.i >= q.j for e in equipment if e is not ann):
                    qty, qual = q.value
            if q.i == ann.j + 1 and doc.tokens.text[ann.j] == "(":
                qty, qual = q.value
        if qty is None:
            qty, qual = _of_them(doc, ann, quantities, equipment)
        item = equipment_item(ann, qty, qual)
        key = item.id or item.name or ""
        if key in seen:
            continue
        seen.add(key)
        items.append(item)
    return items
