"""The shipped catalogs are data tested like code: schema, ids, aliases, parents, taxonomy."""
import json
from collections import defaultdict

import jsonschema
import pytest

from materiel.catalog.loader import schema, shipped_files
from materiel.catalog.taxonomy import EQUIPMENT_CLASSES
from materiel.extract.tokens import tokenize

FILES = list(shipped_files())


def lines(res):
    return [json.loads(line) for line in res.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name,label,res", FILES, ids=[f[1] for f in FILES])
def test_catalog_file_matches_its_schema(name, label, res):
    validator = jsonschema.Draft202012Validator(schema(name))
    problems = [f"{label}:{n} {e.message}" for n, obj in enumerate(lines(res), 1) for e in validator.iter_errors(obj)]
    assert problems == []


@pytest.mark.parametrize("catalog_name", ["equipment", "states", "groups", "places", "sources"])
def test_catalog_ids_are_unique(catalog_name):
    ids = [obj["id"] for name, _, res in FILES if name == catalog_name for obj in lines(res)]
    assert len(ids) == len(set(ids))


def _alias_owners(kind_files):
    owners = defaultdict(set)
    for _, _, res in kind_files:
        for obj in lines(res):
            for alias in (obj["name"], *obj.get("aliases", ())):
                owners[tuple(tokenize(alias).key)].add(obj["id"])
    return owners


@pytest.mark.parametrize("catalog_name", ["equipment", "states", "groups", "places", "sources"])
def test_no_alias_names_two_entries_of_one_kind(catalog_name):
    owners = _alias_owners([f for f in FILES if f[0] == catalog_name])
    clashes = {" ".join(k): sorted(v) for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_equipment_parents_exist_and_classes_are_in_the_taxonomy():
    entries = {obj["id"]: obj for name, _, res in FILES if name == "equipment" for obj in lines(res)}
    missing = sorted(e["id"] for e in entries.values() if e.get("parent") and e["parent"] not in entries)
    assert missing == []
    assert {e["class"] for e in entries.values()} <= set(EQUIPMENT_CLASSES)


def test_taxonomy_has_at_least_25_classes():
    assert len(EQUIPMENT_CLASSES) >= 25 and len(set(EQUIPMENT_CLASSES)) == len(EQUIPMENT_CLASSES)


def test_group_affiliations_name_a_state_or_group():
    states = {o["id"] for n, _, r in FILES if n == "states" for o in lines(r)}
    groups = {o["id"] for n, _, r in FILES if n == "groups" for o in lines(r)}
    bad = [o["id"] for n, _, r in FILES if n == "groups" for o in lines(r)
           if o["affiliation"] and o["affiliation"] not in states | groups]
    assert bad == []


def test_short_words_are_english_words_of_three_or_four_letters():
    from materiel.catalog.cities import short_words

    words = short_words()
    assert len(words) > 1000
    assert all(3 <= len(w) <= 4 and w.isascii() and w.isalpha() and w.islower() for w in words)
    assert {"soul", "lime", "from", "more", "same"} <= words and not {"hama", "taez", "kyev"} & words


@pytest.mark.parametrize("alias,city,kept", [
    ("Hama", "Ḩamāh", True), ("Taez", "Taiz", True), ("Kyev", "Kyiv", True),
    ("Soul", "Seoul", False),   # an English word
    ("Lime", "Lima", False),
    ("Pets", "Pécs", False),    # the plural of one
    ("Sama", "Sanya", False),   # two letters away: another name, not a spelling
    ("Wien", "Vienna", False),  # an exonym
])
def test_a_four_letter_alternate_is_kept_only_as_a_spelling_of_the_city_name(alias, city, kept):
    from materiel.catalog.cities import _short_spelling, short_words

    assert _short_spelling(alias, city, short_words()) is kept



@pytest.mark.parametrize("name,kind", [("Puerto Rico", "region"), ("Guam", "region"), ("Benin", "country")])
def test_a_country_or_territory_name_never_names_a_city(name, kind):
    """geonames gives "Puerto Rico" as an alternate name of San Juan and "Benin" of Benin City."""
    import materiel

    record = materiel.extract(f"The troops flew to {name} on Monday.", published="2025-01-20")
    assert [(m["text"], m["place_type"]) for m in record["mentions"] if m["kind"] == "place"] == [(name, kind)]


@pytest.mark.parametrize("text,absent", [
    ("Russia's Pacific Fleet held drills near Vladivostok.", "Fleet"),  # Fleet, Hampshire: a town, rarely meant
    ("Russia lost its Black Sea flagship, the Moskva, in April 2022.", "Moskva"),  # Moscow's own name: the ship
    ("ELN rebels attacked a base in Puerto Asis.", "Puerto"),
    ("Tanks, which were unloaded in Latakia, were sent to Mali.", "Tanks"),
])
def test_a_common_word_is_no_town(text, absent):
    import materiel

    record = materiel.extract(text, published="2025-01-20")
    assert absent not in [m["text"] for m in record["mentions"] if m["kind"] == "place"]


@pytest.mark.parametrize("text,place", [
    ("The Pentagon deployed F-35 jets to the Middle East.", "Middle East"),
    ("China sent its Type 055 destroyers into the western Pacific.", "Pacific Ocean"),
    ("An Indian MQ-9B ditched in the Bay of Bengal.", "Bay of Bengal"),
])
def test_seas_and_regions_of_military_reporting_are_places(text, place):
    import materiel

    record = materiel.extract(text, published="2025-01-20")
    assert place in [m.get("name") for m in record["mentions"] if m["kind"] == "place"]


@pytest.mark.parametrize("text,name,country", [
    ("Russia says it repelled a Ukrainian attack near Pokrovsk.", "Pokrovsk", "UA"),  # not Engels, once Pokrovsk
    ("Russia shelled Tokmak.", "Tokmak", "UA"),  # not Tokmok, Kyrgyzstan
    ("Russian drones struck Odessa on Friday.", "Odesa", "UA"),  # not Odessa, Texas: far smaller
    ("Russian missiles struck Kiev.", "Kyiv", "UA"),  # an old spelling kept
])
def test_a_town_whose_own_name_is_written_goes_first(text, name, country):
    import materiel

    record = materiel.extract(text, published="2025-01-20")
    towns = [(m["name"], m["country"]) for m in record["mentions"] if m["kind"] == "place" and m["place_type"] == "city"]
    assert towns == [(name, country)]
