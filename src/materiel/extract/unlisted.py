"""Component: places the gazetteer does not list, named after a locative preposition.

Villages, camps and districts below the cities' population floor still carry events: "stormed a
base at Wajiroko", "struck a camp near Dedebit". One to three capitalised words right after in,
near, at, outside, around, from, towards, into, through, over, "out of" or "the village (island, district) of" (after
on, to, off: only with a landform noun, "on Anacoco island", or a facility noun, "to Tanagra air
base"; anywhere between "the" and a facility noun, "hit the Ras Isa fuel port"; after "on"
following an attack noun, "an assault on Chasiv Yar"), that no catalog names, become a place
annotation with no id and no coordinates: roles take it, the record shows it, nothing invents
where it is. Words that are only facility nouns ("at Air Base 101 in Bamako") name no place: the town
after them does (with no town after them, the catalog's facility of that number in a country the
document names: facilities.numbered_facility). Ships named with a navy's prefix: ships.py. After "the town/village of", capitalised words that run into a catalog name make one
longer name ("the town of Bint Jbeil" is no Jbeil). A known place right after an unlisted one
("Batajnica air base near Belgrade") gives it its country. A name the text calls a maker ("drone maker Baykar", "the manufacturer Otokar"), or
one ending in a company word ("Turkish Aerospace", "Rafael Advanced Defense Systems"), is a
company wherever it appears, an actor with no id, never a place ("took delivery of TB2s from
Baykar"). A name after a noun of a news outlet ("news agency Lusa", "state broadcaster MRTV") is a
source of that type with no id. A compass word before a country or a listed region of one names a part of it ("northern Iraq",
"northern Rakhine"), in that country. A compass word before unlisted words opens their name ("in
northern Kayin state"). A known town
before a unit named after it ("Kani township") names that unit, in the town's country.
A landform or administrative noun after the words belongs to the name ("the Netzarim corridor", "the
edge of the Sambisa forest", "over Kayah state", "in Kani township"); with "the" before the words, the landform noun is required, so "in the
Pentagon" stays no place.
"""
from __future__ import annotations

import re

from materiel.catalog.model import Entry
from materiel.extract.dates import MONTHS, WEEKDAYS
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.facilities import numbered_facility
from materiel.extract.gazetteer import STATE_NOUNS
from materiel.extract.lexicon import TRIGGERS
from materiel.extract.registry import component
from materiel.extract.ships import ships
from materiel.extract.tokens import norm_token

LOCATIVE = frozenset(("in", "near", "at", "outside", "around", "from", "towards", "toward", "into", "through", "over"))
# Prepositions that name an unlisted place only with a landform noun after it ("on Anacoco island",
# "to Batan island", "off Hainan island"): "on Monday", "to Kenya" stay what they are.
LANDFORM_LOCATIVE = frozenset(("on", "to", "off", "onto"))
# Nouns after which 'of' locates like a preposition: "out of Hmeimim", "the edge of the Sambisa forest".
OF_HEADS = frozenset(("out", "edge", "outskirts", "vicinity", "fringes", "heart", "banks", "shores", "village", "town",
                      "hamlet", "settlement", "villages", "towns", "island", "islands", "district", "province"))
