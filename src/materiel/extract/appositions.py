"""A body that a speaking person's title names in an apposition to the name speaks.

"said Igor Petrov, a spokesman for the Russian defence ministry", "Ahmed Ali, a commander of the
RSF, said", "according to Ahmed Ali, a spokesman for the RSF", "said Igor Petrov, Russia's defence
ministry spokesman": the body after the title's preposition, or the possessive or actor heading the
title, is the speaker. Not where the person sits ("a researcher in Oslo"), not a former official
("a former commander of ..."), not a noun that is no title ("the army's favourite target").
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.speakers import CLAIM_VERBS, LEFT_STOPS, SPEAKER_WORDS, TITLES

# The preposition from a title to the body it names: "a spokesman for the RSF", "a commander of the
# Wagner Group", "an official at the ministry", "an officer with the army".
TITLE_PREPS = frozenset(("for", "of", "at", "with"))  # not "in": "a researcher in Oslo" is where she sits
PEOPLE_TITLES = frozenset(("official", "officer", "researcher", "member", "representative", "aide"))
STAFF_WORDS = PEOPLE_TITLES | frozenset("senior top press military media chief deputy regional local".split())


def speaks_through_title(doc: ArticleDoc, ann: Ann, lo: int, hi: int) -> bool:
    """'said Igor Petrov, a spokesman for the Russian defence ministry', 'Ahmed Ali, a commander of
    the RSF, said', 'said Igor Petrov, Russia's defence ministry spokesman': the body a speaking
    person's title names, in an apposition to the name, speaks."""
    keys = doc.tokens.key
    comma = _title_before(keys, ann, lo) if ann.i - 1 >= lo else None
    if comma is None:
        comma = _title_after(doc, ann, lo, hi)
    if comma is None:
        return False
    name = comma
    while name - 1 >= lo and doc.tokens.text[name - 1][:1].isupper() and keys[name - 1] not in LEFT_STOPS:
        name -= 1
    if name == comma:
        return False
    if name - 1 >= lo and (keys[name - 1] in CLAIM_VERBS or keys[max(lo, name - 2):name] == ["according", "to"]):
        return True  # "..., said Igor Petrov, a spokesman for ...", "according to Igor Petrov, a spokesman for ..."
    end = ann.j
    while end < hi and (doc.tokens.text[end][:1].isupper() or keys[end] in SPEAKER_WORDS or keys[end] in TITLES):
        end += 1
    return end + 1 < hi and keys[end] == "," and keys[end + 1] in CLAIM_VERBS  # "X, a spokesman for Y, said"


def _title_before(keys: list[str], ann: Ann, lo: int) -> int | None:
    """The comma opening ', a spokesman for [the] <ann>', if the words before the mention are so."""
    k = ann.i - 1 - (keys[ann.i - 1] == "the")
    if k < lo or keys[k] not in TITLE_PREPS:
        return None
    top = k = k - 1
    while k >= lo and (keys[k] in TITLES or keys[k] in STAFF_WORDS):
        k -= 1
    if not any(keys[n] in TITLES or keys[n] in PEOPLE_TITLES for n in range(k + 1, top + 1)):
        return None
    k -= k >= lo and keys[k] in ("a", "an", "the")
    return k if k >= lo and keys[k] == "," else None


def _title_after(doc: ArticleDoc, ann: Ann, lo: int, hi: int) -> int | None:
    """The comma opening ', [the] <ann>'s defence ministry spokesman' (or an actor's: ', the Russian
    defence ministry spokesman'), if a title follows the mention in its apposition."""
    keys = doc.tokens.key
    k = ann.j + 2 if keys[ann.j:ann.j + 2] == ["'", "s"] else ann.j
    if k == ann.j and ann.kind != "actor":
        return None
    titled = False
    while k < hi and (keys[k] in TITLES or keys[k] in STAFF_WORDS or keys[k] in SPEAKER_WORDS
                      or keys[k].isalpha() and (doc.tokens.text[k][:1].islower() or "-" in doc.tokens.text[k])):
        titled = titled or keys[k] in TITLES or keys[k] in PEOPLE_TITLES
        k += 1
    if not titled or (k < hi and keys[k] not in (",", ".")):
        return None
    c = ann.i - 1 - (ann.i - 1 >= lo and keys[ann.i - 1] == "the")
    return c if c >= lo and keys[c] == "," else None
