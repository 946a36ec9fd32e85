"""Trigger words in a sentence (the clauses around them: clauses.py; what a verb of flying tells:
flights.py; sentences of games, films and
shows: look_alikes.py).

A trigger (lexicon.py) counts unless it is an adjective or class-noun use ("the captured tanks",
"close to the border", "four Mi-8 transports", "the forward operating base"), hypothetical (a
modal of possibility reaches every verb of its phrase), a trend ("has stepped up attacks"), a
participle describing items before the clause's own verb, a participle with its preposition after a
noun ("personnel armed with knives", "the gap left by"), an infinitive after a noun of ability
("the ability to strike"), a negated future ("will not take part in strikes") or the launch of a
mission ("the escort mission, which was launched on Monday") (these tests: non_triggers.py). Phrasal triggers need their particle
("handed over", "shot down", "flew out"; "shut" a base needs none); a verb of cutting is a
withdrawal only with a force cut ("reduced its troops in Estonia"); a flight of the items themselves counts only naming both
ends after a definite subject ("The jets flew to Libya from Hmeimim": a leg); "ordered X out of Y"
is X's withdrawal from Y; "will follow" needs a future word; a giving verb after a future word,
after "is/are to", after a headline's 'to' or after "said it would" is an order, and so is a
receiving verb there ("will receive"): the mood of a verb is read in moods.py. Conjoined triggers of one type are one; adjacent ones of two types
("the strike destroyed") both count. Some triggers change type by what follows them ("took over"
a base, "vacated" a base, "left behind", "moved ... out of": type_shifts.py), a named item hit in
the passive is a loss; an approval makes a "possible sale" real, and a sentence-opening name before
"to send" is a headline's future. "struck a deal" is no attack; "exercised an option for", "became a
customer for" and "selected the Patriot" are orders only in those shapes (type_shifts.gated_order).
"""
from __future__ import annotations

from dataclasses import dataclass

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.flights import FLYING_NOW, definite_subject, ferried, flown_items, route
from materiel.extract.moods import (
    ADVERBS,
    PASSIVE_AUX,
    approval_before,
    approves_buying,
    be_to,
    headline_to,
    hypothetical_phrase,
    modal,
    negotiated,
    planned_after,
    reported_future,
    to_give,
    word_at,
)
from materiel.extract.non_triggers import adjective_slot, after_auxiliary, not_a_trigger, refused_future
from materiel.extract.presence import keeps_forces
from materiel.extract.roles import STOP
from materiel.extract.shaped_triggers import SHAPED_TRIGGERS, shaped_trigger
from materiel.extract.trigger_runs import drop_reduced_relatives, drop_sightings_of_wrecks, noun_before, one_per_run
from materiel.extract.type_shifts import (
    AGREEMENTS,
    BASE_KINDS,
    HANDING_BACK,
    base_after,
    cancelled,
    gated_order,
    goes_on,
    handed_base,
    items_ahead,
    names_items,
    not_a_withdrawal,
    shift_by_object,
    wreck,
)

