"""Component: equipment, actors, places and sources named in the catalogs.

A place name right after a ship noun ("the landing ship Minsk", "the tanker Marlin Luanda") names the
ship, not the place; a town's name right before a noun of a natural feature ("the Dnipro river")
names the feature, not the town; a region's name before a noun of states ("the Gulf state", "Sahel
countries") names no place. An acronym alias written in mixed case ("LeT") names its entry only as written.

A place in capitals opening a sentence before a dash ("BAGHDAD - ...") is a dateline: it says
where the report was filed and is marked `via="dateline"` so that it fills no role.
"""
from __future__ import annotations

from functools import lru_cache

from materiel.catalog.model import Catalog
from materiel.extract.context import class_after, has_military_context
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.phrases import PhraseIndex, Target
from materiel.extract.registry import component
from materiel.extract.tokens import fold

# Which target wins when one span names several things (lower wins).
PRIORITY = {"equipment": 0, "source": 1, "actor": 2, "place": 3}
# Words of a state's alias that name a seat of power, not the territory ("the White House").
METONYM_WORDS = frozenset("House Kremlin Pentagon Palace Street Bottom Elysée Elysee Whitehall Bankova Zhongnanhai Rock Orsay Hill".split())
BASE_WORDS = frozenset("base bases airbase air airfield airport naval range camp facility".split())
PLACE_PRIORITY = {"base": 0, "airfield": 0, "naval_port": 0, "range": 0, "region": 1, "country": 2, "city": 3}


@lru_cache(maxsize=4)
def phrase_index(catalog: Catalog) -> PhraseIndex:
    """One phrase index over every name in the catalog (built once per catalog)."""
    index = PhraseIndex(catalog.cities)
    for entry in catalog.entries("equipment"):
        _add_names(index, "equipment", entry)
    for entry in catalog.entries("source"):
        _add_names(index, "source", entry)
    for entry in catalog.entries("actor"):
        if entry.get("kind") != "state":
            _add_names(index, "actor", entry)
            continue
        for demonym in entry.get("demonyms", ()):
            index.add(demonym, "actor", entry.id, "demonym")
        for force in entry.get("forces", ()):
            index.add(force, "actor", entry.id, "force")
        if not catalog.cities_loaded and entry.get("capital"):
            index.add(entry.get("capital"), "actor", entry.id, "capital")
    for entry in catalog.entries("place", cities=False):
        if entry.get("kind") == "country":
            _add_country(index, entry)
        else:
            _add_names(index, "place", entry)
    return index


def _add_country(index: PhraseIndex, entry) -> None:
    """A country's names are places standing for the state; metonyms ("the Kremlin") only name the state."""
    for name in entry.names:
        words = name.split()
        metonym = any(w[:1].islower() or w in METONYM_WORDS for w in words)
        index.add(name, "actor" if metonym else "place", entry.id, "name" if name == entry.name else "alias")


# "Haftar's forces" is also "Haftar's army", "Haftar's troops": a leader's force by any force noun.
LEADERS_FORCES = ("forces", "army", "troops", "fighters", "militia", "men")


def _add_names(index: PhraseIndex, kind: str, entry) -> None:
    index.add(entry.name, kind, entry.id, "name")
    for alias in entry.aliases:
        index.add(alias, kind, entry.id, "alias")
        if alias.endswith("'s forces"):
            for noun in LEADERS_FORCES[1:]:
                index.add(alias[:-len("forces")] + noun, kind, entry.id, "alias")


def rank(target: Target, catalog: Catalog, base_context: bool = False, countries: frozenset[str] = frozenset(),
         written: str = "") -> tuple:
    """Which of several targets of one span wins (lowest first): equipment, source, actor, place;
    among places a base only where base words stand next to the name ("Tartus naval base", "the
    port of Tartus"), else the city of that name; then one in a country the document names
    (Tokmak in a report on Zaporizhzhia is the Ukrainian town); then a city whose own name is the
    one `written` over one that only had it once (Pokrovsk is the Donetsk town, not Engels, once
    called Pokrovsk); then the most populous."""
    entry = catalog.get(target.kind, target.id)
    sub = 0
    if target.kind == "place":
        sub = PLACE_PRIORITY.get(entry.get("kind"), 4)
        if sub == 0 and not base_context:
            sub = 3.5
    elsewhere = int(target.kind == "place" and bool(countries) and entry is not None and entry.get("country") not in countries)
    population = -(entry.get("population") or 0) if entry is not None else 0
    other_name = int(bool(written) and target.kind == "place" and entry is not None and fold(entry.name) != written)
    return PRIORITY[target.kind], sub, elsewhere, other_name, population


