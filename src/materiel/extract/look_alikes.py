"""Sentences and documents whose military words tell no movement: games, films, museums, model kits,
shows and exhibits (a sentence), and film reviews or match reports (a whole document)."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc

LOOK_ALIKE_CUES = lx.FICTION | lx.SPORT | lx.REVIEW  # fiction, sport or review vocabulary


def fiction(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """A sentence about games, films, museums, kits or shows (exhibitors, mock-ups): designations there are no movements."""
    keys = doc.tokens.key
    return any(keys[n - 1] not in lx.KIT_MODIFIERS for n in doc.positions(lx.FICTION, lo, hi))


def look_alike(doc: ArticleDoc) -> bool:
    """A whole document that is no news of war: a fiction headline, or two sentences with
    fiction, sport or review vocabulary (a film review, a match report)."""
    if not doc.sentences:
        return False
    if fiction(doc, *doc.sentences[0]):
        return True
    found = set()
    for k in doc.positions(LOOK_ALIKE_CUES):
        s = doc.sentence_of(k)
        lo, hi = doc.sentences[s]
        if lo <= k < hi:
            found.add(s)
            if len(found) >= 2:
                return True
    return False
