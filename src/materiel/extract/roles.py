"""How annotations around a trigger fill an event's roles: prepositions, subjects, owners.

A name that only qualifies the next one fills no role ("Syria's Idlib province", "Russia's Africa
Corps", "the Black Sea port of Samsun"); describing words and parts ("the neighbouring", "on the
edge of") stay inside a prepositional phrase; a maker after "made by" fills nothing; the possessor
of a supplier is the recipient; an actor's bracketed acronym names the phrase before it; a demonym
after another's possessive is a place ("its Syrian garrison"), and so is a state named in full
after a preposition of place ("in the Democratic Republic of Congo"); a capital after its
government's name fills no place; 'from' after a distance, a body of people or people who speak
("officials from the United States") is no origin; a bare bearing from a town is 'near' it ("shot
down north of Kyiv"), not after a distance or a place noun ("25 km west of Goma"); a name
before a noun of saying fills nothing; a place after a word of saying ("told reporters in Vilnius",
"during a visit to Kyiv") or inside a verbless phrase of circumstance ("following a gunfight in
Banjska": asides.py) fills no role; a state's name before a noun it owns ("a US destroyer") is no place.
Elsewhere: a facility named after its town is the town (facilities.py); a country in a place role gives way to a place inside it (place_roles.py); who
admits a loss or announces a package is its owner or giver, not a mere claimant (claimants.py);
which quantity counts which item (items.py); roles left empty are filled from the rest of the
document (event_defaults.py).
"""
from __future__ import annotations

from materiel.extract.asides import bearing_from, in_circumstance, said_there
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.facilities import located_place, place_ref
from materiel.extract.gazetteer import METONYM_WORDS
from materiel.extract.lexicon import BASE_NOUNS, FORCE_NOUNS, REPORTING, TRIGGERS
from materiel.extract.mentions import place_attrs, ref_of
from materiel.models import Ref

PREPS = frozenset(("to", "from", "in", "into", "at", "near", "by", "for", "with", "via", "towards", "toward",
                   "on", "against", "outside", "across", "inside", "around", "of", "over", "belonging", "through", "off"))
SKIPPABLE = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "'", "s",
                       "’", "several", "some", "new", "two", "three", "four", "five", "key", "main", "newly",
                       "recently", "northern", "southern", "eastern", "western", "central", "occupied", "city",
                       "town", "region", "province", "capital", "port", "ports", "base", "bases", "airbase", "airport",
                       "village", "area", "former", "military", "vicinity", "outskirts", "island", "islands",
                       "of", "air", "naval", "border", "frontline", "front", "district", "state", "army", "armed",
                       "forces", "force", "troops", "navy", "government", "junta", "defence", "defense", "ministry",
                       "much", "most", "part", "rest", "all", "remaining", "last", "own",
                       "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       # a maker's descriptor before its name: "from the Turkish manufacturer Baykar"
                       "manufacturer", "maker", "firm", "company", "producer", "shipbuilder", "contractor"))
PLACE_NOUNS = frozenset(("airport", "province", "city", "region", "capital", "port", "coast", "border", "base",
                         "oblast", "outskirts", "north", "south", "east", "west", "centre", "center", "district",
                         "governorate", "state", "airbase", "harbour", "harbor", "waters", "airspace", "suburbs", "suburb",
                         "mountains", "hills", "valley", "desert", "forest", "island", "islands", "peninsula", "enclave",
                         "exclave", "bay", "corridor"))
# Where forces hold before they leave: "withdrew from positions near Bakhmut" leaves Bakhmut.
POSITION_NOUNS = frozenset("line lines frontline positions position trenches outposts checkpoints".split())
# Where items are kept before they leave: "from stocks in Germany" leaves Germany.
STORE_NOUNS = frozenset("""stock stocks stockpile stockpiles depot depots warehouse warehouses arsenal arsenals
inventory inventories reserves storage""".split())
STOP = frozenset((",", ";", ".", ":", "(", ")", "and", "or", "but", "which", "who", "that", "while"))
# Adjectives that stand between a preposition and the name it governs ("to Sudan's paramilitary RSF",
# "from the neighbouring Amhara region"); hyphens are dropped from keys ("north-western").
PLACE_ADJECTIVES = frozenset("""paramilitary neighbouring neighboring nearby northwestern northeastern southwestern
southeastern coastal besieged embattled disputed restive breakaway strategic rebel separatist remote mountainous
beleaguered contested far upper lower""".split())
# Compounds like "rebel-held", "UN-recognised", "Kurdish-led" modify the name after them.
COMPOUND_ENDINGS = ("held", "controlled", "backed", "recognised", "recognized", "led", "run", "based", "allied",
                    "aligned", "occupied", "supported", "sponsored")
