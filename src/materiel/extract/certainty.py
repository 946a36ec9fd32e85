"""Component: how sure the report is. One table of cues, checked in the event's sentence.

| certainty | cues |
| denied    | denied, denies, rejected (reports), refuted, dismissed (reports), "did not/never/no" before the trigger |
|           | (not when negated: "has neither confirmed nor denied", "did not deny") |
| alleged   | allegedly, alleged, accused, accusing, unverified, unconfirmed, purported(ly), claimed, claims, |
|           | "could not (independently) verify/confirm", "unable to verify" (nobody could check it) |
|           | (a party's claim; "claimed responsibility" is not a hedge) |
| likely    | likely, probably, appears/appeared to, apparently, suggests, believed, suspected, thought to,
|           | may/might have, possibly, presumably, seemingly, reportedly-likely ("is likely to have"), |
|           | "look(s) like", "is said to have" |
| confirmed | confirmed, confirms, officially, verified, geolocated, acknowledged, admitted, "documented by |
|           | photographs/video" (visual confirmation); a state party to the event (actor or |
|           | recipient) among its claimants ("..., the Polish ministry said", "Germany said it would |
|           | deliver", "US Central Command said its forces struck"): an official confirmation |
| reported  | everything else (the default; a group's claim of its own deed, one side's word on the |
|           | other's loss) |
One document-level rule: an event whose actor or recipient denies it in another sentence that
names the other party, one of its items or places (its own name is no link), or that says "the
report(s)/accusations/claims" in the three sentences after the event is told ("Pyongyang denied the
reports") is denied, and the denier joins its claimants. Deniers named together ("Both Moscow
and Pyongyang denied") deny only events between them, and each joins; a denial of the event its
own sentence reports ("accused Turkey of deploying F-16s, an accusation Ankara denied") covers
other events only of that type that share an item with it (any, when it names none). A reply to
reports told before it ("dismissed reports of arms transfers") answers them, not background told
after it (one opening the story, "Iran rejected accusations that ...", still reaches forward); "rejected the claim" (a definite report word in the singular) answers the one claim of the
sentence before (its denier need be no party: the side said to be hit rejects it too), not an
earlier delivery sharing its item. "has not claimed the strikes" is no cue.
A hedge on any part of the event (the origin "likely from Syria") makes the whole event likely; a cue
before a "since"/"as" clause (not one a comma closes before the event's verb), or a time clause with
its own verb ("a day after drones struck Kyiv"), does not reach an event that clause holds ("Iran
denies arming Russia as drones hit Kyiv": the attack is not denied); nor does one in an "as",
"since", "while" or "although" clause after the event's verb, or a time clause opened just before
it (", a day after the Pentagon accused Caracas of ...": not alleged), nor one closing its clause
before a ", and" clause that holds the event (", the ministry said at the time, and Yerevan ordered"). A negation before the trigger denies it ("did not supply"), unless it
negates a verb of saying in between ("has never publicly confirmed selling").
A cue across a semicolon from the event's verb is its own clause's ("struck the ship; two crew are
believed to be held" is no hedge on the attack).
The strongest doubt wins: denied > alleged > likely > confirmed > reported. A claimed event whose
next sentence (same paragraph, no event of its own) says nobody could check it ("The claim could not
be independently verified") is alleged.
"""
from __future__ import annotations

from dataclasses import dataclass

from materiel.extract.claim_clauses import clause_apart, trigger_token
from materiel.extract.doc import ArticleDoc
from materiel.extract.registry import component
from materiel.extract.responsibility import claims_attack
from materiel.models import Ref

CUES: dict[str, frozenset[str]] = {
    "denied": frozenset("denied denies deny denying refuted refutes rejected rejects dismissed dismisses".split()),
    "alleged": frozenset("allegedly alleged accused accuses accusing unverified unconfirmed purported purportedly claimed claims".split()),
    "likely": frozenset("""likely probably appears appear appeared apparently suggests suggest suggesting suggested
                         believed suspected thought possibly presumably seemingly probable""".split()),
    "confirmed": frozenset("confirmed confirms confirm officially verified geolocated acknowledged acknowledges admitted admits".split()),
}
ORDER = ("denied", "alleged", "likely", "confirmed")
CUE_OF = {word: label for label in reversed(ORDER) for word in CUES[label]}  # each cue word has one label
CUE_WORDS = frozenset((*CUE_OF, "verify"))  # the words certainty_of tries
DOCUMENTING = frozenset(("documented", "recorded"))
NEGATORS = frozenset(("not", "n't", "never", "no"))
VISUAL = frozenset("photographs photos photo video videos footage imagery images".split())
HEARSAY_AUX = frozenset(("is", "are", "was", "were", "been", "be"))
VERIFY = frozenset("verify verified confirm confirmed".split())
SPEECH = frozenset("""confirm confirmed confirms acknowledge acknowledged acknowledges admit admitted admits say said
says claim claimed claims disclose disclosed discloses announce announced announces comment commented comments deny denied""".split())
DENIAL_NEGATORS = frozenset(("not", "n't", "never", "neither", "nor"))
UNDOING = frozenset(("not", "n't", "never", "yet", "no", "without", "cannot", "could", "neither", "nor"))


