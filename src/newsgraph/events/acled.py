"""ACLED categories for PLOVER events: {event_type, sub_event_type} with the ACLED codebook's names.

Only violent, protest and strategic events get one (ACLED codes nothing else); the table is in
docs/events.md. Decided from the PLOVER type and mode, the CAMEO code, the trigger, the words of the
event's sentence (weapons, a protest and the response to it, a mob) and who the two sides are
(their sectors, else the words naming them): armed on both sides is a battle, an armed side against
unarmed people is violence against civilians, state forces retaking ground is the government
regaining territory, protesters turning violent is a violent demonstration.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..regex_start import Gated
from ..spans import sentence_of
from ..words import STATE_SECTORS
from .tenures import act_bounds, act_sector

BATTLES, EXPLOSIONS, CIVILIANS = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"

# Disorder types of the ACLED codebook, per (event type, sub-event type) where it is not the event type's own.
DISORDER = {BATTLES: "Political violence", EXPLOSIONS: "Political violence", CIVILIANS: "Political violence",
            PROTESTS: "Demonstrations", STRATEGIC: "Strategic developments"}
DISORDER_SUB = {"Mob violence": "Political violence", "Violent demonstration": "Demonstrations",
                "Excessive force against protesters": "Political violence; Demonstrations"}

# Actor sectors (PLOVER/CAMEO) by what ACLED counts them as; the state's own are words.STATE_SECTORS (one set for
# the actors stage, the events stage, the export and the rules here, read under that one name).
STATE_ARMED = frozenset({"MIL", "COP", "SPY"})
NONSTATE_ARMED = frozenset({"REB", "UAF", "INS", "SEP"})


def _rx(*words: str) -> re.Pattern:
    """Whole words or phrases (a trailing * allows any ending), case-insensitive."""
    alts = [re.escape(w).replace(r"\*", r"[\w-]*").replace(r"\ ", r"[\s-]+") for w in words]
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


# Words that name the sides: state forces, non-state armed groups, protesters, mobs, civilians.
STATE_WORDS = _rx("army", "armies", "troops", "soldier*", "military", "militaries", "police*", "gendarme*",
                  "security forces", "government forces", "regime forces", "pro-government forces", "armed forces",
                  "forces", "navy", "air force", "marines", "paratroopers", "officers", "guards", "patrol*",
                  "convoy*", "checkpoint*", "barracks", "army base", "military base", "outpost*", "positions",
                  "garrison*", "units", "special forces", "commandos", "servicemen", "personnel",
                  # (session 29) a force's members by other names: UN peacekeepers (ACLED's external forces), state
                  # troopers, sentries, guardsmen (not "guards" alone: "Revolutionary Guards" is already one)
                  "peacekeep*", "trooper*", "sentr*", "guardsm*")
REBEL_WORDS = _rx("rebel*", "militant*", "insurgent*", "fighters", "jihadi*", "militia*", "gunmen", "gunman",
                  "armed men", "armed group*", "bandits", "terrorists", "separatists", "guerrilla*", "extremists",
                  "islamists", "paramilitar*", "attackers", "assailants")
# (session 34) workers on strike named by their trade ("striking nurses", "miners on strike", "a strike by
# dockworkers"): strikers, whom ACLED counts as demonstrators (not "striking" alone: "a missile striking a school")
STRIKING_TRADE = (r"(?:[\w-]+\s+){0,2}?(?:workers|miners|mineworkers|nurses|doctors|teachers|lecturers|drivers|dockers|"
                  r"dockworkers|farmworkers|employees|staff|labou?rers|truckers|steelworkers|civil\s+servants)")
PROTEST_WORDS = re.compile(
    _rx("protest*", "demonstrat*", "rally", "rallies", "rallied", "marchers", "march", "marched", "marching", "sit-in",
        "picket*", "strikers").pattern
    + r"|\b(?:striking|strike\s+by)\s+" + STRIKING_TRADE + r"\b|\b" + STRIKING_TRADE + r"\s+on\s+strike\b", re.IGNORECASE)
PROTESTERS = _rx("protesters", "demonstrators", "marchers", "picketers", "strikers")
RIOTER_WORDS = _rx("rioter*", "riot", "rioting", "protesters", "demonstrators", "crowd*", "youths", "marchers",
                   "protesting", "demonstrating")
# A demonstration named (rioters are its violent form): without one, a crowd's violence is mob violence
DEMONSTRATION = _rx("protest*", "demonstrat*", "rally", "rallies", "rallied", "march", "marched", "marchers", "riot*",
                    "sit-in", "picket*", "strike", "strikers", "striking", "tyres", "tires", "barricade*",
                    "blocked roads", "blocking roads", "blocked the road", "blocked the main road")
MOB_WORDS = _rx("mob", "mobs", "lynch*", "vigilante*", "mob justice", "jungle justice", "angry crowd*",
                "angry residents", "angry villagers")
# an angry group by any other name ("angry traders burned the council offices"): a mob where no demonstration is named
ANGRY = re.compile(r"\bangry\s+(?:group\s+of\s+)?(?!soldiers|troops|police|militants|fighters)[a-z]+", re.IGNORECASE)
# People assembled in public: arresting them is a response to a protest ("detained people who gathered to lay flowers")
ASSEMBLY = _rx("gathered", "gathering*", "assembled", "vigil*", "sit-in*", "took to the streets", "encampment*",
               "protest camp*", "tent camp*")
CIVIL_WORDS = _rx("villagers", "residents", "locals", "crowd*", "mob", "youths", "worshippers", "people")

# How: weapons, in the order ACLED's sub-event types take precedence (a suicide car bomb is a suicide bomb).
WEAPONS = (
    ("Chemical weapon", _rx("chemical weapon*", "chemical attack*", "chlorine", "sarin", "mustard gas",
                            "mustard agent*", "sulfur mustard", "sulphur mustard", "nerve agent*", "toxic gas",
                            "poison gas", "chloropicrin", "phosgene", "vx", "tabun", "soman", "novichok")),
    ("Suicide bomb", _rx("suicide*", "blew himself up", "blew herself up", "blew themselves up",
                         "explosive vest*", "explosives vest*", "suicide vest*", "explosive belt*", "explosives belt*",
                         "strapped to his body", "strapped to her body", "strapped to their bodies",
                         "his vest", "her vest", "their vests", "his explosive*", "her explosive*")),
    # "bombers" alone are mostly the people who planted a bomb ("vowed to find the bombers"), and an
    # "Air Force Base" is a place: neither tells an air strike
    ("Air/drone strike", re.compile(_rx("air strike*", "airstrike*", "air raid*", "air attack*", "aerial*", "warplane*",
                                        "fighter jet*", "jets", "jet", "helicopter*", "gunship*", "drone*", "uav*",
                                        "aircraft", "bombed from the air", "from the air", "b-52*", "stealth bomber*",
                                        "strategic bomber*", "bomber jet*", "bomber plane*", "bomber aircraft",
                                        "fighter-bomber*", "glide bomb*", "aerial bomb*", "guided bomb*",
                                        "barrel bomb*").pattern + r"|\bair\s+force\b(?!\s+base)", re.IGNORECASE)),
    ("Shelling/artillery/missile attack", _rx("shell*", "artillery", "mortar*", "rocket*", "missile*",
                                               "howitzer*", "bombard*", "katyusha*", "projectile*", "barrage*",
                                               "rocket-propelled", "mlrs", "grad", "grads", "uragan*", "smerch*",
                                               "himars", "multiple launch*", "cluster munition*", "tank fire",
                                               # (a tank is a heavy weapons platform: "tanks fired on houses")
                                               "tank rounds", "tanks fired", "tank fired", "tanks opened fire",
                                               "tanks pounded", "tanks shelled")),
    ("Remote explosive/landmine/IED", _rx("ied", "ieds", "improvised explosive*", "roadside bomb*", "landmine*",
                                          "land mine*", "anti-personnel mine*", "anti-tank mine*", "mine explosion*",
                                          "mine blast*", "a mine", "mines planted", "planted mines",
                                          "car bomb*", "bomb", "bombs", "bombing*",
                                          "explosive*", "explosion*", "blast*", "booby*", "vbied*",
                                          "detonat*", "exploded", "magnetic bomb*", "sticky bomb*")),
    ("Grenade", re.compile(r"\b(?<!stun )(?<!stun-)(?:hand-)?grenades?\b", re.IGNORECASE)),
)
# The attacker died in his own explosion ("drove a truck packed with explosives into the gate, killing himself
# and five soldiers"): a suicide attack however the bomb is named (not a shooter who then killed himself)
SELF_KILLED = _rx("killing himself", "killing herself", "killing themselves", "killed himself", "killed herself",
                  "killed themselves", "and himself", "including the bomber", "including the attacker")
EXPLOSIVE_WORDS = _rx("explosive*", "bomb*", "blast*", "explosion*", "detonat*", "booby*", "vbied*", "ied", "ieds",
                      "packed with", "laden with", "rigged with")
SEXUAL = _rx("rape*", "raping", "sexual*", "sexually", "gang-rape*", "molest*")
VANISHED = ("forced disappearance*", "enforced disappearance*", "forcibly disappeared", "disappeared", "whereabouts",
            "not been seen", "not been heard", "not heard from", "no news of", "missing since", "been missing",
            "gone missing", "went missing", "remains missing", "remain missing", "remained missing", "still missing")
ABDUCT = _rx("abduct*", "kidnap*", "hostage*", "taken captive", *VANISHED)
# An arrest is a disappearance when the person is not seen again (not when the arrested are kidnappers).
DISAPPEARED = _rx(*VANISHED, "incommunicado", "unknown location*", "undisclosed location*")
PEOPLE = _rx("man", "men", "woman", "women", "child*", "girl*", "boy*", "people", "worker*", "journalist*",
             "priest*", "nun*", "missionar*", "teacher*", "student*", "pupil*", "villager*", "passenger*",
             "tourist*", "foreigner*", "engineer*", "official*", "civilian*", "doctor*", "nurse*", "farmer*",
             "trader*", "businessm*", "chief*", "leader*", "activist*", "national*", "citizen*", "him", "her",
             "them", "driver*", "pilot*", "miner*", "pastor*", "imam*", "elder*", "resident*", "relative*", "wife",
             "husband", "son", "sons", "daughter*", "crew", "sailor*", "fishermen", "herder*", "monk*", "hostage*")
UNARMED = _rx("wife", "wives", "husband", "son", "sons", "daughter*", "mother", "father", "brother", "brothers",
              "sister", "sisters", "relatives", "widow*", "parents", "civilian*", "teen*", "boy*", "girl*", "youth", "villager*", "resident*", "worshipper*", "passenger*", "farmer*", "women", "woman",
              "child*", "pupil*", "student*", "trader*", "displaced", "herders", "fishermen", "traveller*", "traveler*",
              "people", "man", "men", "person*", "family", "families", "teacher*", "journalist*", "pastor*", "priest*")
# The response to a protest: lethal (excessive force) or not (intervention).
LETHAL = _rx("killed", "killing", "kill", "shot dead", "dead", "died", "death*", "live ammunition", "live rounds",
             "live fire", "opened fire", "fired on", "fired at", "fatally", "massacre*", "gunned down", "lethal force",
             "shot at", "shooting at", "live bullets", "gunshot*", "bullet wounds", "shot and wounded")
INTERVENTION = _rx("tear gas", "teargas", "tear-gas", "water cannon*", "rubber bullets", "pellets", "baton*",
                   "truncheon*", "dispers*", "broke up", "break up", "broken up", "breaking up", "cracked down",
                   "crackdown", "arrest*", "detain*", "rounded up", "intervened", "charged", "stun grenade*",
                   "pepper spray", "police moved in", "beat*", "clubbed", "whipped", "blocked")
# stones and rocks thrown, not piled ("blocked a highway with rocks": a barricade, how a road protest is held)
RIOT_ACTS = _rx("threw stones", "throwing stones", "hurled stones", "pelted", "stone-throwing", "stone throwing",
                "threw rocks", "throwing rocks", "hurled rocks", "hurling stones", "hurling rocks", "stoned",
                "threw bottles", "hurled bottles", "pelting", "petrol bomb*",
                "molotov*", "torch*", "set fire", "set ablaze", "set on fire", "burn*", "looted", "looting",
                "vandali*", "ransack*", "smashed", "clashed", "clashes", "rioted", "rioting", "riot", "riots",
                "barricades of burning", "burning tyres", "burning tires")
CLASH_TRIGGERS = _rx("clash*", "shootout*", "shoot-out*", "fight*", "fought", "firefight*", "gunfight*", "gun battle*", "gunbattle*",
                     "battle*", "exchange*", "exchanged fire", "skirmish*", "repel*", "repuls*", "engaged",
                     "counter-attack*", "counterattack*", "offensive*")
# The other side fought back, or a truce between the two is named: the attacked were armed ("attacked
# the village and were pushed back", "men who began shooting at officers", "attacked despite the ceasefire")
FOUGHT_BACK = _rx("pushed back", "were repelled", "was repelled", "were repulsed", "was repulsed", "returned fire",
                  "return fire", "exchange of fire", "exchanged fire", "fired back", "shot back", "fought back",
                  "shooting at officers", "shooting at police", "shooting at the officers", "shooting at the police",
                  "fired at officers", "fired at police", "opened fire on officers", "opened fire on police",
                  "ceasefire*", "cease-fire*", "truce")
RETURNED_FIRE = _rx("returned fire", "return fire", "returning fire", "fired back", "shot back", "exchange of fire",
                    "exchanged fire", "exchanging fire", "traded fire", "exchange of gunfire", "exchanged gunfire",
                    # (shots traded are an exchange of fire under any wording)
                    "exchanging gunfire", "traded gunfire", "trading gunfire", "trading fire", "exchanged shots",
                    "exchanging shots", "traded shots", "trading shots", "exchange of shots", "exchanges of fire",
                    "exchanges of gunfire", "gunfire exchange*", "exchanged gunshots",
                    # (a shootout, gunfight or firefight is by its name both sides firing: "an officer was
                    # wounded in a shootout with a suspect who was later killed")
                    "shootout*", "shoot-out*", "gunfight*", "gun fight*", "firefight*", "gun battle*",
                    "gunbattle*")
DISRUPTED = _rx("defus*", "foil*", "thwart*", "intercept*", "shot down", "shoot down", "shooting down",
                "downed", "dismantled", "bomb disposal", "found and destroyed", "prevented an attack",
                # a device set off on purpose by those who found it (bomb disposal's controlled explosion)
                "safely detonated", "detonated safely", "controlled explosion*", "controlled detonation*",
                "safely destroyed", "safely exploded")
# an explosion kept from happening (session 27): "before he could detonate", "before they could blow it up"
PREVENTED_BLAST = re.compile(r"\bbefore\s+(?:he|she|they|it|the\s+[\w-]+)\s+(?:could|was\s+able\s+to|were\s+able\s+to|"
                             r"managed\s+to|had\s+a\s+chance\s+to)\s+(?:detonat\w*|blow\s+(?:\w+\s+)?up|explode|"
                             r"trigger|set\s+off)\b", re.IGNORECASE)
# (session 33) a disarming told as not done: "exploded before officers could defuse it", "as experts tried to defuse
# it", "failed to defuse": the verb under "before ... could" or "tried to" is what did not happen (the blast did)
UNDONE_DISRUPTION = re.compile(r"\b(?:before\s+(?:[\w'’-]+\s+){1,3}?(?:could|was\s+able\s+to|were\s+able\s+to|"
                               r"managed\s+to|had\s+a\s+chance\s+to)|(?:tried|trying|tries|try|attempted|attempting|"
                               r"failed|failing|struggled|struggling)\s+to)\s+(?:defus|disarm|deactivat|dismantl)\w*",
                               re.IGNORECASE)
# (session 33) a device set off on purpose with its object between: "detonated it safely", "blew the shells up safely"
SAFELY_SET_OFF = re.compile(r"\b(?:detonat|explod|destroy|blew|blow|blown)\w*\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
                            r"\s+(?:up\s+)?(?:safely|in\s+a\s+controlled\s+(?:explosion|detonation|blast))\b", re.IGNORECASE)
# weapons found, then destroyed by the finders ("discovered and destroyed a bomb-making factory": mode destroy)
FOUND = _rx("discovered", "uncovered", "found", "located")
WEAPON_CACHE = _rx("weapon*", "arms", "ammunition", "explosive*", "cache*", "rifles", "guns", "bomb*", "ied*",
                   "grenade*", "rocket*", "missile*", "drone*", "mortar*", "landmine*", "land mine*",
                   "anti-personnel mine*", "anti-tank mine*")  # (a bare "mine" may be a gold mine)
# aircraft brought down ("shot down a Su-34 fighter jet"): weapons use disrupted too (not aircraft that raid)
AIRCRAFT = _rx("uav*", "jet", "jets", "aircraft", "warplane*", "helicopter*", "plane", "planes")
TERRITORY_BACK = _rx("recaptur*", "retak*", "retook", "regain*", "liberat*", "took back", "take back", "reoccup*",
                     "taken back", "won back", "reclaim*", "back control",
                     # (ground back under someone's control, not forces that "pulled back under heavy attack")
                     "back under government", "back under state", "back under army", "back under military",
                     "back under federal", "back under the control", "back under the government*",
                     "back under their control", "back under its control")
AGREEMENT = _rx("ceasefire*", "cease-fire*", "truce*", "armistice", "peace deal*", "peace agreement*",
                "peace accord*", "peace treaty", "peace pact", "prisoner exchange*", "prisoner swap*",
                "exchanged prisoners", "exchange of prisoners", "swap of prisoners", "swapped prisoners",
                "exchange prisoners", "swap prisoners",  # ("agreed to exchange prisoners": the exchange agreed on)
                "non-aggression", "demobili*", "disarmament deal", "amnesty deal",
                # (session 27) the truce's other names: a cessation of hostilities, a humanitarian pause
                "cessation of hostilities", "cessation of fighting", "humanitarian pause*")
UNOPPOSED = _rx("vacated", "withdrew", "withdrawal", "withdrawn", "handed over", "handover", "hand-over",
                "without a fight", "without resistance", "without fighting", "unopposed", "abandoned", "pulled out",
                "fled", "retreated", "left the town", "left the city", "left the village", "left the area",
                "without firing a shot", "without a shot being fired", "without a shot fired")
# a fight said not to have happened ("took the town without a fight"), and fighters, who are people:
# no clash word for a battle
NO_FIGHT = _rx("fighter", "fighters", "without a fight", "without fighting", "without any fighting", "without a battle", "without firing a shot",
               "without a shot being fired", "without a shot fired")
# the end of hostilities in words of its own: forces withdrawn, the fighting or firing stopped
END_HOSTILITIES = re.compile(
    r"\b(?:withdraw\w*|pull(?:ed|ing)?\s+(?:back|out)|remov\w+)\s+(?:[\w'’-]+\s+){0,3}?(?:forces|troops|soldiers|"
    r"fighters|units)\b|\b(?:stop\w*|end\w*|halt\w*|ceas\w*|cessation|paus\w*|suspen\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:fighting|firing|"
    r"hostilities|attacks|shelling|clashes|bombing|bombardments?|war|violence)\b", re.IGNORECASE)
# released for others released ("freed 20 soldiers in exchange for jailed fighters"): a prisoner exchange
IN_EXCHANGE = re.compile(r"^(?:\s+[\w'’-]+){0,8}?\s+(?:in\s+(?:an?\s+)?(?:exchange|swap|return)\s+for|"
                         # (session 22) released on the terms of a deal: "freed 12 soldiers under a deal with the army"
                         r"(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with)\s+(?:(?:a|an|the|its|their|"
                         r"this|that|last\s+\w+'s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|accord|pact|truce|"
                         r"cease-?fire|arrangement)s?)\b", re.IGNORECASE)
DEAL = _rx("deal*", "agreement*", "accord*", "pact*", "treat*")
# Power taken from a government (CAMEO.2.0's SEIZE * POWER [180]): ACLED's strategic "Other", no attack
# on anyone nor territory taken
COUP = _rx("coup", "coups", "seize* power", "seized power", "seizing power", "power grab*")
BASE = _rx("base", "bases", "headquarters", "camp", "camps", "outpost*", "garrison*", "command post*")
CIVIL_BASE = _rx("campaign headquarters", "campaign office*", "campaign base", "company headquarters",
                 "corporate headquarters", "party headquarters", "party office*", "election office*",
                 "business headquarters", "store*", "shop*", "restaurant*", "branch office*")
BASE_TRIGGERS = _rx("establish*", "set up", "sets up", "setting up", "built", "build*", "open*", "install*",
                    "erect*")


def acled_for(ev, doc, events=None, coded=None) -> dict | None:
    """The ACLED {event_type, sub_event_type} of a PLOVER event, or None when ACLED codes no such event:
    also None for an event the report only mentions (`mentioned_only`): ACLED codes the report's own
    event, so such a mention is no row of an ACLED export (the PLOVER event stays). `events`: the
    document's events (default doc.events), whose triggers in the same sentence bound its clause. `coded`: the
    events stage's (event, candidate) pairs, whose parse tokens show an event only named in an argument
    (`_named_in_an_argument`); without them that reading is skipped."""
    if mentioned_only(ev):
        return None
    events = getattr(doc, "events", ()) if events is None else events
    got = _category(ev, doc, _other_triggers(ev, events), _other_triggers(ev, events, by_others=True))
    if got and got[0] != STRATEGIC and coded and _named_in_an_argument(ev, coded):
        # (violence and demonstrations: a strategic development is told by its announcement or order, "announced
        # the merger of its two brigades", "ordered the deployment of 500 soldiers")
        return None
    if got and coded and _kind_in_apposition(ev, coded):
        return None
    return {"event_type": got[0], "sub_event_type": got[1]} if got else None


# Predicates that tell the event of a noun phrase inside their argument: its occurrence ("the blast occurred",
# "died in the blast"), its harm ("the bombings killed 259", "the man, who was shot, was pronounced dead", "remains
# in critical condition"), its course ("the skirmish lasted 20 minutes") or the place it struck ("came under mortar
# fire"), or its report; not a copula ("the victims of the bombing were students": a description of a known event)
TELLING = frozenset({"kill", "die", "wound", "injure", "hurt", "pronounce", "remain", "hospitalize", "hospitalise",
                     "treat", "occur", "happen", "take", "explode", "erupt", "break", "hit", "strike", "leave",
                     "claim", "rock", "shake", "go", "come", "damage", "destroy", "survive", "last",
                     "continue", "rage", "resume", "spread", "intensify", "escalate", "flare", "begin", "start",
                     "end", "subside",
                     # a report, a record or an inquiry of it, or its blame: it happened ("the report documented
                     # the rape of dozens of women", "police blamed rebels for the bombing", "are investigating the
                     # shooting")
                     "report", "document", "record", "confirm", "describe", "detail", "recount", "reveal",
                     "witness", "verify", "acknowledge", "admit", "blame", "investigate", "probe"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
DEFINITE = frozenset({"the", "that", "this", "these", "those"})
# a past anchor in an embedded clause ("a man shot by police in 2014", "four years ago"; a year, not a count:
# "2000 people")
PAST_ANCHOR = re.compile(r"^(?:1[89]\d\d|20\d\d)(?:['’]?s)?$|^ago$")
# a time anchor or the grievance of another act ("reached after the invasion", "seek witnesses over the shooting"):
# told as the cause or occasion of that act, which `background` ranks last (session 21: an appeal over an event is how
# local news tells it)
ANCHOR_PREPS = frozenset({"after", "before", "following", "since", "until", "till", "over"})
SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CLASS_PRONOUNS = frozenset({"those", "anyone", "everyone", "all"})  # "those killed in the 1998 bombings"
# event nouns whose definite mention inside an embedded clause names the event it happened in ("the soldiers
# killed in the ambush", "the people who died in the blast")
EVENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "ambush", "shooting", "massacre", "raid",
                         "riot", "siege", "shelling", "killing", "war", "fighting", "clash", "genocide", "uprising"})


def _candidate_of(ev, coded):
    """The events stage's candidate of `ev` among its (event, candidate) pairs (None when `ev` is not among them):
    the parse tokens the ACLED readings of a mention climb from."""
    return next((c for e, c in coded if e is ev), None)


def _named_in_an_argument(ev, coded) -> bool:
    """The event is only named inside a participant of another predicate that tells neither its occurrence, its
    harm nor its course (TELLING): a definite event noun ("claims from the riots reached $1 billion", "the rifle
    used in the killings was bought", "the trial of the man accused in the Oklahoma City bombing opened") or a
    clause on a participant that dates it in a past year or in a named event ("a man shot by police in 2014", "the
    soldiers killed in the ambush"), or tells it of a whole class ("those killed in"). Not a definite event noun that is the sentence's subject ("The protest marked a return
    to ..."), nor a time anchor or grievance of another act ("reached after the US invasion", "seek witnesses over the
    shooting": `background` ranks it last).
    ACLED codes the report's own event; such a mention presupposes a known one (a participant of another act of the
    sentence too: "police dispersed the protest" is coded by the dispersal). `coded`: the stage's (event,
    candidate) pairs (the candidate's anchor stands for the event in its clause; the climb starts there); a
    headline or a parse with no main verb is left alone."""
    cand = _candidate_of(ev, coded)
    if cand is None:
        return False
    tok = cand.anchor
    if sentence_of(tok).root.pos_ not in ("VERB", "AUX"):
        return False  # a sentence parsed with no main verb (a headline, a misparse): its event is its news
    node, inside = tok, None
    while node.head.i != node.i:
        child, node = node, node.head
        if node.pos_ in NOMINAL:
            inside = node if inside is None else inside
            continue
        if node.dep_ == "prep" and node.lower_ in ANCHOR_PREPS and inside is None:
            return False  # a time anchor or a grievance of another act: `background`'s
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.lemma_.lower() in TELLING:  # told by this predicate: whether it is itself only named decides
            tok, inside = node, None
            continue
        if tok.pos_ in NOMINAL:  # the predicate's subject is what the sentence is about ("The protest marked")
            return _definite(tok) and (inside is not None or child.dep_ not in SUBJECT)
        if inside is not None:
            clause = _own_words(tok) + list(inside.lefts) + [inside]  # ("a 1986 robbery in which ...")
            return (any(PAST_ANCHOR.match(t.text) and not (t.dep_ == "nummod" and t.head.tag_ == "NNS")
                        for t in clause)
                    or any(t.lemma_.lower() in EVENT_NOUNS and t.pos_ == "NOUN" and _definite(t) for t in clause)
                    or inside.lower_ in CLASS_PRONOUNS)
    return False


# (s44-acled) what makes a noun a particular one: a determiner, a possessor, a number ("the airstrikes", "Monday's
# airstrikes", "two airstrikes"); a plural with none of them names a kind of act
PARTICULAR = frozenset({"det", "poss", "nummod", "predet"})
# nouns of a happening: an apposition on one tells what happened ("Two incidents were reported on Sunday: shootings in
# the north of the city"), as one on an event noun (EVENT_NOUNS) does
HAPPENINGS = frozenset({"incident", "event", "episode", "occurrence", "case", "act", "action", "operation", "violence",
                        "unrest"})


def _kind_in_apposition(ev, coded) -> bool:
    """The event is a bare plural noun set (alone or in a list) in apposition to a noun that is no event ("the
    minister's plan -- airstrikes on the camps -- has failed", "the alternatives tried: airstrikes, sanctions"): the
    apposition says what a plan, an option or a list consists of, a kind of act with no day and no place of its own.
    ACLED's coding is atomic, each event with its own place and day (codebook), so the kind is no row. An apposition
    on an event noun, on a noun of a happening (HAPPENINGS: "two incidents were reported: shootings in the north") or
    on another act of the sentence tells that event ("the attack, airstrikes on the port, killed six"), and a
    particular noun ("the airstrikes", "two airstrikes") is one."""
    cand = _candidate_of(ev, coded)
    if cand is None or not cand.is_noun:
        return False
    tok = cand.anchor
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # a coordinated member shares the first one's role ("the options: sanctions, airstrikes")
    if first.dep_ != "appos" or tok.tag_ != "NNS" or any(k.dep_ in PARTICULAR for k in tok.children):
        return False
    head = first.head
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in EVENT_NOUNS or lemma in HAPPENINGS:
        return False
    return all(c.anchor.i != head.i for e, c in coded if e is not ev and c is not None)


CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})  # (a coordinated verb shares the date)


def _own_words(head) -> list:
    """The tokens of head's own clause: its subtree less the clauses nested in it (a date there is another act's:
    "rallied in ... since the revolution that brought Castro to power 41 years ago")."""
    words, todo = [], [head]
    while todo:
        t = todo.pop()
        words.append(t)
        todo += [c for c in t.children if c.dep_ not in CLAUSAL]
    return words


def _definite(tok) -> bool:
    """A noun with a definite determiner or a possessor ("the bombing", "Saturday's shooting", "the Oklahoma City
    bombing"; not a headline's bare "Lancaster grave vandalism")."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in tok.children)


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of a category (political violence, demonstrations, strategic developments)."""
    return DISORDER_SUB.get(sub_event_type) or DISORDER.get(event_type, "")


class _Sides:
    """Who the two sides of an event are, from their actors' sectors and the words naming them. A sector is read
    at the event's own date when the text dates it (tenures.act_sector): ACLED codes an actor by the role it had
    when the event happened (a former president's order given in office is the state's)."""

    def __init__(self, ev, doc):
        bounds = act_bounds(ev.date)
        self.src_sectors, self.src_text, self.src_names = self._side(doc, ev.source, bounds)
        self.tgt_sectors, self.tgt_text, _ = self._side(doc, ev.target, bounds)
        self.src_countries, self.tgt_countries = self._countries(doc, ev.source), self._countries(doc, ev.target)

    @staticmethod
    def _countries(doc, ids) -> set[str]:
        ents = [doc.entity(i) for i in ids]
        return {e.actor.country for e in ents if e is not None and e.actor is not None and e.actor.country}

    @staticmethod
    def _side(doc, ids, bounds=None) -> tuple[set[str], str, str]:
        """(sectors, the words read for who the side is, every name of it); `bounds`: the event's own period
        (tenures.act_bounds), None for the article's date. A non-state armed group's
        words are not read when they name a force ("Arakan Army" is no state's army: its sector says so)."""
        sectors, words, names = set(), [], []
        for i in ids:
            e = doc.entity(i)
            if e is None:
                continue
            sector = _sector(e, act_sector(e, bounds, e.actor.sector)) if e.actor is not None else None
            if sector:
                sectors.add(sector)
            names += [e.name, *(m.text for m in e.mentions)]
            # (nor a non-state group's: "Arakan Army fighters" coded UAF are no state's army either)
            if not (sector in NONSTATE_ARMED and STATE_WORDS.search(e.name)):
                words += [e.name, *(m.text for m in e.mentions)]
        return sectors, " ; ".join(words), " ; ".join(names)

    def src(self, sectors, rx) -> bool:
        return bool(self.src_sectors & sectors) or bool(self.src_text and rx.search(self.src_text))

    def tgt(self, sectors, rx) -> bool:
        return bool(self.tgt_sectors & sectors) or bool(self.tgt_text and rx.search(self.tgt_text))

    def src_armed(self) -> bool:
        return self.src(STATE_ARMED | NONSTATE_ARMED, STATE_WORDS) or self.src(frozenset(), REBEL_WORDS)

    def tgt_armed(self) -> bool:
        return self.tgt(STATE_ARMED | NONSTATE_ARMED, STATE_WORDS) or self.tgt(frozenset(), REBEL_WORDS)


# a generic force capitalised only because it opens the sentence ("Government forces bombed the town")
GENERIC_FORCES = ("the army", "army", "police", "military", "government", "the government", "security", "the security",
                  "regime", "the regime", "pro-government", "federal", "the federal", "armed forces", "the armed forces",
                  "state forces", "troops", "soldiers", "forces")


def _sector(e, sector: str | None) -> str | None:
    """An actor's sector (`sector`: the one read for the event's date; None or "" for none); a proper-named force
    of no country ("the Arakan Army", "Kachin Independence Army") is a non-state armed group, not some state's
    military; an international organisation's force (Interpol, IGO...COP; a UN or AU mission) has no country
    either and is no rebel group. A name whose head is in lower case is no proper name: its first capital is the
    sentence's ("Anti-corruption police raided ...", "Tax police")."""
    if not sector:
        return None
    sector = sector[:3]
    if sector in STATE_ARMED and not e.actor.country and e.type == "ORG" and e.name[:1].isupper() \
            and e.name.split()[-1][:1].isupper() \
            and not e.name.lower().startswith(GENERIC_FORCES) and not (e.actor.code or "").startswith("IGO"):
        return "REB"
    return sector


def _without(text: str, part: str) -> str:
    """The sentence without the words naming a side (so the attacker's own name is not its target)."""
    for name in filter(None, part.split(" ; ")):
        text = text.replace(name, " ")
    return text


def _other_triggers(ev, events, by_others: bool = False) -> list[tuple[int, int]]:
    """The triggers of the other events told in ev's sentence, as offsets into its evidence. None (an
    empty list) for an event with no doer named: "came under mortar fire, and two guards were killed" tells the
    killing as the fire's outcome, whose means are the sentence's. `by_others`: only the events another doer
    named does ("... and police shot a suspect"), not the same doer's next act ("torched homes and killed six")."""
    if ev.evidence is None or ev.trigger is None or not ev.source:
        return []
    base = ev.evidence.start
    return [(o.trigger.start - base, o.trigger.end - base) for o in events
            if o is not ev and o.trigger is not None and o.evidence is not None and o.evidence.start == base
            and (o.trigger.start, o.trigger.end) != (ev.trigger.start, ev.trigger.end)
            and not (by_others and (not o.source or set(o.source) == set(ev.source)))]


# the PLOVER types ACLED has a sub-event type for (a demonstration, a battle or a strike, a strategic development)
_ACLED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "RETREAT", "MOBILIZE", "AGREE", "SUPPORT", "COOPERATE",
                          "CONCEDE"})


