"""Which date an event takes: one of its sentence that grammar gives to its verb, else a neighbour's.

In the sentence, a date dates the event's trigger unless it belongs to another verb or noun:

- a dateline's date ("KYIV, May 3 (Reuters) - ") is the filing date: it dates no event, unless the
  sentence ties its event to the day ("overnight").
- the saying: a date attached to a verb of saying ("said on Friday", "told Reuters on Friday", "on
  Friday rejected", "On Friday, the ministry said", "told reporters in Vilnius on Monday") dates the
  statement. An order is
  made by saying it and keeps that date; a strike or a loss claimed so is dated by it (a report
  of the day's fighting) unless told as ongoing ("has begun using"); a movement reported so ("said
  Rwanda had deployed", "has been sending") is a state of affairs with no date from it, unless the
  report ties it to its day ("overnight"). Footage and images ("broadcast on Friday", "images
  taken on Friday") date what they show.
- a relative clause (", which signed a pact in 2019,", or one with no 'which' in an apposition:
  ", an airbase it expanded in 2022") dates its own verb, not a trigger outside
  it, unless it tells of the same event ("the delivery, which ...", "howitzers, which began
  arriving in 2022"); so does a participle after a noun ("an embargo imposed in 2011", "tanks
  ordered in 2019"); a genitive ("last month's killing") and a date between a determiner and its
  noun ("after the July 2023 coup") date that noun.
- a date in a phrase opened by after/before/following with no verb ("After talks in March,
  Russia delivered ...") dates its noun; a date before an 'and' right before the trigger belongs to
  the verb before it ("has flown MiG-29s since 1990 and received Su-35s"), unless it opens the
  sentence.
- a date opening an 'after' clause ("a day after drones struck Kyiv", "a year after it sent
  jets") dates that clause only; a clause opened by "days/weeks/months after" with no date of its
  own takes none from the date before it ("on Friday, days after Wagner left Kidal").
- a reduced relative ("tanks bought by Taiwan were unloaded on Monday"): dates after the main
  verb belong to it, not to the participle.

Of the dates left, those in the trigger's scope come first, then the rest of the sentence; the
nearest to the trigger wins. An event still undated borrows from another sentence
(`borrow_dates`, run by merge): the event-less one before it in its paragraph, the next one when
it goes on about the same items or opens on the first or last of a movement's people or loads ("The
last convoy left on Wednesday"), the latest attack told just before when a strike or loss names it
("the strike destroyed nine helicopters"), or the one that introduced the happening a definite noun names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from materiel.extract import lexicon as lx
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.models import DateValue, Event

if TYPE_CHECKING:  # events imports this module; the trigger type is only needed for annotations
    from materiel.extract.events import Trigger

SAYING = frozenset("""said says say told tells reported reports stated states claimed claims confirmed confirms
announced announces added adds denied denies deny rejected rejects dismissed dismisses insisted insists
acknowledged acknowledges accused accuses warned warns wrote writes noted notes revealed reveals disclosed
discloses alleged alleges""".split())
# Words that may stand between a verb of saying and its date: "said in a statement on Monday".
SAYING_GAP = frozenset("""on in at late early earlier later a an the its his her their statement briefing
conference news reporters journalists interview weekly televised speech""".split())
RELATIVES = frozenset(("which", "who", "whose", "whom", "where"))
CLAUSE_ENDS = frozenset((",", ";", ":", "—", "–", "(", ")"))
AUXILIARIES = frozenset(("was", "were", "is", "are", "be", "been", "being", "has", "have", "had"))
FINITE_AUX = frozenset(("was", "were", "is", "are"))
IRREGULAR_PARTICIPLES = frozenset("bought sold built made held given sent brought fought won".split())
# Footage and images date what they show: "images taken on Friday", "a video filmed on Monday".
SIGHTING_PARTICIPLES = frozenset("""taken filmed recorded captured released posted published aired shared photographed
geolocated broadcast shot seen spotted""".split())
# Words before a participle that make it a finite verb or part of one, not a reduced relative.
NOT_NOUNS = frozenset(("and", "or", "then", "also", "it", "they", "he", "she", "we", "which", "who", "that", "not",
                       "never", "first", "later", "since", "recently", "newly", "being", "the", "a", "an", "its", "their",
                       "his", "her", "our", "this", "these", "those", *AUXILIARIES))
# Words after a participle that make it a reduced relative after a designation ("the M1A1s supplied
# by the United States last year"), not an adjective before a noun ("ATAGS towed howitzers").
PARTICIPLE_PREPS = frozenset("by to from in on at for with into under during since".split())
# A sentence publishing a report dates the report, and lends no date to what the report tells.
PUBLISHING = frozenset("published publishes released releases issued issues presented unveiled".split())
REPORT_NOUNS = frozenset("report reports study assessment findings investigation analysis dossier".split())
TIME_PREPS = frozenset(("after", "before", "following"))
TIMES_OF_DAY = frozenset("midnight dawn noon sunrise sunset nightfall daybreak".split())
SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))
MOVEMENTS = frozenset(("transfer", "deployment", "withdrawal"))
DEFINITES = frozenset(("the", "these", "those"))
SHIPMENT_NOUNS = frozenset("containers cargo shipment shipments consignment delivery deliveries batch convoy".split())
PLURAL_PRONOUNS = frozenset(("they", "these", "those"))
# Nouns that name a happening itself, so "the package" refers back to the sentence that announced it.
ATTACK_NOUNS = frozenset("strike attack raid assault barrage ambush bombardment salvo".split())
ENDS_OF_MOVEMENT = frozenset(("first", "last", "final", "remaining"))
MOVED_PEOPLE = frozenset(("officers", "police", "policemen", "fighters", "units", "aircraft", "jets"))
HAPPENING_NOUNS = frozenset("package shipment consignment delivery deal contract convoy".split())
SAME_DAY_CUES = frozenset(("overnight", "hours"))
# "days after Wagner left Kidal": a span long enough that the clause is not of the date before it
# (", after rebels stormed Damascus" and "hours after" may be the same day).
ATTRIBUTIVE_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
NOT_NOUNS_AFTER_DATE = frozenset("""and or to of in on at by for from with as when after before that which
was were is are has have had""".split())
TIME_NOUNS = frozenset("days weeks months years".split())
VAGUE_TIMES = frozenset((("in", "recent", "years"), ("in", "recent", "months"), ("for", "years"), ("over", "the", "years"),
                         ("in", "the", "past"), ("for", "decades"), ("recently",), ("previously",)))
VAGUE_STARTS = frozenset(v[0] for v in VAGUE_TIMES)


def event_date(doc: ArticleDoc, trig: "Trigger", scope: list[Ann], sentence: list[Ann]) -> DateValue | None:
    """The date of the event at `trig`: the nearest date of its sentence that grammar gives to it."""
    dates = [a for a in sentence if a.kind == "date"]
    if dates and _in_dateline(doc, dates[0]) and not _same_day(doc, trig.i):
        dates = dates[1:]  # "KYIV, May 3 (Reuters) - Russia has deployed ...": the filing date
    if not dates:
        return None
    said = [] if trig.type == "order" else [a for a in dates if saying_date(doc, a, trig)]
    usable = [a for a in dates if a not in said and _dates_trigger(doc, a, trig)]
    own = [a for a in usable if _genitive(doc, a) and a.j + 2 == trig.i]
    pool = own or [a for a in usable if a in scope] or usable  # "last month's bombing" is last month's
    if pool:
        return min(pool, key=lambda a: abs(a.i - trig.i)).value
    if said and _dated_by_statement(doc, trig):
        return said[0].value
    return None


def _in_dateline(doc: ArticleDoc, date: Ann) -> bool:
    """'KYIV, May 3 (Reuters) - ...', 'May 3 (Reuters) - ...': a date between a dateline's place (or
    the sentence start) and its dash."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(date.i)][0]
    placed = any(a.via == "dateline" and a.j <= date.i for a in doc.in_sentence(doc.sentence_of(date.i), ("place",)))
    if not placed and date.i != lo:
        return False
    return any(k in ("-", "—", "–") for k in keys[date.j:min(date.j + 5, lo + 12)])


