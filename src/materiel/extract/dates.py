"""Component: dates, absolute and relative to the published date, never after it.

"17 January 2025", "Jan. 17", "the 17th of January", "2025-01-17" give days (a range, "3-4
August", its first day); "September 2024", "in May", "the end of July", "last month", "earlier
this week", "two weeks ago", "over the weekend" (the latest Saturday's) give months; "in 2022",
"since 2022", "spring 2023", "last year", "a year ago", "last summer", "this past summer" (the latest summer already
over), "this spring" give years; weekdays ("on Friday") are the latest such day up to publication
(that day itself in a Friday report, a week earlier for "last Friday"); a day or month with no
year takes a year its sentence wrote out before it ("in October 2022 and ... on 11 October"), else
the latest one up to publication; "yesterday", "last night",
"three days ago", "today", "tonight" count from it; "fiscal 2023", "Q1 2024" are years. Anaphors
count from the latest date the text gave before them: "the same day" ("that same night"), "the next day", "two days
later", "earlier that day", "hours later", "earlier in the day", "a day after ..." (a day before it), "a year after ..." / "a year later"
/ "the following year" / "later that year" (the year before / after / of it), "that month", "the
following month", "a month later" (its month, or the next), "over the same period" (that date as it
was given); when that latest date is a month or a year ("In
February, ... the previous day"), a day anaphor is that month or year.
Which date an event takes is decided in event_dates.py.
"""
from __future__ import annotations

import datetime as dt
import re

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.registry import component
from materiel.extract.tokens import WordMemo, word_class
from materiel.models import DateValue

MONTHS = {m: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for m in names}
WEEKDAYS = {d: n for n, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
YEAR = re.compile(r"^(19[4-9]\d|20\d\d)$")
# A day, or a range of days whose first day dates it ("3-4 August", "August 3-4", like "three to five").
DAY = re.compile(r"^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[-–](?:[1-9]|[12]\d|3[01]))?$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# The only words a date can start with, besides digits: months, weekdays and relative words.
STARTS = frozenset((*MONTHS, *WEEKDAYS, "yesterday", "today", "this", "last", "previous", "earlier"))
# "last summer" is a year: the latest such season already over ("this summer": the published year's).
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11)}
# "over the weekend", "at the weekend", "last weekend": the month of the latest Saturday, as "last week" is.
WEEKEND_PREPS = frozenset(("over", "at", "during", "on"))
YEAR_CONTEXT = frozenset(("in", "since", "from", "of", "by", "during", "early", "late", "mid", "until", "throughout",
                          "between", "spring", "summer", "autumn", "fall", "winter", "fiscal", "q1", "q2", "q3", "q4"))
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# "three days ago" is a day; weeks and months ago a month, as "last week" is; years ago a year.
AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
# Words before a bare month name ("in May", "the end of July", "images from December").
MONTH_CONTEXT = frozenset(("in", "since", "during", "until", "early", "late", "mid", "last", "of", "from", "throughout"))
# Dates that point back to the latest day (or, for a period, the latest date) the text gave:
# (keys, days after that day). "a day after drones struck" opens the clause it dates.
ANAPHORS = {
    ("the", "same", "day"): 0, ("that", "day"): 0, ("later", "that", "day"): 0, ("earlier", "that", "day"): 0,
    ("the", "course", "of", "the", "day"): 0, ("the", "next", "day"): 1, ("the", "following", "day"): 1,
    ("a", "day", "later"): 1, ("the", "previous", "day"): -1, ("the", "day", "before"): -1, ("a", "day", "earlier"): -1,
    ("a", "day", "after"): -1, ("one", "day", "after"): -1, ("two", "days", "after"): -2, ("three", "days", "after"): -3,
    ("hours", "after"): 0, ("a", "week", "after"): -7,
    ("two", "days", "later"): 2, ("three", "days", "later"): 3, ("a", "week", "later"): 7, ("one", "week", "later"): 7,
    ("the", "next", "morning"): 1, ("the", "following", "morning"): 1, ("that", "night"): 0, ("the", "same", "night"): 0,
    ("later", "that", "night"): 0, ("that", "morning"): 0, ("that", "evening"): 0,
    ("hours", "later"): 0, ("hours", "earlier"): 0, ("minutes", "later"): 0, ("later", "in", "the", "day"): 0,
    ("earlier", "in", "the", "day"): 0, ("that", "same", "day"): 0, ("that", "same", "night"): 0,
}
PERIOD_ANAPHORS = frozenset((("the", "same", "period"), ("that", "period")))
# Years counted from the latest date: "a year after Russia sent jets" (that clause is a year before it).
YEAR_ANAPHORS = {("a", "year", "after"): -1, ("a", "year", "earlier"): -1, ("a", "year", "later"): 1,
                 ("two", "years", "after"): -2, ("two", "years", "earlier"): -2, ("two", "years", "later"): 2,
                 ("the", "following", "year"): 1, ("the", "next", "year"): 1, ("the", "previous", "year"): -1,
                 ("the", "year", "before"): -1, ("that", "year"): 0, ("the", "same", "year"): 0,
                 ("later", "that", "year"): 0, ("earlier", "that", "year"): 0}