# Landform and route nouns that end a place name written with a lowercase generic word.
# Participles before 'by' and a maker's name ("made by Roketsan", "built by Otokar").
MADE = frozenset("made built produced manufactured designed developed".split())
# Nouns right before a company's name ("drone maker Baykar", "defence firm Roketsan").
MAKER_NOUNS = frozenset("maker makers manufacturer manufacturers producer firm company contractor shipbuilder shipyard".split())
LANDFORMS = frozenset("""corridor forest valley desert mountains hills river lake strait gulf peninsula plateau pass
basin delta bay island islands heights canal crossing""".split())
# Administrative nouns a name keeps after it ("Kayah state", "Kani township", "Idlib governorate"):
# like a landform noun, part of the place's name (not after "the": "in the Far North region").
ADMIN_NOUNS = frozenset("state township district province region county governorate oblast prefecture municipality".split())
NAME_NOUNS = LANDFORMS | ADMIN_NOUNS
# Capitalised words after "in"/"at" that are not places.
NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Arabic French Russian Congress Parliament
Telegram Twitter Facebook YouTube Instagram Reuters The A An This That These Those Its Their His Her It We They
Operation Mr Ms Dr President General Minister Prime Christmas Easter Ramadan Eid New""".split())
# The tokens unlisted tries (no other): the words a place may follow, ship prefixes, a company's cues.
PLACE_CUES = LOCATIVE | LANDFORM_LOCATIVE | {"of"}
COMPANY_CUES = MAKER_NOUNS | MADE
WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|(?:al|el|ad|as|ar|an|ash|at)-[A-Z][a-zà-ÿ'’]+)$")


@component("unlisted", assigns=("mentions.unlisted",), requires=("mentions.catalog",))
def unlisted(doc: ArticleDoc) -> ArticleDoc:
    """Annotate warships by their navy's prefix, companies the text names as makers, then
    capitalised names after a locative preposition, that no catalog lists."""
    toks = doc.tokens
    covered = doc.covered()
    ships(doc, covered)
    _companies(doc, covered)
    _outlets(doc, covered)
    _country_parts(doc)
    _town_units(doc)
    for lo, hi, cues in doc.sentences_holding(_cues_before_names(doc)):
        for k in cues:
            if k == hi - 1:
                continue  # a sentence's last word is followed by no name
            attacked = _attack_on(toks.key, k, lo)
            landform_only = toks.key[k] in LANDFORM_LOCATIVE and not attacked
            if not landform_only and not attacked and not _locative(toks.key, k, lo):
                continue
            after_the = toks.key[k + 1] == "the"
            first = k + 2 if after_the else k + 1
            compass = not after_the and toks.text[first] in COMPASS_PARTS  # "in northern Shan state"
            first += compass
            if first in covered or first >= hi:
                continue
            j = first
            while j < hi and j - first < 3 and j not in covered and WORD.match(toks.text[j]) and _word_ok(toks.text[j]):
                j += 1
            if j > first and all(w in FACILITY_NOUNS or w in FACILITY_MODIFIERS for w in toks.key[first:j]):
                _numbered(doc, first, j, covered)  # "at Air Base 101" in a report on Niger: Niamey's
                continue  # "at Air Base 101 in Bamako": a facility noun names no place; the town does
            if j > first and toks.key[k] == "of" and _longer_name(doc, first, j, covered):
                continue  # "the town of Bint Jbeil": no Jbeil (Byblos) inside the longer name
            if after_the and j < hi and toks.key[j] in STATE_NOUNS:
                continue  # "from the Gulf state": a state of a region, no place
            nouns = LANDFORMS if after_the else NAME_NOUNS  # "in the Far North region" is no name of its own
            landform = j < hi and toks.key[j] in nouns and j not in covered
            named_landform = j > first and toks.key[j - 1] in NAME_NOUNS  # "the Gorom Hills", "Sagaing Region"
            if j > first and _facility_after(toks.key, j, hi) and FORCE_WORDS.isdisjoint(toks.text[first:j]):
                named_landform = True  # "to Tanagra air base": the name is the place, the base noun is not
            if j == first or ((after_the or landform_only) and not (landform or named_landform)) \
                    or (j < hi and j in covered and not landform):
                continue
            j += landform
            first -= compass  # the compass word opens the name: "northern Shan state"
            start, end = toks.start[first], toks.end[j - 1]
            entry = Entry("place", None, doc.text[start:end], (), {"kind": "unlisted", "country": None, "lat": None, "lon": None})
            doc.anns.append(Ann("place", first, j, start, end, entry, via="unlisted"))
            covered.update(range(first, j))
    _named_facilities(doc, covered)
    _countries_of_neighbours(doc)
    return doc


def _numbered(doc: ArticleDoc, first: int, j: int, covered: set[int]) -> None:
    """Annotate facility nouns and a number ("Air Base 101") as the catalog facility they name."""
    if j >= len(doc.tokens.key) or not doc.tokens.key[j].isdigit() or j in covered:
        return
    entry = numbered_facility(doc, first, j)
    if entry is not None:
        doc.anns.append(Ann("place", first, j + 1, *doc.char_span(first, j + 1), entry, via="alias"))
        covered.update(range(first, j + 1))


# Words that may stand between an unlisted place and the known place that locates it.
LOCATING = frozenset(("near", "outside", "in", "close"))


def _countries_of_neighbours(doc: ArticleDoc) -> None:
    """'Batajnica air base near Belgrade', 'the village of Kurakhivka in Donetsk Oblast': an unlisted
    place located by a known place right after it lies in that place's country, and so does one in
    apposition after a country ("in the east of the DRC, in South Kivu province")."""
    keys = doc.tokens.key
    for ann in [a for a in doc.anns if a.kind == "place" and a.via == "unlisted" and a.entry.get("country") is None]:
        k = ann.j
        while k < len(keys) and k - ann.j < 2 and (keys[k] in FACILITY_NOUNS or keys[k] in FACILITY_MODIFIERS):
            k += 1  # "Batajnica air base near Belgrade"
        known = []
        if k + 1 < len(keys) and keys[k] in LOCATING:
            k += 1 + (keys[k] == "close" and keys[k + 1:k + 2] == ["to"])
            k += k < len(keys) and keys[k] == "the"
            known = [a for a in doc.starting(k, ("place",)) if a.entry.get("country")]
        known = known or _country_before(doc, ann)
        if known:
            entry = Entry("place", None, ann.entry.name, (), {**ann.entry.data, "country": known[0].entry.get("country")})
            doc.replace(ann, Ann("place", ann.i, ann.j, ann.start, ann.end, entry, via="unlisted"))


def _country_before(doc: ArticleDoc, ann: Ann) -> list[Ann]:
    """'deployed in the east of the DRC, in South Kivu province': a country right before the
    locative phrase of the unlisted place (past a comma) is the country it lies in."""
    keys = doc.tokens.key
    k = ann.i - 1 - (ann.i > 0 and keys[ann.i - 1] == "the")
    if k < 2 or keys[k] not in LOCATIVE and keys[k] != "to":
        return []  # "deployed to Azerbaijan, to the Gabala air base" too
    end = k - (keys[k - 1] == ",")  # "in the DRC in South Kivu province", "..., in South Kivu province"
    return [a for a in doc.ending(end, ("place",)) if a.entry.get("kind") == "country" and a.entry.get("country")]


def _longer_name(doc: ArticleDoc, first: int, j: int, covered: set[int]) -> bool:
    """'the town of Bint Jbeil', 'the village of Kafr Nabl': capitalised words the text names a
    town or village with, that run into a catalog name, are one longer name; the catalog name
    inside it is no place of its own. Annotates the whole name as unlisted."""
    inner = doc.starting(j, ("place",)) if j in covered else []
    if len(inner) != 1 or inner[0].j - first > 4 or doc.starting(j, ("actor", "equipment")):
        return False
    toks = doc.tokens
    start, end = toks.start[first], toks.end[inner[0].j - 1]
    entry = Entry("place", None, doc.text[start:end], (), {"kind": "unlisted", "country": None, "lat": None, "lon": None})
    doc.replace(inner[0], Ann("place", first, inner[0].j, start, end, entry, via="unlisted"))
    covered.update(range(first, inner[0].j))
    return True


# Nouns right before an outlet's name ("Portuguese news agency Lusa", "state broadcaster MRTV").
OUTLET_NOUNS = {"agency": "news_agency", "broadcaster": "broadcaster", "newspaper": "outlet", "daily": "outlet",
                "channel": "broadcaster", "outlet": "outlet", "website": "outlet", "tabloid": "outlet",
                "weekly": "outlet", "television": "broadcaster", "radio": "broadcaster", "site": "outlet"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")


def _outlets(doc: ArticleDoc, covered: set[int]) -> None:
    """'Portuguese news agency Lusa', 'state broadcaster MRTV', 'the newspaper Haaretz', 'the RTS
    broadcaster': a name no catalog lists right after a noun of a news outlet, or between 'the' and
    it, is a source of that type (it is cited)."""
    toks = doc.tokens
    for lo, hi, nouns in doc.sentences_holding(doc.positions(OUTLET_NOUNS)):
        for k in nouns:
            kind = OUTLET_NOUNS[toks.key[k]]
            if k == hi - 1 or not toks.text[k].islower() or k + 1 in covered \
                    or (toks.key[k] == "agency" and toks.key[k - 1] not in ("news", "press")):
                continue  # "intelligence agency Mossad" is no outlet
            j = k + 1
            while j < hi and j - k <= 3 and j not in covered and _name_word(toks.text[j]):
                j += 1
            first = k + 1
            if j == k + 1:  # "the RTS broadcaster", "the Tanjug news agency": the name before the noun
                j = k - (toks.key[k - 1] == "news" and toks.key[k] in ("agency", "site"))
                first = j
                while first - 1 > lo and j - first < 3 and first - 1 not in covered and _name_word(toks.text[first - 1]):
                    first -= 1
                if first == j or toks.key[first - 1] != "the":
                    continue
            start, end = toks.start[first], toks.end[j - 1]
            entry = Entry("source", None, doc.text[start:end], (), {"type": kind, "country": None})
            doc.anns.append(Ann("source", first, j, start, end, entry, via="unlisted"))
            covered.update(range(first, j))


def _name_word(word: str) -> bool:
    return (bool(WORD.match(word)) or bool(ACRONYM.match(word))) and _word_ok(word)


# Words that name a part of the country after them ("northern Iraq", "south-eastern Turkey").
COMPASS_PARTS = frozenset("""northern southern eastern western central northeastern northwestern southeastern
southwestern north-eastern north-western south-eastern south-western""".split())


# Units named after their town that are not the town ("Kani township", "Hsinchu county").
TOWN_UNITS = frozenset(("township", "county"))


def _town_units(doc: ArticleDoc) -> None:
    """'a village in Kani township', 'a school in Hsinchu county': a town's name before a unit named
    after it names the unit, a place with no id in the town's country (not the town)."""
    keys = doc.tokens.key
    for ann in [a for a in doc.anns if a.kind == "place" and a.entry.get("kind") == "city" and a.j < len(keys)]:
        if keys[ann.j] not in TOWN_UNITS or not doc.tokens.text[ann.j].islower():
            continue
        start, end = ann.start, doc.tokens.end[ann.j]
        entry = Entry("place", None, doc.text[start:end], (), {"kind": "region", "country": ann.entry.get("country"),
                                                               "lat": None, "lon": None})
        doc.replace(ann, Ann("place", ann.i, ann.j + 1, start, end, entry, via="unlisted"))


