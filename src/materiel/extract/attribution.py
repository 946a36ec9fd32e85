"""Component: who says so. "according to X", "X said", "X told Reuters", "in what X called",
"Reuters, citing X",
"footage aired by X", "data reviewed by X", "a report by X", "quoted as saying by X", "in a statement
carried by X",
"analysts at X", "X's analysts", "statements from X and Y", "said <Name>, a spokesman for X". The
claimant is kept apart from the actor. Rules:

- An outlet, agency, think tank or NGO named in the sentence always is a claimant; an official
  body, actor or state only where it stands as a speaker (`speakers.py`: titles, bodies and names
  between it and its verb; "the paper", "the ministry", "President <Name>" point back to one).
- A mention spoken to or about is none ("accused North Korea of delivering", "Iran's mission to the
  United Nations rejected": the UN), nor where others speak from ("analysts in Taipei said"), nor
  one whose verb is negated ("has neither confirmed nor denied") or a reaction ("condemned",
  "welcomed": a speaker that fills no role, but vouches for nothing).
- Unnamed officials relayed by an outlet leave the outlet alone ("US officials told Reuters",
  "AP, citing a US Navy official" → the outlet); a named body cited stays ("Yonhap, citing the NIS");
  pointed back to later ("one of the officials said") or in the headline, they are still the
  outlet's (relayed.py). A state told something is no speaker ("Yerevan told Moscow").
- Words describing a body after a cue's article do not hide it ("according to the Tuareg-led rebel
  coalition CSP-DPA").
  The owner of an outlet does not speak ("the Islamic State's Amaq news agency"); a name after
  "said" speaks only where the clause ends (", said the ministry."; not "said Germany delivered").
- A claimant inside an "as"/"since"/"while" clause after the event's verb speaks for that clause
  ("loses a jet as Houthis claim the attack").
- A claimant does not vouch for an event in a "since" or "as" clause after its verb ("confirmed
  the loss of five drones since the Houthis began attacking ships": not the attack), nor does one
  commenting on it in an apposition unless a party to it (", a step the UN said breached the
  accord": not the UN; ", an accusation Ankara denied": Ankara, the accused).
- A recipient telling of its own delivery speaks ("Poland received ..., the Polish ministry said");
  the target of an attack does not vouch for it.
- An event with no claimant in its sentence takes the one of a neighbouring sentence of the same
  paragraph that reports no event of its own, or only one too thin to stand alone ("The footage
  was aired by ...", "Photographs posted by X showed the vehicles lined up"), and denies nothing;
  one told by unnamed people takes only that of the next sentence going on about it ("..., residents
  said. Reuters reported that the strikes were carried out by K-8 jets").
- An attack naming no attacker is carried out by the party that "claimed responsibility" in the
  sentence giving its claimants ("... hit the base; the Islamic Resistance in Iraq claimed
  responsibility"); "said it had received" gives its subject role the speaker's state.
"""
from __future__ import annotations

from typing import NamedTuple

from materiel.extract.appositions import speaks_through_title
from materiel.extract.certainty import CUES, speaking_state
from materiel.extract.claim_clauses import clause_apart, trigger_token
from materiel.extract.doc import ArticleDoc
from materiel.extract.lexicon import TRIGGERS
from materiel.extract.pointed_speakers import pointed_claimants
from materiel.extract.registry import component
from materiel.extract.relayed import PEOPLE, relaying_outlet
from materiel.extract.responsibility import attack_claims
from materiel.extract.speakers import (
    CLAIM_NOUNS,
    CLAIM_VERBS,
    NAMING_VERBS,
    SAY_VERBS,
    SPEAKER_WORDS,
    TITLES,
    body_state,
    claimant_ref,
    in_body_name,
    is_addressee,
    is_comment,
    is_possessed,
    is_unnamed,
    named_in_aside,
    owns_claim,
    owns_source,
    speaks_after,
)
from materiel.extract.voices import Voices, state_of
from materiel.models import Ref