def _category(ev, doc, others: list[tuple[int, int]] = (), rivals: list[tuple[int, int]] = ()
              ) -> tuple[str, str] | None:
    # one dispatch by PLOVER type: each type's ACLED rules are read in a function of their own
    t = ev.type
    if not_physical(ev) or _natural_doer(ev) or _court_step(ev) or _figurative_taking(ev):
        return None
    if _demonstration_told_by_its_act(ev, doc):
        return _protest(ev, _without_times(ev.evidence, doc), _Sides(ev, doc))
    if t not in _ACLED_TYPES:
        return None
    sentence = _without_times(ev.evidence, doc) if ev.evidence else ""
    trigger = ev.trigger.text if ev.trigger else ""
    sides = _Sides(ev, doc)
    if t == "ASSAULT":
        return _assault_category(ev, doc, sentence, trigger, sides, others, rivals)
    if t == "PROTEST":
        if _armed_march_into(ev, sentence, trigger, sides):
            return _territory(ev, sentence, trigger, sides, doc)
        return _protest_category(ev, sentence, trigger, sides, others, rivals)
    if t == "COERCE":
        return _coerce(ev, sentence, trigger, sides, doc)
    if t == "MOBILIZE":
        return _mobilize_category(sentence, trigger, sides)
    if t == "RETREAT" and (found := _retreat_category(ev, sentence, trigger, sides)) is not None:
        return found
    return _agreement_category(ev, sentence, trigger, sides)


def _demonstration_told_by_its_act(ev, doc) -> bool:
    # a demand or a visit that is how a gathering's demonstration is told:
    # ACLED codes the gathering, not the words it was told with
    if ev.type in ("REQUEST", "ACCUSE") and _voiced_by_a_gathering(ev):
        # "people gathered outside the governor's office to demand his resignation": the demand is
        # how the demonstration is told (ACLED codes the gathering)
        return True
    # "Protesters visit homes of AIG executives": protesters going somewhere as a group demonstrate there
    return bool(ev.type == "CONSULT" and ev.mode == "visit" and _Sides(ev, doc).src(frozenset(), PROTESTERS))


def _assault_category(ev, doc, sentence: str, trigger: str, sides, others, rivals) -> tuple[str, str] | None:
    # an ASSAULT is ACLED's violence unless it is a coup (a strategic
    # development) or strikes no one ACLED counts
    if COUP.search(trigger):
        return STRATEGIC, "Other"
    if WEAPON_TEST.search(_before(ev)):
        return None  # (session 27) "test-fired a ballistic missile": a weapons test strikes no one
    if INTO_SPACE.search(_first_chars(_after(ev, sentence), 60)):
        return None  # (s57-acled) "launched a rocket into orbit": a launch into space strikes no one
    if _workers_on_strike(ev, sentence, trigger):
        return None  # (s57-acled) "pickets held by striking nurses": a labour strike, told by its protest's own event
    if _place_won(ev, doc, sentence, sides):
        return None  # (s57-acled) "the senator captured Ohio": a state won at the polls, no one abducted
    if _on_computers(ev, sentence) or _animals_harmed(ev, sentence, sides):
        return None  # (session 35) "hackers attacked the council's network", "hunters killed 40 deer"
    if _quarrel_of_persons(ev, doc, sentence, trigger, sides):
        return None  # (session 41) "the governor clashed with the mayor over the budget"
    return _assault(ev, sentence, trigger, sides, others, rivals)


def _protest_category(ev, sentence: str, trigger: str, sides, others, rivals) -> tuple[str, str] | None:
    # a PROTEST is ACLED's demonstration unless armed men "struck" (an
    # attack) or someone barricaded himself in (a refuge)
    if ev.mode == "strike" and STRUCK.match(trigger) and (
            sides.src_armed() or _weapon(None, _own_clause(ev, sentence, others))):
        # "NATO warplanes struck Serb positions for a second day": forces or weapons strike with arms, no labour
        # strike (workers strike, aircraft and troops do not)
        return _assault(ev, sentence, trigger, sides, others, rivals)
    if ev.mode == "obstruct" and SELF_BARRICADED.match(trigger + _after(ev, sentence)):
        return None  # "a suspect who had barricaded himself in a house": a refuge, no one's way blocked
    return _protest(ev, sentence, sides)


# (s57-acled) an armed group's march into a place ("the rebels marched into the capital"): an advance that takes it
MARCH_INTO = re.compile(r"^march\w*\s+(?:[\w-]+\s+)?into\b", re.IGNORECASE)


def _armed_march_into(ev, sentence: str, trigger: str, sides) -> bool:
    """(s57-acled) A non-state armed group (no state force beside it) that marched into a place: the codebook's
    non-state actor overtaking territory (or its non-violent transfer, `_territory`), not a demonstration, whose
    marchers are unarmed. State forces' marches (parades, deployments) are left to the protest rules."""
    return bool(MARCH_INTO.match(trigger + _after(ev, sentence))) and sides.src(NONSTATE_ARMED, REBEL_WORDS) \
        and not sides.src(STATE_SECTORS, STATE_WORDS)


def _mobilize_category(sentence: str, trigger: str, sides) -> tuple[str, str] | None:
    # a MOBILIZE is ACLED's strategic development only where a conflict
    # actor moves: a base established, or a change to an armed group's activity
    if CIVIL_BASE.search(trigger + " " + sentence) and not sides.src_armed():
        return None  # "opened up his campaign headquarters": an office, not a force's base
    if not (_armed_setting(sentence, sides) or FIGHTING_MEN.search(trigger + " " + sentence)):
        # (session 27) ACLED's base is an armed group's: a company's new headquarters, a charity's camp for
        # displaced families, with no force, state or military word, are no development of a conflict;
        # (session 35) so is its change to group activity: a charity deploying volunteers, a firm recruiting
        # engineers, a hospital deploying nurses, with no force, state or armed group, are none
        return None
    if BASE.search(sentence) and BASE_TRIGGERS.search(trigger + " " + sentence):
        return STRATEGIC, "Headquarters or base established"
    return STRATEGIC, "Change to group/activity"


def _retreat_category(ev, sentence: str, trigger: str, sides) -> tuple[str, str] | None:
    # a RETREAT ACLED codes: a truce, territory handed over, prisoners
    # exchanged, arms laid down; None for any other (the agreement words are asked next)
    if (ev.cameo or "").startswith("0871"):
        return STRATEGIC, "Agreement"  # CAMEO 0871, a truce declared ("to halt hostilities")
    if ev.mode in ("withdraw", None) and (sides.src_armed() or BASE.search(sentence) or _territorial(sentence)):
        return STRATEGIC, "Non-violent transfer of territory"
    if ev.mode == "ceasefire" or (ev.mode == "release" and (
            re.search(r"exchang|swap", trigger, re.I) or IN_EXCHANGE.match(_after(ev, sentence)))):
        return STRATEGIC, "Agreement"  # a truce; prisoners exchanged
    if ev.mode == "disarm":
        return STRATEGIC, "Change to group/activity"  # demobilisation, laying down arms
    return None


# (s57-acled) a ceasefire line is a boundary named after a past truce ("a rail link over the ceasefire line"), no
# agreement made
TRUCE_LINE = re.compile(r"\b(?:cease-?fire|truce)\s+lines?\b", re.IGNORECASE)


def _agreement_category(ev, sentence: str, trigger: str, sides) -> tuple[str, str] | None:
    # any other type ACLED codes only as an agreement that ends or pauses
    # fighting: a ceasefire, a peace deal, a prisoner exchange, a deal with rebels; not a trade deal
    if AGREEMENT.search(TRUCE_LINE.sub(" ", _stretch(ev, sentence))) or AGREEMENT.search(trigger) or (
            DEAL.search(trigger) and (sides.src_armed() or sides.tgt_armed())) or (
            ev.type == "AGREE" and END_HOSTILITIES.search(_stretch(ev, sentence)) and _two_parties(ev, sentence)):
        # (what the sides agree on may be the end of the fighting in other words: "agreed to withdraw their
        # forces from the conflict zone", "agreed to a plan to end the fighting": ACLED's agreement)
        return STRATEGIC, "Agreement"
    return None


# (session 41) the verbs of a clash or a fight, as English also uses them of a quarrel ("clashed with the mayor",
# "fought with her cabinet"); not the words that name armed combat itself (a firefight, a shootout, a gun battle)
QUARREL_VERB = re.compile(r"^(?:clash|clashes|clashed|clashing|fight|fights|fought|fighting)$", re.IGNORECASE)


# (session 46) a firm: a company fights its customers, rivals or regulators in court and in words, never with arms
FIRM_SECTORS = frozenset({"BUS", "MNC"})


# (s57-acled) a launch into space or orbit, or a satellite's
INTO_SPACE = re.compile(r"\b(?:into|to)\s+(?:outer\s+)?(?:space|orbit)\b|\bsatellites?\b", re.IGNORECASE)
# (s57-acled) "striking" as the adjective of workers on strike: it opens the noun phrase (the sentence's start, or
# after a determiner, a preposition or a count), where the verb "striking" follows its doer ("a missile striking ...")
STRIKING_ADJ = re.compile(r"^striking\s+" + STRIKING_TRADE + r"\b", re.IGNORECASE)
NOUN_PHRASE_OPENS = re.compile(r"(?:^\W*|\b(?:the|by|of|with|and|among|for|from|to|at|all|some|many|hundreds|"
                               r"thousands|dozens|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)$",
                               re.IGNORECASE)


def _workers_on_strike(ev, sentence: str, trigger: str) -> bool:
    """(s57-acled) "striking" read as an assault where it is the adjective of workers on strike ("pickets held by
    striking nurses", "police arrested 20 striking miners"): ACLED counts strikers as demonstrators, no
    one is struck; a weapon named in the sentence keeps the verb's sense ("a missile striking two workers")."""
    return bool(STRIKING_ADJ.match(trigger + _after(ev, sentence))) and bool(NOUN_PHRASE_OPENS.search(_before(ev))) \
        and not _weapon(ev.mode, sentence)


PLACE_TYPES = frozenset({"GPE", "LOC"})


def _place_won(ev, doc, sentence: str, sides: _Sides) -> bool:
    """(s57-acled) An abduction whose victims are places only ("the senator captured Ohio by 9,000 votes", "captured
    Iowa and Utah"), by a named side that is not armed: people are abducted, a place is not; an unarmed side
    "captures" a state at the polls. ACLED codes neither as violence (an armed side taking ground is the territory
    rules'). Not where the taking names people (in the trigger or right after it: "seized a foreign aid worker in
    Niger", whose place the actors stage may give as the target) or armed men before it, nor with no doer named."""
    if ev.mode != "abduct" or not ev.target or not ev.source or sides.src_armed():
        return False
    taken = (ev.trigger.text if ev.trigger else "") + _first_chars(_after(ev, sentence), 40)
    if PEOPLE.search(taken) or REBEL_WORDS.search(_before(ev)) or STATE_WORDS.search(_before(ev)):
        return False
    ents = [doc.entity(i) for i in ev.target]
    return all(e is not None and e.type in PLACE_TYPES for e in ents)


def _quarrel_of_persons(ev, doc, sentence: str, trigger: str, sides: _Sides) -> bool:
    """(session 41) A clash or a fight one of whose sides the actors stage found to be a person (PERSON) or (session
    46) a firm, neither side armed (no armed sector, no force's or armed group's words), told with no arms, no crowd
    or demonstration and no one harmed ("the governor and the mayor clashed over the budget", "the Kennedy family
    clashed with the party's leadership", "she had been fighting with the insurance company", told from either
    side): ACLED's battle is a violent interaction of two organised armed groups and its riots are a crowd's
    violence; a quarrel of persons is neither, nor any other ACLED event. A person who fights armed men, forces, a
    crowd or with a weapon, or whose fight kills or wounds, keeps the fight's category. (session 46) One side found
    is enough: a doer the actors stage could not name ("she", "anybody") is no sign of an armed group, and the
    sentence's words still rule out forces, crowds, arms and harm."""
    if not QUARREL_VERB.match(trigger.strip()) or sides.src_armed() or sides.tgt_armed():
        return False
    if not any(e is not None and (e.type == "PERSON" or _firm(e)) for e in map(doc.entity, [*ev.source, *ev.target])):
        return False
    # (a crowd: CIVIL_WORDS and DEMONSTRATION hold every word of RIOTER_WORDS)
    return not (STATE_WORDS.search(sentence) or REBEL_WORDS.search(sentence) or MOB_WORDS.search(sentence)
                or CIVIL_WORDS.search(sentence) or DEMONSTRATION.search(sentence) or _people_harmed(sentence)
                or LETHAL.search(sentence) or _weapon(ev.mode, sentence))


def _firm(e) -> bool:
    return e.actor is not None and e.actor.sector in FIRM_SECTORS


# what only a force keeps (session 27): "a new base", "a command post" (outposts, garrisons, barracks and "military"
# are STATE_WORDS)
MILITARY_PLACE = _rx("base", "bases", "command post*")


def _armed_setting(sentence: str, sides: _Sides) -> bool:
    """A base or headquarters set up by a force, a state or an armed group: its doer is armed, a state
    (a country itself, no sector: "Russia set up a camp"; not a company placed in one, nor a government's
    ministry setting up a camp for displaced people), or the sentence names forces or a place only forces keep."""
    return sides.src_armed() or bool(sides.src_countries and not sides.src_sectors) or bool(
        STATE_WORDS.search(sentence) or REBEL_WORDS.search(sentence) or MILITARY_PLACE.search(sentence))


# (session 35) computers, networks and what runs on them: an attack on them or by them is online activity, which ACLED
# codes none of (as the stage's "cyber" mode of coercion)
COMPUTING = _rx("computer*", "hacker*", "hacking", "hacked", "cyber*", "denial-of-service", "denial of service", "ddos",
                "website*", "web site*", "server*", "online", "internet", "malware", "ransomware", "spyware", "phishing",
                "software", "pcs", "laptops", "email*", "e-mail*", "spam*", "worm", "botnet*", "it systems", "data")


def _on_computers(ev, sentence: str) -> bool:
    """An attack whose own words (its clause's words before the trigger and its object, `_stretch`) name computers,
    networks or hackers ("hackers attacked the council's network", "a denial-of-service attack", "came under attack
    from hackers"), with no one hurt and no weapon named in the sentence."""
    return bool(COMPUTING.search(_stretch(ev, sentence))) and not (
        LETHAL.search(sentence) or BODILY_HARM.search(sentence) or _weapon(None, sentence))


