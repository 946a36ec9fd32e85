"""Trigger words in a sentence, and the clauses and look-alike sentences around them.

A trigger (lexicon.py) counts unless it is an adjective or class-noun use ("the captured tanks",
"close to the border", "four Mi-8 transports", "the forward operating base"), hypothetical (a
modal of possibility reaches every verb of its phrase), a trend ("has stepped up attacks"), or a
participle describing items before the clause's own verb. Phrasal triggers need their particle
("handed over", "shot down", "flew out"); "will follow" needs a future word; a giving verb after a
future word, after "is/are to" or after "said it would" is an order, and so is a receiving verb
there ("will receive"). Conjoined triggers of one type are one; adjacent ones of two types
("the strike destroyed") both count.
"""
from __future__ import annotations

from dataclasses import dataclass

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP

CLAUSE_BREAKS = frozenset((";", "—", "–"))
CLAUSE_WORDS = frozenset(("but", "while", "whereas", "although", "though", "meanwhile", "after", "before", "when", "where"))
SUBORDINATORS = frozenset(("after", "before", "when", "although", "though", "whereas"))
FINITE = frozenset("was were is are had has have began begun fell came went broke took ran".split())
# What may stand right before a clause word: a comma, or a span of time ("a day after", "weeks before").
CLAUSE_OPENERS = frozenset((",", "day", "days", "hours", "hour", "week", "weeks", "month", "months", "year", "years"))
NOUN_ONLY = frozenset(("target", "targets", "fire", "launch", "order", "orders", "present", "arms"))
ADJECTIVE_SLOT = frozenset(("s", "the", "its", "their", "a", "an", "his", "her", "recently", "newly"))
BASE_KINDS = ("base", "airfield", "naval_port")
ADVERBS = frozenset(("most", "also", "then", "already", "later", "first", "since", "now", "all", "not"))
PASSIVE_AUX = frozenset(("was", "were", "been", "being", "is", "are", "be"))


@dataclass
class Trigger:
    i: int
    j: int
    type: str
    frame: lx.Frame
    change: str | None
    passive: bool = False


def find_triggers(doc: ArticleDoc, lo: int, hi: int) -> list[Trigger]:
    """Trigger words in [lo, hi), with multiword checks, future and hypothetical handling; a word
    inside a name ("Sudanese Armed Forces", "Operation Deliver") is no trigger."""
    keys = doc.tokens.key
    words = doc.positions(lx.TRIGGERS, lo, hi)
    if not words:
        return []
    named = {k for a in doc.in_sentence(doc.sentence_of(lo), ("actor", "place", "source")) for k in range(a.i, a.j)}
    found: list[Trigger] = []
    for k in words:
        hit = lx.TRIGGERS[keys[k]]
        if not doc.tokens.text[k][0].isalpha() or k in named:
            continue
        if keys[k] in lx.PRESENCE and not _keeps_forces(keys, k, hi):
            continue  # "has", "kept": checked first, they are frequent
        etype, frame, change = hit
        if keys[k] == "fire" and keys[k - 1] in lx.SETTING:
            etype, frame = "loss", lx.LOSS  # "gunmen set fire to a police armoured vehicle": it burned
        j = k + 1
        need = lx.NEEDS_NEXT.get(keys[k])
        if need:
            particle = _particle(keys, k, hi, need)
            ahead = keys[max(lo, k - 4):k]
            planned_get = keys[k] in ("get", "gets") and (any(w in lx.FUTURE for w in ahead) or _be_to(ahead))
            if particle is None and not planned_get \
                    and not (keys[k] in lx.DOUBLE_OBJECT and doc.starting(k + 1, ("actor", "place"))):
                continue
            j = particle + 1 if particle == k + 1 else k + 1
            if particle is not None and keys[k] in lx.OUT_IS_WITHDRAWAL:
                if keys[particle] == "out":
                    etype, frame = "withdrawal", lx.WITHDRAW  # "flown out of Mogadishu"
                elif particle == k + 1 or not _route(keys, k, hi):
                    continue  # "drones flew into the city": the items fly themselves, nobody moves them
        before = keys[max(lo, k - 4):k]
        if "may" in before:
            before = [_word(doc, n) for n in range(max(lo, k - 4), k)]  # the month is no modal
        if _not_a_trigger(doc, k, hi, before):
            continue
        if _adjective_slot(before) and (keys[k].endswith("ed") or keys[k] in NOUN_ONLY) and not _order_for(keys, k, hi):
            continue  # a participle used as an adjective: "Russia's evacuated bases", "the captured tanks"
        reported = _reported_future(keys, k, lo)  # "Berlin said it would send": the future of a saying
        if any(w in lx.HYPOTHETICAL and not (w == "would" and reported) for w in before) or _modal(before) \
                or _modifier(doc, k, hi):
            continue
        if not reported and _hypothetical_phrase(doc, k, lo):
            continue  # "could go further and send", "a step that would give them a way to hit"
        if frame is lx.ORDER_BUY and _to_give(keys, k, hi):
            continue  # "signed a contract to supply drones": the giving verb after it sets the frame
        if etype == "base_change" and not _near_base(doc, k, lo, hi):
            continue  # "opened their assault", "expanded operations": no base, no base change
        future = reported or any(w in lx.FUTURE for w in before) or _be_to(before)
        if etype == "transfer" and frame is lx.GIVE and future:
            etype, frame = "order", lx.ORDER_GIVE
        elif etype == "transfer" and frame is lx.RECEIVE and future:
            etype, frame = "order", lx.ORDER_BUY  # "Poland will receive 96 Apaches", "plans to acquire"
        if etype == "order" and any(w in lx.WINNING for w in before[-3:]):
            frame = lx.ORDER_WON  # "won an order from Indonesia"
        passive = _after_auxiliary(before)
        passive = passive or (j < hi and keys[j] == "by")  # "fighters delivered by Russia"
        found.append(Trigger(k, j, etype, frame, change, passive and keys[k].endswith(("ed", "en", "wn", "nt", "ld", "ht", "ck", "uck"))))
    return _one_per_run(_drop_reduced_relatives(doc, found), keys)


