"""Component: equipment designations the catalog lacks, and slash lists (BTR-80A/82, BMP-2/3).

A designation is a short capitalised prefix, a hyphen and a number with an optional suffix
(T-90M, BTR-82AM, Su-30SM2, KamAZ-4385, ZU-23-2), a GRAU-style index (2S19, 9K720) or a catalog name's
variant letters (Rafale-M, whose parent is the Rafale). It counts
as equipment when a class noun follows it, it extends a known parent, or the sentence is military.
Its parent is the longest catalog designation it extends; its class is the class noun's, else the
parent's. A ship class with its vessel noun ("Victoria-class submarines") is one item named in the
singular; "Type" and a number ("Type 212CD") is one in a military sentence. A family name right
after a designation of that family ("M1A2 SEPv3 Abrams") is one mention of the variant.
"""
from __future__ import annotations

import re
from dataclasses import replace

from materiel.catalog.model import Entry
from materiel.extract.context import class_after, has_military_context
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.gazetteer import phrase_index
from materiel.extract.registry import component
from materiel.extract.tokens import norm_token, word_class

DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,6}-\d{1,4}[A-Za-z0-9]{0,6}(?:-\d{1,2})?|\d[A-Z]\d{1,4}[A-Z0-9]{0,4})s?$")
# "Rafale-M jets", "Gripen-E": a catalog name of one word with a variant's letters after a hyphen.
VARIANT = re.compile(r"^([A-Z][a-z]{3,})-[A-Z]{1,2}$")
# "Victoria-class submarines", "River-class offshore patrol vessel": a class name and its vessel noun.
SHIP_CLASS = re.compile(r"^[A-Z][A-Za-z'’]+-class$")
VESSELS = {"submarine": "submarine", "frigate": "frigate", "destroyer": "destroyer", "corvette": "corvette",
           "vessel": "patrol vessel", "boat": "patrol boat", "cruiser": "cruiser", "carrier": "aircraft carrier",
           "ship": None, "warship": None, "icebreaker": None}
# "Type 212CD", "Type 054A": a Chinese, German or Japanese type number.
TYPE_NUMBER = re.compile(r"^\d{2,3}[A-Z]{0,3}$")
SLASH = frozenset(("/",))
# A token text a rule may start at (the first test of _unknown and _named_kind): a word class, made once per text.
# Each pattern but "Type" needs a hyphen or a leading digit, tested first (most words have neither).
MAY_OPEN = word_class(lambda t, _: t == "Type" or ("-" in t or t[:1].isdigit()) and (
    DESIGNATION.match(t) is not None or VARIANT.match(t) is not None or t.endswith("-class")))
NOT_EQUIPMENT = frozenset(("covid", "g", "mh", "sars", "ms", "flight", "resolution", "article", "un", "h", "type", "n"))


def _catalog_equipment(doc: ArticleDoc, key: str) -> Entry | None:
    for target in phrase_index(doc.catalog).lookup((key,)):
        if target.kind == "equipment":
            return doc.catalog.get("equipment", target.id)
    return None


def _parent(doc: ArticleDoc, key: str) -> Entry | None:
    """The longest catalog designation that `key` extends (t90m -> t90)."""
    for n in range(len(key) - 1, 1, -1):
        if not key[n - 1].isdigit() and not key[n - 1].isalpha():
            continue
        entry = _catalog_equipment(doc, key[:n])
        if entry is not None and any(c.isdigit() for c in key[:n]):
            return entry
    return None


def _slash_name(first: str, part: str) -> str:
    """Expand the second half of a slash list: (BTR-80A, 82) -> BTR-82; (Su-24, Su-25) -> Su-25."""
    if not part[0].isdigit() or "-" not in first:
        return part
    return first[: first.rfind("-") + 1] + part


@component("designations", assigns=("mentions.designation",), requires=("mentions.catalog",))
def designations(doc: ArticleDoc) -> ArticleDoc:
    """Add slash-list items and unknown designations as equipment annotations."""
    covered = doc.covered()
    by_end = {a.j: a for a in doc.anns if a.kind == "equipment"}
    texts = doc.tokens.text
    # Every rule needs a token after "/", a designation, a ship class or "Type": the others are not tried.
    tried = sorted({*doc.tokens.marked(MAY_OPEN), *(k + 1 for k in doc.positions(SLASH, 0, len(texts) - 1) if texts[k] == "/")})
    for lo, hi, candidates in doc.sentences_holding(tried):
        for k in candidates:
            if k in covered:
                continue
            ann = _slash_item(doc, by_end, k, hi) or _unknown(doc, k, lo, hi) or _named_kind(doc, k, lo, hi)
            if ann is not None:
                doc.anns.append(ann)
                by_end[ann.j] = ann
                covered.add(k)
    _join_family_names(doc)
    return doc