# (session 35) animals as what an attack harmed: ACLED codes violence against people; a hunt, a cull or a dog shot is
# none of it (livestock are left out: cattle killed in a raid are someone's property, which the other rules read)
VICTIM_ANIMALS = (r"(?:animals?|wildlife|pets?|deer|stags?|fox|foxes|wolf|wolves|bears?|dogs?|pupp(?:y|ies)|cats?|"
                  r"pit\s*bulls?|rottweilers?|alsatians?|kittens?|elephants?|rhinos?|rhinoceros(?:es)?|lions?|"
                  r"lionesses|tigers?|leopards?|cheetahs?|gorillas?|chimpanzees?|monkeys?|apes?|birds?|owls?|eagles?|"
                  r"hawks?|swans?|geese|ducks?|pigeons?|"
                  r"sharks?|whales?|dolphins?|seals?|turtles?|crocodiles?|alligators?|snakes?|badgers?|hares?|"
                  r"rabbits?|squirrels?|rats?|mice|horses?|ponies|pony|chickens?|hens?|poultry|pigs?|boars?|hippos?|"
                  r"giraffes?|zebras?|antelopes?|buffalo(?:es)?|bison|moose|elk|coyotes?|cougars?)")
ANIMAL_OBJECT = re.compile(r"^\s+(?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"several|many|some|about|dozens\s+of|scores\s+of|hundreds\s+of|thousands\s+of|"
                           r"more\s+than|at\s+least|\d[\d,]*)\s+)*(?:(?!(?:and|or|with|of)\b)[\w'’-]+\s+){0,2}?"
                           + VICTIM_ANIMALS + r"\b(?!\s+(?:owners?|handlers?|keepers?|breeders?|walkers?)\b)",
                           re.IGNORECASE)
ANIMAL_SUBJECT = re.compile(r"\b" + VICTIM_ANIMALS + r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)"
                            r"(?:\w+ly\s+)?$", re.IGNORECASE)


def _animals_harmed(ev, sentence: str, sides: _Sides) -> bool:
    """The attack's object right after the trigger ("killed more than 40 deer", "shot a dog") or its passive subject
    ("the dog was shot") is an animal, and no non-state armed group is the doer."""
    if sides.src(NONSTATE_ARMED, REBEL_WORDS):
        return False
    # (no trigger: nothing is read before or after it)
    return bool(ANIMAL_OBJECT.match(_after(ev, sentence)) or ANIMAL_SUBJECT.search(_before(ev)))


# (session 35) men called up or sent to fight by names of their own ("government reinforcements arrived", "called up
# reservists"): a force's change of activity whoever sends them
FIGHTING_MEN = _rx("reinforcement*", "reservist*", "conscript*", "recruits")


# a weapon fired or launched as a test ("test-fired", "test-launched"): the word right before the trigger
WEAPON_TEST = re.compile(r"\btest[\s-]*$", re.IGNORECASE)
SELF_BARRICADED = re.compile(r"^barricad\w*\s+(?:himself|herself|themselves|itself)\b", re.IGNORECASE)


# the parties to an agreement named together ("both sides", "the warring parties")
BOTH_SIDES = _rx("both sides", "two sides", "the sides", "the parties", "warring parties", "warring sides",
                 "warring factions", "both parties", "each other", "one another")


def _two_parties(ev, sentence: str) -> bool:
    """An agreement has two parties ("Georgia and South Ossetia agreed", "agreed with the rebels"); one
    side deciding to pull its troops out agrees with no one."""
    return len(set(ev.source)) >= 2 or bool(BOTH_SIDES.search(sentence) or WITH_PARTY.match(_after(ev, sentence)))


WITH_PARTY = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?with\b", re.IGNORECASE)  # "agreed on Monday with the rebels"


def _trigger_at(ev) -> tuple[int, int] | None:
    """The trigger's start and end as offsets into the event's evidence (None without either)."""
    if ev.trigger is None or ev.evidence is None:
        return None
    return ev.trigger.start - ev.evidence.start, ev.trigger.end - ev.evidence.start


# where the words of an event's own stretch stop: a clause's edge, or a subordinate clause telling another event
# ("accepted a treaty he had rejected in talks following the 1988 cease-fire": the cease-fire is not accepted)
STRETCH_END = re.compile(r"[,;:]|\b(?:after|following|before|amid|since|when|while|because|until|who|which|that|"
                         r"he|she|they|it|we)\b", re.IGNORECASE)


def _stretch(ev, sentence: str) -> str:
    """The event's own words: its clause's words before the trigger and its object after it, up to STRETCH_END."""
    span = _trigger_at(ev)
    if span is None:
        return sentence
    at, end = span
    before = re.split(r"[,;:]", sentence[:at])[-1]
    return before + sentence[at:end] + STRETCH_END.split(sentence[end:], 1)[0]


# Words of a fight in words: "attacked her skills", "attacked Rubio for not answering", "sharp attacks on
# Clinton", "attacked her harshly in a closed-door session"; a violent attack names no such thing.
VERBAL_OBJECT = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,3}?(?:skills?|record|records|policy|policies|plan|plans|proposal|proposals|remarks?|"
    r"comments?|(?<=his\s)positions?|(?<=her\s)positions?|(?<=their\s)positions?|(?<=its\s)positions?|"
    r"(?<='s\s)positions?|stance|credentials|character|statements?|ideas?|decision|decisions|views|"
    r"rhetoric|campaign|candidacy|leadership|judgment|judgement|honesty|integrity|motives|tax plan|agenda|"
    r"record on|claims?|speech|speeches|answers?|performance|handling|identity|language|opponents? for|"
    # (session 32) a measure or a text attacked: "a blistering attack on the president's budget"
    r"budgets?|(?-i:bills?)|reforms?|legislation|manifesto|strategy|strategies|programmes?|programs?|verdict)\b",
    re.IGNORECASE)
VERBAL_FRAME = _rx("harshly", "verbally", "sharply", "viciously", "relentlessly", "publicly", "personally",
                   "rhetorical*", "verbal", "personal attack*", "sharp attack*", "relentless attack*",
                   "blistering attack*", "scathing attack*", "stinging attack*",  # (session 32)
                   "political attack*", "negative attack*", "attack ad*", "attack line*", "in a speech",
                   "in a debate", "in the debate", "during the debate", "in an interview", "in a statement",
                   "on twitter", "in a tweet", "in a closed-door session", "on the campaign trail", "at a rally",
                   "at a town hall", "in an op-ed", "in an ad", "in ads")
# where a report was made, not where the attack was: "gunmen attacked the base, the army said in a statement"
REPORTING_FRAME = re.compile(r"\b(?:said|says|say|saying|told|tells|wrote|writes|posted|posts|announced|added|"
                             r"reported|stated|claimed|confirmed|tweeted)\b(?:\s+[\w'’-]+){0,3}?\s+"
                             r"(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)?\s*(?:\w+\s+)?"
                             r"(?:statement|interview|speech|tweet|post|debate|rally|town hall|briefing|"
                             r"press conference|twitter|x|telegram|facebook)\b", re.IGNORECASE)
ATTACK_WORD = re.compile(r"^(?:attack|attacks|attacked|attacking|assail\w*|savag\w*|lash\w*|slam\w*|blast\w*|hit)\b",
                         re.IGNORECASE)
# "practically kidnapped", "what he called a 'kidnapping'": a word used of something else
# (a phrasal "call", "called in to break up a brawl", "called for a strike", names nothing: no hedge)
HEDGE = re.compile(r"\b(?:practically|virtually|effectively|essentially|tantamount to|amounts? to|akin to|"
                   r"(?:characteri[sz]\w*|described?|call(?:ed|s|ing)?(?!\s+(?:in|out|off|up|on|for|to|back)\b)|branded|"
                   r"dubbed|termed)\s+(?:\w+\s+){0,5}"
                   r"(?:as\s+)?(?:a|an)?)\s*[`'\"“‘]*\s*$", re.IGNORECASE)
# an attack or seizure of the body ("a heart attack", "an asthma attack", "an epileptic seizure")
MEDICAL = re.compile(r"\b(?:heart|panic|anxiety|asthma|asthmatic|epileptic|gout|migraine|allergy|allergic|"
                     r"coughing|sneezing)\s*$", re.IGNORECASE)
QUOTE_OPEN = re.compile(r"(?:``|[\"“‘']|`)\s*$")
# a candidate's rally is a campaign event, not a demonstration ("rallied supporters", "rallied to win",
# "speaking later at a rally"); a rally that demands, protests or marches stays a demonstration
RALLY = re.compile(r"^(?:rally|rallies|rallied|rallying)$", re.IGNORECASE)
RALLY_TRANSITIVE = re.compile(r"^\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?!in\b|at\b|on\b|outside\b|near\b|"
                              r"against\b|for\b|behind\b|around\b|across\b|throughout\b|to\s+(?:protest|demand|"
                              r"denounce|call|condemn|support|oppose)\b|to\s+the\b|through\b|over\b|in\s+front\b|"
                              r"and\b|or\b|,|\.|;|$)(?:supporters|voters|republicans|democrats|delegates|members|"
                              r"the\s+party|the\s+base|donors|troops|allies|people\s+behind|to\s+(?:win|victory|beat|"
                              r"finish|take|claim|defeat|a\s+win))\b", re.IGNORECASE)
CAMPAIGN_RALLY = _rx("campaign rally", "campaign rallies", "victory rally", "election rally", "rally speech*",
                     "speaking at a rally", "spoke at a rally", "speaking later at a rally", "told a rally",
                     "at his rally", "at her rally", "at his rallies", "at her rallies", "at a campaign",
                     "held rallies", "has held rallies", "said at a", "told the crowd", "told supporters")
DEMANDING = _rx("protest*", "demonstrat*", "against", "demand*", "calling for", "called for", "march*",
                "in solidarity", "denounc*", "condemn*", "chant*")


def _last_word(text: str) -> str:
    """The last word of a trigger's text ("" for none): the word the verb-form patterns below are matched against."""
    words = text.split()
    return words[-1] if words else ""


def not_physical(ev) -> bool:
    """An event word used of words or of something else: a verbal attack, a metaphor or a quoted
    characterisation, a candidate's campaign rally. ACLED codes none of them. One helper a kind, each
    reading the trigger in its sentence (`_Around`)."""
    span = _trigger_at(ev)
    if span is None:
        return False
    w = _around(ev, span)
    if ev.type == "ASSAULT" and (_verbal_attack(w) or _clash_of_words(w) or _figurative_hijack(w) or _a_game(w)
                                 or _figurative_sense(w) or _an_illness(w) or _self_harm(w) or _a_retort(w)
                                 or _bombarded_with_no_weapon(w)):
        return True
    if ev.type in ("ASSAULT", "COERCE") and _hedged_or_quoted(w):
        return True
    return ev.type == "PROTEST" and _no_gathering(w)


class _Around(NamedTuple):
    """An event's trigger in its evidence sentence, as not_physical's helpers read it."""

    text: str  # the sentence
    trig: str  # the trigger
    last: str  # the trigger's last word (a phrasal trigger's verb is its last word: "opened fire")
    before: str  # the sentence before the trigger
    after: str  # the sentence after it


def _around(ev, span: tuple[int, int]) -> _Around:
    text, trig = ev.evidence.text, ev.trigger.text
    at, end = max(0, span[0]), span[1]
    return _Around(text, trig, _last_word(trig), text[:at], text[end:])


def _verbal_attack(w: _Around) -> bool:
    """ "attacked the proposal", "attacked him for failing to ...", an attack told as speech: words."""
    return bool(ATTACK_WORD.match(w.trig) and (
        VERBAL_OBJECT.match(w.after) or VERBAL_FRAME.search(REPORTING_FRAME.sub(" ", w.text)) or
        re.match(r"^\s+(?:\w+\s+){0,2}for\s+(?:not|failing|refusing|his|her|their|being|saying|having)\b",
                 w.after, re.IGNORECASE)))


def _clash_of_words(w: _Around) -> bool:
    """ "the candidates clashed over immigration during the debate": a clash of words, no one hurt."""
    return bool(CLASH_TRIGGERS.search(w.trig) and VERBAL_SETTING.search(w.text)
                and not (LETHAL.search(w.text) or BODILY_HARM.search(w.text)))


def _figurative_hijack(w: _Around) -> bool:
    """(session 31) "the convention was hijacked by extremists": no plane, bus or ship taken."""
    return bool(HIJACK.match(w.trig) and not CRAFT.search(w.text))


def _a_game(w: _Around) -> bool:
    """(session 32) "the visitors bombarded the home goal", "hammered Italy 45-10": a game (SPORT), with no blast,
    fans, death, wound, weapon or armed side named."""
    return bool(SPORT.search(w.text) and not (
        BLAST_WORD.match(w.last) or OFF_THE_FIELD.search(w.text) or LETHAL.search(w.text) or HARMED.search(w.text)
        or _weapon(None, w.before + " " + w.after) or STATE_WORDS.search(w.text) or REBEL_WORDS.search(w.text)))


def _figurative_sense(w: _Around) -> bool:
    """(session 32) "a price war", "a legal battle", "a war of words", "fought inflation", "bombed at the box office";
    (s57-acled) "in-fighting" (a quarrel within a party or a body), "shelled out" (paid)."""
    return bool(FIGURATIVE_KIND.search(w.before) or WAR_OF_WORDS.match(w.after)
                or (CLASH_TRIGGERS.match(w.last) and NO_FOE.match(w.after))
                or (BOMB_WORD.match(w.last) and SHOW_FAILED.match(w.after))
                or (CLASH_TRIGGERS.match(w.last) and INFIGHTING.search(w.before))
                or (SHELL_WORD.match(w.last) and PAID_OUT.match(w.after))
                or (EXPLOSION_NOUN.match(w.last) and BOOM_OF.match(w.after)))


# (s57-acled) "an explosion of insect life", "an explosion in demand": a sudden growth of something, no blast
EXPLOSION_NOUN = re.compile(r"^explosions?$", re.IGNORECASE)
BOOM_OF = re.compile(r"^\s+(?:of|in)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:life|growth|interest|demand|"
                     r"popularity|activity|colou?rs?|creativity|sales|prices?|numbers|population|enthusiasm|joy|"
                     r"investment|spending|traffic|users|start-?ups|content|debt|borrowing|lending|jobs|births)\b",
                     re.IGNORECASE)
# (s57-acled) "in-fighting": the fight within a party, a body or a family, told with the prefix its noun takes
INFIGHTING = re.compile(r"\bin-$", re.IGNORECASE)
# (s57-acled) "shelled out $2m", "shelling out for ads": the phrasal verb "shell out" is to pay
SHELL_WORD = re.compile(r"^shell(?:s|ed|ing)?$", re.IGNORECASE)
PAID_OUT = re.compile(r"^\s+out\b", re.IGNORECASE)


