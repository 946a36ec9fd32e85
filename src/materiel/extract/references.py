"""Component: references back to places and actors named earlier.

Places: "Rwanda deployed troops to the country" names the country last mentioned before it (not
a supplier after 'from': "took delivery of drones from Turkey"); "withdrew from the town" the last
town; "the peninsula", "the strip", "the enclave", "the island" the last region (or town) named; "the port",
"the harbour" the last port, else the last town; "the base", "the facility", "the camp", "the apron" the last facility;
"Syria, where Russia evacuated its bases": 'where' after a place and a comma is that place (roles
read it as "in Syria").
Actors: "the junta" (and "junta" before a force or an item, "a junta aircraft") is the state last
named next to "junta", "military government" or "military rulers/leaders", else the last state named before the sentence that
is not the sentence's own subject; "the group" the last
armed group or private military company; "the force", "the mission" the last mission or alliance;
"the North", "the South" the state named "North ..."/"South ..." ("the North" after North Korea);
"Rwanda, whose troops" the state before 'whose'; "the military government in Bamako", "the
authorities in Kyiv" the state of that capital (one actor, not a place); "has supplied it with" (a giving verb, 'it' or
'them', then 'with') the latest actor named before it that is not the sentence's subject; "his
forces" the latest group named as a person's ("Khalifa Haftar's Libyan National Army"); "the army"
or a bare "Army drones" the state whose army was named before ("Sudan's army", "the Sudanese army").
A reference becomes an annotation over its words, pointing at that earlier entry, so roles and the
record treat it like a name.
"""
from __future__ import annotations

from functools import cache

from materiel.extract import lexicon as lx
from materiel.extract.doc import TEXT_ORDER, Ann, ArticleDoc
from materiel.extract.registry import component
from materiel.extract.tokens import norm_token

FACILITIES = ("base", "airfield", "naval_port")
# the noun -> the kinds of place it can refer back to
NOUNS: dict[str, tuple[str, ...]] = {
    "country": ("country",), "nation": ("country",),
    "town": ("city",), "city": ("city",), "village": ("city",),
    "region": ("region", "country"), "province": ("region",), "enclave": ("region",), "exclave": ("region",),
    "peninsula": ("region",), "strip": ("region",), "island": ("region", "city"), "archipelago": ("region",),
    "area": ("region", "city"), "capital": ("city",),
    # "struck the port of Hodeidah ... a ship was hit in the port": the last port, else the last town
    "port": ("naval_port", "city"), "harbour": ("naval_port", "city"), "harbor": ("naval_port", "city"),
    # a facility's parts and names point back to the last facility: "parked on the apron"
    **{w: FACILITIES for w in ("base", "airbase", "airfield", "airport", "apron", "runway", "hangars", "facility", "camp",
                               "garrison", "installation", "hub")},
}
DETERMINERS = frozenset(("the", "that"))
# the noun -> the kinds of actor it can refer back to, in tiers of preference ("the force" is the
# latest mission, else the latest alliance); "state" for juntas and regimes
ACTOR_NOUNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "junta": (("state",),), "regime": (("state",),), "group": (("armed_group", "pmc"),),
    "militia": (("armed_group",),), "force": (("mission",), ("alliance",)), "mission": (("mission",),),
    "corps": (("pmc",),),  # "Russia's Africa Corps ... the corps already has 2,000 personnel in Mali"
}
# Words near a state's name that say its government is a junta ("Mali's junta", "the military government in Bamako").
JUNTA_CUES = frozenset(("junta", "juntas", "coup", "putschists"))
COMPASS = {"North": "North ", "South": "South "}
ARMY_NOUNS = frozenset(("army", "military"))
WHERE = frozenset(("where",))
# The words an actor reference may stand on (_actor_references tries no other token).
ACTOR_REFERENCE_WORDS = frozenset((*ACTOR_NOUNS, "junta", "regime", *map(norm_token, COMPASS), "whose", "it", "them",
                                   "his", "her", *ARMY_NOUNS))


@component("references", assigns=("mentions.references",), requires=("mentions.catalog",))
def references(doc: ArticleDoc) -> ArticleDoc:
    """Annotate 'the country', 'the town' ... with the place they refer back to."""
    keys = doc.tokens.key
    places = sorted((a for a in doc.anns if a.kind == "place"), key=TEXT_ORDER)
    covered = doc.covered()
    for k in doc.positions(NOUNS, 1):
        kinds = NOUNS[keys[k]]
        if keys[k - 1] not in DETERMINERS or k in covered or _modified(keys, k):
            continue
        if kinds == FACILITIES and k + 1 < len(keys) and keys[k + 1] in ("in", "at", "near", "outside"):
            continue  # "the airport in Niamey" names its own place
        antecedent = _antecedent(doc, places, k, kinds, keys[k] == "capital")
        if antecedent is not None:
            start, end = doc.char_span(k - 1, k + 1)
            doc.anns.append(Ann("place", k - 1, k + 1, start, end, antecedent, via="reference"))
    _where(doc, places, covered)
    _seats(doc, places, covered)
    _actor_references(doc, covered)
    return doc