def _base_context(toks, i: int, j: int, lo: int, hi: int) -> bool:
    near = toks.key[max(lo, i - 3):i] + toks.key[j:min(hi, j + 2)] + toks.key[i:j]
    return any(k in BASE_WORDS for k in near)


@component("gazetteer", assigns=("mentions.catalog",), requires=("tokens", "sentences"))
def gazetteer(doc: ArticleDoc) -> ArticleDoc:
    """Annotate every catalog name, sentence by sentence; ordinary-word aliases need military context."""
    index = phrase_index(doc.catalog)
    toks = doc.tokens
    spans = []  # (lo, hi, matches) of each sentence naming something
    for lo, hi, starts in doc.sentences_holding(index.starts(toks)):
        found = index.matches_from(toks, starts, hi)
        if found:
            spans.append((lo, hi, found))
    countries = _named_countries(doc.catalog, spans)
    for lo, hi, found in spans:
        starts = {i: targets for i, _, targets in found}
        for i, j, targets in found:
            local = _located_in(doc.catalog, toks, j, starts) if len(targets) > 1 else frozenset()
            target = _choose(targets, doc.catalog, toks, i, j, lo, hi, found, local or countries)
            if target is None:
                continue
            start, end = doc.char_span(i, j)
            entry = doc.catalog.get(target.kind, target.id)
            doc.anns.append(Ann(target.kind, i, j, start, end, entry, via=target.via))
    _datelines(doc)
    return doc


DASHES = frozenset(("-", "—", "–"))
DATELINE_LENGTH = 10  # tokens a dateline may span before its dash ("KYIV, Dec 3 (Reuters) -")


def _datelines(doc: ArticleDoc) -> None:
    """'BAGHDAD - US forces ...', 'ISHIGAKI, Okinawa (Reuters) -': a place written in capitals that
    opens a sentence and ends at a dash says where the report was filed; it is marked so that it
    fills no role of the events told after it."""
    toks = doc.tokens
    for lo, hi in doc.sentences:
        first = toks.text[lo]
        if not (len(first) > 2 and first.isupper() and any(c.isalpha() for c in first)):
            continue
        dash = next((k for k in range(lo + 1, min(hi, lo + DATELINE_LENGTH)) if toks.key[k] in DASHES), None)
        if dash is None:
            continue
        for ann in doc.anns:
            if lo <= ann.i and ann.j <= dash and ann.kind in ("place", "actor"):
                ann.via = "dateline"


def _located_in(catalog: Catalog, toks, j: int, starts: dict) -> frozenset[str]:
    """'Pokrovsk in the Donetsk region', 'Tokmak, Zaporizhzhia': the country of the region or
    country named right after a town says which town of that name is meant."""
    k = j + (j < len(toks) and toks.key[j] in ("in", ","))
    k += k < len(toks) and toks.key[k] == "the"
    if k == j:
        return frozenset()
    found = set()
    for target in starts.get(k, ()):
        entry = catalog.get(target.kind, target.id) if target.kind == "place" else None
        if entry is not None and entry.get("kind") in ("region", "country"):
            found.add(entry.get("country") or entry.id if entry.get("kind") == "region" else entry.id)
    return frozenset(found) if len(found) == 1 else frozenset()


def _named_countries(catalog: Catalog, spans) -> frozenset[str]:
    """Countries the document names without ambiguity: countries, states, their demonyms, regions."""
    out = set()
    for _, _, found in spans:
        for _, _, targets in found:
            if len(targets) != 1 or targets[0].kind not in ("place", "actor"):
                continue
            entry = catalog.get(targets[0].kind, targets[0].id)
            if entry is not None and entry.get("kind") in ("country", "state", "region"):
                out.add(entry.get("country") or entry.id if entry.get("kind") == "region" else entry.id)
    return frozenset(out)


