"""The one document object that flows through the extraction components."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from operator import attrgetter
from dataclasses import dataclass, field
from itertools import chain
from typing import AbstractSet, Any, Iterator, Mapping

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


TEXT_ORDER = attrgetter("start", "end")  # the order of Ann.__lt__, as a sort key (stable on ties alike)


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
    definite_events: set[int] = field(default_factory=set)  # ids of events named by "the strike", "the withdrawal"
    spoken_subjects: dict[int, str] = field(default_factory=dict)  # event id -> role its speaker fills ("said it had")
    # Every event the events component built, dropped ones too: kept so that no id in the three
    # registries above can be taken by a later event while the document is processed.
    built_events: list[Event] = field(default_factory=list, repr=False)
    _by_sentence: list[tuple[Ann, ...]] = field(default_factory=list, repr=False)
    _of_kinds: dict[tuple[int, tuple[str, ...]], tuple[Ann, ...]] = field(default_factory=dict, repr=False)
    _by_start: dict[int, list[Ann]] = field(default_factory=dict, repr=False)
    _by_end: dict[int, list[Ann]] = field(default_factory=dict, repr=False)
    _covered: set[int] = field(default_factory=set, repr=False)
    _indexed_size: int = -1  # len(anns) when the buckets were made
    _covered_size: int = -1  # len(anns) when _covered was made
    _sentence_starts: list[int] = field(default_factory=list, repr=False, compare=False)  # first tokens, for sentence_of
    _starts_of: list | None = field(default=None, repr=False, compare=False)  # the sentence list they were read from
    _paragraphs: list[int] = field(default_factory=list, repr=False, compare=False)  # per sentence, for paragraph_of
    _at_words: dict[int, tuple] = field(default_factory=dict, repr=False, compare=False)  # id(words) -> (words, positions)
    _key_positions: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)  # key -> its tokens
    _keys_of: list | None = field(default=None, repr=False, compare=False)  # the key list they were read from

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_of(self, token: int) -> int:
        """The index of the sentence holding `token`."""
        starts = self._sentence_starts  # _first_tokens(), its usual case inline: this runs very often
        if self._starts_of is not self.sentences or len(starts) != len(self.sentences):
            starts = self._first_tokens()
        s = bisect_right(starts, token) - 1
        return s if s > 0 else 0  # not max(): a builtin call costs more than the test

    def _first_tokens(self) -> list[int]:
        """The first token of each sentence (read again when the sentence list changed)."""
        if self._starts_of is not self.sentences or len(self._sentence_starts) != len(self.sentences):
            self._starts_of = self.sentences
            self._sentence_starts = [lo for lo, _ in self.sentences]
        return self._sentence_starts

    def paragraph_of(self, s: int) -> int:
        """The number of the paragraph (line) holding sentence s: a newline between two sentences
        starts the next one."""
        if len(self._paragraphs) != len(self.sentences):
            self._paragraphs, number, before = [], 0, 0
            for lo, _ in self.sentences:
                start = self.tokens.start[lo] if lo < len(self.tokens) else len(self.text)
                number += self.text.find("\n", before, start) >= 0
                self._paragraphs.append(number)
                before = start
        return self._paragraphs[s]

    def sentences_holding(self, tokens: list[int]) -> Iterator[tuple[int, int, list[int]]]:
        """(lo, hi, the tokens inside) for each sentence [lo, hi) holding some of `tokens` (sorted), in
        order, so that a rule visits only the sentences where it may fire, not every sentence."""
        firsts, sentences, n = self._first_tokens(), self.sentences, 0
        while n < len(tokens):
            s = bisect_right(firsts, tokens[n]) - 1  # sentence_of, inline
            lo, hi = sentences[s if s > 0 else 0]
            end = bisect_left(tokens, hi, n)
            if lo <= tokens[n] < hi:
                yield lo, hi, tokens[n:end]
                n = end
            else:
                n += 1  # a token in no sentence

    def positions(self, words: AbstractSet[str] | Mapping[str, Any], lo: int = 0, hi: int | None = None) -> list[int]:
        """The tokens in [lo, hi) whose key is one of `words`, in text order, so that a rule looks only
        at the tokens it may fire on (found once per document and word set; do not change the list)."""
        kept = self._at_words.get(id(words))
        if kept is None or kept[0] is not words:
            kept = self._at_words[id(words)] = (words, self._tokens_of(words))
        found = kept[1]
        if hi is None:  # every token found is before the end
            return found if not found or lo <= found[0] else found[bisect_left(found, lo):]
        if not found or found[-1] < lo or found[0] >= hi:
            return []
        return found[bisect_left(found, lo):bisect_left(found, hi)]

    def _tokens_of(self, words: AbstractSet[str] | Mapping[str, Any]) -> list[int]:
        """The tokens whose key is one of `words`, in text order, read from the positions of each key."""
        at_key = self._at_key()
        if len(words) < len(at_key):  # the positions of each word the text has (at_key holds no empty list)
            hits = list(filter(None, map(at_key.get, words)))
        else:  # the positions of each key of the text that is one of the words
            hits = list(map(at_key.__getitem__, filter(words.__contains__, at_key)))
        return hits[0] if len(hits) == 1 else sorted(chain.from_iterable(hits))

    def _at_key(self) -> dict[str, list[int]]:
        """The tokens of each key, in text order (read once per token list)."""
        if self._keys_of is not self.tokens.key:
            self._keys_of, self._key_positions = self.tokens.key, {}
            at_key = self._key_positions
            for n, key in enumerate(self.tokens.key):  # no setdefault: it would make a list per token
                if key in at_key:
                    at_key[key].append(n)
                else:
                    at_key[key] = [n]
        return self._key_positions

    def _index(self) -> None:
        """Bucket the annotations by sentence, first token and end token (again when they changed),
        so components look up what stands at a token instead of scanning the document. The lookups
        below test `_indexed_size` before calling it: they run hundreds of times per document."""
        if self._indexed_size == len(self.anns):
            return
        by_sentence: list[list[Ann]] = [[] for _ in self.sentences]
        self._by_start, self._by_end, self._of_kinds = {}, {}, {}
        starts = self._first_tokens()
        at_start, at_end = self._by_start.setdefault, self._by_end.setdefault
        for a in sorted(self.anns, key=TEXT_ORDER):
            by_sentence[max(bisect_right(starts, a.i) - 1, 0)].append(a)
            at_start(a.i, []).append(a)
            at_end(a.j, []).append(a)
        self._by_sentence = [tuple(found) for found in by_sentence]
        self._indexed_size = len(self.anns)

    def replace(self, old: Ann, new: Ann) -> None:
        """Put `new` in the place of annotation `old` (a reading that covers it)."""
        self.anns.remove(old)
        self.anns.append(new)
        self._indexed_size = self._covered_size = -1

    def in_sentence(self, s: int, kinds: tuple[str, ...] | None = None) -> tuple[Ann, ...]:
        """Annotations inside sentence `s`, of `kinds` if given, in text order (kept until the
        annotations change: a tuple, read by many rules of the sentence)."""
        if self._indexed_size != len(self.anns):
            self._index()
        inside = self._by_sentence[s]
        if kinds is None or not inside:
            return inside
        found = self._of_kinds.get((s, kinds))
        if found is None:
            found = self._of_kinds[s, kinds] = tuple([a for a in inside if a.kind in kinds])
        return found

    def starting(self, i: int, kinds: tuple[str, ...]) -> list[Ann]:
        """Annotations of `kinds` whose first token is i."""
        if self._indexed_size != len(self.anns):
            self._index()
        found = self._by_start.get(i)
        return [a for a in found if a.kind in kinds] if found else []

    def ending(self, j: int, kinds: tuple[str, ...]) -> list[Ann]:
        """Annotations of `kinds` that end right before token j."""
        if self._indexed_size != len(self.anns):
            self._index()
        found = self._by_end.get(j)
        return [a for a in found if a.kind in kinds] if found else []

    def covered(self) -> set[int]:
        """The tokens some annotation already covers (a copy: callers add to it); made apart from
        the buckets of _index, as the components adding annotations ask for it alone."""
        if self._covered_size != len(self.anns):
            self._covered = set()
            for a in self.anns:
                self._covered.update(range(a.i, a.j))
            self._covered_size = len(self.anns)
        return set(self._covered)

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens.start[i], self.tokens.end[j - 1]

    def mentions(self) -> list[Mention]:
        """The annotations as record mentions, in text order."""
        from materiel.extract.mentions import to_mention

        return [to_mention(self, a) for a in sorted(self.anns, key=TEXT_ORDER)]