def _where(doc: ArticleDoc, places: list[Ann], covered: set[int]) -> None:
    """'Syria, where Russia evacuated its bases': 'where' right after a place and a comma is that place."""
    keys = doc.tokens.key
    ends = {p.j: p for p in places}
    for k in doc.positions(WHERE, 2):
        if keys[k - 1] == "," and k - 1 in ends and k not in covered and _verb_before_comma(keys, k):
            place = ends[k - 1]
            doc.anns.append(Ann("place", k, k + 1, *doc.char_span(k, k + 1), place.entry, via="where"))


# Nouns for a state's rulers ("the military government in Bamako") and the words that may qualify them.
SEAT_NOUNS = frozenset("government junta authorities regime leadership rulers administration".split())
SEAT_WORDS = frozenset("the military ruling transitional interim".split())


def _seats(doc: ArticleDoc, places: list[Ann], covered: set[int]) -> None:
    """'the military government in Bamako', 'the authorities in Kyiv': a government noun and its
    capital are one reference to the state (an actor), not a place."""
    keys = doc.tokens.key
    for place in places:
        k = place.i - 2
        if not place.entry.get("capital_of") or k < 0 or keys[k + 1] != "in" or keys[k] not in SEAT_NOUNS:
            continue
        state = doc.catalog.get("actor", place.entry.get("capital_of"))
        if state is None:
            continue
        while k > 0 and keys[k - 1] in SEAT_WORDS:
            k -= 1
        doc.replace(place, Ann("actor", k, place.j, *doc.char_span(k, place.j), state, via="reference"))
        covered.update(range(k, place.j))


def _verb_before_comma(keys: list[str], k: int) -> bool:
    """The relative clause has an event word of its own before its comma; the clause after that
    comma ("..., where X happened, and reached Y") is the main clause again."""
    for n in range(k + 1, len(keys)):
        if keys[n] in (",", ".", ";"):
            return False
        if keys[n] in lx.TRIGGERS:
            return True
    return False


def _actor_references(doc: ArticleDoc, covered: set[int]) -> None:
    """'the junta', 'the group', 'the force', 'the North', 'X, whose troops': actor annotations
    pointing at the actor they refer back to."""
    keys, text = doc.tokens.key, doc.tokens.text
    actors = cache(lambda: _state_mentions(doc))  # read when a reference first needs them (before it adds one)
    for k in doc.positions(ACTOR_REFERENCE_WORDS, 1):
        if k in covered:
            continue
        entry, span = None, (k - 1, k + 1)
        if keys[k - 1] == "the" and keys[k] in ACTOR_NOUNS and not _modified(keys, k) and text[k].islower():
            entry = _actor_antecedent(doc, actors(), k, ACTOR_NOUNS[keys[k]])
        elif keys[k] in ("junta", "regime") and _lower_or_opening(doc, k) and k + 1 < len(keys) and _owned_noun(keys[k + 1]):
            entry, span = _actor_antecedent(doc, actors(), k, ACTOR_NOUNS[keys[k]]), (k, k + 1)  # "a junta aircraft"
        elif keys[k - 1] == "the" and text[k] in COMPASS and not (k + 1 < len(keys) and text[k + 1][:1].isupper()):
            entry = _compass_state(actors(), k, COMPASS[text[k]])
        elif keys[k] == "whose" and keys[k - 1] == ",":
            before = [a for a, _ in actors() if a.j == k - 1]
            entry, span = (_as_actor(doc, before[0]) if before else None), (k, k + 1)
        elif keys[k] in ("it", "them") and k + 1 < len(keys) and keys[k + 1] == "with" and _gives(keys[k - 1]):
            entry, span = _object_antecedent(doc, actors(), k), (k, k + 1)
        elif keys[k] in ("his", "her") and k + 1 < len(keys) and keys[k + 1] in lx.FORCE_NOUNS:
            entry, span = _leader_group(doc, actors(), k), (k, k + 2)
        elif keys[k] in ARMY_NOUNS and _bare(doc, k):
            span = (k - 1, k + 1) if keys[k - 1] == "the" else (k, k + 1)
            entry = _army_state(doc, actors(), k)
        if entry is not None:
            doc.anns.append(Ann("actor", *span, *doc.char_span(*span), entry, via="reference"))


def _lower_or_opening(doc: ArticleDoc, k: int) -> bool:
    return doc.tokens.text[k].islower() or doc.sentences[doc.sentence_of(k)][0] == k