# (session 35) "bombarded the minister with questions", "was bombarded with calls", "bombarded the sites with data":
# what a bombardment is made with is named after "with"; when that names no weapon it is a flood of something else,
# no one's violence. A quantity's head ("a barrage of", "a hail of") is read through to what it counts ("a hail of
# bullets" is fire, "a barrage of requests" is not).
BOMBARDED = re.compile(r"^bombard\w*$", re.IGNORECASE)
WITH_MEANS = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s+with\s+((?:[\w'’-]+\s*){1,6})", re.IGNORECASE)
AMOUNT_OF = re.compile(r"\b(?:barrages?|hails?|volleys?|floods?|streams?|torrents?|deluges?|waves?|series|string|"
                       r"flurr(?:y|ies)|avalanches?|storms?)\s+of\b", re.IGNORECASE)
MISSILE_LIKE = _rx("fire", "gunfire", "bullets", "rounds", "shots", "tear gas", "teargas", "stones", "rocks", "bottles",
                   "petrol bomb*", "molotov*", "firebomb*", "munitions", "ordnance", "weapons", "arms")


def _bombarded_with_no_weapon(w: _Around) -> bool:
    """A bombardment whose "with" names no weapon, explosive or thrown missile: "with questions", "with leaflets"."""
    if not BOMBARDED.match(w.last):
        return False
    m = WITH_MEANS.match(w.after)
    if m is None:
        return False
    means = AMOUNT_OF.sub(" ", m.group(1))
    return not (_weapon(None, means) or EXPLOSIVE_WORDS.search(means) or MISSILE_LIKE.search(means)
                or LETHAL.search(w.text) or BODILY_HARM.search(w.text))


def _an_illness(w: _Around) -> bool:
    """ "died of a heart attack": an illness's attack, no one's violence."""
    return bool(MEDICAL.search(w.before))


def _self_harm(w: _Around) -> bool:
    """(session 30) "shot himself", "killed himself", "a self-inflicted gunshot wound": no one else's."""
    return bool((SELF_HARM.match(w.after) or SELF_INFLICTED.search(w.before)) and not _weapon(None, w.text))


def _a_retort(w: _Around) -> bool:
    """(session 30) "fired back at his critics", "shot back at reporters": a retort, no armed side."""
    return bool(FIRE_WORD.match(w.last) and RETORT_AT.match(w.after) and not (
        LETHAL.search(w.text) or ARMED_RETORT.search(w.text) or STATE_WORDS.search(w.text)
        or REBEL_WORDS.search(w.text)))


def _hedged_or_quoted(w: _Around) -> bool:
    """An assault or a coercion hedged ("practically kidnapped", "tantamount to an attack") or in quotation marks
    ("what he called a 'kidnapping'"): a word used of something else."""
    return bool(HEDGE.search(w.before) or (
        QUOTE_OPEN.search(w.before) and re.match(r"^[.,]?\s*(?:''|[\"”’'])", w.after)))


# (s57-acled) a team's comeback: "rallied from 20 points down", "rallied from behind to win"
COMEBACK = re.compile(r"^\s+(?:back\s+)?from\s+(?:[\w'’-]+\s+){0,5}?(?:deficit|behind|(?:points?|goals?|runs?)\s+down)\b",
                      re.IGNORECASE)


def _no_gathering(w: _Around) -> bool:
    """A rally of prices ("stocks rallied", "a relief rally in bonds") or of a campaign, with no one demanding
    anything: no protest."""
    if not RALLY.match(w.last):
        return False
    if MARKET_BEFORE.search(w.before) or MARKET_AFTER.match(w.after) or COMEBACK.match(w.after):
        return True
    return not DEMANDING.search(w.text) and bool(RALLY_TRANSITIVE.match(w.after) or CAMPAIGN_RALLY.search(w.text))


# (session 40) A taking in a figurative sense. "Seize on/upon" is a phrasal verb, to make use of something ("seized on
# the remark", "seized upon the memo"): nothing is taken from anyone ("on" opening a date or a place, "seized on
# Tuesday the crossing", "the traders the bandits had seized on the highway", is when or where a real seizure was).
# And what is "seized" or "captured" may be a share, a rank or a prize that no force can hold ("captured 40 percent
# of the vote", "seized the top spot", "captured the nomination", "seized the initiative"). ACLED codes physical acts;
# neither is one. Ground, goods, arms and people keep theirs.
TAKING_WORD = re.compile(r"^(?:seiz|captur|grab|snatch)\w*$", re.IGNORECASE)
MADE_USE_OF = re.compile(
    r"^\s+(?:on|upon)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|\d|(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+)?(?:morning|afternoon|evening|night|weekend|eve|day|outskirts|edge|border|frontier|road|roads|"
    r"highway|motorway|street|streets|route|way|bridge|river|lake|coast|shore|beach|sea|island|site|premises|"
    r"ground|spot|scene|farm|field|hill|mountain|orders?)\b))", re.IGNORECASE)
PRIZE_TAKEN = re.compile(
    r"^\s+(?!(?:on|upon|in|at|from|near|by|during|after|before|with|to|into|for)\b)"  # its object, not a phrase of place
    r"(?:(?:\d[\d.,]*\d|[\w'’.-]+)\s+){0,4}?(?:\d[\d.,]*\s*%|(?:percent|per\s+cent|share|shares|votes?|nominations?|delegates|"
    r"spot|top\s+place|lead|title|crown|initiative|momentum|opportunity|chance|moment|attention|imagination|hearts?|"
    r"headlines|spotlight|limelight|support|allegiance|mood|zeitgeist|essence|majority|victory|win)\b)", re.IGNORECASE)


def _figurative_taking(ev) -> bool:
    """ "seized on the remark" (made use of it), "captured 58 percent of the vote", "seized the top spot": no one
    took anything by force."""
    span = _trigger_at(ev)
    if span is None:
        return False
    w = _around(ev, span)
    return bool(TAKING_WORD.match(w.last) and (MADE_USE_OF.match(w.after) or PRIZE_TAKEN.match(w.after)))


# (session 32) A game told in violence's words: "The visitors bombarded the home goal", "Ireland hammered Italy 45-10",
# "The two teams clashed in a tense cup final", "The Chiefs struck first with a field goal". English marks the sports
# sense by the game's own nouns (a match, a final, a derby, a goal, an inning, a round, the second half), its players
# (a striker, a goalkeeper, a quarterback) or a score ("2-1", "6-0"), never by a team's name; real violence at a game is
# told with its casualties, its weapon or an armed side ("Gunmen opened fire on spectators at a football match,
# killing three"), which keep it. "derby" only in lower case (Derby is a city); "final" only as a noun (not "the final
# assault"); "goal" with a word of play before it or "at/on goal" (not "the goal of the offensive", "their goals").
SPORT = re.compile(
    r"\b(?:matches|match(?!ed)|(?-i:derby|derbies)|finals|semi-?finals?|quarter-?finals?|play-?offs?|tournaments?|"
    r"championships?|title\s+fight|grand\s+slam|olympics|world\s+cup|cup\s+final|"
    r"final(?=\s*(?:[.,;:!?]|$|(?:on|in|at|against|with|of|after|before|to|and|but|when|as|last|this|next)\b))|"
    r"(?:late|early|winning|opening|equali[sz]ing|own|field|home|away|first|second|third|two|three|four|\d+)\s+goals?|"
    r"(?:at|on)\s+goal|goalless|goalkeepers?|goalies?|goalmouth|crossbar|touchdowns?|home\s+runs?|innings?|wickets?|"
    r"stumps|straight\s+sets|(?:first|second)\s+half(?!\s+of\b)|half-?time|full-?time|final\s+whistle|"
    r"(?:opening|first|second|third|fourth|final)\s+quarter(?!\s+of\b)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|opening|final)\s+"
    r"(?:round|inning|over)(?!\s+of\b)|\d+(?:st|nd|rd|th)\s+minute|(?:injury|stoppage|extra)\s+time|"
    r"penalty\s+(?:area|box|kick|spot|shoot-?out)|free\s+kick|corner\s+kick|points\s+(?:victory|win|decision)|"
    r"down\s+the\s+(?:left|right)\s+(?:wing|flank)|strikers?|midfielders?|quarterbacks?|batsm[ae]n|bowlers|"
    r"footballers?|cricketers?|goalscorers?|playmakers?|team-?mates?|\d{1,3}-\d{1,3})\b", re.IGNORECASE)
# the stands and the street, not the field: fans and their arms ("Rival fans fought with knives and bottles outside
# the stadium after the match": a brawl of spectators, ACLED's mob violence)
OFF_THE_FIELD = _rx("fans", "supporters", "hooligan*", "spectators", "ultras", "knife", "knives", "machete*", "bottles",
                    "stones", "rocks", "iron bars", "sticks", "gun", "guns", "pistol*", "rifle*", "firearm*", "axe*")
# a blast is no play ("the device that exploded at the Atlanta Olympics")
BLAST_WORD = re.compile(r"^(?:explod|detonat)\w*$", re.IGNORECASE)
# people hurt (a game's "beat" and "shot" are no harm; LETHAL has the deaths)
HARMED = _rx("wounded", "wounding", "injured", "injuring", "injuries", "hurt", "stabbed", "stabbing", "hospitali*",
             "casualt*", "victim*", "bleeding")
# (session 32) The figurative senses of the violent lexicon. A war, battle or fight whose kind names a market, a
# court or politics ("a price war", "a trade war", "a legal battle", "a custody fight": the noun before it says what is
# fought over, and no one is hurt); a "war of words"; a fight or battle whose object is a condition, an illness, a
# fire or a measure, not people ("fought inflation", "battling cancer", "fought the blaze", "fought the ban": a fight
# is violent only against an opponent who can be hurt); and "bombed" of a show that failed ("bombed at the box
# office", "bombed with critics": the intransitive "bomb" of a work, no target).
FIGURATIVE_KIND = re.compile(
    r"\b(?:price|trade|tariff|currency|bidding|ratings|format|culture|talent|fare|subsidy|streaming|console|legal|"
    r"court|courtroom|custody|political|electoral|election|leadership|boardroom|takeover|budget|uphill|pr|"
    r"propaganda|patent|copyright|public\s+relations)\s+$", re.IGNORECASE)
WAR_OF_WORDS = re.compile(r"^\s+of\s+(?:words|wills|nerves|attrition\s+over)\b", re.IGNORECASE)
# (session 33: not a noun's "of" phrase, which names the fight's kind, "an exchange of fire", not its object)
NO_FOE = re.compile(
    r"^(?!\s+of\b)\s+(?:(?:against|off)\s+)?(?:(?:the|a|an|its|his|her|their|rising|high|runaway|soaring|chronic|persistent)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:inflation|deflation|corruption|poverty|unemployment|hunger|malnutrition|disease|"
    r"diseases|illness|virus|pandemic|epidemic|cancer|addiction|obesity|climate\s+change|fire|fires|blaze|blazes|"
    r"flames|wildfires?|bushfires?|floods?|floodwaters|drought|extradition|deportation|charges|lawsuits?|ruling|"
    r"ban|bill|proposal|tax|taxes|cuts|closure|merger|takeover|regulations?|odds|fatigue|injury|injuries|"
    r"cold|heat|traffic|the\s+clock|the\s+elements)\b", re.IGNORECASE)
BOMB_WORD = re.compile(r"^(?:bombed|bombs|bomb|bombing)$", re.IGNORECASE)
SHOW_FAILED = re.compile(r"^\s+(?:at|in|with|on)\s+(?:the\s+)?(?:box[\s-]+office|ratings|charts?|critics|audiences?|"
                         r"viewers|cinemas?|theat(?:er|re)s?|broadway|the\s+west\s+end)\b", re.IGNORECASE)


# (session 31) a hijacking is the seizure of a craft in transit; a party, a debate or a meeting "hijacked" is a
# figure of speech (no plane, bus, ship or other vehicle named in the sentence)
HIJACK = re.compile(r"^hijack\w*$", re.IGNORECASE)
CRAFT = _rx("plane*", "aircraft", "airliner*", "jet", "jets", "jetliner*", "flight*", "bus", "buses", "minibus*",
            "coach", "ship*", "vessel*", "boat*", "tanker*", "truck*", "lorr*", "car", "cars", "vehicle*", "train*",
            "dhow*", "ferry", "ferries", "helicopter*", "convoy*", "taxi*", "van", "vans", "trawler*", "yacht*",
            "freighter*", "cargo", "crew*", "passengers", "pilot*", "hostage*", "hijacker*")


# (session 30) violence on oneself, the reflexive right after the verb ("shot himself", "killed herself"; not "shot
# his wife and then himself", and "blew himself up" is a suicide bomb, named by `_weapon`), or a wound called
# self-inflicted: ACLED codes violence between actors, and a suicide or an accident with one's own weapon is none
SELF_HARM = re.compile(r"^\s+(?:\w+ly\s+)?(?:himself|herself|themselves|oneself)\b"
                       r"(?!\s+(?:up|on\s+fire|alight|ablaze)\b)", re.IGNORECASE)
SELF_INFLICTED = re.compile(r"\bself-inflicted\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# (session 30) a retort told as return fire ("fired back at his critics", "shot back at reporters"): a return of
# fire is a battle (RETURNED_FIRE) only with an armed side, a weapon, a death or a wound in the sentence
FIRE_WORD = re.compile(r"^(?:fired|fire|fires|firing|shot|shoots|shoot|shooting)$", re.IGNORECASE)
RETORT_AT = re.compile(r"^\s+back\s+(?:at|against|on)\b", re.IGNORECASE)
ARMED_RETORT = _rx("gun*", "bullet*", "round", "rounds", "rifle*", "pistol*", "weapon*", "ammunition", "wounded",
                   "wounding", "injured", "injuring", "hurt", "ambush*", "attacker*", "assailant*", "suspect*")


# where a clash is one of words: a debate, a hearing, an interview, a broadcast, a post (session 22)
VERBAL_SETTING = _rx("debate*", "interview*", "hearing*", "televised", "on twitter", "on social media", "in a tweet",
                     "in tweets", "press conference*", "news conference*", "town hall*", "talk show*", "on air",
                     "on the air", "op-ed*", "editorial*", "in a statement", "in statements", "on the campaign trail")


# what rallies in market news: prices, shares, currencies, indices (the rally's subject or "a rally in ...")
_MARKET = (r"(?:stocks?|shares|equities|markets?|prices?|bonds?|treasur(?:y|ies)|futures|currenc(?:y|ies)|dollar|"
           r"euro|yen|sterling|rupee|index|indices|nasdaq|dow|s&p|ftse|nikkei|crude|commodit(?:y|ies)|relief|bear|bull)")
# (opening the clause: "Stocks rallied", "The dollar rallied", "Asian shares rallied"; not "traders at the markets")
MARKET_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?" + _MARKET +
                           r"\s+(?:\w+ly\s+)?$", re.IGNORECASE)
MARKET_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:[\w'’-]+\s+){0,2}?" + _MARKET + r"\b", re.IGNORECASE)


# A natural force or an accident as the doer ("an earthquake struck off Sumatra", "a fire that destroyed a
# warehouse", "floods swept away homes"): no one's violence, nothing ACLED codes. The noun (opening a noun phrase:
# not the verb in "police fire tear gas") ends at most ten words before the trigger, no armed side named between.
NATURAL_DOER = re.compile(
    r"(?:^\s*|[,;:]\s*|\b(?:a|an|the|heavy|massive|huge|major|powerful|strong|deadly|large|big|torrential|violent|"
    r"severe|magnitude|\d+(?:\.\d+)?)\s+(?:[\w.-]+\s+){0,2}?)"  # a noun phrase's start: "a fire", "Floods", "the blaze"
    r"(?:earthquakes?|quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?|floods?|"
    r"flooding|floodwaters|fire|fires|blaze|blazes|wildfires?|bushfires?|lightning|landslides?|mudslides?|"
    r"tsunamis?|avalanches?|accidents?|crash|crashes|collapse|epidemics?|outbreaks?|heatwaves?|drought|"
    r"rains?|rainfall|downpours?|snowstorms?|blizzards?|gales?|leaks?|"  # (session 27: "a gas leak at a factory")
    r"collided|collision|crashed|overturned|capsized|derailed|plunged)\b"
    r"((?:\s+[\w.,'-]+){0,10}?)\s*$", re.IGNORECASE)
# an earlier "opened fire", "set fire", "gunfire", "came under fire" is someone's act
NOT_NATURAL = re.compile(r"\b(?:opened|open|opening|set|setting|sets|under|cross|crossfire|returned|exchanged|exchange|"
                         r"heavy|gun|artillery|mortar|rocket|sniper|small[- ]arms)\s+(?:\w+\s+)?$", re.IGNORECASE)


# a vehicle accident or a structure's failure told with the sentence's own subject ("Two trains collided near
# X, killing 15", "a bridge collapsed, killing two drivers"): the verb of the accident, its subject opening the
# sentence, at most ten words before the trigger
ACCIDENT_VERB = re.compile(r"^\s*((?:[\w.'-]+\s+){1,3}?)(?:collided|crashed|overturned|capsized|derailed|plunged|"
                           r"veered|skidded|collapsed|caved\s+in|gave\s+way|sank|caught\s+fire)\b,?(?:\s+[\w.,'-]+){0,10}?\s*$", re.IGNORECASE)


# an explosion named by what blew up by accident ("a gas explosion at a restaurant", "a fuel tanker blast"): no
# one's weapon (a mine's blast is a weapon's, a coal mine's is told with "coal")
ACCIDENTAL_BLAST = re.compile(r"\b(?:gas|gas\s+cylinder|cooking\s+gas|boiler|fuel\s+tanker|tanker|fireworks?|methane|"
                              r"transformer|pipeline|chemical\s+plant|factory|coal\s+mine|oil\s+tanker|fuel\s+depot)\s+"
                              r"(?:explosions?|blasts?|explodes|exploded|blew\s+up)\b"
                              # (session 22) the same told with the site after it: "an explosion at a chemical plant"
                              r"|\b(?:explosions?|blasts?|fire)\s+(?:at|in|inside|ripped\s+through|tore\s+through)\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:chemical\s+plant|power\s+plant|plant|factory|refinery|"
                              r"coal\s+mine|mine|fuel\s+depot|gas\s+station|petrol\s+station|fireworks\s+\w+|warehouse)\b",
                              re.IGNORECASE)


# (session 31) a weapon named beside the blast makes it no accident ("killed in a bomb explosion at the plant")
BOMB_NAMED = _rx("bomb", "bombs", "bomber*", "bombing*", "ied", "ieds", "explosive device*", "landmine*",
                 "land mine*", "grenade*", "rocket*", "missile*", "mortar*", "shell", "shells", "shelling")


# the same accident told after the casualties ("Nine people were killed when their minibus overturned", "died
# after their boat capsized"): "when/after/as", the accident's subject (one to four words), its verb
ACCIDENT_AFTER = re.compile(r"^(?:\s+[\w,'-]+){0,6}?\s+(?:when|after|as)\s+((?:[\w.'-]+\s+){1,4}?)(?:collided|crashed|"
                            r"overturned|capsized|derailed|plunged|veered|skidded|collapsed|caved\s+in|gave\s+way|"
                            r"sank|caught\s+fire)\b", re.IGNORECASE)


# (session 27) a vehicle that ran into someone, itself the subject ("A bus hit a cyclist, killing her", "a train struck
# a car at a level crossing"): an accident; a driver who drives it into people is named as the doer instead, and a
# car bomb is a weapon (`_weapon`)
VEHICLE_HIT = re.compile(r"^\s*((?:[\w.'-]+\s+){0,2}?(?:cars?|trucks?|lorr(?:y|ies)|bus|buses|minibus(?:es)?|vans?|trains?|"
                         r"taxis?|motorcycles?|motorbikes?|vehicles?|tractors?|tankers?|suvs?|jeeps?|pick-?ups?)\s+)"
                         r"(?:hit|struck|ran\s+over|knocked\s+down|crashed\s+into|slammed\s+into|ploughed\s+into|"
                         r"plowed\s+into)\b,?(?:\s+[\w.,'-]+){0,10}?\s*$", re.IGNORECASE)


def _vehicle_accident(ev) -> bool:
    """A vehicle accident or a structure's failure told with its own verb, before the trigger (the sentence's
    subject: "A minibus overturned, killing nine") or after it ("killed when their minibus overturned"). The
    actors stage may have made the vehicle the source: an accident verb's subject is no one's violence unless
    its head names people or an armed side, or a weapon or an armed side is named in the sentence."""
    if ev.type != "ASSAULT" or ev.trigger is None or ev.evidence is None:
        return False
    before, after = _before(ev), _after(ev, ev.evidence.text)
    crash = ACCIDENT_VERB.search(before) or VEHICLE_HIT.search(before + ev.trigger.text) or ACCIDENT_AFTER.search(after)
    if not crash or NATURAL_DOER.search(before):
        return False
    head = crash.group(1).split()[-1]  # "A military helicopter": the helicopter crashed, not the military
    return not (STATE_WORDS.search(head) or REBEL_WORDS.search(head) or PEOPLE.search(head)
                or REBEL_WORDS.search(ev.evidence.text) or _weapon(None, ev.evidence.text))


# (session 30) the same accident with the vehicle as the subject of a "when/after/as" clause ("died when their car
# struck a tree") or as the agent of a passive ("was struck by a train"), and an animal as the doer ("a pit bull
# attacked a girl", "was mauled by a bear"): no one's violence. A vehicle is someone's weapon only when a driver
# is named driving it ("drove his car into a crowd"), which these never read.
_VEHICLES = (r"(?:cars?|trucks?|lorr(?:y|ies)|bus|buses|minibus(?:es)?|vans?|trains?|taxis?|motorcycles?|motorbikes?|"
             r"vehicles?|tractors?|tankers?|suvs?|jeeps?|pick-?ups?|sedans?|minivans?|semis?|trams?|boats?)")
_ANIMALS = (r"(?:dogs?|pit\s*bulls?|rottweilers?|bears?|sharks?|alligators?|crocodiles?|snakes?|wolf|wolves|coyotes?|"
            r"cougars?|mountain\s+lions?|lions?|tigers?|leopards?|elephants?|hippos?|bulls?|cows?|cattle|horses?|"
            r"bees|hornets?|wasps?|jellyfish|stingrays?)")
# up to two words of the noun phrase before the noun, no preposition among them ("gunmen on motorcycles" is no vehicle)
_WORDS = r"(?:(?!(?:on|in|with|of|from|at|by|and)\s)[\w.'-]+\s+){0,2}?"
_HITTING = r"(?:hit|hits|struck|strikes|ran\s+over|runs\s+over|knocked\s+down|slammed\s+into|crashed\s+into)"
VEHICLE_WHEN = re.compile(r"\b(?:when|after|as|before)\s+(?:(?:a|an|the|his|her|their|its|my|our|your)\s+)?"
                          r"(" + _WORDS + _VEHICLES + r")\s+" + _HITTING + r"\s*$", re.IGNORECASE)
# the same told after the casualty's verb ("was killed when her SUV hit a utility pole")
VEHICLE_AFTER = re.compile(r"^(?:\s+[\w,'-]+){0,6}?\s+(?:when|after|as)\s+(?:(?:a|an|the|his|her|their|its|my|our|"
                           r"your)\s+)?(" + _WORDS + _VEHICLES + r")\s+" + _HITTING + r"\b", re.IGNORECASE)
ANIMAL_BEFORE = re.compile(r"(?:^\s*|[,;:]\s*|\b(?:a|an|the|two|three|four|several|pair\s+of|pack\s+of)\s+)"
                           r"(" + _WORDS + _ANIMALS + r")\s+(?:[\w'-]+ly\s+)?$", re.IGNORECASE)
BY_THING = re.compile(r"^\s*(?:and\s+(?:killed|injured|wounded|hurt|critically\s+injured)\s+)?by\s+"
                      r"(?:(?:an?|the|his|her|their|a\s+pair\s+of|a\s+pack\s+of|two|three|several)\s+)?"
                      r"(" + _WORDS + r"(?:" + _VEHICLES + "|" + _ANIMALS + r"))\b", re.IGNORECASE)


# a casualty's own verb: the victim died or was killed, hurt ... ("An angry crowd attacked a driver after his
# vehicle struck a child" is the crowd's act, told before the accident)
SUFFERED = re.compile(r"^(?:died|dies|die|dead|killed|injured|hurt|wounded|maimed|paralyzed|paralysed)$", re.IGNORECASE)


def _suffered(ev, before: str) -> bool:
    word = _last_word(ev.trigger.text)
    return bool(SUFFERED.match(word)) and (word.lower().startswith("d") or bool(PASSIVE_END.search(before)))


def _thing_as_doer(ev) -> bool:
    """A vehicle that hit someone in a "when/after/as" clause or as a passive's agent, or an animal that attacked
    (VEHICLE_WHEN, VEHICLE_AFTER, ANIMAL_BEFORE, BY_THING), its phrase naming no armed side or people ("a police
    car"), and the sentence naming no weapon (a car bomb is one)."""
    if ev.type != "ASSAULT" or ev.trigger is None or ev.evidence is None:
        return False
    before, after = _before(ev), _after(ev, ev.evidence.text)
    m = (VEHICLE_WHEN.search(before + ev.trigger.text) or ANIMAL_BEFORE.search(before) or BY_THING.match(after)
         or (_suffered(ev, before) and VEHICLE_AFTER.match(after)))
    if not m:
        return False
    doer = m.group(1)
    return not (STATE_WORDS.search(doer) or REBEL_WORDS.search(doer) or PEOPLE.search(doer)
                or _weapon(None, ev.evidence.text))


# (session 31) the accident named where the casualties died or were hurt ("were killed in a car crash", "died in an
# avalanche", "injured in a house fire"): "in/during" and the accident's noun phrase (at most three words before the
# noun, none of them "of", so "an exchange of fire" is no fire, nor "heavy fire"/"gun fire" a blaze); a fire only as
# a blaze, after an article or a building's name
_ACCIDENT_NOUN = (r"(?:crash|crashes|accidents?|collisions?|pile-?ups?|wrecks?|derailments?|mishaps?|avalanches?|"
                  r"landslides?|mudslides?|rockslides?|floods?|flooding|flash\s+floods?|earthquakes?|quakes?|storms?|"
                  r"tornado(?:es|s)?|hurricanes?|cyclones?|typhoons?|blizzards?|blazes?|wildfires?|bushfires?|stampedes?|"
                  r"(?:house|home|apartment|building|warehouse|forest|brush|bush|grass|kitchen|hotel|factory|"
                  r"restaurant|nightclub|club|school|hospital|market|trailer)\s+fires?)")
IN_ACCIDENT = re.compile(r"^(?:\s+(?!and\b|but\b|after\b|when\b|by\b)[\w,'’-]+){0,3}?\s+(?:in|during)\s+"
                         r"(?:(?:an?|the|his|her|their|its|one|two|three|a\s+series\s+of)\s+)?"
                         r"(?:(?!of\s|by\s)[\w.'’-]+\s+){0,3}?(?:" + _ACCIDENT_NOUN + r"|(?:an?|the)\s+fire)\b"
                         r"(?!\s+(?:that\s+\w+\s+)?(?:set|started|lit|caused|sparked)\b)",  # an arson is someone's
                         re.IGNORECASE)
# the casualty's verb and "in/during" before an event noun ("died in an explosion at a fireworks factory"): the
# noun's sentence is told of the victims, whom the actors stage may have made its source
CASUALTY_IN = re.compile(r"\b(?:died|dies|killed|injured|hurt|wounded|burned|burnt|maimed)\s+(?:[\w,'’-]+\s+){0,2}?"
                         r"(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _in_an_accident(ev) -> bool:
    """A casualty's own verb (died, or passive killed, hurt ...) told with the accident it happened in
    (IN_ACCIDENT), the sentence naming no weapon ("killed in a landmine accident" is a mine's blast). Whoever the
    casualties are: rebels killed in a car crash fought no one; a crash someone caused is told by that act's
    own event ("after militants fired on their bus")."""
    before = _before(ev)
    text = ev.evidence.text
    # (s57-acled) with no doer named, a casualty word is told of its victims in any form ("five of the nine killed in the crash")
    victims = _suffered(ev, before) or (not ev.source and bool(SUFFERED.match(_last_word(ev.trigger.text))))
    return victims and bool(IN_ACCIDENT.match(_after(ev, text))) and not _weapon(None, text)


def _natural_doer(ev) -> bool:
    """A natural force or an accident named as the doer just before the trigger (NATURAL_DOER), or an
    explosion named by what blew up by accident (ACCIDENTAL_BLAST) with no one named as setting it off (a
    source only when the explosion is where the casualties died, CASUALTY_IN); a vehicle or an animal as the
    doer (`_thing_as_doer`); the accident the casualties died in (`_in_an_accident`)."""
    if _vehicle_accident(ev) or _thing_as_doer(ev):
        return True
    if ev.type != "ASSAULT" or ev.trigger is None or ev.evidence is None:
        return False
    if _in_an_accident(ev):
        return True
    if ev.source and not CASUALTY_IN.search(_before(ev)):
        return False
    if ACCIDENTAL_BLAST.search(ev.evidence.text) and not (STATE_WORDS.search(ev.evidence.text)
                                                          or REBEL_WORDS.search(ev.evidence.text)
                                                          or BOMB_NAMED.search(ev.evidence.text)):
        return True
    if ev.source:
        return False
    before = _before(ev)
    m = NATURAL_DOER.search(before)
    if m and NOT_NATURAL.search(before[:m.start()]):
        return False
    if not m:
        return False
    between = m.group(1)
    return not (STATE_WORDS.search(between) or REBEL_WORDS.search(between) or PEOPLE.search(between)
                or _weapon(None, before))  # "a drone crashed into a building": a strike


# A court's step ("sentenced two men to prison", "convicted", "indicted"): CAMEO's 173 counts it with arrests;
# ACLED codes the arrest, not the trial
COURT_STEP = re.compile(r"^(?:sentenc\w*|convict\w*|indict\w*|prosecut\w*|acquit\w*|tried)\b", re.IGNORECASE)


# (session 30) a jailing with its term ("was jailed for eight years", "imprisoned for life"): a court's sentence
JAILED = re.compile(r"^(?:jailed|imprisoned|incarcerated)$", re.IGNORECASE)
TERM_AFTER = re.compile(r"^(?:\s+[\w,'’-]+){0,3}?\s+(?:for|to)\s+(?:(?:a|an|up\s+to|nearly|almost|about|more\s+than|"
                        r"\w+)\s+){0,2}?(?:years?|months?|weeks?|life)\b", re.IGNORECASE)


def _court_step(ev) -> bool:
    if ev.type != "COERCE" or ev.mode != "arrest" or ev.trigger is None:
        return False
    if COURT_STEP.match(ev.trigger.text):
        return True
    return bool(JAILED.match(ev.trigger.text)) and bool(
        TERM_AFTER.match(_after(ev, ev.evidence.text if ev.evidence else "")))


GATHERED = _rx("gathered", "assembled", "converged", "congregated", "massed", "took to the streets", "staged",
               "taken to the streets")


def _voiced_by_a_gathering(ev) -> bool:
    """A demand or denunciation made by people who gathered to make it ("gathered ... to demand",
    "assembled in the square, denouncing ...")."""
    if ev.trigger is None or ev.evidence is None:
        return False
    before = _before(ev)
    if CROWD_OPENING.match(before) and re.search(r"\bto\s+$", before):
        # "Several thousand farmers drove their tractors into Bucharest to demand ...": a crowd counted
        # in hundreds or thousands acting in order to demand is a demonstration, whatever it did
        return True
    return bool(GATHERED.search(before)) and bool(re.search(r"(?:\bto\s+|,\s*)$", before) or
                                                  ev.trigger.text.lower().endswith("ing"))


CROWD_OPENING = re.compile(r"^\W*(?:(?:several|many|some|about|around|nearly|more\s+than|at\s+least|tens\s+of|"
                           r"hundreds\s+of)\s+)?(?:hundreds|thousands|dozens|scores|hundred|thousand)\b", re.IGNORECASE)


# Police named by their gear ("riot police deployed to break up a rally", "anti-riot squads"): no riot
RIOT_GEAR = re.compile(r"\b(?:anti-?)?riot(?=[\s-]+(?:police|policemen|officers?|squads?|units?|gear|shields?|"
                       r"control|troops|forces|vans?|trucks?|helmets?)\b)", re.IGNORECASE)


def _without_times(evidence, doc) -> str:
    """The sentence with its time expressions blanked (same length, so offsets still hold): the month in
    "On 4 March 2022, gunmen killed..." is not a protest march; nor "riot" in "riot police" a riot."""
    text = evidence.text
    for t in getattr(doc, "times", None) or ():
        a, b = max(t.start, evidence.start), min(t.end, evidence.end)
        if a < b:
            text = text[:a - evidence.start] + " " * (b - a) + text[b - evidence.start:]
    return RIOT_GEAR.sub(lambda m: " " * len(m.group(0)), text)


def _territorial(sentence: str) -> bool:
    return bool(re.search(r"\b(?:town|city|village|district|territory|area|region|province|border|positions?)\b",
                          sentence, re.IGNORECASE))


def _assault(ev, sentence: str, trigger: str, sides: _Sides, others=(), rivals=()) -> tuple[str, str]:
    """An ASSAULT event's ACLED category, the codebook's readings tried in the order they take precedence:
    a weapon's use stopped, a fight of people of no armed group, the harm's kind, the weapon, then the sides."""
    if _disrupted_weapons_use(ev, sentence, trigger, sides):
        return STRATEGIC, "Disrupted weapons use"
    weapon = _assault_weapon(ev, sentence, trigger, others)
    return (_unarmed_fight(ev, sentence, trigger, sides, weapon)
            or _crowd_violence(ev, sentence, trigger, sides, weapon)
            or _harm_by_kind(ev, sentence, trigger, sides) or _explosions(ev, sentence, trigger, sides, weapon)
            or _harm_told(sentence) or _crowd_or_property(ev, sentence, sides, rivals)
            or _clash_or_attack(ev, sentence, trigger, sides))


def _disrupted_weapons_use(ev, sentence: str, trigger: str, sides: _Sides) -> bool:
    """A weapon's use stopped: arms destroyed or defused, drones or missiles brought down, a bomber stopped."""
    if ev.mode == "destroy" and WEAPON_CACHE.search(_first_chars(_after(ev, sentence), 30)) \
            and sides.src(STATE_ARMED, STATE_WORDS) and not LETHAL.search(sentence):
        return True  # "the army destroyed an ISWAP weapons cache": forces destroying arms
    if (DISRUPTED.search(trigger + " " + UNDONE_DISRUPTION.sub(" ", sentence)) or SAFELY_SET_OFF.search(sentence)
            or (ev.mode == "destroy" and FOUND.search(sentence))) and \
            (WEAPON_CACHE.search(sentence) or AIRCRAFT.search(sentence)) and not LETHAL.search(_without(sentence, trigger)):
        return True  # "shot down two drones", "intercepted a missile"
    # (session 27) "shot dead a suicide bomber before he could detonate his vest": the bombing did not happen
    # (a "before ... could" clause tells what was kept from happening); the bomber stopped is ACLED's
    # disrupted weapons use, whoever stopped him
    return bool(PREVENTED_BLAST.search(sentence))


def _assault_weapon(ev, sentence: str, trigger: str, others) -> str | None:
    """The weapon the trigger and its own clause name (none for crowd control), or a bomb that blew something up."""
    if ev.mode == "crowd-control":
        weapon = None
    else:
        weapon = _weapon(ev.mode, trigger + " ; " + _own_clause(ev, sentence, others))
    if weapon is None and _blown_up(ev, sentence, trigger):
        weapon = "Remote explosive/landmine/IED"
    return weapon


def _unarmed_fight(ev, sentence: str, trigger: str, sides: _Sides, weapon: str | None) -> tuple[str, str] | None:
    """Violence with no weapon named by people of no armed group: a brawl, a protest's clash with forces, sexual
    violence (whoever did it), civilians acting as a mob."""
    mode = ev.mode
    if weapon is None and BRAWL.search(trigger) and not (DEMONSTRATION.search(sentence) and STATE_WORDS.search(sentence)):
        # a brawl, scuffle or melee is a fight of people belonging to no armed group, whoever broke it up:
        # ACLED's riot (a demonstration's when one is named, else a mob's), never a battle; scuffles of
        # protesters with police are left to the protest's response below
        return _riot(sentence)
    protest = _protest_response(ev, sentence, sides) if weapon is None else None
    if protest:
        return protest
    if mode == "sexual" or SEXUAL.search(trigger) or SEXUAL_BEFORE.search(_before(ev)):
        # "sexually assaulted by members of a vigilante group": sexual violence, whoever did it
        return CIVILIANS, "Sexual violence"
    if weapon is None and mode in (None, "beat", "primitive", "destroy") and _civilians_acting(ev, sides):
        return RIOTS, "Mob violence"  # "residents of a Kinshasa neighbourhood beat to death a suspect"
    return None


def _riot(sentence: str) -> tuple[str, str]:
    """A riot: a demonstration's violence when the sentence names a demonstration, else a mob's."""
    return (RIOTS, "Violent demonstration") if DEMONSTRATION.search(sentence) else (RIOTS, "Mob violence")


def _crowd_violence(ev, sentence: str, trigger: str, sides: _Sides, weapon: str | None) -> tuple[str, str] | None:
    """Fans, mobs, rioters and partisans, none of them armed: a riot."""
    if _fans_fighting(ev, sentence, sides):
        # (session 33) "Rival supporters attacked each other with knives after the derby", "Hooligans attacked rival
        # fans with iron bars": the violence of sport's crowds, of no armed group (ACLED's mob violence, not an attack)
        return _riot(sentence)
    if sides.src(frozenset(), MOB_WORDS) or (MOB_WORDS.search(sentence) and not sides.src_armed()) or (
            ANGRY.search(sentence) and not DEMONSTRATION.search(sentence) and not sides.src_armed()):
        return RIOTS, "Mob violence"
    if (sides.src(frozenset(), RIOTER_WORDS) or (CLASH_TRIGGERS.search(trigger) and not ev.source
                                                  and RIOTER_WORDS.search(sentence))) and not sides.src_armed():
        if not DEMONSTRATION.search(sentence):
            return RIOTS, "Mob violence"  # "Dinka and Nuer youths clashed with sticks": no demonstration
        return RIOTS, "Violent demonstration"  # "rioters clashed with police"
    if CLASH_TRIGGERS.search(trigger) and PARTISANS.search(_before(ev) or sentence) and not (
            sides.src_armed() or REBEL_WORDS.search(sentence)) and weapon is None:
        # "supporters of the candidates clashed with police": partisans are no armed group, their clash a riot
        return _riot(sentence)
    return None


def _harm_by_kind(ev, sentence: str, trigger: str, sides: _Sides) -> tuple[str, str] | None:
    """Harm ACLED codes by its kind before its weapon: chemical weapons, sexual violence, abduction (or an arrest
    where forces take someone into custody)."""
    mode = ev.mode
    if mode == "unconventional" or WEAPONS[0][1].search(sentence):
        return EXPLOSIONS, "Chemical weapon"
    if mode == "abduct" and SEXUAL.search(sentence):
        # "abducted and raped a woman": ACLED's sexual violence comes first (a sexual mode or trigger has already
        # been read as sexual violence by _unarmed_fight, which _assault asks first)
        return CIVILIANS, "Sexual violence"
    if mode == "abduct" and _taken_into_custody(ev, sentence, sides):
        return STRATEGIC, "Arrests"
    if mode == "abduct" or ABDUCT.search(trigger):
        return CIVILIANS, "Abduction/forced disappearance"
    return None


def _explosions(ev, sentence: str, trigger: str, sides: _Sides, weapon: str | None) -> tuple[str, str] | None:
    """The weapon's explosions/remote violence, with war reporting's bare "strike" read as an air strike and a
    rebel group's bombing as explosives; a workers' strike is a peaceful protest."""
    if weapon == "Air/drone strike" and _weapon(None, trigger + " ; " + sentence) is None and \
            sides.src(NONSTATE_ARMED, REBEL_WORDS) and not sides.src(STATE_ARMED, STATE_WORDS):
        # "radical Islamists bombed the World Trade Center": "bomb" codes an air raid by default, but a
        # group with no aircraft named bombs with explosives
        weapon = "Remote explosive/landmine/IED"
    if weapon is None and STRIKE_NOUN.match(trigger) and sides.src(frozenset({"LAB"}), LABOUR) and \
            not sides.src_armed() and not LETHAL.search(sentence):
        # (session 35) "dock workers launched a strike", "the unions carried out strikes": a strike by workers or
        # their union is a labour strike, which ACLED codes as a protest, never an air strike
        return PROTESTS, "Peaceful protest"
    if weapon is None and (STRIKE_NOUN.match(trigger) or (STRUCK.match(trigger) and _state_side(ev, sides))):
        # "an Israeli strike on a house in Rafah", "the military said it struck a command centre": war
        # reporting's bare strike by a state is short for an air strike (a labour strike is a PROTEST event;
        # a missile or shell would have been named; gunmen who "struck a village" raided it)
        weapon = "Air/drone strike"
    return (EXPLOSIONS, weapon) if weapon else None


def _harm_told(sentence: str) -> tuple[str, str] | None:
    """Sexual violence or an abduction the sentence tells beside the act (what a victim is accused of is no act of
    this event's doers; nor is what names a person by a crime, "killed two suspected kidnappers in a gunfight",
    session 27)."""
    charge_free = CRIME_AGENTS.sub(" ", ACCUSED_OF.sub(" ", sentence))
    if SEXUAL.search(charge_free):
        return CIVILIANS, "Sexual violence"
    if ABDUCT.search(charge_free):
        return CIVILIANS, "Abduction/forced disappearance"
    return None


def _crowd_or_property(ev, sentence: str, sides: _Sides, rivals) -> tuple[str, str] | None:
    """Unarmed civilians' violence (a mob's, or a demonstration's damage) and property destroyed with no one
    harmed."""
    mode = ev.mode
    if (sides.src_text and CIVIL_WORDS.search(sides.src_text) or not ev.source and _crowd_agent(ev)) \
            and not sides.src_armed() and mode in (None, "beat", "primitive", "destroy"):
        return RIOTS, "Mob violence"  # "villagers beat a suspected thief to death", "residents torched his house"
    if mode == "destroy" and AT_A_DEMONSTRATION.search(_own_clause(ev, sentence, rivals)) and not sides.src_armed():
        # "students smashed windows during a protest over fees", "torched cars in protest at the verdict": damage
        # done at or as a demonstration is the demonstration's violence (ACLED's violent demonstration names
        # vandalism and property destruction), not a development of its own
        return RIOTS, "Violent demonstration"
    if mode == "destroy" and not _people_harmed(_own_clause(ev, sentence, rivals)):
        # (a robbery told with the victim beaten, stabbed or shot, or homes torched and their people killed, is
        # violence against those people: ACLED's property destruction is for goods taken or wrecked with no
        # one harmed, and codes the more violent event when it comes with one; the harm's verb may be an act
        # the stage folded into this one, or the same doer's next act, so its clause runs past the coordinator
        # up to another doer's event: "robbed traders and police shot a suspect" stays a robbery)
        return STRATEGIC, "Looting/property destruction"
    return None


def _clash_or_attack(ev, sentence: str, trigger: str, sides: _Sides) -> tuple[str, str]:
    """By the sides: a crowd's clash (told from either side) is a riot, two armed sides' an armed clash, else an
    attack."""
    if _crowd_clash(ev, sentence, trigger, sides):
        return _riot(sentence)
    if _forces_against_crowd(ev, trigger, sides):
        # a clash is told both ways: "supporters of the opposition burned tyres and clashed with police" is
        # the crowd's riot from the police's side too
        return _riot(sentence)
    if _armed_both(ev, sentence, trigger, sides) or _only_forces_named(ev, sentence, sides):
        return BATTLES, "Armed clash"
    return CIVILIANS, "Attack"


# people killed or harmed in a raid, however the harm is told ("slit the throats of", "massacred")
RAID_HARM = _rx("killed", "killing", "dead", "slit*", "throats", "beheaded", "massacr*", "murdered", "shot",
                "stabbed", "hacked", "wounded", "injured", "beaten", "beat", "raped")
# (session 33) the harm told by a participle clause after the act as well as by a finite verb: "torched homes,
# killing six people", "wounding two", "leaving 15 dead", "burning 12 passengers to death", "burned alive"
BODILY_HARM = _rx("beat", "beaten", "beating", "stabbed", "shot", "pistol-whipped", "assaulted", "killed", "wounded",
                  "injured", "hurt", "slashed", "hacked", "tortured", "murdered", "killing", "wounding", "injuring",
                  "dead", "to death", "burned alive", "burnt alive")


# the act done at a demonstration or as one: "during a protest", "at the rally", "in protest at"
AT_A_DEMONSTRATION = re.compile(
    r"\b(?:in\s+protest\b|(?:during|at|amid|in)\s+(?:(?:an?|the|their|his|her|its|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:protests?|demonstrations?|rally|rallies|(?-i:marches|march)|riots?|rioting)\b)", re.IGNORECASE)


NO_HARM = _rx("no one", "nobody", "no casualties", "no injuries", "no one was", "without casualties")


def _people_harmed(clause: str) -> bool:
    return bool(BODILY_HARM.search(clause)) and not NO_HARM.search(clause)


def _only_forces_named(ev, sentence: str, sides: _Sides) -> bool:
    """An attack whose sides the actors stage found neither of, told in a sentence that names armed forces and
    no civilian ("the attack was swift, as allied forces pushed into Kuwait"): ACLED's attack is violence
    against civilians, so an assault among forces alone is a battle."""
    if ev.source or ev.target or _object_not_forces(ev, sentence):
        return False
    rest = REPORTER.sub(" ", sentence)
    return bool(STATE_WORDS.search(rest) or REBEL_WORDS.search(rest)) and not (
        UNARMED.search(rest) or PEOPLE.search(rest) or CIVIL_WORDS.search(rest) or VICTIM.search(rest))


# the trigger's object as a counted or determined noun phrase ("killed two customers", "shot the cashier"),
# after a resultative that comes before it ("shot dead a motorcyclist")
OBJECT_NOUN = re.compile(r"^\s+(?:dead\s+)?(?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"several|many|dozens\s+of|scores\s+of|at\s+least|more\s+than|\d+)\s+)+"
                         r"(?:[\w'’-]+\s+){0,2}?(?!(?:at|in|on|near|and|or|of|with|after|before|during|outside|"
                         r"inside|people|men|others?)\b)([a-z][\w-]*[a-z])\b(?!\s+(?:of|from)\b)")


# (session 33) the harm the act did, told by a participle clause after it: "opened fire at a wedding, killing four
# guests" (its object is the act's victims as much as a finite verb's: "and killed four guests")
HARM_PARTICIPLE = re.compile(r",\s+(?:killing|wounding|injuring)(?=\s)", re.IGNORECASE)


def _object_not_forces(ev, sentence: str) -> bool:
    """The trigger's own object names people who are no force ("a gunman killed two customers"), or the object of
    the participle that tells its harm ("opened fire at a wedding, killing four guests"): the one armed side named
    is the attacker, the victims are who ACLED's attack is on (plain "people" or "men" are left to the words of the
    sentence)."""
    after = _after(ev, sentence)
    for text in (after, *(after[h.end():] for h in HARM_PARTICIPLE.finditer(after))):
        m = OBJECT_NOUN.match(CLAUSE_END.split(_first_chars(text, 60), 1)[0])
        if m and not (STATE_WORDS.search(m.group(0)) or REBEL_WORDS.search(m.group(0))):
            return True
    return False


def _first_chars(text: str, n: int) -> str:
    """The first n characters of text, and the rest of the word the n-th character ends inside: a window cut inside
    "police" leaves "polic", which names no force (session 33, s33-muta: `_object_not_forces`'s mutant 14). Every
    window of characters read after a trigger is cut by it (session 34), so no edge halves a word."""
    if n >= len(text) or not WORD_CHARS.fullmatch(text[n - 1]):
        return text[:n]
    return text[:WORD_CHARS.match(text, n).end()]


WORD_CHARS = re.compile(r"[\w'’-]*")  # (a word's letters, apostrophes and hyphens; one character matches whole only if it is one)


# someone harmed, named by the harm ("officers found the victim, who had been stabbed"): no force fought
VICTIM = _rx("victim*", "body", "bodies", "corpse*")


def _forces_against_crowd(ev, trigger: str, sides: _Sides) -> bool:
    """State forces clashing with an unarmed crowd, partisans or rioters, told from either side (a clash is
    coded both ways)."""
    if not CLASH_TRIGGERS.search(trigger):
        return False
    crowd_tgt = not sides.tgt_armed() and (sides.tgt(UNARMED_CROWD, RIOTER_WORDS) or sides.tgt(frozenset(), PARTISANS)
                                           or sides.tgt(frozenset(), MOB_WORDS))
    crowd_src = not sides.src_armed() and (sides.src(UNARMED_CROWD, RIOTER_WORDS) or sides.src(frozenset(), PARTISANS)
                                           or sides.src(frozenset(), MOB_WORDS))
    after = CLAUSE_END.split(re.sub(r"^\s*with\b", "", _after(ev, ev.evidence.text if ev.evidence else "")), 1)[0]
    # ("police clashed with opposition supporters": the crowd named after the trigger, no target found)
    named_after = not ev.target and bool(PARTISANS.search(after) or RIOTER_WORDS.search(after))
    return (sides.src(STATE_SECTORS, STATE_WORDS) and (crowd_tgt or named_after)) or \
        (sides.tgt(STATE_SECTORS, STATE_WORDS) and crowd_src)


UNARMED_CROWD = frozenset({"OPP", "PTY", "CVL"})  # a political opposition's or party's supporters, civilians


# (session 35) workers or their union by name: a strike's doer that makes it a labour strike
LABOUR = re.compile(r"\b(?:(?:trade\s+|labou?r\s+)?unions?|unionists|" + STRIKING_TRADE + r")\b", re.IGNORECASE)
STRIKE_NOUN = re.compile(r"^strikes?$", re.IGNORECASE)
STRUCK = re.compile(r"^(?:struck|strikes?|striking)\b", re.IGNORECASE)


def _state_side(ev, sides: _Sides) -> bool:
    """The doer is a state's forces or a state named as a country ("Israel struck ...", "Russian forces")."""
    if sides.src(STATE_ARMED, STATE_WORDS):
        return True
    return bool(sides.src_countries) and not sides.src_sectors


# a passive's agent naming a crowd ("homes were torched by a crowd", "was beaten by angry villagers")
CROWD_AGENT = re.compile(r"^\s+(?:\w+\s+){0,4}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:crowds?|mobs?|villagers|residents|locals|youths|vigilantes)\b", re.IGNORECASE)


def _crowd_agent(ev) -> bool:
    if ev.trigger is None or ev.evidence is None:
        return False
    return bool(CROWD_AGENT.match(ev.evidence.text[ev.trigger.end - ev.evidence.start:]))


SEXUAL_BEFORE = re.compile(r"\bsexually\s+$", re.IGNORECASE)
# the doers named as ordinary people in the subject just before an active trigger
CIVIL_SUBJECT = re.compile(r"\b(?:villagers|residents|locals|a\s+crowd|the\s+crowd|crowds|a\s+mob|the\s+mob|"
                           r"youths|neighbours|neighbors|passers-by|worshippers|traders|farmers)\b"
                           r"(?:\s+(?:of|in|from|at)\s+(?:[\w'’-]+\s+){1,4}?)?(?:\s*[\w-]+ly)?\s*$", re.IGNORECASE)


# where a sentence passes to another act: its weapons are that act's ("opened fire on the post, adding that
# ... the army sent a helicopter gunship"; "exchanged fire ..., a day after India launched missile strikes")
# (a "when" or "after" with no comma before it tells how: "killed when a roadside bomb struck their vehicle")
OTHER_ACT = re.compile(r";|,\s+(?:adding|saying)\b|,\s+(?:(?:a|one|two|three|several)\s+(?:day|days|week|weeks)\s+)?after\b",
                       re.IGNORECASE)  # (a time blanked to spaces: ",           after")


# a coordinator that may open a clause of its own ("fired rockets at the town and troops attacked the
# villages", "shelled X while jets bombed Y")
COORDINATOR = re.compile(r"\b(?:and|but|while|whereas)\b", re.IGNORECASE)


def _own_clause(ev, sentence: str, others=()) -> str:
    """The stretch of the sentence around the trigger between two passages to another act: an
    OTHER_ACT phrase, or the last coordinator before another event's trigger of the sentence (each
    coordinated clause's weapon is read from its own words)."""
    span = _trigger_at(ev)
    if span is None:
        return sentence
    at, stop = span
    start = max((m.end() for m in OTHER_ACT.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in OTHER_ACT.finditer(sentence, at)), len(sentence))
    for o_at, o_end in others:
        if o_at >= stop:  # a later event: this clause ends at the last coordinator before its trigger
            cut = [m.start() for m in COORDINATOR.finditer(sentence, stop, o_at)]
            end = min([end] + cut[-1:])
        elif o_end <= at:  # an earlier one: this clause starts after the last coordinator after it
            cut = [m.end() for m in COORDINATOR.finditer(sentence, o_end, at)]
            start = max([start] + cut[-1:])
    return _without_relatives(sentence, at, ev.trigger.end - ev.evidence.start)[start:end]


RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def _without_relatives(sentence: str, at: int, end: int) -> str:
    """The sentence with the relative clauses the trigger is not in blanked (same length): what they tell
    is about a participant or a place, not the event's means ("killed three militants who had been
    planting bombs", "a man who had threatened to bomb the school shot two teachers"). A clause runs to
    the next comma; one opening before the trigger with no comma between holds the trigger when it is
    short ("a man who shot two people"), else it ends at the trigger (the main verb after it)."""
    out = sentence
    for m in RELATIVE.finditer(sentence):
        if m.start() >= end:
            stop = re.search(r"[,;:.]", sentence[m.start():])
            b = m.start() + stop.start() if stop else len(sentence)
        elif m.start() < at and m.group(0).lower() != "that":
            comma = re.search(r"[,;:]", sentence[m.end():at])
            b = m.end() + comma.start() if comma else at
            if not comma and len(sentence[m.end():at].split()) < 3:
                continue  # the trigger is the clause's own verb
        else:
            continue
        out = out[:m.start()] + " " * (b - m.start()) + out[b:]
    return out


def _before(ev) -> str:
    span = _trigger_at(ev)
    return "" if span is None else ev.evidence.text[:max(0, span[0])]


# (session 33) a sport's crowd: fans, hooligans and ultras by name; supporters and spectators where a game or its
# ground is named (else a party's or a cause's supporters, PARTISANS)
FAN_NOUNS = _rx("fans", "hooligan*", "ultras")
CROWD_OF_A_GAME = _rx("supporters", "spectators")
GROUND = _rx("stadium*", "game", "games", "match", "matches", "derby", "derbies", "terraces", "stands", "pitch")


def _fans_fighting(ev, sentence: str, sides: _Sides) -> bool:
    """The doers are a sport's crowd, named before the trigger (the subject of an active act), and no armed side or
    state force acts: "Rival supporters attacked each other after the derby", "Hooligans attacked rival fans"."""
    before = _before(ev)
    if sides.src_armed() or PASSIVE_END.search(before) or STATE_WORDS.search(before) or REBEL_WORDS.search(before):
        return False
    return bool(FAN_NOUNS.search(before) or (CROWD_OF_A_GAME.search(before)
                                            and (GROUND.search(sentence) or SPORT.search(sentence))))


def _civilians_acting(ev, sides: _Sides) -> bool:
    """Ordinary people named as the subject right before the trigger, no armed side acting."""
    before = _before(ev)
    return bool(CIVIL_SUBJECT.search(before)) and not PASSIVE_END.search(before) and not sides.src_armed()


def _weapon(mode: str | None, sentence: str) -> str | None:
    by_mode = {"aerial": "Air/drone strike", "drone": "Air/drone strike", "suicide-attack": "Suicide bomb",
               "heavy-weapons": "Shelling/artillery/missile attack", "explosives": "Remote explosive/landmine/IED"}
    if NOT_REMOTE.search(sentence):
        sentence = NOT_REMOTE.sub(" ", sentence)
        if not EXPLOSIVE_WORDS.search(sentence):
            mode = None  # (the stage read its mode from the same words)
    if SELF_KILLED.search(sentence) and EXPLOSIVE_WORDS.search(sentence):
        return "Suicide bomb"
    for name, rx in WEAPONS[1:]:
        if rx.search(sentence):
            if name == "Remote explosive/landmine/IED" and _grenade_only(sentence):
                return "Grenade"
            return name
    return by_mode.get(mode)


# Words of weapons that make no remote violence by ACLED's definitions: a rocket-propelled grenade is an
# infantry weapon of direct fire (not a long-range artillery or missile system, nor a thrown grenade), and a
# mine that is dug for gold or coal is a place attacked, not a landmine; a petrol bomb (Molotov cocktail)
# is a thrown incendiary, which ACLED leaves with the riot or attack it is part of, not an explosive device;
# a stun grenade or flash-bang (session 27) is crowd control ("fired stun grenades to disperse"), made to
# stun and not to wound, like tear gas
NOT_REMOTE = re.compile(r"\b(?:rocket[\s-]+propelled[\s-]+grenades?|rpgs?|rpg-7s?|"
                        r"(?:stun|flash|flash[\s-]?bang)[\s-]+grenades?|flash[\s-]?bangs?|"
                        r"(?:petrol|gasoline|fire)[\s-]?bombs?|firebombs?|molotov(?:\s+cocktails?)?|"
                        r"(?:gold|coal|diamond|copper|cobalt|tin|coltan|artisanal|mining|uranium|salt|lithium)\s+mines?|"
                        r"(?:at|in|near|attacked|raided|stormed|around|outside)\s+(?:a|an|the)\s+mines?)\b"
                        r"(?!\s+(?:blasts?|explosions?|attacks?))", re.IGNORECASE)


def _grenade_only(sentence: str) -> bool:
    """"threw a grenade, and the explosion wounded ten": the blast is the grenade's."""
    return bool(WEAPONS[-1][1].search(sentence)) and not re.search(
        r"\b(?:ied|roadside|landmine|mine|car bomb|improvised)\b", sentence, re.IGNORECASE)


PRIMITIVE = _rx("stones", "rocks", "sticks", "clubs", "machete*", "spears", "knives", "bows", "arrows", "iron bars",
                "cudgels", "bare hands", "fists")


BRAWL = _rx("brawl*", "scuffle*", "melee*", "mêlée*", "fistfight*", "fist fight*", "punch-up*", "street fight*", "rampag*")


# people who follow a party, a club or a cause: when they clash with no force named, it is a riot
PARTISANS = _rx("supporters", "partisans", "followers", "sympathisers", "sympathizers", "fans", "activists", "party members",
                "students", "hooligans", "ultras")  # (a club's hard-core fans)


def _crowd_clash(ev, sentence: str, trigger: str, sides: _Sides) -> bool:
    """Unarmed sides fighting with stones, sticks or machetes ("supporters of two parties clashed with
    stones"): rioters on both sides, no armed organised group named."""
    if not CLASH_TRIGGERS.search(trigger) or sides.src_armed() or sides.tgt_armed():
        return False
    return (ev.mode == "primitive" or bool(PRIMITIVE.search(sentence)) or bool(PARTISANS.search(sentence))) and not (
        STATE_WORDS.search(sentence) or REBEL_WORDS.search(sentence))


# a shooting whose object is reciprocal: each side fired on the other (ACLED's clash: both sides active)
RECIPROCAL = re.compile(r"^\s+(?:back\s+)?(?:(?:at|on|upon|into)\s+)?(?:each\s+other|one\s+another)\b", re.IGNORECASE)


def _armed_both(ev, sentence: str, trigger: str, sides: _Sides) -> bool:
    """A battle: armed, organised sides on both ends (a clash, or an attack on forces that can fight back)."""
    if (CLASH_TRIGGERS.search(trigger) or _beaten_back(ev) or IN_A_FIGHT.search(_after(ev, sentence))) \
            and not PROTEST_WORDS.search(sentence):
        return True
    if sides.src_armed() and FOUGHT_BACK.search(sentence) and not _unarmed_object(ev, sentence):
        return True
    if RETURNED_FIRE.search(sentence) and not _unarmed_object(ev, sentence):
        return True  # "the suspect opened fire on deputies ... and was killed when they returned fire": both shot
    if ev.mode == "firearms" and RECIPROCAL.match(_after(ev, sentence)):
        return True  # "the two men shot at each other", "opened fire on one another": both sides fired
    if (sides.tgt_armed() or (not ev.target and _forces_suffered(ev, sentence))) and (
            sides.src_armed() or not ev.source or not (
            sides.src(frozenset({"CVL"}), CIVIL_WORDS) or sides.src(frozenset(), RIOTER_WORDS))):
        # forces attacked by anyone but civilians or rioters ("soldiers were killed in an ambush by JNIM")
        return True
    if sides.src_armed() and _unarmed_object(ev, sentence):
        return False  # "militants executed 3 civilians accused of collaborating with the army"
    if sides.src_armed():
        # the report's source is no side, nor what the victims are accused of ("a shopkeeper accused of
        # hiding rebels": ACLED's battle needs armed sides, not armed men named in a charge)
        rest = ACCUSED_OF.sub(" ", REPORTER.sub(" ", _without(sentence, sides.src_names)))
        if not sides.src(STATE_ARMED, STATE_WORDS):
            return bool(STATE_WORDS.search(rest))
        # a state's forces against rebels, or against another state's forces ("Azerbaijani forces
        # fired at Armenian positions": the target is a foreign country and the rest names forces)
        foreign = bool(sides.tgt_countries) and not (sides.tgt_countries & sides.src_countries)
        return bool(REBEL_WORDS.search(rest)) or (foreign and bool(STATE_WORDS.search(rest)))
    return False


# what someone is accused or suspected of, up to the clause's end
# people named by a crime of theirs: the people, not the crime done in this event
CRIME_AGENTS = _rx("kidnapper*", "abductor*", "hostage-taker*", "hostage taker*", "rapist*")
ACCUSED_OF = re.compile(r"\b(?:accused|suspected|alleged|charged|blamed)\s+(?:of|for|with)\b[^,;.]*", re.IGNORECASE)


# a killing told as happening in a fight ("troops killed four dissidents in a firefight", "51 people were
# killed in clashes between police and ethnic Albanians"): the fight names two sides that both fought
IN_A_FIGHT = re.compile(r"^(?:\s+[\w'’-]+){0,6}?\s+(?:in|during|amid)\s+(?:(?:a|an|the|heavy|fierce|ensuing|subsequent|"
                        r"armed|renewed|intense|brief|\w+-hour|several|two|three|days\s+of|hours\s+of|weeks\s+of)\s+)*"
                        r"(?:clash|clashes|firefights?|gunfights?|gun\s*battles?|shoot-?outs?|exchanges?\s+of\s+fire|"
                        r"fighting|battles?|skirmish(?:es)?)\b", re.IGNORECASE)


def _beaten_back(ev) -> bool:
    """"beat back six assaults": an attack repelled, so both sides fought (as "repelled")."""
    span = _trigger_at(ev)
    return span is not None and bool(re.match(r"(?:beat|beats|beaten|beating)\s+(?:[\w-]+\s+){0,3}?back\b",
                                              ev.evidence.text[span[0]:], re.IGNORECASE))


# forces named only as the source of the report ("..., police said", "according to the army") or as its
# investigators ("police are investigating a homicide"): no side of the event
REPORTER = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|army|military|security(?:\s+forces)?|armed\s+forces)\b"
    r"|\b(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:police|army|military|security(?:\s+forces)?|armed\s+forces|forces)"
    r"(?:\s+(?:spokes\w+|officials?|sources?))?(?=\s+(?:said|says|told|reported|announced|stated|confirmed|claimed|"
    r"(?:are\s+|were\s+|is\s+|was\s+)?(?:investigat\w+|prob(?:e|es|ed|ing)|looking\s+into|searching\s+for))\b)",
    re.IGNORECASE)


def _forces_suffered(ev, sentence: str) -> bool:
    """Forces named as the passive's subject ("a police officer was shot by unknown gunmen")."""
    span = _trigger_at(ev)
    if span is None:
        return False
    before = sentence[:max(0, span[0])]
    if not (PASSIVE_END.search(before) or DIED_IN.search(before)):
        return False
    # the passive's subject: its own clause, or, in a relative clause, the noun the clause hangs on ("Officers
    # found the victim, who had been stabbed": the victim was stabbed, not the officers)
    parts = re.split(r"[,;]", before)
    subject = before
    inner = list(RELATIVE_IN.finditer(parts[-1]))
    if RELATIVE_OPEN.match(parts[-1]) and len(parts) > 1:
        # (the noun the clause hangs on: the last words before the comma, "the victim", "Two soldiers")
        subject = " ".join(parts[-2].split()[-3:])
    elif inner:
        # (s57-acled) a relative clause with no comma: "Officers named a driver who was shot": the driver
        subject = " ".join(parts[-1][:inner[-1].start() + 1].split()[-3:])
    # ("Police said a teenager who was shot ...": the police report it, they are not the victims)
    return any(not SAID_AFTER.match(subject[m.end():]) for m in STATE_WORDS.finditer(subject))


# the victims told as dying or hurt in the attack noun ("three soldiers died in an ambush by insurgents", "two
# policemen were killed in an attack on their post"): the subject is the side attacked, as a passive's is
DIED_IN = re.compile(r"\b(?:died|perished|(?:was|were)\s+(?:killed|wounded|injured|hurt))\s+(?:in|during)\s+"
                     r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


RELATIVE_OPEN = re.compile(r"^\s*(?:who|which|that)\b", re.IGNORECASE)
RELATIVE_IN = re.compile(r"\S\s+(?:who|which)\b", re.IGNORECASE)  # ("that" may open a reported clause)


# a speech verb right after a name ("police said", "police spokesman Shamil Guseinov told")
SAID_AFTER = re.compile(r"^[^\w]*(?:[\w.'-]+\s+){0,3}?(?:said|say|says|told|reported|announced|stated)\b",
                        re.IGNORECASE)


def _unarmed_object(ev, sentence: str) -> bool:
    """The words just after the trigger name unarmed people and no armed force ("killed 12 civilians")."""
    if ev.trigger is None or ev.evidence is None:
        return False
    if EXECUTED.match(ev.trigger.text):
        return True  # an execution kills people held captive: they cannot fight back
    after = CLAUSE_END.split(_first_chars(_after(ev, sentence), 40), 1)[0]
    # ("a police officer's wife", "the sons of an army captain": the relatives, civilians, not the officer)
    after = KIN_OF_AFTER.sub(r"\1", KIN_OF.sub(" ", after))
    # the trigger's own object ("shot a Palestinian teenager"), where plain "men" may be armed ("shot four men")
    own = ev.trigger.text.split(None, 1)[1] if len(ev.trigger.text.split()) > 1 else ""
    armed = STATE_WORDS.search(own + " " + after) or REBEL_WORDS.search(own + " " + after)
    return bool(UNARMED.search(after) or UNARMED_NAMED.search(own)) and not armed


# a possessor before a relative ("a soldier's wife", "the commander's children"): ACLED counts the relatives of
# fighters as civilians, so the possessor is not the one attacked
KIN = r"(?:wife|wives|husband|sons?|daughters?|mother|father|brothers?|sisters?|child|children|family|relatives|" \
      r"widows?|parents)"
KIN_OF = re.compile(r"\b(?:[\w-]+\s+){0,2}?[\w-]+['’]s?['’]?\s+(?=" + KIN + r"\b)", re.IGNORECASE)
KIN_OF_AFTER = re.compile(r"\b(" + KIN + r")\s+of\b.*", re.IGNORECASE)
EXECUTED = re.compile(r"^execut(?:ed|es|e|ing)\b", re.IGNORECASE)
# unarmed people by what they are (not plain "men" or "people", who may be gunmen or fighters)
UNARMED_NAMED = _rx("civilian*", "teen*", "boy*", "girl*", "villager*", "resident*", "worshipper*", "passenger*",
                    "farmer*", "women", "woman", "child*", "pupil*", "student*", "trader*", "displaced", "journalist*")


# where the object's noun phrase ends: a comma, a relative or participial clause ("five men accused of
# collaborating with the army": the army is what they were accused of, not a side), a phrase of place ("a
# teenager at a checkpoint": where it happened, not who was there)
CLAUSE_END = re.compile(r"[,;:]|\b(?:who|whom|whose|which|that|accused|suspected|alleged(?:ly)?|said|for|because|"
                        r"at|near|in|inside|outside|on|along|during)\b", re.IGNORECASE)


# (session 39) where a capture ends when it is the state's: a jail, custody, a booking, a charge
CUSTODY = _rx("jail", "jails", "jailed", "custody", "booked", "police station", "police headquarters", "prison",
              "lockup", "detention center", "detention centre", "charged with", "arraigned")


def _taken_into_custody(ev, sentence: str, sides: _Sides) -> bool:
    """(session 39) A capture told as ending in custody ("were captured Thursday and taken to the county jail",
    "captured and booked into the jail"), by no non-state armed group (its actor, else its words as the active
    doer), with no ransom, hostage or disappearance
    named: ACLED's arrests (detention by the state), not an abduction, though the lexicon reads the verb as one."""
    if ev.trigger is None or ABDUCT.search(ev.trigger.text):
        return False  # ("kidnapped", "took hostage": an abduction by its own word)
    before = _before(ev)
    # (an armed group as the active doer by its words, "militiamen captured two traders"; not the captured one of a
    # passive, "the gunman was captured")
    armed_doer = sides.src(NONSTATE_ARMED, REBEL_WORDS) or bool(REBEL_WORDS.search(before) and not PASSIVE_END.search(before))
    return bool(CUSTODY.search(_after(ev, sentence))) and not armed_doer and not (
        DISAPPEARED.search(sentence) or RANSOM.search(sentence) or HELD_AS.search(sentence))


def _protest_response(ev, sentence: str, sides: _Sides) -> tuple[str, str] | None:
    """Force against a protest: lethal is excessive force, anything else an intervention; violence by
    the protesters themselves is a violent demonstration."""
    if in_grievance(ev):
        return None  # (session 39) what the protest is about, done before it to someone else
    after = _first_chars(_after(ev, sentence), 80)
    against_protest = sides.tgt(frozenset(), PROTEST_WORDS) or (
        not ev.target and PROTEST_WORDS.search(sentence) and not sides.src(frozenset(), RIOTER_WORDS)) or (
        # "fired rubber bullets and tear gas at students protesting job quotas": the target protests
        bool(PROTEST_WORDS.search(after)) and sides.src(STATE_SECTORS, STATE_WORDS))
    if ev.mode == "crowd-control":
        crowd = (ev.trigger.text if ev.trigger else "") + " " + _first_chars(after, 40)
        if VIOLENT_CROWD.search(crowd):
            # "scattered a 50-strong mob", "dispersed rioters": force against a crowd already violent is
            # part of the riot, which ACLED codes. (session 30) A mob met with riot means is a riot against the
            # forces, ACLED's violent demonstration; it is mob violence when the sentence names the mob's own
            # violence on someone ("dispersed a mob that was beating a suspected thief", a lynching)
            return (RIOTS, "Mob violence") if MOB_ON_PEOPLE.search(sentence) and not (
                DEMONSTRATION.search(sentence) or RIOTERS.search(crowd)) else (RIOTS, "Violent demonstration")
        return _response(sentence)
    if (not ev.source or not sides.src_armed()) and _crowd_before(ev, sentence):
        # "rioters burned tyres": a crowd the actors stage does not name; "protesting students vandalised ...";
        # before the intervention words, which are theirs here ("rioters burned tyres and blocked roads")
        return (RIOTS, "Violent demonstration") if DEMONSTRATION.search(sentence) else (RIOTS, "Mob violence")
    if against_protest and not sides.src_armed() and INTERVENTION.search(sentence):
        return _response(sentence, ev)
    if not against_protest:
        return None
    if sides.src(frozenset(), RIOTER_WORDS):
        return RIOTS, "Violent demonstration"
    if sides.src_armed() or sides.src(STATE_SECTORS, STATE_WORDS) or not ev.source:
        return _response(sentence, ev)
    return None


VIOLENT_CROWD = _rx("mob", "mobs", "rioter*", "rioting crowd*", "rioting youths", "looters")
RIOTERS = _rx("rioter*", "rioting crowd*", "rioting youths", "looters")
# a mob's violence on people (session 30): what makes a crowd met by the forces a mob's, not a riot against them
MOB_ON_PEOPLE = _rx("lynch*", "beat", "beaten", "beating", "attacked", "attacking", "killed", "killing", "stabbed",
                    "stabbing", "hacked", "mob justice", "jungle justice", "vigilante*", "burned alive", "burnt alive")


# a crowd something was driven, fired or thrown into ("drove a lorry into a crowd, killing nine"): the crowd
# is what the act went at, not a side acting
CROWD_GONE_INTO = re.compile(r"\b(?:into|at|upon|among|through|towards?)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:crowds?|protesters|demonstrators|marchers|youths)\b", re.IGNORECASE)


def _crowd_before(ev, sentence: str) -> bool:
    """Rioters or protesters, and no state force, named before the trigger: the ones acting."""
    span = _trigger_at(ev)
    if span is None:
        return False
    before = CROWD_GONE_INTO.sub(" ", sentence[:max(0, span[0])])
    if PASSIVE_END.search(before):
        return False  # "protesters were killed": the crowd suffered it
    return bool(RIOTER_WORDS.search(before)) and not (STATE_WORDS.search(before) or MOB_WORDS.search(before))


# What a protest is about: "demonstrating over the killing of a student" names no force used on it.
GRIEVANCE = re.compile(
    r"\b(?:over|against|at|about|for|condemning|denouncing|decrying|protesting|protested|mourning|in memory of)\s+"
    r"(?:(?:the|a|an|their|his|her|its|recent|alleged|brutal|continued|latest|police|[A-Z][\w-]*'s)\s+)*"
    r"(?:death|deaths|killing|killings|murder|murders|shooting|shootings|assassination|lynching|massacre|"
    r"attack|attacks|abduction|kidnapping|arrest|arrests|detention|rape|disappearance|"
    # (session 23) what police are accused of, as protests name it: "to protest against police harassment"
    r"harassment|brutality|abuses?|extortion|torture|crackdown)\b[^,.;]*", re.IGNORECASE)
# A noun event told as the cause, occasion or aim of another: "protests over the killings", "a curfew
# following unrest", "marched to protest against the killings" (the text just before the trigger); up to four
# words between, none a coordinator (session 19: "broke up a protest and arrested 25" tells a second act of
# its own, not the protest's grievance).
BACKGROUND = re.compile(
    r"\b(?:after|following|amid|amidst|during|over|against|despite|protest|protesting|protested|condemn|"
    r"condemning|condemned|denounce|denouncing|denounced|decry|decrying|mourn|mourning|justice for|"
    r"in memory of|in response to|in retaliation for|in the wake of)\s+"
    r"(?:(?:the|a|an|this|that|these|those|their|his|her|its|recent|alleged|continued|ongoing|repeated|latest|"
    r"brutal|deadly|violent|mass|weeks?|days?|months?|of|(?!(?:and|or|but|nor|then)\b)[\w-]+(?:'s)?)\s+){0,4}$", re.IGNORECASE)


# An event named as what another is meant to end ("signed a peace accord to end cattle raiding",
# "talks aimed at halting the fighting"): its aim, not a second event of the report
AIMED_AT = re.compile(r"\b(?:to|aimed\s+at|meant\s+to|in\s+order\s+to|efforts?\s+to|bid\s+to)\s+"
                      r"(?:end|ending|stop|stopping|halt|halting|prevent|preventing|curb|curbing)\s+"
                      r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def without_grievance(sentence: str) -> str:
    """The sentence without what a protest is about (deaths there are not force used on the protest), nor
    the act it answers told in a clause after it ("marched after police shot and killed a man")."""
    return PROTEST_AFTER.sub(_drop_answered, GRIEVANCE.sub(" ", sentence))


# a protest's own act by its word ("marched", "a rally", "took to the streets"); in_grievance also asks it alone
_PROTEST_ACT = r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ied|ies)|took\s+to\s+the\s+streets)\b"
PROTEST_ACT = re.compile(_PROTEST_ACT, re.IGNORECASE)
# a protest, then a clause of what it answers with a doer of its own ("marched after police shot"; not "after
# killing three": the protest's own forces did it)
PROTEST_AFTER = re.compile(_PROTEST_ACT +
                           r"[^,;.]*?\b(?:after|following)\s+(?![a-z]+ing\b)[^,;]*"
                           # (session 39) with the relative clauses on its victim ("marched following the death of
                           # a teenager, who was shot by a police officer": the shooting is the grievance too)
                           r"(?:,\s*(?:who|whom|whose|which)\b[^,;]*)*", re.IGNORECASE)


AFTER_WORD = re.compile(r"\b(?:after|following)\s", re.IGNORECASE)


def _drop_answered(m: re.Match) -> str:
    """The protest's clause without the act it answers, unless forces are its doers ("police dispersed the
    protest after officers shot three": their force on it, which stays)."""
    before = m.string[:m.start()]
    if STATE_WORDS.search(before):
        return m.group(0)
    at = AFTER_WORD.search(m.group(0)).start()
    return m.group(0)[:at] + " " * (len(m.group(0)) - at)


def in_grievance(ev) -> bool:
    """(session 39) The event is told inside what a protest of its sentence is about: a grievance phrase
    ("protests over the killing of ...") or the act a protest answers with the relative clauses on its victim
    ("marched following the death of a teenager, who was shot by a police officer"), as `without_grievance`
    blanks them. Such an act came before the protest and was not done to it: no force against the protesters,
    and the protest, not it, is the report's event (ranked as background)."""
    span = _trigger_at(ev)
    if span is None or not PROTEST_WORDS.search(ev.evidence.text):
        return False
    text, at = ev.evidence.text, span[0]
    # (a grievance phrase after its lead word: "protested the killing" names the protest's act in the lead word)
    spans = [(m.start() + len(m.group(0).split(None, 1)[0]), m.end()) for m in GRIEVANCE.finditer(text)]
    for m in PROTEST_AFTER.finditer(text):
        head = m.group(0)[:AFTER_WORD.search(m.group(0)).start()]
        # (forces' own act after a protest stays theirs, as in _drop_answered; and the protest must be an act told
        # before "after", not its people: "two protesters died after security forces shot at a march")
        if not STATE_WORDS.search(text[:m.start()]) and PROTEST_ACT.search(PROTESTERS.sub(" ", head)):
            spans.append((m.start() + len(head), m.end()))
    return any(start <= at < end for start, end in spans)


# An event told as what someone is charged with, accused or convicted of, tried or investigated for
# ("charged with murder in the death of", "accused of murdering her daughter", "arrested in connection
# with the bombings", "arrested Monday in the shooting of", "a sexual assault conviction"): the report's event is
# the legal step, not the crime.
LEGAL_BEFORE = re.compile(
    r"\b(?:charged?|charges|charging|accused|accusing|accuses|convicted|conviction|guilty|indicted|indictment|"
    r"pleaded|pleads|plea|arraigned|sentenced|acquitted|suspected|suspicion|prosecut\w+|tried|trial|"
    r"in connection|connection|wanted|victims?|anniversary|memorial|arrested|arrests?|detained|booked|jailed|"
    r"questioned|sought)\b"
    r"(?:\s+(?:[\w'’-]+|\([^)]*\))){0,5}?\s+(?:with|of|in|for|to|by|over)\s+"
    r"(?:(?:the|a|an|his|her|their|its|at|least|one|two|three|four|several|recent|alleged|first-degree|"
    r"second-degree|attempted|felony|capital|sexual|[\d]+|counts?|of|"
    # the law's qualifiers of a crime's name ("aggravated assault", "armed robbery", "felonious assault")
    r"aggravated|armed|felonious|criminal|simple|domestic|malicious|unlawful|indecent|reckless|vehicular|"
    # (session 39) the hedge news puts on a crime not yet proven ("arrested for allegedly stabbing his roommate")
    r"allegedly)\s+){0,4}$",
    re.IGNORECASE)
# (session 31: "suspicion" for the arrest "on suspicion of" its crime, however far from the arrest's verb)
# (session 30) a court's sentence with its term before the crime ("was sentenced Monday to 15 years in prison for
# beating", "ordered him to serve 30 years for killing", "received a 20-year sentence for kidnapping"): the
# term word (years, life, sentence, prison, probation) between the verb and "for" makes it a sentence, not an award
SENTENCED_FOR = re.compile(
    r"\b(?:sentenced|sentencing|jailed|imprisoned|serve|serves|served|serving|received|receives|given|gave|got|gets|get|"
    r"handed)\b(?:\s+[\w'’,$.-]+){0,8}?\s*\b(?:years?|months?|weeks?|life|sentences?|prison|jail|probation|parole|"
    r"custody|bars)\b(?:\s+[\w'’,$.-]+){0,4}?\s+for\s+(?:(?:the|a|an|his|her|their|its|attempted|aggravated|armed|"
    r"felonious|first-degree|second-degree|fatal|brutal)\s+){0,3}$", re.IGNORECASE)
LEGAL_AFTER = re.compile(r"^\s*(?:conviction|convictions|charges?|case|cases|trial|trials|suspects?|investigation|"
                         r"probe|inquiry|indictment)\b", re.IGNORECASE)


def background(ev) -> bool:
    """An event named as the cause, occasion or aim of another in its sentence (module note above
    BACKGROUND): ACLED codes the report's own event, not the one it refers back to."""
    if ev.trigger is None or ev.evidence is None:
        return False
    before = _before(ev)
    return bool(BACKGROUND.search(before) or AIMED_AT.search(before)) or in_grievance(ev)


# An event named as a point in time or as what a body decides on ("marked two years since the start of
# Russia's full-scale invasion", "approves deployment of police to Haiti", "discussed the proposed offensive"):
# the report's event is the commemoration or the decision, not an ACLED event of its own. Years or decades
# counted from it ("Ten years after the bombing of the station, survivors laid wreaths") measure a time from a
# long-past event, as "since" and "anniversary of" do (session 45; "days after the attack" is left alone: a
# recent event may still be the report's own)
ANCHORED = re.compile(
    r"\b(?:[Ss]ince|anniversary\s+of|"
    r"(?:years?|Years?|decades?|Decades?)\s+(?:after|on\s+from)|marked|marking|commemorat\w*|approv\w*|authori[sz]\w*|"
    r"propos\w*|debat\w*|"
    r"discuss\w*|consider\w*)\s+(?:(?:the|a|an|its|their|his|her|this|that|start|beginning|outbreak|onset|end|of|"
    r"[\w]+-scale|full|new|proposed|planned|possible|further|additional|more|[A-Z][\w-]*(?:'s|’s)?|"
    r"\d{1,4}(?:st|nd|rd|th)?,?|peace)\s+){0,6}$")  # a date in the noun phrase, "since the August 13 peace accord"


# An event named as what a statement reacts to ("condemned terrorist bomb attacks", "Condemns Attack that Killed
# One Policeman", "mourned the killing of"): the report's event is the statement (ACLED codes an event from its
# own report); the noun phrase's words run up to the trigger, or to a relative clause's verb hanging on it
REACTED_TO = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ies|ied|ying)|mourn\w*|lament\w*)\s+"
    r"(?:(?!(?:who|whom|which|that|as|and|or|for|by|to|in|on|at|after|when|with|but|because)\b)[\w'’.-]+\s+){0,5}"
    r"(?:(?:that|which)\s+)?$", re.IGNORECASE)