# People who speak unnamed ("officials said", "the sources told"): a speaker, though no claimant.
UNNAMED_SPEAKERS = frozenset(("officials", "official", "sources", "source", "diplomats", "diplomat", "witnesses",
                              "residents", "analysts", "experts", "spokesman", "spokeswoman", "spokesperson"))
BY_VERBS = ("released", "aired", "published", "broadcast", "posted", "shared", "quoted", "cited", "reported",
            "obtained", "verified", "geolocated", "analysed", "analyzed", "filmed", "compiled", "documented", "carried",
            "reviewed", "seen", "examined", "collected", "gathered", "assessed", "tracked", "saying",
            "disclosed", "revealed", "detailed")
# "a statement by X", "an assessment from X": the nouns of a report whose author says so.
REPORT_NOUNS = ("statement", "statements", "assessment", "study", "analysis", "investigation", "report", "reports",
                "announcement")
# Passives whose agent is often a party to the event ("the attack, claimed by the Houthis", "a
# package announced by the Pentagon"): it says so, and keeps its role.
PARTY_BY_VERBS = ("confirmed", "claimed", "announced", "acknowledged", "denied")
AFTER_CUES = (("according", "to"), ("citing",), ("quoting",), *((v, "by") for v in BY_VERBS), ("analysts", "at"), ("analysts", "from"),
              ("experts", "at"), ("researchers", "at"), ("footage", "from"), ("images", "from"), ("video", "from"),
              ("report", "by"), ("data", "from"), ("as", "revealed", "by"), ("sources", "told"), ("told",),
              ("statement", "from"), ("statements", "from"),
              *((n, p) for n in REPORT_NOUNS for p in ("by", "from")))
CUE_FILLERS = frozenset(("the", "a", "an", "officials", "official", "at", "of", "and"))
# "according to the Tuareg-led rebel coalition CSP-DPA": at most this many words describe a body
# between its article and its name; words that are not such description end them.
DESCRIPTION_REACH = 4
NOT_DESCRIPTION = frozenset(("the", "a", "an", "of", "on", "in", "at", "to", "by", "for", "from", "with", "and", "or",
                             "that", "which", "who", "its", "their", "his", "her", "said", "says"))
# People who speak for a body named after 'for'/'with' ("a spokesman for the Houthis").
SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson", "representative"))
PARTY_CUES = tuple((v, "by") for v in PARTY_BY_VERBS)
CUES_BY_LAST = {cue[-1]: [c for c in AFTER_CUES if c[-1] == cue[-1]] for cue in AFTER_CUES}
ALL_CUES_BY_LAST = {last: cues + [c for c in PARTY_CUES if c[-1] == last] for last, cues in CUES_BY_LAST.items()}
# The words a sentence names a claimant by: saying and naming verbs, claim nouns ("the US account"),
# and a word of each cue (its prepositions aside; "as revealed by" by "revealed"). A sentence with
# none of them and no source names no claimant (claimants_at).
TELLING = CLAIM_VERBS | NAMING_VERBS | CLAIM_NOUNS | frozenset(
    word for cue in AFTER_CUES + PARTY_CUES for word in cue if word not in ("to", "by", "at", "from", "as"))
DENIAL_WORDS = CUES["denied"]
BACK_POINTERS = frozenset(("the", "these", "those", "that", "this"))  # "the strikes": an event told before
CLAUSE_ENDS = frozenset((",", ".", ";", ":", "(", "on", "in", "at", "late", "earlier", "last", "this", "that", "after"))


class Claim(NamedTuple):
    """A claimant named at token i; `comment` when it speaks in an apposition on the clause before."""

    i: int
    ref: Ref
    comment: bool = False