def certainty_of(doc: ArticleDoc, lo: int, hi: int, trigger: int | None = None) -> str:
    """The certainty of an event whose sentence spans tokens [lo, hi)."""
    keys = doc.tokens.key
    found = set()
    for k in doc.positions(CUE_WORDS, lo, hi):
        label = CUE_OF.get(keys[k])
        if clause_apart(keys, k, trigger) or _past_semicolon(keys, k, trigger):
            continue
        if label is not None and not _cue_undone(keys, lo, hi, k, label):
            found.add(label)
        elif keys[k] in VERIFY and _unverified(keys, lo, k):
            found.add("alleged")
    if k_may_have(doc, lo, hi):
        found.add("likely")
    if visually_documented(doc, lo, hi):
        found.add("confirmed")
    if trigger is not None and (_negated(keys[max(lo, trigger - 3):trigger]) or _none_of_them(keys, lo, trigger)):
        found.add("denied")
    for label in ORDER:
        if label in found:
            return label
    return "reported"


def _past_semicolon(keys: list[str], k: int, trigger: int | None) -> bool:
    """'The group claimed the attacks on two ships; others are believed to be held': a cue across a
    semicolon from the event's verb hedges its own clause (a speaker there may still claim it: "...
    hit the base; the Islamic Resistance claimed responsibility")."""
    return trigger is not None and ";" in keys[min(k, trigger):max(k, trigger)]


def _unverified(keys: list[str], lo: int, k: int) -> bool:
    """'could not be independently verified', 'Reuters was unable to verify': nobody could check the
    claim, so it is unverified (alleged). A party not confirming its own deed ("Ankara has never
    confirmed selling") is no such statement."""
    before = keys[max(lo, k - 4):k]
    if not any(w in UNDOING or w == "unable" for w in before):
        return False
    return keys[k] in ("verify", "verified") or "independently" in before


def _none_of_them(keys: list[str], lo: int, trigger: int) -> bool:
    """'No Su-35 jets were sent to Iran', 'no weapons have been delivered': 'no' opening the subject
    of the trigger denies it ("no longer" and "no one" tell something else)."""
    for k in range(trigger - 1, max(lo - 1, trigger - 7), -1):
        if keys[k] in (",", ";", ":", "that", "which") or keys[k] in SPEECH:
            return False
        if keys[k] == "no":
            return keys[k + 1] not in ("longer", "one", "doubt")
    return False


def _negated(before: list[str]) -> bool:
    """'did not supply', 'never sent': a negation right before the trigger denies it, unless it
    negates a verb of saying in between ("has never publicly confirmed selling": no word either way)."""
    for n, word in enumerate(before):
        if word in NEGATORS and not any(w in SPEECH for w in before[n + 1:]):
            return True
    return False


def _cue_undone(keys: list[str], lo: int, hi: int, k: int, label: str) -> bool:
    """'not yet confirmed', 'neither confirmed nor denied', 'has not claimed', 'claimed responsibility',
    'claimed an attack' (a group's claim of its own act): no cue."""
    if label == "confirmed" and any(w in UNDOING for w in keys[max(lo, k - 3):k]):
        return True
    if label in ("denied", "alleged") and keys[k] not in ("allegedly", "alleged") and _undone(keys, lo, k):
        return True  # "has not claimed the strikes": no claim, so no claimant's word either
    return k + 1 < hi and claims_attack(keys, k)


HEDGE_FIRST = frozenset(("may", "might", "could", "look", "looks", "looked", "said"))  # first words of k_may_have


