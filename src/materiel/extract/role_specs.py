"""Which role a mention in a trigger's scope fills: whose the items are (`owner_rank`: "Russian
tanks", "Russia's bases", "an RSF drone"), the frame's role by the preposition that governs it
(`role_spec`: "to Mali", "from Syria", "by the ministry"), and the shapes a frame misses: "the
withdrawal of French troops", "forces loyal to X", "Thailand awarded Saab a contract", "an order from
Manila for", "for the RSF" after a movement (a force receives) or before a purpose noun (no role),
a supplier named by its stocks ("from German industry stocks": `stock_owner`), and bases withdrawn
to ("pulled back to its bases in Rostov": the destination, `_to_base`); where a part of them is
fills nothing ("most of them at Pabrade": `_part_of_them`), a town an attack is launched 'from' is its
origin ("bombed Kharkiv from Belgorod": `_launch_site`), nor does a town that only locates a named
base ("Harar Meda air base near Bishoftu": `_locates_facility`)."""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.facilities import FACILITY_KINDS
from materiel.extract.mentions import ref_of
from materiel.extract.relatives import RELATIVE_WORDS, antecedent
from materiel.extract.roles import (
    PART_NOUNS,
    PREPS,
    STORE_NOUNS,
    SKIPPABLE,
    STOP,
    actor_ref,
    demonym_use,
    describing_word,
    governing_prep,
    is_possessive,
    modifies_next,
    names_maker,
    possessive_of_place,
)
from materiel.extract.triggers import BASE_KINDS, Trigger
from materiel.models import Event


def owner_rank(doc: ArticleDoc, ann: Ann) -> int | None:
    """Whether a mention says whose the items are: 0 right before them ("Russian tanks", "US Reaper
    drone"), 1 as a possessive of items or forces ("Russia's bases"); None when it is no owner."""
    if names_maker(doc, ann):
        return None  # "a Boeing C-17": the maker, no owner
    if ann.kind == "actor" and ann.via == "demonym":
        return 0 if demonym_use(doc, ann) == "owner" else None
    if ann.kind == "actor" and ann.j < len(doc.tokens.key) and _item_noun(doc, ann.j):
        return 0  # "an RSF drone", "a Kenyan Defence Forces truck": the group's item
    if is_possessive(doc, ann):
        if ann.kind == "place" and possessive_of_place(doc, ann) and not _base_abroad(doc, ann):
            return None
        return 1
    if ann.kind == "actor" and _of_after_items(doc, ann):
        return 1  # "two Su-25 jets of the Congolese air force": whose the jets are
    state_like = ann.kind == "place" and ann.entry.get("kind") == "country"
    if state_like and doc.starting(ann.j, ("equipment",)):
        return 0
    return None


def _base_abroad(doc: ArticleDoc, ann: Ann) -> bool:
    """'Turkey's base in Qatar', "Russia's naval facility at Port Sudan": a state's base in a place of
    another country is run by that state (its owner), unlike "Bamako's airport" or "Syria's Idlib"."""
    keys = doc.tokens.key
    if ann.entry.get("kind") != "country":
        return False
    for n in range(ann.j + 2, min(len(keys) - 1, ann.j + 6)):
        if keys[n] in lx.BASE_NOUNS and keys[n + 1] in ("in", "at"):
            there = doc.starting(n + 2, ("place",)) or doc.starting(n + 3, ("place",))
            return bool(there) and (there[0].entry.get("country") or there[0].entry.id) != ann.entry.id
    return False


def _of_after_items(doc: ArticleDoc, ann: Ann) -> bool:
    """'jets of the Congolese air force', 'tanks of the 5th brigade': an actor after 'of (the)' right
    after an item noun or a designation."""
    keys = doc.tokens.key
    k = ann.i - 1 - (ann.i > 0 and keys[ann.i - 1] == "the")
    return k > 0 and keys[k] == "of" and _item_noun(doc, k - 1) and keys[k - 1] not in ("most", "some", "many")


