"""Equipment named in an event's clause that is not one of the event's items.

Reporting names more equipment than moves. Four kinds stay out of an event's items:

- descriptions: an item inside a non-restrictive relative clause or a describing phrase about another item
  ("the Typhon system, which can fire Tomahawk and SM-6 missiles", "a bomb made by Roketsan and
  carried by the TB2", "a launcher capable of firing ...") describes it, and so does a speaker's
  clause ("officials, who said Russians trained on the Fath-360 system"), unless the event's own
  trigger stands in that clause ("Ethiopia, which received TB2s");
- targets: what a weapon was used against ("used drones against air defences, including S-300
  batteries"), and the object of an active attack verb when the attack names its weapon too
  ("Shahed drones struck a Patriot battery") or in a participle clause after it ("carried out
  strikes, hitting Scud missile depots"); in a loss, the weapon after "with", "using" or "by"
  ("shot down a Su-24 using FN-6 missiles"), what was "used" to deal it ("used Magura V5 drones to
  sink the Ivanovets") and the subject of an active loss verb with an object ("a Su-27 downed a Su-34");
- what new items replace ("64 F-35A fighters to replace its F/A-18 Hornets"), what an item is
  compared with or derived from ("a variant of the Su-30", "more agile than the Su-24"), what it is
  meant to counter ("to counter Su-35 fighters"), an earlier batch it comes on top of ("in addition
  to the 80 Leopard 2 tanks it already has", "on top of the 32 F-35A jets it bought"), a running
  tally after the event ("bringing the total it has received to 24 F-16 jets"), and what a party already operates in a
  clause joined before the event's verb ("already operates MiG-29 jets, and received Su-35s");
- carriers: a transport aircraft that moves the cargo ("a C-130 had delivered weapons", "Y-20
  transports landed carrying HQ-22 systems", "flown aboard C-130 transport aircraft", "Il-76
  cargo flights", "flown in on Il-76 aircraft"); it is an item only when it is itself handed over
  ("two C-130s were delivered to Nigeria", "Egypt received two C-130s"). A landing ship or warship is a carrier only when it
  carries cargo ("a Ropucha landing ship carrying BTR-82As", "the Ivan Gren carried BTR-82As", "aboard
  the Ivan Gren").

An event noun with an 'of' phrase ("the arrival of the first HIMARS") takes its items from it, not
from the subject of the verb before it ("The Abrams follow the arrival of ...").
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.triggers import Trigger

RELATIVES = frozenset(("which", "whose"))
# Participles that say who made or carries an item: "a bomb made by Roketsan and carried by the TB2".
DESCRIBING = frozenset("""made built produced manufactured designed developed carried fired launched dropped
operated""".split())
CAPABLE = frozenset(("capable", "able"))
AGAINST = frozenset(("against",))
REPLACING = frozenset("replace replaces replacing replaced succeed succeeds succeeding supersede supersedes".split())
# Words after a comma that go on with the same list ("SM-6, and", ", including S-300 batteries").
LIST_GOES_ON = frozenset(("and", "or", "including", "such", "notably", "especially", "as"))
# What an item is compared with or derived from: "a variant of the Su-30", "similar to the Pantsir".
KIN = frozenset((("variant", "of"), ("version", "of"), ("derivative", "of"), ("copy", "of"), ("upgrade", "of"),
                 ("successor", "to"), ("successor", "of"), ("predecessor", "of"), ("based", "on"), ("derived", "from"),
                 ("similar", "to"), ("compared", "with"), ("compared", "to"), ("equivalent", "to"), ("rival", "to")))
UNLIKE = frozenset(("than", "unlike"))
# What a new batch comes on top of: "in addition to the 80 Leopard 2 tanks it already has".
BESIDES = frozenset((("in", "addition", "to"), ("on", "top", "of")))
HELD = frozenset(("the", "its", "their", "those"))
COUNTING = frozenset(("more", "fewer", "less", "rather", "other", "no"))
CARRIER_CLASSES = frozenset(("transport aircraft", "tanker aircraft"))
SHIP_CLASSES = frozenset(("landing craft", "warship"))
CARGO_WORDS = frozenset(("carrying", "carried", "ferrying", "ferried", "transporting", "transported", "loaded", "laden",
                         "flight", "flights", "cargo", "airlift", "airlifting"))
# Events whose items may ride "on" a carrier ("flown to al-Khadim on Il-76 aircraft"); a strike "on" a ship hits it.
RIDDEN = frozenset(("transfer", "deployment", "withdrawal"))
ARRIVING_VERBS = frozenset(("landed", "arrived", "touched", "flew", "docked"))
ABOARD = frozenset(("aboard", "board", "via"))
NOUN_WORDS = frozenset(("transport", "transports", "aircraft", "plane", "planes", "military", "air", "force", "ship",
                        "ships", "vessel", "vessels", "landing", "class"))
AUXILIARIES = frozenset(("was", "were", "been", "be", "is", "are"))
# Words that name what a weapon was used with ("shot down a Su-24 using FN-6 missiles").
INSTRUMENT = frozenset(("with", "using", "by"))
# Verbs of what a party already has: "already operates MiG-29 jets, and received Su-35s".
HOLDING = frozenset("operates operate operated fields possesses owns flies".split())
# Verbs whose object a loss "to sink" or "to destroy" after them was dealt with.
USING = frozenset(("used", "using", "employed", "employing", "deployed", "launched", "fired", "sent"))
# Words after which an attack names its weapons ("struck Kyiv in a barrage of Kh-101 missiles").
WEAPON_WORDS = INSTRUMENT | frozenset(("firing", "launching", "involving", "of", "dropping", "deploying"))
# Attack verbs whose object is what was hit ("struck a Patriot battery"), unlike "fired" or "launched".
TARGETING = frozenset("""attack attacked attacks attacking strike struck strikes striking targeted
targeting shell shelled shelling ambush ambushed ambushes bombed bombing bombarded raid raided raids assault assaulted
pounded stormed""".split())
# Participles that open a clause on what an attack hit: "carried out strikes, hitting Scud depots".
HITTING = frozenset(w for w in TARGETING if w.endswith("ing")) | frozenset(("hitting",))
# Loss verbs that take what was lost as object: their subject is who or what destroyed it.
TAKING_LOSS = frozenset("""destroyed destroys destroying damaged damaging captured capturing seized seizing downed
shot intercepted intercepts neutralised neutralized eliminated disabled torched wrecked knocked sank""".split())
DETERMINERS = frozenset("a an the two three four five six seven eight nine ten several at least another its their".split())
# What an item is meant to counter: "F-16 jets ... to counter Su-35 fighters".
COUNTERING = frozenset(("counter", "counters", "countering", "combat", "combating", "combatting"))
# A running tally after the event: "bringing the total it has received to 24 F-16 jets".
TALLY_VERBS = frozenset(("bringing", "brings", "bring", "raising", "raises", "taking", "takes"))
TALLY_NOUNS = frozenset(("total", "number", "fleet", "tally", "count", "inventory", "arsenal"))
SCAN = 25  # tokens looked back for the phrase an item stands in
# Every word _opener may stop at (it passes any other word at once).
OPENER_WORDS = INSTRUMENT | RELATIVES | CAPABLE | AGAINST | REPLACING | COUNTERING | TALLY_VERBS | UNLIKE \
    | frozenset(second for _, second in KIN) | frozenset(("by", "who", ";", ":", "(", ")", ","))


def event_items(doc: ArticleDoc, equipment: list[Ann], trig: Trigger | None = None) -> list[Ann]:
    """The equipment annotations that are the event's items: not descriptions, targets, replaced
    items or carriers. `trig` is the event's trigger; None for a sentence that only lists items."""
    if not equipment:
        return []
    of_phrase = trig is not None and _of_phrase_names_items(doc, trig, equipment)
    items = [a for a in equipment if not (of_phrase and a.i < trig.i) and not _carrier(doc, a, trig)
             and _opener(doc, a, trig) is None]  # the scan for an opener last: it is the dearest
    if trig is None:
        return items
    items = [a for a in items if not _hit_after_participle(doc, a, trig)]
    hit = [a for a in items if _hit_object(doc, a, trig)]
    if hit and len(hit) < len(items):
        items = [a for a in items if a not in hit]
    return [a for a in items if not _loss_agent(doc, a, trig) and not _used_to_destroy(doc, a, trig)
            and not _held_before(doc, a, trig)]


