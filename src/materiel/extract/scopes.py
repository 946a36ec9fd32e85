"""Which trigger of a clause each annotation belongs to.

An annotation goes to the trigger before it, unless it is the bare subject right before the next
trigger (", the CPC), attacked Bambari"; "fighters led by HTS stormed"), a new clause opens before
it (", and Turkish TB2 drones have been based at"), or it is the item right before a participle with
its agent ("four Su-30SM fighters delivered by Russia") or a loss participle ("180 T-72 tanks
destroyed"), or the list of items seen right before an attack participle aimed somewhere ("seen 20
KN-23 and KN-24 missiles fired at Kharkiv"), or the weapon naming an attack noun after another
event's verb ("destroyed a Tor-M2 with a HIMARS strike"); a participle after a comma (", supplying ...") has no subject of its own; a quantity
before "more" goes to the nearer verb.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.roles import STOP, governing_prep
from materiel.extract.triggers import Trigger

ATTACK_NOUNS = frozenset(("strike", "strikes", "attack", "attacks", "raid", "raids"))  # "a HIMARS strike"
AIMED = frozenset(("at", "on", "against", "into", "toward", "towards"))  # "missiles fired at Kharkiv"


def scopes(doc: ArticleDoc, triggers: list[Trigger], anns: list[Ann], lo: int, hi: int) -> list[list[Ann]]:
    """Give every annotation of the clause to one trigger: the one before it, unless it is the
    bare subject right before the next trigger (", supplying ..." has no subject of its own)."""
    inside = [a for a in anns if lo <= a.i < hi]
    if len(triggers) == 1:
        return [inside]  # one trigger takes all (the rules below weigh one trigger against the next)
    out: list[list[Ann]] = [[] for _ in triggers]
    if not triggers:
        return out
    for a in inside:
        owner = 0
        for n, t in enumerate(triggers):
            if a.i >= t.j or (n == 0 and a.i < t.i):
                owner = n
        nxt = owner + 1
        if a.kind == "quantity" and nxt < len(triggers) and doc.tokens.key[a.j:a.j + 1] == ["more"] \
                and triggers[nxt].i - a.j < a.i - triggers[owner].j:
            owner = nxt  # "received 11 launchers and has 18 more of them on order": the nearer verb
        if nxt < len(triggers) and triggers[owner].j <= a.i < triggers[nxt].i and _opens_next(doc, a, triggers[owner], triggers[nxt]):
            owner = nxt
        if a.kind in ("actor", "place") and nxt < len(triggers) and triggers[owner].j <= a.i < triggers[nxt].i:
            gap = _outside_brackets(doc.tokens.key[a.j:triggers[nxt].i])
            prep = governing_prep(doc, a, lo)
            bare = prep is None  # "out of Syria was moved": Syria is no subject
            bare = bare or prep == "by" and _agent_phrase(doc, a)  # "fighters led by HTS stormed the city"
            participle = doc.tokens.key[triggers[nxt].i].endswith("ing") and doc.tokens.key[triggers[nxt].i - 1] == ","
            if bare and not participle and (gap in ([], [","]) or (len(gap) <= 3 and not any(k in STOP for k in gap))):
                owner = nxt  # the bare subject of the next trigger: "..., the CPC), attacked Bambari"
        out[owner].append(a)
    return out


def _opens_next(doc: ArticleDoc, a: Ann, prev: Trigger, nxt: Trigger) -> bool:
    """A mention belongs to the next verb when a new clause opens before it (", and Turkish TB2
    drones have been based at"), or when items stand right before a participle with its agent
    ("four Su-30SM fighters delivered by Russia")."""
    keys = doc.tokens.key
    between = keys[prev.j:a.i]
    opened = any(between[n:n + 2] == [",", "and"] for n in range(len(between) - 1)) or ";" in between
    if opened and not any(k in STOP for k in keys[a.j:nxt.i] if k != "and"):
        return True
    if a.kind == "equipment" and nxt.i - a.j <= 2 and nxt.j < len(keys) and keys[nxt.j] == "by":
        return True
    if a.kind == "equipment" and nxt.type == "attack" != prev.type and nxt.i == a.j and keys[nxt.i] in ATTACK_NOUNS:
        return True  # "destroyed a Tor-M2 system with a HIMARS strike": the weapon names the attack
    return _tally(doc, a, prev, nxt)


def _tally(doc: ArticleDoc, a: Ann, prev: Trigger, nxt: Trigger) -> bool:
    """'(more than 180) T-72 tanks destroyed, damaged or captured': items and their count right
    before a loss participle are what it lost; a list of them seen right before an attack participle
    aimed somewhere ("seen 20 KN-23 and KN-24 missiles fired at Kharkiv") are its weapons."""
    keys = doc.tokens.key
    aimed = nxt.type == "attack" and keys[prev.i] in lx.SHOWING and nxt.j < len(keys) and keys[nxt.j] in AIMED
    if a.kind not in ("equipment", "quantity") or not (nxt.type == "loss" or aimed) or not keys[nxt.i].endswith("ed"):
        return False
    k = a.j
    while aimed and k < nxt.i and (keys[k] in ("and", "or") or doc.starting(k, ("equipment", "quantity"))):
        k = max([k + 1] + [b.j for b in doc.starting(k, ("equipment", "quantity"))])  # "20 KN-23 and KN-24 missiles fired at"
    return 0 <= nxt.i - k <= 4 and not any(w in STOP for w in keys[k:nxt.i])


def _agent_phrase(doc: ArticleDoc, a: Ann) -> bool:
    """'fighters led by HTS': the leader named after 'led by' is the subject of the next verb;
    a backer ('rebels backed by Rwanda') is not."""
    keys = doc.tokens.key
    k = a.i - 1 - (a.i > 0 and keys[a.i - 1] == "the")
    return k >= 1 and keys[k] == "by" and keys[k - 1] in lx.LEADING


def _outside_brackets(keys: list[str]) -> list[str]:
    """The tokens not inside parentheses: 'the Coalition of Patriots for Change (CPC), attacked'."""
    out, depth = [], 0
    for k in keys:
        depth += k == "("
        if depth == 0:
            out.append(k)
        depth -= k == ")" and depth > 0
    return out
