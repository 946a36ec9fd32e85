"""Turn annotations into the record's mentions: the fields each kind carries."""
from __future__ import annotations

from typing import Any

from materiel.extract.doc import Ann, ArticleDoc
from materiel.models import Item, Mention, Ref


def place_attrs(entry) -> dict[str, Any]:
    """country, lat, lon and place_type of a place entry (plus stands_for for countries and capitals)."""
    data = entry.data  # read directly: this runs for every place mention and role
    attrs = {"country": data.get("country"), "lat": data.get("lat"), "lon": data.get("lon"),
             "place_type": data.get("kind")}
    state = data.get("capital_of") or (entry.id if attrs["place_type"] == "country" else None)
    if state:
        attrs["stands_for"] = state
    return attrs


def equipment_item(ann: Ann, quantity: int | None = None, qualifier: str | None = None) -> Item:
    """An event item from an equipment annotation (catalog entry or grammar guess)."""
    if ann.entry is not None:
        return Item(ann.entry.id, ann.entry.name, ann.entry.get("class"), quantity, qualifier)
    return Item(None, ann.value["name"], ann.value["class"], quantity, qualifier)


def ref_of(ann: Ann) -> Ref:
    """A role filler from an actor, place or source annotation."""
    entry = ann.entry
    if ann.kind == "place":
        return Ref(entry.id, entry.name, place_attrs(entry))
    return Ref(entry.id, entry.name)


def to_mention(doc: ArticleDoc, ann: Ann) -> Mention:
    text, kind, entry = doc.text[ann.start:ann.end], ann.kind, ann.entry
    if kind == "equipment":
        if entry is not None:  # the entry's class, producer and parent (what equipment_item reads)
            data = entry.data
            attrs = {"class": data.get("class"), "producer": data.get("producer"), "parent": data.get("parent")}
            return Mention("equipment", text, ann.start, ann.end, entry.id, entry.name, attrs)
        guess = ann.value
        attrs = {"class": guess["class"], "parent": guess.get("parent"), "known": False}
        return Mention("equipment", text, ann.start, ann.end, None, guess["name"], attrs)
    if kind == "quantity":
        quantity, qualifier = ann.value
        return Mention("quantity", text, ann.start, ann.end, None, None, {"quantity": quantity, "qualifier": qualifier})
    if kind == "date":
        return Mention("date", text, ann.start, ann.end, None, None, {"value": ann.value.value, "precision": ann.value.precision})
    if kind == "place":
        return Mention("place", text, ann.start, ann.end, entry.id, entry.name, place_attrs(entry))
    data = entry.data
    if kind == "actor":
        attrs = {"actor_type": data.get("kind"), "affiliation": data.get("affiliation"), "via": ann.via}
        return Mention("actor", text, ann.start, ann.end, entry.id, entry.name, attrs)
    return Mention("source", text, ann.start, ann.end, entry.id, entry.name,
                   {"source_type": data.get("type"), "country": data.get("country")})