NOUN_ONLY = frozenset(("target", "targets", "fire", "launch", "order", "orders", "present", "arms"))
# Endings of past participles a passive can have ("delivered", "taken", "sent", "sold", "lost", "shot", "sunk", "hit").
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "nt", "ld", "ht", "ck", "uck", "lost", "shot", "sunk", "hit")
# Attack verbs whose passive subject is what was struck ("a tank was hit"), not what was fired ("missiles were fired").
STRIKING = frozenset(("hit", "struck", "targeted", "attacked", "shelled", "bombed", "ambushed", "raided"))


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
    shaped = {k: hit for k in doc.positions(SHAPED_TRIGGERS, lo, hi) if (hit := shaped_trigger(doc, k, lo, hi))}
    if shaped:
        words = sorted(words + list(shaped))
    if not words:
        return []
    named = {k for a in doc.in_sentence(doc.sentence_of(lo), ("source", "actor", "place")) for k in range(a.i, a.j)}
    found: list[Trigger] = []
    for k in words:
        if k in shaped:
            found.append(Trigger(k, k + 1, shaped[k][0], shaped[k][1], None))  # in its shape (shaped_triggers.py)
            continue
        hit = lx.TRIGGERS[keys[k]]
        if not doc.tokens.text[k][0].isalpha() or k in named:
            continue
        if keys[k] in lx.PRESENCE and not keeps_forces(keys, k, hi):
            continue  # "has", "kept": checked first, they are frequent
        etype, frame, change = hit
        if keys[k] == "fire" and keys[k - 1] in lx.SETTING:
            etype, frame = "loss", lx.LOSS  # "gunmen set fire to a police armoured vehicle": it burned
        j = k + 1
        need = lx.NEEDS_NEXT.get(keys[k])
        if keys[k] in HANDING_BACK and handed_base(doc, k, hi):
            etype, frame, change, need = "base_change", lx.BASE, "handed_over", None  # "returned the Bagram base to"
        if keys[k] in lx.ENTERING and not _entered_place(doc, k, hi):
            continue  # "Israeli tanks entered Rafah", not "entered the war", "entered service"
        if keys[k] == "stations" and not doc.ending(k, ("place", "actor")):
            continue  # "Germany stations brigade in Lithuania", not "radio stations", "police stations"
        if keys[k] == "shut" and not lx.BASE_NOUNS.isdisjoint(keys[k + 1:min(hi, k + 5)]):
            need = None  # "shut its camp at Kidal" needs no "down"
        if need:
            particle = _particle(keys, k, hi, need)
            ahead = keys[max(lo, k - 4):k]
            planned_get = keys[k] in ("get", "gets") and (not lx.FUTURE.isdisjoint(ahead) or be_to(ahead)
                                                           or headline_to(doc, k))  # "Kyiv to get more Patriots"
            got_items = keys[k] in GETTING and k + 1 < hi and keys[k + 1] in GOT_OPENERS \
                and any(doc.starting(n, ("equipment",)) for n in range(k + 2, min(hi, k + 5)))  # "Poland gets first K2 tanks"
            if particle is None and not planned_get and not got_items \
                    and not (keys[k] in lx.DOUBLE_OBJECT and doc.starting(k + 1, ("actor", "place"))):
                continue
            j = particle + 1 if particle == k + 1 else k + 1
            if keys[k] in lx.RETURNING and particle is not None and keys[particle] == "from" \
                    and not _place_after(doc, particle, hi):
                continue  # "pilots returned from training in Denmark": back from an activity, not a place
            if particle is not None and keys[particle] == "over" and keys[k] in lx.TAKING:
                if not base_after(doc, particle + 1, hi):
                    continue  # "took over the town": no event of ours
                etype, frame, change = "base_change", lx.BASE, "handed_over"  # "took over the base at Tessalit"
            if particle is not None and keys[k] in lx.OUT_IS_WITHDRAWAL:
                if keys[particle] == "out" and not goes_on(keys, particle, hi):
                    etype, frame = "withdrawal", lx.WITHDRAW  # "flown out of Mogadishu"
                elif keys[particle] == "out":
                    pass  # "flown out of Okinawa and landed at Basco": a flight naming both ends
                elif keys[k] in FLYING_NOW and particle == k + 1 and keys[particle] == "from" \
                        and not route(keys, k, hi) and noun_before(doc, k) \
                        and not any(keys[n] in lx.TRIGGERS and _past_verb(keys[n]) for n in range(particle + 1, hi)):
                    etype, frame = "deployment", lx.OPERATE  # "TB2 drones flying from Aden Adde airport": based there
                    # (not "F-16s flying from Incirlik struck ...": the participle tells where the strike came from)
                elif not (route(keys, k, hi) or flown_items(doc, k) or ferried(keys, k, hi)) \
                        or particle == k + 1 and not (definite_subject(keys, k, lo) or ferried(keys, k, hi)):
                    continue  # "drones flew into the city": the items fly themselves, nobody moves them
                    # ("Egypt flew weapons into Mogadishu", "fighters were flown to Bangui": somebody does)
                elif not lx.PERSONNEL.isdisjoint(keys[max(lo, k - 3):k]):
                    etype, frame = "deployment", lx.DEPLOY  # "US Marines fly NMESIS launchers into Batanes": their own
        etype, frame, change, j = shift_by_object(doc, k, hi, (etype, frame, change), j)  # "left behind", "vacated"
        if keys[k] in lx.SUPPLY_NOUNS and any(t.type == "order" and k - t.j <= 6 for t in found) \
                and "for" in keys[max(lo, k - 3):k]:
            continue  # "signed a deal with Rheinmetall for the delivery of Skynex systems": what is ordered
        if keys[k] in lx.PRESENCE_NOUNS and etype == "withdrawal" and any(t.type == etype for t in found):
            continue  # "have left Niger, ending the Bundeswehr's presence in the Sahel": the same withdrawal
        if keys[k] in lx.PRESENCE_NOUNS and any(keys[t.i] in lx.DRAWDOWN and k - t.j <= 3 for t in found):
            continue  # "halved its military presence in Chad": what the drawdown cuts
        before = _words_before(doc, k, lo)
        if "may" in before:
            before = [word_at(doc, n) for n in range(max(lo, k - 4), k)]  # the month is no modal
        if not_a_trigger(doc, k, hi, before):
            continue
        if keys[k] in lx.OPERATING and not (names_items(doc, lo, hi) or not lx.FORCE_BODIES.isdisjoint(before)):
            continue  # "surgeons operated in Lviv": only items or forces operating from a place are deployed
        if keys[k] in lx.GATED_ORDERS and not gated_order(doc, k, lo, hi):
            continue  # "selected units", "a customer of Russian arms", "the option of talks"
        if keys[k].endswith("ed") and keys[k - 1] in lx.ORDER_NOUNS:
            continue  # "the aid package unveiled on Tuesday", "the deal signed in August": it tells the order noun
        if adjective_slot(before) and (keys[k].endswith("ed") or keys[k] in NOUN_ONLY) and not _order_for(keys, k, hi) \
                and not (etype == "loss" and wreck(doc, k, lo, hi)):
            continue  # a participle used as an adjective: "Russia's evacuated bases", "the captured tanks"
        reported = reported_future(keys, k, lo)  # "Berlin said it would send": the future of a saying
        approved = approval_before(keys, k, lo)  # "approved a possible sale": decided, not hypothetical
        if not lx.HYPOTHETICAL.isdisjoint(before) and any(
                w in lx.HYPOTHETICAL and not (w == "would" and reported) and not (w in lx.PROPOSED and approved)
                for w in before) or modal(before) or negotiated(before) or _modifier(doc, k, hi):
            continue
        if before[-1:] == ["any"]:
            continue  # "must approve any transfer of the jets": no transfer told
        if not reported and hypothetical_phrase(doc, k, lo):
            continue  # "could go further and send", "a step that would give them a way to hit"
        if refused_future(keys, k, lo):
            continue  # "will not take part in strikes on Yemen", "won't send jets": it is not to happen
        if frame is lx.ORDER_BUY and to_give(keys, k, hi):
            continue  # "signed a contract to supply drones": the giving verb after it sets the frame
        if frame is lx.ORDER_GIVE and (to_give(keys, k, hi, (lx.ORDER_BUY, lx.RECEIVE)) or approves_buying(keys, k, hi)):
            continue  # "Belgrade committed to buying 12 Rafale jets", "approved the purchase of": the buyer is the subject
        if keys[k] in AGREEMENTS and not items_ahead(doc, k, hi):
            continue  # "a security cooperation agreement with the GNA": an agreement is an order only for items
        if etype == "withdrawal" and not_a_withdrawal(keys, k, lo, hi):
            continue  # "urged the US to withdraw", "did not retreat", "the president left for a summit"
        if etype == "order" and cancelled(keys, k, lo, hi):
            continue  # "the deal collapsed", "Ankara cancelled its order for"
        if keys[k] in lx.DRAWDOWN and not _cuts_forces(keys, k, lo, hi):
            continue  # "cut ties with", "reduced the budget": no force drawn down
        if etype == "base_change" and not _near_base(doc, k, lo, hi):
            continue  # "opened their assault", "expanded operations": no base, no base change
        if keys[k] in lx.PRESENCE_NOUNS and found and found[-1].type == "base_change" and k - found[-1].j <= 3 \
                and not lx.BASE_NOUNS.isdisjoint(keys[k + 1:min(hi, k + 7)]):
            continue  # "established a presence at the Maaten al-Sarra airbase": the base change's object
        future = reported or not lx.FUTURE.isdisjoint(before) or be_to(before) or planned_after(keys, k, hi) \
            or headline_to(doc, k) \
            or approved  # "cleared the export of K2 tanks to Poland", "cleared a proposal to acquire"
        if etype == "transfer" and frame is lx.GIVE and future:
            etype, frame = "order", lx.ORDER_GIVE
        elif etype == "transfer" and keys[k] in lx.ARRIVALS and future and names_items(doc, lo, hi):
            etype, frame = "order", lx.ORDER_GIVE  # "the first F-35A jets for Poland will arrive in 2026"
        elif etype == "transfer" and frame is lx.RECEIVE and future:
            etype, frame = "order", lx.ORDER_BUY  # "Poland will receive 96 Apaches", "plans to acquire"
        if etype == "order" and not lx.WINNING.isdisjoint(before[-3:]):
            frame = lx.ORDER_WON  # "won an order from Indonesia"
        if lx.TRIGGERS[keys[k]][1] is lx.ORDER_BUY and _awards(keys, k, lo):
            frame = lx.ORDER_AWARD  # "Thailand awarded Saab a contract for": the awarder buys
        passive = after_auxiliary(before)
        passive = passive or (j < hi and keys[j] == "by")  # "fighters delivered by Russia"
        if etype == "attack" and passive and keys[k] in STRIKING and _struck_item(doc, k, lo):
            etype, frame = "loss", lx.LOSS  # "a Merkava tank was hit by an anti-tank missile": the tank is damaged
        found.append(Trigger(k, j, etype, frame, change, passive and keys[k].endswith(PARTICIPLE_ENDINGS)))
    if len(found) < 2:
        return found  # one trigger or none: nothing to drop for another, nothing to join
    return one_per_run(drop_sightings_of_wrecks(doc, drop_reduced_relatives(doc, found)), keys)