def claimants_at(doc: ArticleDoc, s: int, voices: Voices | None = None) -> list[Claim]:
    """Claimants of sentence s with the token where each is named, in text order (`voices`: the
    document's grounds for speakers naming no state, built once per document)."""
    lo, hi = doc.sentences[s]
    speakers = doc.in_sentence(s, ("source", "actor", "place"))
    if lo > 0 and not doc.positions(TELLING, lo, hi) and all(a.kind != "source" for a in speakers):
        return []  # no word to tell a claimant by (at token 0, _joined reads the document's last token)
    keys, text = doc.tokens.key, doc.tokens.text
    found: list[Claim] = []
    unnamed: set[int] = set()
    relayed, last_end = False, -1
    for ann in speakers:
        ref = claimant_ref(doc, ann) or body_state(doc, ann) or (state_of(doc, ann) if owns_claim(keys, ann, hi) else None)
        if ref is None or is_addressee(keys, ann, lo) or owns_source(doc, ann) or is_possessed(doc, ann) \
                or in_body_name(doc, ann):
            continue
        if ann.kind == "source" and ann.entry.get("type") != "official":
            found.append(Claim(ann.i, ref))
            relayed = True
        elif _after_cue(keys, ann.i, lo, party=True, text=text) or speaks_after(doc, ann.j, hi) or _say_before(keys, ann, lo, hi) \
                or _joined(keys, ann, last_end, hi) or speaks_through_title(doc, ann, lo, hi) or owns_claim(keys, ann, hi) \
                or named_in_aside(keys, ann, hi):
            found.append(Claim(ann.i, ref, is_comment(keys, ann, lo)))
            last_end = ann.j
            if ann.kind != "source" and is_unnamed(doc, ann, hi):
                unnamed.add(ann.i)
    if not relayed:
        outlet = relaying_outlet(doc, s) if doc.positions(PEOPLE, lo, hi) else None
        if outlet is not None:  # "..., one of the officials said": the outlet relaying them before
            found.append(Claim(*outlet))
            relayed = True
    if relayed:
        found = [f for f in found if f.i not in unnamed]
    found += [Claim(i, ref) for i, ref in pointed_claimants(doc, s, lambda k: _after_cue(keys, k, lo, party=True),
                                                                         voices or Voices.of(doc))]
    if not found:
        return found
    out: list[Claim] = []
    for claim in sorted(found, key=lambda f: f.i):
        if all(c.ref.id != claim.ref.id or c.ref.name != claim.ref.name for c in out):
            out.append(claim)
    return out


def _joined(keys: list[str], ann, last_end: int, hi: int) -> bool:
    """'from Washington and Seoul', 'Kyiv, Warsaw and Vilnius said': the next of a list of speakers
    (a comma alone ends the list: "According to X, Russia moved ...")."""
    if ann.i == 0 or ann.i - 1 != last_end:  # nothing before the first token (not the last one)
        return False
    return keys[ann.i - 1] == "and" or (keys[ann.i - 1] == "," and ann.j < hi and keys[ann.j] in ("and", ","))


def is_claimant_position(keys: list[str], ann, lo: int, hi: int) -> bool:
    """Whether a mention sits where a claimant does: before a saying verb or after a citing cue."""
    return _after_cue(keys, ann.i, lo) or _before_say(keys, ann.j, hi)


def _after_cue(keys: list[str], i: int, lo: int, party: bool = False, text: list[str] | None = None) -> bool:
    """A cue ("according to", "citing", "aired by") ends at most two filler words before token i;
    with `party`, also a passive whose agent may be a party ("claimed by"); with the tokens' `text`,
    also past words describing a name ("according to the rebel coalition CSP-DPA")."""
    end = _past_spokesman(keys, i, lo)
    if text is not None:
        end = _past_description(keys, text, end, lo)
    cues = ALL_CUES_BY_LAST if party else CUES_BY_LAST
    for _ in range(3):
        for cue in cues.get(keys[end - 1], ()) if end - 1 >= lo else ():
            if end - len(cue) >= lo and tuple(keys[end - len(cue):end]) == cue:
                return True
        if end - 1 < lo or keys[end - 1] not in CUE_FILLERS:
            return False
        end -= 1
    return False


def _past_spokesman(keys: list[str], i: int, lo: int) -> int:
    """'according to a spokesman for the Houthis', 'citing an official with the Malian army': the
    person who speaks for the body at token i stands between it and the cue; where the cue may end."""
    end = i - (i - 1 >= lo and keys[i - 1] == "the")
    if end - 2 >= lo and keys[end - 1] in ("for", "with") and keys[end - 2] in SPOKESPEOPLE:
        return end - 2
    return i