def _choose(targets, catalog, toks, i, j, lo, hi, found, countries=frozenset()) -> Target | None:
    context = len(targets) > 1 and _base_context(toks, i, j, lo, hi)
    written = " ".join(toks.key[i:j]) if len(targets) > 1 else ""
    ranked = sorted(targets, key=lambda t: rank(t, catalog, context, countries, written)) if len(targets) > 1 else targets
    for target in ranked:
        if target.ambiguous and target.kind == "equipment" and (
                not has_military_context(toks, i, j, lo, hi, found) or _surname(toks, i, j, lo, hi, found)):
            continue
        if target.kind == "place" and j - i > 1 and not _written_as_name(toks, i, j) \
                and (_is_town(catalog, target) or _is_region(catalog, target)):
            continue  # "the mission said" is not The Mission, a district of San Francisco
        if target.kind == "place" and j < hi and toks.key[j] in STATE_NOUNS and _is_region(catalog, target):
            continue  # "the Gulf state", "Sahel countries": states of a region, no place
        if target.kind == "place" and j < hi and toks.key[j] in NATURAL_FEATURES and _is_town(catalog, target):
            continue  # "across the Dnipro river", "in the Nuba mountains": the feature, not the town of that name
        if target.kind == "place" and _ship_name(toks, i, lo):
            continue  # "the landing ship Minsk", "the tanker Marlin Luanda": a ship named after a place
        if target.kind == "place" and _name_begun_before(toks, i, lo, found) and catalog.get("place", target.id).get("kind") == "country":
            continue  # "in Puerto Jordan": a town whose name ends in a country's, not the country
        if target.kind == "place" and _name_goes_on(toks, j, hi):
            continue  # "the Marshall Islands-flagged tanker": a longer name, joined to a modifier
        if j - i == 1 and target.kind != "equipment" and _acronym(target.surface) and toks.text[i] != target.surface:
            continue  # "LeT" (Lashkar-e-Taiba) is not "Let" opening a name ("the village of Let Yet Kone")
        return target
    return None


def _acronym(surface: str) -> bool:
    """Whether an alias is a short acronym written in mixed case ("LeT", "DoD", "FAMa"): five letters
    at most, a capital after the first, not all capitals; such an alias names its party only as
    written (a designation like "BrahMos" is also written "Brahmos")."""
    return len(surface) <= 5 and surface.isalpha() and surface[1:] != surface[1:].lower() and not surface.isupper()


# Nouns of a natural feature a town's name may also name ("the Dnipro river", "the Panjshir valley").
NATURAL_FEATURES = frozenset("river mountains hills valley desert forest plateau basin delta peninsula gulf strait".split())
# Nouns of states a region's name may qualify ("the Gulf states", "Sahel countries", "Baltic nations").
STATE_NOUNS = frozenset("state states country countries nation nations monarchy monarchies".split())
SHIP_NOUNS = frozenset("""ship ships tanker vessel frigate cruiser corvette destroyer submarine carrier freighter
boat dhow trawler mv mt""".split())


def _ship_name(toks, i: int, lo: int) -> bool:
    """A name right after a ship noun, or after one capitalised word that follows it, names the ship."""
    k = i - 1
    if k > lo and toks.text[k][:1].isupper() and toks.key[k] not in SHIP_NOUNS:
        k -= 1  # "the tanker Marlin Luanda"
    return k >= lo and toks.key[k] in SHIP_NOUNS


FUNCTION_WORDS = frozenset("""to from in of and at on for with by the as into over after before via near across
than or but a an""".split())


def _name_begun_before(toks, i: int, lo: int, found) -> bool:
    """Whether a capitalised word that opens no sentence and names nothing known stands right before
    the name ("in Puerto Jordan"); not a function word of a title-case headline ("Jets Flown To Jordan")."""
    k = i - 1
    if k <= lo or not toks.text[k][:1].isupper() or not toks.text[k].isalpha() or toks.key[k] in FUNCTION_WORDS:
        return False
    return not any(a <= k < b for a, b, _ in found)


def _name_goes_on(toks, j: int, hi: int) -> bool:
    """Whether the name's next token is a capitalised word hyphened to a modifier ("Islands-flagged",
    "Faso-based"): the name is longer than the match."""
    if j >= hi:
        return False
    text = toks.text[j]
    head, _, tail = text.partition("-")
    return bool(tail) and head[:1].isupper() and head.isalpha() and tail.islower()


def _surname(toks, i: int, j: int, lo: int, hi: int, found) -> bool:
    """'chief executive Haluk Bayraktar said': an ordinary-word name right after a capitalised word
    that opens no sentence and names nothing known, with no class noun after it, is a surname."""
    k = i - 1
    if k <= lo or not toks.text[k][:1].isupper() or toks.text[k].isupper() or not toks.text[k].isalpha():
        return False
    return not any(a <= k < b for a, b, _ in found) and not class_after(toks, j, hi)[0]


def _is_region(catalog: Catalog, target: Target) -> bool:
    entry = catalog.get("place", target.id)
    return entry is not None and entry.get("kind") == "region"


def _is_town(catalog: Catalog, target: Target) -> bool:
    return catalog.cities_loaded and catalog.get("place", target.id).get("kind") == "city"


def _written_as_name(toks, i: int, j: int) -> bool:
    """A several-word place name has a capitalised word besides a leading article ("The Hague")."""
    return any(toks.text[k][:1].isupper() for k in range(i, j) if toks.key[k] not in ("the", "a", "an"))