# Months counted from the latest date of a month or day: "the following month", "a month later".
MONTH_ANAPHORS = {("that", "month"): 0, ("the", "same", "month"): 0, ("later", "that", "month"): 0,
                  ("earlier", "that", "month"): 0, ("the", "following", "month"): 1, ("the", "next", "month"): 1,
                  ("a", "month", "later"): 1, ("the", "previous", "month"): -1, ("a", "month", "earlier"): -1}
# Every anaphor by its first two words (all have two or more), in the order above.
ANAPHORS_BY_START: dict[tuple[str, str], list[tuple[tuple[str, ...], int | tuple[str, int] | None]]] = {}
for _words, _days in (*ANAPHORS.items(), *((w, None) for w in PERIOD_ANAPHORS),
                      *((w, ("year", n)) for w, n in YEAR_ANAPHORS.items()),
                      *((w, ("month", n)) for w, n in MONTH_ANAPHORS.items())):
    ANAPHORS_BY_START.setdefault(_words[:2], []).append((_words, _days))
ANAPHOR_STARTS = frozenset((*(first for first, _ in ANAPHORS_BY_START), *NUMBER_WORDS, "tonight"))
MAY_START = STARTS | ANAPHOR_STARTS | {"the"}  # words DateParser.at does not turn away at once
# The words that open a date only before certain words ("the same day", "the weekend", "a year ago",
# "hours later"), each with those words: the next word rules most of them out at once.
_NEXT_WORDS: dict[str, set[str]] = {"the": {"weekend"}}
for _first, _second in ANAPHORS_BY_START:
    _NEXT_WORDS.setdefault(_first, set()).add(_second)
for _number in NUMBER_WORDS:
    _NEXT_WORDS.setdefault(_number, set()).update(AGO_UNITS)
OPENS_BEFORE = {w: frozenset(after) for w, after in _NEXT_WORDS.items() if w not in STARTS and w != "tonight"}
PARTS = ("mid", "early", "late")  # "mid-January", "late-2023"
# The words DateParser.at may find a date at, as a word class (see tokens.word_class); the words of
# OPENS_BEFORE are tried apart, only before one of their next words.
OPENS_ALONE = MAY_START.difference(OPENS_BEFORE)
MAY_OPEN = word_class(lambda t, k: k in OPENS_ALONE or k[:1].isdigit() or "-" in t and k.startswith(PARTS))
RELATIVE_STARTS = frozenset(("last", "this", "the", "yesterday", "today", "tonight", "previous", "earlier"))


def _month(key: str) -> int | None:
    return MONTHS.get(key)


def _not_after(value: dt.date, published: dt.date | None) -> dt.date:
    if published and value > published:
        try:
            return value.replace(year=value.year - 1)
        except ValueError:
            return value - dt.timedelta(days=365)
    return value


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