def _past_description(keys: list[str], text: list[str], i: int, lo: int) -> int:
    """'according to the Tuareg-led rebel coalition CSP-DPA', 'citing the open-source tracking group
    Oryx': the words describing the body at token i, between an article and its name, stand between it
    and the cue; where the cue may end (at the article). A preposition or a clause word ends them
    ("according to the ministry in Kyiv": Kyiv is where, not who)."""
    k = i
    while k - 1 >= lo and i - k < DESCRIPTION_REACH and keys[k - 1] not in NOT_DESCRIPTION \
            and keys[k - 1] not in SAY_VERBS and _describing(text[k - 1]):
        k -= 1
        if keys[k - 1:k] in (["the"], ["a"], ["an"]) and k - 1 >= lo:
            return k - 1
    return i


def _describing(word: str) -> bool:
    """A lowercase word or a compound ending in one ("rebel", "open-source", "Tuareg-led", "Iran-backed")."""
    return word.replace("-", "").isalpha() and word.rsplit("-", 1)[-1][:1].islower()


def _before_say(keys: list[str], j: int, hi: int) -> bool:
    k = j
    while k < hi and k - j < 6 and keys[k] in SPEAKER_WORDS:
        k += 1
    return k < hi and keys[k] in SAY_VERBS


def _say_before(keys: list[str], ann, lo: int, hi: int) -> bool:
    """'..., said the ministry.', 'said Russia's defence ministry on Monday': a speaker after its
    verb closes the clause ("said Germany delivered ..." names the subject of what was said)."""
    i = ann.i - 1 if ann.i - 1 >= lo and keys[ann.i - 1] == "the" else ann.i
    if not (i - 1 >= lo and keys[i - 1] in ("said", "says", "reported")):
        return False
    k = ann.j
    while k < hi and keys[k] in SPEAKER_WORDS:
        k += 1
    return k >= hi or keys[k] in CLAUSE_ENDS


def _vouching(doc: ArticleDoc, event, claimants: list[Claim], trigger: int | None) -> list[Ref]:
    """The claimants that vouch for an event triggered at token `trigger`: not those named before a
    "since"/"as" clause that holds the trigger, nor those inside such a clause after it ("loses a
    jet as Houthis claim attack"), nor one commenting on it that is no party to it."""
    keys = doc.tokens.key
    parties = {r.id for r in (event.actor, event.recipient) if r is not None}
    out = []
    for c in claimants:
        if clause_apart(keys, c.i, trigger):
            continue
        if not c.comment or c.ref.id in parties:
            out.append(c.ref)
    return out


@component("attribution", assigns=("events.attributed_to",), requires=("events",))
def attribution(doc: ArticleDoc) -> ArticleDoc:
    """Set each event's claimants from its sentence, else a neighbouring event-less sentence."""
    cache: dict[int, list[Claim]] = {}
    voices = Voices.of(doc)
    with_events = {s for e, s in zip(doc.events, doc.event_sentences) if id(e) not in doc.thin_events and _has_substance(e)}

    def claimants(n: int) -> list[Claim]:
        if n not in cache:
            cache[n] = claimants_at(doc, n, voices)
        return cache[n]

    for event, s in zip(doc.events, doc.event_sentences):
        lo, hi = doc.sentences[s]
        refs = _vouching(doc, event, claimants(s), trigger_token(doc, event, lo, hi)) if claimants(s) else []
        told = s
        if not claimants(s):
            unnamed = _unnamed_speaker(doc, s)  # "..., the officials said": its own speaker
            para = doc.paragraph_of(s)
            for n in (s + 1,) if unnamed else (s + 1, s - 1, s + 2):
                if 0 <= n < len(doc.sentences) and n not in with_events and doc.paragraph_of(n) == para \
                        and claimants(n) and not _denies(doc, n) and (not unnamed or goes_on_about(doc, n, event)):
                    refs, told = _vouching(doc, event, claimants(n), None), n
                    break
        if event.type == "attack" and event.actor is None:
            event.actor = _responsible(doc, told, refs)
        event.attributed_to = [r for r in refs if not _is_target(event, r)] or [r for r in refs if r.id != (event.actor.id if event.actor else None)]
        if id(event) in doc.spoken_subjects:
            _speaker_fills(doc, event, doc.spoken_subjects[id(event)])
    return doc


