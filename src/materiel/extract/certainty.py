"""Component: how sure the report is. One table of cues, checked in the event's sentence.

| certainty | cues |
| denied    | denied, denies, rejected (reports), refuted, dismissed (reports), "did not/never/no" before the trigger |
| alleged   | allegedly, alleged, accused, accusing, unverified, unconfirmed, purported(ly), claimed, claims |
|           | (a party's claim; "claimed responsibility" is not a hedge) |
| likely    | likely, probably, appears/appeared to, apparently, suggests, believed, suspected, thought to,
|           | may/might have, possibly, presumably, seemingly, reportedly-likely ("is likely to have") |
| confirmed | confirmed, confirms, officially, verified, geolocated, acknowledged |
| reported  | everything else (the default) |
One document-level rule: an event whose actor or recipient denies it in another sentence that
names the other party, one of its items, or "the report(s)/accusations/claims" ("Pyongyang denied
the reports") is denied, and the denier joins its claimants.
A hedge on any part of the event (the origin "likely from Syria") makes the whole event likely.
The strongest doubt wins: denied > alleged > likely > confirmed > reported.
"""
from __future__ import annotations

from dataclasses import dataclass

from materiel.extract.doc import ArticleDoc
from materiel.models import Ref
from materiel.extract.registry import component

CUES: dict[str, frozenset[str]] = {
    "denied": frozenset("denied denies deny denying refuted refutes rejected rejects dismissed dismisses".split()),
    "alleged": frozenset("allegedly alleged accused accuses accusing unverified unconfirmed purported purportedly claimed claims".split()),
    "likely": frozenset("""likely probably appears appear appeared apparently suggests suggest suggesting suggested
                         believed suspected thought possibly presumably seemingly probable""".split()),
    "confirmed": frozenset("confirmed confirms confirm officially verified geolocated acknowledged".split()),
}
ORDER = ("denied", "alleged", "likely", "confirmed")
NEGATORS = frozenset(("not", "n't", "never", "no"))
UNDOING = frozenset(("not", "n't", "never", "yet", "no", "without", "cannot", "could"))


def certainty_of(keys: list[str], lo: int, hi: int, trigger: int | None = None) -> str:
    """The certainty of an event whose sentence spans tokens [lo, hi)."""
    found = set()
    for k in range(lo, hi):
        for label in ORDER:
            if keys[k] in CUES[label] and not (label == "confirmed" and any(w in UNDOING for w in keys[max(lo, k - 3):k])):
                if not (keys[k] in ("claimed", "claims") and k + 1 < hi and keys[k + 1] == "responsibility"):
                    found.add(label)
    if k_may_have(keys, lo, hi):
        found.add("likely")
    if trigger is not None and any(w in NEGATORS for w in keys[max(lo, trigger - 3):trigger]):
        found.add("denied")
    for label in ORDER:
        if label in found:
            return label
    return "reported"


def k_may_have(keys: list[str], lo: int, hi: int) -> bool:
    return any(keys[k] in ("may", "might", "could") and keys[k + 1] == "have" for k in range(lo, hi - 1))


@component("certainty", assigns=("events.certainty",), requires=("events",))
def certainty(doc: ArticleDoc) -> ArticleDoc:
    """Set each event's certainty from the cues in its sentence."""
    keys = doc.tokens.key
    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        event.certainty = certainty_of(keys, lo, hi, trigger_token(doc, event, lo, hi))
    return doc


REPORT_WORDS = frozenset("report reports accusations accusation claims allegations allegation".split())


@dataclass(frozen=True)
class Denial:
    """A party denying something: who, and what the denial sentence names (ids, report words)."""

    denier: Ref
    names: frozenset[str]
    about_reports: bool

    def covers(self, event) -> bool:
        parties = {r.id for r in (event.actor, event.recipient) if r is not None and r.id}
        if self.denier.id not in parties:
            return False
        others = (parties - {self.denier.id}) | {i.id for i in event.equipment if i.id}
        return self.about_reports or bool(others & self.names)


def denials(doc: ArticleDoc) -> list[Denial]:
    """Every denial in the document: the actor just before a denial verb, with what it names."""
    from materiel.extract.roles import actor_ref

    found: list[Denial] = []
    keys = doc.tokens.key
    for s, (lo, hi) in enumerate(doc.sentences):
        verbs = [k for k in range(lo, hi) if keys[k] in CUES["denied"]]
        if not verbs:
            continue
        anns = doc.in_sentence(s)
        before = [a for a in anns if a.kind in ("actor", "place") and a.j <= verbs[0] and verbs[0] - a.j <= 6]
        ref = actor_ref(doc, before[-1]) if before else None
        if ref is not None and ref.id:
            names = frozenset(r.id for r in (actor_ref(doc, a) if a.kind != "equipment" else a.entry for a in anns)
                              if r is not None and r.id)
            found.append(Denial(ref, names, any(k in REPORT_WORDS for k in keys[lo:hi])))
    return found


def trigger_token(doc: ArticleDoc, event, lo: int, hi: int) -> int | None:
    from materiel.extract.lexicon import TRIGGERS

    for k in range(lo, hi):
        hit = TRIGGERS.get(doc.tokens.key[k])
        if hit and hit[0] == event.type:
            return k
    return None
