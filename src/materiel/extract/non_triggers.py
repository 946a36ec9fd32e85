"""Uses of a trigger word that tell no event: an adjective or class noun ("the captured tanks",
"four Mi-8 transports"), a causative ("shelling left five soldiers dead"), a description ("personnel
armed with knives"), a plan or paper ("a withdrawal timetable"), a means ("the ability to strike"),
a launched mission, a refused future ("will not take part in strikes"), a trade or movement
stopped ("restricted arms exports to", "halted deliveries"), what items habitually do ("the
interceptors it fires"), and the like.
`not_a_trigger` is the test find_triggers (triggers.py) applies to every trigger word."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.moods import ADVERBS, PASSIVE_AUX
from materiel.extract.roles import STOP

CREWS = frozenset("crew crews pilot pilots operator operators instructors contractors mercenaries".split())
ADJECTIVE_SLOT = frozenset(("s", "the", "its", "their", "a", "an", "his", "her", "recently", "newly"))


def after_auxiliary(before: list[str]) -> bool:
    """'were delivered', 'was reportedly sent', 'were most likely re-exported': a form of 'be'
    before the verb, past up to three adverbs."""
    for word in reversed(before):
        if word in PASSIVE_AUX:
            return True
        if not (word.endswith("ly") or word in ADVERBS):
            return False
    return False


def adjective_slot(before: list[str]) -> bool:
    """Right after a determiner ("the captured tanks"), or an adverb after one ("the recently
    delivered jets"); "North Korea recently handed" is a verb."""
    if not before or before[-1] not in ADJECTIVE_SLOT:
        return False
    return before[-1] not in ("recently", "newly") or len(before) > 1 and before[-2] in ADJECTIVE_SLOT


def not_a_trigger(doc: ArticleDoc, k: int, hi: int, before: list[str]) -> bool:
    """'close to the border' (an adjective), 'four Mi-8 transports' (a class noun), 'technology
    transfer' (no materiel), 'ten more will follow' without a future word (no announced delivery)."""
    keys = doc.tokens.key
    if k + 1 < hi and keys[k + 1] in lx.NOT_BEFORE.get(keys[k], ()):
        return True
    if k > 0 and keys[k - 1] == lx.WITHOUT and keys[k].endswith("ing"):
        return True  # "left Kherson without firing a shot", "without sending troops": negated
    if k > 0 and keys[k - 1] == "by" and not keys[k].endswith(("ing", "ed")):
        return True  # "left Rajin by ship", "moved by transport": a means, not a verb
    if keys[k] in lx.LEAVING and (keys[k - 1] in lx.CAUSING_SUBJECTS or lx.TRIGGERS.get(keys[k - 1], ("",))[0] == "attack"
                                  or not lx.RESULTS.isdisjoint(keys[k + 1:min(hi, k + 7)]) or _left_without(keys, k, hi)):
        return True  # "the departure leaves Russia as ...", "shelling left five soldiers dead": causative
    if keys[k] in lx.CARRYING and not lx.MARKINGS.isdisjoint(keys[k + 1:min(hi, k + 5)]):
        return True  # "the wreckage carried Russian stencilling": a marking, not a load
    if keys[k] == "flown" and k + 1 < hi and keys[k + 1] == "by" and not CREWS.isdisjoint(keys[k + 2:min(hi, k + 6)]) \
            and not _goes_somewhere(keys, k, hi):
        return True  # "Wing Loong drones, thought to be flown by Emirati crews": who operates them, not a flight
    if keys[k] in lx.CARRYING and k + 1 < hi and keys[k + 1] in lx.CIVIL_LOADS:
        return True  # "a boat carrying drugs from Venezuela": a load that is no materiel
    if keys[k] in lx.GIVING_NAMES and not lx.NAMING.isdisjoint(keys[max(0, k - 4):min(hi, k + 4)]):
        return True  # "the designation Moscow has given the type": a name, not a delivery
    if keys[k] in lx.GIVING_NAMES and not lx.ABILITIES.isdisjoint(keys[k + 1:min(hi, k + 7)]):
        return True  # "to give the Self-Defense Forces a counterstrike capability": nothing moves
    if keys[k] == "posted" and k > 0 and keys[k - 1] in lx.MEDIA:
        return True  # "videos posted by rebel supporters": published, not troops posted
    if keys[k] in lx.LAUNCHES and _launched_mission(keys, k, hi):
        return True  # "launched a naval mission", "the escort mission, which was launched on Monday"
    if k > 1 and keys[k - 1] == "to" and keys[k - 2] in lx.ABILITIES:
        return True  # "the ability to strike targets", "the capability to hit ports": a means, no deed
    if k + 1 < hi and lx.DESCRIBING.get(keys[k]) == keys[k + 1] and _describes(keys[k], before):
        return True  # "coast guard personnel armed with knives", "the gap left by the donation"
    if keys[k] in lx.EVACUATING and not lx.CIVILIANS.isdisjoint(keys[max(0, k - 4):min(hi, k + 4)]):
        return True  # "civilians were evacuated from Goma": no force leaves
    if keys[k] in lx.LEAVING and k > 0 and keys[k - 1] in lx.CIVILIANS:
        return True  # "thousands of residents left Rafah as Israeli tanks advanced": people flee, no force leaves
    if keys[k] in lx.CLASS_USES and doc.ending(k, ("equipment",)):
        return True
    if k > 0 and keys[k - 1] in lx.INTANGIBLE and not keys[k].endswith(("ed", "ing")):
        return True  # "technology transfer and co-production": nothing military moves
    if keys[k] == "open" and _kept(keys, k):
        return True  # "hoped to keep the hub open", "the base remains open": kept, not opened
    if k + 1 < hi and keys[k + 1] in lx.PLAN_NOUNS and not keys[k].endswith(("ed", "ing")):
        return True  # "a withdrawal timetable", "a transfer protocol", "the delivery schedule": a plan or paper
    if k + 1 < hi and keys[k + 1] in lx.BASE_NOUNS and lx.TRIGGERS[keys[k]][0] == "transfer" \
            and not keys[k].endswith(("ed", "s")):
        return True  # "an air transport hub", "a supply base": a facility named by what it serves
    if keys[k] in lx.SHIP_FORMS and not _verb_slot(doc, k, before):
        return True  # "the Russian landing ship", "a Coast Guard ship": the vessel
    if keys[k] in lx.TRADE_NOUNS and not _verb_slot(doc, k, before) and keys[k + 1:k + 2] not in (["of"], ["to"]):
        return True  # "one of Turkey's best-known exports": a kind of goods, no sale told
    if keys[k] in lx.NEEDS_BEFORE and not any(w in lx.NEEDS_BEFORE[keys[k]] for w in before[-3:]):
        return True
    if lx.TRIGGERS[keys[k]][0] == "attack" and not lx.STRUCK_DEALS.isdisjoint(keys[k + 1:min(hi, k + 3)]):
        return True  # "Slovakia struck a deal to buy CV90s": a bargain, no attack
    if lx.TRIGGERS[keys[k]][0] == "attack" and not keys[k].endswith("ed") and not lx.TREND.isdisjoint(before[-3:]):
        return True  # "ISWAP has stepped up attacks on army posts": a trend, not an attack
    if k + 1 < hi and keys[k + 1] in lx.BASE_NOUNS and keys[k].endswith("ing"):
        return True  # "the forward operating base": what kind of base, no event
    if k > 1 and keys[k - 1] in ("it", "they") and keys[k - 2] in lx.GENERIC_ITEMS and not keys[k].endswith("ed"):
        return True  # "the interceptors it fires are made at one plant": a relative clause of what items do
    if not keys[k].endswith(("ed", "ing")) and not lx.BLOCKING.isdisjoint(before[-3:]):
        return True  # "London has restricted arms exports to Argentina", "halted deliveries": none made
    return keys[k] in lx.NEEDS_FUTURE and lx.FUTURE.isdisjoint(before)


def _goes_somewhere(keys: list[str], k: int, hi: int) -> bool:
    """Whether the clause after k names where a motion goes ("flown by Russian pilots to al-Jufra")."""
    for n in range(k + 1, hi):
        if keys[n] in STOP:
            return False
        if keys[n] in ("to", "into", "towards"):
            return True
    return False


def _kept(keys: list[str], k: int) -> bool:
    """A verb of keeping within seven words before 'open', in its clause ("keep the hub open";
    not "keep troops in Syria and open a new base")."""
    for n in range(k - 1, max(-1, k - 8), -1):
        if keys[n] in lx.KEEPING:
            return True
        if keys[n] in STOP:
            return False
    return False


def _launched_mission(keys: list[str], k: int, hi: int) -> bool:
    """Whether what is launched is a mission, programme or inquiry: the object right after the verb,
    or, in the passive, the noun the clause refers back to."""
    for n in range(k + 1, min(hi, k + 5)):
        if keys[n] in STOP:
            break
        if keys[n] in lx.NOT_LAUNCHED:
            return True
    passive = keys[k - 1] in PASSIVE_AUX or keys[k - 2] in PASSIVE_AUX
    return passive and not lx.NOT_LAUNCHED.isdisjoint(keys[max(0, k - 10):k])


REFUSED = frozenset(("won't", "wouldn't", "shan't"))
NEGATING = REFUSED | {"not", "never"}  # the words a refused future needs
JOINING = frozenset(("take", "part", "join", "carry", "conduct"))  # "will not take part in strikes"


def refused_future(keys: list[str], k: int, lo: int) -> bool:
    """'will not take part in strikes', 'won't send jets', 'would never deploy': a negated future
    in the trigger's own verb phrase (no comma, conjunction or other trigger between) says the event
    is not to happen; a negated past ("did not supply") is a denial, left to certainty."""
    if NEGATING.isdisjoint(keys[max(lo, k - 7):k]):
        return False  # no negation in reach (most triggers): told at C speed
    for n in range(k - 1, max(lo, k - 7) - 1, -1):
        if keys[n] in STOP or keys[n] in lx.PHRASE_ENDS or keys[n] in lx.TRIGGERS and keys[n] not in JOINING:
            return False  # "officials who would not be named said Russia delivered": another verb's
        if keys[n] in REFUSED or keys[n] in ("not", "never") and n > lo and keys[n - 1] in ("will", "would", "shall"):
            return True
    return False


def _describes(word: str, before: list[str]) -> bool:
    """Whether a participle right after these words describes the noun before it: no auxiliary
    ("were armed with", "had left by") comes before, nor, for "left", items ("weapons left by the
    gunmen" were abandoned)."""
    return bool(before) and not after_auxiliary(before) and before[-1] not in ("has", "have", "had") \
        and not (word == "left" and before[-1] in lx.GENERIC_ITEMS)


def _left_without(keys: list[str], k: int, hi: int) -> bool:
    """'The delay left Ukraine without enough interceptors': 'without' and what is lacking after a
    short object ('left Mali without incident' tells how a force left)."""
    for n in range(k + 2, min(hi - 1, k + 5)):
        if keys[n] in STOP:
            return False
        if keys[n] == lx.WITHOUT:
            return keys[n + 1] not in lx.HOW_LEFT
    return False


def _verb_slot(doc: ArticleDoc, k: int, before: list[str]) -> bool:
    """Whether a word that is also a noun stands where a verb does: after a subject name, a pronoun,
    'to', a modal or an adverb ("Russia ships", "will ship", "quietly shipped")."""
    if not before:
        return False
    named = doc.ending(k, ("actor", "place"))
    if named and all(a.via == "demonym" for a in named):
        return False  # "Chinese ships swarm": a demonym before it makes it the noun
    return bool(named) or before[-1] in lx.SHIP_VERB_AFTER or before[-1].endswith("ly")
