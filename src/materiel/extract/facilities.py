"""Where a mention puts an event: a facility named after its town is the town.

"Goma airport", "the Erebuni airfield", "Tartus naval base", "the port of Odesa": reporting locates
what happens there at the town, found as a city within about 30 km of the facility in the same
country, also when referred back to ("stationed at the hub"); a base whose name carries a capitalised
base noun ("Osan Air Base") is a military base by its own name and stays itself; a dateline place ("KYIV, May 3 (Reuters)
-") puts nothing anywhere. A facility named only by facility nouns and a number ("at Air Base 101")
is the catalog's one facility of that number in a country the document names (`numbered_facility`).
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.mentions import place_attrs, ref_of
from materiel.extract.tokens import tokenize
from materiel.models import Ref

FACILITY_KINDS = frozenset(("base", "airfield", "naval_port", "range"))
NEAR_DEGREES = 0.3  # a facility's town lies within about 30 km of it


def near(city, facility) -> bool:
    """Whether a city lies next to a facility (both with coordinates, in one country)."""
    a, b = city.get("lat"), facility.get("lat")
    if a is None or b is None or city.get("country") != facility.get("country"):
        return False
    return abs(a - b) <= NEAR_DEGREES and abs(city.get("lon") - facility.get("lon")) <= NEAR_DEGREES


# Capitalised words that make a facility's name a military base's own ("Osan Air Base", "Incirlik Air Base").
MILITARY_NAME_WORDS = frozenset(("Base", "Airbase", "AFB", "Garrison"))


def military_name(doc: ArticleDoc, ann: Ann) -> bool:
    """'Osan Air Base', 'Clark Air Base': a base named with a capitalised base noun is a military
    base by its own name, kept as the place (the town it is named after is not where it is said
    to be); lowercase "Goma airport", "the Engels air base" name a facility of a town."""
    return not MILITARY_NAME_WORDS.isdisjoint(doc.tokens.text[ann.i:ann.j])


def facility_town(doc: ArticleDoc, ann: Ann):
    """The town a facility is named after ("Goma airport", "the Erebuni airfield", "Tartus naval
    base", "the port of Odesa"): reporting locates what happens there at the town."""
    if ann.kind != "place" or ann.entry.get("kind") not in FACILITY_KINDS:
        return None
    from materiel.extract.gazetteer import phrase_index

    index, keys = phrase_index(doc.catalog), doc.tokens.key
    if military_name(doc, ann):
        return None
    starts = [ann.i] + [k + 1 for k in range(ann.i, ann.j - 1) if keys[k] == "of"]  # "Port of Odesa"
    for i in starts:
        for n in range(ann.j, i, -1):
            for target in index.lookup(tuple(keys[i:n])):
                entry = doc.catalog.get("place", target.id) if target.kind == "place" else None
                if entry is not None and entry.get("kind") == "city" and near(entry, ann.entry):
                    return entry
    return None


def located_place(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The place a mention puts an event at: a facility named after its town is the town, and so is
    one referred back to ("the hub", "the base") that was named so."""
    town = facility_town(doc, ann)
    if town is None and ann.via == "reference":
        named = [a for a in doc.anns if a.kind == "place" and a.via != "reference" and a.entry.id == ann.entry.id]
        town = next((t for t in (facility_town(doc, a) for a in named) if t is not None), None)
    if town is not None:
        return Ref(town.id, town.name, place_attrs(town))
    return place_ref(ann)


# Words after a numbered facility that name the town it is in ("Air Base 101 in Bamako").
TOWN_AFTER = frozenset(("in", "near", "outside", "at"))


def numbered_facility(doc: ArticleDoc, first: int, number: int):
    """'moved into a hangar at Air Base 101' in a report on Niger: a facility named only by facility
    nouns and a number, with no town after it, is the catalog's one facility of that number in a
    country the document names (Niamey Air Base 101); None when there is none or several, or when
    a town follows ("Air Base 101 in Bamako": the town is the place)."""
    keys = doc.tokens.key
    if number + 1 < len(keys) and keys[number + 1] in TOWN_AFTER:
        return None
    countries = {a.entry.get("country") or a.entry.id for a in doc.anns if a.kind in ("place", "actor") and a.entry.id}
    wanted = {keys[number], *keys[first:number]}
    found = [e for e in doc.catalog.entries("place", cities=False) if e.get("kind") in FACILITY_KINDS
             and e.get("country") in countries and any(wanted <= set(tokenize(n).key) for n in e.names)]
    return found[0] if len(found) == 1 else None


def place_ref(ann: Ann) -> Ref | None:
    return ref_of(ann) if ann.kind == "place" and ann.via != "dateline" else None
