"""The earlier event a sentence refers back to: the latest one naming a class of equipment ("the
aircraft"), the latest one with items, or an item-less one just before ("The convoy included ...").
"""
from __future__ import annotations

import re

from materiel.extract.context import CLASS_NOUNS, head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.tokens import fold
from materiel.models import Event

WORD = re.compile(r"\w+")
ITEM_TYPES = ("transfer", "deployment", "order", "loss", "withdrawal")


def definite_subject(doc: ArticleDoc, s: int) -> str | None:
    """The class noun of a sentence opening 'The drones', 'The two jets', else None."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key[lo:min(hi, lo + 4)]
    if not keys or keys[0] != "the":
        return None
    return next((head_noun(k) for k in keys[1:] if head_noun(k)), None)


def latest_naming(doc: ArticleDoc, s: int, classes: set[str]) -> Event | None:
    """The latest event in the three sentences before s whose own sentence names one of these
    classes of equipment ("a junta aircraft bombed a village" for "the aircraft"), items or not."""
    if not classes:
        return None
    start = doc.tokens.start[doc.sentences[s][0]]
    earliest = doc.tokens.start[doc.sentences[max(0, s - 3)][0]]
    found = [e for e in doc.events if e.type in ITEM_TYPES + ("attack",) and id(e) not in doc.thin_events
             and any(earliest <= ev.start < start for ev in e.evidence) and names_class(e, classes, start)]
    return max(found, key=lambda e: max(ev.end for ev in e.evidence if ev.start < start), default=None)


def latest_told(doc: ArticleDoc, s: int, types: tuple[str, ...] = ITEM_TYPES, back: int = 1,
                thin: bool = False) -> Event | None:
    """The latest event of these types in the `back` sentences before s; with `thin`, one too
    slight to stand alone counts too."""
    before = [e for e, n in zip(doc.events, doc.event_sentences) if s - back <= n < s and e.type in types
              and (thin or id(e) not in doc.thin_events)]
    return before[-1] if before else None


def latest_item_less(doc: ArticleDoc, s: int, types: tuple[str, ...] = ITEM_TYPES, back: int = 1,
                     thin: bool = False) -> Event | None:
    """The latest event of the `back` sentences before s, when it names no item yet ("The last
    peacekeepers left Karabakh on Wednesday." before "The convoy included 30 BTR-82As"); with
    `thin`, one too slight to stand alone counts ("announced a package." before "Among the items
    listed are ...")."""
    event = latest_told(doc, s, types, back, thin)
    return event if event is not None and not event.equipment else None


def names_class(event: Event, classes: set[str], before: int) -> bool:
    """Whether an event's sentences use one of these class nouns, or its items are of that class."""
    if any(head_noun(w) in classes for ev in event.evidence if ev.start < before for w in WORD.findall(fold(ev.text))):
        return True
    kinds = {CLASS_NOUNS.get(c) or c for c in classes}
    return any(k in (i.cls or "").lower() for i in event.equipment for k in kinds)


def latest_with_items(doc: ArticleDoc, s: int, nouns: set[str] = frozenset()) -> Event | None:
    """The event with items whose evidence ends last before sentence s; given referring nouns
    ("the column"), the latest one whose sentences use one of them, if any does."""
    start = doc.tokens.start[doc.sentences[s][0]]
    found = [e for e in doc.events if e.type in ITEM_TYPES and e.equipment and id(e) not in doc.thin_events
             and e.evidence and e.evidence[0].start < start]
    if nouns:
        found = [e for e in found if any(n in ev.text.lower() for n in nouns for ev in e.evidence)] or found
    return max(found, key=lambda e: max(ev.end for ev in e.evidence if ev.start < start), default=None)
