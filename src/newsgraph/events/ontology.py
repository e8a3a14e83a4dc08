"""PLOVER event types, modes, quad classes, and the CAMEO codes and Goldstein scores behind them.

Written from the published definitions, not copied from any data file:
- PLOVER types, modes and contexts: the PLOVER manual (Draft 0.8, 2021; chapter "Event Categories",
  tables of modes, "Quad categories in PLOVER", "Auxiliary modes").
- CAMEO codes: the CAMEO 1.1b3 codebook (Gerner, Schrodt, Yilmaz); the PLOVER<->CAMEO
  correspondence follows the PLOVER "CAMEO to PLOVER conversion table" (Schrodt, Sept. 2021), with
  the exceptions noted at CAMEO_TO_PLOVER.
- Goldstein scores: the Goldstein (1992) conflict-cooperation scale as extended to CAMEO 3-digit
  codes and distributed with the CAMEO/GDELT codebooks (CAMEO.goldsteinscale), -10..+10.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# type -> quad class (PLOVER manual, "Quad categories in PLOVER": 1 verbal cooperation,
# 2 material cooperation, 3 verbal conflict, 4 material conflict).
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
TYPES = tuple(QUAD)

# type -> its modes (PLOVER manual mode tables). Types without a table have no modes.
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

# The manual's context vocabulary (chapter "Contexts"); any context can go with any type.
CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})

# PLOVER's auxiliary modes, as newsgraph's event flags (`reported`: told by another party; `alleged`: what an
# accusation says the accused did).
FLAGS = ("negated", "hypothetical", "future", "historical", "reported", "alleged")

# Older PLOVER names (0.5, used by the 2016 gold-standard records) -> current names.
# INVESTIGATE became the ACCUSE mode `investigate` (manual, ACCUSE modes table; conversion table 09x).
LEGACY_TYPES = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE", "THREAT": "THREATEN",
}

# The CAMEO code an event of a type (and mode) gets when nothing more specific is known.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "080", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "190",
}
MODE_CAMEO = {
    ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042", ("CONSULT", "third-party"): "044",
    ("RETREAT", "release"): "084", ("RETREAT", "access"): "086", ("RETREAT", "withdraw"): "087",
    ("RETREAT", "disarm"): "087", ("RETREAT", "ceasefire"): "087", ("RETREAT", "resign"): "083",
    ("REQUEST", "assist"): "101", ("REQUEST", "change"): "104", ("REQUEST", "yield"): "105",
    ("REQUEST", "meet"): "106",
    ("REJECT", "assist"): "121", ("REJECT", "change"): "123", ("REJECT", "yield"): "124",
    ("REJECT", "meet"): "125",
    ("ACCUSE", "disapprove"): "111", ("ACCUSE", "allege"): "112", ("ACCUSE", "investigate"): "090",
    ("THREATEN", "restrict"): "131", ("THREATEN", "relations"): "131", ("THREATEN", "arrest"): "137",
    ("THREATEN", "expel"): "136", ("THREATEN", "territory"): "138", ("THREATEN", "violence"): "138",
    ("PROTEST", "demo"): "141", ("PROTEST", "hunger"): "142", ("PROTEST", "strike"): "143",
    ("PROTEST", "boycott"): "143", ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("SANCTION", "withdraw"): "161", ("SANCTION", "discontinue"): "162", ("SANCTION", "expel"): "166",
    ("SANCTION", "convict"): "116",
    ("MOBILIZE", "troops"): "154", ("MOBILIZE", "weapons"): "152", ("MOBILIZE", "police"): "153",
    ("MOBILIZE", "militia"): "154",
    ("COERCE", "seize"): "171", ("COERCE", "restrict"): "172", ("COERCE", "censor"): "172",
    ("COERCE", "curfew"): "172", ("COERCE", "martial-law"): "172", ("COERCE", "withhold"): "172",
    ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "torture"): "182",
    ("ASSAULT", "sexual"): "182", ("ASSAULT", "targeted"): "186", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "183", ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195",
    ("ASSAULT", "crowd-control"): "175", ("ASSAULT", "unconventional"): "204",
    ("ASSAULT", "destroy"): "171", ("ASSAULT", "primitive"): "180",
}

# CAMEO root (2 digits) -> PLOVER type, following the 2021 conversion table; roots 01/02 (public
# statements, appeals) have no PLOVER type of their own: appeals are REQUESTs, statements uncoded.
ROOT_TO_PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
    "20": "ASSAULT",
}
# Codes whose PLOVER type differs from their root's (conversion table): 084-087 are material
# RETREATs, 163 (sanctions) and 191/192 (blockade, occupation) are COERCE, 1712 (destroy) ASSAULT.
CODE_TO_PLOVER = {
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT", "163": "COERCE",
    "191": "COERCE", "192": "COERCE", "1712": "ASSAULT",
}

# Goldstein scores for CAMEO codes (3-digit codes; the 2-digit root carries the cue category value).
GOLDSTEIN = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": 3.4,
    "017": 0.0, "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3, "026": 4.0,
    "027": 4.0, "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0, "035": 7.0, "036": 4.0,
    "037": 5.0, "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0,
    "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "082": 5.0, "083": 5.0, "084": 7.0, "085": 7.0, "086": 9.0,
    "087": 9.0,
    "09": -2.0, "090": -2.0, "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "102": -4.9, "103": -5.0, "104": -5.0, "105": -5.0,
    "106": -5.0, "107": -5.0, "108": -5.0,
    "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "113": -2.0, "114": -2.0, "115": -2.0, "116": -2.0,
    "12": -4.0, "120": -4.0, "121": -4.0, "122": -4.0, "123": -4.0, "124": -5.0, "125": -5.0,
    "126": -5.0, "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8,
    "136": -7.0, "137": -7.0, "138": -7.0, "139": -7.0,
    "14": -6.5, "140": -6.5, "141": -6.5, "142": -6.5, "143": -6.5, "144": -7.5, "145": -7.5,
    "15": -7.2, "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "16": -4.0, "160": -4.0, "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "165": -7.0, "166": -7.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "183": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0,
    "196": -9.5,
    "20": -10.0, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
}


def cameo_quad(cameo: str | None) -> int | None:
    """CAMEO's quad class of a code, by its root: 01-05 verbal cooperation (1), 06-08 material
    cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4); None outside CAMEO's
    twenty roots (WEIS codes past them, test codes such as `[904]` or `[abc]`)."""
    root = (cameo or "")[:2]
    if not root.isdigit() or not 1 <= int(root) <= 20:
        return None
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def quad_class(type_: str | None, cameo: str | None = None) -> int | None:
    """An event's quad class: its PLOVER type's, else (an event a user's verb dictionary codes with
    a code PLOVER does not type) its CAMEO code's."""
    return QUAD[type_] if type_ is not None else cameo_quad(cameo)


