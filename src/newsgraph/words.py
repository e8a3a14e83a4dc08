"""Word lists more than one stage reads: shared vocabulary, owned by no stage.

Stages read each other's results from the document only; when two of them must agree on what a word
means (the actors stage placing a role, the events stage resolving an argument), the list lives here
rather than in one stage's module for the other to import.
"""

from __future__ import annotations

# Relational nouns whose possessor is someone else: "Israel's militia ally", "its neighbour", "Iran's
# rivals", "his Freedonian counterpart" (a Freedonian, not his). Neither a role's country (actors) nor
# an event's argument (events) is read from their possessor.
OTHERS_OF = frozenset({"ally", "neighbor", "neighbour", "rival", "enemy", "foe", "opponent", "adversary", "proxy",
                       "partner", "friend", "client", "counterpart"})


# Courtesy titles that open a person's name and nothing else ("Ms Pike", "Dr. Welch"), lower case, without a full
# stop: the actors stage drops them when comparing names (actors.normalize.HONORIFICS) and takes a person's mention
# back over one (actors.mentions.TITLE_HONORIFICS); the places stage reads a street's name as a person's after one
# (places._TITLE). Each adds its own: "sir", "lord", "lady" open a street's name too ("Lord Street"), so the places
# stage leaves them out, and it adds the abbreviated offices a name follows ("Sgt", "Cllr"). (Session 55: before, each
# module kept a list of its own.)
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


# Verbs that report what someone said, and the acts of speech a speaker goes on to (nlp.speakers_next_acts;
# events.syntax: ", saying ..." after an accusation is the accuser's, not the accused act's).
SAYING = frozenset({"say", "tell", "add", "state", "announce", "claim", "insist", "report", "confirm",
                    "acknowledge", "note", "argue", "allege", "warn"})
SPEECH_ACTS = frozenset({"urge", "vow", "pledge", "promise", "appeal", "demand", "add", "insist", "reiterate",
                         "stress", "warn", "ask", "call", "deny", "reject", "dismiss", "welcome", "condemn", "criticize",
                         "criticise", "accuse", "express", "announce", "say", "tell", "note", "describe", "praise",
                         "blame", "question", "suggest", "predict", "admit", "refuse"})
ANY_SPEECH = SAYING | SPEECH_ACTS


def misparsed_conjunct(tok) -> bool:
    """A noun hung as a modifier that has its own determiner and an "and" right after it: the first
    of two coordinated noun phrases the parser merged into one ("The Philippine government and
    communist rebels" read as "[government and communist] rebels"). The actors stage makes it an
    actor of its own and the events stage keeps it beside the second as a conjunct; both must agree."""
    kids = list(tok.children)
    return any(k.dep_ == "det" and k.i < tok.i for k in kids) and \
        any(k.dep_ == "cc" and k.lower_ == "and" and k.i == tok.i + 1 for k in kids)


def coordinated(tok) -> list:
    """The nouns coordinated with `tok` (a phrase's head): its conjuncts, and, when the parser hung the
    first of two names as a modifier of the second ("from Mali and Burkina Faso" read as "[Mali and]
    Burkina Faso", the first an nmod with the "and" as its child), that name and `tok` itself. The
    actors stage makes a group per country of the list and the events stage finds each; both must agree."""
    out = list(tok.conjuncts)
    for k in tok.lefts:
        if k.dep_ in ("nmod", "compound") and k.pos_ == "PROPN" and any(
                g.dep_ == "cc" and g.lower_ == "and" and g.i == k.i + 1 for g in k.children):
            out += [k, tok]
    return out


# (session 32) the second parts of compound verbs of force written with a hyphen ("tear-gassed", "pepper-sprayed",
# "water-cannoned", "baton-charged", "machine-gunned", "car-bombed", "pistol-whipped", "gang-raped", "knee-capped"):
# spaCy splits them at the hyphen (nlp.hyphenated_verbs reads the lemma of the part after it)
FORCE_COMPOUND_VERBS = frozenset({"gas", "spray", "cannon", "charge", "gun", "bomb", "whip", "cap", "rape", "shell",
                                  "club"})


# (session 37) verbs of collective action whose present participle before a plural noun names what those people are
# doing ("striking teachers", "protesting farmers", "rioting youths"), and the event nouns such a phrase follows with
# "by" or "of" ("a march by striking teachers", "the arrest of protesting students"): nlp.collective_participles
COLLECTIVE_ACTION_VERBS = frozenset({"strike", "protest", "riot", "demonstrate", "march", "rally", "picket", "mutiny",
                                     "rebel"})
PEOPLES_EVENT_NOUNS = frozenset({
    "march", "protest", "rally", "demonstration", "strike", "sit-in", "walkout", "picket", "vigil", "boycott",
    "stoppage", "occupation", "procession", "blockade", "riot", "unrest", "uprising", "revolt", "mutiny", "gathering",
    "arrest", "detention", "killing", "shooting", "beating", "dispersal", "crackdown", "attack", "massacre", "assault",
    "eviction", "expulsion", "abduction", "kidnapping"})

# The sectors of a state's own people (government, military, legislature, judiciary, police, intelligence): who
# acts for a state. The actors stage reads a foreign office-holder's country by them, the events stage an official
# traveller and ACLED's state forces, the exports a state actor.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})

# Nouns for a meeting, a negotiation or the accord it made ("the Geneva talks", "the Minsk agreement", "the Doha
# process"). Both stages that read the list ask it one question: does "<place> <noun>" name a meeting? When it does,
# the place's name is neither a party to the meeting (events.coder._meeting_places) nor a person's first name
# (actors.clusters.BODY_WORDS: "Paris Agreement" is no one called Paris). One question, so one list: a word that
# should count for only one stage is no meeting noun and belongs in that stage's own list (BODY_WORDS adds "club",
# "times" ...; the events stage must not, since "the Paris Club" is a party). (Session 56: before, the actors stage
# kept four of these words in a list of its own; taking the whole list moved no output on the 300 BBC articles or
# any dev set.)
MEETING_NOUNS = frozenset({"summit", "talk", "talks", "conference", "meeting", "negotiation", "negotiations",
                           "agreement", "accord", "accords", "process", "treaty", "protocol", "convention",
                           "declaration", "deal", "pact", "format", "framework", "round", "forum", "dialogue",
                           "communique", "communiqué", "consensus", "memorandum", "ceasefire", "truce"})

# nouns of answering after "in" ("in protest at", "in response to", "in retaliation for"): the phrase says
# what an act answers (nlp.answers_own_phrases, events.stage's phrases of cause)
ANSWER_NOUNS = frozenset({"protest", "response", "retaliation", "reprisal", "reaction", "revenge", "answer"})