def _has_substance(event) -> bool:
    """'Der Spiegel was first to report the handover': an event naming no item and no role is only a
    mention of one told before; its sentence reports no event of its own and lends its claimants."""
    return bool(event.equipment) or any(getattr(event, role) is not None
                                        for role in ("actor", "recipient", "origin", "destination", "target"))


def goes_on_about(doc: ArticleDoc, n: int, event) -> bool:
    """'Jets bombed the town, residents said. The Irrawaddy, citing witnesses, reported that the strikes
    were carried out by K-8 jets': a sentence naming the event again by a definite noun of its type
    goes on about it, so its claimant vouches for it even where unnamed people told it first."""
    lo, hi = doc.sentences[n]
    keys = doc.tokens.key
    return any(TRIGGERS[keys[k]][0] == event.type and keys[k - 1] in BACK_POINTERS
               for k in doc.positions(TRIGGERS, lo + 1, hi))


def _unnamed_speaker(doc: ArticleDoc, s: int) -> bool:
    """'The aircraft were flown to Port Sudan, the officials said', 'General Romeo Brawner said the
    Chinese took rifles': a sentence whose speaker is unnamed people, or a person no state or body
    grounds, has a speaker of its own; it borrows none from the sentences around it."""
    lo, hi = doc.sentences[s]
    keys, text = doc.tokens.key, doc.tokens.text
    return any(keys[k - 1] in UNNAMED_SPEAKERS or _titled_person(keys, text, k, lo)
               for k in doc.positions(CLAIM_VERBS, lo + 1, hi))


def _titled_person(keys: list[str], text: list[str], k: int, lo: int) -> bool:
    """'Chief of staff General Romeo Brawner said': a title and a capitalised name before the verb at k."""
    n = k
    while n - 1 >= lo and text[n - 1][:1].isupper() and keys[n - 1] not in TITLES:
        n -= 1
    return n < k and n - 1 >= lo and keys[n - 1] in TITLES


def _speaker_fills(doc: ArticleDoc, event, role: str) -> None:
    """'The ministry said it had taken delivery of 18 launchers': the state the speaker speaks for
    fills the subject role the pronoun stands in (an outlet speaks for no state)."""
    states = [s for s in (speaking_state(doc, r) for r in event.attributed_to) if s is not None]
    state = doc.catalog.get("actor", states[0]) if states else None
    if state is not None and getattr(event, role) is None:
        setattr(event, role, Ref(state.id, state.name))


def _responsible(doc: ArticleDoc, s: int, refs: list[Ref]) -> Ref | None:
    """'a barrage of rockets hit the base; the Islamic Resistance in Iraq claimed responsibility',
    'JNIM claimed responsibility': who claims an attack that names no attacker carried it out."""
    lo, hi = doc.sentences[s]
    if not attack_claims(doc, lo, hi):
        return None
    return next((r for r in refs if doc.catalog.get("actor", r.id) is not None), None)


def _denies(doc: ArticleDoc, n: int) -> bool:
    """A sentence denying something lends no claimant: its speaker tells of no event ("Ethiopia denies
    using them"); a denial that answers the event is found by the document rule (certainty.py)."""
    lo, hi = doc.sentences[n]
    return any(k in DENIAL_WORDS for k in doc.tokens.key[lo:hi])


def add_claimants(event, refs: list[Ref]) -> None:
    """An event told over several sentences has the claimants of each (not its target)."""
    event.attributed_to.extend(r for r in refs if r not in event.attributed_to and not _is_target(event, r))


def _is_target(event, ref: Ref) -> bool:
    """What is attacked does not vouch for the attack; a recipient telling of its delivery does."""
    return event.target is not None and ref.id is not None and event.target.id == ref.id
