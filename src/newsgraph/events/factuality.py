"""Factuality flags (PLOVER's auxiliary modes) from the clause around a trigger.

- negated:      "did not attack", "no talks", "refused to meet", "denied sending troops"
- hypothetical: "would be a breakthrough", "could strike", "if X attacks", "a possible deal",
                and the content of requests and threats ("urged X to release", "warned against talks")
- future:       "will visit", "plans to visit", "is expected to sign", "an upcoming summit"
- reported:     the trigger sits inside a quotation (the speaker's claim, not the reporter's)
- historical:   set by the stage from the event date (see stage.date_flags)

`commitment` is returned alongside: the future comes from a commitment ("agreed to", "will",
"pledged to", "is ready to"), which PLOVER codes as AGREE for cooperative events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .syntax import EXERCISING, noun_of_infinitive, to_marked

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "must", "'d", "ca"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# modals that put an act on a condition ("may halt X if Y", "could impose sanctions unless Y")
CONDITIONAL_AUX = frozenset({"would", "could", "might", "may", "'d"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
# Governors of an open complement ("X plans to visit") and what they make of it.
INTENT = frozenset({"plan", "intend", "aim", "expect", "prepare", "schedule", "set", "due", "go", "mull",
                    "consider", "propose", "seek", "want", "wish", "hope", "look", "eye",
                    "weigh", "contemplate", "study", "discuss"})
# Verbs whose object event is planned, not done ("preparing an offensive", "considering sanctions").
INTENT_OBJECT = frozenset({"plan", "prepare", "intend", "schedule", "mull", "consider", "propose", "seek", "want",
                           "contemplate", "weigh", "expect", "plot"})
# Verbs whose object event is feared, not done (s29-nearmiss): "residents feared an attack", "dreaded a new war"
FEARED_OBJECT = frozenset({"fear", "dread"})
# Verbs whose object event does not take place (negative implicatives: "postponed the visit",
# "called off the strike", "abandoned their protest", "averted a war"): the act they name is not done
# (CAMEO.2.0 codes the verb itself, DELAY [120], CANCEL; the noun is no event of its own).
NOT_DONE_OBJECT = frozenset({"postpone", "delay", "defer", "shelve", "cancel", "scrap", "abandon", "avert",
                             "forestall", "annul", "rescind",
                             # a prohibition names what it forbids ("banned protests in the capital"), not an act done
                             "ban", "prohibit", "outlaw", "forbid"})
NOT_DONE_PARTICLE = frozenset({("call", "off"), ("put", "off"), ("put", "back")})
COMMIT = frozenset({"agree", "pledge", "promise", "vow", "swear", "commit", "offer", "undertake",
                    "resolve", "ready", "willing", "prepared", "determined"})
NEGATING = frozenset({"refuse", "deny", "fail", "decline", "avoid", "reject", "stop", "cease", "halt", "quit", "oppose",
                      "resist", "abandon", "forgo", "rule", "veto", "block", "prevent", "unable", "unwilling",
                      "reluctant"})
HYPOTHESIZING = frozenset({"urge", "call", "demand", "ask", "warn", "threaten", "request", "press", "suggest",
                           "fear", "risk", "could", "appeal", "insist", "push", "order", "invite", "encourage",
                           "recommend", "advise", "caution", "allow", "permit", "need", "require", "imagine",
                           "predict", "forecast", "speculate", "doubt", "question", "worry", "hope", "wish"})
# verbs of ceasing: under a negation the act they govern goes on ("never stopped attacking": factual)
CEASING = frozenset({"stop", "cease", "halt", "quit"})
# every word a governor's lemma is looked up in (for _lemma's repair)
GOVERNORS = INTENT | COMMIT | NEGATING | HYPOTHESIZING
SPEECH = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "note", "write", "explain",
                    "insist", "confirm", "declare", "quote", "stress", "emphasize", "emphasise", "reiterate",
                    "conclude", "indicate", "signal", "repeat", "assert", "argue", "contend"})
HYPO_MODS = frozenset({"possible", "potential", "proposed", "hypothetical", "would-be", "likely", "prospective",
                       "eventual", "alleged", "rumored", "rumoured", "mooted", "contemplated"})
FUTURE_MODS = frozenset({"planned", "upcoming", "future", "forthcoming", "scheduled", "coming", "next",
                         "expected", "impending", "imminent"})
COND_MARKS = frozenset({"if", "unless", "whether", "lest"})
ABILITY_ADJ = frozenset({"capable", "incapable", "able", "unable"})
# (s41-plovdet) adjectives of intent whose on-phrase names an act aimed at, not done: "bent on crushing the
# protests", "seem intent on approving the delay", "is keen on meeting the delegation" (PLOVER's future mode)
INTENT_ADJ = frozenset({"intent", "bent", "keen", "set", "determined"})
# (s41-plovdet) a degree word's to-infinitive: "too weak to attack" says the act is not done; "enough" shares the
# modality of the clause it qualifies ("did not go far enough to demand action": no demand; "the accord went far
# enough to demand action": a demand made; "the explosives were enough to destroy a building", told: as told)
DEGREE = frozenset({"too", "enough"})
# Types whose content clause describes an event that did not (yet) happen, or (ACCUSE `allege`) one the
# accuser alleges: "accused Albania of supporting dissidents" is an accusation whose content is `alleged`,
# no act of its own for PLOVER (manual, "Auxiliary modes": the coder returns "the single event category, not
# a category+auxiliary", THREATEN not ASSAULT + hypothetical) though the act itself may well have happened
# (what ACLED reads from it: "accused the rebels of planting the bomb").
CONTENT_FLAGS = {"REQUEST": "hypothetical", "THREATEN": "hypothetical", "REJECT": "negated",
                 "AGREE": "future", "ACCUSE": "alleged"}


TIME_PREPS = frozenset({"after", "following", "since", "amid", "during"})
# Verbs of ending or of stepping in whose object already happened ("sent to break up a brawl", "deployed to
# quell the riots", "to investigate the shooting"): the object is presupposed, whatever the verb's own modality;
# a particle, when given, is required ("break up", "put down": "break the deadlock" is no such verb)
MODAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can", "must", "'ll", "wo", "ca"})
# (s41-plovdet) verbs of inquiry whose into-phrase names an act already done, whatever the inquiry's own modality
# ("will look into the killing of two protesters", "is to inquire into the arrests"), as PRESUPPOSING's "investigate"
INQUIRING_INTO = frozenset({"look", "inquire", "enquire", "probe", "delve"})
PRESUPPOSING = {"quell": None, "disperse": None, "suppress": None, "investigate": None, "probe": None,
                "break": "up", "put": "down"}
# Nouns whose to-clause or for/of phrase proposes an act not done yet: "an appeal to lay down their
# arms", "a proposal for signing a treaty", "an offer of talks", "a plan to attack".
PROPOSING_NOUNS = {"appeal": "hypothetical", "call": "hypothetical", "request": "hypothetical",
                   "demand": "hypothetical", "proposal": "hypothetical", "suggestion": "hypothetical",
                   "invitation": "hypothetical", "plea": "hypothetical", "ultimatum": "hypothetical",
                   "threat": "hypothetical", "offer": "future", "promise": "future", "pledge": "future",
                   "plan": "future", "commitment": "future",
                   # (s32-triple) what is decided is not done yet: "the decision of NATO to station troops"
                   "decision": "future",
                   # what one has the right, the power or the chance to do is not done yet
                   "right": "hypothetical", "permission": "hypothetical", "authority": "hypothetical",
                   "power": "hypothetical", "ability": "hypothetical", "capability": "hypothetical",
                   "capacity": "hypothetical", "chance": "hypothetical", "opportunity": "hypothetical",
                   "need": "hypothetical",  # (s35-generic) "stressed the need to arrest the smugglers": none yet
                   "intention": "future", "readiness": "future", "willingness": "future",
                   # what a move, an effort or a deal is for is not reached yet: "moves to lift the ban",
                   # "the deal to open talks with Ankara" (an attempt or a bid is the act tried: _attempted)
                   "move": "future", "effort": "future", "push": "future", "drive": "future",
                   "campaign": "future", "deal": "future", "agreement": "future", "initiative": "future",
                   "aim": "future", "goal": "future", "hope": "future", "scheme": "future", "strategy": "future",
                   # (s29-nearmiss) what is feared or risked has not happened: "fears of a new attack", "the risk of
                   # war", "the spectre of an invasion"; what an anniversary or a commemoration marks is past
                   "fear": "hypothetical", "risk": "hypothetical", "danger": "hypothetical", "spectre": "hypothetical",
                   "specter": "hypothetical", "prospect": "hypothetical", "possibility": "hypothetical",
                   "likelihood": "hypothetical", "anniversary": "historical", "commemoration": "historical"}
PROPOSING_PREPS = frozenset({"for", "of", "to"})
# (s35-generic) An act named as a kind, not as an occurrence (PLOVER and ACLED code specific events; PLOVER's modes have
# no "generic", so it is told as `hypothetical`, not asserted to have happened):
# - a bare nominal (no determiner, possessive or number) that a verb of permitting or of taking a stand has as its
#   object: "the decree allowed detentions", "senators support imprisonment without trial" ("defended the arrests of
#   twelve activists" names arrests that took place);
LICENSING = frozenset({"allow", "permit", "authorise", "authorize", "legalise", "legalize", "license", "licence",
                       "condone", "tolerate", "justify", "support", "advocate", "endorse", "favour", "favor", "defend",
                       "champion"})
# - an act in the phrase of a law, a rule or a protection, what the rule is about: "laws against protest", "the rules
#   on detention", "freedom from torture";
RULE_NOUNS = frozenset({"law", "legislation", "rule", "regulation", "bill", "code", "statute", "policy", "guideline",
                        "ban", "prohibition", "convention", "protection", "safeguard", "immunity", "freedom",
                        "guarantee"})
RULE_PREPS = frozenset({"against", "on", "from", "about"})
# - a bare nominal or a gerund as the subject of a present-tense clause that says what the act is: "torture is a
#   crime", "detaining people without trial breaks the constitution" (not "fighting is continuing": progressive; not
#   "arresting him was a mistake": past, that arrest).
KIND_DETS = frozenset({"det", "poss", "nummod", "predet"})


def _bare(noun) -> bool:
    """A nominal with no determiner, possessive or number: a kind or an indefinite plural."""
    return not any(c.dep_ in KIND_DETS for c in noun.children)


def _present_simple(verb) -> bool:
    """A finite verb in the simple present ("is", "are", "breaks"): what holds, not what happened (a perfect, a
    progressive or a passive puts the tense on an auxiliary: "has been", "is continuing", "is banned" are no VBZ)."""
    return verb.tag_ in ("VBZ", "VBP")


def kind_of_act(node, gov) -> bool:
    """`node`, reached climbing from an event noun, names the act as a kind under `gov` (LICENSING, RULE_NOUNS, or the
    bare subject of "is a ...")."""
    if node.dep_ == "dobj":
        return _lemma(gov) in LICENSING and _bare(node)
    if node.dep_ == "prep":
        return node.lower_ in RULE_PREPS and gov.lemma_.lower() in RULE_NOUNS
    return node.dep_ == "nsubj" and _bare(node) and gov.lemma_ == "be" and _present_simple(gov) and any(
        c.dep_ == "attr" for c in gov.children)


def _proposed_by(node) -> str | None:
    """The flag of an act proposed by the noun `node` hangs on (an acl to-clause or a for/of/to phrase)."""
    gov = node.head
    noun = noun_of_infinitive(node)
    if noun is not None:  # "welcomed the decision of Japan to lift the curbs", the clause hung on the verb
        return PROPOSING_NOUNS.get(noun.lemma_.lower())
    if gov.i == node.i or gov.pos_ not in ("NOUN", "PROPN") or gov.head.lemma_.lower() in EXERCISING:
        return None  # ("exercised their authority to arrest two men": the power put to work, the act done)
    # (the parser may make a noun's to-clause a relative: "the deal to open talks")
    if (node.dep_ in ("acl", "relcl") and _content_clause(node)) or (node.dep_ == "prep" and node.lower_ in PROPOSING_PREPS):
        return PROPOSING_NOUNS.get(gov.lemma_.lower())
    return None


def _degree(gov) -> str | None:
    """The degree word of `gov`, whose to-infinitive is asked about: `gov` itself ("far enough to demand") or the
    one that modifies it, an adjective or adverb ("too weak to attack", "strong enough to condemn")."""
    if gov.lower_ in DEGREE:
        return gov.lower_
    return next((c.lower_ for c in gov.children if c.dep_ == "advmod" and c.lower_ in DEGREE), None)


def _copula_modality(verb) -> set[str]:
    """The modal flags of a copula's own auxiliaries ("could be", "will be"): what an event noun in the phrase of
    its adjective complement shares ("may be subject to expulsion"). Its negation is the adjective's, not the
    noun's: "was not responsible for the bombing" tells of a bombing."""
    out = set()
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
            out.add("hypothetical")
        elif c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
            out.add("future")
    return out