def event_kind(type_: str | None, cameo: str | None) -> str:
    """What an event is, for telling two events apart: its PLOVER type, else (untyped: a user verb
    dictionary's code PLOVER does not type) its code, so "[012]" and "[017]" stay two events."""
    return type_ if type_ is not None else f"CAMEO {cameo or ''}"


def cameo_for(type_: str, mode: str | None = None, cameo: str | None = None) -> str:
    """The CAMEO code of an event: the lexicon's own code, else the mode's, else the type's default."""
    if cameo:
        return cameo
    return MODE_CAMEO.get((type_, mode or ""), DEFAULT_CAMEO[type_])


def goldstein(cameo: str) -> float | None:
    """Goldstein score of a CAMEO code: the exact code, else its 3-digit parent, else its root."""
    for key in (cameo, cameo[:3], cameo[:2]):
        if key in GOLDSTEIN:
            return GOLDSTEIN[key]
    return None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """CAMEO code -> (PLOVER type, mode, contexts) from PLOVER's CAMEO2PLOVER-2021 table, converted
    by scripts/convert_petrarch.py into data/cameo2plover.tsv (credit: data/NOTICE-CAMEO2PLOVER.txt).
    Only 3- and 4-digit codes: a root's line in that table stands for the root alone."""
    out = {}
    path = Path(__file__).with_name("data") / "cameo2plover.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            code, type_, mode, contexts = (line.split("\t") + ["", "", ""])[:4]
            if len(code) >= 3 and type_ in QUAD:
                out.setdefault(code, (type_, mode if mode in MODES.get(type_, ()) else None,
                                      tuple(c for c in contexts.split(";") if c in CONTEXTS)))
    return out