def _item_noun(doc: ArticleDoc, k: int) -> bool:
    """Whether token k names an item: a designation, a class noun or a generic item noun."""
    key = doc.tokens.key[k]
    if key in lx.FORCE_BODIES or key in lx.PERSONNEL:
        return False  # "Islamic State fighters": the group's people, not its items
    return bool(doc.starting(k, ("equipment",))) or head_noun(key) is not None or key in lx.GENERIC_ITEMS


def _place_reached_before(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """Whether a place after 'to' or 'into' stands between the trigger and a 'via' place."""
    keys = doc.tokens.key
    return any(keys[n] in ("to", "into") and doc.starting(n + 1 + (keys[n + 1] == "the"), ("place",))
               for n in range(trig.j, ann.i - 1))


def _party_reached_before(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """Whether a party after 'to' stands between the trigger and a 'via' place ("flew weapons to the
    RSF via Amdjarass": where the RSF got them)."""
    keys = doc.tokens.key
    return any(keys[n] == "to" and doc.starting(n + 1 + (keys[n + 1] == "the"), ("actor",))
               for n in range(trig.j - 1, ann.i - 1))


def _before_antecedent(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """Whether the trigger opens a relative clause (", which launched") whose antecedent, a name right
    before its comma, is another mention than `ann`, which stands before that antecedent."""
    keys = doc.tokens.key
    k = trig.i - 1
    while k > ann.j and keys[k] in ("had", "has", "have", "later", "then", "also", "reportedly"):
        k -= 1
    if keys[k] not in RELATIVE_WORDS or keys[k - 1] != ",":
        return False
    named = antecedent(doc, k)
    return named is not None and named.i > ann.i


def role_spec(doc: ArticleDoc, trig: Trigger, ann: Ann, lo: int) -> str | None:
    frame = trig.frame
    if trig.type == "base_change" and ann.kind == "place" and ann.entry.get("kind") in BASE_KINDS:
        return "destination"  # "the Turkish base in Mogadishu, which opened in 2017": the base is where
    prep = governing_prep(doc, ann, lo)
    if prep is None and _of_mover(doc, trig, ann):
        return frame.subject  # "the withdrawal of French troops from Niger": the French forces leave
    if prep == "from" and ann.i < trig.i and ann.kind == "actor" or prep in ("to", "with") and _loyal(doc, ann, trig):
        return frame.subject  # "fighters from Islamic State Mozambique attacked", "forces loyal to Haftar shelled"
    if prep in ("near", "outside", "at", "in") and _locates_facility(doc, ann):
        return None  # "landed at Harar Meda air base near Bishoftu": the town only locates the base
    if prep in ("in", "at", "near") and _part_of_them(doc.tokens.key, ann, lo):
        return None  # "stationed in Lithuania, most of them at Pabrade": where a part is, not the event
    if prep is not None:
        if prep == "to" and doc.tokens.key[trig.i] in lx.SALE_VERBS and frame.preps.get(prep) == "recipient|destination":
            return "recipient"  # "selling the drone to Addis Ababa": the buyer
        if prep == "from" and _order_noun(doc, trig, ann) and ann.entry.get("kind") != "company":
            return "recipient"  # "orders for the K2 have come from Poland", "an order from Manila for": the buyer
        if prep == "from" and doc.tokens.key[trig.i] in lx.SUPPLY_NOUNS and ann.entry.get("capital_of") \
                and frame.preps.get(prep) == "origin":
            return "actor"  # "the first such delivery from Cairo": the supplier, no place left
        if prep in ("in", "at") and _kept_there(doc.tokens.key, ann, trig) and frame.preps.get("from") == "origin":
            return "origin"  # "Su-25 jets based in Syria were moved to Libya": the place they left
        if prep in ("in", "at", "near", "outside") and frame.preps.get(prep) in ("origin", None) \
                and _to_base(doc.tokens.key, ann, lo):
            return frame.preps.get("to")  # "pulled back from Moscow to its bases in Rostov": where they went
        if prep == "by" and trig.passive:
            return "actor" if frame.subject not in ("recipient", None) else frame.preps.get("by")  # "destroyed by": no owner
        if prep == "for" and ann.i >= 2 and doc.tokens.key[ann.i - 1 - (doc.tokens.key[ann.i - 1] == "the")] == "for" \
                and doc.tokens.key[ann.i - 2 - (doc.tokens.key[ann.i - 1] == "the")] in lx.BOUND and "destination" in \
                (frame.preps.get("to") or ""):
            return frame.preps["to"]  # "T-72 tanks bound for Libya", "destined for Tobruk": where they go
        if prep == "for" and (_qualifies_purpose(doc, ann) or frame is lx.MOVE and not _names_force(doc, ann)):
            return None  # "arrived in Poland for a NATO exercise", "sailed for Cyprus": no party receives
        if prep == "via" and (_place_reached_before(doc, trig, ann) or not _party_reached_before(doc, trig, ann)):
            return None  # "to Libya via Benghazi": Libya is where they went; "delivered via Iraq": a transit
        if prep == "from" and _launch_site(doc, trig, ann):
            return "origin"  # "launched drone strikes on Tigray from its base at Assab": where they were launched
        return frame.preps.get(prep)
    relative = _relative_subject(doc, trig) if ann.i < trig.i else None
    if relative is not None and ann.i < relative[1]:
        return None  # "Ukraine received the tanks that Germany sent": the main clause's name is not "sent"'s
    if ann.i < trig.i and frame is lx.ORDER_AWARD and _awarded(doc.tokens.key, ann, lo):
        return "actor"  # "Thailand awarded Saab a contract": the one awarded supplies
    if ann.i < trig.i and trig.passive and frame is lx.GIVE and _people_of(doc, ann) \
            and not doc.starting(trig.j, ("equipment", "quantity")):  # not "troops were sent Leopard tanks"
        return "actor"  # "North Korean troops were sent to Kursk": the people sent are their own side's
    if ann.i < trig.i:
        if _before_antecedent(doc, trig, ann):
            return None  # "The MNDAA is part of the Three Brotherhood Alliance, which launched": the alliance did
        return frame.passive_subject if trig.passive else frame.subject
    if _right_after(doc, _verb_end(doc, trig), ann.i):
        if ann.via == "ship" and frame.object == "destination":
            return "actor"  # "ordered the USS Abraham Lincoln to the Middle East": the ship's navy moves it
        return frame.object  # "attacked Bambari", "attacked the town of Macomia", "leaving Iraq's Ain al-Asad"
    return None


# Nouns of people that may stand between a relative clause's subject and its verb ("that Russian forces launched").
RELATIVE_PEOPLE = frozenset(("forces", "troops", "fighters", "soldiers", "units"))
# Words opening a clause of its own inside a sentence: relative 'that'/'which', subordinating 'when'
# ("soldiers were killed when M23 fighters attacked").
CLAUSE_OPENERS = frozenset(("that", "which", "when", "while"))


def _relative_subject(doc: ArticleDoc, trig: Trigger) -> tuple[Ann, int] | None:
    """'an offensive on Tripoli that Haftar's Libyan National Army launched', 'the tanks that Germany
    sent', 'soldiers were killed when M23 fighters attacked': a verb right after a name that a
    'that'/'which'/'when' opens (within a few words) has that name
    as its subject, and the relative word's position (names before it belong to the main clause)."""
    keys = doc.tokens.key
    if trig.passive or trig.i < 3 or CLAUSE_OPENERS.isdisjoint(keys[trig.i - 12:trig.i]):
        return None  # checked first: most verbs are no relative or subordinate clause's
    end = trig.i - (keys[trig.i - 1] in RELATIVE_PEOPLE)
    if keys[end - 1] == ")" and "(" in keys[end - 4:end - 1]:
        end = end - 4 + keys[end - 4:end - 1].index("(")  # "the Libyan National Army (LNA) launched"
    named = doc.ending(end, ("actor", "place"))
    if not named:
        return None
    rel = next((n for n in range(named[0].i - 1, max(0, named[0].i - 7), -1) if keys[n] in CLAUSE_OPENERS), None)
    if rel is None or keys[rel] in ("that", "which") and keys[rel - 1] == "," or any(k in (",", ";") for k in keys[rel:named[0].i]):
        return None  # ", which": no restrictive clause
    return named[0], rel


def _launch_site(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """'struck Kharkiv from Belgorod', 'launched strikes on Tigray from its base at Assab': a place
    below a country after an attack's 'from' is where the strike was launched; not a country ("missiles
    from Iran" tell whose they are), nor a place before the trigger."""
    return trig.type == "attack" and ann.kind == "place" and ann.i > trig.i \
        and ann.entry.get("kind") not in ("country", "region")


def _people_of(doc: ArticleDoc, ann: Ann) -> bool:
    """'North Korean troops', 'Wagner fighters', 'French military instructors': a demonym or a force
    heading people."""
    keys = doc.tokens.key
    return ann.kind == "actor" and any(k in lx.PERSONNEL or k == "fighters" for k in keys[ann.j:ann.j + 2])


def _loyal(doc: ArticleDoc, ann: Ann, trig: Trigger) -> bool:
    """'forces loyal to Khalifa Haftar shelled', 'militias allied with the RSF attacked': the side
    a force before the trigger is loyal or allied to is who acts."""
    keys = doc.tokens.key
    k = ann.i - 1 - (keys[ann.i - 1] == "the")
    return ann.kind == "actor" and ann.i < trig.i and k >= 2 and keys[k - 1] in ("loyal", "allied") \
        and (keys[k - 2] in lx.FORCE_NOUNS or keys[k - 2][:-1] in lx.FORCE_NOUNS)  # "militias allied with"


ORDER_WORDS = frozenset(("order", "orders", "contract", "contracts"))
# Verbs and linking words that may follow "for X" in a noun phrase, where no purpose noun does.
CLAUSE_VERBS = frozenset("""including includes include included contains containing contain comprises comprising
consists is was are were will would has have had that which worth""".split())


def _order_noun(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """'an order from Manila for', 'Orders for the K2 have come from Poland': 'from' right after an
    order noun, or after a verb of coming whose subject it is, names the buyer (not the verb, "orders
    tanks from Korea", nor 'from' after the items: "the order for 180 K2 tanks from Hyundai Rotem")."""
    keys = doc.tokens.key
    if keys[trig.i] not in ORDER_WORDS or trig.j >= len(keys) or keys[trig.j] not in ("for", "from"):
        return False
    k = ann.i - 1 - (keys[ann.i - 1] == "the")
    return k == trig.j or keys[k] == "from" and keys[k - 1] in ("come", "came", "comes", "coming")


def _awarded(keys: list[str], ann: Ann, lo: int) -> bool:
    """Whether the mention stands right after a verb of awarding, past 'the' ("awarded the firm")."""
    n = ann.i - 1 - (ann.i - 1 > lo and keys[ann.i - 1] == "the")
    return n >= lo and keys[n] in lx.AWARDING


def _qualifies_purpose(doc: ArticleDoc, ann: Ann) -> bool:
    """'for a NATO exercise', 'for a Ukrainian offensive': a name after 'for' right before a common
    noun that is no force ("for the Malian army", "for Ukrainian forces") only says whose that
    purpose is; it names no party the items go to."""
    text = doc.tokens.text
    if ann.j >= len(text):
        return False
    word = text[ann.j]
    if not (word.isalpha() and word.islower()) or word in lx.FORCE_BODIES or word in PREPS or word in STOP \
            or word in CLAUSE_VERBS:
        return False  # "a package for Ukraine including four IRIS-T systems": Ukraine receives
    return not doc.starting(ann.j, ("date", "quantity", "equipment"))


def stock_owner(doc: ArticleDoc, scope: list[Ann], lo: int, event: Event) -> None:
    """'received 30 Leopard 1A5 tanks from German industry stocks', 'missiles drawn from US stocks':
    the state whose stocks the items leave supplies them when the clause names no supplier (whose
    stocks they are says no place left: "from stocks in Germany" does)."""
    keys = doc.tokens.key
    for ann in scope:
        if ann.kind not in ("actor", "place") or STORE_NOUNS.isdisjoint(keys[ann.j:ann.j + 3]):
            continue
        if governing_prep(doc, ann, lo) != "from":
            continue
        state = ref_of(ann) if ann.via == "demonym" else actor_ref(doc, ann)  # "German stocks": Germany's
        if state is None or doc.catalog.get("actor", state.id) is None:
            continue
        if event.actor is None and (event.recipient is None or event.recipient.id != state.id):
            event.actor = state
        return


def _names_force(doc: ArticleDoc, ann: Ann) -> bool:
    """'for the RSF', 'for Mali's army': a party or a state's force, not a place ("sailed for Cyprus")."""
    keys = doc.tokens.key
    return ann.kind == "actor" or keys[ann.j:ann.j + 1] in (["'"], ["’"]) and any(
        k in lx.FORCE_NOUNS for k in keys[ann.j + 2:ann.j + 4])


def _verb_end(doc: ArticleDoc, trig: Trigger) -> int:
    """Where the object of a trigger may start: after the verb an event noun is the subject of ("US
    strikes hit the fuel port", "the shelling targeted Kherson": the verb's object is the noun's; not
    after "leaves", a causative)."""
    keys = doc.tokens.key
    j = trig.j
    verb = lx.TRIGGERS.get(keys[j]) if j < len(keys) and not keys[trig.i].endswith("ed") else None
    if keys[j:j + 1] and keys[j] in lx.LEAVING:
        return j  # "the German departure leaves Russia as ...": a causative, its object no place left
    return j + 1 if verb is not None and verb[0] == trig.type else j


# Irregular past tenses of verbs that share an attack's object ("attacked and retook the town").
IRREGULAR_PASTS = frozenset("took retook overran overtook hit struck shot seized held".split())


def _right_after(doc: ArticleDoc, j: int, i: int) -> bool:
    """Whether only determiners and the like ("the Houthi-held"), or a possessive name ("Iraq's"), stand between a
    trigger ending at j and a mention at i, at most four words; a second verb joined by 'and'
    shares the object ("attacked and retook the enclave")."""
    keys = doc.tokens.key
    k = j
    if k + 2 <= i and keys[k] == "and" and (keys[k + 1].endswith("ed") or keys[k + 1] in IRREGULAR_PASTS) \
            and keys[k + 1] not in lx.REPORTING and keys[k + 2] != "that":  # not "... and announced that Sudan"
        k, j = k + 2, j + 2
    while k < i:
        owner = [a for a in doc.starting(k, ("place", "actor")) if keys[a.j:a.j + 2] in (["'", "s"], ["’", "s"])
                 or a.via == "demonym" or modifies_next(doc, a)]  # "the Israeli port city of Eilat"
        part = keys[k] in PART_NOUNS or k + 1 < i and keys[k + 1] in PART_NOUNS  # "residential areas of Nyala"
        k = owner[0].j + 2 if owner else k + 1 if keys[k] in SKIPPABLE or part or describing_word(doc, k) else -1
        if k < 0:
            return False
    return i - j <= 4 or k == i and i - j <= 6


def _kept_there(keys: list[str], ann: Ann, trig: Trigger) -> bool:
    """Whether the place's preposition follows a participle saying where the items are kept ("jets
    based in Syria", "bombers stationed at Hmeimim") that is not the trigger itself."""
    k = ann.i - 1
    while k > 0 and keys[k] in SKIPPABLE and keys[k] not in ("in", "at"):
        k -= 1
    return keys[k] in ("in", "at") and k - 1 != trig.i and keys[k - 1] in lx.LOCATING


# Nouns of a place forces withdraw to ("to its bases in Rostov", "to new positions in Oleshky").
REACHED_NOUNS = lx.BASE_NOUNS | frozenset("positions barracks garrisons lines".split())


# Nouns that may end a facility's name in the text ("Harar Meda air base").
FACILITY_WORDS = frozenset("air base airbase airfield airport".split())
# Words between a facility and a town that only says where it lies ("near Bishoftu", "north of Omdurman").
LOCATING_WORDS = frozenset("near outside north south east west northeast northwest southeast southwest of close to".split())


def _locates_facility(doc: ArticleDoc, ann: Ann) -> bool:
    """'Harar Meda air base near Bishoftu', 'Wadi Seidna air base north of Omdurman': a town right
    after a facility with a name of its own, past words that place it relative to the town, only
    locates the facility, which is the place ("the 102nd base in Gyumri": 'in' makes the town the
    place; "Air Base 201 outside Agadez": a number is no name, the town is the place)."""
    keys = doc.tokens.key
    k = ann.i - 1
    while k > 0 and ann.i - k <= 3 and keys[k] in LOCATING_WORDS:
        k -= 1
    if k == ann.i - 1 or keys[k + 1] == "of" and keys[k] not in ("north", "south", "east", "west"):
        return False
    ends = [k + 1]
    if keys[k] in FACILITY_WORDS:
        ends.append(k - (keys[k - 1] in FACILITY_WORDS))  # "Wadi Seidna air base": the name before "air base"
    return any(a.entry.get("kind") in FACILITY_KINDS and _own_name(keys[a.i:a.j])
               for n in ends for a in doc.ending(n, ("place",)))


def _own_name(words: list[str]) -> bool:
    """Whether a facility's mention has a name of its own ("Harar Meda air base"), not only
    facility nouns and a number ("Air Base 201 outside the city of Agadez": the town is the place)."""
    return any(w not in FACILITY_WORDS and not w.isdigit() for w in words)


# Words naming a part of a body of people or items before "of them" ("most of them", "two of them").
PART_WORDS = frozenset("most some many half several part rest few one two three four five".split())


def _part_of_them(keys: list[str], ann: Ann, lo: int) -> bool:
    """Whether the mention's preposition follows a part of what was just named ("..., most of them
    at Pabrade", "some of which are based in Gao"): where that part is, not where the event is."""
    k = ann.i - 1 - (keys[ann.i - 1] == "the")
    n = k - 1
    while n > lo and keys[n] in ("are", "were", "is", "was", "based", "stationed", "now", "still"):
        n -= 1  # "some of which are based in"
    return n - 2 >= lo and keys[n] in ("them", "which", "whom") and keys[n - 1] == "of" and keys[n - 2] in PART_WORDS


def _to_base(keys: list[str], ann: Ann, lo: int) -> bool:
    """Whether 'in'/'at'/'near' before the mention locates a base reached ("to its bases in Rostov",
    "back to their barracks at Tapa", "withdrew to positions outside Pokrovsk"): 'to' before the base
    noun, at most four words back."""
    k = ann.i - 1 - (keys[ann.i - 1] == "the")
    words = keys[max(lo, k - 4):k]
    return any(w in REACHED_NOUNS for w in words) and any(w in ("to", "into") for w in words)


def _of_mover(doc: ArticleDoc, trig: Trigger, ann: Ann) -> bool:
    """'the withdrawal of Burundian troops', 'the deployment of the Russian contingent': after an
    event noun of moving forces, a force or state right after 'of' is who moves."""
    keys = doc.tokens.key
    if trig.type not in ("withdrawal", "deployment") or keys[trig.i].endswith(("ed", "ing")):
        return False
    return keys[trig.j:trig.j + 1] == ["of"] and all(k in SKIPPABLE for k in keys[trig.j + 1:ann.i]) and ann.i - trig.j <= 3