# "on the edge of X", "in the outskirts of X", "on rebel-held areas of X": a part of a place locates at the place.
PART_NOUNS = frozenset("""edge edges outskirts vicinity fringes fringe heart banks shores coast middle parts part area
areas districts neighbourhoods neighborhoods suburbs""".split())
# "the Black Sea port of Samsun": the place after 'of' is the one meant, the one before only locates it.
OF_PLACE_NOUNS = frozenset("port ports city town village province region district base airbase harbour harbor".split())


def governing_prep(doc: ArticleDoc, ann: Ann, lo: int) -> str | None:
    """The preposition that governs a mention ("from Russia's bases in Syria": Syria is 'from')."""
    if ann.via == "where":
        return "in"  # "Syria, where Russia evacuated its bases": in Syria
    keys = doc.tokens.key
    seat = seat_of_government(doc, ann)
    if seat is not None:
        return governing_prep(doc, seat, lo)
    if ann.i > 0 and keys[ann.i - 1] in ("by", "s") and (  # checked first: both rules need one of them
            _made_by(keys, ann.i - 1, lo) or any(_made_by(keys, o.i - 1, lo) for o in _possessor(doc, ann))):
        return "made by"  # a producer ("a bomb made by Turkey's Roketsan") fills no role of the event
    prep, part, located = None, False, False
    for k in range(ann.i - 1, max(lo, ann.i - 8) - 1, -1):  # at most eight words back
        key = keys[k]
        if prep is None and doc.ending(k + 1, ("date",)):
            return None  # "In August JNIM fighters attacked": 'In' governs the date, not the name after it
        if prep is not None and not located:
            located = key in PLACE_NOUNS or key in BASE_NOUNS or key in STORE_NOUNS or key in POSITION_NOUNS \
                or head_noun(key) is not None
        if key == "of" and k > lo and keys[k - 1] == "out":
            key = "from"  # "pulled out of Syria"
        if prep is None and key == "of" and bearing_from(keys, k, lo) and keys[k - 2] not in PLACE_NOUNS:
            return "near"  # "shot down north of Kyiv": by the town
        if key == "from":
            if k > lo and keys[k - 1] in DISTANCE_WORDS and not _moved_away(doc, k - 1):
                return "distance"  # "300 km from Taiwan", "far from the border": no place left
            if k > lo and keys[k - 1] in VOICES:
                return "voices"  # "citing officials from the United States": whose officials, no place left
            if prep is None and _relative_verb(keys, k, lo):
                return "relative"  # "the channel that separates the Philippines from Taiwan"
        if key in PART_NOUNS:
            part = True
        elif key in PREPS and key != "of":
            if prep is None and said_there(doc, k, lo):
                return "said"  # "told reporters in Vilnius that ...": where it was said, no place of the event
            if prep is None and in_circumstance(doc, k, lo):
                return "circumstance"  # "following a gunfight in Banjska": the place of that noun
            if prep is None:
                prep = "in" if key in ("on", "off") and part else key  # "on the edge of the forest" = in it
                prep = "near" if prep == "off" else prep  # "off the coast of Yemen": by it
                if prep not in ("in", "at", "near", "outside"):
                    return prep
            elif key == "from" and located:
                return "from"  # "from Russia's bases in Syria": the place of what is left
            else:
                return prep  # "from Russia at a ceremony in Naypyitaw": 'in' is Naypyitaw's own
        elif key in STOP or (prep is None and key not in SKIPPABLE and not _capitalised(doc, k) and not describing_word(doc, k)):
            return prep
    return prep


def _moved_away(doc: ArticleDoc, k: int) -> bool:
    """'relocated its fighters away from Bangui': 'away' with no measure before it tells a move."""
    keys = doc.tokens.key
    return keys[k] == "away" and k > 0 and keys[k - 1] not in DISTANCE_WORDS and not keys[k - 1][:1].isdigit()


RELATIVES = frozenset(("that", "which", "who"))
# Verbs after which 'that' opens what is said, not a relative clause.
SAYING = REPORTING | frozenset("reported reports claimed claims alleged showed shows suggested suggests".split())