def _to_give(keys: list[str], k: int, hi: int) -> bool:
    """'a contract (on Tuesday) to supply', 'a deal to deliver': 'to' and a giving verb follow."""
    for n in range(k + 1, min(hi - 1, k + 5)):
        if keys[n] in STOP:
            return False
        if keys[n] == "to":
            hit = lx.TRIGGERS.get(keys[n + 1])
            return hit is not None and hit[1] is lx.GIVE
    return False


def _drop_reduced_relatives(doc: ArticleDoc, found: list[Trigger]) -> list[Trigger]:
    """'the materiel pulled out of Syria was moved to Libya': a participle right after the noun it
    describes, before the clause's own passive verb, is no event; its phrases go to that verb."""
    keys = doc.tokens.key
    out = []
    for n, t in enumerate(found):
        # an order told in passing ("jets ordered by Iran were delivered") is an event of its own
        participle = t.type != "order" and keys[t.i].endswith("ed") and _noun_before(doc, t.i)
        if participle and _main_verb_after(keys, t, found[n + 1:]):
            continue
        out.append(t)
    return out


def _main_verb_after(keys: list[str], t: Trigger, later: list[Trigger]) -> bool:
    """A passive verb after the participle ("... was moved"), or its agent before a verb ("Drones
    launched by the RSF struck ...")."""
    return any(keys[u.i - 1] in PASSIVE_AUX or keys[u.i - 2] in PASSIVE_AUX for u in later) or (
        bool(later) and t.j < len(keys) and keys[t.j] == "by")


def _noun_before(doc: ArticleDoc, i: int) -> bool:
    """Items right before token i: a generic item noun or a named piece of equipment."""
    return i > 0 and (doc.tokens.key[i - 1] in lx.GENERIC_ITEMS or bool(doc.ending(i, ("equipment",))))


def _word(doc: ArticleDoc, n: int) -> str:
    """The folded word at n; the month 'May' kept apart from the modal."""
    return "May" if doc.tokens.text[n] == "May" else doc.tokens.key[n]


def _after_auxiliary(before: list[str]) -> bool:
    """'were delivered', 'was reportedly sent', 'were most likely re-exported': a form of 'be'
    before the verb, past up to three adverbs."""
    for word in reversed(before):
        if word in PASSIVE_AUX:
            return True
        if not (word.endswith("ly") or word in ADVERBS):
            return False
    return False