def _country_parts(doc: ArticleDoc) -> None:
    """'southern Lebanon', 'northern Iraq', 'northern Rakhine': a compass word before a country or a
    region of one names a part of it, a place with no id and no coordinates that lies in that country."""
    text = doc.tokens.text
    for ann in [a for a in doc.anns if a.kind == "place" and a.i > 0 and _has_parts(a.entry)]:
        if text[ann.i - 1] not in COMPASS_PARTS:
            continue
        start, end = doc.tokens.start[ann.i - 1], ann.end
        country = ann.entry.id if ann.entry.get("kind") == "country" else ann.entry.get("country")
        entry = Entry("place", None, doc.text[start:end], (), {"kind": "region", "country": country, "lat": None, "lon": None})
        doc.replace(ann, Ann("place", ann.i - 1, ann.j, start, end, entry, via="unlisted"))


def _has_parts(entry) -> bool:
    """Whether a place is a country or a region within one, which a compass word divides."""
    kind = entry.get("kind")
    return kind == "country" or kind == "region" and entry.get("country") is not None


# Nouns of a facility after its name ("Tanagra air base", "the Khalino airfield"): the name is a
# place; words that may stand between ("the Ras Isa fuel port").
FACILITY_NOUNS = frozenset("base airbase airfield airport port camp refinery terminal".split())
FACILITY_MODIFIERS = frozenset("air naval military army fuel oil refugee border".split())
# Names of armed services, never a place's: "the Marine Corps base".
FORCE_WORDS = frozenset("Army Navy Air Force Marine Marines Corps Guard Command Space Coast".split())


