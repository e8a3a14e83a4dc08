"""Metonymy: is this capital or seat of power an agent (the state/government) or a place?

"Washington would make its own decisions", "links with Tehran", "the Kremlin said" name a
government; "protests in Tehran" names a city. We decide from the dependency parse, never from
sentence patterns:
  - subject of a verb (other than a locative "be"), agent of a passive ("supported by Tehran"),
    possessor of a non-physical noun ("Tehran's nuclear programme") -> agent;
  - object of a preposition: "in/at/from/near/into/across/outside/..." -> place;
    "with/against/by/between/toward/on/for/to" after a relational noun, adjective or verb
    (links with, close to, pressure on, a breakthrough for) -> agent, but "to/for/toward" after a
    motion verb (flew to Tehran, left for Moscow) -> place;
  - direct object of a verb of communicating/pressing/relating (urged Tehran, warned Washington)
    -> agent; of a verb of motion/physical contact (visited Tehran, struck Kyiv) -> place;
  - a conjunct takes the reading of the first conjunct;
  - otherwise the default: seats of power (Kremlin, White House) are agents, capitals places.
"""

from __future__ import annotations

PLACE_PREPS = frozenset({"in", "at", "from", "near", "into", "inside", "outside", "across", "around", "throughout",
                         "via", "through", "within", "beyond", "outskirts", "over", "under", "off", "past", "onto"})
AGENT_PREPS = frozenset({"with", "against", "by", "between", "among", "toward", "towards", "on", "for", "to", "of", "from", "upon"})
# verbs whose object or to/for/toward complement is a destination or a target in space
MOTION_VERBS = frozenset({"go", "come", "fly", "travel", "arrive", "return", "head", "move", "send", "deploy", "visit",
                          "leave", "reach", "enter", "flee", "drive", "walk", "march", "sail", "bring", "take",
                          "transfer", "evacuate", "relocate", "tour", "hit", "strike", "bomb", "shell", "attack",
                          "rock", "shake", "capture", "seize", "besiege", "surround", "storm", "target", "land",
                          "fire", "launch", "live", "stay", "remain", "base", "locate", "hold", "host", "gather",
                          "rally", "protest", "demonstrate", "meet", "celebrate"})
# what befalls a place as a place (its passive subject is the place: "Vienna was spared the worst"); the
# participle minus its "d" or "ed" is tried too, where the lemmatizer errs ("spared" -> "spar")
IMPACT_VERBS = frozenset({"spare", "flood", "damage", "destroy", "devastate", "batter", "ravage", "pound", "lash",
                          "engulf", "inundate", "evacuate", "cut", "blanket", "plunge", "isolate", "level", "raze"})
# what a place records or goes through as a place, told by the weather or a count it registers ("Delhi
# recorded its hottest day", "Tokyo saw heavy snow"): its subject is the place
EXPERIENCE_VERBS = frozenset({"record", "experience", "see", "register", "swelter", "endure", "get", "receive",
                              "suffer", "report"})
WEATHER_NOUNS = frozenset({"day", "night", "temperature", "temperatures", "rain", "rainfall", "snow", "snowfall",
                           "heat", "heatwave", "degree", "degrees", "storm", "storms", "earthquake", "quake",
                           "tremor", "flood", "flooding", "floods", "frost", "wind", "winds", "downpour", "hail",
                           "drought", "weather", "high", "low", "month", "year", "summer", "winter", "inch",
                           "inches", "foot", "feet", "millimetre", "millimetres", "millimeter", "millimeters", "cm", "mm",
                           "disaster", "disasters", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone",
                           "cyclones", "tornado", "tornadoes", "wildfire", "wildfires", "landslide", "landslides",
                           "tsunami", "avalanche", "blizzard", "monsoon", "typhoon", "catastrophe", "catastrophes"})
# nouns possessed by a city as a place ("Tehran's streets"), not by a government
PLACE_NOUNS = frozenset({"street", "streets", "square", "squares", "mayor", "airport", "residents", "resident",
                         "people", "population", "outskirts", "suburbs", "suburb", "centre", "center", "downtown",
                         "skyline", "university", "museum", "neighbourhood", "neighborhood", "neighbourhoods",
                         "neighborhoods", "district", "districts", "hospital", "hospitals", "bazaar", "market",
                         "air", "traffic", "metro", "stadium", "mosque", "mosques", "council", "city", "port",
                         "roads", "buildings", "parks", "sky", "pollution", "water", "weather", "police",
                         # its buildings and venues ("London's Paddington Green police station")
                         "station", "stations", "prison", "jail", "theatre", "theater", "theatres", "hotel", "hotels",
                         "gallery", "galleries", "church", "cathedral", "school", "schools", "college", "library",
                         "zoo", "park", "palace", "castle", "landmark", "landmarks", "skyscrapers", "arena",
                         "venue", "venues", "harbour", "harbor", "docks", "beach", "beaches", "restaurants", "shops"})