def _hypothetical_phrase(doc: ArticleDoc, k: int, lo: int) -> bool:
    """A modal of possibility governs the verbs of its phrase: looking back up to eight words, to
    a comma, a reporting verb or 'that', for 'could', 'would', 'might' or 'may' (not 'may have')."""
    keys = doc.tokens.key
    for n in range(k - 1, max(lo, k - 9) - 1, -1):
        if keys[n] in lx.PHRASE_ENDS:
            return False
        if _word(doc, n) in lx.POSSIBILITY and keys[n + 1] != "have":
            return True
    return False


def _be_to(before: list[str]) -> bool:
    """'is to receive', 'are to be delivered': a form of 'be' and 'to' before the verb tell a plan."""
    return any(a in PASSIVE_AUX and b == "to" for a, b in zip(before, before[1:]))


def _reported_future(keys: list[str], k: int, lo: int) -> bool:
    """'Berlin said in April it would send', 'the ministry said deliveries would begin': 'would' right
    before the verb (past 'be' and adverbs), after a saying verb in the same clause, is the future of
    the past, not a possibility; 'if' or another modal keeps it hypothetical."""
    n = k - 1
    while n > lo and (keys[n] in PASSIVE_AUX or keys[n].endswith("ly") or keys[n] in ADVERBS):
        n -= 1
    if keys[n] != "would" or any(w in ("if", "unless") for w in keys[k:k + 12]):
        return False  # "would send drones if talks failed": a condition
    for m in range(n - 1, max(lo, n - 7) - 1, -1):
        if keys[m] in lx.REPORTING:
            return True
        if keys[m] in lx.PHRASE_ENDS and keys[m] != "that" or keys[m] in lx.HYPOTHETICAL or keys[m] in lx.POSSIBILITY:
            return False
    return False


def _order_for(keys: list[str], k: int, hi: int) -> bool:
    """'won an order from Indonesia for 12 Anka drones': the noun 'order' with what it is for."""
    return keys[k] in ("order", "orders") and "for" in keys[k + 1:min(hi, k + 7)]


def _adjective_slot(before: list[str]) -> bool:
    """Right after a determiner ("the captured tanks"), or an adverb after one ("the recently
    delivered jets"); "North Korea recently handed" is a verb."""
    if not before or before[-1] not in ADJECTIVE_SLOT:
        return False
    return before[-1] not in ("recently", "newly") or len(before) > 1 and before[-2] in ADJECTIVE_SLOT


def _not_a_trigger(doc: ArticleDoc, k: int, hi: int, before: list[str]) -> bool:
    """'close to the border' (an adjective), 'four Mi-8 transports' (a class noun), 'ten more will
    follow' without a future word (no announced delivery)."""
    keys = doc.tokens.key
    if k + 1 < hi and keys[k + 1] in lx.NOT_BEFORE.get(keys[k], ()):
        return True
    if keys[k] in lx.LEAVING and (keys[k - 1] in lx.CAUSING_SUBJECTS or lx.TRIGGERS.get(keys[k - 1], ("",))[0] == "attack"
                                  or any(w in lx.RESULTS for w in keys[k + 1:min(hi, k + 7)])):
        return True  # "the departure leaves Russia as ...", "shelling left five soldiers dead": causative
    if keys[k] in lx.CARRYING and any(w in lx.MARKINGS for w in keys[k + 1:min(hi, k + 5)]):
        return True  # "the wreckage carried Russian stencilling": a marking, not a load
    if keys[k] in lx.GIVING_NAMES and any(w in lx.NAMING for w in keys[max(0, k - 4):min(hi, k + 4)]):
        return True  # "the designation Moscow has given the type": a name, not a delivery
    if keys[k] in lx.EVACUATING and any(w in lx.CIVILIANS for w in keys[max(0, k - 4):min(hi, k + 4)]):
        return True  # "civilians were evacuated from Goma": no force leaves
    if keys[k] in lx.CLASS_USES and doc.ending(k, ("equipment",)):
        return True
    if keys[k] in lx.NEEDS_BEFORE and not any(w in lx.NEEDS_BEFORE[keys[k]] for w in before[-3:]):
        return True
    if lx.TRIGGERS[keys[k]][0] == "attack" and not keys[k].endswith("ed") and any(w in lx.TREND for w in before[-3:]):
        return True  # "ISWAP has stepped up attacks on army posts": a trend, not an attack
    if k + 1 < hi and keys[k + 1] in lx.BASE_NOUNS and keys[k].endswith("ing"):
        return True  # "the forward operating base": what kind of base, no event
    return keys[k] in lx.NEEDS_FUTURE and not any(w in lx.FUTURE for w in before)