def _presupposes(verb) -> bool:
    """A verb of ending or stepping in (PRESUPPOSING) with its particle, if it needs one."""
    if verb.lemma_.lower() not in PRESUPPOSING:
        return False
    particle = PRESUPPOSING[verb.lemma_.lower()]
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return False  # "police will break up any protest": a protest that may never be held
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def not_done(verb) -> bool:
    """`verb` says its object does not take place (NOT_DONE_OBJECT, or "call off", "put off")."""
    lemma = verb.lemma_.lower()
    return lemma in NOT_DONE_OBJECT or any(
        k.dep_ == "prt" and (lemma, k.lower_) in NOT_DONE_PARTICLE for k in verb.children)


def _nobody(subj) -> bool:
    """A noun phrase that says there is none: "neither X nor Y", "no country", "none of them", "nobody"."""
    return subj.lower_ in ("nobody", "none", "neither") or any(
        g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in subj.children)


def _none_in_role(arg, is_noun: bool) -> bool:
    """The event's verb says it acted on no one or nothing: its subject ("no country signed") or, when the verb
    is the event's own, its direct object ("held no talks", "signed no deal", "killed nobody"). A verb with
    "no" on its object asserts none of the act took place, as "did not hold talks" does (PETRARCH and CAMEO code
    no negated event). A noun's event climbs to a verb whose object is some other noun ("gave no reason for
    the attack": the attack happened), so there the object does not count."""
    return _nobody(arg) and (arg.dep_ in ("nsubj", "nsubjpass")
                             or arg.dep_ == "dobj" and not is_noun and arg.head.lemma_.lower() not in TOLL_VERBS)


