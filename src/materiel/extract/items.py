"""An event's items: which quantity counts which designation.

A quantity counts the item it stands before in the same noun phrase ("five T-72B3 tanks", "at
least 12 M1989 Koksan"), or the one it follows in brackets ("T-72B3 (x5)"); a later "N of them" or
"N of which" counts the last item named before it; an item named twice is listed once.
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.mentions import equipment_item
from materiel.extract.roles import STOP
from materiel.models import Item


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
