"""Component: who says so. "according to X", "X said", "X told Reuters", "Reuters, citing X",
"footage aired by X", "analysts at X", "X's analysts". The claimant is kept apart from the actor.
An event with no claimant in its sentence takes the one of a neighbouring sentence of the same
paragraph that reports no event of its own ("The footage was aired by ...").
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.registry import component
from materiel.extract.roles import actor_ref
from materiel.models import Ref

SAY_VERBS = frozenset("""said says say reported reports report claimed claims claim stated states confirmed confirms
announced announces told tells wrote writes noted notes estimated estimates showed shows show published publishes
aired airs broadcast broadcasts released releases posted posts shared shares revealed reveals alleged alleges
added adds according cited cites quoted quotes observed documented documents tallied tracked identified geolocated
denied denies insisted insists acknowledged acknowledges disclosed discloses indicated indicates accused accuses accusing rejected rejects dismissed warned warns believes
believe condemned condemns criticised criticized criticises criticizes welcomed welcomes protested""".split())
BY_VERBS = ("released", "aired", "published", "broadcast", "posted", "shared", "quoted", "cited", "reported",
            "obtained", "verified", "geolocated", "analysed", "analyzed", "filmed", "compiled", "documented")
AFTER_CUES = (("according", "to"), ("citing",), ("quoting",), *((v, "by") for v in BY_VERBS), ("analysts", "at"), ("analysts", "from"),
              ("experts", "at"), ("researchers", "at"), ("footage", "from"), ("images", "from"), ("video", "from"),
              ("report", "by"), ("data", "from"), ("as", "revealed", "by"), ("sources", "told"), ("told",))
def _claimant(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """Who a mention names as a speaker: a source or group as itself, a state through its forces,
    a force-heading demonym, its name or its capital."""
    if ann.kind == "source" or (ann.kind == "actor" and ann.entry.get("kind") != "state"):
        return Ref(ann.entry.id, ann.entry.name)
    return actor_ref(doc, ann)


def sentence_claimants(doc: ArticleDoc, s: int) -> list[Ref]:
    """Claimants named in sentence s, outermost first. An outlet, agency or analysts' body in the
    sentence always is one (outlets are never actors by default); an actor or state is one where
    it stands as a speaker: before a saying verb, after a citing cue, or right after 'said'."""
    lo, hi = doc.sentences[s]
    keys = doc.tokens.key
    found: list[tuple[int, Ref]] = []
    for ann in doc.in_sentence(s, ("source", "actor", "place")):
        ref = _claimant(doc, ann)
        if ref is None:
            continue
        if ann.kind == "source":
            found.append((ann.i, ref))
        elif _after_cue(keys, ann.i, lo) or _before_say(keys, ann.j, hi) or _say_before(keys, ann.i, lo):
            found.append((ann.i, ref))
    out: list[Ref] = []
    for _, ref in sorted(found, key=lambda f: f[0]):
        if all(r.id != ref.id or r.name != ref.name for r in out):
            out.append(ref)
    return out


def is_claimant_position(keys: list[str], ann: Ann, lo: int, hi: int) -> bool:
    """Whether a mention sits where a claimant does: before a saying verb or after a citing cue."""
    return _after_cue(keys, ann.i, lo) or _before_say(keys, ann.j, hi)


CUE_FILLERS = frozenset(("the", "a", "an", "officials", "official", "at", "of"))
CUES_BY_LAST = {cue[-1]: [c for c in AFTER_CUES if c[-1] == cue[-1]] for cue in AFTER_CUES}


def _after_cue(keys: list[str], i: int, lo: int) -> bool:
    """A cue ("according to", "citing", "aired by") ends at most two filler words before token i."""
    end = i
    for _ in range(3):
        for cue in CUES_BY_LAST.get(keys[end - 1], ()) if end - 1 >= lo else ():
            if end - len(cue) >= lo and tuple(keys[end - len(cue):end]) == cue:
                return True
        if end - 1 < lo or keys[end - 1] not in CUE_FILLERS:
            return False
        end -= 1
    return False


# Words between a claimant's name and its verb: "UN experts have reported", "Rwanda's defence
# ministry said", "US officials told", "Iran's mission to the United Nations rejected".
SPEAKER_WORDS = frozenset("""' s officials official spokesman spokeswoman spokesperson analysts experts researchers
investigators monitors sources diplomats army military forces ministry government command embassy agency
council chief defence defense security foreign affairs air force general staff mission panel group
has have had also previously later publicly on repeatedly earlier itself""".split())


def _before_say(keys: list[str], j: int, hi: int) -> bool:
    k = j
    while k < hi and k - j < 6 and keys[k] in SPEAKER_WORDS:
        k += 1
    return k < hi and keys[k] in SAY_VERBS


def _say_before(keys: list[str], i: int, lo: int) -> bool:
    return i - 1 >= lo and keys[i - 1] in ("said", "says", "reported", "according", "told") or (
        i - 2 >= lo and keys[i - 2] in ("said", "says", "reported") and keys[i - 1] in ("the",))


def _paragraph(doc: ArticleDoc, s: int) -> tuple[int, int]:
    """Character span of the paragraph (line) holding sentence s."""
    start = doc.tokens.start[doc.sentences[s][0]]
    a = doc.text.rfind("\n", 0, start) + 1
    b = doc.text.find("\n", start)
    return a, (b if b >= 0 else len(doc.text))


@component("attribution", assigns=("events.attributed_to",), requires=("events",))
def attribution(doc: ArticleDoc) -> ArticleDoc:
    """Set each event's claimants from its sentence, else a neighbouring event-less sentence."""
    cache: dict[int, list[Ref]] = {}
    with_events = set(doc.event_sentences)

    def claimants(s: int) -> list[Ref]:
        if s not in cache:
            cache[s] = sentence_claimants(doc, s)
        return cache[s]

    for event, s in zip(doc.events, doc.event_sentences):
        refs = claimants(s)
        if not refs:
            para = _paragraph(doc, s)
            for n in (s + 1, s - 1, s + 2):
                if 0 <= n < len(doc.sentences) and n not in with_events and _paragraph(doc, n) == para and claimants(n):
                    refs = claimants(n)
                    break
        event.attributed_to = [r for r in refs if not _is_role(event, r)] or [r for r in refs if r.id != (event.actor.id if event.actor else None)]
    return doc


def _is_role(event, ref: Ref) -> bool:
    return any(getattr(event, role) is not None and getattr(event, role).id == ref.id and ref.id is not None
               for role in ("recipient", "target"))
