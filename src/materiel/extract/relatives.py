"""Relative clauses set off by commas (", which ... ," / ", who ... ,"): where one opens, what it
stands on (its antecedent, the name before its comma) and whether a token stands inside one."""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc

RELATIVE_WORDS = frozenset(("which", "who"))
CLAUSE_MARKS = frozenset((",", ";", ".", ":"))


def relative_opening(keys: list[str], k: int, lo: int, reach: int) -> int | None:
    """The 'which'/'who' after a comma that opens the clause holding token k (looked for up to
    `reach` tokens back, not past `lo` nor another clause mark), else None."""
    for n in range(k - 1, max(lo, k - reach), -1):
        if keys[n] in CLAUSE_MARKS:
            return None
        if keys[n] in RELATIVE_WORDS and keys[n - 1] == ",":
            return n
    return None


def closed_relative(keys: list[str], comma: int, lo: int, reach: int = 14) -> int | None:
    """The 'which'/'who' of a relative clause that the comma at `comma` closes, else None."""
    return relative_opening(keys, comma, lo, reach) if keys[comma] == "," else None


def in_other_relative(keys: list[str], k: int, trigger: int) -> bool:
    """Whether token k stands in a ", which ... ," clause that a comma closes before the trigger
    after it ("Russia, which has a base in Gyumri, has not delivered weapons")."""
    return k <= trigger and relative_opening(keys, k, 0, 10) is not None and "," in keys[k + 1:trigger]


def antecedent(doc: ArticleDoc, which: int) -> Ann | None:
    """The name a relative clause stands on: the one ending right before its comma."""
    named = doc.ending(which - 1, ("actor", "place"))
    return named[0] if named else None
