"""The mood of a trigger's verb: hypothetical (no event), or planned or reported as a future (an order).

A modal of possibility governs the verbs of its phrase ("could go further and send"), and "may
send" is hypothetical while "may have sent" is a hedge. A plan: "is/are to" ("are to be
delivered"), a headline's "X to send" (a name opening the sentence), a noun of supply whose verb is
expected ("deliveries are expected to begin"), an approval of a "possible sale", and "said it would
send" (the future of a saying, unless a condition follows). "a contract to supply" takes its frame
from the giving verb after 'to', "committed to buying" and "approved the purchase of" from the
buying one (the approver buys; "approved the sale of" still gives). A negotiation about the
event ("talks on the sale of", "open to selling") is none.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP

ADVERBS = frozenset(("most", "also", "then", "already", "later", "first", "since", "now", "all", "not"))
PASSIVE_AUX = frozenset(("was", "were", "been", "being", "is", "are", "be"))
NEGOTIATED = frozenset(("on", "over", "about", "for", "to"))  # "is in talks to buy"


def approval_before(keys: list[str], k: int, lo: int) -> bool:
    """'the State Department approved a possible sale', 'notified Congress of a possible sale',
    'cleared a proposal to acquire': an approval verb within eight words, no clause break between."""
    if lx.APPROVING.isdisjoint(keys[max(lo, k - 9):k]):
        return False  # no approval verb in reach (most triggers): told at C speed
    for n in range(k - 1, max(lo, k - 9) - 1, -1):
        if keys[n] in lx.APPROVING:
            return True
        if keys[n] in STOP:
            return False
    return False


def planned_after(keys: list[str], k: int, hi: int) -> bool:
    """'Deliveries of the 36 Rafale jets are expected to begin in 2026', 'delivery is scheduled for
    2027': a noun of supply whose verb is planned ('is/are expected/due/scheduled to/for') tells an
    announced delivery."""
    if keys[k] not in lx.SUPPLY_NOUNS:
        return False
    for n in range(k + 1, min(hi - 2, k + 14)):
        if keys[n] in STOP:
            return False
        if keys[n] in PASSIVE_AUX and keys[n + 1] in lx.PLANNED and keys[n + 2] in ("to", "for"):
            return True
    return False


def to_give(keys: list[str], k: int, hi: int, frames: tuple[lx.Frame, ...] = (lx.GIVE,)) -> bool:
    """'a contract (on Tuesday) to supply', 'a deal to deliver': 'to' and a giving verb follow (or,
    with frames, a buying one: 'committed to buying', 'pledged to purchase')."""
    for n in range(k + 1, min(hi - 1, k + 5)):
        if keys[n] in STOP:
            return False
        if keys[n] == "to":
            hit = lx.TRIGGERS.get(keys[n + 1])
            return hit is not None and hit[1] in frames
    return False


# Nouns and verbs of buying whose object an approval may take ("approved the purchase of").
BUYING = frozenset("""purchase purchases purchasing buy buying procurement procure procuring acquisition acquire
acquiring""".split())


def approves_buying(keys: list[str], k: int, hi: int) -> bool:
    """'Poland approved the purchase of 96 Apaches', 'cleared the acquisition of': an approval of a
    buying is the buyer's; the buying word after it sets the frame (not "approved the sale of")."""
    if keys[k] not in lx.APPROVING:
        return False
    for n in range(k + 1, min(hi, k + 4)):
        if keys[n] in STOP:
            return False
        if keys[n] in BUYING:
            return True
    return False


def word_at(doc: ArticleDoc, n: int) -> str:
    """The folded word at n; the month 'May' kept apart from the modal."""
    return "May" if doc.tokens.text[n] == "May" else doc.tokens.key[n]


def hypothetical_phrase(doc: ArticleDoc, k: int, lo: int) -> bool:
    """A modal of possibility governs the verbs of its phrase: looking back up to eight words, to
    a comma, a reporting verb or 'that', for 'could', 'would', 'might' or 'may' (not 'may have')."""
    keys = doc.tokens.key
    if lx.POSSIBILITY.isdisjoint(keys[max(lo, k - 9):k]):
        return False  # no modal in reach (most triggers): told at C speed
    for n in range(k - 1, max(lo, k - 9) - 1, -1):
        if keys[n] in lx.PHRASE_ENDS:
            return False
        if keys[n] in lx.POSSIBILITY and word_at(doc, n) in lx.POSSIBILITY and keys[n + 1] != "have":  # key first: cheap
            return True
    return False


def headline_to(doc: ArticleDoc, k: int) -> bool:
    """'Australia to send 49 Abrams tanks to Ukraine', 'Seoul to buy more F-35s': a name opening the
    sentence, 'to' and the verb is the headline form of 'will' ("troops flew to Bamako to deliver" is
    a purpose)."""
    if k < 2 or doc.tokens.key[k - 1] != "to":
        return False
    lo = doc.sentences[doc.sentence_of(k)][0]
    return any(a.i <= lo + 1 for a in doc.ending(k - 1, ("actor", "place")))  # the subject opens the sentence


def be_to(before: list[str]) -> bool:
    """'is to receive', 'are to be delivered', 'is in line to receive': a form of 'be' and 'to' (or
    'in line to') before the verb tell a plan."""
    if "to" not in before:
        return False
    return any(a in PASSIVE_AUX and b == "to" or (a, b, c) == ("in", "line", "to")
               for a, b, c in zip(before, before[1:], before[2:] + [""]))


def reported_future(keys: list[str], k: int, lo: int) -> bool:
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


def negotiated(before: list[str]) -> bool:
    """'held talks on the sale of', 'negotiations over the purchase of', 'in talks to buy', 'is open to selling': an
    event word a negotiation or an openness is about is not decided."""
    if lx.NEGOTIATIONS.isdisjoint(before) and "open" not in before:
        return False
    return any(a in lx.NEGOTIATIONS and b in NEGOTIATED or (a, b) == ("open", "to") for a, b in zip(before, before[1:]))


def modal(before: list[str]) -> bool:
    """'may send' is hypothetical; 'may have sent' is a hedge, kept."""
    if lx.MODAL_MAY.isdisjoint(before):
        return False
    for n, word in enumerate(before):
        if word in lx.MODAL_MAY:
            return not (n + 1 < len(before) and before[n + 1] == "have")
    return False
