"""Scores of predicted records against gold.

Matching rule: within a document, a predicted and a gold event can pair only when their types
are equal and they share at least one equipment item or one of actor, recipient, origin,
destination; pairs are chosen greedily by the number of shared items and roles. Matched pairs
are true positives; role, date, certainty and attribution accuracy are measured over them. A role
counts when gold or prediction fills it; it is right when both name the same catalog entry (names
resolved through the catalogs' aliases) or the same folded name. Dates must be equal strings;
attribution must be the same set of claimants. Equipment mention F1 compares each document's set
of distinct equipment named in the text.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from materiel.catalog.model import Catalog
from materiel.catalog.stats import find_exact
from materiel.eval.gold import GoldDoc
from materiel.extract.tokens import fold

ROLES = ("actor", "recipient", "origin", "destination")
ROLE_KINDS = {"actor": ("actor", "place"), "recipient": ("actor", "place"), "origin": ("place", "actor"),
              "destination": ("place", "actor"), "attributed_to": ("source", "actor", "place"), "equipment": ("equipment",)}


class Resolver:
    """Turns gold names and predicted refs into comparable keys (catalog id, else folded name)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._cache: dict[tuple[str, str], str] = {}

    def gold(self, name: str | None, role: str) -> str | None:
        if name is None:
            return None
        key = (name, role)
        if key not in self._cache:
            entry = find_exact(self.catalog, name)
            ok = entry is not None and entry.kind in ROLE_KINDS[role]
            self._cache[key] = entry.id if ok else fold(name)
        return self._cache[key]

    @staticmethod
    def pred(ref: dict | None) -> str | None:
        if ref is None:
            return None
        return ref.get("id") or fold(ref.get("name") or "")


def _items(event: dict, resolve) -> set[str]:
    return {k for k in (resolve(i) for i in event.get("equipment", ())) if k}


def _pair_score(g: dict, p: dict, res: Resolver) -> int:
    if g["type"] != p["type"]:
        return -1
    items = len(_items(g, lambda i: res.gold(i.get("name"), "equipment")) & _items(p, lambda i: i.get("id") or fold(i.get("name") or "")))
    roles = sum(1 for r in ROLES if g.get(r) is not None and res.gold(g[r], r) == res.pred(p.get(r)))
    return items + roles if items + roles > 0 else -1


def match(gold: list[dict], pred: list[dict], res: Resolver) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs of gold and predicted events."""
    scored = sorted(((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                     if (s := _pair_score(g, p, res)) > 0), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


class Tally:
    def __init__(self) -> None:
        self.right: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)

    def add(self, key: str, ok: bool) -> None:
        self.total[key] += 1
        self.right[key] += ok

    def rates(self) -> dict[str, float]:
        return {k: round(self.right[k] / self.total[k], 3) for k in sorted(self.total)}


def evaluate(gold_docs: Iterable[GoldDoc], records: dict[str, dict], catalog: Catalog) -> dict[str, Any]:
    """Every figure of the evaluation: events (overall, per type), roles, mentions, dates, certainty, attribution."""
    res = Resolver(catalog)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # type -> tp, pred, gold
    tally, mentions = Tally(), [0, 0, 0]
    negatives = {"documents": 0, "events": 0}
    for gd in gold_docs:
        pred = records[gd.id]["events"]
        if gd.negative:
            negatives["documents"] += 1
            negatives["events"] += len(pred)
        pairs = match(gd.events, pred, res)
        for bucket, items in (("gold", gd.events), ("pred", pred)):
            for e in items:
                for t in (e["type"], "all"):
                    counts[t][1 if bucket == "pred" else 2] += 1
        for g, p in pairs:
            for t in (g["type"], "all"):
                counts[t][0] += 1
            _score_pair(g, p, res, tally)
        _score_mentions(gd, records[gd.id], res, mentions)
    rates = tally.rates()
    return {"events": _prf(*counts.pop("all", [0, 0, 0])),
            "events_by_type": {t: _prf(*c) for t, c in sorted(counts.items())},
            "roles": {k: v for k, v in rates.items() if k in (*ROLES, "equipment", "quantity")},
            "date": rates.get("date", 1.0), "certainty": rates.get("certainty", 1.0),
            "attribution": rates.get("attribution", 1.0),
            "equipment_mentions": _prf(*mentions), "negatives": negatives}


def _score_pair(g: dict, p: dict, res: Resolver, tally: Tally) -> None:
    for role in ROLES:
        gk, pk = res.gold(g.get(role), role), res.pred(p.get(role))
        if gk is not None or pk is not None:
            tally.add(role, gk == pk or _same_name(g.get(role), p.get(role)))
    g_items = {res.gold(i["name"], "equipment"): i for i in g.get("equipment", ()) if i.get("name")}
    p_items = {(i.get("id") or fold(i.get("name") or "")): i for i in p.get("equipment", ()) if i.get("name")}
    if g_items or p_items:
        tally.add("equipment", set(g_items) == set(p_items))
    for key in set(g_items) & set(p_items):
        tally.add("quantity", (g_items[key].get("quantity"), g_items[key].get("qualifier")) == (p_items[key]["quantity"], p_items[key]["qualifier"]))
    tally.add("date", (g.get("date") or None) == ((p.get("date") or {}).get("value")))
    tally.add("certainty", g.get("certainty", "reported") == p["certainty"])
    g_att = {res.gold(a, "attributed_to") for a in g.get("attributed_to", ())}
    tally.add("attribution", g_att == {res.pred(a) for a in p.get("attributed_to", ())})


def _same_name(gold: str | None, pred: dict | None) -> bool:
    """The same folded name: a town the gold names and the prediction places in another country's
    namesake's stead ("Tokmak", Ukraine, where the bare name resolves to Tokmok, Kyrgyzstan)."""
    return gold is not None and pred is not None and fold(gold) == fold(pred.get("name") or "")


def _score_mentions(gd: GoldDoc, record: dict, res: Resolver, acc: list[int]) -> None:
    gold = {res.gold(n, "equipment") for n in gd.equipment_mentions}
    pred = {m.get("id") or fold(m.get("name") or "") for m in record["mentions"] if m["kind"] == "equipment"}
    acc[0] += len(gold & pred)
    acc[1] += len(pred)
    acc[2] += len(gold)
