"""Who acts when the frame's subject slot holds no name: a pronoun after a claimant ("Hezbollah said
it had fired"; before a light verb, "said it carried out an air strike"), the one claiming an
infinitive ("the Houthis claimed to have hit"), the possessor of an order noun ("Saudi Arabia's
purchase of").
"""
from __future__ import annotations

from materiel.extract import lexicon as lx
from materiel.extract.claimants import is_claimant
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.roles import actor_ref, governing_prep
from materiel.extract.triggers import Trigger
from materiel.models import Event, Ref

PRONOUNS = frozenset(("it", "they", "we", "its", "them"))


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
    light = next((n for n in range(trig.i - 1, max(lo, trig.i - 5) - 1, -1) if keys[n] in lx.LIGHT_VERBS), trig.i)
    window = keys[max(lo, light - 4):trig.i]  # "it carried out an air strike": from the light verb
    if not any(k in PRONOUNS for k in window):
        return None
    for ann in reversed([a for a in doc.in_sentence(doc.sentence_of(trig.i), ("actor", "place")) if lo <= a.i < trig.i]):
        if governing_prep(doc, ann, lo) is not None:
            continue  # "ordered French troops out of the country, and the last of them withdrew"
        ref = actor_ref(doc, ann)
        if ref is not None:
            return ref
    return None
