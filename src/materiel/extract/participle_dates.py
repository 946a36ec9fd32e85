"""Which verb a date near a participle belongs to: the participle's own, or the clause's main verb.

- a participle after a noun ("an embargo imposed in 2011", "tanks ordered in 2019", "a report seen
  by Reuters this month"), between the trigger and the date or, with its agent, before both ("Of
  the tanks sent by Poland in 2023, ten were lost"), takes the date unless it is a verb of the
  event's type; footage and images ("taken on Friday", "broadcast on Friday") date what they show.
- a participle phrase set off by commas before the trigger ("Camp Lemonnier, built in 2002 and
  expanded in 2015, hosts drones") dates its own participles.
- a reduced relative ("tanks bought by Taiwan were unloaded on Monday", "tanks bought from the US
  arrived on Sunday"): dates after the main verb belong to it, not to the participle.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc

if TYPE_CHECKING:  # events imports event_dates, which imports this module
    from materiel.extract.events import Trigger

CLAUSE_ENDS = frozenset((",", ";", ":", "—", "–", "(", ")"))
AUXILIARIES = frozenset(("was", "were", "is", "are", "be", "been", "being", "has", "have", "had"))
FINITE_AUX = frozenset(("was", "were", "is", "are"))
IRREGULAR_PARTICIPLES = frozenset("bought sold built made held given sent brought fought won seen taken shown written".split())
# Footage and images date what they show: "images taken on Friday", "a video filmed on Monday".
SIGHTING_PARTICIPLES = frozenset("""taken filmed recorded captured released posted published aired shared photographed
geolocated broadcast shot seen spotted""".split())
# Documents: "a report seen by Reuters this month" dates the report, not what it tells.
REPORT_NOUNS = frozenset("report reports study assessment findings investigation analysis dossier document letter".split())
# Words before a participle that make it a finite verb or part of one, not a reduced relative.
NOT_NOUNS = frozenset(("and", "or", "then", "also", "it", "they", "he", "she", "we", "which", "who", "that", "not",
                       "never", "first", "later", "since", "recently", "newly", "being", "the", "a", "an", "its", "their",
                       "his", "her", "our", "this", "these", "those", *AUXILIARIES))
# Words after a participle that make it a reduced relative after a designation ("the M1A1s supplied
# by the United States last year"), not an adjective before a noun ("ATAGS towed howitzers").
PARTICIPLE_PREPS = frozenset("by to from in on at for with into under during since".split())


def participle_takes_date(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int) -> bool:
    """Whether a participle, not the trigger, takes the date (in the sentence opening at lo)."""
    return _after_main_verb(doc, date, trig) or _own_participle(doc, date, trig, lo) \
        or _participle_aside(doc, date, trig, lo)


def _own_participle(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int) -> bool:
    """'an embargo imposed on Libya in 2011', 'tanks ordered in 2019': a participle after a noun
    (or a designation: "the M1A1s supplied last year"), between the trigger and the date or before
    both, takes the date, unless it is a verb of the event's type."""
    keys, texts = doc.tokens.key, doc.tokens.text
    before = trig.j > date.i  # "Of the tanks sent by Poland in 2023, ten were lost": a passive with its agent
    if before and "," not in keys[date.j:trig.i]:
        return False
    lo = lo if before else trig.j
    for k in range(date.i - 1, max(lo, date.i - 6), -1):  # a participle's phrase is short
        if keys[k] in CLAUSE_ENDS:
            return False
        participle = texts[k].islower() and "-" not in texts[k] \
            and (keys[k].endswith("ed") or keys[k] in IRREGULAR_PARTICIPLES) \
            and (keys[k] not in SIGHTING_PARTICIPLES or keys[k - 1] in REPORT_NOUNS)
        if not participle:
            continue
        noun = (texts[k - 1].isalpha() and texts[k - 1].islower() and keys[k - 1] not in NOT_NOUNS) \
            or (bool(doc.ending(k, ("equipment",))) and (keys[k + 1] in PARTICIPLE_PREPS or k + 1 == date.i))
        if noun and (not before or keys[k + 1] == "by"):
            return lx.TRIGGERS.get(keys[k], ("",))[0] != trig.type
    return False


def _participle_aside(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int) -> bool:
    """'Camp Lemonnier, built in 2002 and expanded in 2015, hosts drones', 'the corvette, damaged
    in March, sank on Friday': a date in a participle phrase set off by commas before the trigger
    dates that participle, unless it is a verb of the event's type ("the jets, delivered in May, arrived")."""
    keys, texts = doc.tokens.key, doc.tokens.text
    if trig.i <= date.i or "," not in keys[date.j:trig.i]:
        return False
    for k in range(date.i - 1, max(lo, date.i - 14), -1):
        if keys[k] in CLAUSE_ENDS:
            if keys[k] != "," or k + 1 >= date.i:
                return False
            head = k + 1
            participle = texts[head].islower() and (keys[head].endswith("ed") or keys[head] in IRREGULAR_PARTICIPLES)
            return participle and not any(lx.TRIGGERS.get(keys[n], ("",))[0] == trig.type for n in range(head, date.i))
    return False


def _after_main_verb(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'The tanks bought by Taiwan were unloaded on Monday': the participle is no main verb, and a
    date after the clause's own 'were' belongs to that verb."""
    keys = doc.tokens.key
    if date.i < trig.j or (trig.i > 0 and keys[trig.i - 1] in AUXILIARIES):
        return False
    if trig.passive and any(keys[k] in FINITE_AUX for k in range(trig.j, date.i)):
        return True
    return _reduced_relative(doc, trig) and any(_main_verb(doc, k) for k in range(trig.j + 1, date.i))


def _reduced_relative(doc: ArticleDoc, trig: "Trigger") -> bool:
    """'the first 38 of 108 tanks bought from the United States arrived on Sunday': a participle
    right after its item or class noun, with a preposition after it, describes that noun."""
    keys = doc.tokens.key
    participle = keys[trig.i].endswith("ed") or keys[trig.i] in IRREGULAR_PARTICIPLES
    after_noun = bool(doc.ending(trig.i, ("equipment",))) or keys[trig.i - 1] in lx.GENERIC_ITEMS
    return participle and after_noun and trig.j < len(keys) and keys[trig.j] in PARTICIPLE_PREPS


def _main_verb(doc: ArticleDoc, k: int) -> bool:
    """A finite verb of another event after a reduced relative ("... bought from the US arrived")."""
    keys, texts = doc.tokens.key, doc.tokens.text
    return keys[k] in lx.TRIGGERS and texts[k].islower() and keys[k - 1] not in ("and", "or", ",") \
        and (keys[k].endswith("ed") or keys[k] in FINITE_AUX or keys[k] in ("arrived", "reached", "came", "left"))
