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
  ", an airbase it expanded in 2022", "the third ship it has sunk this month") dates its own verb,
  not a trigger outside it, unless it tells of the same event ("the delivery, which ...",
  "howitzers, which began arriving in 2022"; not a tally in the perfect, "it has sunk this
  month"); a genitive ("last month's killing") and a date between a determiner and its noun
  ("after the July 2023 coup") date that noun; participles take their own dates
  (participle_dates.py).
- a date in a phrase opened by after/before/following with no verb ("After talks in March,
  Russia delivered ...") dates its noun; a date before an 'and' right before the trigger belongs to
  the verb before it ("has flown MiG-29s since 1990 and received Su-35s"), unless it opens the
  sentence or "within hours" ties the later verb to it.
- a clause set against another by ", while" or ", whereas" ("jets in December 2022, while China has
  delivered trainers") tells another side's doing: a date of one dates no verb of the other; a
  clause after ", and" told in the present ("and four B-2s are now operating from Diego Garcia") is
  a state of affairs, not of the date before.
- a date opening an 'after' clause ("a day after drones struck Kyiv", "a year after it sent
  jets") dates that clause only; a clause opened by "days/weeks/months after" with no date of its
  own takes none from the date before it ("on Friday, days after Wagner left Kidal").
- a date inside an after/before clause with a verb, opened by a span of time after the trigger
  ("handed it over, four months after the council agreed in June"), dates that clause only.

Of the dates left, those in the trigger's scope come first, then the rest of the sentence; the
nearest to the trigger wins. An event still undated borrows from another sentence
(borrowed_dates.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from materiel.extract import lexicon as lx
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.participle_dates import (
    AUXILIARIES,
    CLAUSE_ENDS,
    IRREGULAR_PARTICIPLES,
    participle_takes_date,
)
from materiel.models import DateValue

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
DASHES = frozenset(("-", "—", "–"))
PERFECT_AUX = frozenset(("has", "have", "had"))
TIME_PREPS = frozenset(("after", "before", "following"))
CONTRASTS = frozenset(("while", "whereas"))
PRESENT = frozenset(("now", "is", "are", "remain", "remains"))
TIMES_OF_DAY = frozenset("midnight dawn noon sunrise sunset nightfall daybreak".split())
SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))
# Nouns that name a happening itself, so "the package" refers back to the sentence that announced it.
ATTACK_NOUNS = frozenset("strike attack raid assault barrage ambush bombardment salvo".split())
SAME_DAY_CUES = frozenset(("overnight", "hours"))
# "days after Wagner left Kidal": a span long enough that the clause is not of the date before it
# (", after rebels stormed Damascus" and "hours after" may be the same day).
ATTRIBUTIVE_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
NOT_NOUNS_AFTER_DATE = frozenset("""and or to of in on at by for from with as when after before that which
was were is are has have had""".split())
TIME_NOUNS = frozenset("days weeks months years".split())
SPANS = TIME_NOUNS | frozenset("day week month year decade decades".split())  # "a year after", "four months after"


def event_date(doc: ArticleDoc, trig: "Trigger", scope: list[Ann], sentence: list[Ann]) -> DateValue | None:
    """The date of the event at `trig`: the nearest date of its sentence that grammar gives to it."""
    dates = [a for a in sentence if a.kind == "date"]
    if dates and date_in_dateline(doc, dates[0]) and not _same_day(doc, trig.i):
        dates = dates[1:]  # "KYIV, May 3 (Reuters) - Russia has deployed ...": the filing date
    if not dates:
        return None
    lo, hi = doc.sentences[doc.sentence_of(dates[0].i)]  # the dates' sentence, found once for the rules below
    said = [] if trig.type == "order" else [a for a in dates if _said(doc, a, trig, lo, hi)]
    usable = [a for a in dates if a not in said and _dates_trigger(doc, a, trig, lo, hi)]
    own = [a for a in usable if a.j + 2 == trig.i and genitive_date(doc, a)]
    pool = own or [a for a in usable if a in scope] or usable  # "last month's bombing" is last month's
    if pool:
        return min(pool, key=lambda a: abs(a.i - trig.i)).value
    if said and _dated_by_statement(doc, trig):
        return said[0].value
    return None


def date_in_dateline(doc: ArticleDoc, date: Ann) -> bool:
    """'KYIV, May 3 (Reuters) - ...', 'May 3 (Reuters) - ...': a date between a dateline's place (or
    the sentence start) and its dash."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(date.i)][0]
    if DASHES.isdisjoint(keys[date.j:min(date.j + 5, lo + 12)]):
        return False  # no dash right after: checked first, most dates stand far from a dateline
    placed = any(a.via == "dateline" and a.j <= date.i for a in doc.in_sentence(doc.sentence_of(date.i), ("place",)))
    return placed or date.i == lo


def _same_day(doc: ArticleDoc, i: int) -> bool:
    lo, hi = doc.sentences[doc.sentence_of(i)]
    return any(k in SAME_DAY_CUES for k in doc.tokens.key[lo:hi])


def saying_date(doc: ArticleDoc, date: Ann, trig: "Trigger") -> bool:
    """Whether `date` is attached to a verb of saying other than the trigger: right after it
    ("said on Friday", "told reporters on Monday") or before it with the trigger after the verb
    ("Iran on Tuesday rejected reports that ...", "On Friday, the ministry said ...")."""
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    return _said(doc, date, trig, lo, hi)


def _said(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int, hi: int) -> bool:
    """`saying_date` of a date in the sentence [lo, hi)."""
    keys = doc.tokens.key
    k = date.i - 1
    while k >= lo and date.i - k <= 6:
        names = doc.ending(k + 1, ("source", "actor", "place"))
        heard = [a for a in names if a.kind != "place"]  # "told Reuters on Friday": the one told
        if not heard and names:  # "told reporters in Vilnius on Monday": where it was said
            heard = [a for a in names if a.kind == "place" and keys[a.i - 1] in ("in", "at")]
        if heard:
            k = heard[0].i - 1
        elif keys[k] in SAYING_GAP:
            k -= 1
        else:
            break
    if k >= lo and _saying(doc, k) and not trig.i <= k < trig.j:
        return True
    if trig.i < date.i or doc.positions(lx.TRIGGERS, lo, date.i):
        return False  # "landed on Wednesday, RTB reported": the date follows its own verb
    for k in range(date.j, min(hi, date.j + 12)):
        if _saying(doc, k):
            return k < trig.i
        if keys[k] in lx.TRIGGERS or keys[k] == ";":
            return False
    return False


def _saying(doc: ArticleDoc, k: int) -> bool:
    return doc.tokens.key[k] in SAYING and doc.tokens.text[k].islower()  # not "the United States"


def _dates_trigger(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int, hi: int) -> bool:
    """Whether grammar gives the date (in the sentence [lo, hi)) to the trigger's verb or noun."""
    keys = doc.tokens.key
    if keys[date.j - 1] in ("after", "before"):  # "a day after drones struck": the clause it opens
        return trig.i >= date.j and not any(keys[k] in CLAUSE_ENDS for k in range(date.j, trig.i))
    if genitive_date(doc, date) and not (date.j + 2 == trig.i or trig.j <= date.i < trig.j + 5 or _causes(doc, date, trig)):
        return False
    if _attributive(doc, date) and date.j != trig.i:
        return False
    if _contrast_between(keys, date, trig) or _present_clause(keys, date, trig) \
            or _time_clause_between(keys, date.j, trig.i) \
            or _in_time_phrase(doc, date, trig, lo, hi) \
            or _earlier_conjunct(doc, date, trig, lo) or _in_later_time_clause(doc, date, trig, lo):
        return False
    clause = _relative_span(keys, date, lo, hi) or _contact_span(doc, date, lo, hi)
    if clause is not None and not clause[0] <= trig.i < clause[1] and not _about_trigger(doc, clause, trig):
        return False
    return not participle_takes_date(doc, date, trig, lo)


def _in_time_phrase(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int, hi: int) -> bool:
    """'After talks in Moscow in March, Russia delivered ...', 'delivered jets following a deal
    reached last year': a date inside a phrase opened by after/before/following dates its noun, not
    a trigger outside it ("shortly after midnight on Sunday" is the time itself; a clause with a
    verb of its own, "after Assad was ousted in December", is left to the rules of clauses)."""
    keys = doc.tokens.key
    for k in range(date.i - 1, max(lo - 1, date.i - 8), -1):
        if keys[k] in CLAUSE_ENDS:
            return False
        if keys[k] in TIME_PREPS:
            words = keys[k + 1:date.i]
            if keys[k + 1] in TIMES_OF_DAY or keys[k + 1][:1].isdigit() \
                    or any(w in AUXILIARIES or w in SUBJECT_PRONOUNS or w in lx.TRIGGERS for w in words):
                return False  # "after midnight on Sunday"; "after Assad was ousted in December": a clause
            end = next((n for n in range(date.j, hi) if keys[n] in CLAUSE_ENDS), None)
            return not (k < trig.i and (end is None or trig.i < end))
    return False


def in_time_clause(doc: ArticleDoc, date: Ann) -> bool:
    """'four months after the council agreed in June', 'before talks in March': whether the date
    stands in a clause or phrase opened by after/before/following, which dates that clause only."""
    keys = doc.tokens.key
    lo = doc.sentences[doc.sentence_of(date.i)][0]
    for k in range(date.i - 1, max(lo - 1, date.i - 16), -1):
        if keys[k] in CLAUSE_ENDS:
            return False
        if keys[k] in TIME_PREPS:
            return True
    return False


def _in_later_time_clause(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int) -> bool:
    """'Romania finished handing the battery over, four months after its defence council agreed in
    June to donate it': a date inside an after/before clause with a verb of its own, opened by a
    span of time after the trigger, dates that clause's verb, not the trigger before it (a bare
    "evacuated bases after Assad was ousted in December" may be the same month)."""
    keys, texts = doc.tokens.key, doc.tokens.text
    for k in range(date.i - 1, max(trig.j - 1, lo - 1, date.i - 16), -1):
        if keys[k] in CLAUSE_ENDS:
            return False
        if keys[k] in ("after", "before"):
            if keys[k - 1] not in SPANS:
                return False
            return any(texts[n].islower() and (keys[n].endswith("ed") or keys[n] in AUXILIARIES
                                               or keys[n] in IRREGULAR_PARTICIPLES) for n in range(k + 2, date.i))
    return False


def _earlier_conjunct(doc: ArticleDoc, date: Ann, trig: "Trigger", lo: int) -> bool:
    """'Iran has flown MiG-29s since 1990 and received Su-35s on Monday', 'Russia took the town in
    2023 and troops moved in': a date before an 'and' or 'but' that opens the trigger's own verb
    phrase or clause (at most three words before it) belongs to the verb before it; a date opening
    the sentence ("In 2023, Russia ordered and delivered ...") governs both, and so does one a 'when'
    clause spells out ("The strikes widened on Tuesday, when drones hit depots and struck the airport")
    or one the later verb is tied to by "within hours" ("left on Monday, and rebels moved in within hours")."""
    keys = doc.tokens.key
    if date.j > trig.i or date.i <= lo + 1 or keys[date.j:date.j + 2] == [",", "when"]:
        return False  # "on Tuesday, when drones hit the depots and struck the airport": both on Tuesday
    if "hours" in keys[trig.j:trig.j + 8]:
        return False  # "They left the base on Monday, and rebels moved in within hours": the same day
    return any(keys[k] in ("and", "but") and 0 < trig.i - k <= 3 and not doc.starting(k + 1, ("date",))
               for k in range(date.j, trig.i))  # not "on Monday and Tuesday struck": a range


def _contrast_between(keys: list[str], date: Ann, trig: "Trigger") -> bool:
    """'Russia handed over two jets in December 2022, while China has delivered trainers': a clause
    set against another by ", while" or ", whereas" tells another side's doing, so a date of one
    dates no verb of the other."""
    a, b = (date.j, trig.i) if date.j <= trig.i else (trig.j, date.i)
    return any(keys[k] in CONTRASTS and keys[k - 1] == "," for k in range(a + 1, b))


def _present_clause(keys: list[str], date: Ann, trig: "Trigger") -> bool:
    """'The Pentagon sent a carrier last month, and four B-2 bombers are now operating from Diego
    Garcia': a clause after ", and" told in the present is a state of affairs, not of the date before."""
    if date.j > trig.i:
        return False
    return any(keys[k] == "and" and keys[k - 1] == "," and not PRESENT.isdisjoint(keys[k + 1:trig.i])
               for k in range(date.j + 1, trig.i))


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


def genitive_date(doc: ArticleDoc, date: Ann) -> bool:
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
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    return _relative_span(doc.tokens.key, date, lo, hi)


def _relative_span(keys: list[str], date: Ann, lo: int, hi: int) -> tuple[int, int] | None:
    """`relative_clause` of a date in the sentence [lo, hi)."""
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
    """'Shigatse, an airbase it expanded in 2022', 'the deal, a contract Moscow signed in 2019', 'the
    second ship it has sunk this month': an apposition whose noun takes a relative clause with no
    'which' (a subject, then its verb, perfect or not); the
    span from its determiner to the next clause end, or None."""
    lo, hi = doc.sentences[doc.sentence_of(date.i)]
    return _contact_span(doc, date, lo, hi)


def _contact_span(doc: ArticleDoc, date: Ann, lo: int, hi: int) -> tuple[int, int] | None:
    """`contact_clause` of a date in the sentence [lo, hi)."""
    keys, texts = doc.tokens.key, doc.tokens.text
    ends = doc.positions(CLAUSE_ENDS, lo + 1, date.i)  # the clause end nearest before it, else the sentence start
    k = ends[-1] if ends else min(lo, date.i - 1)
    if keys[k] != "," or k + 3 >= date.i or keys[k + 1] not in ("a", "an", "the"):
        return None
    for v in range(k + 3, date.i):
        n = v - 2 if keys[v - 1] in PERFECT_AUX else v - 1  # "the second ship it has sunk this month"
        subject = keys[n] in SUBJECT_PRONOUNS or (texts[n][:1].isupper() and n > k + 1)
        if subject and texts[v].islower() and (keys[v].endswith("ed") or keys[v] in IRREGULAR_PARTICIPLES):
            end = next((n for n in range(date.j, hi) if keys[n] in CLAUSE_ENDS), hi)
            return k + 1, end
    return None


def _about_trigger(doc: ArticleDoc, clause: tuple[int, int], trig: "Trigger") -> bool:
    """'the delivery, which took place in March' (right after the trigger word) or 'howitzers,
    which began arriving in 2022' (a verb of the same type): the clause tells of the same event; not
    a tally in the perfect ("the second ship it has sunk this month")."""
    start, end = clause
    keys = doc.tokens.key
    if (start - 1 if keys[start - 1] == "," else start) == trig.j:
        return True
    return any(lx.TRIGGERS.get(keys[k], ("",))[0] == trig.type and keys[k - 1] not in PERFECT_AUX
               for k in range(start, end))


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