def _facility_after(keys: list[str], j: int, hi: int) -> bool:
    """Whether a noun of a facility follows the name ending at j ("Tanagra air base", "the Saky
    airfield", "the Ras Isa fuel port"); a bare "camp" needs a modifier
    ("the Boulkessi military camp", not "the Trump camp")."""
    n = j + (j < hi and keys[j] in FACILITY_MODIFIERS)
    return n < hi and keys[n] in FACILITY_NOUNS and (keys[n] != "camp" or n > j)


def _named_facilities(doc: ArticleDoc, covered: set[int]) -> None:
    """'stormed the Boulkessi military camp', 'hit the Ras Isa fuel port': one to three capitalised
    words between 'the' and a noun of a facility name a place wherever the phrase stands; not an
    armed service ("the Marine Corps base")."""
    toks = doc.tokens
    for k in doc.positions(FACILITY_NOUNS):
        end = k - (toks.key[k - 1] in FACILITY_MODIFIERS)
        if not _facility_after(toks.key, end, len(toks)):
            continue
        first = end
        while first - 1 > 0 and end - first < 3 and first - 1 not in covered and WORD.match(toks.text[first - 1]) \
                and _word_ok(toks.text[first - 1]):
            first -= 1
        if first == end or toks.key[first - 1] != "the" or not FORCE_WORDS.isdisjoint(toks.text[first:end]):
            continue
        start, stop = toks.start[first], toks.end[end - 1]
        entry = Entry("place", None, doc.text[start:stop], (), {"kind": "unlisted", "country": None, "lat": None, "lon": None})
        doc.anns.append(Ann("place", first, end, start, stop, entry, via="unlisted"))
        covered.update(range(first, end))


