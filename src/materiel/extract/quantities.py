"""Component: quantities ("at least five", "dozens of", "three to five", "(x5)") with a qualifier.

Rules for vague words, kept in one table: "a dozen" is 12 exact; "dozens of" is 24 about;
"a couple of" is 2 about; "a few", "several", "a number of", "scores of", "hundreds of" have no
number (null, with qualifier about for the plurals of numbers: "hundreds of" is null about); a
range "three to five" gives its low end with qualifier "at least"; "over" right after "handed",
"took" or "turned" is their particle ("handed over ten"), not "more than".
"""
from __future__ import annotations

import re

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.registry import component
from materiel.extract.tokens import word_class

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100, "thousand": 1000, "dozen": 12, "single": 1, "pair": 2}
# phrase (token keys) -> (quantity, qualifier); longest phrases are tried first.
VAGUE: dict[tuple[str, ...], tuple[int | None, str | None]] = {
    ("a", "dozen"): (12, "exact"), ("dozens", "of"): (24, "about"), ("a", "couple", "of"): (2, "about"),
    ("a", "pair", "of"): (2, "exact"), ("a", "few"): (None, "about"), ("several",): (None, None),
    ("a", "number", "of"): (None, None), ("scores", "of"): (None, "about"),
    ("hundreds", "of"): (None, "about"), ("thousands", "of"): (None, "about"),
    ("a", "handful", "of"): (None, "about"), ("a", "single"): (1, "exact"), ("a", "batch", "of"): (None, None),
}
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("at", "least"): "at least", ("no", "fewer", "than"): "at least", ("a", "minimum", "of"): "at least",
    ("up", "to"): "at most", ("as", "many", "as"): "at most", ("at", "most"): "at most",
    ("no", "more", "than"): "at most", ("a", "maximum", "of"): "at most",
    ("more", "than"): "over", ("over",): "over", ("in", "excess", "of"): "over", ("upwards", "of"): "over",
    ("fewer", "than"): "under", ("less", "than"): "under", ("under",): "under", ("nearly",): "under",
    ("almost",): "under", ("about",): "about", ("around",): "about", ("some",): "about",
    ("approximately",): "about", ("roughly",): "about", ("an", "estimated"): "about", ("circa",): "about",
    ("between",): "at least",
}
VAGUE_STARTS = frozenset(k[0] for k in VAGUE)
QUALIFIER_STARTS = frozenset(k[0] for k in QUALIFIERS)
STARTS = VAGUE_STARTS | QUALIFIER_STARTS
# The words that open phrases of two or more words only, and are no number ("at least", "a dozen",
# "in excess of"), each with the second words of its phrases: the next word rules most of them out.
OPENS_BEFORE = {first: frozenset(k[1] for k in (*VAGUE, *QUALIFIERS) if k[0] == first and len(k) > 1)
                for first in STARTS if (first,) not in VAGUE and (first,) not in QUALIFIERS
                and not first[:1].isdigit() and first.split("-")[0] not in UNITS}
NOT_ITEMS = frozenset("""km kilometres kilometers miles metres meters mm cm kg tonnes tons percent per % years year
months month days day hours hour minutes km/h knots million billion dollars euros usd $ people civilians
soldiers troops fighters killed dead wounded times""".split())
# Verbs whose particle "over" is no qualifier of the number after it ("handed over ten").
PARTICLE_VERBS = frozenset("hand hands handed handing took take takes taken taking turned turn turns".split())
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
# The first tests of quantity_at, a word class (made once per word, see tokens.word_class): a word
# opening a phrase, or a number; the words of OPENS_BEFORE are tried apart, before one of their next words.
BRACKET = frozenset(("(",))
OPENS_ALONE = STARTS.difference(OPENS_BEFORE)
MAY_OPEN = word_class(lambda _, key: key in OPENS_ALONE or key[:1].isdigit() and DIGITS.match(key) is not None
                      or key.partition("-")[0] in UNITS)
MULT = re.compile(r"^[xX×](\d+)$")


def number_at(keys: list[str], i: int, hi: int) -> tuple[int | None, int]:
    """Parse a number (digits or words, "two hundred", "twenty-five") at i: (value, end) or (None, i)."""
    if i >= hi:
        return None, i
    key = keys[i]
    if DIGITS.match(key):
        return int(key.replace(",", "")), i + 1
    if "-" not in key and key in UNITS or key.split("-")[0] in UNITS:
        parts = key.split("-")
        if not all(p in UNITS for p in parts):
            return None, i
        value, j = sum(UNITS[p] for p in parts), i + 1
        if j < hi and keys[j] in ("hundred", "thousand"):
            value, j = value * UNITS[keys[j]], j + 1
        return value, j
    return None, i


