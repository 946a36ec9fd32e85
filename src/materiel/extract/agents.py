"""Who acts when the frame's subject slot holds no name: a pronoun after a claimant ("Hezbollah said
it had fired"; before a light verb, "said it carried out an air strike"), the one claiming an
infinitive ("the Houthis claimed to have hit"), the possessor of an order noun ("Saudi Arabia's
purchase of"); an 'it' opening its clause with no name before it, the subject of the sentence before;
'it' right after a verb of saying with no name before it, the speaker (marked here, filled by
attribution once the speaker's state is known); the state of a compound of making before an item
("400 US-made Tomahawk missiles") for a supplier the clause does not name.
"""
from __future__ import annotations

from functools import lru_cache

from materiel.catalog import Catalog
from materiel.extract import lexicon as lx
from materiel.extract.claimants import is_claimant
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.relatives import antecedent, closed_relative, relative_opening
from materiel.extract.roles import actor_ref, governing_prep
from materiel.extract.tokens import norm_token
from materiel.extract.triggers import Trigger
from materiel.models import Event, Ref

PRONOUNS = frozenset(("it", "they", "we", "its", "them"))
# Pronouns that, opening a clause with no name before them, point back to the sentence before's
# subject: "It flew Su-24 jets", "They fired three missiles", "Its drones struck".
BACK_PRONOUNS = frozenset(("it", "they", "its", "their"))


def possessive_party(doc: ArticleDoc, trig: Trigger, scope: list[Ann], event: Event) -> None:
    """'Saudi Arabia's purchase of', 'Germany's latest pledge': the possessor of an order noun (past
    one modifier) is its frame's subject, the buyer or the giver."""
    keys = doc.tokens.key
    role = trig.frame.subject
    if role not in ("actor", "recipient") or getattr(event, role) is not None:
        return
    for ann in scope:
        if keys[ann.j:ann.j + 2] in (["'", "s"], ["’", "s"]) and 0 <= trig.i - (ann.j + 2) <= 1:
            setattr(event, role, actor_ref(doc, ann))
            return


# Verbs whose gerund object is their subject's own deed ("denied sending", not "accused Iran of sending").
OWN_DEED_VERBS = frozenset("""deny denies denied denying admit admits admitted admitting acknowledge acknowledges
acknowledged confirm confirms confirmed""".split())


