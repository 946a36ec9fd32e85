"""The one document object that flows through the extraction components."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from materiel.catalog.model import Catalog, Entry
from materiel.extract.tokens import Tokens
from materiel.models import Document, Event, Mention


@dataclass
class Ann:
    """An annotation over tokens [i, j): a catalog entry, a quantity or a date, before it is a Mention."""

    kind: str  # equipment, place, actor, source, quantity, date
    i: int
    j: int
    start: int
    end: int
    entry: Entry | None = None
    value: Any = None  # quantity: (int | None, qualifier); date: DateValue; designation: guessed class
    via: str = "name"

    def __lt__(self, other: "Ann") -> bool:
        return (self.start, self.end) < (other.start, other.end)


@dataclass
class ArticleDoc:
    """Text, tokens, sentences and annotations of one document; each component adds to it."""

    document: Document
    catalog: Catalog
    published: dt.date | None = None
    tokens: Tokens | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index spans
    anns: list[Ann] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_sentences: list[int] = field(default_factory=list)  # the sentence each event came from
    warnings: list[str] = field(default_factory=list)
    thin_events: set[int] = field(default_factory=set)  # ids of events with too little substance alone
    _by_sentence: list[list[Ann]] = field(default_factory=list, repr=False)
    _by_sentence_size: int = -1

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_of(self, token: int) -> int:
        """The index of the sentence holding `token`."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= token:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def in_sentence(self, s: int, kinds: tuple[str, ...] | None = None) -> list[Ann]:
        """Annotations inside sentence `s`, of `kinds` if given, in text order."""
        if self._by_sentence_size != len(self.anns):  # annotations changed: bucket them again
            self._by_sentence = [[] for _ in self.sentences]
            for a in sorted(self.anns):
                self._by_sentence[self.sentence_of(a.i)].append(a)
            self._by_sentence_size = len(self.anns)
        found = self._by_sentence[s]
        return list(found) if kinds is None else [a for a in found if a.kind in kinds]

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens.start[i], self.tokens.end[j - 1]

    def mentions(self) -> list[Mention]:
        """The annotations as record mentions, in text order."""
        from materiel.extract.mentions import to_mention

        return [to_mention(self, a) for a in sorted(self.anns)]
