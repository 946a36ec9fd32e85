"""A token-sequence phrase index: the one matcher behind every catalog lookup in text."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from materiel.extract.tokens import Tokens, WordMemo, norm_token, tokenize

if TYPE_CHECKING:
    from materiel.catalog.cities import CityTable

ANY_CASE, CAPITALISED, EXACT = "any", "cap", "exact"
# Arabic articles that English reporting writes in lower case before a capitalised name ("al-Jufra").
ARTICLES = frozenset(("al-", "el-", "ad-", "ar-", "as-", "an-", "at-", "az-", "ed-", "es-", "ez-"))


class Target(NamedTuple):
    """What a phrase names: a catalog entry of a kind, how it was named, and its case rule."""

    kind: str  # equipment, actor, place, source
    id: str
    via: str  # name, alias, demonym, force, capital
    case: str  # any, cap (first letter upper), exact (as written, for acronyms)
    ambiguous: bool  # an ordinary word: needs context before it counts
    surface: str  # the alias as written, for the exact case rule


def case_rule(alias: str, tokens: Tokens) -> tuple[str, bool]:
    """How strictly an alias must match, and whether it is an ordinary word needing context."""
    words = [t for t in tokens.text if t[0].isalnum()]
    has_digit = any(c.isdigit() for c in alias)
    if has_digit or len(words) > 1:
        return ANY_CASE, False
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return EXACT, False
    return CAPITALISED, True


class PhraseIndex:
    """Maps token-key sequences to targets; finds leftmost-longest matches in a tokenised text."""

    def __init__(self, cities: CityTable | None = None) -> None:
        self._phrases: dict[tuple[str, ...], list[Target]] = {}
        self._max_len: dict[str, int] = dict(cities.max_len) if cities else {}
        self._cities = cities
        self._city_targets: dict[tuple[str, ...], list[Target]] = {}
        self._longest = WordMemo(self._longest_from)  # word -> longest phrase it may start (0: none)
        self._alone = WordMemo(self._alone_from)  # word -> whether it (or its singular) is a phrase by itself
        # The first words of every phrase of two or more: a longer phrase is tried only after its beginning.
        self._prefixes: set[tuple[str, ...]] = set()
        # First word -> the second words of its phrases of two or more (and their plurals, for the
        # singular rule): most words that open a phrase ("the", "on", "north") open one only before a few words.
        self._followers: dict[str, set[str]] = {}
        self._prefixed_cities = 0  # how many city keys _prefixes holds the beginnings of

    def __len__(self) -> int:
        return len(self._phrases) + (len(self._cities.keys) if self._cities else 0)

    def _get(self, key: tuple[str, ...]) -> list[Target] | None:
        """Targets of a key: catalog phrases, then cities (their targets made on first use)."""
        own = self._phrases.get(key)
        if self._cities is None or key not in self._cities.keys:
            return own
        cached = self._city_targets.get(key)
        if cached is None:
            case = CAPITALISED if len(key) == 1 else ANY_CASE
            cached = [Target("place", cid, "name", case, False, "") for cid in self._cities.keys[key]]
            self._city_targets[key] = cached
        return (own or []) + cached


    def add(self, alias: str, kind: str, entry_id: str, via: str) -> None:
        if alias.isalpha():  # one plain word, most city names: no tokenizer run
            key: tuple[str, ...] = (norm_token(alias),)
            # a name the catalog spells in lower case ("dpa", "hartpunkt") is written so in any sentence
            case, ambiguous = (EXACT, False) if alias.isupper() else (ANY_CASE, False) if alias.islower() else (CAPITALISED, True)
            surface = alias
        else:
            toks = tokenize(alias)
            if not toks.key:
                return
            key = tuple(toks.key)
            case, ambiguous = case_rule(alias, toks)
            surface = "".join(toks.text)
        targets = self._phrases.setdefault(key, [])
        for t in targets:
            if t.id == entry_id and t.kind == kind:
                return
        targets.append(Target(kind, entry_id, via, case, ambiguous, surface))
        self._note_beginnings((key,))
        first = key[0]
        if self._max_len.get(first, 0) < len(key):
            self._max_len[first] = len(key)
        self._longest.clear()
        self._alone.clear()

    def _note_beginnings(self, keys: Iterable[tuple[str, ...]]) -> None:
        """Keep the beginnings of the phrases of two or more words: their prefixes and second words."""
        for key in keys:
            if len(key) < 2:
                continue
            self._prefixes.update(key[:m] for m in range(1, len(key)))
            second = self._followers.setdefault(key[0], set())
            second.add(key[1])
            if len(key) == 2 and len(key[1]) > 1:
                second.add(key[1] + "s")  # "air bases" may name the phrase "air base"

    def _note_cities(self) -> None:
        """Take in the beginnings of the city keys added since the last look."""
        if self._cities is not None and self._prefixed_cities != len(self._cities.keys):
            self._note_beginnings(self._cities.keys)
            self._prefixed_cities = len(self._cities.keys)
            self._alone.clear()

    def _longest_from(self, word: str) -> int:
        """The most tokens a phrase starting with `word` (or its singular) may have; 0 when none starts so."""
        max_len = self._max_len
        return max_len.get(word) or (max_len.get(word[:-1], 0) if word[-1:] == "s" and len(word) > 2 else 0)

    def _alone_from(self, word: str) -> bool:
        """Whether `word` alone, or its singular, is a phrase (of any case rule)."""
        return bool(self._get((word,))) or word.endswith("s") and bool(self._get((_singular(word),)))

    def lookup(self, key: tuple[str, ...]) -> list[Target]:
        return self._get(key) or []

    def matches(self, tokens: Tokens, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int, list[Target]]]:
        """Yield (first token, end token, targets whose case rule the text meets), leftmost-longest."""
        hi = len(tokens.key) if hi is None else hi
        self._note_cities()
        yield from self.matches_from(tokens, self._longest.where(tokens.key, lo, hi), hi)

    def starts(self, tokens: Tokens) -> list[int]:
        """The tokens whose word may open a phrase, in order: no other token is tried."""
        self._note_cities()
        return self._longest.where(tokens.key)

    def matches_from(self, tokens: Tokens, starts: list[int], hi: int) -> list[tuple[int, int, list[Target]]]:
        """The leftmost-longest matches, as `matches` yields them, opening at tokens of `starts` (from
        `starts()`, in order) and ending before `hi`; a name read with its article gives way to a longer
        one that starts after the article ("the Black Sea Fleet")."""
        keys, alone, followers = tokens.key, self._alone, self._followers
        found: list[tuple[int, int, list[Target]]] = []
        nxt = 0
        for i in starts:
            if i < nxt:
                continue
            # Most of these words open only phrases of two or more: the next word rules most out at once.
            if not alone[keys[i]] and (i + 1 == hi or keys[i + 1] not in followers.get(keys[i], ())):
                continue
            match = self._match_at(tokens, i, hi)
            if match is not None and keys[i] == "the" and match[1] - i > 1:
                inner = self._match_at(tokens, i + 1, hi)  # "the Black Sea Fleet": not "the Black Sea", then "Fleet"
                match = inner if inner is not None and inner[1] > match[1] else match
            if match is not None:
                found.append(match)
                nxt = match[1]
        return found

    def _match_at(self, tokens: Tokens, i: int, hi: int) -> tuple[int, int, list[Target]] | None:
        """The longest phrase at token i whose case rule the text meets: (i, end, targets), or None."""
        keys, texts = tokens.key, tokens.text
        get, prefixes, phrases = self._get, self._prefixes, self._phrases
        city_keys = self._cities.keys if self._cities is not None else {}
        top, m = min(self._longest[keys[i]], hi - i), 1
        while m < top and tuple(keys[i:i + m]) in prefixes:
            m += 1
        for n in range(m, 0, -1):
            key = tuple(keys[i:i + n])
            targets = get(key) if key in city_keys else phrases.get(key)  # _get, its usual case inline
            if targets is None and key[-1].endswith("s"):
                targets = get((*key[:-1], _singular(key[-1])))
            if targets:
                ok = [t for t in targets if _case_ok(t, texts[i:i + n])]
                if ok:
                    return i, i + n, ok
        return None


def _singular(key: str) -> str:
    return key[:-1] if len(key) > 2 and key.endswith("s") else key


def _case_ok(target: Target, texts: list[str]) -> bool:
    if target.case == ANY_CASE:
        return True
    word = texts[0]
    if target.case == EXACT:
        surface = "".join(texts)
        return surface == target.surface or surface.rstrip("s") == target.surface
    return word[0].isupper() or word[:3].lower() in ARTICLES and word[3:4].isupper()  # "al-Jufra", "el-Fasher"
