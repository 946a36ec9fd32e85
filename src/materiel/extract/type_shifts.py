"""What the words around a trigger make of its type, and when they undo it.

Reporting shapes that change a trigger's type: "took over the base" and "returned the Bagram base
to" are handovers, "vacated the airbase" a closure, "commissioned its new base" an opening, "left
behind" a loss of the one who left, "ordered French troops out of" their withdrawal, a motion "out
of"/"away from" a place naming no place it goes to a withdrawal (a flight that lands elsewhere is a
movement), an ended presence ("ended its military presence in Niger") a withdrawal; a loss participle before an item is the loss where the clause shows it or tells nothing
else, and a sighting of that wreck moves nothing. Shapes that undo one: a call to withdraw, a
negated one, a person leaving, items taken out of service, something left that is no place ("withdrew
from the treaty", "left the factory"), what remains ("20 tanks are left"), a wreck recovered; an order
word near "collapsed" or under such a leaving ("pulled out of talks on the sale"); an agreement naming
no item. Order words that need their shape: an option exercised, a buyer becoming a customer, items
allotted, funded or signed for, a named item chosen.
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import ArticleDoc
from materiel.extract.roles import STOP

BASE_KINDS = ("base", "airfield", "naval_port")
COMMISSIONING = frozenset(("commissioned", "commissions", "commission", "commissioning", "unveiled", "unveils"))
VACATING = frozenset(("vacate", "vacated", "vacates", "vacating"))
GOING_TO = frozenset(("to", "into", "towards", "toward", "for"))
ARRIVING = frozenset(("landed", "arrived", "reached", "docked", "arriving", "landing"))
AGREEMENTS = frozenset(("agreement", "agreements"))
PREPOSITIONS = frozenset(("to", "from", "into", "in", "at", "for", "home", "with"))
DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))
PASSIVE_AUX = frozenset(("was", "were", "been", "being", "is", "are", "be"))
# A vehicle that hit or struck a mine is damaged, not attacking: "hit a landmine", "struck an IED".
RAN_OVER = frozenset(("hit", "hits", "struck", "strikes"))
MINES = frozenset("mine mines landmine landmines ied ieds".split())
LEFT_AT = frozenset(("on", "in", "at", "near", "inside", "outside"))  # items "left on the apron": abandoned there
KEPT_IN = frozenset("service stock stocks storage reserve inventory operation use".split())  # "left in service": kept
# Items left somewhere in the passive: who left them is only the 'by' agent, never the clause's subject.
LEFT_THERE = lx.Frame(None, None, {**lx.LOSS.preps, "by": "actor"}, None)
OUT_AWAY = frozenset(("out", "away"))  # the first words of "out of", "away from"
HANDING_BACK = frozenset(("return", "returned", "returns", "returning", "took", "take", "takes", "taken", "taking"))
CAPTURING = frozenset("""capture captured captures capturing seize seized seizes seizing recapture recaptured
recapturing recaptures retake retook retaken retaking retakes""".split())
# Places a force takes by fighting: "captured the town of Kidal", "seized the army's headquarters".
HELD_PLACES = lx.BASE_NOUNS | frozenset("""town towns city cities village villages airport airports command capital
stronghold strongholds palace""".split())
OBJECT_WORDS = DETERMINERS | frozenset("""control of strategic key main eastern western northern southern army
military regional provincial largest biggest last remaining secondlargest border presidential""".split())


def shift_by_object(doc: ArticleDoc, k: int, hi: int, hit: tuple[str, lx.Frame, str | None], j: int
                    ) -> tuple[str, lx.Frame, str | None, int]:
    """The type, frame, change and end a trigger takes from what follows it ("left behind", "ordered
    ... out of", "commissioned ... base", "vacated ... base", "moved ... out of")."""
    keys = doc.tokens.key
    etype, frame, change = hit
    if keys[k] in lx.LEAVING and k + 1 < hi and keys[k + 1] == lx.BEHIND:
        return "loss", lx.ABANDON, change, k + 2  # "vehicles left behind by the gunmen"
    if keys[k] == "left" and keys[k - 1] in ("been", "were", "was") and k + 2 < hi and keys[k + 1] in LEFT_AT \
            and keys[k + 2] not in KEPT_IN:
        return "loss", LEFT_THERE, change, j  # "two Su-25 jets that had been left on the apron at Goma airport"
    if keys[k] in RAN_OVER and not MINES.isdisjoint(keys[k + 1:min(hi, k + 4)]):
        return "loss", lx.LOSS, change, j  # "their VAB armoured vehicle hit a mine near Gao": the vehicle is lost
    if keys[k] in lx.ORDERING_OUT and (leaves(keys, k, hi) or _told_to_leave(keys, k, hi)):
        return "withdrawal", lx.EXPEL, change, j  # "ordered French troops out of the country", "... to leave"
    if keys[k] in lx.ORDERING_OUT and _ordered_to(doc, k, hi):
        return "deployment", lx.DEPLOY, change, j  # "ordered two destroyers to the eastern Mediterranean"
    if keys[k] in CAPTURING and _place_taken(doc, k, hi):
        if keys[k + 1:k + 3] == ["control", "of"]:
            j = k + 3  # "seized control of Goma": the place is what was struck
        return "attack", lx.ATTACK, change, j  # "captured al-Watiya air base", "seized the city": taken by fighting
    if etype == "transfer" and frame is lx.GIVE and keys[k] in lx.SENDING and _sent_around(doc, k, hi):
        return "deployment", lx.DEPLOY, change, j  # "sent 32 aircraft and nine warships around Taiwan": its own, near
    if etype == "transfer" and keys[k] in FLOWN and _flown_since(keys, k, hi):
        return "deployment", lx.OPERATE, change, j  # "has flown two MQ-9Bs from INS Rajali since 2020": based there
    if keys[k] in COMMISSIONING and base_after(doc, k + 1, hi):
        return "base_change", lx.BASE, "opened", j  # "commissioned its new base at Ream"
    if keys[k] in VACATING and base_after(doc, k + 1, hi):
        return "base_change", lx.BASE, "closed", j  # "vacated the airbase in Niamey"
    if etype == "transfer" and (frame is lx.MOVE or frame is lx.DEPART) and leaves(keys, k, hi):
        return "withdrawal", lx.WITHDRAW, change, j  # "moved its troops out of Catatumbo"
    if keys[k] in lx.PRESENCE_NOUNS and not lx.ENDING.isdisjoint(keys[max(0, k - 9):k]):
        return "withdrawal", lx.WITHDRAW, change, j  # "France ended its military presence in Niger"
    return etype, frame, change, j


def _told_to_leave(keys: list[str], k: int, hi: int) -> bool:
    """'ordered French troops to leave by January 31', 'ordered the UN mission to withdraw': an order
    to a force to leave is its expulsion."""
    for n in range(k + 2, min(hi - 1, k + 7)):
        if keys[n] in STOP:
            return False
        if keys[n] == "to":
            return keys[n + 1] in TO_LEAVE and not lx.KEPT_FORCES.isdisjoint(keys[k + 1:n])
    return False


TO_LEAVE = frozenset(("leave", "withdraw", "depart", "quit", "vacate", "exit"))


AROUND = frozenset(("around", "near", "off", "close"))


def _sent_around(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'sent 32 aircraft and nine warships around Taiwan', 'sent warships off the coast of Yemen': forces
    sent to operate near a place, with no place or party they go to, stay the sender's: a deployment."""
    keys = doc.tokens.key
    for n in range(k + 1, min(hi - 1, k + 10)):
        if keys[n] in GOING_TO or keys[n] in STOP and keys[n] != "and":
            return False
        if keys[n] in AROUND:
            return any(doc.starting(m, ("place",)) for m in range(n + 1, min(hi, n + 6)))
    return False


FLOWN = frozenset(("flown", "operated", "used"))


def _flown_since(keys: list[str], k: int, hi: int) -> bool:
    """'It has flown two MQ-9Bs from INS Rajali since November 2020': items flown from a place for a
    span of time, in the perfect, with no place they went to, are based there."""
    if keys[k - 1] not in ("has", "have", "had") or "since" not in keys[k + 1:hi] or "from" not in keys[k + 1:hi]:
        return False
    return not any(w in GOING_TO for w in keys[k + 1:hi])


def _ordered_to(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'ordered two destroyers to the eastern Mediterranean', 'ordered the USS Abraham Lincoln to the
    Middle East': forces ordered to a place are sent there (not "ordered 30 jets to replace its Mirages",
    nor "ordered jets from France")."""
    keys = doc.tokens.key
    for n in range(k + 2, min(hi - 1, k + 9)):
        if keys[n] in STOP or keys[n] == "from":
            return False
        if keys[n] == "to":
            after = n + 2 if keys[n + 1] == "the" else n + 1
            return bool(doc.starting(after, ("place",))) or bool(doc.starting(n + 1, ("place",)))
    return False


def _place_taken(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'captured al-Watiya air base', 'seized the headquarters of the North-Eastern Command', 'seized
    control of Goma': the object of a verb of capture is a place, not an item ("captured two tanks",
    "seized power", "captured in Aleppo" are not)."""
    keys = doc.tokens.key
    n = k + 1
    while n < min(hi, k + 6):
        if doc.starting(n, ("equipment",)):
            return False
        if doc.starting(n, ("place",)) or keys[n] in HELD_PLACES:
            return True
        if keys[n] not in OBJECT_WORDS:
            return False
        n += 1
    return False


def handed_base(doc: ArticleDoc, k: int, hi: int) -> bool:
    """'returned the Bagram base to the Afghan government', 'took control of the former MINUSMA camp
    in Tessalit': a base after 'returned' or 'took control of' changes hands."""
    keys = doc.tokens.key
    if keys[k] in lx.TAKING:
        return keys[k + 1:k + 3] == ["control", "of"] and base_after(doc, k + 3, hi)
    return keys[k + 1] not in PREPOSITIONS and base_after(doc, k + 1, hi)  # not "returned to their barracks"


def base_after(doc: ArticleDoc, k: int, hi: int) -> bool:
    """A base word or a base's name in the noun phrase from k ("over the base at Tessalit", "the
    airbase in Niamey", "Camp Lemonnier"), within five tokens and before a clause break."""
    keys = doc.tokens.key
    end = next((n for n in range(k, min(hi, k + 5)) if keys[n] in STOP), min(hi, k + 5))
    if any(keys[n] in lx.BASE_NOUNS for n in range(k, end)):
        return True
    return any(a.entry.get("kind") in BASE_KINDS and k <= a.i < end for a in doc.in_sentence(doc.sentence_of(k), ("place",)))


def goes_on(keys: list[str], n: int, hi: int) -> bool:
    """Whether the clause after n names where the motion goes ('to', 'into', 'landed at')."""
    return any(w in GOING_TO or w in ARRIVING for w in keys[n:hi])


def leaves(keys: list[str], k: int, hi: int) -> bool:
    """'moved its troops out of Catatumbo', 'relocated its fighters away from Bangui', 'sailed out of
    Djibouti': a motion out of a place, naming no place it goes to, is a withdrawal."""
    if OUT_AWAY.isdisjoint(keys[k + 1:min(hi - 1, k + 8)]):
        return False  # neither word in reach (most motions): told at C speed
    for n in range(k + 1, min(hi - 1, k + 8)):
        if keys[n] in STOP:
            return False
        if (keys[n], keys[n + 1]) in (("out", "of"), ("away", "from")):
            return not goes_on(keys, n + 2, hi)
    return False


def wreck(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """'Footage shows a destroyed T-90 tank', 'a burnt-out BTR-82A was filmed', 'the captured Su-25s
    were put on display': a loss participle before an item, in a clause that shows it or tells no
    other event, is the loss."""
    keys = doc.tokens.key
    if keys[k] not in lx.WRECKED or not any(doc.starting(n, ("equipment",)) or head_noun(keys[n]) or keys[n] in lx.GENERIC_ITEMS
                                            for n in range(k + 1, min(hi, k + 4))):
        return False
    clause = keys[lo:hi]
    return not lx.SHOWING.isdisjoint(clause) or not any(w in lx.TRIGGERS for n, w in enumerate(clause) if lo + n != k)


def not_a_withdrawal(keys: list[str], k: int, lo: int, hi: int) -> bool:
    """A call to withdraw ('urged the United States to withdraw'), a negated one ('did not retreat',
    'have not left'), a person leaving ('the president left the country'), items taken out of
    service or storage ('withdrew its Mi-24s from service') or something left that is no place
    ('withdrew from the treaty', 'pulled out of the talks', 'the tanks left the factory')."""
    near = keys[max(lo, k - 3):k]
    if not lx.NEGATIONS.isdisjoint(near) or not lx.PERSON_TITLES.isdisjoint(near[-2:]):
        return True
    if leaves_no_place(keys, k, hi) or remaining(keys, k, lo) or recovered(keys, k, lo, hi) or sortie(keys, k, hi):
        return True
    ahead = keys[k + 1:k + 9]
    if "from" in ahead and not lx.OUT_OF_SERVICE.isdisjoint(ahead[ahead.index("from") + 1:ahead.index("from") + 3]):
        return True  # "withdrew its Mi-24s from service", "withdrawn from storage"
    if keys[k - 1] != "to":
        return False
    for n in range(k - 2, max(lo, k - 9) - 1, -1):
        if keys[n] in STOP:
            return False
        if keys[n] in lx.CALLING:
            return True
    return False


def sortie(keys: list[str], k: int, hi: int) -> bool:
    """'Troops left their barracks in Khartoum to patrol the streets', 'the frigate left port for a
    patrol': a force leaving its own barracks, base or port for a mission goes out and comes back."""
    if keys[k] not in lx.LEAVING or lx.SORTIE_FROM.isdisjoint(keys[k + 1:min(hi, k + 4)]):
        return False
    ahead = keys[k + 2:min(hi, k + 12)]
    return any(w in ("to", "for") and not lx.SORTIES.isdisjoint(ahead[n + 1:n + 4]) for n, w in enumerate(ahead))


def remaining(keys: list[str], k: int, lo: int) -> bool:
    """'Only 20 tanks are left in storage', 'Kyiv has three Patriot batteries left': 'left' after
    'be', or right after items that 'has/only' counts, tells what remains ('the French have now
    left' and 'tanks left Kherson' still withdraw)."""
    if keys[k] != "left" or k - 1 < lo:
        return False
    if keys[k - 1] in ("is", "are", "was", "were"):
        return True
    items = keys[k - 1] in lx.GENERIC_ITEMS or head_noun(keys[k - 1]) is not None or keys[k - 1] in lx.ITEM_UNITS
    return items and not lx.REMAINING.isdisjoint(keys[max(lo, k - 6):k - 1])


def recovered(keys: list[str], k: int, lo: int, hi: int) -> bool:
    """'The damaged Leopard 2 was evacuated by a recovery vehicle': a wreck towed away is no force
    leaving."""
    if keys[k] not in lx.EVACUATING:
        return False
    return not lx.WRECKED.isdisjoint(keys[max(lo, k - 6):k]) \
        or not lx.RECOVERY.isdisjoint(keys[k + 1:min(hi, k + 7)])


def leaves_no_place(keys: list[str], k: int, hi: int) -> bool:
    """'withdrew from the New START treaty', 'pulled out of the fighter contest', 'quit the tender',
    'withdrew its ambassador': the object of the leaving verb, before any force, item or further
    preposition, is an agreement, a contest, an office or a factory, not a place a force leaves."""
    for n in range(k + 1, min(hi, k + 8)):
        word = keys[n]
        if word in STOP or word in lx.OBJECT_ENDS or word in lx.FORCE_BODIES or word in lx.GENERIC_ITEMS:
            return False
        if word in lx.NOT_PLACES:
            return True
    return False


def cancelled(keys: list[str], k: int, lo: int, hi: int) -> bool:
    """An order word undone in its phrase: 'the deal collapsed', 'cancelled its order for', 'the
    sale was blocked', 'pulled out of talks on the sale', 'withdrew its offer to buy'."""
    after = keys[k + 1:min(hi, k + 7)]
    end = next((n for n, w in enumerate(after) if w in STOP), len(after))
    if not lx.CANCELLED.isdisjoint(keys[max(lo, k - 3):k] + after[:end]):
        return True
    for n in range(k - 1, max(lo, k - 9) - 1, -1):
        if keys[n] in STOP:
            return False
        if lx.TRIGGERS.get(keys[n], ("",))[0] == "withdrawal" and leaves_no_place(keys, n, k + 1):
            return True
    return False


def gated_order(doc: ArticleDoc, k: int, lo: int, hi: int) -> bool:
    """Whether an order word that needs its shape has it: an option exercised ("exercised an option
    for 12 more Rafale jets"), a buyer becoming a customer ("became the first export customer for
    the K9"), items allotted or signed for ("earmarked 14 tanks for Ukraine", "signed for 12 more
    Caesar howitzers"), items awaited ("are expected in Niamey"), a named item chosen ("selected the
    Patriot system", "opted for the Rafale", "the K2 was chosen by Warsaw")."""
    keys = doc.tokens.key
    before = keys[max(lo, k - 4):k]
    if keys[k] in lx.OPTIONS:
        return not lx.EXERCISING.isdisjoint(before) and items_ahead(doc, k, hi)
    if keys[k] in lx.CUSTOMERS:
        return not lx.BECOMING.isdisjoint(before) and items_ahead(doc, k, hi)
    if keys[k] in lx.ALLOTTING:
        return items_ahead(doc, k, hi)  # "allocated two NASAMS batteries to Kyiv", "the tranche includes"
    if keys[k] in lx.EXPECTING:  # "the first two Akinci drones are expected in Niamey"
        return before[-1:] in (["are"], ["is"]) and k + 1 < hi and keys[k + 1] in lx.AWAITED_BY \
            and (names_items(doc, lo, k) or not lx.SUPPLY_NOUNS.isdisjoint(keys[lo:k]))
    if keys[k] in lx.SIGNING:
        return k + 1 < hi and keys[k + 1] == "for" and items_ahead(doc, k, hi)  # "signed for 12 more Caesars"
    if before and before[-1] in PASSIVE_AUX:
        return bool(doc.ending(k - 1, ("equipment",)))  # "the K2 was chosen by Warsaw"
    n = k + 1 + (k + 1 < hi and keys[k + 1] == "for")  # "opted for the Rafale"
    if keys[k] == "opted" and n == k + 1:
        return False
    while n < hi and keys[n] in DETERMINERS:
        n += 1
    return n < hi and bool(doc.starting(n, ("equipment",)))


def items_ahead(doc: ArticleDoc, k: int, hi: int) -> bool:
    """An equipment name within eight tokens after k, before a clause break ("an agreement with
    Airbus for 12 H145M helicopters")."""
    for n in range(k + 1, min(hi, k + 9)):
        if doc.tokens.key[n] in STOP:
            return False
        if doc.starting(n, ("equipment",)):
            return True
    return False


def names_items(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """Whether the clause names a designated item."""
    return any(lo <= a.i < hi for a in doc.in_sentence(doc.sentence_of(lo), ("equipment",)))
