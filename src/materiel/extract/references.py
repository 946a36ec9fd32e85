"""Component: place references ("the country", "the town", "the region", "the capital").

"Rwanda deployed troops to the country" names the country last mentioned before it; "withdrew
from the town" the last town. A reference becomes a place annotation over its words, pointing at
that earlier place, so roles and the record treat it like a name.
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.registry import component

# the noun -> the kinds of place it can refer back to
NOUNS: dict[str, tuple[str, ...]] = {
    "country": ("country",), "nation": ("country",),
    "town": ("city",), "city": ("city",), "village": ("city",),
    "region": ("region", "country"), "province": ("region",), "enclave": ("region",),
    "area": ("region", "city"), "capital": ("city",),
}
DETERMINERS = frozenset(("the", "that"))


@component("references", assigns=("mentions.references",), requires=("mentions.catalog",))
def references(doc: ArticleDoc) -> ArticleDoc:
    """Annotate 'the country', 'the town' ... with the place they refer back to."""
    keys = doc.tokens.key
    places = sorted(a for a in doc.anns if a.kind == "place")
    covered = doc.covered()
    for k in range(1, len(keys)):
        kinds = NOUNS.get(keys[k])
        if kinds is None or keys[k - 1] not in DETERMINERS or k in covered or _modified(keys, k):
            continue
        antecedent = _antecedent(doc, places, k, kinds, keys[k] == "capital")
        if antecedent is not None:
            start, end = doc.char_span(k - 1, k + 1)
            doc.anns.append(Ann("place", k - 1, k + 1, start, end, antecedent, via="reference"))
    return doc


def _modified(keys: list[str], k: int) -> bool:
    """'the country's army', 'the city of Goma': a possessive or an 'of' phrase is no bare reference."""
    return k + 1 < len(keys) and keys[k + 1] in ("'", "of")


def _antecedent(doc: ArticleDoc, places: list[Ann], k: int, kinds: tuple[str, ...], capital: bool):
    """The latest matching place of earlier sentences (a place in the same sentence is more often
    the subject than what the reference points back to), else of this sentence."""
    first = doc.sentences[doc.sentence_of(k)][0]
    earlier = [p for p in places if p.j <= first]
    same = [p for p in places if first <= p.i and p.j <= k - 1]
    own = _states_named_before(doc, first, k)  # "Russian instructors ... in the country": not Russia
    candidates = [a for a in (*reversed(earlier), *reversed(same)) if a.entry.id not in own]
    if capital:  # a capital named before, else the capital of the last country named
        named = next((a.entry for a in candidates if a.entry.get("capital_of")), None)
        country = next((a.entry for a in candidates if a.entry.get("kind") == "country"), None)
        return named or (_capital_of(doc, country.id) if country is not None else None)
    for kind in kinds:  # "the region": a region named before, else a country
        found = next((a.entry for a in candidates if a.entry.get("kind") == kind), None)
        if found is not None:
            return found
    return None


def _states_named_before(doc: ArticleDoc, lo: int, k: int) -> set[str]:
    """States whose forces or people are named earlier in the reference's own sentence."""
    return {a.entry.id for a in doc.in_sentence(doc.sentence_of(k), ("actor",)) if a.i < k and a.entry.get("kind") == "state"}


def _capital_of(doc: ArticleDoc, state: str):
    actor = doc.catalog.get("actor", state)
    name = actor.get("capital") if actor is not None else None
    if not name:
        return None
    from materiel.catalog.stats import find_exact

    entry = find_exact(doc.catalog, name)
    return entry if entry is not None and entry.kind == "place" else None