def _attack_on(keys: list[str], k: int, lo: int) -> bool:
    """'a Russian assault on Chasiv Yar', 'the strike on Kramatorsk': 'on' after an attack noun
    names the place attacked."""
    return keys[k] == "on" and k > lo and TRIGGERS.get(keys[k - 1], ("",))[0] == "attack" \
        and not keys[k - 1].endswith(("ed", "ing"))


def _locative(keys: list[str], k: int, lo: int) -> bool:
    return keys[k] in LOCATIVE or (keys[k] == "of" and k > lo and keys[k - 1] in OF_HEADS)


# Endings of a compound that says who holds or backs a place ("Houthi-held", "Indian-controlled"): no name.
HOLDING_ENDINGS = ("-held", "-controlled", "-occupied", "-backed", "-led", "-run", "-allied", "-aligned")


def _word_ok(word: str) -> bool:
    """A word that may be part of a place's name: not a month, a weekday or another word that is no
    place, nor a compound of holding ("the Houthi-held port": who holds it, no name)."""
    return word not in NOT_PLACES and word.lower() not in MONTHS and word.lower() not in WEEKDAYS \
        and not word.endswith(HOLDING_ENDINGS)


def _cues_before_names(doc: ArticleDoc) -> list[int]:
    """The words a place may follow, where a word of a name's shape (WORD) comes after them, past a
    'the' or a compass word ("in northern Shan state"; most prepositions are followed by no name)."""
    keys, texts = doc.tokens.key, doc.tokens.text
    return [k for k in doc.positions(PLACE_CUES, 0, len(keys) - 1)
            if WORD.match(texts[k + 1]) or (keys[k + 1] == "the" or texts[k + 1] in COMPASS_PARTS)
            and k + 2 < len(keys) and WORD.match(texts[k + 2])]