# ways, lines and movements between places: their places are places ("the road to Kyiv", "flights from Moscow",
# "a crash between Dayton and Springfield", "the border with Belarus")
LINE_NOUNS = frozenset({"flight", "trip", "visit", "road", "route", "journey", "return", "way", "highway", "train",
                        "border", "distance", "kilometre", "kilometer", "mile", "km", "crash", "collision", "bridge",
                        "tunnel", "pipeline", "railway", "rail", "corridor", "frontier", "boundary", "bus",
                        "ferry", "drive", "ride", "voyage", "crossing", "motorway", "freeway", "interstate"})
# people who come from a place ("a man from Paris"), not a government's word ("a letter from Paris")
PEOPLE_NOUNS = frozenset({"man", "woman", "people", "person", "family", "tourist", "student", "visitor", "migrant",
                          "refugee", "boy", "girl", "child", "worker", "traveller", "traveler", "passenger", "couple",
                          "teenager", "native", "resident", "pilgrim", "fan", "supporter", "immigrant", "emigrant"})
# a state that receives what is given ("pledged air defences to Kyiv", "the aid package for Ukraine", "traded its
# pick to Boston"); what is sent goes to a place ("will send more tanks to Ukraine", "sent an envoy to Caracas")
GIVING_VERBS = frozenset({"pledge", "give", "sell", "supply", "provide", "offer", "lend", "donate", "grant", "trade",
                          "hand", "promise", "loan", "gift"})
AID_NOUNS = frozenset({"aid", "package", "support", "assistance", "loan", "help", "funding", "sale", "sales",
                       "grant", "bailout", "credit"})


# what a place holds as a territory: a possessor of these is the place ("India's beer market", "Russia's
# newspapers", "Britain's Jewish community"), not its government
SCOPE_NOUNS = frozenset({"market", "markets", "industry", "industries", "sector", "sectors", "community",
                         "communities", "newspapers", "press", "media", "standing", "environment", "landscape",
                         "history", "culture", "climate", "coast", "countryside", "output", "production",
                         # its land and what grows on it ("Norway's fjords", "Spain's wheat crop")
                         "coastline", "fjord", "fjords", "mountain", "mountains", "river", "rivers", "lake", "lakes",
                         "forest", "forests", "rainforest", "island", "islands", "valley", "valleys", "desert",
                         "deserts", "glacier", "glaciers", "volcano", "volcanoes", "reef", "reefs", "wildlife",
                         "crop", "crops", "harvest", "harvests", "farmland", "soil", "vineyards"})
# ...and a superlative ranks what lies in the place ("the UK's biggest brewer", "Malaysia's third-biggest lender",
# "China's top carmaker"), except the state's own people and dealings ("Russia's top diplomat", "China's
# biggest trading partner": the state's)
_RANK_WORDS = frozenset({"top", "leading", "premier", "foremost"})
STATE_NOUNS = frozenset({"diplomat", "diplomats", "general", "generals", "official", "officials", "leader", "leaders",
                         "negotiator", "envoy", "commander", "court", "judge", "prosecutor", "spy", "military", "army",
                         "minister", "adviser", "advisor", "representative", "ally", "allies", "enemy", "enemies",
                         "rival", "rivals", "partner", "partners", "creditor", "creditors", "debtor", "customer",
                         "customers", "supplier", "suppliers", "threat", "challenge", "problem", "priority", "concern",
                         "worry", "achievement", "mistake", "defeat", "win", "victory", "export", "exports",
                         "import", "imports", "donor", "contributor"})
# nouns for a state as a polity: a place given as an instance of one is the state ("rogue states such as Iran",
# "failing states, including Russia", "names Russia as the failing state")
POLITY_NOUNS = frozenset({"state", "regime", "government", "power", "superpower", "ally", "democracy",
                          "dictatorship", "autocracy", "nation", "signatory", "member"})


# words that make a named organisation the state's own body, not a firm or a building that lies in it
# ("Britain's Ministry of Defence", "China's State Environmental Protection Agency", "the UK's Department for
# ...", "India's Reserve Bank")
STATE_BODY_WORDS = frozenset({"ministry", "department", "agency", "office", "commission", "council", "parliament",
                              "congress", "senate", "assembly", "government", "cabinet", "army", "navy", "force",
                              "forces", "police", "court", "embassy", "treasury", "authority", "committee", "party",
                              "guard", "service", "services", "state", "national", "federal", "central", "reserve",
                              "bureau", "administration", "directorate", "inspectorate", "regulator"})


