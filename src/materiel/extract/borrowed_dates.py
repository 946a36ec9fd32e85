"""Dates an undated event borrows from another sentence (merge step, after extraction).

An event its own sentence leaves undated (event_dates.py) takes the date of the event-less sentence
before it in its paragraph (or the lead, for the paragraph right after it; or any sentence before
one that tells the next step, "were then trucked"), of the event of its type told just before when
it names neither who did it nor any item ("Most of what left has gone to Crimea"), of the lead when
the headline tells the event (a headline restates its lead), of the next one when it goes on about the
same items or opens on the first or last of a movement's people or loads ("The last convoy left on
Wednesday"), of the latest attack told just before when a strike or loss names it ("the strike
destroyed nine helicopters"), of the attack told in the sentence just before a loss in the past at
no other place (its damage), of the loss told just before an attack on the lost item (its cause),
or of the sentence that introduced the happening a definite noun names ("the package"). A sentence
publishing a report dates the report and lends nothing to what the report tells; a vague time ("in
recent years") lends nothing either; nor does a date of a time clause ("four months after the
council agreed in June").
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.event_dates import (
    ATTACK_NOUNS,
    date_in_dateline,
    genitive_date,
    in_time_clause,
    relative_clause,
    saying_date,
)
from materiel.extract.participle_dates import REPORT_NOUNS
from materiel.models import DateValue, Event

# A sentence publishing a report dates the report, and lends no date to what the report tells.
PUBLISHING = frozenset("published publishes released releases issued issues presented unveiled".split())
MOVEMENTS = frozenset(("transfer", "deployment", "withdrawal"))
DEFINITES = frozenset(("the", "these", "those"))
SHIPMENT_NOUNS = frozenset("containers cargo shipment shipments consignment delivery deliveries batch convoy".split())
PLURAL_PRONOUNS = frozenset(("they", "these", "those"))
ENDS_OF_MOVEMENT = frozenset(("first", "last", "final", "remaining"))
MOVED_PEOPLE = frozenset(("officers", "police", "policemen", "fighters", "units", "aircraft", "jets"))
HAPPENING_NOUNS = frozenset("package shipment consignment delivery deal contract convoy".split())
VAGUE_TIMES = frozenset((("in", "recent", "years"), ("in", "recent", "months"), ("for", "years"), ("over", "the", "years"),
                         ("in", "the", "past"), ("for", "decades"), ("recently",), ("previously",)))
VAGUE_STARTS = frozenset(v[0] for v in VAGUE_TIMES)
THEN = frozenset(("then",))
NOT_STEPS = frozenset(("since", "until", "till", "by", "before", "from", "and", "just", "even", "back"))  # "since then"
PERFECT = frozenset(("has", "have"))  # "has lost 20 tanks": a tally, no damage of one attack


def borrow_dates(doc: ArticleDoc) -> None:
    """Dates from other sentences for undated events, in this order: the sentence just before in
    the paragraph (or the lead, before the paragraph after it, or before a next step, "then"), when
    it reports no event of its own ("Fighting began on Sunday. Drones struck the depot."); the event
    of its type just before, for one naming no actor and no item; the lead, for an event the headline
    tells; the next sentence, when it goes on about the same items ("The jets reached al-Jufra in
    mid-May", "They are the first of 108 ordered in 2019"); an earlier sentence that introduced the
    happening a definite noun names ("the package also contains ..."); for a strike or loss, the
    attack it names, its cause or its damage. Only a date of a main clause there, of no saying, of
    no time clause, of no report published and of no other kind of verb; never for an event whose
    sentence times itself vaguely ("in recent years")."""
    with_events = set(doc.event_sentences)
    for event, s in zip(doc.events, doc.event_sentences):
        if event.date is not None or _vague_time(doc, s):
            continue
        if s > 0 and s - 1 not in with_events and _goes_on_from_before(doc, s):
            event.date = _main_date(doc, s - 1, event.type)
        if event.date is None and event.actor is None and not event.equipment:
            event.date = _retold_date(doc, event, s)
        if event.date is None and _in_headline(doc, event):
            event.date = _main_date(doc, 1, event.type)
        if event.date is None and s + 1 < len(doc.sentences) and _goes_on_about(doc, event, s + 1):
            event.date = _main_date(doc, s + 1, event.type)
        if event.date is None:
            event.date = _antecedent_date(doc, s, event.type)
        if event.date is None and event.type in ("attack", "loss"):
            event.date = _strike_date(doc, s)
        if event.date is None and event.type == "loss":
            event.date = _damage_date(doc, event, s)
        if event.date is None and event.type == "attack":
            event.date = _cause_date(doc, s)


def _main_date(doc: ArticleDoc, s: int, etype: str) -> DateValue | None:
    """The first date of sentence s that dates its main clause and no verb of another kind of event."""
    end = _SentenceEnd(doc.sentences[s][1])
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    dates = doc.in_sentence(s, ("date",))
    if not dates:
        return None
    if not PUBLISHING.isdisjoint(keys[lo:hi]) and not REPORT_NOUNS.isdisjoint(keys[lo:hi]):
        return None  # "Amnesty published a report on Tuesday. It said ...": the date of the report
    for a in dates:
        if date_in_dateline(doc, a):
            continue
        if relative_clause(doc, a) is None and not genitive_date(doc, a) and not saying_date(doc, a, end) \
                and not in_time_clause(doc, a) and _kin(etype, _verb_type(doc, a, lo)):
            return a.value
    return None


class _SentenceEnd:
    """A stand-in trigger after the sentence, so that `saying_date` judges a date on its own."""

    type = "none"

    def __init__(self, i: int) -> None:
        self.i = self.j = i


def _verb_type(doc: ArticleDoc, date: Ann, lo: int) -> str | None:
    """The event type of the nearest trigger word before the date in its sentence, if any."""
    keys = doc.tokens.key
    for k in range(date.i - 1, lo - 1, -1):
        hit = lx.TRIGGERS.get(keys[k])
        if hit is not None:
            return hit[0]
    return None


def _kin(etype: str, other: str | None) -> bool:
    """Whether a verb of type `other` can tell on the same happening: its type, or another movement."""
    return other is None or other == etype or (etype in MOVEMENTS and other in MOVEMENTS)


def _goes_on_about(doc: ArticleDoc, event: Event, s: int) -> bool:
    """Whether sentence s refers back to the event's items: 'the containers', 'these jets', 'one
    of the drones' with a noun the event's own sentences use, or opens with 'They'."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[s]
    if event.equipment and keys[lo] in PLURAL_PRONOUNS:
        return True
    if event.type in MOVEMENTS and _first_or_last(keys, lo, hi):
        return True
    nouns = {keys[k + 1] for k in doc.positions(DEFINITES, lo, hi - 1) if _item_noun(keys[k + 1])}
    if not nouns:
        return False
    for ev in event.evidence:
        i, j = doc.tokens.index_at(ev.start), doc.tokens.index_at(ev.end)
        if nouns & set(keys[i:j]):
            return True
    return False


def _retold_date(doc: ArticleDoc, event: Event, s: int) -> DateValue | None:
    """'Russia started pulling hardware out of Kherson in November. Most of what left has gone to
    Crimea': an event naming neither who did it nor any item, told right after an event of its type,
    retells that event and takes its date."""
    if s == 0 or not _goes_on_from_before(doc, s):
        return None
    return next((e.date for e, t in zip(doc.events, doc.event_sentences)
                 if t == s - 1 and e.type == event.type and e.date is not None), None)


def _strike_date(doc: ArticleDoc, s: int) -> DateValue | None:
    """'Ukraine struck Berdiansk airfield on Tuesday. ... The strike destroyed nine helicopters': a
    definite noun naming an attack takes the date of the latest attack told in the three sentences
    before."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[s]
    if not any(keys[k] in DEFINITES and keys[k + 1] in ATTACK_NOUNS for k in range(lo, hi - 1)):
        return None
    for event, t in reversed(list(zip(doc.events, doc.event_sentences))):
        if s - 3 <= t < s and event.type == "attack" and event.date is not None:
            return event.date
    return None


def _damage_date(doc: ArticleDoc, event: Event, s: int) -> DateValue | None:
    """'Drones hit Engels air base on Saturday. Two Tu-95MS bombers were destroyed': a loss told in
    the past right after an attack of its paragraph (or of the lead, opening the next paragraph), at
    no other place, is that attack's damage and takes its date; not a tally in the perfect ("Ukraine
    has lost 20 tanks")."""
    from materiel.extract.place_roles import inside

    lo, hi = doc.sentences[s]
    if s == 0 or not _goes_on_from_before(doc, s) or not PERFECT.isdisjoint(doc.tokens.key[lo:hi]):
        return None
    for other, t in zip(doc.events, doc.event_sentences):
        if t == s - 1 and other.type == "attack" and other.date is not None:
            here, there = event.destination, other.destination
            if here is None or there is None or here.id == there.id and here.name == there.name \
                    or inside(here, there) or inside(there, here):
                return other.date
    return None


def _cause_date(doc: ArticleDoc, s: int) -> DateValue | None:
    """'Kyiv said on Wednesday its drones had sunk a Ropucha-class ship. A special unit attacked the
    Ropucha-class ship before dawn': an attack told in the past right after a loss, on the lost
    item, is what caused it and takes its date; not a campaign in the perfect ("have hit such ships")."""
    lo, hi = doc.sentences[s]
    if s == 0 or not PERFECT.isdisjoint(doc.tokens.key[lo:hi]):
        return None  # the lost item named ties the two sentences, across a paragraph break too
    named = {a.entry.id for a in doc.in_sentence(s, ("equipment",)) if a.entry is not None and a.entry.id}
    for other, t in zip(doc.events, doc.event_sentences):
        if t == s - 1 and other.type == "loss" and other.date is not None \
                and named & {item.id for item in other.equipment}:
            return other.date
    return None


def _first_or_last(keys: list[str], lo: int, hi: int) -> bool:
    """'The last American convoy drove out on Wednesday', 'The first Kenyan officers arrived in June
    2024': a sentence opening on the first or last of a movement's people or loads dates its ends."""
    if keys[lo] != "the" or lo + 1 >= hi or keys[lo + 1] not in ENDS_OF_MOVEMENT:
        return False
    return any(k in lx.PERSONNEL or k in MOVED_PEOPLE or k in SHIPMENT_NOUNS or _item_noun(k)
               for k in keys[lo + 2:min(hi, lo + 5)])


def _antecedent_date(doc: ArticleDoc, s: int, etype: str) -> DateValue | None:
    """'The Pentagon announced a $1bn package on Wednesday. ... The package also contains ...':
    a definite noun naming the happening takes the date of the sentence that introduced it."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[s]
    nouns = {keys[k + 1] for k in doc.positions(DEFINITES, lo, hi - 1) if keys[k + 1] in HAPPENING_NOUNS}
    if not nouns:
        return None
    for t in range(s - 1, max(-1, s - 4), -1):
        tlo, thi = doc.sentences[t]
        if nouns & set(keys[tlo:thi]):
            return _main_date(doc, t, etype)
    return None


def _in_headline(doc: ArticleDoc, event: Event) -> bool:
    """Whether the event is told in the headline, which restates the lead's happening: 'Drones hit
    bases across Russia' over 'Drones struck four air bases on Sunday'."""
    if not doc.document.title or len(doc.sentences) < 2:
        return False
    end = doc.tokens.end[doc.sentences[0][1] - 1]
    return any(ev.start < end for ev in event.evidence)


def _item_noun(key: str) -> bool:
    return key in lx.GENERIC_ITEMS or key in SHIPMENT_NOUNS or head_noun(key) is not None


def _goes_on_from_before(doc: ArticleDoc, s: int) -> bool:
    """Whether sentence s goes on from the one before: in its paragraph, opening the paragraph after
    a headline's lead ("Cargo flights to Benina have numbered more than 60 since 2020, a newspaper
    reported. // The aircraft are believed to have carried Pantsir-S1 systems"), which tells the
    lead's happening on, or telling a next step (`_next_step`)."""
    return _same_paragraph(doc, s - 1, s) or (s == 2 and bool(doc.document.title)) or _next_step(doc, s)


def _next_step(doc: ArticleDoc, s: int) -> bool:
    """'Il-76 flights to Benina have numbered dozens since June. // Crates unloaded there were then
    trucked to Kufra': a sentence telling its happening as the next step ("then") goes on from the
    one before, across a paragraph break too; not "since then", "by then" (a time after it)."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[s]
    return any(keys[k - 1] not in NOT_STEPS for k in doc.positions(THEN, lo + 1, hi))


def _same_paragraph(doc: ArticleDoc, a: int, b: int) -> bool:
    between = doc.text[doc.tokens.end[doc.sentences[a][1] - 1]:doc.tokens.start[doc.sentences[b][0]]]
    return "\n" not in between


def _vague_time(doc: ArticleDoc, s: int) -> bool:
    """'having delivered jets in recent years': the sentence times itself, vaguely."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    return any(tuple(keys[k:k + len(v)]) == v for k in doc.positions(VAGUE_STARTS, lo, hi) for v in VAGUE_TIMES if keys[k] == v[0])
