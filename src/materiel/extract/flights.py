"""What a verb of flying tells (find_triggers, triggers.py, reads these): a flight naming both ends
("flying equipment from Syria to eastern Libya"), items as its object ("flying Wing Loong drones to
Ethiopia"), cargo or people as its object or in the passive ("Egypt flew weapons into Mogadishu",
"fighters were flown to Bangui") are somebody moving them; items told before that fly a route are a
leg of their movement ("The jets flew to Libya from Hmeimim"); "drones flew into the city" fly
themselves."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.moods import PASSIVE_AUX
from materiel.extract.roles import STOP

FLYING_NOW = frozenset(("flying", "fly", "flies"))  # "drones flying from X": where they operate, not one flight
FLIGHT_PATH = frozenset(("to", "into", "from", "out", "back", "in", "over", "across", "toward", "towards"))


def route(keys: list[str], k: int, hi: int) -> bool:
    """'flying some of the equipment from Syria to eastern Libya': an airlift names both ends."""
    window = keys[k + 1:min(hi, k + 14)]
    return "from" in window and ("to" in window or "into" in window)


def definite_subject(keys: list[str], k: int, lo: int) -> bool:
    """'The jets flew to Libya from Hmeimim': items told before (a definite noun right before the
    verb) flying a route are a leg of their movement (merge joins it to that one)."""
    return k - 2 >= lo and keys[k - 2] in ("the", "these", "those") or k - 3 >= lo and keys[k - 3] == "the"


def flown_items(doc: ArticleDoc, k: int) -> bool:
    """'flying Chinese-made Wing Loong drones to Ethiopia': items as the object of 'fly' are ferried."""
    return any(doc.starting(n, ("equipment",)) for n in range(k + 1, k + 4))


def ferried(keys: list[str], k: int, hi: int) -> bool:
    """'Egypt flew weapons into Mogadishu', 'troops were flown to Bangui': a flight with an object
    (items or people, before the preposition of its path) or in the passive carries what somebody
    sends; "drones flew into the city" fly themselves."""
    if keys[k] == "flown" and keys[k - 1] in PASSIVE_AUX:
        return True
    for n in range(k + 1, min(hi, k + 7)):
        if keys[n] in FLIGHT_PATH or keys[n] in STOP:
            return False
        if keys[n] in lx.GENERIC_ITEMS:
            return True
    return False
