"""Phrases in speaker position that name no catalog entry but point back to one or to a state.

| phrase in speaker position                       | claimant                                        |
| "the paper", "the rights group", "the agency"    | the latest earlier source of that type ("the spy|
|                                                  | agency": the latest name with spy, intelligence)|
| "the mission", "the Observatory", "the command"  | the latest earlier name holding that word       |
| "the group", "the militia", "the rebels"         | the latest earlier armed group or PMC ("the     |
| ("the rebel group": words describing it between) | group": or research, monitoring or rights group)|
| "the alliance", "the (regional) bloc"            | the latest earlier alliance or bloc of states   |
| "the (same) experts", "the investigators"        | the latest earlier name holding that word       |
| "the statement said", "according to the report" | who issued it where it was last mentioned (not  |
|                                                  | one answering it: "Kyiv rejected the report")   |
| "the air force", "the ministry", "the military", | the latest earlier state body with that word    |
| "police" (bare or definite)                      |                                                 |
|                                                  | ("the army", "the military": also the latest    |
|                                                  | "Israeli forces", "Chadian troops"),            |
|                                                  | else (offices, not forces) the state the        |
|                                                  | sentence's subject names                        |
| "President <Name>", "Defence Minister <Name>",   | the state the person was introduced with, else  |
| "<Name>" introduced before                       | the state the sentence's subject names          |
|                                                  | (voices.py)                                     |
| "the country's ministry"                         | the state of the sentence's subject, else the   |
|                                                  | first state it names, else the latest before    |
| "the island's ministry"                          | the first state the sentence names that is not  |
|                                                  | its subject's, else the latest before           |
| "in what it called"                              | the head of the sentence's subject (none when a |
|                                                  | speaker is told before it: that one)            |
| "quoting/according to army spokesman <Name>"     | as for a title before a saying verb             |
| "he said" after "army spokesman <Name> said" in  | whom that titled phrase stands for              |
| the sentence before (same paragraph)             |                                                 |
| "<agency>, citing the defence ministry"          | the agency's state, if the text names it        |
"""
from __future__ import annotations

from typing import AbstractSet

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.lexicon import TRIGGERS
from materiel.extract.roles import actor_ref, governing_prep
from materiel.extract.speakers import (
    CLAIM_VERBS,
    LEFT_STOPS,
    NAMED,
    NAMING_VERBS,
    SPEAKER_WORDS,
    STATE_HEADS,
    TITLES,
    alias_start,
    body_state,
    claimant_ref,
    in_body_name,
    inside_name,
    passive_quote,
    what_called,
)
from materiel.extract.voices import Voices, state_of
from materiel.models import Ref

# Nouns that point back to a source of a type ("the paper said").
SOURCE_NOUNS = {"paper": ("outlet",), "newspaper": ("outlet",), "daily": ("outlet",), "agency": ("news_agency",),
                "broadcaster": ("broadcaster",), "channel": ("broadcaster",), "outlet": ("outlet", "broadcaster"),
                "think-tank": ("think_tank",), "think": ("think_tank",), "blog": ("osint",), "watchdog": ("ngo", "osint"),
                "rights": ("ngo",), "monitor": ("ngo", "osint"),
                "monitoring": ("ngo", "osint")}
