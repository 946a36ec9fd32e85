"""Component: places the gazetteer does not list, named after a locative preposition.

Villages, camps and districts below the cities' population floor still carry events: "stormed a
base at Wajiroko", "struck a camp near Dedebit". One to three capitalised words right after in,
near, at, outside, around, from, towards, into or through, that no catalog names, become a place
annotation with no id and no coordinates: roles take it, the record shows it, nothing invents
where it is.
"""
from __future__ import annotations

import re

from materiel.catalog.model import Entry
from materiel.extract.dates import MONTHS, WEEKDAYS
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.registry import component

LOCATIVE = frozenset(("in", "near", "at", "outside", "around", "from", "towards", "toward", "into", "through"))
# Capitalised words after "in"/"at" that are not places.
NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Arabic French Russian Congress Parliament
Telegram Twitter Facebook YouTube Instagram Reuters The A An This That These Those Its Their His Her It We They
Operation Mr Ms Dr President General Minister Prime""".split())
WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|(?:al|el|ad|as|ar|an|ash|at)-[A-Z][a-zà-ÿ'’]+)$")


@component("unlisted", assigns=("mentions.unlisted",), requires=("mentions.catalog",))
def unlisted(doc: ArticleDoc) -> ArticleDoc:
    """Annotate capitalised names after a locative preposition that no catalog lists."""
    toks = doc.tokens
    covered = doc.covered()
    for lo, hi in doc.sentences:
        for k in range(lo, hi - 1):
            if toks.key[k] not in LOCATIVE or k + 1 in covered:
                continue
            j = k + 1
            while j < hi and j - k <= 3 and j not in covered and WORD.match(toks.text[j]) and _word_ok(toks.text[j]):
                j += 1
            if j > k + 1 and (j >= hi or j not in covered):
                start, end = toks.start[k + 1], toks.end[j - 1]
                name = doc.text[start:end]
                entry = Entry("place", None, name, (), {"kind": "unlisted", "country": None, "lat": None, "lon": None})
                doc.anns.append(Ann("place", k + 1, j, start, end, entry, via="unlisted"))
                covered.update(range(k + 1, j))
    return doc


def _word_ok(word: str) -> bool:
    return word not in NOT_PLACES and word.lower() not in MONTHS and word.lower() not in WEEKDAYS