def _route(keys: list[str], k: int, hi: int) -> bool:
    """'flying some of the equipment from Syria to eastern Libya': an airlift names both ends."""
    window = keys[k + 1:min(hi, k + 14)]
    return "from" in window and ("to" in window or "into" in window)


def _keeps_forces(keys: list[str], k: int, hi: int) -> bool:
    """'has kept forces in Syria', 'has had fighters in Libya', 'has about 12,000 uniformed personnel
    in the country': a force noun within five words, then a locative preposition."""
    for n in range(k + 1, min(hi - 1, k + 6)):
        if keys[n] in lx.KEPT_FORCES:
            return keys[n + 1] in lx.PRESENCE_PREPS
        if keys[n] in STOP:
            return False
    return False


def _near_base(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """A base word or a base's name within five tokens of a base-change trigger."""
    window = range(max(lo, k - 5), min(hi, k + 6))
    if any(doc.tokens.key[n] in lx.BASE_NOUNS for n in window):
        return True
    return any(a.entry.get("kind") in BASE_KINDS and a.i in window for a in doc.in_sentence(doc.sentence_of(k), ("place",)))


def _particle(keys: list[str], k: int, hi: int, need: tuple[str, ...]) -> int | None:
    """Where the particle of a phrasal trigger stands: right after it ("handed over"), or after a
    short object ("pulling military hardware out of"), never past a comma or 'and'."""
    for n in range(k + 1, min(hi, k + 7)):
        if keys[n] in need:
            return n
        if keys[n] in STOP:
            return None
    return None


def _modifier(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'Su-25 attack jets', 'strike drones', 'attack helicopter': a trigger word naming a role of equipment."""
    return k + 1 < hi and head_noun(doc.tokens.key[k + 1]) is not None and doc.tokens.key[k] in lx.MODIFIER_TRIGGERS


def _modal(before: list[str]) -> bool:
    """'may send' is hypothetical; 'may have sent' is a hedge, kept."""
    for n, word in enumerate(before):
        if word in lx.MODAL_MAY:
            return not (n + 1 < len(before) and before[n + 1] == "have")
    return False


def _one_per_run(triggers: list[Trigger], keys: list[str]) -> list[Trigger]:
    """Conjoined triggers ('delivered and deployed', 'shipped, unloaded') keep the first;
    'attack ... destroyed' keeps both."""
    out: list[Trigger] = []
    for t in triggers:
        adjacent = bool(out) and out[-1].j == t.i
        if adjacent and out[-1].type != t.type:
            out.append(t)  # "the strike destroyed nine helicopters": an attack and a loss
            continue
        if out and all(keys[n] in ("and", "or", ",") for n in range(out[-1].j, t.i)):
            continue
        out.append(t)
    return out


def clauses(doc: ArticleDoc, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split a sentence at semicolons, dashes and ', but/while/when ...', 'a day after ...'; a
    subordinate clause with no event word of its own ("..., after a rebel advance towards Addis
    Ababa stalled, the TPLF withdrew ...") also ends at its comma, so its places go to no event."""
    keys = doc.tokens.key
    cuts = [lo]
    for k in range(lo + 1, hi):
        if keys[k] in CLAUSE_BREAKS or (keys[k] in CLAUSE_WORDS and keys[k - 1] in CLAUSE_OPENERS):
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


def fiction(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """A sentence about games, films, museums or kits: designations there are no movements."""
    keys = doc.tokens.key
    if lx.FICTION.isdisjoint(keys[lo:hi]):
        return False
    return any(keys[n] in lx.FICTION and keys[n - 1] not in lx.KIT_MODIFIERS for n in range(lo, hi))


def look_alike(doc: ArticleDoc) -> bool:
    """A whole document that is no news of war: a fiction headline, or two sentences with
    fiction, sport or review vocabulary (a film review, a match report)."""
    if not doc.sentences:
        return False
    if fiction(doc, *doc.sentences[0]):
        return True
    cues = lx.FICTION | lx.SPORT | lx.REVIEW
    keys = doc.tokens.key
    return sum(not cues.isdisjoint(keys[lo:hi]) for lo, hi in doc.sentences) >= 2
