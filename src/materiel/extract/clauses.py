"""The clauses of a sentence: where a sentence is cut so that each trigger reads the names of its own
clause (at semicolons and dashes, at ", but/while/when ...", at "a day after ...", in a headline at
a bare "as", "while", "after" or "amid"; a subordinate clause with no event word of its own ends at
its comma)."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc

CLAUSE_BREAKS = frozenset((";", "—", "–"))
CLAUSE_WORDS = frozenset(("but", "while", "whereas", "although", "though", "meanwhile", "after", "before", "when", "where"))
CLAUSE_CUTS = CLAUSE_BREAKS | CLAUSE_WORDS  # the words a clause may be cut at
# Words joining a headline's two clauses with no comma ("Russia exits Tartus as Syria ...").
HEADLINE_JOINERS = frozenset(("as", "while", "after", "amid"))
HEADLINE_CUTS = CLAUSE_CUTS | HEADLINE_JOINERS  # the words a headline may be cut at
NOT_JOINING = frozenset(("such", "well", "known", "soon", "same", "long"))  # "such as", "as well as"
SUBORDINATORS = frozenset(("after", "before", "when", "although", "though", "whereas"))
FINITE = frozenset("was were is are had has have began begun fell came went broke took ran".split())
# What may stand right before a clause word: a comma, or a span of time ("a day after", "weeks before").
CLAUSE_OPENERS = frozenset((",", "day", "days", "hours", "hour", "week", "weeks", "month", "months", "year", "years"))


def clauses(doc: ArticleDoc, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split a sentence at semicolons, dashes and ', but/while/when ...', 'a day after ...' (in a
    headline at a bare "as", "while", "after" or "amid"); a
    subordinate clause with no event word of its own ("..., after a rebel advance towards Addis
    Ababa stalled, the TPLF withdrew ...") also ends at its comma, so its places go to no event."""
    keys = doc.tokens.key
    headline = bool(doc.document.title) and bool(doc.sentences) and lo == doc.sentences[0][0]
    words = doc.positions(HEADLINE_CUTS if headline else CLAUSE_CUTS, lo + 1, hi)
    if not words:
        return [(lo, hi)] if hi > lo else []  # no word to cut at (most sentences): one clause
    cuts = [lo]
    for k in words:
        if headline and keys[k] in HEADLINE_JOINERS and keys[k - 1] not in NOT_JOINING:
            cuts.append(k)  # "First Abrams tanks reach Taiwan as Chinese ships swarm nearby waters": no comma
        elif keys[k] in CLAUSE_BREAKS or (keys[k] in CLAUSE_WORDS and keys[k - 1] in CLAUSE_OPENERS):
            cuts.append(k)  # ", but", "a day after drones struck"
            end = _eventless_until_comma(keys, k, hi)
            if end is not None:
                cuts.append(end)
    cuts.append(hi)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _eventless_until_comma(keys: list[str], k: int, hi: int) -> int | None:
    """The comma closing a subordinate clause at k that has a verb but no trigger word, else None
    ("when fighters of JNIM, the alliance, attacked": the comma there is an apposition's)."""
    if keys[k] not in SUBORDINATORS:
        return None
    verb = False
    for n in range(k + 1, hi):
        if keys[n] in lx.TRIGGERS:
            return None
        if keys[n] == ",":
            return n if verb else None
        verb = verb or keys[n] in FINITE or (len(keys[n]) > 4 and keys[n].endswith("ed"))
    return None
