"""Prepositions of an aside: a place there locates the saying or the circumstance, not the event.

"told reporters in Vilnius that ...", "speaking at a news conference in Berlin", "during a visit to
Kyiv" (`said_there`): where something was said; "..., following a gunfight at a monastery in
Banjska", "amid the fighting in Gaza" (`in_circumstance`): where a verbless phrase of circumstance
happened. roles.governing_prep gives such a place no preposition of the event. A bare bearing
stands for a preposition: "shot down north of Kyiv" is by Kyiv (`bearing_from`).
"""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.extract.lexicon import REPORTING, TRIGGERS


# Words of saying a place of saying follows ("told reporters in Vilnius", "speaking in Tokyo", "at a
# news conference in Berlin", "during a visit to Kyiv", "writing from Nairobi").
SAID_AT = REPORTING | frozenset("""say says saying speaking spoke speaks writing reporters journalists conference
briefing speech interview summit forum talks visit trip remarks address""".split())


def said_there(doc: ArticleDoc, k: int, lo: int) -> bool:
    """Whether the preposition at k follows a word of saying, past a date ("said on Monday in Kyiv"):
    the place after it is where something was said, not where the event happened."""
    if doc.tokens.key[k] not in ("in", "at", "from", "to"):
        return False  # "announced by the Pentagon": the speaker, not a place
    n = k - 1
    dated = doc.ending(k, ("date",))
    if dated:
        n = dated[0].i - 1 - (dated[0].i - 1 >= lo and doc.tokens.key[dated[0].i - 1] == "on")
    return n >= lo and doc.tokens.key[n] in SAID_AT


# Prepositions opening a circumstance named by a noun ("following a gunfight at a monastery", "amid
# fighting in Gaza", "after talks in Moscow").
CIRCUMSTANCES = frozenset("following after amid amidst during despite before".split())


def in_circumstance(doc: ArticleDoc, k: int, lo: int) -> bool:
    """Whether the preposition at k stands inside a phrase opened by a word of circumstance with no
    event word of its own ("deployed tanks, following a gunfight at a monastery in Banjska"): its
    place locates that noun, not the event."""
    keys = doc.tokens.key
    if CIRCUMSTANCES.isdisjoint(keys[max(lo, k - 10):k]):
        return False  # no word of circumstance: checked first, most prepositions have none before them
    for n in range(k - 1, max(lo, k - 10) - 1, -1):
        if keys[n] in TRIGGERS or keys[n] in (";", ":"):
            return False
        if keys[n] in CIRCUMSTANCES:
            return n + 1 < k and keys[n + 1] in DETERMINERS and _noun_phrase(keys, n + 1, k)
    return False


DETERMINERS = frozenset("a an the its their his her this that".split())
VERB_WORDS = frozenset("was were is are had has have led held made sent seen".split())


def _noun_phrase(keys: list[str], a: int, b: int) -> bool:
    """Whether tokens a..b hold no verb-like word (a past participle or a finite verb): 'after a
    deadly gunfight' is a noun phrase, 'after the jets were moved' a clause."""
    return not any(w in VERB_WORDS or len(w) > 4 and w.endswith("ed") for w in keys[a:b])


COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
# Nouns of an area a bearing may place (roles.governing_prep adds its own place nouns: "waters", "hills").
AREA_NOUNS = frozenset("area areas village villages sea zone".split())
# Words before a bearing that make it a part of the place ("the north of Syria") or a distance from it
# ("25 km west of Goma"), not the event's place beside it.
NOT_BEARING = frozenset("the a its their in of km kilometres kilometers miles metres meters away far".split())


def bearing_from(keys: list[str], k: int, lo: int) -> bool:
    """Whether the 'of' at k follows a bare bearing right after a verb or an item ("a drone was shot
    down north of Kyiv", "struck positions east of Pokrovsk"): the place is where the event was, by
    that town; not "the north of Syria" (a part, told by 'in'), nor "25 km west of Goma" (a distance),
    nor "waters south-east of Taiwan" (a place noun of its own)."""
    if k - 1 <= lo or keys[k - 1] not in COMPASS:
        return False
    before = keys[k - 2]
    if before in AREA_NOUNS:
        return False  # "operating in an area south-east of Taiwan": a place of its own, told by its preposition
    return before not in NOT_BEARING and not before[:1].isdigit()
