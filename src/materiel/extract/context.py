"""Military context: the nouns that name equipment classes and the words that mark military text."""
from __future__ import annotations

from functools import lru_cache

from materiel.extract.tokens import Tokens

# Head nouns after a designation, and the class they suggest for a designation the catalog lacks.
CLASS_NOUNS: dict[str, str | None] = {
    "tank": "main battle tank", "mbt": "main battle tank",
    "ifv": "infantry fighting vehicle", "bmp": "infantry fighting vehicle",
    "apc": "armoured personnel carrier", "carrier": None,
    "mrap": "protected/MRAP vehicle", "armoured": None, "armored": None, "vehicle": None,
    "ambulance": "armoured ambulance", "truck": "military truck", "lorry": "military truck",
    "howitzer": "self-propelled artillery", "gun": None, "cannon": None, "artillery": None,
    "mortar": "mortar", "launcher": None, "mlrs": "multiple rocket launcher", "rocket": None,
    "missile": None, "interceptor": "surface-to-air missile system", "manpads": "MANPADS",
    "drone": "combat drone", "uav": "combat drone", "ucav": "combat drone", "uas": "combat drone",
    "munition": "loitering munition", "jet": "fighter", "warplane": "fighter", "fighter": "fighter", "aircraft": None,
    "plane": None, "bomber": "bomber", "helicopter": "transport/utility helicopter",
    "gunship": "attack helicopter", "chopper": "transport/utility helicopter",
    "frigate": "warship", "corvette": "warship", "destroyer": "warship", "cruiser": "warship",
    "warship": "warship", "submarine": "submarine", "boat": "patrol boat", "radar": "radar",
    "system": None, "battery": None, "platform": None, "variant": None, "version": None,
    "shell": "artillery ammunition", "round": "artillery ammunition", "bomb": "air-launched munition",
}
MILITARY_WORDS = frozenset("""
army armies military troops forces force soldiers armed armoured armored defence defense ministry
deployed deploy deployment delivered delivery deliveries supplied supply shipped shipment shipments
convoy convoys battalion brigade regiment division unit units artillery airstrike airstrikes strike
strikes drone drones missile missiles rocket rockets tank tanks howitzer howitzers weapons weapon arms
militia fighters rebels jihadists insurgents frontline front offensive combat battlefield destroyed
captured shot sunk air base airbase naval airfield fleet squadron equipment vehicles vehicle mercenaries
transferred transfer received donated pledged ordered contract procurement interceptors sighted
loss losses attacking attacks attacked downed intercepted shelling airstrike bombing sortie sorties
deal deals purchase purchased purchases buy bought buying acquire acquired acquisition sale sales order orders
deploys redeploy redeploys redeployed stationed moved sent sends rushed rushes
""".split())


@lru_cache(maxsize=1 << 16)
def head_noun(key: str) -> str | None:
    """The class-noun key a token stands for (plural folded), or None (remembered per key: many
    rules ask it of the same words)."""
    if key in CLASS_NOUNS:
        return key
    if key.endswith("s") and key[:-1] in CLASS_NOUNS:
        return key[:-1]
    if key.endswith("es") and key[:-2] in CLASS_NOUNS:
        return key[:-2]
    if key.endswith("ies") and key[:-3] + "y" in CLASS_NOUNS:
        return key[:-3] + "y"  # "Patriot batteries"
    return None


def class_after(toks: Tokens, j: int, hi: int, window: int = 3) -> tuple[bool, str | None]:
    """Whether a class noun follows token j within `window` tokens, and the class it suggests."""
    for k in range(j, min(hi, j + window)):
        noun = head_noun(toks.key[k])
        if noun is not None:
            return True, CLASS_NOUNS[noun]
        if toks.text[k] in (",", ";", ".", "(", ")") or toks.key[k] in ("and", "or", "from", "to", "in"):
            break
    return False, None


def has_military_context(toks: Tokens, i: int, j: int, lo: int, hi: int, found=()) -> bool:
    """Whether an ordinary-word name at [i, j) is used as equipment: a class noun after it, another
    unambiguous equipment name in the sentence, or military vocabulary in the sentence."""
    if class_after(toks, j, hi)[0]:
        return True
    for a, b, targets in found:
        if (a, b) != (i, j) and any(t.kind == "equipment" and not t.ambiguous for t in targets):
            return True
    return any(toks.key[k] in MILITARY_WORDS for k in range(lo, hi) if not i <= k < j)
