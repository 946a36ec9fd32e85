"""An event's items: which quantity counts which designation.

A quantity counts the item it stands before in the same noun phrase ("five T-72B3 tanks", "at
least 12 M1989 Koksan"), or the one it follows in brackets ("T-72B3 (x5)"); a later "N of them" or
"N of which" counts the last item named before it; an item named twice is listed once. A family
named right after its variant is that variant ("M1A2 SEPv3 Abrams"); a family a headline names
loosely ("Su-30 fighters", "Abrams tanks") is the variant its body event names ("Su-30SME",
"M1A1 Abrams"), which keeps the headline's count when it has none.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.mentions import equipment_item
from materiel.extract.roles import STOP
from materiel.models import Event, Item


def _of_them(doc: ArticleDoc, ann: Ann, quantities: list[Ann], equipment: list[Ann]) -> tuple[int | None, str | None]:
    """'T-72B3 tanks; no fewer than five of them can be counted': a later 'N of them' counts the
    last item named before it."""
    keys = doc.tokens.key
    for q in quantities:
        if q.i > ann.j and tuple(keys[q.j:q.j + 2]) in (("of", "them"), ("of", "which")):
            if not any(ann.j <= e.i < q.i for e in equipment if e is not ann):
                return q.value
    return None, None


def _partitive(doc: ArticleDoc, ann: Ann, quantities: list[Ann], trigger: int | None
               ) -> tuple[int | None, str | None] | None:
    """'Of the 31 M1A1s supplied last year, at least 20 have been destroyed': an item in a phrase
    opening the sentence with "Of the" counts, for the verb after that phrase's comma, as the number
    right after the comma (a participle inside the phrase, "supplied", keeps the whole)."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    if trigger is None or keys[lo:lo + 2] != ["of", "the"]:
        return None
    comma = next((k for k in range(ann.j, min(len(keys), ann.j + 12)) if keys[k] == ","), None)
    if comma is None or trigger < comma or any(keys[k] in (",", ";") for k in range(lo, ann.i)):
        return None
    after = next((q for q in quantities if q.i == comma + 1), None)
    return after.value if after is not None and not doc.starting(after.j, ("equipment",)) else None


def _share_of(doc: ArticleDoc, ann: Ann, quantities: list[Ann], trigger: int | None
              ) -> tuple[int | None, str | None] | None:
    """'took delivery of the first 11 of 29 HIMARS launchers', 'handed over two of six Su-30SME
    fighters': a number before "of" and the total counts what this delivery moved (an order keeps
    the total: "the 29 HIMARS it ordered")."""
    if trigger is None or lx.TRIGGERS.get(doc.tokens.key[trigger], ("",))[0] == "order":
        return None
    keys = doc.tokens.key
    total = next((q for q in quantities if 0 <= ann.i - q.j <= 2 and q.i > 1 and keys[q.i - 1] == "of"), None)
    share = next((q for q in quantities if total is not None and q.j == total.i - 1), None)
    return share.value if share is not None else None


def items_with_quantities(doc: ArticleDoc, equipment: list[Ann], quantities: list[Ann],
                          trigger: int | None = None) -> list[Item]:
    """Event items: a quantity attaches to the item it precedes within the same noun phrase; one
    counted by a partitive ("Of the 31 M1A1s ..., 20 were destroyed") counts for the verb after it."""
    keys = doc.tokens.key
    items: list[Item] = []
    seen: set[str] = set()
    for n, ann in enumerate(equipment):
        if n and equipment[n - 1].j == ann.i and ann.entry is not None and equipment[n - 1].entry is not None \
                and ann.entry.id in ancestors(doc, equipment[n - 1].entry.id):
            continue  # "M1A2 SEPv3 Abrams": the family after its variant names the same item
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
        qty, qual = _partitive(doc, ann, quantities, trigger) or _share_of(doc, ann, quantities, trigger) or (qty, qual)
        item = equipment_item(ann, qty, qual)
        key = item.id or item.name or ""
        if key in seen:
            continue
        seen.add(key)
        items.append(item)
    return items


def ancestors(doc: ArticleDoc, item_id: str | None) -> set[str]:
    """The families an equipment entry belongs to ("m1a1-abrams" -> {"m1-abrams"})."""
    found: set[str] = set()
    entry = doc.catalog.get("equipment", item_id) if item_id else None
    parent = entry.get("parent") if entry is not None else None
    while parent and parent not in found:
        found.add(parent)
        entry = doc.catalog.get("equipment", parent)
        parent = entry.get("parent") if entry is not None else None
    return found


def related_items(doc: ArticleDoc, a: Event, b: Event) -> int:
    """How many items of b name an item of a, the same or as its family."""
    ids = {i.id for i in a.equipment if i.id}
    families = set().union(*(ancestors(doc, i) for i in ids)) if ids else set()
    return sum(1 for i in b.equipment if i.id and (i.id in ids or i.id in families))


def as_variants(doc: ArticleDoc, body: Event, head: Event) -> None:
    """Headline items that name the family of a body item are that item: they leave the headline
    event, and their count goes to the variant when it has none."""
    kept = []
    named = {i.id for i in body.equipment}
    for item in head.equipment:
        variant = next((n for n, v in enumerate(body.equipment) if item.id and item.id not in named
                        and item.id in ancestors(doc, v.id)), None)  # a family the body names too stays
        if variant is None:
            kept.append(item)
        elif body.equipment[variant].quantity is None and item.quantity is not None:
            v = body.equipment[variant]
            body.equipment[variant] = Item(v.id, v.name, v.cls, item.quantity, item.qualifier)
    head.equipment = kept