# CAMEO's parallel categories: an intent (03), an appeal (02), a demand (10), a rejection (12) or
# a threat (13) is sub-coded by what is intended, asked for, refused or threatened (CAMEO 1.1b3:
# 0331 "intent to provide economic aid", 1053 "demand release of persons", 1313 "threaten to break
# relations"). Content code (longest prefix wins) -> {head root: code}.
def _row(a03=None, a02=None, a10=None, a12=None, a13=None):
    return {k: v for k, v in (("03", a03), ("02", a02), ("10", a10), ("12", a12), ("13", a13)) if v}


PARALLEL = {
    "061": _row("0311", "0211", "1011", "1211"), "062": _row("0312", "0212", "1012", "1212"),
    "063": _row("0313", "0213", "1013", "1213"), "064": _row("0314", "0214", "1014", "1214"),
    "06": _row("031", "021", "101", "121"), "05": _row("032", "022", "102"),
    "071": _row("0331", "0231", "1031", "1221", "1311"), "072": _row("0332", "0232", "1032", "1222", "1311"),
    "073": _row("0333", "0233", "1033", "1223", "1311"), "074": _row("0334", "0234", "1034", "1224", "1311"),
    "07": _row("033", "023", "103", "122", "1311"),
    "081": _row("0351", "0251", "1051", "1241"), "082": _row("0352", "0252", "1052", "1242"),
    "0831": _row("0341", "0241", "1041", "1231"), "0832": _row("0342", "0242", "1042", "1232"),
    "0833": _row("0343", "0243", "1043", "1233"), "0834": _row("0344", "0244", "1044", "1234"),
    "083": _row("034", "024", "104", "123"), "084": _row("0353", "0253", "1053", "1243"),
    "085": _row("0354", "0254", "1054", "1244"), "086": _row("0355", "0255", "1055", "1245"),
    "087": _row("0356", "0256", "1056", "1246"), "08": _row("035", "025", "105", "124"),
    "045": _row("039", "028", "108", "126"), "04": _row("036", "026", "106", "125"),
    "161": _row(a13="1313"), "162": _row(a13="1311"), "163": _row(a13="1312"), "164": _row(a13="134"),
    "165": _row(a13="135"), "166": _row(a13="136"), "16": _row(a13="131"), "14": _row(a13="133"),
    "1721": _row(a13="1321"), "1722": _row(a13="1322"), "1723": _row(a13="1323"), "1724": _row(a13="1324"),
    "172": _row(a13="132"), "173": _row(a13="137"), "175": _row(a13="137"),
    "191": _row(a13="1381"), "192": _row(a13="1382"), "18": _row(a13="1383"), "19": _row(a13="1384"),
    "20": _row(a13="1385"),
}


# An intent code (03) as content names the act intended, the row whose 03 code it is: CAMEO.2.0
# codes a complement's own verb phrase as an intent ("[called on Haiti] to hold elections": HOLD
# `* ELECTIONS` [0341]), which an appeal, demand or rejection of it sub-codes as that act's
# (0341 is 0831's row: 0241, 1041, 1231).
INTENDED = {row["03"]: act for act, row in PARALLEL.items() if "03" in row}


