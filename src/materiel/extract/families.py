"""A family name and the variant a document names: one item.

Reporting names the variant once ("54 M1A2 Abrams tanks") and the family elsewhere ("Romania signs
deal for 54 Abrams tanks"). When a document's events of one type name exactly one variant of a
family, its family name in an event of that type stands for that variant (so the headline joins the
body event); another kind of event keeps the family name ("Iran received S-300PMU2 systems" and
"a missile damaged an S-300 battery"), and so do the two counted differently ("the 36 Rafales" next to "26 Rafale M" are two batches); within one event a
family name next to its own variant is that variant when it has no count or the same one ("180 K2
tanks" and "part of the order as the K2PL variant" are the family and a share of it).
"""
from __future__ import annotations

from dataclasses import replace

from materiel.extract.doc import ArticleDoc
from materiel.extract.items import ancestors
from materiel.models import Event, Item


def name_variants(doc: ArticleDoc) -> None:
    """Rewrite a family name to the one variant of it the document's events of the same type name."""
    variants: dict[tuple[str, str], set[str]] = {}
    named: dict[str, Item] = {}
    for event in doc.events:
        for item in event.equipment:
            if item.id:
                named[item.id] = item
                for parent in ancestors(doc, item.id):
                    variants.setdefault((event.type, parent), set()).add(item.id)
    for event in doc.events:
        kind = {k[1]: v for k, v in variants.items() if k[0] == event.type}
        event.equipment = [_variant(item, kind, named) for item in event.equipment]


def _variant(item: Item, variants: dict[str, set[str]], named: dict[str, Item]) -> Item:
    ids = variants.get(item.id or "", set())
    leaves = {i for i in ids if not variants.get(i)}  # the most specific ones
    if len(leaves) != 1:
        return item
    variant = named[next(iter(leaves))]
    if None not in (item.quantity, variant.quantity) and item.quantity != variant.quantity:
        return item  # "the 36 Rafales ordered in 2016" next to "26 Rafale M": another batch
    return replace(variant, quantity=item.quantity, qualifier=item.qualifier)


def drop_family_names(doc: ArticleDoc, event: Event) -> None:
    """'Abrams tanks' beside 'M1A1 Abrams' in one event: the family name is the variant named
    loosely, one item; a family counted apart from its variant stays (a share of it)."""
    items: list[Item] = []
    for item in event.equipment:
        same = next((n for n, i in enumerate(items) if i.id and i.id == item.id), None)
        if same is None:
            items.append(item)
        elif items[same].quantity is None and item.quantity is not None:
            items[same] = item
    parents = {p: n for n, i in enumerate(items) if i.id for p in ancestors(doc, i.id)}
    merged = set()
    for item in items:
        n = parents.get(item.id or "")
        if n is None or item.quantity is not None and items[n].quantity != item.quantity:
            continue  # "180 K2 tanks ... Part of the order ... as the K2PL variant": a share of the family
        merged.add(item.id)  # "Abrams tanks" beside "M1A1 Abrams", or both counted 49: one item
    event.equipment = [i for i in items if i.id not in merged]