def _join_family_names(doc: ArticleDoc) -> None:
    """'75 new M1A2 SEPv3 Abrams', 'AH-64E Apache helicopters': a family name right after a
    designation of that family names the same item; the two are one mention of the variant."""
    from materiel.extract.items import ancestors

    items = sorted((a for a in doc.anns if a.kind == "equipment" and a.entry is not None and a.entry.id), key=lambda a: a.i)
    for variant, family in zip(items, items[1:]):
        if family.i == variant.j and family.entry.id in ancestors(doc, variant.entry.id):
            doc.anns.remove(family)
            doc.replace(variant, replace(variant, j=family.j, end=family.end))


def _slash_item(doc: ArticleDoc, by_end: dict[int, Ann], k: int, hi: int) -> Ann | None:
    toks = doc.tokens
    prev = by_end.get(k - 1)
    if k < 2 or toks.text[k - 1] != "/" or prev is None or not toks.text[k][0].isalnum():
        return None
    first = doc.text[prev.start:prev.end]
    name = _slash_name(first, toks.text[k])
    entry = _catalog_equipment(doc, norm_token(name))
    start, end = toks.start[k], toks.end[k]
    if entry is not None:
        return Ann("equipment", k, k + 1, start, end, entry, via="slash")
    parent = _parent(doc, norm_token(name))
    cls = parent.get("class") if parent else (prev.entry.get("class") if prev.entry else None)
    return Ann("equipment", k, k + 1, start, end, None, value={"name": name, "class": cls, "parent": parent.id if parent else None}, via="slash")


def _unknown(doc: ArticleDoc, k: int, lo: int, hi: int) -> Ann | None:
    toks = doc.tokens
    text = toks.text[k]
    variant = VARIANT.match(text)
    if variant is None and (not DESIGNATION.match(text) or text.split("-")[0].lower() in NOT_EQUIPMENT):
        return None
    name = text[:-1] if text.endswith("s") and text[-2].isdigit() else text
    parent = _catalog_equipment(doc, norm_token(variant.group(1))) if variant else _parent(doc, norm_token(name))
    if variant and parent is None:
        return None  # "Baden-W": only a catalog item's variant
    has_noun, noun_class = class_after(toks, k + 1, hi)
    if (parent is None or variant) and not has_noun and not has_military_context(toks, k, k + 1, lo, hi):
        return None  # a variant of a word-like name ("Tiger-X company") needs a class noun or a military sentence
    cls = noun_class or (parent.get("class") if parent else None)
    value = {"name": name, "class": cls, "parent": parent.id if parent else None}
    return Ann("equipment", k, k + 1, toks.start[k], toks.end[k], None, value=value, via="grammar")


def _named_kind(doc: ArticleDoc, k: int, lo: int, hi: int) -> Ann | None:
    """A ship class or a type number starting at k (checked by their last or first word first)."""
    text = doc.tokens.text[k]
    if text.endswith("-class"):
        return _ship_class(doc, k, hi)
    return _type_number(doc, k, lo, hi) if text == "Type" else None


def _ship_class(doc: ArticleDoc, k: int, hi: int) -> Ann | None:
    """'four Victoria-class submarines': a class name with its vessel noun up to three words on,
    named in the singular ("Victoria-class submarine")."""
    toks = doc.tokens
    if not SHIP_CLASS.match(toks.text[k]):
        return None
    for n in range(k + 1, min(hi, k + 4)):
        word = toks.key[n][:-1] if toks.key[n].endswith("s") else toks.key[n]
        if word in VESSELS:
            name = " ".join([toks.text[k], *toks.text[k + 1:n], word])
            value = {"name": name, "class": VESSELS[word], "parent": None}
            return Ann("equipment", k, n + 1, toks.start[k], toks.end[n], None, value=value, via="grammar")
        if not toks.text[n].islower():
            return None
    return None


def _type_number(doc: ArticleDoc, k: int, lo: int, hi: int) -> Ann | None:
    """'Germany's Type 212CD', 'Type 054A frigates': 'Type' and a number, in a military sentence."""
    toks = doc.tokens
    if toks.text[k] != "Type" or k + 1 >= hi or not TYPE_NUMBER.match(toks.text[k + 1]):
        return None
    has_noun, noun_class = class_after(toks, k + 2, hi)
    if not has_noun and not has_military_context(toks, k, k + 2, lo, hi):
        return None
    value = {"name": f"Type {toks.text[k + 1]}", "class": noun_class, "parent": None}
    return Ann("equipment", k, k + 2, toks.start[k], toks.end[k + 1], None, value=value, via="grammar")