# "the spy agency", "the intelligence agency": the latest body named with one of these words.
SPYING = frozenset(("spy", "intelligence"))
# Of the state heads (STATE_HEADS), those that speak for the state the sentence is about, named or
# not; an unqualified "the air force said" after "Russia launched drones at Kyiv" is the defender's, so forces do not.
OFFICES = frozenset("ministry government presidency embassy intelligence service administration".split())
# "Israeli forces pulled out ..., the military confirmed": the army or military is that of the
# state whose land forces were named before (not "the air force", which may be the defender's).
FORCE_KIN = frozenset(("army", "military", "forces", "troops", "soldiers"))
# "the group", "the militia", "the rebels": the latest armed group or private military company named.
GROUP_NOUNS = frozenset(("group", "militia", "rebels", "insurgents", "movement", "paramilitaries", "paramilitary"))
# "the bloc", "the regional bloc", "the alliance": the latest alliance or bloc of states named.
ALLIANCE_NOUNS = frozenset(("bloc", "alliance", "organisation", "organization", "union", "community"))
# Words describing a group or bloc between "the" and its noun ("the regional bloc", "the rebel group").
DESCRIBED_REACH = 2
# People who speak as a named panel or team: "the experts", "the investigators" point to the name
# holding the word ("UN experts", "the Conflict Armament Research investigators").
PANELS = frozenset(("experts", "investigators", "monitors", "researchers"))
# Documents that speak for who issued them ("The statement said", "according to the report").
DOCUMENTS = frozenset(("statement", "report", "communique", "document", "assessment"))
DOCUMENT_POINTERS = frozenset(("the", "this", "that"))
ISSUER_REACH = 3  # sentences back to where the document was issued
# Verbs of answering a document, not issuing it ("Kyiv rejected the report").
ANSWERING = frozenset("""rejected rejects denied denies dismissed dismisses condemned condemns criticised criticized
welcomed welcomes disputed disputes questioned""".split())
# Words that open a titled speaker after "citing"/"quoting" with no article.
TITLE_OPENERS = TITLES | frozenset(("foreign", "defence", "defense", "interior", "ministry", "army", "military"))
# Sources that "the group" may name as well as an armed group: research and monitoring groups.
RESEARCH_SOURCES = frozenset(("osint", "ngo", "think_tank"))
# "the country's defence ministry", "the island's coast guard": a state named before (_state_noun).
STATE_NOUNS = frozenset(("country", "island", "kingdom", "nation", "republic", "emirate"))

POINTING_WORDS = CLAIM_VERBS | NAMING_VERBS | {"the"}