def _company_start(doc: ArticleDoc, k: int, covered: set[int]) -> int | None:
    """Where a company's name starts after a maker cue at k: "drone maker |Baykar", "made by
    Turkey's |Roketsan"."""
    keys = doc.tokens.key
    if keys[k] in MAKER_NOUNS:
        return k + 1
    if keys[k] not in MADE or k + 2 >= len(keys) or keys[k + 1] != "by":
        return None
    n = k + 2
    owner = doc.starting(n, ("place", "actor"))
    if owner and owner[0].j + 1 < len(keys) and keys[owner[0].j] in ("'", "’"):
        n = owner[0].j + 2  # "made by Turkey's Roketsan"
    return n if n not in covered else None


# Last words of a company's name ("Turkish Aerospace", "Rafael Advanced Defense Systems").
COMPANY_WORDS = frozenset("""Aerospace Industries Systems Dynamics Technologies Corporation Corp Electronics
Shipbuilding Shipyards Rotem Defence Defense""".split())
COMPANY_KEYS = frozenset(norm_token(w) for w in COMPANY_WORDS)


def _named_companies(doc: ArticleDoc, covered: set[int]) -> dict[str, tuple[str, ...]]:
    """'Turkish Aerospace', 'Israel's Rafael Advanced Defense Systems', 'South Korea's Hyundai
    Rotem': one to four capitalised words ending in a company word name a company; a demonym at
    its head belongs to the name."""
    toks = doc.tokens
    names: dict[str, tuple[str, ...]] = {}
    for lo, hi, words in doc.sentences_holding(doc.positions(COMPANY_KEYS)):
        for k in words:
            if k == lo or toks.text[k] not in COMPANY_WORDS or k in covered or (k + 1 < hi and toks.text[k + 1][:1].isupper()):
                continue
            start = k
            while start - 1 > lo and k - start < 3 and WORD.match(toks.text[start - 1]) and _word_ok(toks.text[start - 1]):
                owner = doc.ending(start, ("actor", "place"))
                if start - 1 in covered and not (owner and owner[0].via == "demonym"):
                    break
                start -= 1
            if start < k:
                names[toks.text[start]] = tuple(toks.text[start:k + 1])
    return names


def _companies(doc: ArticleDoc, covered: set[int]) -> None:
    """'drone maker Baykar', 'Turkish Aerospace': the name is a company; every mention of it
    becomes an actor."""
    toks = doc.tokens
    names: dict[str, tuple[str, ...]] = _named_companies(doc, covered)
    for k in doc.positions(COMPANY_CUES, 0, len(toks) - 1):
        first = _company_start(doc, k, covered)
        if first is None:
            continue
        j = first
        while j < len(toks) and j - first < 3 and j not in covered and WORD.match(toks.text[j]) and _word_ok(toks.text[j]):
            j += 1
        if j > first:
            names[toks.text[first]] = tuple(toks.text[first:j])
    if not names:
        return
    for k, word in enumerate(toks.text):
        name = names.get(word)
        if name is None or tuple(toks.text[k:k + len(name)]) != name:
            continue
        demonyms = [a for a in doc.starting(k, ("actor",)) if a.via == "demonym"]
        if k in covered and not demonyms:
            continue
        start, end = toks.start[k], toks.end[k + len(name) - 1]
        entry = Entry("actor", None, doc.text[start:end], (), {"kind": "company", "affiliation": None})
        company = Ann("actor", k, k + len(name), start, end, entry, via="unlisted")
        if demonyms:
            doc.replace(demonyms[0], company)  # "Turkish Aerospace" is no Turkish item
        else:
            doc.anns.append(company)
        covered.update(range(k, k + len(name)))