def _relative_verb(keys: list[str], k: int, lo: int) -> bool:
    """Whether the 'from' at k belongs to the verb of a relative clause with no event word
    ("that separates the Philippines from Taiwan")."""
    for n in range(k - 1, max(lo, k - 6) - 1, -1):
        if keys[n] in TRIGGERS or keys[n] in STOP and keys[n] not in RELATIVES:
            return False
        if keys[n] in RELATIVES:  # not "reported that cargo planes from the UAE had landed": what was said
            return n + 1 < k and keys[n + 1] not in TRIGGERS and not (n > lo and keys[n - 1] in SAYING)
    return False


def seat_of_government(doc: ArticleDoc, ann: Ann) -> Ann | None:
    """'the GNA in Tripoli': a capital right after the name of a government of its own country
    locates that government; it fills no place role and takes the name's preposition. ("the
    military government in Bamako" is one reference to the state: references.py.)"""
    keys = doc.tokens.key
    if ann.kind != "place" or ann.i < 2 or keys[ann.i - 1] != "in" or not ann.entry.get("capital_of"):
        return None
    k = ann.i - 2
    if keys[k] == ")" and k > 0:
        inner = doc.ending(k, ("actor",))
        k = inner[0].i - 2 if inner and keys[inner[0].i - 1] == "(" else k - 1
    named = [a for a in doc.ending(k + 1, ("actor",)) if a.entry.get("country") == ann.entry.get("country")]
    return named[0] if named else None


MADE = frozenset("made built produced manufactured designed developed".split())
# Words before 'from' that measure a distance rather than name a place left.
DISTANCE_WORDS = frozenset("km kilometres kilometers kilometre kilometer miles mile metres meters nautical away far".split())
# People who speak or inform, whose state 'from X' names ("officials from the United States").
VOICES = frozenset("officials diplomats sources experts analysts investigators observers envoys delegates".split())
# Bodies of people that 'from X' says the nationality of ("personnel from Jamaica").
MEMBERS = frozenset("""troops soldiers personnel forces mercenaries contingent contingents police officers peacekeepers
instructors advisers advisors volunteers""".split())


def _possessor(doc: ArticleDoc, ann: Ann) -> list[Ann]:
    """The name in a possessive right before `ann` ("Turkey's" before Roketsan)."""
    keys = doc.tokens.key
    if ann.i < 2 or keys[ann.i - 1] != "s" or keys[ann.i - 2] not in ("'", "’"):
        return []
    return doc.ending(ann.i - 2, ("place", "actor"))


def _made_by(keys: list[str], k: int, lo: int) -> bool:
    """Whether 'by' at k follows a making participle ("made by", "built by")."""
    return k - 1 >= lo and keys[k] == "by" and keys[k - 1] in MADE


def describing_word(doc: ArticleDoc, k: int) -> bool:
    """'paramilitary', 'neighbouring', 'rebel-held': words that describe the name after them."""
    text = doc.tokens.text[k].lower()
    return doc.tokens.key[k] in PLACE_ADJECTIVES or ("-" in text and text.endswith(COMPOUND_ENDINGS))


def _capitalised(doc: ArticleDoc, k: int) -> bool:
    """Names and demonyms ("the Russian-held port of") do not end a prepositional phrase."""
    return doc.tokens.text[k][:1].isupper()


def is_possessive(doc: ArticleDoc, ann: Ann) -> bool:
    """'Russia's bases' (an owner); not 'Sudan's army', which is the army itself acting."""
    keys = doc.tokens.key
    if _members_from(doc, ann):
        return True  # "a force that includes personnel from Jamaica": their state, not a place left
    if not _has_s(doc, ann) or supplied_possessor(doc, ann):
        return False
    return not any(k in FORCE_NOUNS for k in keys[ann.j + 2:ann.j + 4]) and _named_after(doc, ann.j + 2) is None


def _members_from(doc: ArticleDoc, ann: Ann) -> bool:
    """'personnel from Jamaica', 'Troops from Chad deployed': 'from' after a body of people names
    their state, unless a verb right before moves them ("withdrew its troops from Mali")."""
    keys = doc.tokens.key
    if ann.i < 2 or keys[ann.i - 1] != "from" or keys[ann.i - 2] not in MEMBERS:
        return False
    k = ann.i - 3
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    while k >= lo and keys[k] not in (",", ";", "(", "—"):
        if keys[k] in TRIGGERS:
            return False
        k -= 1
    return True