# verbs that tell an attack's toll: "killed no one" counts the victims of an act that took place ("a missile striking a
# school killed no one": the strike happened; ACLED codes an attack with no fatalities), it does not deny the act
TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt", "harm", "maim"})


# verbs that lay an act at someone's door, with the preposition that names the act ("blamed X for",
# "accused X of", "charged X with")
BLAME_VERBS = {"blame": "for", "accuse": "of", "charge": "with", "credit": "with"}


def phrase_governor(prep):
    """What a preposition's phrase belongs to: its head, or the verb of "accused the police of beating"
    when the parser hangs the verb's own of-phrase (BLAME_VERBS) on its object."""
    head = prep.head
    if head.dep_ == "dobj" and BLAME_VERBS.get(head.head.lemma_.lower()) == prep.lower_:
        return head.head
    return head


def _gerund_phrase_flags(prep, trigger_types: dict[int, str]) -> set[str]:
    """Flags of a gerund in a preposition's phrase: what a trigger's phrase is about ("warned
    Washington against sending weapons", "accused the police of beating protesters") and what someone
    is only able to do ("hackers capable of launching attacks": none launched)."""
    out = set()
    gov = phrase_governor(prep)
    if prep.i not in trigger_types and gov.i in trigger_types:
        f = CONTENT_FLAGS.get(trigger_types[gov.i])
        if f:
            out.add(f)
    if prep.head.lemma_.lower() in ABILITY_ADJ:
        out.add("hypothetical")
    if prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() in INTENT_ADJ:
        out.add("future")  # "bent on crushing the protests": aimed at, not done
    if prep.lower_ in ("towards", "toward"):
        out.add("future")  # "work towards lifting the ban": an aim, not yet reached
    if prep.lower_ == "from" and prep.head.lemma_.lower() in ABSTAIN:
        out.add("negated")  # "refrained from criticizing Mordor": not done (session 10, s10-petr)
    if prep.lower_ == "from" and _prevents(prep.head):
        out.add("negated")  # "stopped them from bombing a mall", "barred the army from entering": not done
    return out