def pointed_claimants(doc: ArticleDoc, s: int, after_cue, voices: Voices) -> list[tuple[int, Ref]]:
    """Claimants named by phrases in speaker position that are no catalog name: before a saying
    verb of sentence s, or a definite phrase right after a citing cue (`after_cue(k)`); `voices`
    grounds a person or an office that names no state (voices.py)."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    found = []
    for k in doc.positions(POINTING_WORDS, lo, hi):
        if keys[k] == "the" and not after_cue(k):
            continue  # the most frequent word: it points only right after a citing cue
        if keys[k] in CLAIM_VERBS and k > lo and keys[k - 1] in ("he", "she"):
            ref = voices.last_person(k - 1) or _titled_before(doc, s, voices)  # "he told reporters": the person named last
            if ref is not None:
                found.append((k - 1, ref))
            continue
        if what_called(keys, k) and keys[k - 1] in ("it", "they"):
            if _told_before(doc, s, k - 1, after_cue):
                continue  # "..., according to Taiwanese officials, in what they described as": those officials
            ref = _subject_claimant(doc, s, k)  # "Azerbaijan launched what it called ...": the subject
            if ref is not None:
                found.append((k - 1, ref))
            continue
        document = _document_at(keys, k, lo, hi, after_cue)
        if document is not None:  # "The statement said ...", "according to the report"
            ref = _issuer(doc, s, document)
            if ref is not None:
                found.append((document, ref))
            continue
        apposed = _apposed_phrase(doc, k, hi) if keys[k] in ("said", "says") else None
        if apposed is not None:
            phrase = apposed  # "said Yahya Saree, the group's military spokesman"
        elif keys[k] in ("citing", "quoting") and k + 1 < hi and keys[k + 1] in TITLE_OPENERS:
            phrase = _phrase_right(doc, k + 1, hi)  # "quoting Foreign Ministry spokeswoman Maria Zakharova"
        elif keys[k:k + 2] == ["according", "to"] and k + 2 < hi and keys[k + 2] in TITLE_OPENERS:
            phrase = _phrase_right(doc, k + 2, hi)  # "according to army spokesman Nabil Abdallah"
        elif (keys[k] in CLAIM_VERBS or what_called(keys, k)) and k > lo:
            phrase = _phrase_left(doc, k, lo, voices)
        elif keys[k] == "the" and after_cue(k):
            phrase = _phrase_right(doc, k + 1, hi)
        else:
            continue
        ref = None
        if phrase and keys[k - 1] in ("citing", "quoting") and any(w in OFFICES for w in keys[phrase[0]:phrase[1]]):
            ref = _outlet_state(doc, s, k)  # "TASS reported, citing the defence ministry": Russia's
        ref = ref or (_resolve(doc, s, *phrase, voices) if phrase else None)
        if ref is not None:
            found.append((phrase[0], ref))
    return found


def _document_at(keys: list[str], k: int, lo: int, hi: int, after_cue) -> int | None:
    """'The statement said', 'the report added', 'according to the report': the token of a definite
    document noun speaking at k, or None."""
    if keys[k] in CLAIM_VERBS and k - 2 >= lo and keys[k - 1] in DOCUMENTS and keys[k - 2] in DOCUMENT_POINTERS:
        return k - 1
    if keys[k] == "the" and k + 1 < hi and keys[k + 1] in DOCUMENTS and after_cue(k) \
            and keys[k + 2:k + 3] not in (["by"], ["from"], ["of"]):
        return k + 1
    return None


def _issuer(doc: ArticleDoc, s: int, n: int) -> Ref | None:
    """Who issued the document a definite noun at token n points back to: the name just before that
    noun where it was last mentioned, in the sentences before ("Russia's defence ministry issued a
    statement on Monday. The statement said ..." → Russia; "Amnesty published a report" → Amnesty)."""
    keys = doc.tokens.key
    noun = keys[n]
    for t in range(s - 1, max(-1, s - 1 - ISSUER_REACH), -1):
        lo, hi = doc.sentences[t]
        at = next((m for m in range(hi - 1, lo - 1, -1) if keys[m] == noun), None)
        if at is None:
            continue
        anns = doc.in_sentence(t, ("source", "actor", "place"))
        by = next((a for a in anns if keys[at + 1:at + 2] in (["by"], ["from"]) and at + 2 <= a.i <= at + 3), None)
        before = [a for a in anns if a.j <= at]
        if by is None and (not before or not ANSWERING.isdisjoint(keys[before[-1].j:at])):
            return None  # "Kyiv rejected the report": the one answering it did not issue it
        ann = by or before[-1]
        return claimant_ref(doc, ann) or body_state(doc, ann) or state_of(doc, ann)
    return None


def _told_before(doc: ArticleDoc, s: int, k: int, after_cue) -> bool:
    """'..., according to Taiwanese security officials, in what they described as ...', '..., the
    ministry said, in what it called ...': a speaker told before the pronoun at k in sentence s is
    the one it stands for (found as such), not the sentence's subject."""
    lo = doc.sentences[s][0]
    return bool(doc.positions(CLAIM_VERBS, lo, k)) or any(after_cue(a.i) for a in doc.in_sentence(s, NAMED) if a.i < k)


def _titled_before(doc: ArticleDoc, s: int, voices: Voices) -> Ref | None:
    """'..., army spokesman Nabil Abdallah said. He said ...': a speaker named by a title and a name in
    the sentence before, of the same paragraph, that no state introduced: whom that phrase stands for."""
    if s == 0 or doc.paragraph_of(s - 1) != doc.paragraph_of(s):
        return None
    keys, text = doc.tokens.key, doc.tokens.text
    lo, hi = doc.sentences[s - 1]
    for k in doc.positions(CLAIM_VERBS, lo, hi):
        phrase = _phrase_left(doc, k, lo, voices) if k > lo else None
        if phrase is not None and any(w in TITLES for w in keys[phrase[0]:phrase[1]]) \
                and text[phrase[1] - 1][:1].isupper():
            return _resolve(doc, s - 1, *phrase, voices)
    return None


def _apposed_phrase(doc: ArticleDoc, k: int, hi: int) -> tuple[int, int] | None:
    """'said Yahya Saree, the group's military spokesman.': the speaker phrase of an apposition to the
    name after a saying verb at k, when it ends the clause with a title and names no catalog entry."""
    keys, text = doc.tokens.key, doc.tokens.text
    n = k + 1
    while n < hi and text[n][:1].isupper() and not doc.starting(n, NAMED):
        n += 1
    if n == k + 1 or n + 1 >= hi or keys[n] != "," or keys[n + 1] not in ("the", "a", "an"):
        return None
    phrase = _phrase_right(doc, n + 2, hi)
    if phrase is None or (phrase[1] < hi and keys[phrase[1]] not in (",", ".")) \
            or not any(w in TITLES for w in keys[phrase[0]:phrase[1]]):
        return None
    return phrase


def _outlet_state(doc: ArticleDoc, s: int, k: int) -> Ref | None:
    """The state of the outlet citing an office at token k ("Russia's TASS news agency reported,
    citing the defence ministry"), when the text names that state: a national agency cites its own
    government (Reuters citing "the ministry" names no British one, as Britain goes unnamed)."""
    sources = [a for a in doc.in_sentence(s, ("source",)) if a.i < k and a.entry.get("country")]
    if not sources:
        return None
    country = sources[-1].entry.get("country")
    for ann in doc.anns:
        if ann.kind in ("actor", "place"):
            ref = state_of(doc, ann)
            if ref is not None and ref.id == country:
                return ref
    return None


def _subject_claimant(doc: ArticleDoc, s: int, before: int) -> Ref | None:
    """The speaker a pronoun in 'in what it called' stands for: the first name of the sentence before
    token `before` that no preposition governs (its subject: "Azerbaijan launched what it called")."""
    lo = doc.sentences[s][0]
    keys, text = doc.tokens.key, doc.tokens.text
    anns = [a for a in doc.in_sentence(s, ("source", "actor", "place")) if a.i < before]
    for n, ann in enumerate(anns):
        if ann.via == "dateline" or governing_prep(doc, ann, lo) is not None:
            continue
        for nxt in anns[n + 1:]:  # "Turkish drone maker Baykar": the head of the subject's phrase
            if nxt.i - ann.j > 3 or not all(t.islower() and k not in TRIGGERS for k, t in zip(keys[ann.j:nxt.i], text[ann.j:nxt.i])):
                break
            ann = nxt
        return claimant_ref(doc, ann) or state_of(doc, ann)  # "Israeli jets struck ...": Israel
    return None


def _phrase_left(doc: ArticleDoc, k: int, lo: int, voices: Voices) -> tuple[int, int] | None:
    """The speaker phrase ending before token k, when no catalog name heads it (a capitalised
    first word of the sentence only when it is a person's name met before: "Ruto said")."""
    keys, text = doc.tokens.key, doc.tokens.text
    if k - 1 > lo and keys[k - 1] == ",":  # "The agency, known as GUR, said": the phrase before the aside
        start = alias_start(keys, k - 1, lo)
        if start is None:
            return None
        k = start
    a = _described_group(keys, text, k, lo)
    if a < k:
        return a, k
    while a - 1 >= lo:
        if any(not _not_a_name(doc, n) and not _person(voices, keys, n) for n in doc.ending(a, NAMED)):
            break
        key = keys[a - 1]
        if key in SPEAKER_WORDS or key in TITLES or key in SOURCE_NOUNS or passive_quote(keys, a - 1) \
                or (key == "of" and a - 2 >= lo and inside_name(text, a - 1, k)) \
                or (key in STATE_NOUNS and keys[a:a + 2] == ["'", "s"]) \
                or (text[a - 1][:1].isupper() and (a - 1 > lo or key not in LEFT_STOPS and key in voices.people)):
            a -= 1
        else:
            break
    if a == k or any(not _not_a_name(doc, n) and not _person(voices, keys, n) for n in doc.ending(a, NAMED)):
        return None
    return a, k


def _described_group(keys: list[str], text: list[str], k: int, lo: int) -> int:
    """'the regional bloc said', 'the rebel group said': a group or bloc noun before token k with
    lowercase words describing it back to its article; where the phrase starts (k when not so)."""
    if k - 1 < lo or keys[k - 1] not in ALLIANCE_NOUNS and keys[k - 1] not in GROUP_NOUNS:
        return k
    a = k - 1
    while a - 1 >= lo and k - 1 - a < DESCRIBED_REACH and text[a - 1].isalpha() and text[a - 1].islower() \
            and keys[a - 1] not in LEFT_STOPS:
        a -= 1
    return a if a - 1 >= lo and keys[a - 1] in LEFT_STOPS else k


def _person(voices: Voices, keys: list[str], ann: Ann) -> bool:
    """A one-word town that is the surname of a person introduced before ("Afif said")."""
    return ann.kind == "place" and ann.j - ann.i == 1 and keys[ann.i] in voices.people


def _not_a_name(doc: ArticleDoc, ann: Ann) -> bool:
    """A place match that names no speaker: one word of a person's name after a title ("President
    Volodymyr Zelensky"), or lowercase words ("the mission" matched as a district); or a part of a
    body's name ("the Ministry of National Defense")."""
    keys, text = doc.tokens.key, doc.tokens.text
    if in_body_name(doc, ann):
        return True
    if ann.kind != "place":
        return False
    lowercase = not any(t[:1].isupper() for t in text[ann.i:ann.j] if t.lower() != "the")
    return lowercase or (ann.j - ann.i == 1 and ann.i > 0 and keys[ann.i - 1] in TITLES)


def _phrase_right(doc: ArticleDoc, k: int, hi: int) -> tuple[int, int] | None:
    """'citing the Observatory', 'according to the ministry': the phrase after a cue ending at k."""
    keys, text = doc.tokens.key, doc.tokens.text
    a = b = k
    while b < hi and (keys[b] in SPEAKER_WORDS or keys[b] in SOURCE_NOUNS or text[b][:1].isupper()) \
            and not doc.starting(b, NAMED):
        b += 1
    return (a, b) if b > a else None


def _resolve(doc: ArticleDoc, s: int, a: int, b: int, voices: Voices) -> Ref | None:
    """Who a phrase [a, b) stands for: a source of its type, a name holding its head word, a person
    introduced with a state, or the state grounding an office or title (voices.py)."""
    keys, text = doc.tokens.key, doc.tokens.text
    words = keys[a:b]
    named = any(t[:1].isupper() and w not in TITLES and w not in STATE_HEADS for w, t in zip(words, text[a:b]))
    person = voices.person(words) if named else None
    if person is not None:
        return person
    types = next((SOURCE_NOUNS[w] for w in words if w in SOURCE_NOUNS), None)
    definite = a > 0 and keys[a - 1] in LEFT_STOPS or keys[a - 2:a] == ["the", "same"]
    spying = words[:1] == ["agency"] and a > 0 and keys[a - 1] in SPYING or words[0] in SPYING and "agency" in words
    if spying:  # "the spy agency told lawmakers", "the intelligence agency said": the intelligence body named before
        return _latest(doc, s, a, lambda ann: _holds(keys, ann, SPYING))
    if definite and words[0] in STATE_NOUNS and words[1:3] == ["'", "s"]:  # "the country's defence ministry"
        return _state_noun(doc, s, a, words[0], voices)
    if types is not None and definite:
        return _latest(doc, s, a, lambda ann: ann.kind == "source" and ann.entry.get("type") in types)
    if definite and words[-1] in ALLIANCE_NOUNS:  # "the regional bloc said": the latest alliance named
        return _latest(doc, s, a, lambda ann: ann.kind == "actor" and ann.entry.get("kind") == "alliance")
    if definite and words[-1] in GROUP_NOUNS and len(words) > 1:  # "the rebel group said"
        words = words[-1:]
    if definite and words[0] in GROUP_NOUNS:  # "the group's spokesman said": the latest armed group
        research = words[0] == "group"  # "the group said" after "the investigative project X": X too
        return _latest(doc, s, a, lambda ann: (ann.kind == "actor" and ann.entry.get("kind") in ("armed_group", "pmc"))
                       or (research and ann.kind == "source" and ann.entry.get("type") in RESEARCH_SOURCES))
    heads = [w for w, t in zip(words, text[a:b])
             if w in STATE_HEADS or w in TITLES or w == "mission" or (definite and t[:1].isupper())]
    panel = PANELS.intersection(words[:1])
    if not heads and definite and panel:  # "the same experts have said": "UN experts" named before
        return _latest(doc, s, a, lambda ann: _holds(keys, ann, panel))
    if not heads:
        return None
    if definite or heads[0] in ("army", "military", "police"):  # "police said": the police named before
        force = heads[-1] in ("army", "military") or heads[0] in ("army", "military") and heads[-1] in TITLES
        kin = FORCE_KIN if force else {heads[-1]}  # "army spokesman Nabil Abdallah": the army's, not a "spokesman"
        named = _latest(doc, s, a, lambda ann: _holds(keys, ann, kin))
        if named is not None:
            return named
    if any(w in OFFICES or w in TITLES for w in heads) and (definite or any(w in TITLES for w in words)):
        return voices.state_for(doc, s, a)
    return None


def _state_noun(doc: ArticleDoc, s: int, a: int, noun: str, voices: Voices) -> Ref | None:
    """Whom 'the country's' or 'the island's' before token a of sentence s stands for: the state the
    sentence's subject names (for an island, a state other than it: "China sent ships near Taiwan, the
    island's ministry said"), else the first state the sentence names before, else the latest before."""
    subject = voices.state_for(doc, s, a)
    if subject is not None and noun != "island":
        return subject
    for ann in doc.in_sentence(s, ("actor", "place")):
        if ann.i < a and _names_state(doc, ann):
            ref = actor_ref(doc, ann) or state_of(doc, ann)
            if ref is not None and (subject is None or ref.id != subject.id):
                return ref
    return _latest(doc, s - 1, len(doc.tokens.key), lambda ann: _names_state(doc, ann)) if s > 0 else None


def _names_state(doc: ArticleDoc, ann: Ann) -> bool:
    """A mention of a state or a country (not a town, not a group)."""
    kind = ann.entry.get("kind") if ann.entry is not None else None
    return (ann.kind == "actor" and kind == "state") or (ann.kind == "place" and kind == "country")


def _holds(keys: list[str], ann: Ann, words: AbstractSet[str]) -> bool:
    """Whether a name or the words it heads hold one of `words` ("the Israeli forces" for the army)."""
    return not words.isdisjoint(keys[ann.i:ann.j]) or not words.isdisjoint(_tail(keys, ann))


def _tail(keys: list[str], ann: Ann) -> list[str]:
    """The words a name heads: "Ukraine's air force", "the Israeli forces"."""
    if keys[ann.j:ann.j + 2] == ["'", "s"]:
        return keys[ann.j + 2:ann.j + 4]
    return keys[ann.j:ann.j + 2] if ann.via == "demonym" else []


def _latest(doc: ArticleDoc, s: int, before: int, fits) -> Ref | None:
    """The claimant of the latest mention before token `before` (this sentence, then earlier) that fits."""
    for t in range(s, -1, -1):
        for ann in reversed(doc.in_sentence(t, ("source", "actor", "place"))):
            if ann.i < before and fits(ann):
                ref = claimant_ref(doc, ann) or body_state(doc, ann)
                if ref is not None:
                    return ref
    return None