class DateParser:
    """Parses a date expression at a token, relative to the published date."""

    def __init__(self, keys: list[str], texts: list[str], published: dt.date | None) -> None:
        self.keys, self.texts, self.pub = keys, texts, published
        self.last_day: dt.date | None = None  # the latest day the text gave, for "the same day"
        self.sentence_year: int | None = None  # a year the sentence wrote out, for its dates without one
        self.sentence_month: int = 1  # the month of that date, if it had one
        self.last_value: str | None = None  # the latest date of any precision, for "the same period"

    def remember(self, value: str, precision: str) -> None:
        """Keep the latest date for the anaphors that follow it."""
        self.last_value = value
        if precision == "day":
            self.last_day = dt.date.fromisoformat(value)

    def at(self, i: int, hi: int) -> tuple[str, str, int] | None:
        """(ISO value, precision, end token) for a date starting at token i, or None."""
        key = self.keys[i]
        if key in OPENS_BEFORE and self.keys[i + 1:i + 2] and self.keys[i + 1] not in OPENS_BEFORE[key]:
            return None  # "the", "a", "that" before no word of a date they open
        if key == "the" and self.keys[i + 1:i + 2] == ["weekend"]:
            return self._relative(i, hi)
        if key in ANAPHOR_STARTS:
            if key == "tonight":
                return self._relative(i, hi)
            found = self._anaphor(i, hi)  # "earlier that day" before "earlier this week"
            if found or key not in STARTS:
                return found or (self._ago(i, hi) if key in NUMBER_WORDS else None)
        digit = key[:1].isdigit()
        if key not in STARTS and not digit and not key.startswith(PARTS):
            return None
        for rule in DIGIT_RULES if digit else RULES_BY_FIRST[key]:
            found = rule(self, i, hi)
            if found:
                return found
        return None

    def _skip_dot(self, j: int, hi: int) -> int:
        """Step over the dot of an abbreviated month ("Jan. 17"), never over a sentence's full stop."""
        return j + 1 if j + 1 < hi and self.texts[j] == "." else j

    def _year_after(self, j: int, hi: int) -> tuple[int | None, int]:
        """The year after a day or month: "17 January 2025", "Jan. 17, 2025", "March of 2023"."""
        k = j + 1 if j < hi and self.keys[j] in (",", "of") else j
        if k < hi and YEAR.match(self.keys[k]):
            return int(self.keys[k]), k + 1
        return None, j

    def _iso(self, i: int, hi: int):
        m = ISO.match(self.texts[i])
        if m and _safe_date(int(m[1]), int(m[2]), int(m[3])):
            return self.texts[i], "day", i + 1
        return None

    def _resolve(self, year: int | None, month: int, day: int | None) -> tuple[str, str] | None:
        if year is None and self.sentence_year is not None:
            year = self.sentence_year  # "in October 2022 and delivered the first on 11 October"
            if self.pub is not None and (year, month, day or 1) > (self.pub.year, self.pub.month, self.pub.day):
                year = None
            elif month < self.sentence_month:
                year = None  # "deployed in December 2023 ... swept into Goma in late January": not back before it
        if year is None and self.pub is None:
            return None
        y = year or self.pub.year
        if day is None:
            value = _safe_date(y, month, 1)
            if value and year is None:
                value = _not_after(value, self.pub)
            return (f"{value.year:04d}-{value.month:02d}", "month") if value else None
        value = _safe_date(y, month, day)
        if value and year is None:
            value = _not_after(value, self.pub)
        return (value.isoformat(), "day") if value else None

    def _day(self, i: int):
        """A day at token i; its text, since the key of a range ("3-4") loses the hyphen."""
        return DAY.match(self.texts[i]) if not YEAR.match(self.keys[i]) else None

    def _day_month(self, i: int, hi: int):
        of_month = i + 2 < hi and self.keys[i + 1] == "of" and _month(self.keys[i + 2]) is not None
        if not of_month and (i + 1 >= hi or _month(self.keys[i + 1]) is None):
            return None  # no month after it (most numbers): the day is not read
        d = self._day(i)
        if d and of_month:
            i += 1  # "17th of January"
        if not d or i + 1 >= hi or _month(self.keys[i + 1]) is None:
            return None
        j = self._skip_dot(i + 2, hi) if len(self.keys[i + 1]) <= 4 and i + 3 < hi else i + 2
        year, j2 = self._year_after(j, hi)
        res = self._resolve(year, _month(self.keys[i + 1]), int(d[1]))
        return (*res, j2 if year else j) if res else None

    def _month_day(self, i: int, hi: int):
        month = _month(self.keys[i])
        if month is None:
            return None
        j = self._skip_dot(i + 1, hi)
        if j < hi and self._day(j):
            year, j2 = self._year_after(j + 1, hi)
            res = self._resolve(year, month, int(self._day(j)[1]))
            return (*res, j2 if year else j + 1) if res else None
        return None

    def _month_year(self, i: int, hi: int):
        month = _month(self.keys[i])
        if month is None or not self.texts[i][0].isupper():
            return None
        year, j = self._year_after(self._skip_dot(i + 1, hi), hi)
        if year is not None:
            return f"{year:04d}-{month:02d}", "month", j
        if i > 0 and self.keys[i - 1] in MONTH_CONTEXT:
            res = self._resolve(None, month, None)  # a capital May after a preposition is no modal
            return (*res, i + 1) if res else None
        return None

    def _relative(self, i: int, hi: int):
        if self.pub is None:
            return None
        k = self.keys
        two = tuple(k[i:i + 2])
        three = tuple(k[i:i + 3])
        pub = self.pub
        if k[i] in ("last", "this") and i + 1 < hi and k[i + 1] in SEASONS:
            return self._season(k[i], SEASONS[k[i + 1]]), "year", i + 2
        if three[:2] == ("this", "past") and i + 2 < hi and k[i + 2] in SEASONS:  # "this past summer": the last one
            return self._season("last", SEASONS[k[i + 2]]), "year", i + 3
        if two in (("last", "weekend"), ("this", "weekend")) or (two == ("the", "weekend") and i > 0 and k[i - 1] in WEEKEND_PREPS):
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            return f"{saturday.year:04d}-{saturday.month:02d}", "month", i + 2
        if k[i] == "yesterday":
            return (pub - dt.timedelta(days=1)).isoformat(), "day", i + 1
        if k[i] in ("today", "tonight"):
            return pub.isoformat(), "day", i + 1
        if two in (("this", "morning"), ("this", "afternoon"), ("this", "evening")):
            return pub.isoformat(), "day", i + 2
        if two == ("last", "night"):
            return (pub - dt.timedelta(days=1)).isoformat(), "day", i + 2
        if two in (("last", "month"), ("previous", "month")) or three == ("earlier", "last", "month"):
            prev = pub.replace(day=1) - dt.timedelta(days=1)
            return f"{prev.year:04d}-{prev.month:02d}", "month", i + 2
        if two in (("this", "month"), ("this", "week"), ("last", "week")) or three in (("earlier", "this", "week"), ("earlier", "this", "month")):
            ref = pub - dt.timedelta(days=7) if two == ("last", "week") else pub
            return f"{ref.year:04d}-{ref.month:02d}", "month", i + (3 if k[i] == "earlier" else 2)
        if two in (("last", "year"), ("previous", "year")):
            return f"{pub.year - 1:04d}", "year", i + 2
        if two == ("this", "year") or three == ("earlier", "this", "year"):
            return f"{pub.year:04d}", "year", i + (3 if k[i] == "earlier" else 2)
        return None

    def _season(self, which: str, months: tuple[int, ...]) -> str:
        """'this summer' is the published year's; 'last summer' the latest summer already over."""
        year = self.pub.year
        if which == "last" and self.pub.month <= months[-1]:
            year -= 1
        return f"{year:04d}"

    def _weekday(self, i: int, hi: int):
        day = WEEKDAYS.get(self.keys[i])
        if day is None or self.pub is None or not self.texts[i][0].isupper():
            return None
        if i + 2 < hi and self.texts[i + 1] in (",", "("):  # "on Monday, May 5": the date itself
            found = self._day_month(i + 2, hi) or self._month_day(i + 2, hi)
            if found:
                return found
        back = (self.pub.weekday() - day) % 7  # "on Friday" in a Friday report is that day
        if back == 0 and i > 0 and self.keys[i - 1] == "last":
            back = 7  # "last Friday" in a Friday report is a week earlier
        return (self.pub - dt.timedelta(days=back)).isoformat(), "day", i + 1

    def _part_of(self, i: int, hi: int):
        """'mid-January', 'late-2023', 'early-March 2024': the month or year of a part of it."""
        head, _, rest = self.texts[i].lower().partition("-")
        if head not in ("mid", "early", "late") or not rest:
            return None
        if YEAR.match(rest):
            return (rest, "year", i + 1) if not self.pub or int(rest) <= self.pub.year else None
        month = _month(rest)
        if month is None:
            return None
        year, j = self._year_after(i + 1, hi)
        res = (f"{year:04d}-{month:02d}", "month") if year else self._resolve(None, month, None)
        return (*res, j if year else i + 1) if res else None

    def _anaphor(self, i: int, hi: int):
        """'the same day', 'the next day', 'a day after', 'over the same period': from the latest date."""
        for words, days in ANAPHORS_BY_START.get(tuple(self.keys[i:i + 2]), ()):
            if tuple(self.keys[i:i + len(words)]) != words:
                continue
            if isinstance(days, tuple) and days[0] == "month":
                return self._month_anaphor(days[1], i + len(words))
            if isinstance(days, tuple):  # years from the latest date, whatever its precision
                year = int(self.last_value[:4]) + days[1] if self.last_value else None
                ok = year is not None and (self.pub is None or year <= self.pub.year)
                return (f"{year:04d}", "year", i + len(words)) if ok else None
            if days is None:  # a period: the latest date, whatever its precision
                if self.last_value is None:
                    return None
                return self.last_value, ("year", "month", "day")[self.last_value.count("-")], i + len(words)
            if self.last_value is not None and self.last_value.count("-") < 2:
                # "In February, ... the previous day": a day of a month the text gave no day of
                return self.last_value, ("year", "month")[self.last_value.count("-")], i + len(words)
            if self.last_day is None:
                return None
            value = self.last_day + dt.timedelta(days=days)
            return (value.isoformat(), "day", i + len(words)) if self.pub is None or value <= self.pub else None
        return None

    def _month_anaphor(self, months: int, j: int):
        """'the following month', 'that month': the month of the latest day or month the text gave."""
        if self.last_value is None or self.last_value.count("-") < 1:
            return None
        n = int(self.last_value[:4]) * 12 + int(self.last_value[5:7]) - 1 + months
        year, month = divmod(n, 12)
        if self.pub is not None and (year, month + 1) > (self.pub.year, self.pub.month):
            return None
        return f"{year:04d}-{month + 1:02d}", "month", j

    def _ago(self, i: int, hi: int):
        """'three days ago', 'two weeks ago', 'a year ago', counted back from publication."""
        if self.pub is None or i + 2 >= hi or self.keys[i + 2] != "ago" or self.keys[i + 1] not in AGO_UNITS:
            return None
        n = NUMBER_WORDS.get(self.keys[i]) or (int(self.keys[i]) if self.keys[i].isdigit() else None)
        if not n:
            return None
        unit = AGO_UNITS[self.keys[i + 1]]
        value = self.pub - dt.timedelta(days=n * unit)
        if unit == 1:
            return value.isoformat(), "day", i + 3
        if unit == 365:
            return f"{self.pub.year - n:04d}", "year", i + 3
        return f"{value.year:04d}-{value.month:02d}", "month", i + 3

    def _year(self, i: int, hi: int):
        if i == 0 or self.keys[i - 1] not in YEAR_CONTEXT or not YEAR.match(self.keys[i]):
            return None
        year = int(self.keys[i])
        if self.pub and year > self.pub.year:
            return None
        return f"{year:04d}", "year", i + 1