# verbs of holding back whose from-phrase names what was not done
ABSTAIN = frozenset({"refrain", "abstain", "desist", "shy"})
# verbs of keeping someone else from an act (s31-triple): "prevent/stop/bar/keep/deter X from doing" says the
# act did not take place, the negative implicative of NOT_DONE_OBJECT with the doer named
PREVENTING = frozenset({"prevent", "stop", "bar", "keep", "deter", "block", "ban", "prohibit", "forbid", "dissuade",
                        "discourage", "restrain", "hinder", "preclude", "debar"})
# governors under which a prevention may not have worked: "failed to stop rebels from seizing the town"
PREVENTION_UNSURE = NEGATING | {"try", "attempt", "struggle", "seek"}


def _prevents(verb) -> bool:
    """`verb` keeps its object from the act of its from-phrase, and is itself told as done or aimed at: not
    negated ("did not stop them from attacking": they attacked) nor under a verb of failing or trying."""
    if _lemma(verb) not in PREVENTING or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not (verb.dep_ in ("xcomp", "ccomp") and _lemma(verb.head) in PREVENTION_UNSURE)


def _negated_ceasing(verb) -> bool:
    """A verb of ceasing under its own negation ("never stopped", "did not cease"): a double negation."""
    return _lemma(verb) in CEASING and any(c.dep_ == "neg" for c in verb.children)


def clause_flags(pred, is_noun: bool, trigger_types: dict[int, str]) -> tuple[set[str], bool]:
    """Flags for the event narrated at `pred` (a verb, or the noun standing for the event): a noun's own
    modifiers and the words between it and the verb of its clause (_noun_clause_verb), then the modality of
    that verb's clause and of the clauses it is the complement of (_verb_clause_flags)."""
    climb = _Climb(pred, is_noun, trigger_types)
    node = pred
    if is_noun:
        climb.flags |= _noun_modifier_flags(pred)
        node = _noun_clause_verb(pred, trigger_types, climb.flags)
        if node is None:
            return climb.flags, climb.commitment
    return _verb_clause_flags(node, climb)


@dataclass
class _Climb:
    """The climb from an event's verb up through the clauses governing it: the flags and the commitment found
    so far, how many clauses climbed, and what later steps must know of earlier ones (a judgement's subject
    clause, the clause climbed from, the ceasing verbs whose negation says the act went on)."""
    pred: object
    is_noun: bool
    trigger_types: dict[int, str]
    flags: set[str] = field(default_factory=set)
    commitment: bool = False
    steps: int = 0
    judged: bool = False
    below: object = None
    going_on: set[int] = field(default_factory=set)