def _owned_noun(key: str) -> bool:
    """'junta aircraft', 'regime forces': a noun the junta word before it owns."""
    from materiel.extract.context import head_noun

    return key in lx.FORCE_NOUNS or head_noun(key) is not None


def _state_mentions(doc: ArticleDoc) -> list[tuple[Ann, object]]:
    """Every actor named in the text, with its actor entry (a country or capital as its state)."""
    out = []
    for a in sorted(doc.anns, key=TEXT_ORDER):
        entry = _as_actor(doc, a)
        if entry is not None:
            out.append((a, entry))
    return out


def _as_actor(doc: ArticleDoc, ann: Ann):
    if ann.kind == "actor":
        return ann.entry
    if ann.kind == "place":
        state = ann.entry.get("capital_of") or (ann.entry.id if ann.entry.get("kind") == "country" else None)
        return doc.catalog.get("actor", state)
    return None


def _actor_antecedent(doc: ArticleDoc, actors: list, k: int, tiers: tuple[tuple[str, ...], ...]):
    """The latest actor of the first tier of kinds that has one, named before the reference; for a
    state, one named next to a junta cue wins, and never one named earlier in the reference's own
    sentence (its subject)."""
    first = doc.sentences[doc.sentence_of(k)][0]
    own = {e.id for a, e in actors if first <= a.i < k}
    state = tiers == (("state",),)
    wanted = {kind for tier in tiers for kind in tier}
    found = [(a, e) for a, e in actors if a.j <= k - 1 and e.get("kind") in wanted and not (state and e.id in own)]
    if state:
        found = [f for f in found if _junta_cue(doc, f[0], k)] or [f for f in found if f[0].j <= first]
    for kinds in tiers:
        of_kind = [e for a, e in found if e.get("kind") in kinds]
        if of_kind:
            return of_kind[-1]
    return None


def _bare(doc: ArticleDoc, k: int) -> bool:
    """'the army', or 'Army' opening a sentence: no owner said before it, and none after ("the army of Mali")."""
    keys, text = doc.tokens.key, doc.tokens.text
    opening = doc.sentences[doc.sentence_of(k)][0] == k and text[k][0].isupper()
    after = k + 1 < len(keys) and keys[k + 1] in ("of", "'", "’")
    return (opening or (keys[k - 1] == "the" and text[k].islower())) and not after


def _army_state(doc: ArticleDoc, actors: list, k: int):
    """The latest state named right before an army word earlier ("Sudan's army", "Sudanese army")."""
    keys = doc.tokens.key
    found = [e for a, e in actors if a.j < k - 1 and e.get("kind") == "state"
             and (keys[a.j] in ARMY_NOUNS or keys[a.j] in ("'", "’") and keys[a.j + 2:a.j + 3] == [keys[k]] or a.via == "force")]
    return found[-1] if found else None


def _gives(key: str) -> bool:
    hit = lx.TRIGGERS.get(key)
    return hit is not None and hit[0] == "transfer" and hit[1] is lx.GIVE


def _object_antecedent(doc: ArticleDoc, actors: list, k: int):
    """'Turkey, which signed a pact with the GNA, has supplied it with TB2s': the latest actor
    before 'it' in its sentence or the one before, other than the sentence's first (its subject)."""
    s = doc.sentence_of(k)
    lo = doc.sentences[max(0, s - 1)][0]
    first = doc.sentences[s][0]
    here = [(a, e) for a, e in actors if lo <= a.i and a.j <= k]
    subject = next((e.id for a, e in here if a.i >= first), None)
    found = [e for a, e in here if e.id != subject]
    return found[-1] if found else None


def _leader_group(doc: ArticleDoc, actors: list, k: int):
    """'his forces': the latest armed group named after a person's possessive ("Haftar's LNA")."""
    text = doc.tokens.text
    found = [e for a, e in actors if a.j <= k and e.get("kind") in ("armed_group", "pmc") and a.i >= 3
             and text[a.i - 1] in ("s", "S") and text[a.i - 2] in ("'", "’") and text[a.i - 3][:1].isupper()
             and not doc.ending(a.i - 2, ("actor", "place"))]
    return found[-1] if found else None


def _junta_cue(doc: ArticleDoc, ann: Ann, k: int) -> bool:
    """A state named as a junta: "Mali's junta", "the Malian junta", "the junta in Bamako", "the
    military government in Niamey", "Niger's military rulers" (before the reference)."""
    keys = doc.tokens.key
    after = keys[ann.j:min(ann.j + 3, k - 1)]
    before = keys[max(0, ann.i - 3):ann.i]
    governed = len(before) >= 2 and before[-1] in ("in", "of") and (
        before[-2] in JUNTA_CUES or before[-2:] == ["government", "in"] and before[-3:-2] == ["military"])
    own = keys[ann.i:ann.j]  # "the military government in Bamako" as one reference
    seat = not JUNTA_CUES.isdisjoint(own) or "military" in own and "government" in own
    ruled = any(keys[n] == "military" and (keys[n + 1] in SEAT_NOUNS or keys[n + 1] in ("leaders", "leader"))
                for n in range(ann.j, min(ann.j + 4, k - 2)))
    return not JUNTA_CUES.isdisjoint(after) or governed or seat or ruled  # "Niger's military rulers"


