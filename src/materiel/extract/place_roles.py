"""Place roles narrow: a country gives way to a place inside it.

A country in an origin or destination gives way to a place inside it named later, and a facility
to its town (`set_role`, used by events and merge alike); events of one type and one side told in
one sentence share the most specific place (`narrow_places`); but a country followed by a list of
places inside it keeps the role (`keep_listing_country`): the event spreads over the country, and
so does an attack or loss on several sites a state's name places ("several Pakistani air bases, among
them Nur Khan": Pakistan; `keep_sites_country`), and an event whose destination opens a list of three
or more places of one country ("hit at Olenya, Belaya, Dyagilevo and Ivanovo": Russia;
`spread_over_list`). Forces deployed beside their state's border with another stand on their own
side ("a Serbian deployment along the border with Kosovo": Serbia; `own_side_of_border`).
A movement that goes on from where it arrived ("arrived at Dakar and were driven by road to Bamako")
ends at the later place (`moves_on`); items of a movement seen in a later sentence at a place inside
its destination narrow it ("... show one of the drones at Wadi Sayyidna air base", "The systems
are stationed near Gomel": `narrow_from_sightings`).
"""
from __future__ import annotations

from materiel.extract.antecedents import latest_naming
from materiel.extract.context import head_noun
from materiel.extract.doc import Ann, ArticleDoc
from materiel.extract.facilities import FACILITY_KINDS, located_place, near, place_ref
from materiel.extract.mentions import place_attrs
from materiel.extract.roles import governing_prep
from materiel.models import Event, Ref

PLACE_ROLES = ("origin", "destination")


def inside(inner: Ref, outer: Ref) -> bool:
    """Whether place `inner` lies in country `outer` (Ouagadougou in Burkina Faso), or is the town
    by facility `outer` ("the 102nd military base in Gyumri": Gyumri)."""
    i, o = inner.attrs or {}, outer.attrs or {}
    if o.get("place_type") in FACILITY_KINDS and i.get("place_type") == "city":
        return near(i, o)
    if outer.id is None and o.get("place_type") == "region" and o.get("country"):  # "southwestern Russia"
        return (inner.id is not None and i.get("place_type") not in (None, "country", "region")
                and i.get("country") == o.get("country"))
    return o.get("place_type") == "country" and i.get("place_type") not in (None, "country") and i.get("country") == outer.id


def set_role(event: Event, role: str, ref: Ref | None) -> None:
    """Fill an empty role; a place role that holds a country takes a place inside it named later,
    the more specific ("deploy to Burkina Faso" ... "landed in Ouagadougou")."""
    current = getattr(event, role)
    if role == "origin" and event.type == "base_change":
        return  # a base change has a place, not a place left
    if role == "destination" and current is None and _receiving_state(event, ref):
        return  # "delivered tanks to Lithuania": the recipient; its country is filled once events are merged
    if ref is not None and (current is None or role in PLACE_ROLES and inside(ref, current)):
        setattr(event, role, ref)


def _receiving_state(event: Event, ref: Ref | None) -> bool:
    """Whether a country is the country of the state the event names as recipient ("delivered tanks
    to Lithuania"), not of another party that receives there ("bombs for the RSF to Sudan": Sudan)."""
    attrs = ref.attrs or {} if ref is not None else {}
    return attrs.get("place_type") == "country" and event.recipient is not None and event.recipient.id == ref.id


# Words that carry a movement on from where it arrived ("arrived at Dakar and were then driven to Bamako").
ONWARD = frozenset("and then before onward onwards later".split())
MOVEMENTS = ("transfer", "deployment", "withdrawal")


def moves_on(doc: ArticleDoc, event: Event, placed: int | None, ann: Ann, ref: Ref) -> bool:
    """Whether a movement goes on from the destination named at `placed` to the place `ref` named
    after 'to' at `ann` ("arrived at the port of Dakar and were driven by road to Bamako"): the
    later place is where it ended; not a country the first place lies in."""
    keys = doc.tokens.key
    current = event.destination
    if event.type not in MOVEMENTS or current is None or placed is None or ann.i <= placed:
        return False
    if keys[ann.i - 1 - (keys[ann.i - 1] == "the")] not in ("to", "into") or inside(current, ref):
        return False
    return not ONWARD.isdisjoint(keys[placed:ann.i]) and "," not in keys[placed:ann.i]


SEEN_TYPES = ("transfer", "deployment")
THE = frozenset(("the",))