def _awards(keys: list[str], k: int, lo: int) -> bool:
    """'Thailand awarded Saab a contract', 'the Army awards Lockheed a deal': an active verb of
    awarding up to five words before the order noun at k (not "was awarded a contract")."""
    for n in range(k - 1, max(lo, k - 6) - 1, -1):
        if keys[n] in lx.AWARDING:
            return n == lo or keys[n - 1] not in PASSIVE_AUX
    return False


def _order_for(keys: list[str], k: int, hi: int) -> bool:
    """'won an order from Indonesia for 12 Anka drones', 'the order, placed in 2021, covers 12
    jets': the noun 'order' with what it is for."""
    return keys[k] in ("order", "orders") and any(w in ("for", "of") or w in lx.COVERING
                                                  for w in keys[k + 1:min(hi, k + 8)])


OWNING = frozenset(("its", "their", "our", "his", "her"))


def _struck_item(doc: ArticleDoc, k: int, lo: int) -> bool:
    """Whether the subject of a passive attack verb is a named item ("a Merkava tank was hit",
    "two Leopard 2 tanks were struck"): its designation, or its class noun after one, or counted
    items ("41 aircraft were hit")."""
    keys = doc.tokens.key
    n = k - 1
    while n > lo and (keys[n] in PASSIVE_AUX or keys[n].endswith("ly") or keys[n] in ADVERBS):
        n -= 1
    if doc.ending(n + 1, ("equipment",)):
        return True
    if keys[n] in lx.GENERIC_ITEMS and keys[n] not in lx.FORCE_BODIES and keys[n] not in lx.PERSONNEL \
            and (doc.ending(n, ("quantity",)) or keys[n - 1] in OWNING):
        return True  # "41 aircraft were hit", "two of its tanks were struck": items struck are lost
    return n > lo and head_noun(keys[n]) is not None and bool(doc.ending(n, ("equipment",)))  # "Leopard 2 tanks"