# An event dated by its year inside its own noun phrase ("the 1990 invasion of Kuwait", "That 1991 agreement",
# "Iraq's 1990 invasion"): a known past event named, not one reported (a clause reports: "In 1993, X bombed")
DATED_NOUN = re.compile(r"\b(?:the|that|this|its|their|his|her|our|[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
                        r"(?:1[89]\d\d|20\d\d)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# Events summed up over a span of time or as a run of them ("six months of ... protests", "the recent spate of
# police shootings", "years of bombings"): a plural noun counting many events of a period is no report of one
# (ACLED codes each event on its day and place); a plural noun only, so "a month of fighting" is left alone, and
# not "a wave of" or "a series of" (a wave of air strikes told overnight is the report of them)
SUMMED_UP = re.compile(r"\b(?:days|weeks|months|years|decades|spate|rash|string|litany|history|torrent)\s+of\s+"
                       r"(?:[\w'’-]+,?\s+){0,8}$", re.IGNORECASE)
PLURAL_NOUN = re.compile(r"^[a-z][\w-]*[^s]s$", re.IGNORECASE)


# A long-past event told in a "when" clause of a time expression ("Twelve years ago -- when the last policeman
# was shot dead --", "back in the days when rebels shelled the town"): the clause dates the sentence's news; the
# event is named as that time, as after "since", not reported (a recent one, "on Monday, when gunmen attacked",
# is the report)
WHEN_ANCHOR = re.compile(r"\b(?:ago|then|day|days|night|nights|time|times|year|years|era|moment|week|weeks|"
                         r"month|months|decade|decades)\s*(?:--|—|–|,)?\s*when\s+(?:[\w'’-]+\s+){0,8}$",
                         re.IGNORECASE)


def referred_to(ev) -> bool:
    """An event named as a time anchor or as the object of a decision (ANCHORED, WHEN_ANCHOR), as what a
    statement reacts to (REACTED_TO), dated by its year as a known past event (DATED_NOUN) or summed up over
    a period (SUMMED_UP, OVER_A_PERIOD), not reported as happening."""
    before = _before(ev)
    return bool(ANCHORED.search(before) or REACTED_TO.search(before) or _content_of_a_law(ev, before)
                or (ev.mode == "arrest" and ORDERED.search(before)) or DATED_NOUN.search(before)
                or _summed_up(ev, before) or _counted(ev, before)
                or ("historical" in ev.flags and WHEN_ANCHOR.search(before))
                or OVER_A_PERIOD.match(_after(ev, ev.evidence.text if ev.evidence else ""))
                or CHARACTERISED.match(_after(ev, ev.evidence.text if ev.evidence else "")))


# A law's or a motion's content ("signed a bill banning assault weapons", "a decree imposing a curfew"): the text
# says what the measure would do, and the report's event is the signing or the vote (session 22)
LAW_NOUN = re.compile(r"\b(?:bill|bills|law|laws|measure|measures|ordinance|ordinances|legislation|decree|decrees|"
                      r"amendment|amendments|proposal|proposals|resolution|resolutions|motion|regulation|regulations|"
                      r"referendum|ballot\s+initiative|executive\s+order)\s+$", re.IGNORECASE)


# an arrest ordered or a warrant for it ("ordered the arrest of 50 journalists"): no one is held yet (session 22; an
# order of patrols or a deployment is the measure itself, so only arrests)
ORDERED = re.compile(r"\b(?:order(?:ed|s|ing)?|warrants?\s+for)\s+(?:the\s+|an\s+|their\s+|his\s+|her\s+)?"
                     r"(?:immediate\s+)?$", re.IGNORECASE)


# (session 31) a crime named as what a law, a penalty or a campaign is about ("tougher penalties for rape and sexual
# assault", "a law against looting", "the death penalty for murder", "raise awareness of sexual violence"): the
# kind of act, not one that happened; up to four words between (the crime's qualifiers, a coordinated crime)
LAW_ABOUT = re.compile(r"\b(?:bills?|laws?|legislation|ordinances?|statutes?|penalt(?:y|ies)|punishments?|"
                       r"(?:prison|jail)\s+(?:terms?|sentences?)|awareness)\s+(?:for|against|on|of)\s+"
                       r"(?:(?!(?:by|in|at|after|who|which|that|the|a|an|this|last)\b)[\w'’-]+\s+){0,4}$",
                       re.IGNORECASE)


def _content_of_a_law(ev, before: str) -> bool:
    words = ev.trigger.text.split() if ev.trigger is not None else []  # (a trigger may be a phrase, "imposing a curfew")
    return bool(words and ((words[0].lower().endswith("ing") and LAW_NOUN.search(before)) or LAW_ABOUT.search(before)))


# An event noun said to be a sign, a reminder or a result of something ("the protests at the rallies were a
# sign of deep anger", "the attacks are a reminder that ..."): a judgement about events, not their report
CHARACTERISED = re.compile(
    r"^(?:\s+(?:at|in|of|on|against|by|over|across|around)\s+(?:[\w'’.-]+\s+){0,4}?)?\s*(?:is|are|was|were|"
    r"has\s+been|have\s+been|had\s+been|remains?|seemed|seems|appeared|appears)\s+(?:not\s+)?(?:just\s+|only\s+|"
    r"merely\s+|simply\s+|clearly\s+|also\s+)?(?:a|an|the|another|one)?\s*(?:\w+\s+)?(?:sign|signs|symptom|"
    r"symptoms|reminder|example|evidence|proof|result|product|testament|warning|indication|reflection|"
    r"manifestation|symbol|consequence)\b", re.IGNORECASE)


# A toll or count run over years ("thousands have been killed in the conflict since 1992", "more than 300
# people were arrested over the past two years"): ACLED codes each event on its own day and place, and a
# total since a year or a month ("since January"; not "since May 3", a day, nor "May", a modal's homograph),
# the start of a war or over past or recent years or months tells none of them (a toll "since
# Monday" is left alone: a few days' fighting is still the report of it). Within the trigger's clause.
OVER_A_PERIOD = re.compile(
    r"^(?:\s+(?!and\b|but\b|while\b|when\b|after\b)[\w'’-]+(?:,\d{3})*){0,8}?\s+(?:since\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:1[89]\d\d|20\d\d)\b|since\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d)|since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\b|"
    r"since\s+(?:the\s+)?(?:war|conflict|insurgency|uprising|fighting|crisis)\s+(?:began|started|erupted|broke)\b|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?:\w+|\d+)\s+)?(?:years|months|decades|decade|year)\b|"
    r"(?:over|in|during)\s+(?:the\s+)?recent\s+(?:years|months|decades)\b|"  # (session 41: as "the past years")
    r"(?:in|during|throughout)\s+(?:the|its|their|a)\s+(?:\w+|\d+)-year(?:-long|-old)?\s+(?:[\w-]+\s+)?"
    r"(?:war|conflict|insurgency|uprising|rebellion|campaign)\b|"
    r"so\s+far\s+this\s+year\b)", re.IGNORECASE)


# (session 30) A statistic: a plural crime or violence noun whose count is said to change ("Shootings in the county
# fell 15 percent", "Homicides have climbed"), a rate or number of them ("the number of bombings"), or a count of
# them per year ("about 900 arrests a year", "400 arrests this year"; "clashes erupted this year" is a report):
# ACLED codes each event on its day and place, and a count compared over time tells none of them. Only nouns that
# name the acts (not "rockets fell on the town").
COUNTED_NOUN = re.compile(r"^(?:[a-z]+-)?(?:[a-z]+ings|homicides|murders|robberies|burglaries|assaults|attacks|arrests|"
                          r"rapes|thefts|protests|riots|clashes|abductions|carjackings|lynchings)$", re.IGNORECASE)
COUNT_OF = re.compile(r"\b(?:number|numbers|rate|rates|count|counts|total|tally|level|levels|percentage|share|"
                      r"figures?|statistics|incidence)\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
COUNT_CHANGED = re.compile(
    r"^(?:\s+(?!and\b|but\b|while\b|when\b|after\b|who\b|that\b|which\b)[\w'’,-]+){0,6}?\s+"
    r"(?:(?:have|has|had)\s+(?:\w+ly\s+)?)?(?:rose|risen|rise|rises|fell|fallen|fall|falls|dropped|drop|drops|"
    r"declined|decline|declines|increased|increase|increases|decreased|decrease|decreases|doubled|tripled|"
    r"quadrupled|halved|soared|soar|jumped|climbed|plunged|plummeted|dipped|spiked|tumbled|"
    r"went\s+(?:up|down)|are\s+(?:up|down)|were\s+(?:up|down))\b(?!\s+(?:on|onto|upon|into)\b)", re.IGNORECASE)
PER_PERIOD = re.compile(r"^(?:\s+(?!and\b|but\b|while\b|when\b|after\b)[\w'’,-]+){0,6}?\s+(?:(?:a|per|each|every)\s+"
                        r"(?:year|month|decade)|this\s+year|annually)\b", re.IGNORECASE)
# the count itself right before the noun ("more than 400 arrests", "about 900 arrests", "hundreds of robberies")
A_NUMBER = re.compile(r"\b(?:\d[\d,]*|hundreds\s+of|thousands\s+of|dozens\s+of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _counted(ev, before: str) -> bool:
    """A plural act noun counted as a statistic (COUNTED_NOUN with COUNT_OF, COUNT_CHANGED, or
    a number and PER_PERIOD)."""
    if ev.trigger is None or not COUNTED_NOUN.match(ev.trigger.text):
        return False
    after = _after(ev, ev.evidence.text if ev.evidence else "")
    return bool(COUNT_OF.search(before) or COUNT_CHANGED.match(after)
                or (A_NUMBER.search(before) and PER_PERIOD.match(after)))


def _summed_up(ev, before: str) -> bool:
    """A plural event noun after "months of", "a spate of" ... (SUMMED_UP): many events counted, none told."""
    return ev.trigger is not None and bool(PLURAL_NOUN.match(ev.trigger.text)) and bool(SUMMED_UP.search(before))


# The readings of the words before a trigger that `mentioned_only` asks of every event: each is anchored at the
# text's end, so a plain search tries it at every position of the text and fails at nearly all. Gated, a text
# that holds none of the words every match holds (regex_start.needed_words: "charged", "accused" ... for
# LEGAL_BEFORE) is answered at once: the same answers at a fraction of the cost.
ANCHORED, REACTED_TO, ORDERED, LAW_NOUN, LAW_ABOUT, SUMMED_UP, WHEN_ANCHOR, COUNT_OF, LEGAL_BEFORE, SENTENCED_FOR = map(
    Gated, (ANCHORED, REACTED_TO, ORDERED, LAW_NOUN, LAW_ABOUT, SUMMED_UP, WHEN_ANCHOR, COUNT_OF, LEGAL_BEFORE,
            SENTENCED_FOR))


def mentioned_only(ev) -> bool:
    """An event the report mentions but does not report: the crime in "charged with murder" (`charged`;
    an arrest is itself the legal step, so "captured the suspect" stays an arrest), or a time anchor or
    a decision's object (`referred_to`)."""
    return referred_to(ev) or (charged(ev) and ev.mode != "arrest")


def charged(ev) -> bool:
    """An event told as what someone is charged with, accused or convicted of, tried or wanted for
    (LEGAL_BEFORE, LEGAL_AFTER): the report's event is the legal step, not an ACLED event of its own."""
    if ev.trigger is None or ev.evidence is None:
        return False
    before = _before(ev)
    after = ev.evidence.text[ev.trigger.end - ev.evidence.start:]
    last = _last_word(ev.trigger.text)
    return bool(LEGAL_BEFORE.search(before) or LEGAL_AFTER.match(after) or LEGAL_AFTER.match(last)
                or SENTENCED_FOR.search(before))


PASSIVE_END = re.compile(r"\b(?:is|are|was|were|be|been|being|got|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# Force that is not meant to kill: shots of it, or shots fired past people, answer a protest without lethal force
LESS_LETHAL = _rx("rubber bullet*", "rubber-coated*", "plastic bullet*", "pellet*", "beanbag*", "bean bag*",
                  "tear gas", "teargas", "tear-gas", "water cannon*", "stun grenade*", "pepper spray", "pepper balls",
                  "blanks", "warning shots", "into the air", "in the air", "over their heads", "paintball*")


def _response(sentence: str, ev=None) -> tuple[str, str]:
    """ACLED: protesters met with lethal weapons or lethal force suffer excessive force; met with
    any other force (tear gas, arrests, dispersal), a protest with intervention. Shooting at people
    with firearms is lethal force unless the shots are less-lethal ones (LESS_LETHAL)."""
    if LETHAL.search(without_grievance(sentence)) or _shot_at(ev, sentence):
        return PROTESTS, "Excessive force against protesters"
    return PROTESTS, "Protest with intervention"


def _shot_at(ev, sentence: str) -> bool:
    """The event itself is a shooting ("police shot three protesters"), not one a protest is about."""
    span = _trigger_at(ev) if ev is not None and ev.mode == "firearms" else None
    if span is None:
        return False
    at = span[0]
    if any(m.start() <= at < m.end() for m in GRIEVANCE.finditer(sentence)):
        return False  # "marched over the police shooting of a teenager": what the protest is about
    return not LESS_LETHAL.search(sentence)


# a symbol burned ("burned an effigy of the president", "burning flags"): a protest's gesture, harming no one and
# nothing of anyone's (session 22), unlike tyres, cars or buildings set alight
SYMBOL_BURNED = re.compile(r"\b(?:burn\w*|torch\w*|set\s+fire\s+to)\s+(?:(?:an?|the|their|his|her|several|two|three)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:effig(?:y|ies)|flags?)\b(?!\s*(?:,|and\b|or\b))", re.IGNORECASE)


# a protest told as violent ("violent protests broke out", "the march turned violent"): demonstrators' violence,
# ACLED's violent demonstration (session 22; "non-violent" is no such word)
VIOLENT_PROTEST = re.compile(r"(?<![\w-])violent\s+(?:(?:anti-?[\w-]+|street|student|opposition)\s+)?(?:protests?|"
                             r"demonstrations?|rall(?:y|ies)|march(?:es)?)\b|\b(?:turned|turns|turning|became|grew)\s+"
                             r"violent\b", re.IGNORECASE)


def _protest(ev, sentence: str, sides: _Sides) -> tuple[str, str]:
    if _forces_stop_protest(ev, sentence, sides):
        return PROTESTS, "Protest with intervention"
    if MOB_WORDS.search(sentence) and not PROTEST_WORDS.search(sentence):
        return RIOTS, "Mob violence"
    if (ev.mode == "riot" or RIOT_ACTS.search(sentence)) and not PROTEST_WORDS.search(sentence) \
            and _fans_fighting(ev, sentence, sides):
        return RIOTS, "Mob violence"  # (session 33) "Rival fans pelted each other with bottles": a sport's crowd, no demonstration
    if STATE_WORDS.search(_without(sentence, sides.src_names)) and LETHAL.search(without_grievance(sentence)):
        return PROTESTS, "Excessive force against protesters"
    if ev.mode == "vandalize" and not (DEMONSTRATION.search(sentence) or RIOTER_WORDS.search(sentence)):
        # "someone vandalized the mosque": property destroyed with no demonstration or crowd named is ACLED's
        # property destruction (as the spelling "vandalised" already was), not a riot
        return STRATEGIC, "Looting/property destruction"
    if ev.mode in ("riot", "vandalize") or RIOT_ACTS.search(SYMBOL_BURNED.sub(" ", sentence)) or \
            VIOLENT_PROTEST.search(sentence):
        return RIOTS, "Violent demonstration"
    # (the protest's own words are no response to it: "drivers blocked roads in protest against police harassment")
    # (nor the forces a protest is against: "blocked a roundabout to protest police harassment")
    own = _without(without_grievance(sentence), ev.trigger.text) if ev.trigger else sentence
    if INTERVENTION.search(own) and STATE_WORDS.search(_without(without_grievance(sentence), sides.src_names)):
        return PROTESTS, "Protest with intervention"
    if BROKEN_UP.search(_before(ev)):
        return _response(sentence, ev)  # "police broke up a sit-in by graduates": the protest is what was dispersed
    return PROTESTS, "Peaceful protest"


def _forces_stop_protest(ev, sentence: str, sides: _Sides) -> bool:
    """(session 39) Forces blocking a demonstration ("officers blocked the march at the bridge", "riot police
    blocked the marchers"): the lexicon reads "blocked" as protesters' obstruction of a road; done by state forces
    (its actor's sector, else their words in its clause before the trigger) to a protest named in its own object
    (up to the object's end, CLAUSE_END), it is ACLED's intervention in that protest."""
    if ev.mode != "obstruct" or ev.trigger is None:
        return False
    doer = sides.src(STATE_SECTORS, STATE_WORDS) or bool(STATE_WORDS.search(re.split(r"[,;:]", _before(ev))[-1]))
    obj = CLAUSE_END.split(_first_chars(_after(ev, sentence), 40), 1)[0]
    return doer and bool(PROTEST_WORDS.search(obj))


# the protest named as the object of its dispersal ("broke up a sit-in", "dispersed the vigil"), whoever the
# coder made its doer
BROKEN_UP = re.compile(r"\b(?:dispers(?:ed|es|e|ing)|br(?:oke|eak|eaks|eaking|oken)\s+up|clear(?:ed|s|ing)?|"
                       r"crush(?:ed|es|ing)?|raid(?:ed|s|ing)?)\s+(?:(?:a|an|the|their|his|her|its|this|that)\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


# what a seized vessel or vehicle held (session 22): "a ship carrying weapons", "a truck loaded with explosives"
CARRYING = re.compile(r"^\s+(?:[\w'’-]+\s+){0,4}?(?:carrying|loaded\s+with|laden\s+with|packed\s+with|transporting|"
                      r"smuggling|full\s+of)\s+", re.IGNORECASE)


# a vessel or vehicle stopped (session 27): weapons use disrupted only when it carries arms (`_carrying_arms`)
INTERCEPTED_CRAFT = re.compile(r"^intercept\w*\s+(?:[\w'’-]+\s+){0,2}?(?:boats?|vessels?|ships?|dhows?|trucks?|lorr(?:y|ies)|"
                               r"vehicles?|cars?|vans?|convoys?|pick-?ups?)$", re.IGNORECASE)


def _carrying_arms(after: str) -> bool:
    """The seized thing's load, within the four words after "carrying" (tons of, a cargo of), is arms."""
    m = CARRYING.match(after)
    return bool(m and WEAPON_CACHE.search(" ".join(after[m.end():].split()[:4])))


# what a reading of a COERCE event returns where it decides that ACLED codes no event: _coerce returns None for it
# (None from a reading means the reading does not decide, and the next is tried)
_NO_EVENT = ("", "")


def _coerce(ev, sentence: str, trigger: str, sides: _Sides, doc) -> tuple[str, str] | None:
    """A COERCE event's ACLED category, or None where ACLED codes no event; the readings tried in order: arms
    stopped, people detained, ground or people seized, a restriction, a raid or looting, another measure."""
    verdict = (_arms_stopped(ev, sentence, trigger, sides) or _detention(ev, sentence, sides)
               or _seizure(ev, sentence, trigger, sides, doc) or _restriction(ev, sentence, trigger, sides)
               or _raid_or_looting(ev, sentence, trigger, sides) or _other_measure(ev, sentence, sides))
    return None if verdict == _NO_EVENT else verdict


def _arms_stopped(ev, sentence: str, trigger: str, sides: _Sides) -> tuple[str, str] | None:
    """Disrupted weapons use: bombs defused, attacks foiled, weapons caches or ships carrying arms seized; a craft
    intercepted with no arms aboard is no event (session 27: "the coast guard intercepted a boat carrying
    migrants")."""
    mode, cameo = ev.mode, ev.cameo or ""
    if INTERCEPTED_CRAFT.match(trigger) and not _carrying_arms(_after(ev, sentence)):
        return _NO_EVENT
    if DISRUPTED.search(trigger) or (mode == "seize" and not cameo.startswith("192")
                                     and WEAPON_CACHE.search(_without(sentence, sides.src_names))):
        return STRATEGIC, "Disrupted weapons use"
    if mode == "seize" and _weapons_object(ev, sentence):
        # (session 36) "troops seized a large cache of rifles in a forest": the arms are what was taken, whatever the
        # verb's CAMEO reading (192, ground) or the sentence's place words say; ACLED's disrupted weapons use
        return STRATEGIC, "Disrupted weapons use"
    if mode == "seize" and _carrying_arms(_after(ev, sentence)):
        return STRATEGIC, "Disrupted weapons use"  # "the navy seized a ship carrying weapons": the arms, not the ground
    return None


def _detention(ev, sentence: str, sides: _Sides) -> tuple[str, str] | None:
    """An arrest or a deportation: people held by an armed group or as hostages are abducted; people held at a
    protest are its intervention; a deportation holds no one (no event); else ACLED's arrests."""
    mode = ev.mode
    if mode not in ("arrest", "deport"):
        return None
    if DISAPPEARED.search(sentence) or _held_by_armed_group(sides) or HELD_AS.search(sentence):
        # (people held as hostages or human shields are taken, whoever holds them: no arrest)
        return CIVILIANS, "Abduction/forced disappearance"
    charge_free = ORGANISED.sub(" ", sentence)  # (s43) the gathering organised is the charge, as the protest is
    at_protest = PROTEST_WORDS.search(_without_planned(ACCUSED_OF.sub(" ", charge_free))) or ASSEMBLY.search(charge_free)
    if at_protest and not sides.tgt(frozenset(), REBEL_WORDS):
        return _response(sentence) if "killed" in without_grievance(sentence).lower() else (
            PROTESTS, "Protest with intervention")
    if mode == "deport":
        return _NO_EVENT  # "deported 50 migrants": sent out of the country, no one held (ACLED's arrests detain)
    return STRATEGIC, "Arrests"


def _is_raid(trigger: str) -> bool:
    return bool(re.match(r"raid", trigger, re.I))  # a raid strikes and leaves; it takes no ground


def _seizure(ev, sentence: str, trigger: str, sides: _Sides, doc) -> tuple[str, str] | None:
    """What a seizure that is no raid took: nothing ACLED codes (policing), people, a public place held in protest,
    or ground."""
    if ev.mode != "seize":
        return None
    if _law_enforcement_seizure(ev, sentence, sides):
        return _NO_EVENT  # "customs officers seized 200 kilograms of cocaine": policing, not looting nor a capture
    if _seized_for_a_claim(ev, sentence, sides):
        return _NO_EVENT  # (s57-acled) "the refinery was seized by the state over unpaid taxes": a creditor's seizure
    raid = _is_raid(trigger)
    if _police_search(ev, trigger, sentence, sides):
        # "police raided a nightclub", "the FBI carried out raids on the homes of two hackers": no ACLED event; the
        # arrests it made, told after it in its sentence, are ("raided a house and arrested four men": the parse may
        # fold them into the raid's event)
        return (STRATEGIC, "Arrests") if ARRESTS_MADE.search(_after(ev, sentence)) else _NO_EVENT
    if not raid and DISAPPEARED.search(sentence):
        return CIVILIANS, "Abduction/forced disappearance"  # "seized a critic from his home; his whereabouts are unknown"
    if not sides.src_armed() and DEMANDING.search(sentence) and not (
            STATE_WORDS.search(_before(ev)) or REBEL_WORDS.search(_before(ev)) or _people_taken(ev, sentence)
            or RANSOM.search(sentence)):
        # "indigenous groups occupied the square in front of Congress against a bill": unarmed people
        # holding a public place to press a demand are a demonstration (a sit-in), not a capture
        return PROTESTS, "Peaceful protest"
    if not raid and _seized_people(ev, sentence):
        return _people_seized(sentence)  # "seized three mining workers from a site in Ituri province"
    if not raid and ((ev.cameo or "").startswith("192") or _territorial(sentence)) and \
            not _policing_takeover(ev, trigger, sentence, sides):
        return _territory(ev, sentence, trigger, sides, doc)
    return None


def _seized_people(ev, sentence: str) -> bool:
    """What was seized is people: named after the verb (unless CAMEO reads the verb as taking ground) or before it,
    taken from their homes, or held for ransom."""
    return bool((not (ev.cameo or "").startswith("192") and _people_taken(ev, sentence))
                or PEOPLE_OBJECT.match(_after(ev, sentence)) or _people_held_before(ev)
                or FROM_HOME.match(_after(ev, sentence)) or RANSOM.search(sentence))


def _territory(ev, sentence: str, trigger: str, sides: _Sides, doc) -> tuple[str, str]:
    """Ground seized: taken with no fight (a non-violent transfer), regained by a government, or overtaken by a
    non-state actor."""
    if not TERRITORY_BACK.search(trigger) and UNOPPOSED.search(sentence) and not (
            CLASH_TRIGGERS.search(NO_FIGHT.sub(" ", sentence)) or LETHAL.search(sentence)
            or FOUGHT_FOR.search(sentence)):
        # "took over the camp vacated by MINUSMA", "entered the town after the army withdrew":
        # control gained with no fight is ACLED's non-violent transfer (its battles need one)
        return STRATEGIC, "Non-violent transfer of territory"
    # (a non-state group alone never "regains" for a government, whatever its name says: "the Karen
    # National Liberation Army seized a camp", "rebels retook the town"; with state forces it may)
    back = TERRITORY_BACK.search(trigger + " " + sentence)
    state_side = sides.src(STATE_SECTORS, STATE_WORDS) or not sides.src(NONSTATE_ARMED, REBEL_WORDS)
    if state_side and (back or _state_at_home(ev, sides, doc)):
        return BATTLES, "Government regains territory"
    return BATTLES, "Non-state actor overtakes territory"


def _restriction(ev, sentence: str, trigger: str, sides: _Sides) -> tuple[str, str] | None:
    """Online activity (no ACLED event), a ban, a protest blocked or repressed, a place shut in protest."""
    mode = ev.mode
    if mode in ("cyber", "misinformation"):
        return _NO_EVENT  # ACLED codes no online activity
    if mode == "restrict" and PROHIBITION.match(trigger):
        # "banned protests in the capital": a rule for all, no protest intervened in
        return (STRATEGIC, "Other") if _restriction_of_disorder(_without_answered(ev, sentence), sides) else _NO_EVENT
    if mode == "restrict" and (PROTEST_WORDS.search(_restricted(ev, sentence)) or KEPT_FROM_PROTEST.search(sentence)):
        return PROTESTS, "Protest with intervention"  # "police blocked a march", "prevented a rally"
    if (ev.cameo or "").startswith("175") and PROTEST_WORDS.search(_first_chars(_after(ev, sentence), 60)):
        return _response(sentence)  # "cracked down on a student demonstration": repression of a protest
    if mode == "restrict" and re.search(r"\b(?:to|in)\s+protest\b", _after(ev, sentence), re.I) and \
            not sides.src(STATE_SECTORS, STATE_WORDS):
        # "traders shut down the market to protest multiple taxation": what people close in protest is their protest
        return PROTESTS, "Peaceful protest"
    return None


def _raid_or_looting(ev, sentence: str, trigger: str, sides: _Sides) -> tuple[str, str] | None:
    """The rest of a seizure: a raid by its weapon or the harm it did to people, people seized, else property taken."""
    if ev.mode != "seize":
        return None
    if _is_raid(trigger):
        weapon = _weapon(None, sentence)
        if weapon:
            return EXPLOSIONS, weapon  # "warplanes carried out raids"
        if RAID_HARM.search(sentence):
            # "slit the throats of 12 villagers in an overnight raid": a raid is coded by what it did to
            # people (an attack, or a clash with forces), not as goods taken
            return _assault(ev, sentence, trigger, sides)
    if PEOPLE.search(CLAUSE_END.split(_first_chars(_after(ev, sentence), 60), 1)[0]):
        return CIVILIANS, "Abduction/forced disappearance"  # "gunmen seized an aid worker"
    return STRATEGIC, "Looting/property destruction"  # a raid that takes property


def _other_measure(ev, sentence: str, sides: _Sides) -> tuple[str, str]:
    """Curfews, martial law, restrictions of disorder: ACLED's other strategic development; a measure against a
    natural hazard or no disorder is no event ("declared a state of emergency ahead of the hurricane")."""
    if NATURAL_CAUSE.search(sentence) or not _restriction_of_disorder(
            _without_answered(ev, sentence) if ev.mode == "restrict" else sentence, sides):
        return _NO_EVENT
    return STRATEGIC, "Other"


# (session 36) ground taken under attack ("seized the town after the army pulled out under fire", "stormed the
# base, which its guards abandoned"): a violent act, so no non-violent transfer (ACLED's needs none)
FOUGHT_FOR = _rx("under fire", "under heavy fire", "under attack", "attack*", "assault*", "stormed", "storming",
                 "overran", "overrun", "overrunning")
# (session 36) people named just before the seizing clause, as the head of an object relative clause ("the schoolgirls
# they had seized", "hostages whom the gunmen took"): what was seized is people, though no word follows the verb
PEOPLE_HELD_BEFORE = re.compile(r"(?:" + PEOPLE.pattern + "|" + UNARMED.pattern + r"|\bschool(?:girls?|boys?|children)\b)\s+(?:(?:who|whom|that)\s+)?(?:they|he|she|the\s+[\w-]+)"
                                r"\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)


def _people_held_before(ev) -> bool:
    return bool(PEOPLE_HELD_BEFORE.search(_before(ev)))


def _people_seized(sentence: str) -> tuple[str, str]:
    """People seized: an abduction, unless its sentence tells sexual violence against them (not as what the victims
    are accused of: `ACCUSED_OF`, `CRIME_AGENTS`), which ACLED codes first as for an assault ("abducted and raped")."""
    charge_free = CRIME_AGENTS.sub(" ", ACCUSED_OF.sub(" ", sentence))
    return (CIVILIANS, "Sexual violence") if SEXUAL.search(charge_free) else (CIVILIANS, "Abduction/forced disappearance")


# (session 36) where a seizure's own object ends: a place or time preposition, or a clause's edge ("seized weapons in
# the town", "seized the town, where rifles were stored": neither the town nor the rifles are the other's object)
OBJECT_END = re.compile(r"[,;:.()]|\b(?:in|at|near|from|during|after|before|on|outside|inside|within|when|while|"
                        r"which|where|who|with|and\s+(?:killed|arrested|took|seized|captured|burned|looted))\b", re.IGNORECASE)


# ground a seizure's object may name beside arms ("seized the army base and its weapons depot": the base is taken)
HELD_GROUND = _rx("base", "bases", "camp", "camps", "outpost*", "post", "posts", "garrison*", "barracks", "airport*",
                  "airstrip*", "airfield*", "headquarters", "checkpoint*", "port", "hill*", "bridge*")


def _weapons_object(ev, sentence: str) -> bool:
    """Weapons, ammunition, explosives or a cache named in the seizure's own object, right after its trigger and
    before its first place or time preposition or clause edge (`OBJECT_END`), with no ground or person named in it
    (people seized "with their rifles" are taken, not their arms)."""
    stretch = OBJECT_END.split(_first_chars(_after(ev, sentence), 80), 1)[0]
    return bool(WEAPON_CACHE.search(stretch)) and not (_territorial(stretch) or HELD_GROUND.search(stretch)
                                                       or PEOPLE.search(stretch))  # ("seized two gunmen's rifles")


# (session 35) what makes a restriction one of political violence or disorder (ACLED's "Other" strategic developments:
# curfews, martial law, states of emergency, bans on protests, parties or the press): its words, or its doer armed
DISORDER_WORDS = _rx("martial law", "state of emergency", "states of emergency", "emergency rule", "curfew*", "unrest",
                     "violence", "riot*", "clash*", "attack*", "fighting", "conflict", "war", "insurgen*", "terror*",
                     "opposition", "party", "parties", "election*", "media", "newspaper*", "journalist*", "press",
                     "blockade*", "siege*", "militar*", "coup*", "dissident*", "activist*", "rebellion", "uprising",
                     "border*")  # (a border closed is a state's security measure: "blocked access to the border crossing")
# a court's conditions on one person ("bail conditions including a curfew"): no one's development of disorder
PERSONAL_TERMS = _rx("bail", "probation", "parole", "electronic tag*", "tagged", "asbo*")


# (session 39) the clause a restriction answers, after its trigger ("imposed a ban on alcohol sales after students
# protested", "closed the road because of the flooding"): its occasion, not what it restricts
ANSWERED = re.compile(r"\b(?:after|following|because|since|when|amid|amidst|in\s+response\s+to|in\s+the\s+wake\s+of|"
                      r"in\s+the\s+aftermath\s+of)\b", re.IGNORECASE)


def _restricted(ev, sentence: str) -> str:
    """A restriction's own words from its trigger on, up to a clause it answers (ANSWERED): what it restricts
    ("blocked a march", "imposed a curfew on the district"), not why ("... after students protested")."""
    if ev.trigger is None or ev.evidence is None:
        return sentence
    rest = sentence[ev.trigger.start - ev.evidence.start:]
    return ANSWERED.split(rest, 1)[0]


def _without_answered(ev, sentence: str) -> str:
    """The restriction's sentence without the clause it answers: its words before the trigger and `_restricted`."""
    if ev.trigger is None or ev.evidence is None:
        return sentence
    return sentence[:ev.trigger.start - ev.evidence.start] + _restricted(ev, sentence)


def _restriction_of_disorder(sentence: str, sides: _Sides) -> bool:
    """A ban, curfew or restriction whose sentence names a disorder, a gathering, forces or armed men, a party or the
    press (DISORDER_WORDS, PROTEST_WORDS, ASSEMBLY, STATE_WORDS, REBEL_WORDS), or whose doer is armed; not a court's
    terms for one person. A ban on smoking in parks or on a passenger's flights is none (ACLED codes developments of
    political violence and demonstrations only)."""
    if PERSONAL_TERMS.search(sentence):
        return False
    return sides.src_armed() or bool(DISORDER_WORDS.search(sentence) or PROTEST_WORDS.search(sentence)
                                     or ASSEMBLY.search(sentence) or STATE_WORDS.search(sentence)
                                     or REBEL_WORDS.search(sentence))


# a prohibition issued ("banned all rallies", "outlawed strikes"): ACLED's strategic "Other" (restrictions), not the
# response to a protest held
PROHIBITION = re.compile(r"^(?:ban|bans|banned|banning|prohibit\w*|outlaw\w*|forb[ai]d\w*)\b", re.IGNORECASE)


# hazards and illnesses a state acts against: its emergency, curfew or closure is no strategic development of
# political violence or disorder (ACLED codes those only)
NATURAL_CAUSE = _rx("hurricane*", "storm*", "flood*", "typhoon*", "cyclone*", "tornado*", "earthquake*", "wildfire*",
                    "bushfire*", "snow*", "blizzard*", "heat wave*", "heatwave*", "drought", "epidemic*", "pandemic*",
                    "outbreak*", "virus*", "coronavirus", "covid*", "ebola", "cholera", "measles", "disease*", "flu",
                    "influenza", "quarantine*", "chemical spill*", "oil spill*", "gas leak*", "landslide*", "tsunami*",
                    "volcan*", "eruption*")


# law enforcement and the state's civil agencies (not its armies: soldiers who seize cattle loot them)
LAW_ENFORCEMENT = _rx("police*", "officers", "officer", "deputies", "deputy", "agents", "agent", "customs",
                      "detectives", "investigators", "regulators", "authorities", "sheriff*", "troopers",
                      "prosecutors", "fbi", "dea", "border guards", "coast guard", "inspectors", "officials",
                      "interpol", "europol")  # (the international police organisations)
# goods policing takes (drugs, contraband, money, a business): no one's property looted in disorder
CONTRABAND = _rx("drug*", "cocaine", "heroin", "marijuana", "cannabis", "methamphetamine", "meth", "narcotic*",
                 "contraband", "counterfeit*", "kilograms", "kilos", "pounds", "cash", "money", "assets",
                 "bank", "lab", "laboratory", "records", "documents", "computers", "cigarettes", "alcohol",
                 "smuggled", "stolen goods", "shipment", "cargo")


def _law_enforcement_seizure(ev, sentence: str, sides: _Sides) -> bool:
    """Goods seized by police, customs or a state agency (drugs, contraband, a bank): ACLED codes
    looting by parties to disorder and weapons seized as disrupted weapons use, not policing. Not a raid
    that harmed people (what it did to them decides), not people taken, not soldiers."""
    raid = re.match(r"raid", ev.trigger.text if ev.trigger else "", re.I)
    if (raid and RAID_HARM.search(sentence)) or _people_taken(ev, sentence):
        return False
    doer = sides.src(frozenset({"COP", "JUD"}), LAW_ENFORCEMENT) or bool(LAW_ENFORCEMENT.search(_before(ev)))
    army = sides.src(frozenset({"MIL", "REB", "UAF", "INS"}), REBEL_WORDS) or bool(ARMY_BEFORE.search(_before(ev)))
    window = _first_chars(_after(ev, sentence), 80)
    return doer and not army and bool(CONTRABAND.search(CLAUSE_END.split(window, 1)[0] or window))


# (s57-acled) a seizure's legal or commercial ground: a tax or debt claimed, a sale or auction of what was seized
CLAIM_GROUND = _rx("tax", "taxes", "tax bill*", "back tax*", "debt*", "fines", "unpaid", "owes", "owed", "owing",
                   "arrears", "creditors", "bankrupt*", "auction*", "sold", "sale", "nationali*")
# words of disorder or of arms: a seizure among them is the other rules' (looting, raids, ground taken)
DISORDER_SEIZURE = _rx("loot*", "plunder*", "ransack*", "riot*", "mob*", "gunmen", "armed", "weapon*", "rebel*",
                       "militant*", "militia*", "soldiers", "troops", "army", "fighters", "bandits", "robb*", "stole*")


def _seized_for_a_claim(ev, sentence: str, sides: _Sides) -> bool:
    """(s57-acled) A seizure told with a tax, a debt or fines claimed, or with the sale of what was taken ("the refinery was
    seized by the state over unpaid taxes", "the bank seized the mill and put it up for auction"), by no armed side and with no looting, robbery or arms named: a creditor's or a state's legal seizure.
    ACLED's looting and property destruction are the acts of parties to violence or disorder; this is neither."""
    if sides.src_armed() or ARMY_BEFORE.search(_before(ev)) or _people_taken(ev, sentence):
        return False
    return bool(CLAIM_GROUND.search(sentence)) and not DISORDER_SEIZURE.search(sentence)


def _police_search(ev, trigger: str, sentence: str, sides: _Sides) -> bool:
    """(session 35) A raid by police, customs or a state agency (no army, no armed group) that harmed no one
    ("detectives raided a house on Elm Street", "customs officers raided three warehouses"): a search, policing's
    own step, which ACLED codes by the arrests it makes (their own events), never as looting or people taken.
    The doer is read as `_law_enforcement_seizure` reads it."""
    if not re.search(r"\braid", trigger, re.I) or RAID_HARM.search(sentence):
        return False
    doer = sides.src(frozenset({"COP", "JUD"}), LAW_ENFORCEMENT) or bool(LAW_ENFORCEMENT.search(_before(ev)))
    army = sides.src(frozenset({"MIL", "REB", "UAF", "INS", "SEP"}), REBEL_WORDS) or \
        bool(ARMY_BEFORE.search(_before(ev)))
    return doer and not army


ARRESTS_MADE = _rx("arrest*", "detain*", "detention*", "into custody", "apprehend*")


# the organs of a de facto administration ("Houthi authorities arrested ..."): ACLED's arrests are by state forces
# or actors exercising control over a territory
DE_FACTO = _rx("authorities", "administration", "government", "police", "court*", "ministry", "officials")


def _held_by_armed_group(sides: _Sides) -> bool:
    """People "arrested" or "detained" by a non-state armed group, no state force or administration named
    as doing it: ACLED counts such detentions as abductions, its arrests being those of state forces."""
    # (every name of the side is read: "Middletown police" is a force of no country, not a rebel group)
    return sides.src(NONSTATE_ARMED, REBEL_WORDS) and not sides.src(STATE_SECTORS, STATE_WORDS) and \
        not DE_FACTO.search(sides.src_names) and not STATE_WORDS.search(sides.src_names)


def _policing_takeover(ev, trigger: str, sentence: str, sides: _Sides) -> bool:
    """A place taken by police or a state agency (no army) from no armed side ("police seized the party
    headquarters", "officers took over the building"): ACLED's territory changes hands in fighting between
    armed sides; what policing takes is property (the other seizures' row), not ground regained."""
    doer = sides.src(frozenset({"COP", "JUD"}), LAW_ENFORCEMENT) or bool(LAW_ENFORCEMENT.search(_before(ev)))
    army = sides.src(frozenset({"MIL", "REB", "UAF", "INS", "SEP"}), REBEL_WORDS) or bool(ARMY_BEFORE.search(_before(ev)))
    return doer and not army and not TERRITORY_BACK.search(trigger) and \
        not REBEL_WORDS.search(_without(sentence, sides.src_names))


ARMY_BEFORE = re.compile(r"\b(?:army|soldiers|troops|military|militia\w*|forces)\b", re.IGNORECASE)


# held as hostages or human shields ("rounded up ... for use as human shields"; not "the man who had taken his
# family hostage", the arrested hostage-taker)
HELD_AS = re.compile(r"\bas\s+(?:\w+\s+)?(?:human\s+shields?|hostages?|bargaining\s+chips?)\b", re.IGNORECASE)
# a ransom demanded is for people held: an abduction, whoever holds them (not a sit-in's demand)
RANSOM = _rx("ransom*")


# people kept from demonstrating ("prevented opposition members from marching, blocking the route")
KEPT_FROM_PROTEST = re.compile(r"\bfrom\s+(?:\w+\s+)?(?:marching|protesting|demonstrating|rallying|gathering|"
                               r"holding\s+(?:a|their|the)\s+(?:\w+\s+)?(?:protest|rally|march|demonstration|sit-in|vigil))\b",
                               re.IGNORECASE)


def _after(ev, sentence: str) -> str:
    return sentence[ev.trigger.end - ev.evidence.start:] if ev.trigger and ev.evidence else ""


# (session 42) "blew up a bridge", "blowing up the pipeline": the verb says the means, an explosive set off at the
# target (the suicide bomber's "blew himself up" is the stage's own sense; a cache blown up by forces is disrupted
# weapons use, read before)
BLOWN_UP = re.compile(r"^(?:blow|blows|blew|blown|blowing)\s+up\b", re.IGNORECASE)


def _blown_up(ev, sentence: str, trigger: str) -> bool:
    """A destruction told by "blow up": the codebook codes property destroyed with an explosive device as Remote
    explosive/landmine/IED, not as looting or property destruction (which is goods taken, wrecked or burned)."""
    return ev.mode == "destroy" and bool(BLOWN_UP.match(trigger + _after(ev, sentence)))


def _people_taken(ev, sentence: str) -> bool:
    """People named as what was seized, within the words right after the trigger (none without a trigger)."""
    after = _after(ev, sentence)
    # (taken "from his home": whoever is taken from a home is a person)
    return bool(PEOPLE.search(_first_chars(after, 40))) or bool(FROM_HOME.match(after))


# people as the seizure's own object, right after the trigger ("seized two aid workers", "seized the village
# chief"): taken, even by a verb the lexicon reads as capturing ground (CAMEO 192)
PEOPLE_OBJECT = re.compile(r"^\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|"
                           r"dozens\s+of|scores\s+of|at\s+least|more\s+than|\d+)\s+)*(?:[\w'’-]+\s+){0,2}?"
                           r"(?:" + PEOPLE.pattern + r")", re.IGNORECASE)


FROM_HOME = re.compile(r"^(?:\s+[\w'’-]+){0,6}?\s+from\s+(?:his|her|their)\s+(?:own\s+)?(?:homes?|houses?|beds?)\b",
                       re.IGNORECASE)


# A protest still to come ("ahead of anti-government rallies next month", "the planned April 9 rally"):
# arrests before it answer no demonstration
PLANNED = re.compile(r"\b(?:ahead\s+of|before|planned|planning|upcoming|next|future|plans?\s+(?:a|to\s+hold)|"
                     r"call(?:s|ed)?\s+for|vowed\s+to\s+hold)\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:protests?|rally|rallies|demonstrations?|marche?s?|sit-ins?|strikes?)\b", re.IGNORECASE)


# a protest named as what its organisers are arrested for ("detained an opposition leader for organizing an
# unauthorized rally last month"), or in what the arrested are accused of ("the man suspected of shooting two
# officers during the protest", ACCUSED_OF): an act before the arrest, its charge, not the demonstration it broke up;
# a gathering or vigil organised is such a charge too (s43: "for organising an illegal gathering"), and so
# is one whose organiser is told after it ("over a rally they organised", "for a vigil that he had held")
_GATHERED = r"(?:protests?|rally|rallies|demonstrations?|marche?s?|sit-ins?|strikes?|gatherings?|vigils?)"
ORGANISED = re.compile(r"\b(?:for|over)\s+(?:(?:allegedly\s+)?(?:organi[sz]\w*|leading|led|call(?:ing|ed)\s+for|"
                       r"incit\w*|plann\w*|planning)\s+(?:[\w'’-]+\s+){0,3}?" + _GATHERED + r"\b|"
                       r"(?:[\w'’-]+\s+){0,3}?" + _GATHERED + r"\s+(?:that\s+|which\s+)?(?:he|she|they|we|it)\s+(?:had\s+)?"
                       r"(?:organi[sz]ed|led|called|planned|held|staged)\b)", re.IGNORECASE)


def _without_planned(sentence: str) -> str:
    return PLANNED.sub(" ", sentence)


def _state_at_home(ev, sides: _Sides, doc) -> bool:
    """State forces taking ground in their own country (a foreign army's gains are not the
    government regaining territory: ACLED counts them with non-state actors)."""
    if not sides.src(STATE_SECTORS, STATE_WORDS):
        return False
    place = None
    if ev.location:
        place = next((p for p in getattr(doc, "places", None) or () if p.id == ev.location), None)
    countries = {doc.entity(i).actor.country for i in ev.source
                 if doc.entity(i) is not None and doc.entity(i).actor is not None and doc.entity(i).actor.country}
    return not (place is not None and place.country and countries and place.country not in countries)