def _noun_modifier_flags(noun) -> set[str]:
    """An event noun's own negation ("no talks") and modifiers ("a possible deal", "an upcoming summit")."""
    flags = set()
    for c in noun.children:
        low = c.lower_
        if c.dep_ == "det" and low == "no" or c.dep_ == "neg":
            flags.add("negated")
        elif c.dep_ in ("amod", "compound") and low in HYPO_MODS:
            flags.add("hypothetical")
        elif c.dep_ in ("amod", "compound") and low in FUTURE_MODS:
            flags.add("future")
    return flags


def _noun_clause_verb(pred, trigger_types: dict[int, str], flags: set[str]):
    """The verb of an event noun's clause, climbed to from the noun (at most six links), with what each link
    says of the event added to `flags`; None when the climb ends at no verb or at a link telling the event as
    having happened (the flags so far are then the event's)."""
    node = pred
    steps = 0
    while node.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "compound",
                        "oprd", "dative", "pcomp") and node.head.i != node.i and steps < 6:
        gov = node.head
        if _told_as_happened(node, gov, pred, trigger_types, flags):
            return None
        flags |= _noun_governor_flags(node, gov, pred, trigger_types)
        node = gov
        steps += 1
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "acomp":
            flags |= _copula_modality(node.head)  # "could be subject to house arrest": none yet
        return None
    return node


def _told_as_happened(node, gov, pred, trigger_types: dict[int, str], flags: set[str]) -> bool:
    """Whether the link from `node` to its governor tells the event as one that happened (a time, a grievance,
    what is broken up or looked into), which ends the climb; a "without" on the way says it is absent."""
    if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
        return True  # "agreed to a ceasefire after two days of fighting": told as a time, it happened
    if node.dep_ == "prep" and node.lower_ == "without":
        flags.add("negated")  # "the talks ended without agreement", "held without charge": what is absent
    if node.dep_ == "prep" and node.lower_ == "over" and trigger_types.get(pred.i) == "ASSAULT":
        # "seeks help over grave vandalism", "demanded action over the killings": violence named after
        # "over" is the grievance the appeal answers, which happened (talks "over a ceasefire" are no
        # violence: their topic stays the content)
        return True
    if node.dep_ == "dobj" and _presupposes(gov):
        return True  # "called in to break up a bar brawl": the brawl happened
    # "is to look into the killing of two protesters": the killing happened
    return node.dep_ == "prep" and node.lower_ == "into" and gov.lemma_.lower() in INQUIRING_INTO


def _noun_governor_flags(node, gov, pred, trigger_types: dict[int, str]) -> set[str]:
    """What the word governing `node` (on the way up from an event noun) makes of the event: proposed,
    planned, feared, a kind of act, not held, or the content of a governing trigger."""
    flags = set()
    if _proposed_by(node) and gov.i != pred.i:
        flags.add(_proposed_by(node))  # "rejected a proposal for talks": no talks yet
    if node.dep_ == "dobj" and gov.lemma_.lower() in INTENT_OBJECT and gov.i not in trigger_types:
        flags.update(("future", "intent"))  # "is preparing a major offensive": not launched yet
    if node.dep_ == "dobj" and gov.lemma_.lower() in FEARED_OBJECT and gov.i not in trigger_types:
        flags.add("hypothetical")  # "residents feared an attack": none yet
    if kind_of_act(node, gov):
        flags.add("hypothetical")  # "the decree allowed detentions", "laws against protest": a kind of act
    if node.dep_ in ("dobj", "nsubjpass") and not_done(gov):
        flags.add("negated")  # "postponed the visit", "the strike was called off": not held
    if gov.i in trigger_types and gov.i != pred.i and node.dep_ in ("dobj", "pobj", "prep", "pcomp", "attr"):
        f = CONTENT_FLAGS.get(trigger_types[gov.i])
        if f:
            # "agreed to US mediation", "pledged support": the pledge is the governing AGREE
            # event's; the noun names what is promised, not yet done (no second AGREE)
            flags.add(f)
    return flags


def _verb_clause_flags(node, climb: _Climb) -> tuple[set[str], bool]:
    """(flags, commitment) from the verb `node` and the clauses above it, climbed (at most eight) while the
    modality of the one above carries down to the one below (_next_clause)."""
    pred = climb.pred
    climb.going_on = {node.i} if climb.is_noun and node.i != pred.i and _negated_ceasing(node) else set()
    while climb.steps < 8:
        climb.steps += 1
        _clause_word_flags(node, climb)
        if node.dep_ == "xcomp" and node.tag_ == "VB" and node.head.lemma_ == "go" and node.head.tag_ == "VBG":
            climb.flags.add("future")  # "is going to visit"
        node = _next_clause(node, climb)
        if node is None:
            break
    return climb.flags, climb.commitment


