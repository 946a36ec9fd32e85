"""A fast rule tokenizer and sentence splitter over raw text, keeping character offsets.

Components register word classes here (`word_class`): tests of a token made once per distinct token
text, so that a component reads the few tokens it may start at (`Tokens.marked`) without a lookup
per token."""
from __future__ import annotations

import re
from bisect import bisect_left
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from typing import Any, Callable

# A word keeps inner hyphens, dots, apostrophes and ampersands (T-72B3, U.S, d'Ivoire, AT&T); a slash
# and a possessive 's are tokens of their own, so BTR-80A/82 is BTR-80A, /, 82; "2,000" is one token.
# The word alternative is possessive: no shorter run of a word's letters or joined parts could match.
TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+\b|\w++(?:[-‐‑.&+]\w+|['’](?![sS]\b)\w+)*+|[^\w\s]")
SPLIT_TOKEN_RE = re.compile("(" + TOKEN_RE.pattern + ")")  # text.split: whitespace, token, whitespace, ..., whitespace
# ".", "!" or "?" (more may follow, then closing quotes or brackets) before a capital or a digit, or
# newlines. The pattern opens with a character class so that the scanner passes over the other
# characters at C speed; the lookbehinds tell which kind of ending the first character began.
SENT_END_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|(?<=\n)\n*)")
WORD_MEMO_SIZE = 1 << 17  # words a WordMemo remembers before it starts over
LAST_WORD_RE = re.compile(r"(\w+)$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt adm cdr brig prof st jan feb mar apr jun jul aug sep sept "
    "oct nov dec no vol fig approx est inc ltd co corp dept gov sen rep rev vs etc al".split()
)
ABBREVIATION_WINDOW = 1 + max(map(len, ABBREVIATIONS))
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "’": "'", "‐": "-", "‑": "-"})


def fold(text: str) -> str:
    """Lowercase and strip diacritics so that Akıncı, AKINCI and Akinci compare equal."""
    if text.isascii():
        return text.lower()
    text = text.lower().translate(_FOLD)
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key_of(text: str) -> str:
    """The matching key of a token: folded, with hyphens and dots dropped (T-72B3 = T72B3, U.S = US)."""
    key = fold(text)
    return key.replace("-", "").replace(".", "") if len(key) > 1 else key


norm_token = lru_cache(maxsize=1 << 18)(_key_of)  # the key of a token, remembered (tokenize has its own memo)


class WordMemo(dict):
    """A function of a token key, remembered per key, so that a scan picks the tokens worth trying
    at C speed (`memo.where(keys)`)."""

    def __init__(self, func: Callable[[str], Any]) -> None:
        super().__init__()
        self.func = func

    def where(self, words: list[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions in [lo, hi) of the words whose value is true, in order."""
        hi = len(words) if hi is None else hi
        return list(compress(range(lo, hi), map(self.__getitem__, words[lo:hi])))

    def __missing__(self, key: str) -> Any:
        if len(self) > WORD_MEMO_SIZE:
            self.clear()
        value = self[key] = self.func(key)
        return value


# Word classes: tests of a token (its text and key) that components register with `word_class`,
# made once per distinct token text and kept as bits of each token (read on the first
# `Tokens.marked`), so that a component finds the few tokens it may start at with no lookup per token.
_CLASS_TESTS: list[Callable[[str, str], bool]] = []


def word_class(test: Callable[[str, str], bool]) -> int:
    """Register a test of a token's (text, key); the bit returned marks the tokens it holds for."""
    _CLASS_TESTS.append(test)
    _CLASSES.clear()
    return 1 << (len(_CLASS_TESTS) - 1)


def _classes_of(text: str) -> int:
    """The bits of the word classes a token text belongs to."""
    key, classes = _KEYS[text], 0
    for n, test in enumerate(_CLASS_TESTS):
        if test(text, key):
            classes |= 1 << n
    return classes


_KEYS = WordMemo(_key_of)  # token text -> key, read at dict speed while tokenising
_CLASSES = WordMemo(_classes_of)  # token text -> bits of its word classes


@dataclass
class Tokens:
    """Parallel lists of token texts, keys and character offsets."""

    text: list[str]
    key: list[str]
    start: list[int]
    end: list[int]
    _classes: list[int] | None = field(default=None, repr=False, compare=False)  # word class bits of each token
    _classed: list[int] | None = field(default=None, repr=False, compare=False)  # the tokens of some class
    _classes_known: int = field(default=0, repr=False, compare=False)  # how many classes they were read with

    def __len__(self) -> int:
        return len(self.text)

    def index_at(self, char: int) -> int:
        """The index of the first token starting at or after `char` (binary search)."""
        return bisect_left(self.start, char)

    def marked(self, word_class_bit: int) -> list[int]:
        """The positions of the tokens of a word class (see `word_class`), in order."""
        if self._classes is None or self._classes_known != len(_CLASS_TESTS):
            self._classes = list(map(_CLASSES.__getitem__, self.text))
            self._classed = list(compress(range(len(self._classes)), self._classes))
            self._classes_known = len(_CLASS_TESTS)
        classes = self._classes  # a few tokens of any class, so each class is read from those alone
        return [i for i in self._classed if classes[i] & word_class_bit]


def tokenize(text: str) -> Tokens:
    """Split `text` into tokens with offsets. Every character outside whitespace belongs to a token,
    so the text is whitespace, token, whitespace, ..., whitespace: the offsets are the running sum
    of their lengths, found at C speed without a match object per token."""
    parts = SPLIT_TOKEN_RE.split(text)
    texts = parts[1::2]
    edges = list(accumulate(map(len, parts)))  # start, end, start, end, ..., the text's length
    return Tokens(texts, list(map(_KEYS.__getitem__, texts)), edges[0:-1:2], edges[1::2])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over `text`; a newline always ends a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENT_END_RE.finditer(text):
        first = m.start()  # the first character of the ending: ".", "!", "?" or a newline
        if text[first] == "." and _ends_with_abbreviation(text, first):
            continue
        end = first if text[first] == "\n" else m.end()
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot, read no further back than the longest abbreviation and one letter
    # (a word that long is none), in text[dot - ABBREVIATION_WINDOW:dot] without the copy.
    word = LAST_WORD_RE.search(text, max(0, dot - ABBREVIATION_WINDOW), dot)
    if not word:
        return False
    w = word.group(1)
    # Initials (U.S., J. Smith) and listed abbreviations do not end a sentence.
    return w.lower() in ABBREVIATIONS or (len(w) == 1 and w.isupper())


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