PAST_IRREGULAR = frozenset("struck hit shot sank sunk fought took sent flew left brought".split())


def _past_verb(key: str) -> bool:
    """A past verb or participle ("struck", "bombed"), not an event noun ("offensives")."""
    return key.endswith("ed") or key in PAST_IRREGULAR


def _place_after(doc: ArticleDoc, k: int | None, hi: int) -> bool:
    """Whether a name follows the word at k, past 'the' ("returned from the Red Sea")."""
    if k is None:
        return False
    n = k + 1 + (k + 1 < hi and doc.tokens.key[k + 1] == "the")
    return n < hi and doc.tokens.text[n][:1].isupper()


DATE_PREPS = frozenset(("in", "on", "by", "since", "until", "last", "this", "early", "late"))


def _words_before(doc: ArticleDoc, k: int, lo: int) -> list[str]:
    """The four words before token k in [lo, k), past a date between them and the verb ("agreed in
    October 2020 to sell": "agreed ... to", an adjunct does not break the verb phrase)."""
    keys = doc.tokens.key
    start = max(lo, k - 4)
    dated = doc.ending(k - 1, ("date",)) if k - 1 > lo and keys[k - 1] == "to" else None
    if not dated:
        return keys[start:k]
    n = dated[0].i - (dated[0].i - 1 >= lo and keys[dated[0].i - 1] in DATE_PREPS)
    return (keys[max(lo, n - 3):n] + ["to"])[-4:]


