"""Who stands where a speaker does. The words a speaker's name may carry before its saying verb
(bodies, titles, a person's name: "Ukraine's army chief, Oleksandr Syrskyi, said"); phrases that
name no catalog entry but point back to one or to a state are resolved in pointed_speakers.py.

A state's officials, ministers, ministries, embassies and forces speak for the state, and so does a
body named after its possessive ("Ukraine's Special Operations Forces claimed", "South Korea's Joint
Chiefs of Staff said": "of" inside a capitalised name), or one a speaking person's title names in an
apposition ("said Igor Petrov, a spokesman for the Russian defence ministry": `appositions.py`).
A relative clause of saying after a name makes it the speaker ("the Wagner Group, which announced on
Telegram that it was leaving"); another name in an aside stands between a speaker and its verb ("The
agency, known as GUR, said": GUR names it). A state or body told something is no speaker.
"""
from __future__ import annotations

from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.roles import actor_ref
from materiel.models import Ref

SAY_VERBS = frozenset("""said says say reported reports report claimed claims claim stated states confirmed confirms
announced announces told tells wrote writes noted notes estimated estimates showed shows show published publishes
aired airs broadcast broadcasts released releases posted posts shared shares revealed reveals alleged alleges
added adds according cited cites quoted quotes observed documented documents tallied tracked identified geolocated
denied denies insisted insists acknowledged acknowledges admitted admits disclosed discloses indicated indicates accused accuses accusing
rejected rejects dismissed warned warns believes believe condemned condemns criticised criticized criticises criticizes
welcomed welcomes protested examined examines analysed analyzed verified citing quoting""".split())
# Reactions: a state condemning or welcoming a delivery is a speaker (it fills no role) but vouches
# for nothing ("Azerbaijan condemned the sale").
REACTIONS = frozenset("""condemned condemns criticised criticized criticises criticizes welcomed welcomes protested
warned warns""".split())
CLAIM_VERBS = SAY_VERBS - REACTIONS
# Words between a claimant's name and its verb: "UN experts have reported", "Rwanda's defence
# ministry said", "US officials told", "the US Defense Department and Niger's defence ministry confirmed".
SPEAKER_WORDS = frozenset("""' s officials official spokesman spokeswoman spokesperson analysts experts researchers
investigators monitors sources diplomats army military forces ministry health interior government command embassy agency
council chief defence defense security foreign affairs air force general staff mission panel group
has have had also previously later publicly on repeatedly earlier itself department office weapons officially
armed national intelligence spy service presidential presidency witnesses administration senior top navy naval
police border guard coast wing press paramilitary transitional interim federal state news media television tv
broadcaster radio channel newspaper""".split())
# Titles before a person's name: the name's capitalised words belong to the speaker.
TITLES = frozenset("""president prime minister secretary spokesman spokeswoman spokesperson chief head commander
ambassador envoy deputy adviser advisor governor director leader chancellor premier king emir general colonel
admiral lieutenant brigadier marshal major secretarygeneral undersecretary maj gen col lt adm brig""".split())
# People who speak without a name: relayed by an outlet, only the outlet is cited ("US officials told Reuters").
UNNAMED = frozenset(("official", "officials", "sources", "source", "diplomats", "diplomat", "officer", "officers"))
# Heads of a state's own bodies and offices: unqualified, they speak for a state named nearby.
STATE_HEADS = frozenset("""army military navy air force forces police ministry government presidency staff president minister
chief spokesman spokeswoman spokesperson embassy command intelligence service administration""".split())
# Nouns of a claim: their owner says so ("the US account", "Kyiv's claims").
CLAIM_NOUNS = frozenset("""account accounts claim claims allegation allegations accusation accusations assessment
assertion assertions statement""".split())  # not "version": "the Ukrainian version of the T-72"
# Words before a speaker that describe its people, not an apposition's noun (", a senior US official said").
PEOPLE_MODIFIERS = frozenset("senior top former high-ranking junior retired spokesman spokeswoman".split())
NAMING_VERBS = frozenset(("called", "calls", "described", "describes", "termed", "dubbed", "branded"))
ENVOYS = frozenset(("mission", "ambassador", "envoy", "delegation", "representative"))
NON_OFFICIAL = frozenset("""analysts analyst experts researchers observers residents witnesses journalists
correspondents reporters""".split())
ACCUSE = frozenset(("accused", "accuses", "accuse", "accusing", "blamed", "blames", "blaming", "urged", "urges"))
# Verbs whose object is told, not telling: "Yerevan told Moscow", "Kyiv informed Warsaw".
TOLD = frozenset(("told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "notified"))
NAMED = ("actor", "place", "source", "equipment")
LEFT_STOPS = frozenset(("the", "its", "his", "her", "their"))


def speaks_after(doc: ArticleDoc, j: int, hi: int) -> bool:
    """Whether a saying verb follows token j through speaker words, a title and a person's name,
    a possessed body's name ("Ukraine's Special Operations Forces claimed"), or a coordinated
    second speaker ("Washington and Seoul said")."""
    keys, text = doc.tokens.key, doc.tokens.text
    k, titled = j, False
    owner = keys[j:j + 2] == ["'", "s"]
    while k < hi and k - j < 16:  # "the Pentagon's press secretary, Maj. Gen. Pat Ryder, told"
        key = keys[k]
        if key in CLAIM_VERBS or what_called(keys, k) or describes_as(keys, k, hi):
            return True
        if key in TITLES:
            titled = True
        elif key == "to" and keys[k - 1] in ENVOYS:
            k = _after_addressee(doc, k + 1, hi)
            continue
        elif key == "(" and keys[k + 2:k + 3] == [")"]:  # "Ukraine's military intelligence (HUR) said"
            k += 3
            continue
        elif key == "," and keys[k + 1:k + 2] in (["which"], ["who"]) and _says(keys, k + 2, hi):
            return True  # "the Wagner Group, which announced on its Telegram channel that it was leaving"
        elif key == "," and keys[k + 1:k + 2] in (["who"], ["speaking"]):  # ", who spoke on condition of anonymity,"
            close = next((n for n in range(k + 2, min(hi, k + 12)) if keys[n] == ","), None)
            if close is None:
                return False
            k = close + 1
            continue
        elif key == "," and alias_end(keys, k, hi) is not None:  # "the agency, known as GUR, said"
            k = alias_end(keys, k, hi)
            continue
        elif key == "," and keys[k + 1:k + 2] in (["a"], ["an"]):  # ", an umbrella of Tehran-backed factions,"
            close = next((n for n in range(k + 2, min(hi, k + 12)) if keys[n] == ","), None)
            if close is None or close + 1 >= hi or keys[close + 1] not in CLAIM_VERBS:
                return False
            k = close + 1
            continue
        elif key in SPEAKER_WORDS or key == "and" or (titled and (key in (",", ".") or text[k][:1].isupper())) \
                or (owner and text[k][:1].isupper() and not doc.starting(k, ("actor", "place", "source"))) \
                or (key == "of" and inside_name(text, k, hi)) or passive_quote(keys, k) \
                or (key == "," and k + 1 < hi and keys[k + 1] in ("citing", "quoting", "quoted")):
            pass
        else:
            owned = keys[k - 2:k] == ["'", "s"]
            joined = keys[k - 1] in ("and", ",") or owned
            nxt = doc.starting(k, ("place",) if owned else ("actor", "place", "source")) if joined else []
            if not nxt:
                return False
            k = nxt[0].j
            continue
        k += 1
    return False


ALIAS_OPENERS = (["known", "as"], ["also", "known"], ["better", "known"], ["formerly", "known"])


def alias_end(keys: list[str], k: int, hi: int) -> int | None:
    """'the agency, known as GUR, said', 'the militia, also known as the RSF, claimed': past the
    other name a speaker is given between commas, from the comma at k; None when no such aside."""
    if keys[k + 1:k + 3] not in ALIAS_OPENERS:
        return None
    close = next((n for n in range(k + 3, min(hi, k + 12)) if keys[n] == ","), None)
    return close + 1 if close is not None else None


def named_in_aside(keys: list[str], ann: Ann, hi: int) -> bool:
    """'The agency, known as GUR, said': the other name given to a speaker in an aside before its
    saying verb names the speaker."""
    i = ann.i - (keys[ann.i - 1] == "the")
    return keys[i - 2:i] == ["known", "as"] and keys[ann.j:ann.j + 1] == [","] and _says(keys, ann.j + 1, hi)


def alias_start(keys: list[str], k: int, lo: int) -> int | None:
    """The comma opening the aside that a comma at k closes ("the agency, known as GUR, said"), or None."""
    for n in range(k - 1, max(lo, k - 12) - 1, -1):
        if keys[n] == ",":
            return n if alias_end(keys, n, k + 1) == k + 1 else None
    return None


def _says(keys: list[str], k: int, hi: int) -> bool:
    """Whether a saying verb opens the relative clause at k, past an auxiliary ("which has said")."""
    k += k < hi and keys[k] in ("has", "had", "have", "also", "later")
    return k < hi and keys[k] in CLAIM_VERBS and keys[k] not in ("according", "citing", "quoting")


def inside_name(text: list[str], k: int, hi: int) -> bool:
    """'the Joint Chiefs of Staff', 'the Federal Ministry of Defence': an 'of' between two capitalised
    words is inside a body's name."""
    return k + 1 < hi and text[k - 1][:1].isupper() and text[k + 1][:1].isupper()


def passive_quote(keys: list[str], k: int) -> bool:
    """'the minister was quoted as saying': 'was' before 'quoted' belongs to the saying verb."""
    return keys[k] in ("was", "were") and keys[k + 1:k + 2] == ["quoted"]


def owns_claim(keys: list[str], ann: Ann, hi: int) -> bool:
    """'rejected the US account', 'denied Kyiv's claims that ...': whose account or claim it is says so."""
    k = ann.j + 2 if keys[ann.j:ann.j + 2] == ["'", "s"] else ann.j
    return k < hi and keys[k] in CLAIM_NOUNS


DESCRIBE_REACH = 6  # words of the object between "described" and "as"


def describes_as(keys: list[str], k: int, hi: int) -> bool:
    """'The LNA described its withdrawal as a tactical repositioning': an active naming verb with its
    object and "as" names the event, so its subject says so (not "described as", a passive)."""
    return keys[k] in NAMING_VERBS and k + 1 < hi and keys[k + 1] not in ("as", "by") \
        and "as" in keys[k + 2:min(hi, k + 2 + DESCRIBE_REACH)]


def what_called(keys: list[str], k: int) -> bool:
    """'in what the military called a pre-emptive strike', 'what Moscow described as': naming the
    event is saying it (a plain "called for talks" is not)."""
    return keys[k] in NAMING_VERBS and "what" in keys[max(0, k - 5):k]


def _after_addressee(doc: ArticleDoc, k: int, hi: int) -> int:
    """Past the body an envoy is sent to ("Iran's mission to the United Nations rejected")."""
    if k < hi and doc.tokens.key[k] == "the":
        k += 1
    named = doc.starting(k, ("actor", "place", "source"))
    return named[0].j if named else k


def is_addressee(keys: list[str], ann: Ann, lo: int) -> bool:
    """A mention spoken to or about, not speaking: "accused North Korea of", "mission to the UN",
    a state or body told ("Yerevan told Moscow that"; an outlet told reports: "told Reuters"),
    or where others speak from ("analysts in Taipei")."""
    before = [keys[k] for k in range(max(lo, ann.i - 3), ann.i)]
    if before[-1:] == ["the"]:
        before = before[:-1]
    if ann.kind != "source" and len(before) > 1 and before[-1] == "in" and before[-2] in NON_OFFICIAL:
        return True  # "analysts in Taipei said": where they sit, not the state speaking
    if ann.kind != "source" and before[-1:] and before[-1] in TOLD:
        return True  # "Yerevan told Moscow that ...": the one told listens; only an outlet told reports
    return bool(before) and (before[-1] in ACCUSE or before[-1] == "to" and len(before) > 1 and before[-2] in ENVOYS)


def owns_source(doc: ArticleDoc, ann: Ann) -> bool:
    """'the Islamic State's Amaq news agency': the owner of an outlet is not the one citing."""
    keys = doc.tokens.key
    return ann.j + 2 < len(keys) and keys[ann.j] == "'" and keys[ann.j + 1] == "s" \
        and bool(doc.starting(ann.j + 2, ("source",)))


def is_unnamed(doc: ArticleDoc, ann: Ann, hi: int) -> bool:
    """'US officials', 'US and Libyan officials', 'a Somali government official': people of a body, not named."""
    keys = doc.tokens.key
    k = ann.j
    while k < min(ann.j + 8, hi):
        if keys[k] in UNNAMED:
            return True
        nxt = doc.starting(k, ("actor", "place"))
        if nxt:
            k = nxt[0].j
        elif keys[k] in SPEAKER_WORDS or keys[k] in ("and", ","):
            k += 1
        else:
            return False
    return False


def is_comment(keys: list[str], ann: Ann, lo: int) -> bool:
    """', a step the United Nations said ...', ', an accusation Ankara denied': a speaker in an
    apposition that comments on the clause before it."""
    before = keys[max(lo, ann.i - 4):ann.i]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return len(before) >= 3 and before[-3] == "," and before[-2] in ("a", "an") and before[-1] not in PEOPLE_MODIFIERS


def is_possessed(doc: ArticleDoc, ann: Ann) -> bool:
    """'Beijing's Taiwan Affairs Office': a place naming another's body speaks for the owner (a
    possessed force speaks for itself: "Yemen's Houthis claimed")."""
    keys = doc.tokens.key
    return ann.kind == "place" and ann.i >= 2 and keys[ann.i - 2:ann.i] == ["'", "s"] \
        and bool(doc.ending(ann.i - 2, ("actor", "place")))


def body_state(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """A demonym heading a state's body or people ("the Russian embassy", "French Armed Forces
    Minister", "a Ukrainian official")."""
    if ann.kind != "actor" or ann.via != "demonym" or ann.entry.get("kind") != "state":
        return None
    heads = any(k in STATE_HEADS or k in TITLES or k in UNNAMED for k in doc.tokens.key[ann.j:ann.j + 3])
    return Ref(ann.entry.id, ann.entry.name) if heads else None


# The words a pointed claimant hangs on (pointed_claimants tries no other token).
def in_body_name(doc: ArticleDoc, ann: Ann) -> bool:
    """'the Ministry of National Defense': a name no catalog lists after 'of' inside a body's name is
    part of that name, not a speaker of its own."""
    keys, text = doc.tokens.key, doc.tokens.text
    return ann.via == "unlisted" and ann.i >= 2 and keys[ann.i - 1] == "of" and text[ann.i - 2][:1].isupper()


def claimant_ref(doc: ArticleDoc, ann: Ann) -> Ref | None:
    """Who a mention names as a speaker: a source or group as itself, a state through its forces,
    a force-heading demonym, its name or its capital."""
    if ann.kind == "source" or (ann.kind == "actor" and ann.entry.get("kind") != "state"):
        return Ref(ann.entry.id, ann.entry.name)
    return actor_ref(doc, ann)