SUPPLIER_NOUNS = frozenset("supplier suppliers provider providers backer backers patron patrons".split())


def supplied_possessor(doc: ArticleDoc, ann: Ann) -> bool:
    """'Armenia's largest arms supplier': the possessor is who is supplied."""
    return _has_s(doc, ann) and any(k in SUPPLIER_NOUNS for k in doc.tokens.key[ann.j + 2:ann.j + 6])


def _has_s(doc: ArticleDoc, ann: Ann) -> bool:
    t = doc.tokens.text
    return ann.j + 1 < len(t) and t[ann.j] in ("'", "’") and t[ann.j + 1] in ("s", "S")


def _named_after(doc: ArticleDoc, k: int) -> Ann | None:
    """The actor or place named at token k, past up to three describing words ("paramilitary",
    "UN-recognised", "northern")."""
    keys = doc.tokens.key
    for n in range(k, min(k + 4, len(keys))):
        found = [a for a in doc.starting(n, ("actor", "place")) if a.via != "demonym"]  # not "Russia's Syrian bases"
        if found:
            return found[0]
        if keys[n] not in SKIPPABLE and not describing_word(doc, n) and not _capitalised(doc, n):
            return None
    return None


def modifies_next(doc: ArticleDoc, ann: Ann) -> bool:
    """A name that only locates or qualifies the name after it fills no role of its own: "Syria's
    Idlib province", "Libya's UN-recognised GNA", "Russia's Africa Corps", "the Black Sea port of
    Samsun", "the UN peacekeeping force UNIFIL" (the second name is the one meant). A city before a facility of its own stays the
    place ("Mogadishu's Aden Adde airport" is Mogadishu, as reporting locates events)."""
    keys = doc.tokens.key
    if ann.kind == "actor" and (_acronym_after(doc, ann) is not None or _force_named_after(doc, ann)):
        return True
    if _has_s(doc, ann):
        after = _named_after(doc, ann.j + 2)
        city = ann.kind == "place" and ann.entry.get("kind") == "city"
        return after is not None and not (city and after.kind == "place")  # "Mogadishu's Aden Adde airport": the city
    n = ann.j
    while n < len(keys) and n < ann.j + 3 and keys[n] in OF_PLACE_NOUNS:
        n += 1
    return n > ann.j and n < len(keys) and keys[n] == "of" and bool(doc.starting(n + 1, ("place",)))


NAMED_FORCE_NOUNS = frozenset(("force", "forces", "mission", "group", "coalition", "contingent", "operation", "militia"))


def _force_named_after(doc: ArticleDoc, ann: Ann) -> bool:
    """'the UN peacekeeping force UNIFIL', 'the African Union mission ATMIS', 'the Russian mercenary
    group Wagner': a body named right after the common noun that follows this name is the one meant."""
    keys = doc.tokens.key
    for n in range(ann.j, min(ann.j + 3, len(keys) - 1)):
        if keys[n] in NAMED_FORCE_NOUNS:
            return any(a.kind == "actor" for a in doc.starting(n + 1, ("actor",)))
        if not doc.tokens.text[n].islower():
            return False
    return False


def _acronym_after(doc: ArticleDoc, ann: Ann) -> Ann | None:
    """'The Southern African Development Community mission in Mozambique (SAMIM)': an actor's
    acronym in brackets names the whole phrase before it; the names inside that phrase only
    qualify it."""
    keys = doc.tokens.key
    if "(" not in keys[ann.j:min(ann.j + 6, len(keys) - 2)]:
        return None  # no bracket: checked first, most names have none
    for k in range(ann.j, min(ann.j + 6, len(keys) - 2)):
        if keys[k] == "(":
            inner = [a for a in doc.starting(k + 1, ("actor",)) if keys[a.j:a.j + 1] == [")"]]
            return inner[0] if inner and inner[0].entry.id != ann.entry.id else None
        if keys[k] in STOP or keys[k] in TRIGGERS:
            return None  # a verb ends the phrase an acronym can name
    return None


POSSESSIVE_WORDS = frozenset(("its", "their", "his", "her", "our"))
# Nouns a demonym turns into its country as a place.
TERRITORY_NOUNS = frozenset("border frontier territory soil airspace waters coast mainland".split())