# Words that may stand between a verb of cutting and the force it cuts ("cut the number of US troops").
CUT_SLOT = frozenset("the its their his her a an number size of total overall military foreign us american".split())


def _cuts_forces(keys: list[str], k: int, lo: int, hi: int) -> bool:
    """'reduced its troops in Estonia', 'cut the number of troops', 'halved its presence': a force
    right after a verb of cutting, past determiners and 'the number of'; or, for a participle, a
    force just before it ("ordered the number of troops near the boundary reduced")."""
    for n in range(k + 1, min(hi, k + 6)):
        if keys[n] in lx.DRAWN_DOWN:
            return True
        if keys[n] not in CUT_SLOT and not keys[n].isdigit() and not keys[n].endswith(("an", "ish", "ese", "ian")):
            break
    if not keys[k].endswith("ed"):
        return False
    for n in range(k - 1, max(lo, k - 6) - 1, -1):
        if keys[n] in lx.DRAWN_DOWN:
            return n > lo and keys[n - 1] in ("of", "the", "its", "their")
        if keys[n] in STOP:
            return False
    return False


STATIONS = frozenset(("station", "stations"))


def military_station(keys: list[str], n: int) -> bool:
    """'the former naval station', 'a coastal surveillance station': a station that is a base."""
    return keys[n] in STATIONS and n > 0 and keys[n - 1] in lx.STATION_KINDS


def _near_base(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """A base word or a base's name within five tokens of a base-change trigger."""
    window = range(max(lo, k - 5), min(hi, k + 8))  # "set up its first overseas naval base"
    near = doc.tokens.key[window.start:window.stop]
    if not lx.BASE_NOUNS.isdisjoint(near) or not lx.BASE_WORKS.isdisjoint(near):
        return True
    if not STATIONS.isdisjoint(near) and any(military_station(doc.tokens.key, n) for n in window):
        return True
    which = next((n for n in range(k - 1, max(lo, k - 5) - 1, -1) if doc.tokens.key[n] == "which"), None)
    if which is not None and any(doc.tokens.key[n] in lx.BASE_NOUNS for n in range(max(lo, which - 8), which)):
        return True  # "the naval base at Subic Bay, which the Navy closed in 1992"
    return any(a.entry.get("kind") in BASE_KINDS and a.i in window for a in doc.in_sentence(doc.sentence_of(k), ("place",)))


def _particle(keys: list[str], k: int, hi: int, need: tuple[str, ...]) -> int | None:
    """Where the particle of a phrasal trigger stands: right after it ("handed over"), or after a
    short object ("pulling military hardware out of", "pulling hardware and personnel out of"), never
    past a comma, nor past an 'and' that opens a verb ("pulled back and moved out")."""
    for n in range(k + 1, min(hi, k + 7)):
        if keys[n] in need:
            return n
        if keys[n] == "and" and n > k + 1 and n + 1 < hi and keys[n + 1] not in lx.TRIGGERS \
                and not keys[n + 1].endswith("ed"):
            continue  # "hardware and personnel": two nouns of one object
        if keys[n] in STOP:
            return None
    return None


def _modifier(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'Su-25 attack jets', 'strike drones', 'attack helicopter': a trigger word naming a role of equipment."""
    return doc.tokens.key[k] in lx.MODIFIER_TRIGGERS and k + 1 < hi and head_noun(doc.tokens.key[k + 1]) is not None


GETTING = frozenset(("get", "gets", "got"))
GOT_OPENERS = frozenset(("first", "its", "their", "new", "more", "another", "the"))


def _entered_place(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'entered Rafah', 'entered the Syrian town of Afrin': a place in the object of a verb of entering."""
    keys = doc.tokens.key
    for n in range(k + 1, min(hi, k + 7)):
        if doc.starting(n, ("place",)):
            return True
        if keys[n] in STOP or keys[n] in lx.TRIGGERS:
            return False
    return False