def _named_body(t) -> bool:
    """Whether `t` ends a named firm, school or building ("India's United Breweries", "Spain's Telefonica",
    "London's Imperial College"): it lies in the place, as "the UK's biggest brewer" does; the state's own
    bodies (STATE_BODY_WORDS) are the state's."""
    if t.pos_ != "PROPN" or t.ent_type_ not in ("ORG", "FAC"):
        return False
    doc, a, b = t.doc, t.i, t.i + 1
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return not any(w.lower_ in STATE_BODY_WORDS for w in doc[a:b])


def is_scope(poss) -> bool:
    """Whether a possessor (its head token) is the place what it possesses lies in: a territory's noun, a
    named firm, school or building, or a ranking of what lies there (a superlative or "top"), not the state's
    own people, bodies and dealings. Read from the few words after the possessor (the parser may hang it on a
    word of the ranking: "third-")."""
    doc = poss.doc
    i = poss.i + 1
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    ranked = False
    for t in doc[i:i + 6]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and not t.text.endswith(("-", "‐")):  # not "third-"
            if t.lower_ in SCOPE_NOUNS or _named_body(t):
                return True
            return ranked and t.lower_ not in STATE_NOUNS
        ranked = ranked or t.tag_ in ("JJS", "RBS") or t.lower_ in _RANK_WORDS
        if t.is_punct and t.text not in ("-", "‐"):
            return False
    return False


def is_polity_example(tok) -> bool:
    """Whether a name is given as an instance of a state as a polity: "rogue states such as Iran", "states,
    including Russia and Pakistan", "names Russia as the failing state" (a conjunct takes its first's reading)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in ("as", "like", "including") and prep.head.lemma_ in POLITY_NOUNS:
        return True
    return tok.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.lemma_ in POLITY_NOUNS for g in c.children)
        for c in tok.head.children)


def is_recipient(tok) -> bool:
    """Whether a name (its head token `tok`) is the object of to/for naming who receives what is given."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    gov = tok.head.head
    if gov.pos_ == "NOUN":
        return gov.lemma_ in AID_NOUNS or gov.lower_ in AID_NOUNS
    return gov.pos_ in ("VERB", "AUX") and gov.lemma_ in GIVING_VERBS


def befalls(verb) -> bool:
    """Whether a passive `verb` tells what happens to a place as a place: moved to, struck, flooded."""
    return verb.lemma_ in MOTION_VERBS or verb.lemma_ in IMPACT_VERBS or verb.lower_[:-1] in IMPACT_VERBS \
        or verb.lower_[:-2] in IMPACT_VERBS \
        or verb.lower_ in PLACE_STATES  # the participle minus "d"/"ed", where the lemmatizer errs; "is crowded"


# kinds of place a copula may say a name is ("Dubai is a hub", "Bolivia is one of the poorest countries")
PLACE_KINDS = frozenset({"city", "cities", "capital", "capitals", "home", "hub", "country", "countries", "town",
                         "towns", "village", "villages", "island", "islands", "region", "regions", "province",
                         "provinces", "port", "ports", "destination", "destinations", "territory", "territories",
                         "archipelago", "peninsula", "metropolis", "municipality", "county", "counties"})
# where a place lies, what its ground does, where it ends: only a place does these ("Iceland lies south of the
# Arctic Circle", "Chad borders Libya", "Venice is sinking"); "lie" and "sink" in these senses take no object
_SITE_VERBS = frozenset({"border", "neighbour", "neighbor", "straddle", "adjoin"})
_GROUND_VERBS = frozenset({"sink", "subside"})
# where "lie" tells a site, not an untruth ("lies south of", "lies on the coast", "lies between two rivers")
_SITE_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "in", "on", "at", "between", "along", "near", "beside", "within", "off", "across",
                         "astride", "beyond", "inland", "offshore", "halfway"})
# who takes a place that falls ("Kabul fell to the Taliban"): armed groups and forces, named or not
_CAPTORS = frozenset({"force", "forces", "rebel", "rebels", "militant", "militants", "troops", "army", "fighters",
                      "insurgents", "jihadists", "militia", "militias", "enemy", "invaders", "taliban"})


def _place_kind(attr) -> bool:
    """Whether a copula's attribute names a kind of place: "a hub", "the capital", "one of the poorest countries"."""
    if attr.lemma_ in PLACE_KINDS or attr.lower_ in PLACE_KINDS:
        return True
    return attr.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in PLACE_KINDS for g in c.children) for c in attr.children)