def _clause_word_flags(node, climb: _Climb) -> None:
    """The flags of the words a clause's verb governs: its negation (not where a negated ceasing says the act
    went on), a "none" in a role, its modal, a condition's mark or "in case"."""
    for c in node.children:
        d, low = c.dep_, c.lower_
        if d == "neg" and node.i in climb.going_on:
            continue  # "did not stop the protests", "never stopped attacking": the act went on
        if d == "neg" or (climb.steps == 1 and _none_in_role(c, climb.is_noun)):
            climb.flags.add("negated")  # ("Neither Gondor nor Rohan attended", "no country signed", "held no talks")
        elif d == "aux":
            _modal_flags(low, node, climb)
        elif d == "mark" and low in COND_MARKS or low == "in" and _in_case(c, node):
            climb.flags.add("hypothetical")


def _modal_flags(low: str, node, climb: _Climb) -> None:
    """What an auxiliary says: a reported "would", a modal on a condition, a hypothetical or a future modal."""
    if low == "would" and _reported_clause(node) and not climb.judged:
        climb.flags.add("future")  # "said it would allow": the reported speaker's "will"
        climb.commitment = True
    elif climb.steps == 1 and not climb.is_noun and low in CONDITIONAL_AUX and _conditioned(node):
        # "may halt its mediation if cooperation founders", "could impose sanctions unless
        # X frees them": an act put on a condition is announced as what will follow it (the
        # CAMEO codebook's 135 example; PLOVER's THREATEN/AGREE recast of a commitment)
        climb.flags.add("future")
        climb.commitment = True
    elif low in HYPOTHETICAL_AUX:
        climb.flags.add("hypothetical")
    elif low in FUTURE_AUX:
        climb.flags.add("future")
        climb.commitment = True


def _next_clause(node, climb: _Climb):
    """The clause whose modality the clause at `node` shares (its verb), or None where the climb ends: at the
    root, at a proposal's or a content clause's head, at a semicolon, at a clause that does not carry down."""
    dep = node.dep_
    gov = node.head
    if gov.i == node.i or dep in ("ROOT",):
        return None
    if _ends_at_content(node, dep, gov, climb):
        return None
    if dep in ("prep", "conj") and node.lower_ in ("by", "through") and \
            any(c.dep_ == "pcomp" for c in node.children):
        while gov.pos_ == "ADP" and gov.dep_ in ("prep", "conj") and gov.head.i != gov.i:
            gov = gov.head  # ("either through a direct attack or by attacking": a coordinated phrase)
        if gov.pos_ in ("VERB", "AUX"):
            return gov  # "could start a war by attacking Jordan": the means shares its act's modality
    same = _same_modality_head(node, dep, gov, climb)
    if same is not None:
        return same
    if dep == "ccomp" and any(c.text == ";" and min(node.i, gov.i) < c.i < max(node.i, gov.i)
                              for c in gov.children):
        return None  # "picked up a blogger; his family has not heard from him since": a semicolon joins two
        # independent clauses (the parser hangs the first on the second), the second's "not" is its own
    if dep in ("xcomp", "ccomp", "advcl", "pcomp") or (dep == "conj" and not _has_own_aux(node)):
        return _governing_clause(node, dep, gov, climb)
    return None


def _ends_at_content(node, dep: str, gov, climb: _Climb) -> bool:
    """Whether the clause at `node` is what a proposal or a trigger's content names (its flag added): the climb
    ends there, the governing act's modality is not the content's."""
    trigger_types = climb.trigger_types
    if _proposed_by(node):  # "dismissed an appeal to lay down their arms", "a proposal for signing"
        climb.flags.add(_proposed_by(node))
        return True
    if dep == "acl" and _content_clause(node) and gov.dep_ in ("dobj", "nsubjpass") \
            and gov.head.i in trigger_types and CONTENT_FLAGS.get(trigger_types[gov.head.i]):
        # "demanded an admission that X murdered Y": the clause is what the demand is about
        climb.flags.add(CONTENT_FLAGS[trigger_types[gov.head.i]])
        return True
    if dep in ("acl", "relcl") and gov.i in trigger_types and _content_clause(node):
        f = CONTENT_FLAGS.get(trigger_types[gov.i])  # "its demand that Israel ease restrictions"
        if f:
            climb.flags.add(f)
        return True
    return False


def _same_modality_head(node, dep: str, gov, climb: _Climb):
    """The verb a gerund subject, a predicate adjective or an "enough" phrase shares its modality with, or None."""
    if dep == "csubj" and node.tag_ == "VBG" and gov.pos_ in ("VERB", "AUX"):
        # "lifting the embargo would be irresponsible": the gerund subject is as real as its clause
        # (a judgement of it, not a promise: "said lifting it would be wrong" commits no one)
        if _present_simple(gov):
            climb.flags.add("hypothetical")  # "detaining people without trial breaks the law": the act as a kind
        climb.judged = True
        return gov
    if dep == "acomp" and node.pos_ == "ADJ" and gov.pos_ in ("VERB", "AUX"):
        return gov  # "would be happy to meet", "is not ready to sign": the copula's modality and negation
    if dep == "advmod" and node.lower_ == "enough" and gov.pos_ in ("VERB", "AUX"):
        return gov  # "did not go far enough to demand action": the clause "enough" qualifies (DEGREE)
    return None


