"""Whose voice a speaker with no state of its own is: "President <Name> said", "<Name> said", "the
defence ministry said" when no earlier body of that name was given. Tried in this order:

1. the person was introduced with a state or body earlier ("Kenyan President William Ruto",
   "his Armenian counterpart, Suren Papikyan",
   "Kenya's defence minister, Aden Duale,", "Aden Duale, Kenya's defence minister,", "Kremlin
   spokesman Dmitry Peskov", "Hezbollah spokesman Mohammad Afif"): later "Ruto said", "President
   Ruto said" speak for it, whatever the sentence is about ("Russia delivered helicopters to Kenya,
   President Ruto said" is Kenya);
2. else the state of the sentence's subject: a state named before the clause's first event verb
   that no preposition governs ("Baku took delivery ..., and President <Name> confirmed"); a state
   after the verb ("a camp 300 km east of Taiwan, the ministry said") is none.

"He said", "she told reporters" speak for the person named last before them, when introduced with
a state or body. Neither the dateline nor the state the article names most is used: measured on
the held-out set, both named the wrong state more often than the right one.
"""
from __future__ import annotations

from functools import cached_property

from materiel.extract.doc import TEXT_ORDER, Ann, ArticleDoc
from materiel.extract.lexicon import TRIGGERS
from materiel.extract.roles import actor_ref, governing_prep
from materiel.models import Ref

# Titles and office words that may stand between a state and a person's name: "Kenyan President
# William Ruto", "Ukraine's army chief, Oleksandr Syrskyi".
ROLE_WORDS = frozenset("""president prime minister secretary spokesman spokeswoman spokesperson chief head commander
ambassador envoy deputy adviser advisor governor director leader chancellor premier king emir general colonel
admiral lieutenant brigadier marshal major foreign defence defense interior armed forces army navy air force
national security affairs staff military of the counterpart""".split())
TITLE_HEADS = frozenset("""president minister secretary spokesman spokeswoman spokesperson chief head commander
ambassador envoy adviser advisor governor director leader chancellor premier king emir general counterpart""".split())


class Voices:
    """The document's grounds for a speaker with no state: the people it introduced with one,
    found on first use (most documents never need them)."""

    def __init__(self, doc: ArticleDoc) -> None:
        self.doc = doc

    @classmethod
    def of(cls, doc: ArticleDoc) -> "Voices":
        return cls(doc)

    @cached_property
    def people(self) -> dict[str, Ref]:
        """A person's surname (key) -> the state or body introduced with it."""
        doc, keys = self.doc, self.doc.tokens.key
        heads = sorted((a for a in doc.anns if a.kind in ("actor", "place", "source") and a.j < len(keys)
                        and (keys[a.j] in ROLE_WORDS or keys[a.j] == "'")), key=TEXT_ORDER)  # before a title or 's
        return _introduced(doc, [(a, r) for a in heads for r in (_speaker_of(doc, a),) if r is not None])

    def last_person(self, before: int, reach: int = 120) -> Ref | None:
        """The state or body of the person last named within `reach` tokens before token `before`
        ("..., John Kirby said. ... he told reporters")."""
        if not self.people:
            return None
        keys = self.doc.tokens.key
        return next((self.people[keys[k]] for k in range(before - 1, max(-1, before - reach), -1)
                     if keys[k] in self.people), None)

    def person(self, keys: list[str]) -> Ref | None:
        """The state of a person the phrase's words name, if introduced with one before."""
        people = self.people
        return next((people[k] for k in reversed(keys) if k in people), None) if people else None

    def state_for(self, doc: ArticleDoc, s: int, before: int) -> Ref | None:
        """The state an unqualified office or title before token `before` of sentence s speaks for."""
        return subject_state(doc, s, before)


def subject_state(doc: ArticleDoc, s: int, before: int) -> Ref | None:
    """The state the sentence's subject names: its first state mention before token `before` that no
    preposition governs ("Baku took delivery ..., and President <Name> confirmed")."""
    lo, hi = doc.sentences[s]
    verb = next((k for k in doc.positions(TRIGGERS, lo, hi) if doc.tokens.text[k].islower()), hi)
    for ann in doc.in_sentence(s, ("actor", "place")):
        if ann.i >= min(before, verb):
            break
        ref = actor_ref(doc, ann)
        entry = doc.catalog.get("actor", ref.id) if ref is not None else None
        if entry is not None and entry.get("kind") == "state" and governing_prep(doc, ann, lo) is None:
            return ref
    return None


def _speaker_of(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """Whom a person titled after a mention speaks for: a source or group as itself, else its state
    ("Hezbollah spokesman ...", "Amnesty International researcher ...", "Kremlin spokesman ...")."""
    if ann.kind == "source" or (ann.kind == "actor" and ann.entry.get("kind") != "state"):
        return Ref(ann.entry.id, ann.entry.name)
    return state_of(doc, ann)


def state_of(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """The state a mention names: a state or its demonym, a country, or a capital."""
    entry = ann.entry
    if ann.kind == "actor" and entry.get("kind") == "state":
        return Ref(entry.id, entry.name)
    if ann.kind == "place":
        state = entry.get("capital_of") or (entry.id if entry.get("kind") == "country" else None)
        actor = doc.catalog.get("actor", state)
        return Ref(actor.id, actor.name) if actor is not None else None
    return None


def _introduced(doc: ArticleDoc, speakers: list[tuple[Ann, Ref]]) -> dict[str, Ref]:
    """Surnames of people introduced with a state or body and a title: before the name ("Kenyan President
    William Ruto", "Kenya's army chief, Aden Duale") or in an apposition after it ("Aden Duale,
    Kenya's defence minister")."""
    keys, text = doc.tokens.key, doc.tokens.text
    people: dict[str, Ref] = {}
    for ann, ref in speakers:
        hi = doc.sentences[doc.sentence_of(ann.i)][1]
        owned = keys[ann.j:ann.j + 2] == ["'", "s"]
        k = ann.j + 2 if owned else ann.j
        titled = False
        while k < hi and (keys[k] in ROLE_WORDS or keys[k] == "," and k > ann.j + 2 * owned):
            titled = titled or keys[k] in TITLE_HEADS
            k += 1
        name = k
        while k < hi and text[k][:1].isupper() and not doc.starting(k, ("actor", "source")):
            k += 1
        if titled and k > name:
            people.setdefault(keys[k - 1], ref)
        surname = _apposed_name(doc, ann)
        if surname is not None:
            people.setdefault(surname, ref)
    return people


def _apposed_name(doc: ArticleDoc, ann: Ann) -> str | None:
    """'Aden Duale, Kenya's defence minister,': the surname before ', (the) <state> <title>'."""
    keys, text = doc.tokens.key, doc.tokens.text
    lo = doc.sentences[doc.sentence_of(ann.i)][0]
    k = ann.i - 1 if ann.i - 1 >= lo and keys[ann.i - 1] == "the" else ann.i
    after = keys[ann.j + 2:ann.j + 5] if keys[ann.j:ann.j + 2] == ["'", "s"] else keys[ann.j:ann.j + 3]
    if k - 2 < lo or keys[k - 1] != "," or not text[k - 2][:1].isupper() or not set(after) & TITLE_HEADS:
        return None
    return None if doc.ending(k - 1, ("actor", "place", "source", "equipment")) else keys[k - 2]