def _same_day(doc: ArticleDoc, i: int) -> bool:
    lo, hi = doc.sentences[doc.sentence_of(i)]
    return any(k in SAME_DAY_CUES for k in doc.tokens.key[lo:hi])


def saying_date(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """Whether `date` is attached to a verb of saying other than the trigger: right after it
    ("said on Friday", "told reporters on Monday") or before it with the trigger after the verb
    ("Iran on Tuesday rejected reports that ...", "On Friday, the ministry said ...")."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    k = date.i - 1
    while k >= lo and date.i - k <= 6:
        heard = doc.ending(k + 1, ("source", "actor"))  # "told Reuters on Friday": the one told
        where = [a for a in doc.ending(k + 1, ("place",)) if keys[a.i - 1] in ("in", "at")]
        heard = heard or where  # "told reporters in Vilnius on Monday": where it was said
        if heard:
            k = heard[0].i - 1
        elif keys[k] in SAYING_GAP:
            k -= 1
        else:
            break
    if k >= lo and _saying(doc, k) and not trig.i <= k < trig.j:
        return True
    if trig.i < date.i or any(keys[k] in lx.TRIGGERS for k in range(lo, date.i)):
        return False  # "landed on Wednesday, RTB reported": the date follows its own verb
    for k in range(date.j, min(hi, date.j + 12)):
        if _saying(doc, k):
            return k < trig.i
        if keys[k] in lx.TRIGGERS or keys[k] == ";":
            return False
    return False


def _saying(doc: ArticleDoc, k: int) -> bool:
    return doc.tokens.key[k] in SAYING and doc.tokens.text[k].islower()  # not "the United States"


def _dates_trigger(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    keys = doc.tokens.key
    if keys[date.j - 1] in ("after", "before"):  # "a day after drones struck": the clause it opens
        return trig.i >= date.j and not any(keys[k] in CLAUSE_ENDS for k in range(date.j, trig.i))
    if _genitive(doc, date) and not (date.j + 2 == trig.i or trig.j <= date.i < trig.j + 5 or _causes(doc, date, trig)):
        return False
    if _attributive(doc, date) and date.j != trig.i:
        return False
    if _time_clause_between(keys, date.j, trig.i) or _in_time_phrase(doc, date, trig) or _earlier_conjunct(doc, date, trig):
        return False
    clause = relative_clause(doc, date) or contact_clause(doc, date)
    if clause is not None and not clause[0] <= trig.i < clause[1] and not _about_trigger(doc, clause, trig):
        return False
    return not _after_main_verb(doc, date, trig) and not _own_participle(doc, date, trig)


def _in_time_phrase(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'After talks in Moscow in March, Russia delivered ...', 'delivered jets following a deal
    reached last year': a date inside a phrase opened by after/before/following dates its noun, not
    a trigger outside it ("shortly after midnight on Sunday" is the time itself; a clause with a
    verb of its own, "after Assad was ousted in December", is left to the rules of clauses)."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(date.i)][0]
    for k in range(date.i - 1, max(lo - 1, date.i - 8), -1):
        if keys[k] in CLAUSE_ENDS:
            return False
        if keys[k] in TIME_PREPS:
            words = keys[k + 1:date.i]
            if keys[k + 1] in TIMES_OF_DAY or keys[k + 1][:1].isdigit() \
                    or any(w in AUXILIARIES or w in SUBJECT_PRONOUNS or w in lx.TRIGGERS for w in words):
                return False  # "after midnight on Sunday"; "after Assad was ousted in December": a clause
            end = next((n for n in range(date.j, doc.sentences[doc.sentence_of(date.i)][1]) if keys[n] in CLAUSE_ENDS), None)
            return not (k < trig.i and (end is None or trig.i < end))
    return False


def _earlier_conjunct(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'Iran has flown MiG-29s since 1990 and received Su-35s on Monday', 'Russia took the town in
    2023 and troops moved in': a date before an 'and' or 'but' that opens the trigger's own verb
    phrase or clause (at most three words before it) belongs to the verb before it; a date opening
    the sentence ("In 2023, Russia ordered and delivered ...") governs both."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(date.i)][0]
    if date.j > trig.i or date.i <= lo + 1:
        return False
    return any(keys[k] in ("and", "but") and 0 < trig.i - k <= 3 and not doc.starting(k + 1, ("date",))
               for k in range(date.j, trig.i))  # not "on Monday and Tuesday struck": a range


def _time_clause_between(keys: list[str], a: int, b: int) -> bool:
    """'delivered jets on Friday, days after Wagner left Kidal': a trigger at b inside a time clause
    opened after the date (ending at a) is no verb of that date; a comma after the opener ("On
    Friday, days after talks, Russia delivered") closes the clause before the trigger."""
    for k in range(a, b):
        if keys[k] in ("after", "before") and keys[k - 1] in TIME_NOUNS:
            return not any(keys[n] in CLAUSE_ENDS for n in range(k + 1, b))
    return False


def _attributive(doc: ArticleDoc, date: Ann) -> bool:
    """'after the July 2023 coup', 'the 2022 invasion': a date between a determiner and its noun
    dates that noun only ("the 24 September attack" dates the attack)."""
    keys, texts = doc.tokens.key, doc.tokens.text
    if date.i == 0 or keys[date.i - 1] not in ATTRIBUTIVE_DETERMINERS or date.j >= len(keys):
        return False
    return texts[date.j].isalpha() and texts[date.j].islower() and keys[date.j] not in NOT_NOUNS_AFTER_DATE


def _genitive(doc: ArticleDoc, date: Ann) -> bool:
    """'last month's killing', 'Tuesday's drones': the date names its noun's time, so it dates the
    event only when that noun is the trigger ("Sunday's strike") or its object ("shot down Tuesday's drones")."""
    keys = doc.tokens.key
    return keys[date.j:date.j + 2] == ["'", "s"]


def _causes(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'Sunday's strike on Kharkiv destroyed two jets': an attack named by a genitive date, as the
    subject of the trigger's clause, dates what it caused."""
    keys = doc.tokens.key
    if date.j + 2 >= len(keys) or keys[date.j + 2] not in ATTACK_NOUNS or not date.j + 2 < trig.i <= date.j + 8:
        return False
    return not any(keys[k] in CLAUSE_ENDS for k in range(date.j + 3, trig.i))


def relative_clause(doc: ArticleDoc, date: Ann) -> tuple[int, int] | None:
    """The token span of the relative clause holding `date` (from its 'which'/'that' to the next
    comma or the sentence end), or None when the date stands in a main clause."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    start = None
    for k in range(date.i - 1, lo, -1):
        if keys[k] in CLAUSE_ENDS:
            break
        if keys[k] in RELATIVES:
            start = k
            break
    if start is None:
        return None
    end = next((k for k in range(date.j, hi) if keys[k] in CLAUSE_ENDS), hi)
    return start, end


def contact_clause(doc: ArticleDoc, date: Ann) -> tuple[int, int] | None:
    """'Shigatse, an airbase it expanded in 2022', 'the deal, a contract Moscow signed in 2019': an
    apposition whose noun takes a relative clause with no 'which' (a subject, then its verb); the
    span from its determiner to the next clause end, or None."""
    keys, texts = doc.tokens.key, doc.tokens.text
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    k = date.i - 1
    while k > lo and keys[k] not in CLAUSE_ENDS:
        k -= 1
    if keys[k] != "," or k + 3 >= date.i or keys[k + 1] not in ("a", "an", "the"):
        return None
    for v in range(k + 3, date.i):
        subject = keys[v - 1] in SUBJECT_PRONOUNS or (texts[v - 1][:1].isupper() and v - 1 > k + 1)
        if subject and texts[v].islower() and (keys[v].endswith("ed") or keys[v] in IRREGULAR_PARTICIPLES):
            end = next((n for n in range(date.j, hi) if keys[n] in CLAUSE_ENDS), hi)
            return k + 1, end
    return None


def _about_trigger(doc: ArticleDoc, clause: tuple[int, int], trig: "Trigger") -> bool:
    """'the delivery, which took place in March' (right after the trigger word) or 'howitzers,
    which began arriving in 2022' (a verb of the same type): the clause tells of the same event."""
    start, end = clause
    if (start - 1 if doc.tokens.key[start - 1] == "," else start) == trig.j:
        return True
    return any(lx.TRIGGERS.get(k, ("",))[0] == trig.type for k in doc.tokens.key[start:end])


def _own_participle(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'an embargo imposed on Libya in 2011', 'tanks ordered in 2019': a participle after a noun
    (or a designation: "the M1A1s supplied last year"), between the trigger and the date or before
    both, takes the date, unless it is a verb of the event's type."""
    keys, texts = doc.tokens.key, doc.tokens.text
    before = trig.j > date.i  # "Of the tanks sent by Poland in 2023, ten were lost": a passive with its agent
    if before and "," not in keys[date.j:trig.i]:
        return False
    lo = doc.sentences[doc.sentence_of(date.i)][0] if before else trig.j
    for k in range(date.i - 1, max(lo, date.i - 6), -1):  # a participle's phrase is short
        if keys[k] in CLAUSE_ENDS:
            return False
        participle = texts[k].islower() and "-" not in texts[k] \
            and (keys[k].endswith("ed") or keys[k] in IRREGULAR_PARTICIPLES) \
            and keys[k] not in SIGHTING_PARTICIPLES
        noun = (texts[k - 1].isalpha() and texts[k - 1].islower() and keys[k - 1] not in NOT_NOUNS) \
            or (bool(doc.ending(k, ("equipment",))) and (keys[k + 1] in PARTICIPLE_PREPS or k + 1 == date.i))
        if participle and noun and (not before or keys[k + 1] == "by"):
            return lx.TRIGGERS.get(keys[k], ("",))[0] != trig.type
    return False


def _after_main_verb(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """'The tanks bought by Taiwan were unloaded on Monday': the participle is no main verb, and a
    date after the clause's own 'were' belongs to that verb."""
    keys = doc.tokens.key
    if not trig.passive or date.i < trig.j or (trig.i > 0 and keys[trig.i - 1] in AUXILIARIES):
        return False
    return any(keys[k] in FINITE_AUX for k in range(trig.j, date.i))


def _dated_by_statement(doc: ArticleDoc, trig: "Trigger") -> bool:
    """A strike or a loss claimed in a statement ("said on Friday its forces had destroyed") is
    dated by it: the report of a day's fighting; not when it is ongoing ("has begun using"). A
    movement reported so ("said Rwanda had deployed") is a state of affairs with no date, unless
    the report ties it to its day ("overnight", "hours earlier")."""
    keys = doc.tokens.key
    lo, hi = doc.sentences[doc.sentence_of(trig.i)]
    if _same_day(doc, trig.i):
        return True
    ongoing = any(k in ("has", "have", "is", "are") for k in keys[max(lo, trig.i - 12):trig.i])
    return trig.type in ("attack", "loss") and not ongoing


def borrow_dates(doc: ArticleDoc) -> None:
    """Dates from other sentences for undated events, in this order: the sentence just before in
    the paragraph, when it reports no event of its own ("Fighting began on Sunday. Drones struck
    the depot."); the next sentence, when it goes on about the same items ("The jets reached
    al-Jufra in mid-May", "They are the first of 108 ordered in 2019"); an earlier sentence that
    introduced the happening a definite noun names ("the package also contains ..."). Only a
    date of a main clause there, of no saying, of no report published and of no other kind of
    verb; never for an event
    whose sentence times itself vaguely ("in recent years")."""
    with_events = set(doc.event_sentences)
    for event, s in zip(doc.events, doc.event_sentences):
        if event.date is not None or _vague_time(doc, s):
            continue
        if s > 0 and s - 1 not in with_events and _same_paragraph(doc, s - 1, s):
            event.date = _main_date(doc, s - 1, event.type)
        if event.date is None and s + 1 < len(doc.sentences) and _goes_on_about(doc, event, s + 1):
            event.date = _main_date(doc, s + 1, event.type)
        if event.date is None:
            event.date = _antecedent_date(doc, s, event.type)
        if event.date is None and event.type in ("attack", "loss"):
            event.date = _strike_date(doc, s)


def _main_date(doc: ArticleDoc, s: int, etype: str) -> DateValue | None:
    """The first date of sentence s that dates its main clause and no verb of another kind of event."""
    end = _SentenceEnd(doc.sentences[s][1])
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    if any(k in PUBLISHING for k in keys[lo:hi]) and any(k in REPORT_NOUNS for k in keys[lo:hi]):
        return None  # "Amnesty published a report on Tuesday. It said ...": the date of the report
    for a in doc.in_sentence(s, ("date",)):
        if _in_dateline(doc, a):
            continue
        if relative_clause(doc, a) is None and not _genitive(doc, a) and not saying_date(doc, a, end) \
                and _kin(etype, _verb_type(doc, a, doc.sentences[s][0])):
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


def _item_noun(key: str) -> bool:
    return key in lx.GENERIC_ITEMS or key in SHIPMENT_NOUNS or head_noun(key) is not None


def _same_paragraph(doc: ArticleDoc, a: int, b: int) -> bool:
    between = doc.text[doc.tokens.end[doc.sentences[a][1] - 1]:doc.tokens.start[doc.sentences[b][0]]]
    return "\n" not in between


def _vague_time(doc: ArticleDoc, s: int) -> bool:
    """'having delivered jets in recent years': the sentence times itself, vaguely."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    return any(tuple(keys[k:k + len(v)]) == v for k in doc.positions(VAGUE_STARTS, lo, hi) for v in VAGUE_TIMES if keys[k] == v[0])