def sited(verb) -> bool:
    """Whether `verb` says where its subject lies or what its ground does (a place's, not a state's)."""
    if verb.lemma_ in _SITE_VERBS:
        return True
    if verb.lemma_ in _GROUND_VERBS or verb.lemma_ == "lie" and verb.lower_ != "lied":
        if any(c.dep_ == "dobj" for c in verb.children):
            return False  # "Iran sank a tanker"
        return verb.lemma_ != "lie" or any(c.lower_ in _SITE_WORDS and c.dep_ in ("prep", "advmod")
                                           for c in verb.children)
    if verb.lemma_ == "fall":  # taken: "Kabul fell to the Taliban", "the town fell to rebel forces"
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and (g.lower_ in _CAPTORS or g.ent_type_ in ("ORG", "NORP")) for g in c.children)
            for c in verb.children)
    return False


def subject_acts(verb) -> bool:
    """Whether the (active) subject of `verb` acts, rather than being a place that records weather ("Delhi
    recorded its hottest day", "Tokyo saw heavy snow"), is said to be a kind of place ("Dubai is a hub",
    "Bolivia is one of the poorest countries") or is sited ("Iceland lies south of the Arctic Circle")."""
    if verb.lemma_ in EXPERIENCE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in WEATHER_NOUNS
                                               for c in verb.children):
        return False
    if verb.lemma_ == "be" and any(c.dep_ == "attr" and _place_kind(c) or c.dep_ == "acomp" and c.lemma_ in (
            "city", "capital", "home", "hub") or c.dep_ == "acomp" and c.lower_ in PLACE_STATES for c in verb.children):
        return False  # a place described as a place: "Paris is crowded in summer", "Spain is warm"
    return not sited(verb)


# what a place is like as a place (its weather, its streets, its look), never what a state or a team does or
# feels ("Iran is ready", "France is keen" act)
PLACE_STATES = frozenset({"crowded", "quiet", "empty", "deserted", "packed", "congested", "warm", "cold",
                          "hot", "cool", "mild", "sunny", "wet", "dry", "rainy", "snowy", "humid", "windy", "foggy",
                          "beautiful", "pretty", "picturesque", "scenic", "green", "flat", "hilly", "mountainous",
                          "expensive", "cheap", "affordable", "safe", "dangerous", "peaceful", "remote",
                          "isolated", "landlocked", "populous", "densely", "polluted", "flooded", "noisy", "dusty"})


# prepositions whose object is a place even after a noun ("protests in Tehran", "the road to Kyiv")
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})


def is_agent(tok, default: bool, depth: int = 0) -> bool:
    """Whether the name whose syntactic head is `tok` acts as an agent (metonym) in its sentence."""
    dep = tok.dep_
    head = tok.head
    if dep == "conj" and depth < 3 and head.i != tok.i:
        return is_agent(head, default, depth + 1)
    if dep in _SUBJ:
        if dep == "nsubjpass" and befalls(head):
            return False  # what happens to a place: "Kyiv was shelled", "Vienna was spared", "Gaza was flooded"
        return subject_acts(head)
    if dep == "agent":
        return True
    if dep == "poss":
        return head.lower_ not in PLACE_NOUNS and not is_scope(tok)
    if dep == "pobj":
        if is_recipient(tok):
            return True
        prep = head.lower_
        gov = head.head  # what the preposition attaches to
        if prep == "by" and head.dep_ == "agent":
            return True
        if prep in PLACE_PREPS and prep not in AGENT_PREPS:
            return False
        if gov.pos_ == "NOUN" and gov.lemma_ in LINE_NOUNS and prep in ("to", "for", "toward", "towards", "from", "on",
                                                                         "over", "between", "with", "among"):
            return False  # "the road to Kyiv", "a crash between Dayton and Springfield", "its border with Belarus"
        if prep == "from" and gov.lemma_ in PEOPLE_NOUNS:
            return False  # where someone comes from: "a man from Paris", "tourists from Japan"
        if prep in ("to", "for", "toward", "towards", "from", "on", "over"):
            if gov.pos_ in ("VERB", "AUX") and gov.lemma_ in MOTION_VERBS:
                return False
            if prep in ("from", "over") and gov.pos_ not in ("NOUN", "ADJ"):
                return False
            return True
        if prep in ("with", "against", "by", "upon", "of", "between", "among"):
            if prep == "of" and gov.lower_ in PLACE_NOUNS | {"capital", "heart", "city", "centre", "center", "north",
                                                               "south", "east", "west", "part", "parts", "streets"}:
                return False
            if prep == "with" and gov.lemma_ in MOTION_VERBS:
                return False
            if prep == "between" and (gov.pos_ in ("VERB", "AUX") and sited(gov) or gov.lower_ in PLACE_KINDS):
                return False  # where a place lies: "Tuvalu lies halfway between Hawaii and Australia", "a town between"
            return True
        return default
    if dep == "dobj":
        return head.lemma_ not in MOTION_VERBS
    if dep in ("compound", "amod", "nmod"):
        return default and head.pos_ in ("NOUN", "PROPN")
    if dep == "appos":
        return default
    return default