def _digit(key: str) -> bool:
    return key[:1].isdigit()


# The rules DateParser.at tries in turn, each with a test of the first words it may fire on, so that
# a word is tried only by the rules that can start with it (the order decides which one wins).
DATE_RULES = (
    (DateParser._iso, _digit), (DateParser._day_month, _digit),
    (DateParser._month_day, MONTHS.__contains__), (DateParser._month_year, MONTHS.__contains__),
    (DateParser._relative, RELATIVE_STARTS.__contains__), (DateParser._weekday, WEEKDAYS.__contains__),
    (DateParser._year, _digit), (DateParser._part_of, lambda key: key.startswith(PARTS)), (DateParser._ago, _digit),
)
RULES_BY_FIRST = WordMemo(lambda key: tuple(rule for rule, may_start in DATE_RULES if may_start(key)))
# The rules of every key that starts with a digit (no other test holds for one), kept apart from the
# memo: numbers are many and mostly new.
DIGIT_RULES = tuple(rule for rule, may_start in DATE_RULES if may_start is _digit)


@component("dates", assigns=("mentions.date",), requires=("tokens", "sentences"))
def dates(doc: ArticleDoc) -> ArticleDoc:
    """Annotate dates with an ISO value and precision (day, month or year)."""
    toks = doc.tokens
    parser = DateParser(toks.key, toks.text, doc.published)
    # Only a word that may open a date is tried (the first tests of DateParser.at): a word of the
    # class, or one that opens a date only before certain words ("the same day") before one of them.
    keys = toks.key
    before_next = [i for i in doc.positions(OPENS_BEFORE, 0, len(keys) - 1) if keys[i + 1] in OPENS_BEFORE[keys[i]]]
    for lo, hi, starts in doc.sentences_holding(sorted({*toks.marked(MAY_OPEN), *before_next})):
        parser.sentence_year, parser.sentence_month = None, 1
        i = lo
        for c in starts:
            found = parser.at(c, hi) if c >= i else None
            if found is None:
                continue
            i = c
            value, precision, j = found
            parser.remember(value, precision)
            if any(map(YEAR.match, toks.key[i:j])):
                parser.sentence_year, parser.sentence_month = int(value[:4]), int(value[5:7] or 1)
            start, end = toks.start[i], toks.end[j - 1]
            doc.anns.append(Ann("date", i, j, start, end, value=DateValue(value, precision, doc.text[start:end])))
            i = j
    return doc