def _phrase(keys: list[str], i: int, hi: int, table: dict, starts: frozenset[str]) -> tuple[tuple[str, ...] | None, int]:
    """The longest phrase of `table` at token i (`starts`: the first words of its phrases)."""
    if keys[i] not in starts:
        return None, i  # most numbers
    for n in (3, 2, 1):
        key = tuple(keys[i:i + n])
        if i + n <= hi and key in table:
            return key, i + n
    return None, i


def quantity_at(keys: list[str], i: int, hi: int) -> tuple[tuple[int | None, str | None], int] | None:
    """A quantity expression starting at token i: ((value, qualifier), end) or None."""
    key = keys[i]
    if key not in STARTS and not key[:1].isdigit() and key.partition("-")[0] not in UNITS:
        return None
    if key in OPENS_BEFORE and (i + 1 >= hi or keys[i + 1] not in OPENS_BEFORE[key]):
        return None  # "a", "in", "at" before no word of a phrase they open
    vague, j = _phrase(keys, i, hi, VAGUE, VAGUE_STARTS)
    if vague:
        return VAGUE[vague], j
    qual_key, j = _phrase(keys, i, hi, QUALIFIERS, QUALIFIER_STARTS)
    if qual_key == ("over",) and i > 0 and keys[i - 1] in PARTICLE_VERBS:
        return None  # "handed over ten BRDM-2s": a particle, not "more than"; the number is read alone
    value, k = number_at(keys, j, hi)
    if value is None:
        return None
    qualifier = QUALIFIERS[qual_key] if qual_key else "exact"
    if k + 1 < hi and keys[k] in ("to", "and", "or", "-") and number_at(keys, k + 1, hi)[0] is not None:
        k, qualifier = number_at(keys, k + 1, hi)[1], "at least"  # a range: its low end
    if k < hi and keys[k] in NOT_ITEMS or k < hi and keys[k].startswith(("mm", "km")):
        return None
    return (value, qualifier), k


TIME_WORDS = frozenset(("in", "by", "since", "until", "till", "before", "after", "from", "through", "of", "early", "late", "mid"))


def _year_after_time_word(keys: list[str], texts: list[str], c: int, lo: int) -> bool:
    """'arrive in Colombia in 2026', 'by 2030', 'from 2013 to 2022': a year after a word of time (or
    closing a span of years) is a year, even one the date reader leaves out, never a number of items."""
    if not (c > lo and len(texts[c]) == 4 and texts[c].isdigit() and 1900 <= int(texts[c]) <= 2100):
        return False
    if keys[c - 1] in ("to", "and", "-", "–") and c - 1 > lo:  # "from 2013 to 2022", "between 2019 and 2021"
        return _is_year(texts[c - 2])
    return keys[c - 1] in TIME_WORDS


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


@component("quantities", assigns=("mentions.quantity",), requires=("tokens", "sentences", "mentions.date"))
def quantities(doc: ArticleDoc) -> ArticleDoc:
    """Annotate quantity expressions; a following unit (km, years, per cent) rules one out."""
    keys, toks = doc.tokens.key, doc.tokens
    covered = doc.covered()
    texts = toks.text
    # Only a token that may open a quantity (the first tests of quantity_at) or follow "(" is tried.
    before_next = [k for k in doc.positions(OPENS_BEFORE, 0, len(keys) - 1) if keys[k + 1] in OPENS_BEFORE[keys[k]]]
    after_bracket = [k + 1 for k in doc.positions(BRACKET, 0, len(keys) - 1) if texts[k] == "("]
    tried = sorted({*toks.marked(MAY_OPEN), *before_next, *after_bracket})
    for lo, hi, candidates in doc.sentences_holding(tried):
        i = lo
        for c in candidates:
            if c < i:
                continue
            found = None if c in covered or _year_after_time_word(keys, texts, c, lo) else quantity_at(keys, c, hi)
            if found is None:
                mult = MULT.match(texts[c]) if c > lo and texts[c - 1] == "(" else None
                if mult:
                    doc.anns.append(Ann("quantity", c, c + 1, toks.start[c], toks.end[c], value=(int(mult.group(1)), "exact")))
                continue
            i = c
            value, j = found
            doc.anns.append(Ann("quantity", i, j, toks.start[i], toks.end[j - 1], value=value))
            i = j
    return doc