def _compass_state(actors: list, k: int, prefix: str):
    """'the North' after North Korea was named: the latest state named 'North ...'."""
    found = [e for a, e in actors if a.j <= k and e.get("kind") == "state" and e.name.startswith(prefix)]
    return found[-1] if found else None


def _modified(keys: list[str], k: int) -> bool:
    """'the country's army', 'the city of Goma': a possessive or an 'of' phrase is no bare reference;
    but a town's possessive before its facilities is ("the capital's airport": at the capital)."""
    if k + 1 >= len(keys) or keys[k + 1] not in ("'", "of"):
        return False
    return not (keys[k] in TOWN_NOUNS and keys[k + 1] == "'" and not FACILITY_WORDS.isdisjoint(keys[k + 3:k + 6]))


TOWN_NOUNS = frozenset(("capital", "city", "town"))
FACILITY_WORDS = frozenset("airport airfield airbase port harbour harbor base docks seaport".split())


def _antecedent(doc: ArticleDoc, places: list[Ann], k: int, kinds: tuple[str, ...], capital: bool):
    """The latest matching place of earlier sentences (a place in the same sentence is more often
    the subject than what the reference points back to), else of this sentence."""
    first = doc.sentences[doc.sentence_of(k)][0]
    earlier = [p for p in places if p.j <= first]
    same = [p for p in places if first <= p.i and p.j <= k - 1]
    own = _states_named_before(doc, first, k)  # "Russian instructors ... in the country": not Russia
    candidates = [a for a in (*reversed(earlier), *reversed(same)) if a.entry.id not in own and not _supplier(doc, a)]
    if capital:  # a capital named as a place before, else the capital of the last country named
        named = next((a.entry for a in candidates if a.entry.get("capital_of") and not _speaks(doc, a)), None)
        country = next((a.entry for a in candidates if a.entry.get("kind") == "country"), None)
        return named or (_capital_of(doc, country.id) if country is not None else None)
    for kind in kinds:  # "the region": a region named before, else a country
        found = next((a.entry for a in candidates if a.entry.get("kind") == kind), None)
        if found is not None:
            return found
    return None


def _supplier(doc: ArticleDoc, ann: Ann) -> bool:
    """'took delivery of drones from Turkey': a country after 'from' that a receiving word or a noun
    of supply governs names the supplier, a party, not the place a later 'the country' means."""
    keys = doc.tokens.key
    if ann.i < 1 or keys[ann.i - 1] != "from":
        return False
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    return any(k in lx.SUPPLY_NOUNS or lx.TRIGGERS.get(k, ("", None))[1] is lx.RECEIVE for k in keys[max(lo, ann.i - 14):ann.i - 1])


STATE_VERBS = frozenset("""has had have is was will would says said denies denied rejects rejected claims claimed
accuses accused insists insisted""".split())


def _speaks(doc: ArticleDoc, ann: Ann) -> bool:
    """'Tehran had sent weapons', 'Moscow says': a capital standing for its state, not a place that
    'the capital' can point back to."""
    keys = doc.tokens.key
    return ann.j < len(keys) and keys[ann.j] in STATE_VERBS


def _states_named_before(doc: ArticleDoc, lo: int, k: int) -> set[str]:
    """States whose forces or people are named earlier in the reference's own sentence, or that
    own what comes before it ("Russia's overnight attack on the capital": not Moscow)."""
    from materiel.extract.roles import governing_prep

    keys = doc.tokens.key
    named = doc.in_sentence(doc.sentence_of(k), ("actor", "place"))
    return {a.entry.id for a in named if a.i < k and (
        a.kind == "actor" and a.entry.get("kind") == "state"
        or a.entry.get("kind") == "country" and keys[a.j:a.j + 2] == ["'", "s"]
        or a.entry.get("kind") == "country" and governing_prep(doc, a, lo) is None and _before_verb(keys, a.j))}


def _before_verb(keys: list[str], j: int) -> bool:
    """'France withdrew its troops from the country': a country right before a verb is the subject."""
    return j < len(keys) and (keys[j] in lx.TRIGGERS or keys[j] in STATE_VERBS)


def _capital_of(doc: ArticleDoc, state: str):
    actor = doc.catalog.get("actor", state)
    name = actor.get("capital") if actor is not None else None
    if not name:
        return None
    from materiel.catalog.stats import find_exact

    entry = find_exact(doc.catalog, name)
    return entry if entry is not None and entry.kind == "place" else None
