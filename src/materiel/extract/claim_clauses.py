"""Which clause a speaker or a cue belongs to, and where an event's verb is (used by attribution
and certainty).

A speaker or cue before a "since"/"as" clause, a time clause with its own verb ("a day after drones
struck Kyiv") or a ", where" clause does not reach an event that clause holds; nor does one inside an
"as"/"since"/"while"/"although" clause after the event's verb, or a time clause opened just before it
(", a day after the Pentagon accused Caracas"), nor one closing its clause before a ", and" clause
holding the event (", the ministry said at the time, and Yerevan ordered radars"). An event's verb is
the trigger of its type nearest before its first item, else the first of its type, else (a type its
context shifted) the sentence's first trigger.
"""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.extract.lexicon import TRIGGERS

CLAUSE_OPENERS = frozenset(("since", "as"))
TIME_OPENERS = frozenset(("after", "before", "while", "when"))
LATER_OPENERS = frozenset(("as", "since", "while", "whereas", "although", "though"))
# Time words opening a clause after the event's verb ("sent jets, a day after the Pentagon accused
# Caracas"): their speaker and cues are the clause's own when they follow within LATER_REACH tokens.
LATER_TIME = frozenset(("after", "before", "when"))
LATER_REACH = 6
AS_SAYING = frozenset("saying reported revealed confirmed announced disclosed stated noted".split())
PAST_FORMS = frozenset("struck hit shot sank sunk sent brought took left withdrew flew overran fought began lost".split())


def clause_apart(keys: list[str], k: int, trigger: int | None) -> bool:
    """'Iran denies arming Russia as drones hit Kyiv', 'confirmed the loss ... since the Houthis began
    attacking', 'rejected the accusations, a day after drones struck Kyiv': a cue (or speaker) at
    token k before a "since"/"as" clause, or a time clause ("after", "before", "while", "when") whose
    verb follows with no comma, or a ", where" clause, does not reach the event that clause holds. "said that after weeks
    of fighting, its troops withdrew" is the main clause again after the comma. Nor does one inside
    an "as"/"since"/"while" clause after the trigger ("loses a jet as Houthis claim the attack"),
    unless a comma closes that clause first (", the army said")."""
    if trigger is None or k == trigger:
        return False
    if k > trigger:  # "loses a jet as Houthis claim attack": the cue or speaker is the clause's own
        opener = next((n for n in range(k - 1, trigger, -1)
                       if keys[n] in LATER_OPENERS and not _as_reported(keys, n)
                       or keys[n] in LATER_TIME and k - n <= LATER_REACH), None)
        return opener is not None and "," not in keys[opener:k]
    for n in range(k + 1, trigger):
        if keys[n] in CLAUSE_OPENERS and "," not in keys[n + 1:trigger] \
                or keys[n] in TIME_OPENERS and _finite_after(keys, n, trigger):
            return True
        if keys[n] == "where" and keys[n - 1] == "," and "," not in keys[n + 1:trigger]:
            return True  # "probably came from Libya, where Russia withdrew ...": its own clause
        if keys[n] == "and" and keys[n - 1] == "," and keys[n + 1] not in CLOSING_SAYS and keys[n + 1] not in ADDING \
                and _closing_attribution(keys, k, n - 1):
            return True  # "..., the ministry said at the time, and in 2023 Yerevan ordered radars"
    return False


CLOSING_SAYS = frozenset("said says reported reports confirmed confirms announced announces told added stated".split())
# ", and added that ...", ", and said ...": the speaker goes on; its clause is not closed.
ADDING = frozenset(("add", "adds", "said", "says", "warned", "noted", "insisted", "stressed"))
CLOSING_REACH = 5  # words from a closing attribution's verb to the comma ("said at the time,")


def _closing_attribution(keys: list[str], k: int, comma: int) -> bool:
    """'Bastions were trucked to Armenia in February, Papikyan's ministry said at the time, and ...':
    the speaker or cue at k closes the clause before it (a comma before it, its saying verb just before
    the comma, no "that" after it), so what the ", and" clause after it tells is not its word."""
    says = [m for m in range(k, comma) if keys[m] in CLOSING_SAYS]
    return bool(says) and comma - says[-1] <= CLOSING_REACH and "that" not in keys[says[-1]:comma] \
        and "," in keys[max(0, k - 6):k]


def _as_reported(keys: list[str], n: int) -> bool:
    """'as first reported by Der Spiegel', 'quoted as saying': an 'as' of saying opens no clause of its own."""
    k = n + 1 + (keys[n + 1:n + 2] in (["first"], ["previously"], ["earlier"]))
    return keys[n] == "as" and k < len(keys) and keys[k] in AS_SAYING


def _finite_after(keys: list[str], n: int, trigger: int) -> bool:
    """Whether the time word at n opens a clause whose verb is the trigger ("after drones struck"),
    not a phrase naming it ("after an RSF drone attack") nor one ended by a comma."""
    word = keys[trigger]
    return "," not in keys[n + 1:trigger] and (word.endswith("ed") or word in PAST_FORMS)


def trigger_token(doc: ArticleDoc, event, lo: int, hi: int) -> int | None:
    """The token of the event's verb: the first trigger of its type in [lo, hi), else (an event whose
    type its context shifted: "is sending jets to Puerto Rico" is a deployment) the first trigger."""
    keys = doc.tokens.key
    triggers = doc.positions(TRIGGERS, lo, hi)
    own = [k for k in triggers if TRIGGERS[keys[k]][0] == event.type]
    if len(own) > 1 and event.equipment:
        return _nearest_to_items(doc, event, own, lo) or own[0]
    return own[0] if own else triggers[0] if triggers else None


def _nearest_to_items(doc: ArticleDoc, event, own: list[int], lo: int) -> int | None:
    """'Germany delivered Leopards, Berlin said, and Poland sent MiG-29s': of several triggers of the
    event's type, the last one before the first of its items named in the sentence."""
    ids = {i.id for i in event.equipment if i.id}
    first = next((a.i for a in doc.in_sentence(doc.sentence_of(lo), ("equipment",))
                  if a.entry is not None and a.entry.id in ids), None)
    if first is None:
        return None
    return next((k for k in reversed(own) if k < first), None)