def _governing_clause(node, dep: str, gov, climb: _Climb):
    """The governor of a complement, an adverbial clause or a conjunct, with what it makes of the clause below
    (_complement_flags, _adverbial_head); None where the climb stops there."""
    if dep in ("xcomp", "ccomp", "pcomp"):
        if _complement_flags(node, dep, gov, climb):
            return None  # what a speaker said is narrated as said; the speaker's tense does not carry over
    elif dep == "advcl":
        return _adverbial_head(node, gov, climb)
    climb.below = node
    return gov


def _complement_flags(node, dep: str, gov, climb: _Climb) -> bool:
    """The flags a complement's governor gives it (a trigger's content, ceasing, negating, committing, intending,
    hypothesizing, a schedule, readiness); True when the governor is a speech verb, where the climb stops."""
    glem = _lemma(gov)
    if dep == "pcomp" and gov.dep_ == "prep":
        climb.flags |= _gerund_phrase_flags(gov, climb.trigger_types)
    if gov.i in climb.trigger_types and gov.i != climb.pred.i:
        f = CONTENT_FLAGS.get(climb.trigger_types[gov.i])
        if f:
            climb.flags.add(f)
            climb.commitment = climb.commitment or f == "future"
    _governor_verb_flags(node, dep, gov, glem, climb)
    _readiness_flags(gov, climb)
    return dep == "ccomp" and glem in SPEECH


def _governor_verb_flags(node, dep: str, gov, glem: str, climb: _Climb) -> None:
    """What the governing verb's meaning makes of its complement (the first that applies)."""
    if glem in CEASING and _negated_ceasing(gov):
        climb.going_on.add(gov.i)
    elif glem in NEGATING or dep == "xcomp" and _yet_to(gov):
        climb.flags.add("negated")
    elif glem in COMMIT and dep == "xcomp":
        climb.flags.add("future")
        climb.commitment = True
    elif dep == "xcomp" and _degree(gov) == "too":
        climb.flags.add("hypothetical")  # "too weak to attack", "too divided to impose sanctions": not done
    elif glem in INTENT and (dep == "xcomp" or to_marked(node)):
        # ("expected the embargo to be lifted": the parser makes the infinitive a ccomp)
        climb.flags.update(("future", "intent"))
    elif glem in HYPOTHESIZING:
        climb.flags.add("hypothetical")
    elif glem == "be" and dep == "xcomp" and _scheduled(node, gov):
        climb.flags.add("future")  # "the minister is to visit Ankara": scheduled, not yet done


def _readiness_flags(gov, climb: _Climb) -> None:
    """"X is ready/willing to", "is due to", "is unable to", "is likely to": the adjective governing the
    complement, or a committing one it takes."""
    for c in gov.children:
        if c.dep_ == "acomp" and c.lower_ in COMMIT:
            climb.flags.add("future")
            climb.commitment = True
    if gov.lemma_ in ("ready", "willing", "prepared", "determined", "set", "due", "likely", "unlikely", "able", "unable"):
        if gov.lemma_ in ("unable",):
            climb.flags.add("negated")
        elif gov.lemma_ in ("likely", "unlikely", "able"):
            climb.flags.add("hypothetical")
        else:
            climb.flags.add("future")
            climb.commitment = climb.commitment or gov.lemma_ in ("ready", "willing", "prepared", "determined")


def _adverbial_head(node, gov, climb: _Climb):
    """The verb an adverbial clause shares its modality with (a clause waited on, a purpose of a complement), or
    None: a demand's purpose is its content, and the main clause's modality does not make a subordinate event
    unreal (another's act an aim is to bring about is not done)."""
    purpose = any((c.dep_ == "aux" and c.tag_ == "TO") or (c.dep_ == "mark" and c.lower_ == "for")
                  for c in node.children)
    trigger_types = climb.trigger_types
    if purpose and gov.i in trigger_types and gov.i != climb.pred.i and CONTENT_FLAGS.get(trigger_types[gov.i]):
        # what a demand, threat or offer is for is its content: "demanded a meeting to
        # discuss X", "pushing for the US to support" (nothing discussed or supported yet)
        climb.flags.add(CONTENT_FLAGS[trigger_types[gov.i]])
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in node.children):
        return gov  # "must agree before they demobilize": not yet, as real as the clause it waits on
    if to_marked(node) and gov.pos_ == "VERB" and gov.dep_ in ("xcomp", "ccomp", "conj"):
        return gov  # a purpose shares its act's modality: "is willing to send arms to help defend X"
    below = climb.below
    if purpose and below is not None and below.dep_ in ("xcomp", "ccomp") and _other_doer(node, below):
        # another's act an aim is to bring about is not done: "imposed sanctions to force Moscow to
        # withdraw", "sent boats to help it resist incursions". The aimer's own act is left as the
        # coder reads it: the motion's purpose ("flew to Cairo to meet Sisi"), "mobilized groups to
        # help support X" (the CAMEO codebook's 053 rallying, the support coded)
        climb.flags.add("hypothetical")
    return None  # the main clause's modality does not make a subordinate event unreal


