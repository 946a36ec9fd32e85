"""What an attack struck, read after its verb (`target_phrase`), and whether an event word tells of
an event told before: a definite or possessive event noun ("the strike", "India's missile
strikes": `definite_noun`) or an attack verb on a bare definite noun ("one missile struck the ship":
`definite_target`); merge joins those to the event they refer to."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP
from materiel.extract.triggers import Trigger
from materiel.models import Event, Ref

DEFINITE = frozenset(("the", "this", "that"))
TARGET_ENDS = frozenset(("in", "near", "at", "with", "using", "on", "by", "across", "along", "around", "inside", "outside", "from",
                         "overnight", "yesterday", "today", "tonight", "off",  # "drones launched overnight": no target
                         "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast"))  # "west of Hodeidah"
BUILDINGS = frozenset(("building", "buildings"))
TIME_CLAUSES = frozenset(("after", "before", "following"))  # "stormed the command after a month-long offensive"
# A verb right after an attack noun: "the strikes were carried out by K-8 jets" names no target.
VERB_AFTER_NOUN = frozenset(("was", "were", "is", "are", "had", "has", "have", "will", "would", "came", "killed"))
# Words that open a clause, not a noun phrase, after an attack verb ("launched what it called").
CLAUSE_OPENERS = frozenset(("what", "which", "who", "whom", "where", "when", "that", "as", "to"))


def definite_target(doc: ArticleDoc, trig: Trigger, event: Event) -> bool:
    """'One missile struck the ship': an attack verb whose target is a bare definite noun ('the ship') and
    that names no item of its own tells of the target named before, so of that attack (merge joins it
    only where their roles agree)."""
    keys = doc.tokens.key
    if trig.type != "attack" or event.equipment or trig.j >= len(keys):
        return False
    if keys[trig.j] not in DEFINITE or not keys[trig.i].endswith(("ed", "ck", "t")):
        return False
    texts = doc.tokens.text
    for end in (trig.j + 2, trig.j + 3):  # "the ship", "the sprawling base"
        if not (end - 1 < len(keys) and texts[end - 1].isalpha() and texts[end - 1].islower()):
            return False
        if end >= len(keys) or keys[end] in STOP or keys[end] in TARGET_ENDS or keys[end] in TIME_CLAUSES:
            return True
    return False


def definite_noun(doc: ArticleDoc, trig: Trigger, lo: int) -> bool:
    """'the strike', 'the Israeli raids', 'India's missile strikes': an event noun after 'the' or a
    possessive, past a demonym or one modifier."""
    keys = doc.tokens.key
    if keys[trig.i].endswith(("ed", "ing")):
        return False
    k = trig.i - 1
    demonym = doc.ending(trig.i, ("actor",))
    if demonym and demonym[0].via == "demonym":
        k = demonym[0].i - 1
    for n in (k, k - 1):
        if n >= lo and (keys[n] in DEFINITE or keys[n] == "s" and n > lo and keys[n - 1] in ("'", "’")):
            return True
    return False


def target_phrase(doc: ArticleDoc, trig: Trigger, hi: int) -> Ref | None:
    """The words after an attack verb, up to six and to a preposition or the next verb, as its target
    ("struck the headquarters of the fleet"); none for weapons fired or an operation launched."""
    keys, texts = doc.tokens.key, doc.tokens.text
    k = trig.j
    words = []
    while k < hi and len(words) < 6 and keys[k] not in STOP and keys[k] not in TARGET_ENDS:
        if keys[k] in BUILDINGS and words:
            words.append(texts[k])  # "hit a residential building": the noun, not the verb of a base change
            k += 1
            continue
        if keys[k] in lx.CASUALTY_VERBS or keys[k] in lx.TRIGGERS and (
                lx.TRIGGERS[keys[k]][0] == "attack" or keys[k].endswith(("ed", "ing")) or keys[k] in lx.LEAVING):
            if lx.TRIGGERS.get(keys[k], ("",))[0] == "attack" and k - trig.j <= 2 and "the" not in keys[trig.j:k]:
                return None  # "launched air strikes", "carried out drone attacks": the attack itself, named again
            break  # "US strikes hit the port", "shelling left five soldiers dead", "a strike killed": the next verb
        words.append(texts[k])
        k += 1
    if not words or words == ["the"] or keys[trig.j] in CLAUSE_OPENERS or keys[trig.j] in VERB_AFTER_NOUN or any(head_noun(w.lower()) for w in words) \
            or any(k in lx.OPERATION_NOUNS for k in keys[trig.j:k]):  # "launched an offensive": no target
        return None  # "fired more than 320 rockets": the weapons, not the target
    start, end = doc.tokens.start[trig.j], doc.tokens.end[trig.j + len(words) - 1]
    return Ref(None, doc.text[start:end])
