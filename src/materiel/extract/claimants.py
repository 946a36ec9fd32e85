"""Whether a mention that speaks fills a role: a claimant does not, unless it speaks of its own act.

"US Africa Command says ...", "according to Russia": who says so fills no role. But who admits a
loss is its owner ("The Pentagon has confirmed the loss of five Reapers"), and who announces a
package or a sale gives it ("The Pentagon announced a new package for Ukraine").
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.attribution import is_claimant_position
from materiel.extract.certainty import speaking_state
from materiel.extract.doc import Ann, ArticleDoc
from materiel.models import Event, Ref


def is_claimant(doc: ArticleDoc, ann: Ann, lo: int, hi: int) -> bool:
    """A mention that says something ("US Africa Command says ...", "according to Russia") fills no role."""
    return is_claimant_position(doc.tokens.key, ann, lo, hi) and not admits_loss(doc, ann) and not announces(doc, ann)


OBJECT_STARTS = frozenset("a an the its their another further new fresh".split())


def announces(doc: ArticleDoc, ann: Ann) -> bool:
    """'The Pentagon announced a new package for Ukraine': announcing a package or a sale is the
    giver's own act, so the announcer is its subject; "announced that ..." only tells of it."""
    keys = doc.tokens.key
    k = ann.j + (keys[ann.j:ann.j + 1] in (["has"], ["have"], ["had"], ["on"]))
    return k + 1 < len(keys) and keys[k] in lx.ANNOUNCING and keys[k + 1] in OBJECT_STARTS


ADMITTING = frozenset("confirmed confirms acknowledged acknowledges admitted admits announced reported".split())


def admits_loss(doc: ArticleDoc, ann: Ann) -> bool:
    """'The Pentagon has confirmed the loss of five Reapers': who admits a loss is its owner."""
    keys = doc.tokens.key
    k = ann.j + (keys[ann.j:ann.j + 1] in (["has"], ["have"], ["had"]))
    return keys[k:k + 1] != [] and keys[k] in ADMITTING and keys[k + 1:k + 3] in (["the", "loss"], ["the", "losses"])


ADMISSIONS = frozenset(("acknowledged", "acknowledges", "admitted", "admits"))
LOSS_WORDS = frozenset(("loss", "losses", "lost", "losing"))


def admits_own_loss(doc: ArticleDoc, trig) -> bool:
    """'The Pentagon acknowledged that two Reapers had been shot down', 'the ministry confirmed it had
    lost a Su-34': a speaker admitting a loss (before it, in its sentence) that names no owner owns it;
    "confirmed" admits only a loss told as one ("confirmed that two jets were shot down" may be a claim)."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(trig.i)][0]
    before = keys[lo:trig.i]
    return not ADMISSIONS.isdisjoint(before) or keys[trig.i] in LOSS_WORDS and not ADMITTING.isdisjoint(before[-8:])


def loser_abroad(doc: ArticleDoc, event: Event) -> Ref | None:
    """'Moscow claims it destroyed eight Leopard tanks near Orikhiv': a loss naming no owner, that
    one state claims, at a place in another state, is that other state's (not "Ukraine said it
    destroyed a launcher in Crimea": a place of the claimant's own)."""
    if event.type != "loss" or event.actor is not None or event.destination is None:
        return None
    claimants = {s for s in (speaking_state(doc, r) for r in event.attributed_to) if s is not None}
    attrs = event.destination.attrs or {}
    country = attrs.get("stands_for") or attrs.get("country")
    if len(claimants) != 1 or country is None or country in claimants or _another_party(doc, event, claimants):
        return None
    state = doc.catalog.get("actor", country)
    return Ref(state.id, state.name) if state is not None and state.get("kind") == "state" else None


def _another_party(doc: ArticleDoc, event: Event, claimants: set[str]) -> bool:
    """Whether the loss's sentence names a party other than its claimant ("Israel says Hezbollah
    destroyed three Merkava tanks": Hezbollah destroyed them, and the tanks are Israel's)."""
    start = event.evidence[0].start if event.evidence else None
    if start is None:
        return True
    s = doc.sentence_of(doc.tokens.index_at(start))
    for a in doc.in_sentence(s, ("actor", "place")):
        if a.kind == "place" and a.entry.id == event.destination.id:
            continue  # "destroyed eight tanks in Ukraine": the place of the loss itself
        party = a.entry.id if a.kind == "actor" else a.entry.get("stands_for")
        if party is not None and party not in claimants:
            return True
    return False