def narrow_from_sightings(doc: ArticleDoc) -> None:
    """'Sudan's army has received Mohajer-6 drones from Iran. Satellite images appear to show one of
    the drones at Wadi Sayyidna air base': a sentence with no event of its own that names the items
    of a movement told in the two sentences before ("the drones") at a place inside its destination
    narrows the destination to that place; so does a sentence telling only where they are ("The
    systems are stationed near Gomel"), for a deployment."""
    told = set(doc.event_sentences)
    present = told - {n for e, n in zip(doc.events, doc.event_sentences) if not _presence(e)}
    keys = doc.tokens.key
    nouns = [n for n in doc.positions(THE) if n + 1 < len(keys) and head_noun(keys[n + 1]) is not None]  # "the drones"
    for lo, hi, found in doc.sentences_holding(nouns):  # the sentences that may name them
        s = doc.sentence_of(lo)
        if s in told and s not in present or s == 0:
            continue
        classes = {head_noun(keys[n + 1]) for n in found if n < hi - 1}
        if not classes:
            continue
        places = [a for a in doc.in_sentence(s, ("place",)) if governing_prep(doc, a, lo) in ("in", "at", "near")]
        if not places:
            continue
        event = latest_naming(doc, s, classes)
        seen = SEEN_TYPES if s not in present else ("deployment",)  # "The drones, based at Goma": not where bought
        container = _container(doc, event) if event is not None and event.type in seen else None
        if container is None:
            continue
        refs = [r for r in (located_place(doc, a) for a in places) if r is not None]
        listed = any(inside(r, container) for r in refs)  # an unlisted place counts beside a listed one inside
        found = next((r for r in refs if inside(r, container) or listed and r.id is None), None)
        if found is not None:
            event.destination = found


def _presence(event: Event) -> bool:
    """'The systems are stationed near Gomel': a deployment naming neither items nor who deploys is
    where items told before are, no event of its own; it narrows a deployment only (items bought and
    then based somewhere were delivered to the buyer's country)."""
    return event.type == "deployment" and not event.equipment and event.actor is None


def _container(doc: ArticleDoc, event: Event) -> Ref | None:
    """The place a sighting may narrow: the destination, else the recipient state's country."""
    if event.destination is not None:
        return event.destination
    place = doc.catalog.get("place", event.recipient.id) if event.recipient is not None and event.recipient.id else None
    return Ref(place.id, place.name, place_attrs(place)) if place is not None and place.get("kind") == "country" else None


def keep_listing_country(doc: ArticleDoc, event: Event, scope: list[Ann]) -> None:
    """A country followed by a list of places inside it keeps its role: the list spreads the event
    over the country, no one place is where it is ("stationed in Chad, at bases in N'Djamena,
    Abeche and Faya": Chad)."""
    keys = doc.tokens.key
    if event.origin is None and event.destination is None:
        return
    anns = [a for a in scope if a.kind == "place"]
    if len(anns) < 3 or not any(a.entry.get("kind") == "country" for a in anns):
        return  # a country and two places inside it at the least
    places = [(a, located_place(doc, a)) for a in anns]
    for role in PLACE_ROLES:
        current = getattr(event, role)
        found = next(((a, r) for a, r in places if (r and r.attrs or {}).get("place_type") == "country"
                      and current is not None and current is not r and inside(current, r)), None)
        if found is None:
            continue
        country = found[1]
        listed = [a for a, r in places if a.i > found[0].i and r is not None and inside(r, country)]
        if len({a.entry.id for a in listed}) >= 2 and any(keys[a.i - 1] in (",", "and") for a in listed[1:]):
            setattr(event, role, country)


def narrow_places(doc: ArticleDoc, events: list[Event]) -> None:
    """Events of one type and one side told in one sentence share their most specific place: a
    country gives way to a place inside it that another names ("Russian instructors landed in
    Bamako, the first of Moscow's Africa Corps to deploy to Mali": Bamako for both)."""
    for event in events:
        for other in events:
            if other is event or other.type != event.type or not _one_side(doc, event.actor, other.actor):
                continue
            for role in PLACE_ROLES:
                inner, outer = getattr(other, role), getattr(event, role)
                if inner is not None and outer is not None and inside(inner, outer):
                    setattr(event, role, inner)


def _one_side(doc: ArticleDoc, a: Ref | None, b: Ref | None) -> bool:
    """Whether two actors are one side: either unnamed, the same, or one affiliated to the other
    (Africa Corps and Russia)."""
    if a is None or b is None or a.id == b.id:
        return True
    sides = []
    for ref in (a, b):
        entry = doc.catalog.get("actor", ref.id) if ref.id else None
        sides.append({ref.id, entry.get("affiliation") if entry is not None else None} - {None})
    return bool(sides[0] & sides[1])


# Plural nouns of sites a demonym places ("several Pakistani air bases", "four Russian airfields").
SITE_PLURALS = frozenset("bases airbases airfields airports installations facilities sites depots ports".split())
# Words that open examples of the sites just named ("among them Nur Khan", "including Myrhorod").
EXAMPLE_CUES = frozenset("including among such".split())
SPREAD_TYPES = ("attack", "loss")


