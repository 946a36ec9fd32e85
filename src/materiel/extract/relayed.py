"""Unnamed people an outlet relays speak through it in the article's other sentences too.

"two Iraqi security officials told Reuters" ... "one of the officials said" ... "the officials said":
the officials are Reuters' sources, so each later sentence they speak in is Reuters' (docs/gold.md:
an outlet relaying unnamed officials is the claimant alone). A headline's "Iraqi officials say" is
relayed by the outlet its lead names with them. Only people pointed back to ("the officials", "one
of the officials") or a headline's are so taken: a fresh "US officials said" later in the story may
be other people.
"""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.models import Ref

# The unnamed people an outlet may relay, by the word for one of them and for several.
PEOPLE = {"official": "official", "officials": "official", "source": "source", "sources": "source",
          "diplomat": "diplomat", "diplomats": "diplomat", "people": "people", "person": "people",
          "officer": "officer", "officers": "officer"}
PEOPLE_SAYING = frozenset(("said", "says", "say", "told", "added"))
LEAD_SENTENCES = 2  # the body sentences after a headline that may name its outlet


def relaying_outlet(doc: ArticleDoc, s: int) -> tuple[int, Ref] | None:
    """'Much of what left, the officials said, has gone to Libya', '..., one of the officials said',
    a headline's '..., Iraqi officials say': the outlet relaying those people, named with them in an
    earlier sentence (for a headline, in its lead), and the token where they speak."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[s]
    headline = s == 0 and bool(doc.document.title)
    for k in doc.positions(PEOPLE_SAYING, lo + 1, hi):
        kind = PEOPLE.get(keys[k - 1])
        if kind is None or not (headline or _pointed_back(keys, k - 1, lo)):
            continue
        around = range(1, min(len(doc.sentences), 1 + LEAD_SENTENCES)) if headline else range(s - 1, -1, -1)
        for t in around:
            outlet = _outlet_with(doc, t, kind)
            if outlet is not None:
                return k - 1, outlet
    return None


def _pointed_back(keys: list[str], k: int, lo: int) -> bool:
    """'the officials', 'one of the officials', 'those sources': people told of before."""
    return k - 1 >= lo and keys[k - 1] in ("the", "those", "these")


def _outlet_with(doc: ArticleDoc, t: int, kind: str) -> Ref | None:
    """The outlet of sentence t that names people of `kind` with it ("two officials told Reuters",
    "the Wall Street Journal reported, citing Libyan and US officials")."""
    lo, hi = doc.sentences[t]
    keys = doc.tokens.key
    outlets = [a for a in doc.in_sentence(t, ("source",)) if a.entry.get("type") != "official"]
    if not outlets or not any(PEOPLE.get(keys[k]) == kind for k in range(lo, hi)):
        return None
    return Ref(outlets[0].entry.id, outlets[0].entry.name)
