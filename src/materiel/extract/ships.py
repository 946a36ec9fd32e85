"""Ships named with their navy's prefix ("USS Carney", "HMS Prince of Wales"): the prefix and the
name stand for that navy's state, also when the name is a town's ("Carney", "Richmond"); the ship is
later "the" and the last word of its name ("the Truman")."""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.tokens import norm_token

# Ship prefixes that name one navy each ("USS Carney" is a US Navy ship).
SHIP_PREFIXES = {"USS": "US", "USNS": "US", "HMS": "GB", "HMAS": "AU", "HMCS": "CA", "HMNZS": "NZ", "TCG": "TR",
                 "ROKS": "KR", "HNLMS": "NL", "HDMS": "DK", "ESPS": "ES", "FGS": "DE", "HNoMS": "NO", "HSwMS": "SE",
                 "KRI": "ID", "PNS": "PK"}
SHIP_KEYS = frozenset(norm_token(p) for p in SHIP_PREFIXES)


def ships(doc: ArticleDoc, covered: set[int]) -> None:
    """'USS Carney', 'HMS Diamond': a navy's prefix and a name stand for that navy's state."""
    toks = doc.tokens
    names: dict = {}  # the last word of each ship's name -> its navy's state
    for k in doc.positions(SHIP_KEYS, 0, len(toks) - 1):
        state = SHIP_PREFIXES.get(toks.text[k])
        entry = doc.catalog.get("actor", state) if state else None
        if entry is None or k in covered or not toks.text[k + 1][:1].isupper():
            continue
        places = {n for a in doc.anns if a.kind == "place" and k < a.i <= k + 4 for n in range(a.i, a.j)}
        j = k + 1  # a town's name after the prefix is the ship's ("USS Carney", "HMS Richmond")
        while j < len(toks) and j - k <= 4 and (toks.text[j][:1].isupper() or toks.text[j] == "."
                                                 or _inner_of(toks.text, j)) and (j not in covered or j in places):
            j += 1
        if places:
            doc.anns[:] = [a for a in doc.anns if not (a.kind == "place" and k < a.i < j)]
        start, end = toks.start[k], toks.end[j - 1]
        doc.anns.append(Ann("actor", k, j, start, end, entry, via="ship"))
        covered.update(range(k, j))
        names[toks.key[j - 1]] = entry
    _ships_named_again(doc, covered, names)


def _inner_of(text: list[str], j: int) -> bool:
    """'HMS Prince of Wales', 'USS Bonhomme Richard': an 'of' between two capitalised words of a ship's name."""
    return text[j] == "of" and j + 1 < len(text) and text[j + 1][:1].isupper() and text[j - 1][:1].isupper()


def _ships_named_again(doc: ArticleDoc, covered: set[int], names: dict) -> None:
    """'the USS Harry S. Truman' ... 'The Truman arrived in the Red Sea': a ship named with its
    navy's prefix is later "the" and the last word of its name, standing for the same state (not
    before another capitalised word: "the Truman Doctrine")."""
    toks = doc.tokens
    for k in doc.positions(frozenset(names), 1, len(toks)) if names else ():
        after = toks.text[k + 1] if k + 1 < len(toks) else ""
        if k in covered or toks.key[k - 1] != "the" or after[:1].isupper() or not toks.text[k][:1].isupper():
            continue
        doc.anns.append(Ann("actor", k, k + 1, toks.start[k], toks.end[k], names[toks.key[k]], via="ship"))
        covered.add(k)