QUESTION_OPENERS = frozenset({"is", "are", "was", "were", "am", "do", "does", "did", "has", "have", "had", "will",
                              "would", "can", "could", "shall", "should", "may", "might", "must"})
LEAD_INS = frozenset({"so", "and", "but", "or", "then", "yet", "now", "well"})


def yes_no_question(sent) -> bool:
    """Sentence `sent` is a yes/no question ("Has he forgotten the internments?", "So is it their job to
    destroy the party?"): it asks, it does not tell. A wh-question presupposes its event and is left
    alone. (Only the sentence's last few and first few tokens are looked at.)"""
    tail = [t for t in sent[-3:] if not t.is_space and t.text not in ('"', "'", "\u201d", "\u2019", "''")]
    if not tail or tail[-1].text != "?":
        return False
    first = next((t for t in sent if not (t.is_punct or t.is_space) and t.lower_ not in LEAD_INS), None)
    return first is not None and first.lower_ in QUESTION_OPENERS and first.pos_ in ("AUX", "VERB")


def _other_doer(aim, comp) -> bool:
    """The complement `comp` of the purpose verb `aim` has a doer of its own: a clausal complement, which has its
    own subject ("to help it resist", "to help its army attack"), or an open one after the aim's object ("to force
    Moscow to withdraw"); not an open complement of the aimer's own ("to help support", "to try to broker")."""
    return comp.dep_ == "ccomp" or any(c.dep_ == "dobj" for c in aim.children)


def _in_case(c, verb) -> bool:
    """The child "in" `c` (the caller has read its word) opens "in case X happens" (a condition) before `verb`, which
    the parser makes the clause's mark or a preposition of its verb with "case" as object ("asked for tanks in case
    troops attacked" may hang "in" on "asked", after it: that request is not conditional); "in the case of Syria" is
    not one."""
    return c.dep_ in ("mark", "prep") and c.i < verb.i and c.nbor(1).lower_ == "case"


def _scheduled(verb, be) -> bool:
    """"X is to visit Y" (to-infinitive after "be"): planned; not a pseudo-cleft, whose subject is a
    clause or a relative ("all it achieved was to supply X", "what they did was to call Y": done)."""
    if not to_marked(verb):
        return False
    subj = [c for c in be.children if c.dep_ in ("nsubj", "csubj")]
    return bool(subj) and not any(c.dep_ == "csubj" or c.lower_ in ("what", "all")
                                  or any(k.dep_ in ("relcl", "acl") for k in c.children) for c in subj)


def _lemma(tok) -> str:
    """The lemma, mended where spaCy's rule lemmatizer drops a silent e that the governor lists need
    ("hoping", "hoped", "hopes" -> "hop"): "hopping" keeps "hop" by its doubled consonant."""
    low = tok.lemma_.lower()
    if low + "e" in GOVERNORS and not tok.lower_.startswith(low + low[-1:]):
        return low + "e"
    return low


def _content_clause(v) -> bool:
    """A clause that states what a noun is about ("demand that X ease", "plan to attack"), not a
    participle describing it ("the agreement reached in 2003")."""
    return any((c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.tag_ == "TO") for c in v.children)


def _conditioned(v) -> bool:
    """v has an if/unless clause of its own and no perfect ("would have attacked if": counterfactual)."""
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in v.children)


def _reported_clause(v) -> bool:
    """v heads the complement of a speech verb ("X said it would ...")."""
    node = v
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH | {"announce", "promise", "pledge", "vow",
                                                                          "warn", "threaten", "insist"}


def _has_own_aux(v) -> bool:
    return any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children)


_QUOTE_MARK = re.compile('["\u201c\u201d]')


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between matching quotation marks in text[start:end] (curly or straight)."""
    spans = []
    open_at = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == "\u201c":
            open_at = i
        elif ch == "\u201d":
            if open_at is not None:
                spans.append((open_at, i + 1))
            open_at = None
        elif open_at is None:
            open_at = i
        else:
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _yet_to(gov) -> bool:
    """"has yet to condemn", "is yet to sign": not done so far, a negation without "not" (session 10,
    s10-petr; the governing have/be carries "yet" with the to-infinitive as its complement)."""
    return gov.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children)