def keep_sites_country(doc: ArticleDoc, event: Event, scope: list[Ann], lo: int) -> None:
    """An attack or loss on several sites a demonym places is in the demonym's country ("hit several
    Pakistani air bases, among them Nur Khan near Rawalpindi", "struck three Ukrainian airfields,
    including Myrhorod": Pakistan, Ukraine); places after 'including', 'among them' or 'such as' are
    examples of the sites, not where it happened. A place the sites are said to be in ("Russian bases in
    Crimea"), or examples outside that country (the owner's bases abroad), keep the role."""
    keys = doc.tokens.key
    if event.type not in SPREAD_TYPES:
        return
    for ann in scope:
        if ann.kind != "actor" or ann.i < lo or keys[ann.j:ann.j + 1] in (["'"], ["’"]):
            continue
        noun = next((k for k in range(ann.j, min(ann.j + 3, len(keys))) if keys[k] in SITE_PLURALS), None)
        if noun is None or not all(keys[k].isalpha() and doc.tokens.text[k].islower() for k in range(ann.j, noun)):
            continue
        entry = doc.catalog.get("place", ann.entry.id)
        if entry is None or entry.get("kind") != "country":
            continue
        country = Ref(entry.id, entry.name, place_attrs(entry))
        current = event.destination
        if current is not None and not inside(current, country):
            return
        after = [a for a in scope if a.kind == "place" and a.i > noun]
        if after and not EXAMPLE_CUES.intersection(keys[noun + 1:after[0].i]):
            return  # "Russian bases in Crimea": the place the sites are in
        event.destination = country
        return


# Words that join places of one list ("at Olenya, Belaya, Dyagilevo and Ivanovo").
LIST_JOINS = frozenset((",", "and"))


def spread_over_list(doc: ArticleDoc, event: Event, scope: list[Ann]) -> None:
    """A destination that opens a list of three or more places of one country spreads the event over
    that country; no one of them is where it happened ("bombers were hit at Olenya, Belaya,
    Dyagilevo and Ivanovo": Russia; "sent troops to Goma, Bukavu and Uvira": Democratic Republic of
    the Congo). A place that locates the one before it ("Olenya in the Murmansk region") is not a
    member; two places ("Hama and Idlib") keep the first."""
    keys = doc.tokens.key
    current = event.destination
    country = (current.attrs or {}).get("country") if current is not None else None
    if country is None or (current.attrs or {}).get("place_type") == "country":
        return
    anns = [a for a in scope if a.kind == "place"]
    first = next((n for n, a in enumerate(anns) if a.via != "dateline" and a.entry.id == current.id), None)  # place_ref's id
    if first is None:
        return
    members, last = {current.id}, anns[first]
    for ann in anns[first + 1:]:
        ref = place_ref(ann)
        between = keys[last.j:ann.i]
        if ref is None or (ref.attrs or {}).get("country") != country:
            break
        if keys[ann.i - 1 - (keys[ann.i - 1] == "the")] == "in" and len(between) <= 3:
            last = ann  # "Olenya in the Murmansk region": where the member lies
            continue
        if LIST_JOINS.isdisjoint(between) or len(between) > 3:
            break
        members.add(ref.id)
        last = ann
    entry = doc.catalog.get("place", country)
    if len(members) >= 3 and entry is not None and entry.get("kind") == "country":
        event.destination = Ref(entry.id, entry.name, place_attrs(entry))


# Nouns of a border, and the prepositions that stand forces beside one ("along the border with Kosovo").
BORDER_NOUNS = frozenset("border frontier boundary".split())
BESIDE = frozenset("along near on at".split())


def own_side_of_border(doc: ArticleDoc, event: Event, clause: tuple[int, int]) -> None:
    """A state's forces deployed beside its border with another ("a Serbian deployment along the
    border with Kosovo", "Russian troops massed near the Finnish border") stand on their own side:
    the state's country. A border whose other side the clause does not name says no side."""
    if event.type != "deployment" or event.destination is not None or event.actor is None or not event.actor.id:
        return
    entry = doc.catalog.get("place", event.actor.id)
    if entry is None or entry.get("kind") != "country":
        return
    keys = doc.tokens.key
    lo, hi = clause
    for k in range(lo + 1, hi):
        if keys[k] not in BORDER_NOUNS:
            continue
        before = keys[max(lo, k - 4):k]
        if BESIDE.isdisjoint(before):
            continue
        sides = [a for n in (*range(max(lo, k - 4), k), k + 2, k + 3) for a in doc.starting(n, ("place", "actor"))]
        other = [a for a in sides if a.entry is not None and a.entry.id and a.entry.id != entry.id]
        if other and (keys[k + 1:k + 2] == ["with"] or any(a.j == k for a in other)):
            event.destination = Ref(entry.id, entry.name, place_attrs(entry))
            return