def k_may_have(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """Two-word hedges: 'may have come from', 'could have been', 'aircraft that look like Su-24s',
    'is said to have delivered' (not "said to reporters")."""
    keys = doc.tokens.key
    return any((keys[k] in ("may", "might", "could") and keys[k + 1] == "have")
               or (keys[k] in ("look", "looks", "looked") and keys[k + 1] == "like")
               or (keys[k] == "said" and keys[k + 1] == "to" and k > lo and keys[k - 1] in HEARSAY_AUX)
               for k in doc.positions(HEDGE_FIRST, lo, hi - 1))


def visually_documented(doc: ArticleDoc, lo: int, hi: int) -> bool:
    """'losses documented by photographs or video', 'documented with satellite imagery': a visual
    confirmation."""
    keys = doc.tokens.key
    return any(keys[k + 1] in ("by", "with", "in") and any(w in VISUAL for w in keys[k + 2:min(hi, k + 5)])
               for k in doc.positions(DOCUMENTING, lo, hi - 1))


@component("certainty", assigns=("events.certainty",), requires=("events", "events.attributed_to"))
def certainty(doc: ArticleDoc) -> ArticleDoc:
    """Set each event's certainty from the cues in its sentence; a state party telling it confirms it."""
    told = set(doc.event_sentences)
    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        event.certainty = certainty_of(doc, lo, hi, trigger_token(doc, event, lo, hi))
        if event.certainty == "reported" and party_confirms(doc, event):
            event.certainty = "confirmed"
        if event.certainty not in ("denied", "alleged") and event.attributed_to and unverified_next(doc, s, told):
            event.certainty = "alleged"
    return doc


def unverified_next(doc: ArticleDoc, s: int, told: set[int]) -> bool:
    """'The KNDF said its fighters shot down a K-8 jet. The claim could not be independently
    verified.': a sentence right after a claim, in its paragraph and with no event of its own, saying
    nobody could check it makes the claim alleged."""
    if s + 1 >= len(doc.sentences) or s + 1 in told or doc.paragraph_of(s + 1) != doc.paragraph_of(s):
        return False
    keys = doc.tokens.key
    lo, hi = doc.sentences[s + 1]
    return any(_unverified(keys, lo, k) for k in doc.positions(VERIFY, lo, hi))


def party_confirms(doc: ArticleDoc, event) -> bool:
    """'Poland's defence ministry said the launchers had arrived', 'Germany said it would deliver',
    'US Central Command said its forces struck': a state that is a party to the event (its actor or
    recipient) telling of it through its own people or bodies confirms it officially. A group's own
    claim is no official confirmation, nor is one side telling of the other's loss (not a party)."""
    parties = {r.id for r in (event.actor, event.recipient) if r is not None}
    return bool(parties) and any(speaking_state(doc, ref) in parties for ref in event.attributed_to)


def speaking_state(doc: ArticleDoc, ref: Ref) -> str | None:
    """The state a claimant speaks for: a state itself, or an official body of one."""
    actor = doc.catalog.get("actor", ref.id)
    if actor is not None:
        return actor.id if actor.get("kind") == "state" else None
    source = doc.catalog.get("source", ref.id)
    if source is not None and source.get("type") == "official":
        return source.get("country")
    return None


# A denial naming no other party, item or place ("Pyongyang denied the reports") answers the
# reports told in the sentences just before it, not every event of the denier in the article.
REPORT_REACH = 3
REPORT_WORDS = frozenset("report reports accusations accusation claim claims allegations allegation account".split())


@dataclass(frozen=True)
class Denial:
    """A party denying something: who, who denies with it ("Both Moscow and Pyongyang denied"),
    what the denial sentence names (ids, report words), and the items of the event it holds, if any."""

    denier: Ref
    names: frozenset[str]
    about_reports: bool
    together: frozenset[str] = frozenset()
    own: tuple[tuple[str, frozenset[str]], ...] | None = None  # (type, items) of its sentence's events
    answers: tuple[int, int] = (0, 0)  # characters of the sentences a bare "denied the reports" answers
    one_claim: bool = False  # "rejected the claim": the one claim told just before, nothing else
    ends: int = 0  # the character where the denial's sentence ends
    replies: bool = False  # it speaks of reports and an event of the denier was told before it

    def covers(self, event) -> bool:
        if self.one_claim and self.own is None and len(self.together) == 1:
            return _told_in(event, self.answers)  # "Ukraine rejected the claim": the claim just told, whoever's
        parties = {r.id for r in (event.actor, event.recipient) if r is not None and r.id}
        if self.denier.id not in parties or not self.together <= parties:
            return False
        if self.replies and all(ev.start >= self.ends for ev in event.evidence):
            return False  # a reply to reports told before answers them, not what is told after it
        items = {i.id for i in event.equipment if i.id}
        if self.own is not None:  # a denial of its own sentence's event: one of that type and items
            return any(event.type == t and (not own or bool(items & own)) for t, own in self.own)
        places = {r.id for r in (event.origin, event.destination) if r is not None and r.id}
        others = ((parties | places) - {self.denier.id}) | items  # its own name is no link to the event
        return bool(others & self.names) or self.about_reports and _told_in(event, self.answers)


def _told_in(event, span: tuple[int, int]) -> bool:
    """Whether the event is told in the character span (the reports a denial answers)."""
    return any(span[0] <= ev.start < span[1] for ev in event.evidence)


def denials(doc: ArticleDoc) -> list[Denial]:
    """Every denial in the document: each actor of the subject just before a denial verb that no
    negation undoes ("has neither confirmed nor denied" is none), with what the sentence names."""
    from materiel.extract.roles import actor_ref

    denying = CUES["denied"]
    sentences = sorted({doc.sentence_of(k) for k in doc.positions(denying)})  # the sentences with a denial word
    if not sentences:
        return []
    found: list[Denial] = []
    keys = doc.tokens.key
    own_events: dict[int, list] = {}
    first_told: dict[str, int] = {}  # the first sentence telling an event of each party
    for event, s in zip(doc.events, doc.event_sentences):
        own_events.setdefault(s, []).append((event.type, frozenset(i.id for i in event.equipment if i.id)))
        for party in (event.actor, event.recipient):
            if party is not None and party.id:
                first_told[party.id] = min(s, first_told.get(party.id, s))
    for s in sentences:
        lo, hi = doc.sentences[s]
        verbs = [k for k in doc.positions(denying, lo, hi) if not _undone(keys, lo, k)]
        if not verbs:
            continue
        anns = doc.in_sentence(s)
        before = [a for a in anns if a.kind in ("actor", "place") and a.j <= verbs[0] and verbs[0] - a.j <= 6]
        refs = [r for r in (actor_ref(doc, a) for a in _coordinated(keys, before)) if r is not None and r.id]
        if not refs:
            continue
        names = frozenset(r.id for a in anns for r in (_named(doc, a, actor_ref),) if r is not None and r.id)
        own = tuple(own_events[s]) if s in own_events else None
        together = frozenset(r.id for r in refs)
        about = any(k in REPORT_WORDS for k in keys[lo:hi])
        one = _one_claim(keys, verbs[0], hi)
        reach = 1 if one else REPORT_REACH
        answers = (doc.tokens.start[doc.sentences[max(0, s - reach)][0]], doc.tokens.start[lo])
        ends = doc.tokens.start[hi] if hi < len(keys) else len(doc.text)
        found.extend(Denial(r, names, about, together, own, answers, one, ends,
                            about and first_told.get(r.id, s) < s) for r in refs)
    return found


ONE_CLAIM = frozenset("claim report account accusation allegation".split())


def _one_claim(keys: list[str], verb: int, hi: int) -> bool:
    """'rejected the claim', 'denied the report': a definite report word in the singular right after
    the denial verb points back to the one claim just told (the sentence before), not to every event
    that shares a party or an item with the denial ("saying no Patriot had been hit")."""
    return verb + 2 < hi and keys[verb + 1] in ("the", "this", "that") and keys[verb + 2] in ONE_CLAIM


def _named(doc: ArticleDoc, ann, actor_ref):
    """What a mention of a denial sentence names: an item, the state it stands for, or a place."""
    if ann.kind == "equipment":
        return ann.entry
    return actor_ref(doc, ann) or (ann.entry if ann.kind == "place" else None)


def _undone(keys: list[str], lo: int, k: int) -> bool:
    return any(w in DENIAL_NEGATORS for w in keys[max(lo, k - 3):k])


def _coordinated(keys: list[str], before: list) -> list:
    """The last mention before a verb with those joined to it ("Moscow and Pyongyang", "X, Y and Z")."""
    if not before:
        return []
    chain = [before[-1]]
    for a in reversed(before[:-1]):
        gap = keys[a.j:chain[0].i]
        if not gap or len(gap) > 1 or gap[0] not in ("and", ",", "nor"):
            break
        chain.insert(0, a)
    return chain
