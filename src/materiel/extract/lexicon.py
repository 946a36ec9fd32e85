"""Trigger words of each event type and the frame that says how roles sit around them.

A frame names the role of the actor-like phrase before the trigger (`subject`), right after it
(`object`), and after each preposition. `recipient|destination` means: an actor or a country
fills the recipient, any other place the destination.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Frame:
    subject: str | None
    object: str | None = None
    preps: dict[str, str] = field(default_factory=dict)
    passive_subject: str | None = None  # role of the subject when the verb is passive


_TO_DEST = {"to": "recipient|destination", "into": "destination", "in": "destination", "at": "destination",
            "near": "destination", "towards": "destination", "toward": "destination", "for": "recipient"}
GIVE = Frame("actor", "recipient", {**_TO_DEST, "from": "origin", "by": "actor", "via": "destination"}, "recipient")
# "the first delivery from Cairo": after a noun of supply, a capital after 'from' is the supplier.
SUPPLY_NOUNS = frozenset("delivery deliveries shipment shipments transfer transfers supplies supply donation".split())
# "sold drones to Addis Ababa": a sale's 'to' names the buyer, not a place the items reached.
SALE_VERBS = frozenset("sell sells sold selling export exports exported exporting".split())
RECEIVE = Frame("recipient", None, {"from": "actor|origin", "in": "destination", "at": "destination", "by": "recipient"}, None)
MOVE = Frame("actor", "destination", {"from": "origin", "to": "destination|recipient", "into": "destination", "in": "destination",
                          "at": "destination", "near": "destination", "towards": "destination", "toward": "destination",
                          "by": "actor", "outside": "destination", "across": "destination", "through": "destination",
                          "for": "recipient", "via": "destination"}, "actor")
DEPLOY = Frame("actor", "destination", {"to": "destination", "in": "destination", "into": "destination", "at": "destination",
                               "near": "destination", "across": "destination", "from": "origin", "by": "actor",
                               "on": "destination", "inside": "destination", "around": "destination"}, "actor")
# "Su-35 fighters operate from Hmeimim": the place they fly from is where they are.
OPERATE = Frame("actor", None, {**DEPLOY.preps, "from": "destination"}, "actor")
# "The first F-35s are expected in Poland in 2026": where they are awaited is their destination.
EXPECTED = Frame(None, None, {"in": "destination", "at": "destination", "from": "actor", "by": None}, None)
WITHDRAW = Frame("actor", "origin", {"from": "origin", "to": "destination", "towards": "destination", "into": "destination",
                                     "in": "origin", "at": "origin", "by": "actor", "for": "destination"}, "actor")
BASE = Frame("actor", "destination", {"in": "destination", "at": "destination", "near": "destination", "by": "actor",
                                      "to": "destination",
                             "outside": "destination", "on": "destination"}, None)
ATTACK = Frame("actor", "target", {"in": "destination", "at": "destination", "near": "destination", "by": "actor",
                                   "over": "destination", "across": "destination", "around": "destination",
                                   "towards": "destination", "toward": "destination", "into": "destination",
                                   "on": "target", "against": "target", "outside": "destination"}, "target")
# Who destroyed or captured is not the actor of a loss: its owner is ("Russian tanks", "belonging to").
LOSS = Frame(None, None, {"in": "destination", "near": "destination", "at": "destination", "outside": "destination",
                          "around": "destination", "over": "destination", "to": "actor", "from": "actor",
                          "for": "destination"}, None)
LOSE = Frame("actor", None, dict(LOSS.preps), None)
# "Traore ordered French troops out of the country", "Niger expelled French troops": the forces sent
# away are the actor of the withdrawal, not the one who sends them; the state sending them away is
# the place they leave ("Chad ordered French troops to leave": from Chad).
EXPEL = Frame("origin", "actor", {"from": "origin", "to": "destination", "towards": "destination", "for": "destination",
                              "in": "origin", "at": "origin", "by": None}, "actor")
# "Russian troops abandoned their tanks", "vehicles left behind by the gunmen": who leaves items owns them.
ABANDON = Frame("actor", None, {**LOSS.preps, "by": "actor"}, "actor")
ORDER_GIVE = Frame("actor", "recipient", {"to": "recipient", "for": "recipient", "from": "actor", "by": "actor",
                                         "with": "recipient"}, "recipient")
# "was loaded at Port Everglades", "sailed from Tartus for Benghazi", "removed from Syria": the
# place after at/from is the one left.
DEPART = Frame("actor", None, {"from": "origin", "at": "origin", "in": "origin", "to": "destination", "for": "destination",
                               "towards": "destination", "toward": "destination", "by": "actor", "via": None}, "actor")
# "The base had hosted US drones": the subject is where the items are.
HOST = Frame("destination", None, {"in": "destination", "at": "destination", "since": None}, None)
# "Turkish Aerospace won an order from Indonesia": the winner supplies, the one it is from buys.
ORDER_WON = Frame("actor", None, {"from": "recipient", "with": "recipient", "for": None, "by": "recipient"}, None)
WINNING = frozenset(("won", "wins", "win", "winning", "secured", "secures", "landed", "awarded", "bagged"))
# "Thailand awarded Saab a contract for Gripen jets": who awards buys, the one awarded (right after the
# verb) supplies; in the passive ("Saab was awarded a contract") the winner is the subject (ORDER_WON).
ORDER_AWARD = Frame("recipient", None, {"from": "recipient", "with": "actor", "for": None, "by": "recipient",
                                        "to": "actor"}, None)
AWARDING = frozenset(("awarded", "awards", "award", "awarding"))
# "The contract covers 12 Caesar howitzers for Estonia": a party after 'for' is the buyer.
ORDER_BUY = Frame("recipient", None, {"from": "actor", "with": "actor", "for": "recipient", "by": "recipient"}, None)


def _forms(*words: str) -> list[str]:
    return [w for word in words for w in word.split("|")]


# (forms, event type, frame, base change)
_TABLE: list[tuple[list[str], str, Frame, str | None]] = [
    (_forms("deliver|delivers|delivered|delivering|delivery|deliveries", "supply|supplies|supplied|supplying",
            "ship|ships|shipped|shipping|shipment|shipments", "send|sends|sent|sending", "transfer|transfers|transferred|transferring",
            "provide|provides|provided|providing", "donate|donates|donated|donating|donation", "sell|sells|sold|selling",
            "export|exports|exported|exporting", "reexport|reexports|reexported|reexporting", "give|gives|gave|given", "dispatch|dispatched|dispatches",
            "airlift|airlifted|airlifts", "gift|gifted", "rushed|rushes|rushing", "handed", "hand", "hands", "hand-over|handover",
            "transport|transported|transporting|transports", "ferry|ferried", "trucked", "smuggle|smuggled|smuggling",
            "equip|equipped|equips", "reinforce|reinforced", "arm|armed|arming"), "transfer", GIVE, None),
    (_forms("receive|receives|received|receiving", "acquire|acquired|acquires|acquisition", "obtain|obtained",
            "took|take|takes|taken|taking", "get|got|gets", "import|imported|imports", "inducted|induct|inducts",
            "commissioned", "unveiled", "bring|brings|brought|bringing"), "transfer", RECEIVE, None),
    (_forms("arrive|arrived|arrives|arriving|arrival", "move|moved|moves|moving|movement", "relocate|relocated|relocating|relocation",
            "carry|carrying|carried", "haul|hauling|hauled", "transit|transiting|transited", "reach|reached|reaches",
            "unload|unloaded|unloading", "spot|spotted", "sighted|sighting|sightings", "seen", "observed", "filmed",
            "photographed", "landed|landing|land|lands", "docked", "redeploy|redeployed|redeploying|redeployment|redeploys",
            "heading", "en", "shift|shifted|shifts|shifting", "rolled", "crossed|crossing", "went"), "transfer", MOVE, None),
    (_forms("load|loaded|loading", "sail|sailed|sails|sailing", "remove|removed|removing|removal"), "transfer", DEPART, None),
    (_forms("deploy|deployed|deploys|deploying|deployment|deployments", "stationed|stationing",
            "based", "positioned", "present|presence", "active", "posted", "garrisoned", "parked",
            "forwarddeployed|forwardbased", "rotate|rotated|rotates|rotating", "assigned",
            "enter|entered|enters|entering"), "deployment", DEPLOY, None),
    (_forms("operate|operates|operated|operating"), "deployment", OPERATE, None),
    (_forms("station|stations"), "deployment", DEPLOY, None),  # a verb only after "to", "will" or a party (NEEDS_BEFORE, triggers.py)
    (_forms("host|hosts|hosted|hosting"), "deployment", HOST, None),
    (_forms("call|calls"), "deployment", DEPLOY, None),  # "made a port call at Busan" (NEEDS_BEFORE)
    (_forms("withdraw|withdrew|withdrawn|withdraws|withdrawing|withdrawal", "evacuate|evacuated|evacuating|evacuation|evacuates",
            "left|leave|leaves|leaving", "depart|departed|departure|departing|departs", "exit|exited|exits|exiting",
            "retreat|retreated|retreats", "repatriate|repatriated|repatriation",
            "vacate|vacated|vacating", "quit|quits|quitting", "pullout|pullouts|drawdown",
            "pullback|pullbacks", "disengage|disengaged|disengagement"), "withdrawal", WITHDRAW, None),
    (_forms("expel|expelled|expels|expelling|expulsion"), "withdrawal", EXPEL, None),
    (_forms("open|opened|opening|opens", "establish|established|establishing|establishment|establishes", "set|sets|setting",
            "inaugurated|inaugurate|inaugurates", "build|built|building|construction|constructing|constructed|builds",
            "reopen|reopened|reopening|reopens", "reactivate|reactivated|reactivating|reactivates"), "base_change", BASE, "opened"),
    (_forms("expand|expanded|expanding|expansion|expands", "upgrade|upgraded|upgrading|upgrades",
            "extend|extended|extending|extends",
            "enlarge|enlarged|enlarges|enlarging|enlargement", "lengthen|lengthened|lengthening", "extension",
            "fortify|fortified|fortifying|fortifies", "refurbish|refurbished|refurbishing|refurbishment",
            "renovate|renovated|renovating|renovation", "modernise|modernised|modernising|modernize|modernized|modernizing"),
     "base_change", BASE, "expanded"),
    (_forms("close|closed|closing|closure|closes", "shut|shutting|shuts", "dismantle|dismantled|dismantling|dismantles",
            "demolish|demolished|demolishing|demolishes"), "base_change", BASE, "closed"),
    (_forms("attack|attacked|attacks|attacking", "strike|struck|strikes|striking", "hit|hits|hitting",
            "targeted|targeting", "shell|shelled|shelling", "ambush|ambushed|ambushes",
            "bombed|bombing|bombings|bombarded|bombardment", "raid|raided|raids", "assault|assaulted",
            "fired|fire|fires|firing", "launched|launch|launches|launching", "pounded", "stormed", "overran|overruns", "rammed|rams|ramming"), "attack", ATTACK, None),
    (_forms("destroy|destroyed|destroys|destroying|destruction", "damage|damaged|damaging", "capture|captured|capturing|captures",
            "seize|seized|seizing|seizes", "recapture|recaptured|recapturing|recaptures", "retake|retook|retaken|retaking|retakes", "down|downed|downs|downing", "shot", "shoot", "sink|sank|sunk|sinks", "knocked", "wrecked", "intercepted|intercepts", "neutralised|neutralized",
            "eliminated", "burned|burnt", "disabled", "torched|torch", "crashed|crash|crashes", "ditched",
            "burntout|burnedout|knockedout"), "loss", LOSS, None),
    (_forms("lose|lost|loses|losing|losses|loss"), "loss", LOSE, None),
    (_forms("abandon|abandoned|abandoning|abandons"), "loss", ABANDON, None),
    (_forms("order|ordered|orders|ordering", "contract|contracts|contracted", "purchase|purchased|purchases|purchasing",
            "buy|bought|buying|buys", "signed|signs", "procure|procured|procures|procuring|procurement", "acquire|acquiring", "deal|deals", "agreement|agreements"), "order",
     ORDER_BUY, None),
    (_forms("pledge|pledged|pledges|pledging", "promise|promised|promises", "package|packages",
            "approve|approved|approves|approval", "commit|committed|commits", "announce|announced|announces",
            "sale|sales"), "order", ORDER_GIVE, None),
    # "exercised an option for", "became the latest customer for", "selected the Patriot", "opted for
    # the Rafale": orders only in the shapes triggers.py checks (EXERCISING, BECOMING, SELECTING)
    (_forms("option|options", "customer|customers|buyer|buyers", "select|selected|selects|chose|chosen|chooses|picked|opted",
            "signed"), "order", ORDER_BUY, None),
    # "the first two Akinci drones are expected in Niamey next month": an announced arrival (EXPECTING)
    (_forms("expected"), "order", EXPECTED, None),
    # "allocated two NASAMS batteries to Kyiv", "the latest tranche includes": with items named (ALLOTTING)
    (_forms("allocate|allocated|allocates|allocating", "earmark|earmarked|earmarks|earmarking", "tranche|tranches",
            "fund|funds|funded|funding|finance|finances|financed|financing"),
     "order", ORDER_GIVE, None),
]

TRIGGERS: dict[str, tuple[str, Frame, str | None]] = {}
for _forms_list, _type, _frame, _change in _TABLE:
    for _f in _forms_list:
        TRIGGERS.setdefault(_f, (_type, _frame, _change))

# Words that must follow a trigger for it to count ("took delivery", "handed over", "shot down").
NEEDS_NEXT: dict[str, tuple[str, ...]] = {
    # "took over the base" is a handover only with a base after it (triggers.py)
    **{w: ("delivery", "possession", "over") for w in ("took", "take", "takes", "taken", "taking")},
    "hand": ("over", "to"), "handed": ("over", "to"), "hands": ("over", "to"), "signed": ("for",), "signs": ("for",), "land": ("in", "at"), "lands": ("in", "at"), "set": ("up",), "sets": ("up",), "setting": ("up",), "shut": ("down",),
    "shot": ("down",), "shoot": ("down",), "shooting": ("down",), "knocked": ("out",), "en": ("route",), "get": ("delivery",),
    "got": ("delivery",), "gets": ("delivery",), "handing": ("over", "to"),
    **{w: ("out", "back", "from") for w in ("pull", "pulled", "pulling", "pulls")},  # "pulled its jets from Hmeimim"
    **{w: ("in",) for w in ("bring", "brings", "brought", "bringing")},  # "the army brings in 75 new tanks"
    # "returned home from Niger", "returned to their barracks from the border"
    **{w: ("home", "from") for w in ("return", "returned", "returns", "returning")},
    "drew": ("down",), "rolled": ("into", "through", "out"), "heading": ("to", "towards", "for"),
    "went": ("to",), **{w: ("out",) for w in ("escorted", "bused", "bussed", "marched")},
    # "Su-35 fighters operate from Hmeimim", "rotated F-16 jets into Misawa": where they are, not who runs them
    **{w: ("from", "in", "at") for w in ("operate", "operates", "operated")},
    **{w: ("into", "to", "through") for w in ("rotate", "rotated", "rotates", "rotating")},
    **{w: ("out", "to", "from", "into") for w in ("flew", "flown", "fly", "flying", "flies")},
}
# Verbs of cutting a force down ("reduced its troops in Estonia to 900", "cut the number of troops in
# Iraq", "ordered the number of troops near the boundary reduced"): a withdrawal only with forces
# cut (triggers.py); "cut ties", "reduced the budget" are none.
DRAWDOWN = frozenset("""reduce reduced reduces reducing reduction cut cuts cutting halve halved halves halving trim
trimmed trims trimming""".split())
# What a drawdown cuts: a force, its people or its presence.
DRAWN_DOWN = frozenset("""troops troop soldiers personnel marines paratroopers peacekeepers contingent
contingents forces servicemen garrison garrisons presence footprint deployment battalions brigades""".split())
# Verbs that convey people out of a place ("were escorted out of Goma into Rwanda", "bused out of
# Nagorno-Karabakh"): with "out" they withdraw who is conveyed, wherever they go (triggers.py).
CONVEYING = frozenset(("escorted", "bused", "bussed", "marched"))
# Participles that say where items are kept ("Su-25 jets based in Syria were moved to Libya"):
# after the items of a movement, their place is the one left.
LOCATING = frozenset("based stationed deployed parked positioned garrisoned stored kept held housed".split())
# "returned from Libya": a withdrawal when a place follows 'from'.
RETURNING = frozenset(("return", "returned", "returning", "returns"))
# Phrasal motions that leave a place: "flew out of Mogadishu" is a withdrawal, "flew to Libya" a transfer.
OUT_IS_WITHDRAWAL = frozenset(("flew", "flown", "fly", "flying", "flies"))
# Phrasal triggers that also take a recipient right after them ("handed Russia several missiles").
DOUBLE_OBJECT = frozenset(("hand", "handed", "hands", "handing"))
# Trigger words that are something else before these words ("close to the border").
NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "close": ("to", "by"), **{w: ("fire",) for w in ("open", "opened", "opens", "opening")},  # "opened fire"
    # "shares hit a record low", "hit back at critics": no strike
    **{w: ("record", "records", "back", "out", "headlines", "highs", "lows", "home") for w in ("hit", "hits", "hitting")},
 "procurement": ("budget", "budgets", "spending"),
    **{w: ("out",) for w in ("carry", "carries", "carried", "carrying")},  # "carried out the strike"
    # "left little doubt", "left over from the war", "is left with few helicopters", "what is left of"
    **{w: ("little", "no", "very", "room", "open", "unclear", "over", "with", "of")
       for w in ("leave", "leaves", "left", "leaving")},
    # "on the left bank of the Dnipro", "the left flank": the side, nobody leaves
    "left": ("little", "no", "very", "room", "open", "unclear", "over", "with", "of", "bank", "banks", "flank",
             "flanks", "side", "wing", "hand", "shore", "column"),
    "assault": ("rifle", "rifles", "ship", "ships", "boat", "boats", "craft", "troops", "team", "teams", "brigade",
                "brigades", "units", "helicopter", "helicopters", "vehicle", "vehicles", "weapons", "guns"),
    "strike": ("group", "groups", "force", "package", "capability", "capabilities", "team", "teams"),  # "carrier strike group"
    # "three fire units", "fire control radars", "fire crews": what kind of unit or gear, no firing
    "fire": ("unit", "units", "control", "support", "station", "stations", "crew", "crews", "fighters", "truck",
             "trucks", "department", "service", "services", "engine", "engines", "brigade", "safety"),
    "posted": ("footage", "video", "videos", "photos", "photographs", "images", "pictures", "online", "a", "on"),
    # ("videos posted by rebel supporters": what is posted before it is published, no post held: MEDIA)
    # "widely seen as the front-runner", "observed as a trend": regarded, not sighted
    **{w: ("as",) for w in ("seen", "observed", "spotted", "sighted")},
    # "aircraft loaded with weapons": what they carry, not where they left
    **{w: ("with", "up") for w in ("load", "loaded", "loading")},
    # "the landing ship Tsezar Kunikov", "landing craft": a kind of ship, no landing
    **{w: ("ship", "ships", "craft", "crafts", "gear", "strip", "strips", "zone", "zones", "party") for w in ("landing",)},
    # "lost interest in the F-35", "lost track of": no item is lost
    **{w: ("interest", "patience", "faith", "confidence", "touch", "track", "sight", "hope", "momentum", "power",
           "favour", "favor", "appetite", "count") for w in ("lose", "lost", "loses", "losing")},
}
# Verbs that stop a trade or a movement: their object tells no event ("restricted arms exports to Argentina").
BLOCKING = frozenset("""restricted restricts restrict restricting banned bans ban banning halted halts halt halting
suspended suspends suspend suspending blocked blocks block blocking froze freezes freeze freezing embargoed curbed
curbs curb prohibited prohibits""".split())
# Words that make the attack noun after them a trend, not one attack ("has stepped up attacks").
TREND = frozenset(("stepped", "step", "steps", "stepping", "intensified", "intensify", "intensifying", "increased",
                   "escalated", "escalating", "ramped", "series", "string", "campaign", "spate"))
# "leave" after an event noun is causative ("the withdrawal leaves Mali without air cover").
LEAVING = frozenset(("leave", "leaves", "left", "leaving"))
CAUSING_SUBJECTS = frozenset(("departure", "departures", "withdrawal", "pullout", "exit", "decision", "move",
                              "handover", "closure", "deal", "agreement", "attack", "attacks", "strike", "strikes",
                              "war", "conflict"))
# Verbs whose object noun names the event ("carried out a strike", "conducted raids").
LIGHT_VERBS = frozenset(("carried", "carries", "carry", "carrying", "conducted", "conducts", "conduct", "staged",
                         "mounted", "made", "makes", "make"))
# Result words after "leave" that make it causative ("left five soldiers dead").
RESULTS = frozenset(("dead", "wounded", "injured", "homeless", "stranded", "intact", "vulnerable", "exposed",
                     "unclear", "unanswered", "damaged", "destroyed", "charge", "short", "unable", "burning",
                     "waiting", "reeling", "struggling", "defenceless", "defenseless", "isolated", "helpless"))
# "the delay left Ukraine without enough interceptors" is causative; "left Mali without incident",
# "without firing a shot" tell how a force left.
WITHOUT = "without"
HOW_LEFT = frozenset("""a an incident incidents firing fighting resistance notice warning telling informing announcement
ceremony being their its his her any""".split())
# Evacuating people who are no force is no withdrawal ("civilians were evacuated from Goma").
EVACUATING = frozenset(("evacuate", "evacuated", "evacuating", "evacuation", "evacuates"))
CIVILIANS = frozenset(("civilians", "residents", "citizens", "nationals", "people", "families", "tourists", "staff",
                       "diplomats", "villagers", "refugees", "patients", "children", "workers", "casualties",
                       "hostages"))
# A sortie: a force leaving its own barracks, base or port for a mission comes back ("Troops left their
# barracks in Khartoum to patrol the streets", "The frigate left port for a patrol"): no withdrawal.
SORTIE_FROM = frozenset("barracks base bases port harbour harbor camp garrison".split())
SORTIES = frozenset("""patrol patrols patrolling hunt search sweep escort exercise exercises drills drill mission
training operation operations raid raids""".split())
# "withdrew its Mi-24s from service", "tanks withdrawn from storage": a change of status, not a place left.
OUT_OF_SERVICE = frozenset(("service", "storage", "stocks", "stock", "reserve", "reserves", "inventory", "duty",
                            "operation", "operations", "circulation", "use"))
# "set fire to" destroys what it names: a loss, not an attack.
SETTING = frozenset(("set", "sets", "setting"))
# Verbs of casualties that end an attack's target phrase ("a drone strike killed three commanders").
CASUALTY_VERBS = frozenset(("killed", "killing", "kills", "wounded", "wounding", "injured", "injuring"))
# "carried" before a marking describes the item, it moves nothing ("carried Cyrillic markings").
# What a noun of movement moves when it is no materiel: "technology transfer", "cash transfers".
INTANGIBLE = frozenset("technology knowledge know-how knowhow skills skill money cash funds fund power data wealth ownership".split())
CARRYING = frozenset(("carry", "carried", "carries", "carrying"))
# Loads that are no materiel: "a boat carrying drugs", "a ship carrying grain", "a bus carrying migrants".
CIVIL_LOADS = CIVILIANS | frozenset("""drugs narcotics cocaine heroin migrants passengers pilgrims grain wheat food
aid oil fuel crude goods coal gas""".split())
MARKINGS = frozenset(("markings", "marking", "stencilling", "stenciling", "stencils", "inscriptions", "inscription",
                      "labels", "label", "insignia", "logos", "logo", "serial", "lettering"))
# Giving a name is no delivery ("the designation Moscow has given the type", "gave it the name").
GIVING_NAMES = frozenset(("give", "gives", "gave", "given", "giving"))
NAMING = frozenset(("designation", "name", "names", "nickname", "codename", "title", "label"))
# What a giving verb gives when it moves nothing: "to give the forces a counterstrike capability".
ABILITIES = frozenset("capability capabilities ability abilities capacity edge advantage boost option options".split())
# Participles that, with their preposition, describe the noun before them ("personnel armed with
# knives", "the gap left by the donation"), unless an auxiliary makes them a verb ("were armed with").
DESCRIBING = {"armed": "with", "left": "by"}
# Trigger words that make an event only after one of these words ("brought down", not "down the coast").
NEEDS_BEFORE: dict[str, tuple[str, ...]] = {
    "down": ("brought", "bring", "brings", "bringing", "gunned", "shot", "taken", "took", "knocked", "was", "were", "went",
             "goes", "gone"),  # "a Black Hawk went down in Antioquia"
    "call": ("port",), "calls": ("port",),
    "station": ("to", "will", "shall")}  # "agreed to station troops at four bases", not "a radar station"
# Trigger words that, right after a designation, are its class noun ("four Mi-8 transports").
CLASS_USES = frozenset(("transport", "transports"))
# Verbs of keeping that make a deployment only before a force and a place ("has kept forces in Syria
# since 2015", "has about 12,000 personnel in the country").
PRESENCE = frozenset(("has", "have", "had", "keep", "keeps", "kept", "maintain", "maintains", "maintained"))
PRESENCE_PREPS = frozenset(("in", "at", "inside", "across", "on"))
PRESENCE_FORCES = frozenset(("fighters", "soldiers", "personnel", "mercenaries", "advisers", "advisors", "boots"))
# Verbs of imagery that tell where items are when nothing else happens in the clause ("satellite
# images show Su-34 jets at Hmeimim"): a deployment there (triggers.py checks the shape).
# Verbs by which a giver makes a package or a sale its own act ("announced a $500 million package").
ANNOUNCING = frozenset("announced announces announce unveiled unveils approved approves pledged pledges".split())
SHOWING_PRESENCE = frozenset(("show", "shows", "showed"))
# Verbs of entering, a movement only into a place named right after them ("Israeli tanks entered Rafah",
# not "entered the war", "entered service", "entered into force"; triggers.py checks).
ENTERING = frozenset(("enter", "entered", "enters", "entering"))
# Verbs of being somewhere that make a deployment right after a force and before a place ("Russian troops
# remain in Armenia", "Wagner fighters are in Mali"; triggers.py checks the shape).
BEING_THERE = frozenset(("is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed"))
# These are kept out of TRIGGERS (which other steps read as "a verb of an event here"): find_triggers
# looks for them apart and makes a deployment only where the shape holds.
PRESENCE_TRIGGERS = frozenset(SHOWING_PRESENCE | BEING_THERE)
# Verbs that make an event only as an announced future ("Ten more will follow"): an order.
NEEDS_FUTURE = frozenset(("follow", "follows"))
TRIGGERS.update({**{w: ("withdrawal", WITHDRAW, None) for w in ("return", "returned", "returns", "returning")},
                 "pull": ("withdrawal", WITHDRAW, None), "pulled": ("withdrawal", WITHDRAW, None),
                 "pulling": ("withdrawal", WITHDRAW, None), "pulls": ("withdrawal", WITHDRAW, None),
                 "drew": ("withdrawal", WITHDRAW, None), "handing": ("transfer", GIVE, None),

                 **{w: ("withdrawal", WITHDRAW, None) for w in DRAWDOWN},
                 **{w: ("withdrawal", WITHDRAW, None) for w in CONVEYING},
                 **{w: ("transfer", MOVE, None) for w in OUT_IS_WITHDRAWAL},
                 "shooting": ("loss", LOSS, None),
                 "follow": ("order", ORDER_GIVE, None), "follows": ("order", ORDER_GIVE, None),
                 **{w: ("deployment", DEPLOY, None) for w in PRESENCE}})
# Trigger words that are nouns only after a determiner or before "of" (the delivery of ...).
BASE_NOUNS = frozenset("""base bases airbase airbases airfield airfields port outpost outposts facility facilities camp
camps garrison garrisons hub headquarters barracks installation installations""".split())
# "station" is a base after these words ("the former naval station", "a coastal surveillance station";
# not "a police station", "a railway station").
STATION_KINDS = frozenset("naval air radar surveillance listening military monitoring tracking".split())
# Verbs after which "open" is an adjective: the base is kept so, not opened ("keep the hub open").
KEEPING = frozenset("keep keeps kept keeping remain remains remained remaining stay stays stayed leave".split())
# Words before items that make them arrive for the first time, not return ("new Su-24s", "its first F-16s").
NEWLY = frozenset(("new", "first", "latest", "newly"))
# Participles before 'for' and the place items head to ("bound for Libya", "destined for Tobruk").
BOUND = frozenset(("bound", "destined", "headed", "heading"))
# Nouns of a plan or paper that an event noun before them only names ("a withdrawal timetable").
PLAN_NOUNS = frozenset("""plan plans timetable timetables deadline deadlines schedule schedules roadmap protocol
protocols""".split())
# Nouns of being somewhere that, as the object of a base-change verb, only say what was set up.
PRESENCE_NOUNS = frozenset(("presence",))
# Verbs that end a presence: "ended its military presence in Niger" tells a withdrawal.
ENDING = frozenset(("end", "ends", "ended", "ending"))
# Works built at a base that make a base change of their own ("built a runway on Mayun island",
# "inaugurated a new airstrip and jetty").
BASE_WORKS = frozenset("runway runways airstrip airstrips jetty jetties pier piers hangar hangars helipad helipads".split())
# Words that turn a transfer trigger into an announced future delivery (an order).
FUTURE = frozenset(("will", "shall", "plans", "plan", "planned", "pledged", "promised", "agreed", "intends", "expects",
                    "awaits", "awaiting",
                    "expected", "scheduled", "set", "due", "approved", "announced", "committed", "vowed", "offered", "decided", "decides", "pledges", "promises",
                    "contract", "contracts", "deal", "agreement", "signed"))
HYPOTHETICAL = frozenset(("could", "might", "would", "should", "considering", "consider", "considers", "mulling",
                          "if", "whether", "weighing", "urged", "urge", "calls", "called", "asked", "proposal",
                          "proposed", "possible", "potential", "refuse", "refused", "wants", "hopes", "seeks", "sought", "you",
                          "ready", "able", "poised", "discussed", "discussing", "discuss", "discusses", "negotiating",
                          "interest", "interested", "requested", "requests", "request", "demanded", "demands",
                          "demanding", "demand", "option", "options", "want", "wanted", "hope", "hoped", "hoping",
                          "seek", "seeking", "wish", "wishes", "must", "preparing", "prepares"))  # "want to buy", "must approve any transfer"
MODAL_MAY = frozenset(("may", "can"))
# Modals whose possibility reaches every verb of their phrase ("could go further and send").
POSSIBILITY = frozenset(("could", "would", "might", "may"))
# Words that end the reach of such a modal looking back from a verb.
PHRASE_ENDS = frozenset((",", ";", ":", "said", "says", "told", "reported", "that", "but", "while", "after", "before",
                         "when", "since", "because", "—", "–", "(", ")"))
# Saying verbs whose "would" tells a future, not a possibility ("said it would send").
REPORTING = frozenset(("said", "says", "announced", "announces", "confirmed", "stated", "told", "added", "wrote"))
FICTION = frozenset("""game games gaming gamers videogame museum museums exhibit exhibition exhibits kit kits modelkit
replica replicas reenactment reenactors film films movie movies toy toys scale diorama fiction novel
cosplay memorial parade player players gameplay sequel trailer exhibitor exhibitors exhibiting airshow expo mockup
mockups""".split())  # keys drop hyphens: "mock-up" is "mockup"
# Words before "kit(s)" that make it military hardware, not a model kit ("JDAM guidance kits").
KIT_MODIFIERS = frozenset(("guidance", "conversion", "upgrade", "tail", "modernisation", "modernization"))
FORCE_NOUNS = frozenset("""army armies forces force military troops soldiers government authorities ministry navy
air marines mercenaries contractors instructors units battalion brigade regiment officials junta fighters militia
paratroopers special personnel contingent peacekeepers peacekeeping garrison advisers advisors crews pilots guards
guardsmen commandos engineers""".split())
# Participles whose 'by' agent leads the force that acts ("fighters led by HTS stormed the city").
LEADING = frozenset(("led", "commanded", "headed", "spearheaded"))
# What a deployment or withdrawal moves when it names no equipment.
FORCE_BODIES = FORCE_NOUNS | frozenset(("mission", "missions", "contingent", "peacekeepers", "instructors", "servicemen",
                                        "sailors", "airmen", "legionnaires", "gendarmes", "detachment", "battalions",
                                        "brigades", "squadron", "squadrons", "contingents", "units"))
KEPT_FORCES = FORCE_BODIES | PRESENCE_FORCES
GENERIC_ITEMS = frozenset("""weapons weapon arms ammunition munitions equipment materiel hardware vehicles tanks drones
missiles rockets aircraft jets warplanes bombers gunships helicopters artillery howitzers launchers trucks shells systems
interceptors boats warships ships convoy convoys troops soldiers forces mercenaries fighters instructors personnel aid
corvettes frigates submarines destroyers""".split())
# Trigger words that, before a class noun, say what equipment is for ("attack helicopters").
MODIFIER_TRIGGERS = frozenset("attack strike combat transport launch fire armed".split())
# Vocabulary of sport reports: two sentences with it make a document a look-alike, not news of war.
SPORT = frozenset("""match matches league striker goalkeeper goal goals scored penalty coach midfielder
football club fans tournament championship derby playoff playoffs kickoff""".split())
# Vocabulary of film, game and book reviews; counts toward a look-alike document, not alone ("reviewed"
# is not: news tells of evidence "reviewed by Reuters", "satellite images reviewed by analysts").
REVIEW = frozenset("review reviews actor actors actress cinema director screenplay audience audiences cast".split())
# Transfer words that, with a base as their object, hand the base over ("handed over Air Base 201").
HANDOVER_TRIGGERS = frozenset(("hand", "handed", "hands", "handing", "handover", "hand-over", "transfer",
                               "transferred", "transfers", "transferring", "gave", "give", "given"))
# People a transfer verb may move: sending or landing them is a deployment ("sent troops to CAR",
# "about 100 personnel landed in Ouagadougou").
PERSONNEL = frozenset("""troops soldiers personnel marines paratroopers peacekeepers contingent contingents mercenaries
instructors advisers advisors forces servicemen reinforcements battalion battalions brigade brigades squadron squadrons
regiment regiments""".split())
# Warships a state sends ("dispatched warships to the Red Sea") sail under its flag: a deployment.
SENDING = frozenset(("send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatches", "rushed", "rush"))
NAVAL_GROUPS = frozenset(("warships", "warship", "frigates", "destroyers", "submarines", "flotilla", "fleet"))
# Agents and objects that make an attack a military one ("Ukrainian units attacked", "shelling Armenian
# positions", "air strikes").
MILITARY_SIDES = frozenset("""units troops forces soldiers army navy marines militia militiamen artillery positions
position outpost outposts barracks garrison checkpoint checkpoints""".split())
# Attack verbs with no sense but the armed one: with a named attacker they need no weapon named
# ("Russia struck Kyiv", "Israel bombed Beirut"); "attacked", "hit", "targeted" may be words.
KINETIC = frozenset("""struck bombed bombing bombarded bombardment shelled shelling raided pounded stormed overran
ambushed rammed""".split())
# Objects that name the attack itself, not its target ("launched an offensive", "carried out a raid").
# What is launched with no attack: "launched a naval mission", "the mission, which was launched on Monday".
LAUNCHES = frozenset(("launch", "launched", "launches", "launching"))
NOT_LAUNCHED = frozenset("""mission missions programme programmes program programs initiative initiatives inquiry
investigation probe appeal satellite satellites website app""".split())
OPERATION_NOUNS = frozenset("""offensive offensives operation operations campaign campaigns attack attacks strike strikes
assault raid raids barrage salvo wave""".split())
# Words that make an attack a military one when no equipment is named.
ATTACK_WORDS = frozenset("""drone drones missile missiles rocket rockets airstrike airstrikes militant militants
jihadist jihadists gunman gunmen rebel rebels fighter fighters insurgent insurgents bomb bombs mortar mortars""".split())
# "left behind" says what was abandoned ("tanks left behind by the retreating troops"): a loss.
BEHIND = "behind"
# "took over the base": a base changes hands; "took over the town" is no event of ours.
TAKING = frozenset(("took", "take", "takes", "taken", "taking"))
# Loss participles that, before an item, show a wreck ("footage shows a destroyed T-90"; hyphens are
# dropped from keys: "burnt-out" is "burntout").
WRECKED = frozenset("""destroyed damaged captured abandoned downed wrecked burntout burnedout knockedout burnt burned
sunken""".split())
# Verbs of showing and sighting whose object is a wreck: the loss is the event, not a movement.
# Media that are posted or published ("videos posted by supporters"), not troops posted somewhere.
MEDIA = frozenset("""footage video videos photo photos photographs images pictures clips clip messages message
statement statements report reports""".split())
SHOWING = frozenset("""shows show showed shown showing filmed seen pictured photographed spotted sighted documented
geolocated appeared appears footage video videos images photos pictures""".split())
# Verbs of approval that make a 'possible sale' or 'proposal' a decided order ("the State Department
# approved a possible sale", "notified Congress of a possible sale", "cleared a proposal to acquire").
APPROVING = frozenset("""approved approves approve approving cleared clears clear notified notifies greenlit authorised
authorized authorises authorizes endorsed""".split())
# Hypothetical words an approval makes real.
PROPOSED = frozenset(("possible", "potential", "proposal", "proposed"))
# "deliveries ... are expected to begin in 2026": a noun of supply with a future after it is an order.
PLANNED = frozenset(("expected", "due", "scheduled", "set", "slated", "planned"))
# Irregular past forms that continue a clause's subject like a regular "-ed" ("and left the town").
IRREGULAR_PAST = frozenset("""left sent sold gave took shot hit struck withdrew drew sank built lost began quit overran
brought flew""".split())
# Item nouns in the singular that count like GENERIC_ITEMS when no designation is named ("an RSF drone").
GENERIC_SINGULAR = frozenset("""tank drone jet truck helicopter missile rocket vehicle launcher howitzer boat warship
convoy weapon interceptor aircraft""".split())
# "ship"/"ships" is a verb only after a subject name, a pronoun, "to", a modal or an adverb ("Russia
# ships", "will ship"); elsewhere it is the vessel ("the landing ship", "a Coast Guard ship").
SHIP_FORMS = frozenset(("ship", "ships"))
# "exports" is a sale only as a verb or before "of"/"to" ("arms exports to Ukraine"); elsewhere a kind of goods.
TRADE_NOUNS = frozenset(("exports",))
SHIP_VERB_AFTER = frozenset("""it they we he she who which that to will would can could shall may might did does do
also""".split())
# Words that undo an order noun near them ("the deal collapsed", "cancelled its order for").
CANCELLED = frozenset("""collapsed collapse collapses cancelled canceled cancel cancels cancellation scrapped scrap
scraps suspended suspend froze frozen halted blocked vetoed rejected terminated torpedoed fell stalled stall
stalls""".split())
# "ordered French troops out of the country": an order that sends forces out is their withdrawal.
ORDERING_OUT = frozenset(("order", "ordered", "orders", "ordering"))
# Arrival verbs that, after a future word, announce a delivery ("the first jets will arrive in 2026").
ARRIVALS = frozenset(("arrive", "arrives", "arrival", "reach"))
# Finite verbs of arriving whose subject is what moved ("tanks bought from the US arrived at Taipei").
ARRIVING = frozenset("arrived arrive arrives reached reach reaches landed docked".split())
# Verbs that ask someone to act: "urged the United States to withdraw" tells a call, not an event.
CALLING = frozenset("""urged urge urges asked asks ask demanded demands demand called calls pressed pressing
pressured told ordered""".split())
# People whose leaving is no force's withdrawal ("the president left the country for a summit").
PERSON_TITLES = frozenset("""president minister envoy ambassador leader delegation official officials premier
chancellor king prince secretary spokesman spokeswoman diplomat diplomats chief commander chairman governor mayor
delegates""".split())
# What a leaving verb leaves when no force leaves a place: "withdrew from the treaty", "pulled out
# of the talks", "quit the tender", "withdrew its ambassador", "exited the market", "withdrew the
# bill"; items that "left the factory" are made, not withdrawn; "left the door open", "leaves a gap" are
# figures of speech.
NOT_PLACES = frozenset("""treaty treaties alliance alliances pact pacts accord accords agreement agreements deal deals
talks negotiations bloc organisation organization convention contest competition competitions tender tenders bidding
bid bids race market markets bill bills programme programmes program programs project projects consortium offer
offers support ambassador ambassadors candidacy membership application request objection objections funding
recognition tournament league office process initiative summit scheme factory factories shipyard shipyards workshop
workshops assembly door doors gap gaps mark impression vacuum void hole veto vetoes approval
consent permission licence license""".split())
# Words that end the object of a leaving verb before it names what was left ("left for talks").
OBJECT_ENDS = frozenset("in at for to on with near into towards toward after since by over under across".split())
# "operate from Hmeimim" is a deployment of items or forces only ("surgeons operated in Lviv" is not).
OPERATING = frozenset(("operate", "operates", "operated"))
# "has three Patriot batteries left", "only 20 tanks are left": what remains, nobody leaves.
REMAINING = frozenset("has have had only just are were is was remain remains".split())
# Recovery of a wreck is no withdrawal ("the damaged Leopard was evacuated by a recovery vehicle").
ITEM_UNITS = frozenset("batteries battery launchers units pieces".split())
RECOVERY = frozenset("recovery tow towed towing tractor".split())
# Negations that make a withdrawal no event ("did not retreat", "have never left").
NEGATIONS = frozenset(("not", "never", "n't"))
# Order nouns a participle after them describes ("the package unveiled on Tuesday").
ORDER_NOUNS = frozenset("""package packages deal deals contract contracts agreement agreements sale sales order orders
purchase purchases""".split())
# "exercised an option for 12 more jets", "took up the options": an option is an order once exercised.
OPTIONS = frozenset(("option", "options"))
EXERCISING = frozenset("exercised exercises exercise exercising took take takes triggered activated".split())
# "became the latest customer for the K9", "the first buyer of the J-10C": a customer is an order when
# the buyer becomes one.
CUSTOMERS = frozenset(("customer", "customers", "buyer", "buyers"))
BECOMING = frozenset(("become", "becomes", "became", "becoming"))
# "selected the Patriot system", "opted for the Rafale", "the K2 was chosen by Warsaw": a choice of a
# named item, right after the verb (or before it in the passive), is an order.
SELECTING = frozenset("select selected selects chose chosen chooses picked opted".split())
# "held talks on the sale of", "negotiations over the purchase": a negotiation, no decided order.
# "signed for 12 more Caesar howitzers": signing is an order word only right before 'for' and items.
SIGNING = frozenset(("signed",))
# Allotting or funding items for someone, or a tranche of aid, is an order only with items named
# after it ("allocated $2bn for defence", "funding for the army" are budgets).
ALLOTTING = frozenset("""allocate allocated allocates allocating earmark earmarked earmarks earmarking tranche
tranches fund funds funded funding finance finances financed financing""".split())
# "are expected in Niamey", "is expected by March": items awaited somewhere or by a date ("expected
# to" goes to the verb after it).
EXPECTING = frozenset(("expected",))
AWAITED_BY = frozenset("in at by next this later early from".split())
GATED_ORDERS = OPTIONS | CUSTOMERS | SELECTING | SIGNING | ALLOTTING | EXPECTING
# Verbs after an order noun that say what it is for ("The order, placed in 2021, covers 12 jets").
COVERING = frozenset("covers covered cover includes included include comprises comprised comprise".split())
NEGOTIATIONS = frozenset(("talks", "negotiations", "negotiation", "discussions", "consultations"))
# "struck a deal for 152 CV90s", "hit a deal": striking a bargain attacks nothing.
STRUCK_DEALS = ORDER_NOUNS | frozenset(("accord", "accords", "pact", "bargain", "compromise", "balance", "chord",
                                        "tone", "note", "agreement", "agreements"))
# "JNIM claimed responsibility", "took responsibility": who claims an attack carried it out (an armed act).
RESPONSIBILITY = frozenset(("responsibility",))
RESPONSIBILITY_CLAIMS = frozenset(("claimed", "claims", "claim", "claiming", "took", "takes", "accepted"))