def claimed_subject(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'The Houthis claimed to have hit the carrier', 'Moscow denied sending tanks', 'Kigali denies
    deploying its army': the one claiming, denying or admitting is the subject of the infinitive or
    gerund it speaks of."""
    keys = doc.tokens.key
    gerund = keys[trig.i].endswith("ing") and keys[trig.i - 1] in OWN_DEED_VERBS
    if not gerund and keys[trig.i - 1] not in ("to", "have"):
        return None  # checked first: most verbs have neither before them
    if keys[trig.i - 2:trig.i] != ["to", "have"] and keys[trig.i - 1:trig.i] != ["to"] and not gerund:
        return None
    lo = doc.sentences[doc.sentence_of(trig.i)][0]
    for ann in reversed([a for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor", "place")) if lo <= a.i < trig.i]):
        if is_claimant(doc, ann, lo, trig.i):
            return actor_ref(doc, ann)
    return None


def pronoun_subject(doc: ArticleDoc, trig: Trigger, lo: int) -> Ref | None:
    """'Hezbollah said it had fired ...': a pronoun subject refers to the claimant before it."""
    keys = doc.tokens.key
    if PRONOUNS.isdisjoint(keys[max(lo, trig.i - 9):trig.i]):
        return None  # no pronoun within reach of the window below: checked first, most subjects are named
    light = next((n for n in range(trig.i - 1, max(lo, trig.i - 5) - 1, -1) if keys[n] in lx.LIGHT_VERBS), trig.i)
    window = keys[max(lo, light - 4):trig.i]  # "it carried out an air strike": from the light verb
    if PRONOUNS.isdisjoint(window):
        return None
    before = [a for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor", "place")) if lo <= a.i < trig.i]
    for ann in reversed(before):
        if governing_prep(doc, ann, lo) is not None:
            continue  # "ordered French troops out of the country, and the last of them withdrew"
        ref = actor_ref(doc, ann)
        if ref is not None:
            return ref
    if not before and not trig.passive and not BACK_PRONOUNS.isdisjoint(window) and not any(k in lx.REPORTING for k in window):
        return earlier_subject(doc, doc.sentence_of(trig.i))
    return None


def subject_before_relative(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'Ethiopia, which had bought TB2 drones, bombed Mekelle': a verb right after a relative clause
    set off by commas has the name before that clause as its subject."""
    which = closed_relative(doc.tokens.key, trig.i - 1, 1, 15) if trig.i > 2 and not trig.passive else None
    named = antecedent(doc, which) if which is not None else None
    return actor_ref(doc, named) if named is not None else None


# Nouns of a vessel that acts for the force named right before it ("a China Coast Guard ship fired").
VESSEL_NOUNS = frozenset("ship ships vessel vessels boat boats warship warships".split())


def vessel_subject(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'A China Coast Guard ship fired water cannon at', 'Russian navy ships fired missiles at': the
    force named right before a vessel noun that is the verb's subject acts through the vessel (read
    as a verb "ship", the noun would cut the force off from the clause)."""
    keys = doc.tokens.key
    k = trig.i - 1 - (trig.i > 1 and keys[trig.i - 1] in ("had", "has", "have", "also", "then"))
    if trig.passive or k < 1 or keys[k] not in VESSEL_NOUNS:
        return None  # checked first: most subjects are no vessel
    named = doc.ending(k, ("actor",))
    return actor_ref(doc, named[0]) if named else None


def occasion_possessor(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'Iran's barrage of October 1, when about 180 ballistic missiles were launched', 'Russia's
    attack of March 9, when 80 missiles were fired': a passive verb with no agent, in a ', when'
    clause on a possessed noun, was the possessor's deed."""
    keys = doc.tokens.key
    if not trig.passive or "when" not in keys[max(0, trig.i - 10):trig.i]:
        return None  # checked first: most verbs are in no 'when' clause
    when = max(n for n in range(max(0, trig.i - 10), trig.i) if keys[n] == "when")
    if keys[when - 1] != "," or "by" in keys[trig.i:trig.i + 3]:
        return None
    lo = doc.sentences[doc.sentence_of(trig.i)][0]
    for n in range(when - 2, max(lo, when - 8), -1):
        if keys[n] in (",", ";"):
            return None
        if keys[n - 1:n + 1] in (["'", "s"], ["’", "s"]):
            named = doc.ending(n - 1, ("actor", "place"))
            return actor_ref(doc, named[0]) if named else None
    return None


def which_antecedent(doc: ArticleDoc, trig: Trigger) -> Ref | None:
    """'The deliveries have alarmed Ethiopia, which has roughly 3,000 soldiers in Somalia', 'worried
    Kenya, which deployed 400 police officers to Haiti': a verb of a ', which'/', who' clause with
    no name of its own has the name before the comma as its subject."""
    keys = doc.tokens.key
    which = None if trig.passive else relative_opening(keys, trig.i, 1, 7)
    if which is None or any(doc.ending(m, ("actor", "place")) for m in range(which + 1, trig.i + 1)):
        return None  # no such clause, or it names its own subject
    named = antecedent(doc, which)
    return actor_ref(doc, named) if named is not None else None


def spoken_pronoun(doc: ArticleDoc, trig: Trigger, lo: int) -> bool:
    """'The ministry said it had taken delivery of 18 launchers': 'it' right after a verb of saying,
    with no name before it in the sentence, is the speaker (attribution fills the role)."""
    keys = doc.tokens.key
    if trig.passive or "it" not in keys[max(lo, trig.i - 6):trig.i]:
        return False  # checked first: most subjects are named
    k = next((n for n in range(trig.i - 1, max(lo, trig.i - 6) - 1, -1) if keys[n] == "it"), None)
    if trig.passive or k is None or k == lo or keys[k - 1] not in lx.REPORTING and keys[k - 1] != "that":
        return False
    return not any(lo <= a.i < trig.i for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor", "place")))


def earlier_subject(doc: ArticleDoc, s: int) -> Ref | None:
    """'Finland, which joined NATO in April, has rebuilt its defences. In 2022 it signed a contract
    for 64 F-35A fighters': an 'it' that opens its clause with no name before it is the subject of
    the sentence before, in the same paragraph: a name that opens that sentence with no preposition."""
    if s == 0 or doc.paragraph_of(s - 1) != doc.paragraph_of(s):
        return None
    lo = doc.sentences[s - 1][0]
    names = doc.in_sentence(s - 1, ("actor", "place"))
    first = names[0] if names else None
    if first is None or governing_prep(doc, first, lo) is not None \
            or any(a.i < first.i and a.kind != "date" for a in doc.in_sentence(s - 1)):
        return None
    ref = actor_ref(doc, first)
    return ref if ref is not None and ref.id is not None else None


# Endings of a compound that names who made an item ("US-made", "Chinese-built", "Iranian-designed").
MADE_ENDINGS = ("made", "built", "produced", "manufactured", "designed")


@lru_cache(maxsize=4)
def _one_word_states(catalog: Catalog) -> dict[str, str]:
    """The key of every one-word name, alias or demonym of a state -> the state's id."""
    words: dict[str, str] = {}
    for entry in catalog.entries("actor"):
        if entry.get("kind") == "state":
            for name in (*entry.names, *entry.get("demonyms", ())):
                if " " not in name:
                    words.setdefault(norm_token(name), entry.id)
    return words


def maker_state(doc: ArticleDoc, items: list[Ann]) -> Ref | None:
    """'Tokyo will buy 400 US-made Tomahawk missiles', 'Morocco received Israeli-made Harop drones':
    the state whose compound of making stands right before an item supplies it, when the clause names
    no supplier."""
    return _compound_state(doc, items, MADE_ENDINGS)


# Endings of a compound that names who operates an item ("Turkish-operated", "Russian-crewed").
OPERATED_ENDINGS = ("operated", "crewed", "flown", "piloted", "manned")


def operator_state(doc: ArticleDoc, items: list[Ann]) -> Ref | None:
    """'Turkish-operated Bayraktar TB2 drones struck', 'Russian-crewed Pantsir-S1 systems were
    deployed': the state whose compound of operating stands right before an item deploys, fires or
    loses it, when the clause names no actor."""
    return _compound_state(doc, items, OPERATED_ENDINGS)


def _compound_state(doc: ArticleDoc, items: list[Ann], endings: tuple[str, ...]) -> Ref | None:
    keys = doc.tokens.key
    for ann in items:
        key = keys[ann.i - 1] if ann.i > 0 else ""
        if not key.endswith(endings):
            continue  # no compound: checked first, most items have none
        ending = next((e for e in endings if key.endswith(e) and len(key) > len(e)), None)
        state = _one_word_states(doc.catalog).get(key[:-len(ending)]) if ending else None
        entry = doc.catalog.get("actor", state)
        if entry is not None:
            return Ref(entry.id, entry.name)
    return None

