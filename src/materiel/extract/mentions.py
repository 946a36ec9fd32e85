"""Turn annotations into the record's mentions: the fields each kind carries."""
from __future__ import annotations

from typing import Any

from materiel.extract.doc import Ann, ArticleDoc
from materiel.models import Item, Mention, Ref


def place_attrs(entry) -> dict[str, Any]:
    """country, lat, lon and place_type of a place entry (plus stands_for for countries and capitals)."""
    attrs = {"country": entry.get("country"), "lat": entry.get("lat"), "lon": entry.get("lon"),
             "place_type": entry.get("kind")}
    state = entry.get("capital_of") or (entry.id if entry.get("kind") == "country" else None)
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
    text = doc.text[ann.start:ann.end]
    if ann.kind == "equipment":
        item = equipment_item(ann)
        attrs = {"class": item.cls}
        if ann.entry is not None:
            attrs.update(producer=ann.entry.get("producer"), parent=ann.entry.get("parent"))
        else:
            attrs.update(parent=ann.value.get("parent"), known=False)
        return Mention("equipment", text, ann.start, ann.end, item.id, item.name, attrs)
    if ann.kind == "quantity":
        quantity, qualifier = ann.value
        return Mention("quantity", text, ann.start, ann.end, None, None, {"quantity": quantity, "qualifier": qualifier})
    if ann.kind == "date":
        return Mention("date", text, ann.start, ann.end, None, None, {"value": ann.value.value, "precision": ann.value.precision})
    entry = ann.entry
    if ann.kind == "place":
        return Mention("place", text, ann.start, ann.end, entry.id, entry.name, place_attrs(entry))
    if ann.kind == "actor":
        attrs = {"actor_type": entry.get("kind"), "affiliation": entry.get("affiliation"), "via": ann.via}
        return Mention("actor", text, ann.start, ann.end, entry.id, entry.name, attrs)
    return Mention("source", text, ann.start, ann.end, entry.id, entry.name,
                   {"source_type": entry.get("type"), "country": entry.get("country")})