def demonym_place(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The country of a demonym used as a place ("its Syrian garrison": in Syria)."""
    if ann.kind != "actor" or ann.via != "demonym" or demonym_use(doc, ann) != "place":
        return None
    entry = doc.catalog.get("place", ann.entry.id)
    return Ref(entry.id, entry.name, place_attrs(entry)) if entry is not None else None


def state_place(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The country of a state named by its full name where a place is meant ("deployed troops in the
    Democratic Republic of Congo": in that country); not one that only says whose the noun after it is
    ("at an Israeli army post": whose post)."""
    if ann.kind != "actor" or ann.via == "demonym" or any(w in METONYM_WORDS for w in doc.tokens.text[ann.i:ann.j]):
        return None  # "around the Kremlin" is no place of the whole country
    if qualifies_noun(doc, ann):
        return None
    entry = doc.catalog.get("place", ann.entry.id)
    return Ref(entry.id, entry.name, place_attrs(entry)) if entry is not None and entry.get("kind") == "country" else None


# Nouns a state's name before them says the owner of, not the place of ("a US destroyer", "the US embassy").
OWNED_NOUNS = BASE_NOUNS | FORCE_NOUNS | frozenset("""post posts position positions embassy consulate convoy convoys
vessel vessels ship ships warship warships destroyer destroyers frigate frigates tanker tankers carrier carriers
patrol patrols drone drones aircraft jet jets plane planes boat boats""".split())


def qualifies_noun(doc: ArticleDoc, ann: Ann) -> bool:
    """Whether a state's name only says whose the noun after it is: after 'a'/'an' ("a US destroyer",
    "an Israeli army post") or before a noun of a force, a facility or a vessel ("the US embassy")."""
    keys = doc.tokens.key
    nxt = keys[ann.j] if ann.j < len(keys) else ""
    return ann.i > 0 and keys[ann.i - 1] in ("a", "an") or nxt in OWNED_NOUNS or head_noun(nxt) is not None


FORCE_PAIRS = (["guards"], ["guard"], ["police"], ["troops"], ["forces"], ["units"])


PEOPLE_VERBS = frozenset(("have", "has", "had", "were", "are", "was", "is", "also", "then"))


def demonym_use(doc: ArticleDoc, ann: Ann) -> str | None:
    """'force' when a demonym heads a force ("the Malian army"), 'owner' before equipment, 'place'
    after another's possessive ("its Syrian garrison", "Russia's Libyan bases": the forces there),
    else None."""
    keys = doc.tokens.key
    possessed = ann.i > 0 and (keys[ann.i - 1] in POSSESSIVE_WORDS
                               or keys[ann.i - 1] == "s" and keys[ann.i - 2:ann.i - 1] in (["'"], ["’"]))
    if possessed:
        if any(k in FORCE_NOUNS or k in BASE_NOUNS for k in keys[ann.j:ann.j + 2]):
            return "place"
    if keys[ann.j:ann.j + 1] and keys[ann.j] in TERRITORY_NOUNS and keys[ann.j + 1:ann.j + 2] not in FORCE_PAIRS:
        return "place"  # "to the Russian border", "into Ukrainian territory"; not "Russian border guards"
    if any(doc.starting(k, ("equipment",)) for k in range(ann.j, ann.j + 2)):
        return "owner"  # "one Russian Tor-M2 air defence system": the name comes first
    for k in range(ann.j, min(ann.j + 3, len(keys))):
        if keys[k] in FORCE_NOUNS:
            named = keys[k + 1:k + 2] == ["of"] and _named_after(doc, k + 2) is not None
            return None if named else "force"  # "Armenian fighters of the Artsakh Defence Army": the army
    if any(doc.starting(k, ("equipment",)) for k in range(ann.j, ann.j + 4)):
        return "owner"
    if any(head_noun(k) is not None for k in keys[ann.j:ann.j + 3]) or keys[ann.j:ann.j + 1] in (["losses"], ["loss"]):
        return "owner"  # "five Indian aircraft", "Russian tanks", "Russian losses include 40 T-72 tanks"
    if _people_named(doc, ann):
        return "force"  # "the Americans vacated Camp Lemonnier", "the French handed over the base"
    return None


def _people_named(doc: ArticleDoc, ann: Ann) -> bool:
    """'The Americans vacated ...', 'the Russians left Tartus', 'the French handed over ...': a
    demonym after 'the' that is a noun (a plural, or one followed by a verb) names that side's people."""
    keys, texts = doc.tokens.key, doc.tokens.text
    if ann.i == 0 or keys[ann.i - 1] != "the" or ann.j >= len(keys):
        return False
    nxt = keys[ann.j]
    return texts[ann.j - 1].endswith("s") and texts[ann.j - 1][:1].isupper() \
        or nxt in TRIGGERS or nxt in PEOPLE_VERBS


def actor_ref(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The actor a mention stands for: an actor, or the state a country or capital stands for; a
    dateline ("BAGHDAD - ...") stands for nothing."""
    if ann.via == "dateline":
        return None
    if ann.kind == "actor":
        if ann.via == "demonym" and demonym_use(doc, ann) != "force":
            return None
        return ref_of(ann)
    if ann.kind == "place":
        data = ann.entry.data  # read directly: this runs for every place that may act
        state = data.get("capital_of") or (ann.entry.id if data.get("kind") == "country" else None)
        entry = doc.catalog.get("actor", state)
        if entry is not None:
            return Ref(entry.id, entry.name)
    return None


def fill(role_spec: str, doc: ArticleDoc, ann: Ann) -> list[tuple[str, Ref]]:
    """Resolve a frame's role spec ("recipient|destination", "actor|origin") for one mention.

    A place standing for its state as recipient is also the destination ("to Niamey"; "bombs for the
    RSF to Sudan": Sudan, where the RSF receives);
    a place attacked is also where the attack happened ("stormed Damascus").
    """
    if modifies_next(doc, ann) or tells(doc, ann) or names_maker(doc, ann):
        return []
    if seat_of_government(doc, ann) is not None:
        return []  # "the GNA in Tripoli": the GNA fills the role
    if supplied_possessor(doc, ann) and ("actor" in role_spec or "recipient" in role_spec):
        ref = actor_ref(doc, ann)
        return [("recipient", ref)] if ref is not None else []
    for role in role_spec.split("|"):
        if role in ("actor", "recipient"):
            ref = actor_ref(doc, ann)
        elif role == "target":
            ref = actor_ref(doc, ann) or place_ref(ann)
        else:
            ref = located_place(doc, ann) or demonym_place(doc, ann) or state_place(doc, ann)
        if ref is None:
            continue
        if role not in ("recipient", "target") or ann.kind != "place":
            return [(role, ref)]  # only a place that receives or is attacked is also where
        out = [(role, ref)]
        if role == "recipient" and "destination" in role_spec:
            out.append(("destination", located_place(doc, ann)))
        if role == "target" and not (ann.entry.get("kind") == "country" and qualifies_noun(doc, ann)):
            city = ann.entry.get("kind") not in ("country", None)
            out = [("destination", located_place(doc, ann))] + ([(role, ref)] if city else [])  # not "a US destroyer"
        return out
    return []


def names_maker(doc: ArticleDoc, ann: Ann) -> bool:
    """'a Boeing C-17 landed', 'the General Atomics MQ-9 Reaper': a company's name right before an item
    says who made it; it fills no role of the event."""
    return ann.kind == "actor" and ann.entry.get("kind") == "company" and bool(doc.starting(ann.j, ("equipment",)))


# Nouns of what a party says: "the US account", "Russia's version", "the Malian statement".
SAYING_NOUNS = frozenset("""account accounts claim claims accusation accusations allegation allegations report reports
statement statements version assessment assessments estimate estimates position view denial denials""".split())


def tells(doc: ArticleDoc, ann: Ann) -> bool:
    """'rejected the US account, saying Tehran does not send weapons': a name before a noun of
    saying only says whose words they are; it fills no role of the event told."""
    keys = doc.tokens.key
    k = ann.j + 2 if _has_s(doc, ann) else ann.j
    return k < len(keys) and keys[k] in SAYING_NOUNS


def possessive_of_place(doc: ArticleDoc, ann: Ann) -> bool:
    """'Bamako's airport', 'Syria's Idlib province': a possessive naming a location, not an owner."""
    keys = doc.tokens.key
    if not _has_s(doc, ann):
        return False
    nxt = keys[ann.j + 2:ann.j + 5]
    return any(k in PLACE_NOUNS for k in nxt) or any(doc.starting(k, ("place",)) for k in (ann.j + 2, ann.j + 3))