def parallel_code(head: str, content: str | None) -> str | None:
    """The sub-code of an intent/appeal/demand/rejection/threat (`head` code) for its content's
    code ("agreed to provide economic aid": 030 + 071 -> 0331), or None when CAMEO has none. An
    intent code as content counts as the act intended (0341 -> 0831: an appeal for it is 0241)."""
    if not content:
        return None
    content = INTENDED.get(content, content)
    for n in (4, 3, 2):
        row = PARALLEL.get(content[:n])
        if row is not None and len(content) >= n:
            return row.get(head[:2])
    return None


# Upper verb code (longest prefix) -> the codebook family whose sub-codes say what it is about.
# Authored from the codebook's category names, not taken from PETRARCH2:
HEADS = {
    "02": "02",   # 02 APPEAL: "Make an appeal for, request, or suggest ..." (021-028)
    "03": "03",   # 03 EXPRESS INTENT TO COOPERATE: "Offer, promise, agree to ..." (031-039)
    "050": "03",  # 050 (CAMEO.2.0's AGREE): agreeing *to do* is 030's "agree to ... cooperate"
    "051": "02",  # 051 (ENCOURAGE): encouraging X to act is 020's "suggestions and appeals"
    "10": "10",   # 10 DEMAND: "Demand meeting, negotiation" 106, "Demand that target yields" 105
    "12": "12",   # 12 REJECT: "Reject proposal to meet" 125, "Decline to yield" 124
    "13": "13",   # 13 THREATEN: "Threaten to reduce or break relations" 1313, "... military force" 138
}


def head_of(code: str) -> str | None:
    """The family (root) an upper verb's code speaks in, or None (petrarch_combine's module doc)."""
    return HEADS.get(code[:3]) or HEADS.get(code[:2])


def cameo_names() -> dict[str, str]:
    """CAMEO category name (lower case, letters and single spaces only) -> code, from the names
    data/cameo2plover.tsv keeps (the first code of a name wins)."""
    out: dict[str, str] = {}
    path = Path(__file__).with_name("data") / "cameo2plover.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) > 4 and cols[4].strip():
            out.setdefault(normalise_name(cols[4]), cols[0])
    return out


def normalise_name(name: str) -> str:
    """A category name as cameo_names() keys it: "Appeal for material aid, not specified" ->
    "appeal for material aid not specified"."""
    return re.sub(r"[^a-z]+", " ", name.lower()).strip()


@lru_cache(maxsize=4096)
def plover_for_cameo(cameo: str) -> str | None:
    """PLOVER type of a CAMEO code (used for CAMEO/PETRARCH verb dictionaries): PLOVER's table for
    the code or its 3-digit parent, else the correspondence of this module. Memoised: a pure function
    of the code over fixed tables, asked ~20 times an article for the same few hundred verb-pattern
    codes (the coder's `_refinable`); the codes are the dictionaries' own, so the set is bounded."""
    table = cameo_table()
    for key in (cameo, cameo[:3]):
        if key in table:
            return table[key][0]
    for key in (cameo, cameo[:3]):
        if key in CODE_TO_PLOVER:
            return CODE_TO_PLOVER[key]
    return ROOT_TO_PLOVER.get(cameo[:2])


def mode_for_cameo(cameo: str, type_: str) -> str | None:
    """The PLOVER mode PLOVER's table gives a CAMEO code (or its 3-digit parent), if it fits the type."""
    table = cameo_table()
    for key in (cameo, cameo[:3]):
        if key in table and table[key][0] == type_:
            return table[key][1]
    return None


def normalise_type(name: str) -> str | None:
    """A PLOVER type name in current form (legacy 0.5 names mapped), or None if unknown."""
    name = name.strip().upper()
    name = LEGACY_TYPES.get(name, name)
    return name if name in QUAD else None
