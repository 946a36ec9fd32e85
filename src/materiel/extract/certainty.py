"""Component: how sure the report is. One table of cues, checked in the event's sentence.

| certainty | cues |
| denied    | denied, denies, rejected (reports), refuted, dismissed (reports), "did not/never/no" before the trigger |
| alleged   | allegedly, alleged, accused, accusing, unverified, unconfirmed, purported(ly) |
| likely    | likely, probably, appears/appeared to, apparently, suggests, believed, suspected, thought to,
|           | may/might have, possibly, presumably, seemingly, reportedly-likely ("is likely to have") |
| confirmed | confirmed, confirms, officially, verified, geolocated, acknowledged |
| reported  | everything else (the default) |
A hedge on any part of the event (the origin "likely from Syria") makes the whole event likely.
The strongest doubt wins: denied > alleged > likely > confirmed > reported.
"""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.extract.registry import component

CUES: dict[str, frozenset[str]] = {
    "denied": frozenset("denied denies deny denying refuted refutes rejected rejects dismissed dismisses".split()),
    "alleged": frozenset("allegedly alleged accused accuses accusing unverified unconfirmed purported purportedly".split()),
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
        event.certainty = certainty_of(keys, lo, hi, _trigger_token(doc, event, lo, hi))
    return doc


def _trigger_token(doc: ArticleDoc, event, lo: int, hi: int) -> int | None:
    from materiel.extract.lexicon import TRIGGERS

    for k in range(lo, hi):
        hit = TRIGGERS.get(doc.tokens.key[k])
        if hit and hit[0] == event.type:
            return k
    return None