def _loss_agent(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """Whether `ann` is the subject of an active loss verb with an object: what destroyed, not what
    was lost ("A US Navy F/A-18 shot down two drones", "Almas missiles destroyed two Merkava tanks");
    "A Su-34 crashed", "T-72 tanks destroyed near Bakhmut" and "was destroyed by" lose their subject."""
    keys = doc.tokens.key
    if trig.type != "loss" or trig.passive or keys[trig.i] not in TAKING_LOSS or ann.j > trig.i:
        return False
    if keys[trig.i - 1] in AUXILIARIES or any(keys[k] in (",", ";", "that", "which", "and") for k in range(ann.j, trig.i)):
        return False
    k = trig.j + (trig.j < len(keys) and keys[trig.j] in ("down", "out"))
    return k < len(keys) and (keys[k] in DETERMINERS or bool(doc.starting(k, ("equipment", "quantity", "actor"))))


def _held_before(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """Whether `ann` is the object of a verb of having conjoined before the event's verb: "Algeria
    already operates MiG-29 and Su-30MKA jets, and received Su-35s in 2023" moves the Su-35s only."""
    keys = doc.tokens.key
    if ann.j > trig.i or "and" not in keys[ann.j:trig.i]:
        return False
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    for k in range(ann.i - 1, max(lo, ann.i - 8) - 1, -1):
        if keys[k] in HOLDING:
            return True
        if keys[k] in (",", ";", ":") and not _list_goes_on(doc, k):
            return False
    return False


def _used_to_destroy(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """Whether `ann` is what a loss was dealt with: the object of 'used' before 'to' and the loss
    verb ("used Magura V5 sea drones to sink the Ivanovets"); "used to operate T-72 tanks, which were
    destroyed" is no such purpose."""
    keys = doc.tokens.key
    if trig.type != "loss" or ann.j > trig.i or trig.i < 1 or keys[trig.i - 1] != "to":
        return False
    return any(keys[k] in USING for k in range(max(0, ann.i - 3), ann.i)) \
        and not any(keys[k] in (",", ";", "which", "that") for k in range(ann.j, trig.i))


def _hit_object(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """Whether `ann` is what an attack hit, not its weapon: the object of an active attack verb
    ("Shahed drones struck a Patriot battery") with no weapon word between ("struck Kyiv with
    Kh-101 missiles"). Only an attack that names its weapon too leaves it out."""
    keys = doc.tokens.key
    if trig.type != "attack" or trig.passive or keys[trig.i] not in TARGETING or ann.i < trig.j:
        return False
    return not any(keys[k] in WEAPON_WORDS or keys[k] in (";", ":", ",") for k in range(trig.j, ann.i))


def _hit_after_participle(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """Whether `ann` stands in a participle clause after an attack that says what it hit ("carried
    out 350 strikes across Syria, hitting air defence batteries and Scud missile depots"), with no
    weapon word between ("..., hitting the base with Kh-101 missiles" names its weapon)."""
    keys = doc.tokens.key
    if trig.type != "attack" or ann.i < trig.j:
        return False
    for k in range(ann.i - 1, trig.i - 1, -1):  # the participle may be the event's own trigger
        if keys[k] in WEAPON_WORDS or keys[k] in (";", ":"):
            return False
        if keys[k] in HITTING and keys[k - 1] == ",":
            return True
    return False


def _of_phrase_names_items(doc: ArticleDoc, trig: Trigger, equipment: list[Ann]) -> bool:
    """'The Abrams follow the arrival of the first 11 HIMARS': an event noun after 'the' takes its
    items from its 'of' phrase; an item before it is the subject of another verb."""
    keys = doc.tokens.key
    if trig.i == 0 or keys[trig.i - 1] not in ("the", "a", "an"):
        return False
    of = next((k for k in range(trig.j, min(len(keys), trig.j + 5)) if keys[k] in ("of", ",", ";")), None)
    return of is not None and keys[of] == "of" and any(a.i > of for a in equipment)  # "the arrival in November of"


def carriers(doc: ArticleDoc, equipment: list[Ann], trig: Trigger) -> list[Ann]:
    """The transport aircraft that carry the event's cargo: a movement told by its carrier has
    substance even when its cargo is only "weapons"."""
    return [a for a in equipment if _carrier(doc, a, trig)]


def carries_cargo(doc: ArticleDoc, ann: Ann) -> bool:
    """Whether a transport aircraft or ship named in a sentence carries cargo there ("two C-17
    transport aircraft landed carrying launchers"), whatever the event."""
    return _carrier(doc, ann, None)


def carried_by_platform(doc: ArticleDoc, trig: Trigger) -> bool:
    """'a bomb made by Roketsan and carried by the TB2': a platform carrying its weapon, no movement."""
    keys = doc.tokens.key
    if keys[trig.i] not in lx.CARRYING or trig.j >= len(keys) or keys[trig.j] != "by":
        return False
    k = trig.j + 1 + (trig.j + 1 < len(keys) and keys[trig.j + 1] in ("the", "a", "an", "its", "their"))
    return bool(doc.starting(k, ("equipment",)))


def _opener(doc: ArticleDoc, ann: Ann, trig: Trigger | None) -> int | None:
    """The token opening the describing, target or replaced phrase `ann` stands in, else None.
    The scan goes back through the item's list (commas before 'and', 'including' or another item)
    and stops at the event's trigger or the end of the phrase."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    attack = trig is not None and trig.type == "attack"
    for k in range(ann.i - 1, max(lo, ann.i - SCAN) - 1, -1):
        if trig is not None and trig.i <= k < trig.j:
            tally = [n for n in range(max(lo, trig.i - 6), trig.i) if keys[n] in TALLY_VERBS
                     and any(t in TALLY_NOUNS for t in keys[n + 1:n + 4])] if ann.i >= trig.j else []
            if tally:
                return tally[0]  # "bringing the total it has received to 24 F-16 jets": the verb of a tally
            capable = [n for n in range(max(lo, trig.i - 2), trig.i) if keys[n] in CAPABLE]
            return capable[0] if capable else None  # the event's own trigger governs the item, unless "capable of carrying"
        w = keys[k]
        if w not in OPENER_WORDS:
            continue
        if w in INSTRUMENT and trig is not None and k > lo and keys[k - 1] not in ("along", "together"):
            if trig.type == "loss" and ann.i >= trig.j:
                return k  # "shot down a Su-24 using FN-6 missiles": the weapon, not what was lost
        if w in RELATIVES and k > lo and keys[k - 1] == "," and not _load_told(keys, k):
            return k
        if w == "who" and keys[k - 1] == "," and k + 1 < len(keys) and keys[k + 1] in lx.REPORTING:
            return k  # "according to US officials, who said Russian personnel trained on the Fath-360"
        if w == "by" and keys[k - 1] in DESCRIBING and not attack:
            return k - 1  # in an attack the platform that fired is one of its weapons
        if w in CAPABLE or w in AGAINST or w in REPLACING and keys[k + 1] != "by":
            return k
        if w in COUNTERING and (keys[k - 1] == "to" or w.endswith("ing")):
            return k  # "a type Kyiv had requested to counter Su-35 fighters": what it is meant against
        if w in TALLY_VERBS and any(n in TALLY_NOUNS for n in keys[k + 1:k + 4]):
            return k  # "bringing the total Ukraine has received to 24 F-16 jets": a tally, not this delivery
        if k > lo + 1 and (keys[k - 2], keys[k - 1], w) in BESIDES and k + 1 < len(keys) and keys[k + 1] in HELD:
            return k - 2  # "in addition to the 80 Leopard 2 tanks it already has": an earlier batch
        if w in UNLIKE and (w != "than" or keys[k - 1] not in COUNTING):
            return k  # "more agile than the Su-24", but "more than 180 T-72 tanks" counts them
        if k > lo and (keys[k - 1], w) in KIN and _describes_another(doc, k - 1, lo):
            return k - 1  # "the K2PL, a variant of the K2", "is similar to the Pantsir"
        if w in (";", ":", "(", ")") or w == "," and not _list_goes_on(doc, k):
            return None
    return None


LOAD_NOUNS = frozenset("convoy convoys shipment shipments consignment cargo column batch package delivery".split())
LOAD_VERBS = frozenset("included includes include comprised comprises carried carries contained contains".split())


def _load_told(keys: list[str], k: int) -> bool:
    """'The convoy, which also included BMD-2 vehicles, arrived in Kidal': a relative clause after a
    noun of a load that tells what it holds names its items, unlike one describing an item."""
    return keys[k - 2] in LOAD_NOUNS and any(w in LOAD_VERBS for w in keys[k + 1:k + 4])


def _describes_another(doc: ArticleDoc, kin: int, lo: int) -> bool:
    """Whether the kin noun ("variant", "similar") says what another thing is: in an apposition or
    after 'be', or right after a named item ("the K2PL, a variant of the K2"). "Ukraine received
    the Polish version of the T-72" moves the version, and the T-72 is the name it has."""
    keys = doc.tokens.key
    for k in range(kin - 1, max(lo, kin - 5) - 1, -1):
        if keys[k] in (",", "(") or keys[k] in AUXILIARIES or doc.ending(k, ("equipment",)):
            return True
    return False


def _list_goes_on(doc: ArticleDoc, comma: int) -> bool:
    """Whether the phrase before a comma goes on after it: another item or a list word follows."""
    nxt = comma + 1
    return nxt < len(doc.tokens.key) and (doc.tokens.key[nxt] in LIST_GOES_ON or bool(doc.starting(nxt, ("equipment",))))


def _carrier(doc: ArticleDoc, ann: Ann, trig: Trigger | None) -> bool:
    """Whether a transport aircraft carries the event's cargo instead of being handed over: it flies
    the cargo ("cargo flights", "loaded with", "aboard"), or it is the subject of a movement verb
    that is not the passive of giving ("a C-130 had delivered weapons", "Y-20s landed")."""
    cls = ann.entry.get("class") if ann.entry is not None else (ann.value or {}).get("class")
    if cls not in CARRIER_CLASSES and cls not in SHIP_CLASSES:
        return False
    keys = doc.tokens.key
    before = [keys[k] for k in range(max(0, ann.i - 3), ann.i)]
    after = [keys[k] for k in range(ann.j, min(len(keys), ann.j + 3))]
    if any(w in ABOARD for w in before) or before[-1:] == ["by"] and not CARGO_WORDS.isdisjoint(before):
        return True  # "aboard C-130 aircraft", "cargo flights by Il-76 aircraft"
    if (trig is None or trig.type in RIDDEN) and _ridden_on(keys, ann.i):
        return True  # "were flown to al-Khadim airbase on Il-76 aircraft"
    if ann.i > 1 and keys[ann.i - 1] in ("and", "or", ","):  # "aboard US C-17 and C-5 transport aircraft": both carry
        previous = doc.ending(ann.i - 1, ("equipment",))
        if previous and _carrier(doc, previous[0], trig):
            return True
    following = next((w for w in after if w not in NOUN_WORDS), None)
    if following in CARGO_WORDS:
        return True
    if following in ARRIVING_VERBS and not CARGO_WORDS.isdisjoint(keys[ann.j:min(len(keys), ann.j + 12)]):
        return True  # "two C-17 transport aircraft landed at Clark Air Base carrying launchers"
    if cls in SHIP_CLASSES:
        return False  # a ship that sails is itself deployed; one that carries cargo is its carrier
    if trig is None:
        return _subject_of_movement(doc, ann)
    if trig.type != "transfer" or ann.i >= trig.i:
        return False
    return not _passive_giving(doc, trig.i, trig.passive)


def _ridden_on(keys: list[str], i: int) -> bool:
    """Whether 'on' stands right before the carrier, or before its article or count ("flown in on two
    Il-76 aircraft")."""
    return i > 0 and keys[i - 1] == "on" or i > 1 and keys[i - 1] in DETERMINERS and keys[i - 2] == "on"


def _passive_giving(doc: ArticleDoc, verb: int, passive: bool) -> bool:
    """'two C-130s were delivered to Nigeria': the aircraft is handed over, not a carrier."""
    frame = lx.TRIGGERS[doc.tokens.key[verb]][1]
    return passive and (frame is lx.GIVE or doc.tokens.key[verb] in lx.HANDOVER_TRIGGERS)


def _subject_of_movement(doc: ArticleDoc, ann: Ann) -> bool:
    """In a sentence that only lists items: whether the aircraft is the subject of the next
    movement verb ("The aircraft, a pair of C-130 transports, were unloaded")."""
    keys = doc.tokens.key
    hi = doc.sentences[doc.sentence_of(ann.i)][1]
    for k in range(ann.j, min(hi, ann.j + 8)):
        if keys[k] in lx.TRIGGERS and lx.TRIGGERS[keys[k]][0] == "transfer":
            return not _passive_giving(doc, k, keys[k - 1] in AUXILIARIES)
    return False
