"""Find event triggers in the parse and their source and target actors.

A trigger is a verb or noun whose lemma has senses in the lexicon; the sense whose conditions
(object, preposition, complement, modifier, subject) hold with the most conditions wins. Participants
come from the dependency parse:

- verbs: subject -> source, object (or dative, or the object of a target preposition) -> target;
  passive voice swaps them ("was attacked by X"); coordinated verbs, open complements ("agreed to
  meet"), relative clauses ("X, which backs Y") and participles ("Maliki, supported by X") inherit
  their subject from the clause they hang on;
- nouns: "X's support for Y", "Israeli strikes on Y", "the invasion of Y by X", and light-verb
  constructions ("X held talks with Y", "X imposed sanctions on Y", "Y received the support of X",
  "Y suffered X strikes").

Every argument is resolved to entity ids through the entity mentions (name, nominal, pronoun) that
cover its head, its appositions, its actor-naming modifiers ("Iraqi government", "US officials"),
"of" phrases ("the government of Iraq"), and its conjuncts (compound actors stay in one event).
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_PUNCT, LOWER

from ..columns import column_list, with_child
from ..model import Document
from ..words import MEETING_NOUNS, OTHERS_OF, coordinated, misparsed_conjunct
from .factuality import BLAME_VERBS, phrase_governor
from .factuality import SPEECH as SPEECH_VERBS
from .lexicon import Lexicon, Sense
from .ontology import QUAD, mode_for_cameo, plover_for_cameo, quad_class
from .petrarch_combine import own_phrase_match
from .petrarch_verbs import NULL, clause_tokens, infinitive, match_modal, match_verb, span_forms
from .verbal import in_words, war_on_a_thing
from .syntax import NOUN_POS, RELATIVIZERS, bare_complement, REQUEST_NOUNS, SUBJ, _misattached_subject, is_passive, is_split_subject, ordered_participle, reduced_relative, stranded_object, subjects, to_marked, undergoers  # noqa: F401 (re-exported)

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NON_PARTICIPANT_SECTIONS = frozenset({"credit", "byline", "published", "caption"})
MENTION_RANK = {"name": 0, "nominal": 1, "metonym": 1, "pronoun": 2}

TARGET_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "for", "from", "between")
NOUN_TARGET_PREPS = frozenset({"on", "upon", "against", "for", "to", "with", "at", "into", "toward", "towards",
                               "regarding", "concerning", "about", "over", "in"})
SOURCE_PREPS_RECEIVED = frozenset({"of", "from", "by"})
# Verbs whose subject undergoes the event named by their object noun ("Iran suffered strikes").
RECEIVE_VERBS = frozenset({"receive", "get", "win", "gain", "obtain", "secure", "enjoy", "face", "suffer",
                           "endure", "undergo", "experience", "see", "accept", "welcome", "attract", "earn",
                           "draw", "incur", "elicit"})  # "the decision drew criticism from India": India's
# Verbs that hand their object noun an agent without adding meaning ("held talks", "launched strikes").
LIGHT_VERBS = frozenset({"hold", "launch", "carry", "conduct", "stage", "make", "give", "offer", "issue",
                         "express", "voice", "announce", "begin", "start", "continue", "lead", "organize",
                         "organise", "mount", "deliver", "provide", "extend", "pledge", "declare", "order",
                         "impose", "reach", "sign", "hold", "have", "take", "send", "file", "lodge", "open",
                         "step", "intensify", "escalate", "resume", "unleash", "renew", "lend", "throw",
                         "show", "reiterate", "repeat", "restate", "call", "plan", "stage", "perform", "keep"})
# Nouns whose appearance as an argument points back to a protest event ("the demonstrations were repressed").
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "riot", "unrest", "uprising",
                           "protester", "demonstrator", "movement", "revolt", "strike", "sit-in"})
# Common nouns that stand for actors ("the Iraqi delegation", "Syrian officials").
ACTOR_NOUNS = frozenset({"government", "official", "leader", "minister", "delegation", "president", "authority",
                         "force", "troop", "army", "police", "people", "rebel", "militant", "regime", "party",
                         "administration", "ministry", "envoy", "diplomat", "ambassador", "soldier", "embassy",
                         "military", "country", "nation", "state", "opposition", "group", "counterpart",
                         "premier", "chancellor", "king", "prince", "cabinet", "parliament", "team", "side",
                         "policeman", "officer", "peacekeeper", "fighter", "guerrilla", "insurgent", "guard"})
# What an actor acts with: troops, weapons, police; never the recipient of its act.
INSTRUMENTS = frozenset({"troop", "force", "soldier", "tank", "warship", "missile", "rocket", "police", "officer",
                         "weapon", "jet", "aircraft", "ship", "reinforcement", "unit", "army", "navy", "policeman",
                         "personnel", "drone", "artillery", "reservist"})
# Types whose object is spoken to or about, never used as a means: "ordered the army to withdraw",
# "praised the police", "accused the army of abuses" name the troops as the recipient.
ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "CONSULT", "REJECT"})
# documents that carry the act their modifier or of-phrase names ("a protest note", "a note of protest")
DOCUMENT_HEADS = frozenset({"note", "letter"})
# Heads that make a compound event noun a plain modifier: "riot police", "truce monitors", "aid agencies".
EVENT_HEADS = frozenset({"movement", "campaign", "action", "wave", "effort", "activity", "operation", "protest", "strike", "attack", "march", "rally", "talk",
                         "meeting", "deal", "agreement", "accord", "pact", "violation", "threat", "call", "demand",
                         "bid", "drive", "offensive", "raid", "mission", "initiative", "proposal", "negotiation",
                         "spree", "blitz", "barrage", "crackdown", "delivery", "convoy", "shipment"})
VERB_POS = frozenset({"VERB"})
# nouns whose national modifier names no actor ("the Russian language", "Iraqi cuisine")
# places that stand for the people they house: "a camp for refugees", "a home for orphans"
SHELTERS = frozenset({"camp", "shelter", "home", "hostel", "school", "hospital", "settlement", "orphanage", "clinic"})
# plural nouns that "the two ..." / "both ..." point back with (Participants._pair): persons or countries
PAIR_NOUNS = {"leader": "person", "president": "person", "minister": "person", "premier": "person",
              "country": "country", "nation": "country", "government": "country", "state": "country",
              "side": "country", "neighbour": "country", "neighbor": "country", "capital": "country"}
NOT_ACTORS = frozenset({"language", "culture", "cuisine", "music", "literature", "art", "film", "cinema", "history",
                        "style", "tradition", "word", "name", "dialect", "script", "food", "dish", "heritage"})
# Doers that are no one (s29-nearmiss): a natural force, an illness or a market. PLOVER codes what an actor does
# (manual, "Required entities": a political or social actor, sector UNK at least), and ACLED political violence by
# organised or identifiable groups; "storms battered the coast", "the virus attacks immune cells", "the drought
# threatens the harvest", "markets rallied" name none. (Not "fire": "sniper fire killed two" is someone's.)
NO_ONE = frozenset({
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tremor", "aftershock", "flood",
    "floodwater", "flooding", "flashflood", "wildfire", "bushfire", "blaze", "inferno", "drought", "landslide",
    "mudslide", "landslip", "tsunami", "avalanche", "heatwave", "heat", "rainfall", "downpour", "snowfall",
    "blizzard", "snowstorm", "gale", "lightning", "eruption", "volcano", "famine", "erosion",
    "virus", "coronavirus", "disease", "infection", "illness", "bacterium", "bacteria", "pathogen", "germ",
    "parasite", "cancer", "tumour", "tumor", "epidemic", "pandemic", "outbreak", "cholera", "malaria", "measles",
    "ebola", "flu", "influenza", "covid", "covid-19", "superbug",
    "market", "stock", "share", "equity", "price", "rent", "inflation", "currency", "bond", "index", "yield",
    "commodity", "midfield", "midfielder", "winger", "goalkeeper"})
# a sports side told by its ground ("the home side attacked"; not "the Russian side attacked")
GROUND_SIDES = frozenset({"home", "away", "visiting"})


def no_one_doing(tok) -> bool:
    """The verb's doers (a passive's agent, else its subjects) are all no one (NO_ONE, a home or away side)."""
    if is_passive(tok):
        doers = [p for a in tok.children if a.dep_ == "agent" for p in pobjs(a)]
    else:
        doers = [c for c in tok.children if c.dep_ == "nsubj"] or subjects(tok)
    # (each conjunct too: "storms and rebels attacked" has someone doing it)
    return bool(doers) and all(_no_one(d) and all(_no_one(k) for k in d.children if k.dep_ == "conj") for d in doers)


def _no_one(d) -> bool:
    w = d.lemma_.lower()
    # (a name is someone: "Mr Price met", "Sarah Bond visited"; but a plural the tagger took for a name keeps its
    # plural as lemma: "Wildfires threatened")
    if (w in NO_ONE and d.pos_ != "PROPN") or (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w[:-1] in NO_ONE):
        return True
    return w == "side" and any(k.dep_ in ("amod", "compound") and k.lower_ in GROUND_SIDES for k in d.children)


# the left modifiers that may name who a noun phrase is ("Turkish troops", "Iraq's army")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# modifiers that make an event noun a newsroom item: "press release", "news conference"
PRESS_MODS = frozenset({"press", "news", "media"})
DEONTIC = frozenset({"must", "should"})
NO_COMMENT = frozenset({"comment", "elaborate", "speculate", "say", "confirm", "disclose", "reveal", "name",
                        "identify", "answer", "respond", "specify", "detail"})
NAMING = frozenset({"name", "identify", "quote", "cite"})
DEMAND_SPEECH = frozenset({"say", "declare", "conclude", "insist", "reiterate", "state", "tell", "announce",
                           "stress", "emphasize", "emphasise", "write", "argue", "add", "repeat", "remind"})
DEONTIC_SENSE = Sense(type="REQUEST", cameo="100", origin="rule: said ... must")
# "said Y should have done Z": what Y did not do, blamed (CAMEO 111 criticize; PLOVER ACCUSE, "express
# disapprovals, objections, and complaints"); a demand can only ask for what is still to be done
REPROACH_SENSE = Sense(type="ACCUSE", cameo="111", mode="disapprove", origin="rule: said ... should have")
# an attack in words (events/verbal.py): CAMEO 111 criticize or denounce, not 19x force
VERBAL_ATTACK_SENSE = Sense(type="ACCUSE", cameo="111", mode="disapprove", origin="rule: attacked in words")
SELF = frozenset({"i", "we"})  # "we should have done more": the speaker's own failure


@dataclass
class Candidate:
    sense: Sense
    token: object  # the trigger's head token
    start: int  # trigger span (document chars)
    end: int
    sent: object
    anchor: object  # the token that stands for the event in the clause (compound head for nouns)
    predicate: object  # the token whose clause narrates the event (light verb for "held talks")
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    source_tokens: list = field(default_factory=list)
    target_tokens: list = field(default_factory=list)
    mode: str | None = None
    is_noun: bool = False
    slot_source: list = field(default_factory=list)  # tokens a dictionary pattern's $ took
    slot_target: list = field(default_factory=list)  # ... its + took (or a rule's named recipient: _armed_against)
    compound: list = field(default_factory=list)  # ... its % took: the actors act on each other
    reverse: Sense | None = None  # a second code from target to source ("visit": 042 and 043)
    swap: bool = False  # the pattern codes only target -> source
    dictionary: bool = False  # coded by a user's PETRARCH verb dictionary (its code stands as given)
    negation_coded: bool = False  # ... by a pattern that spells out the negation: the code is the negated act's
    whole: bool = False  # ... by a pattern naming its complement's verb: the code is the pair's (no combination)
    modal: bool = False  # ... by a modal the dictionary lists ("should": match_modal): a demand of its own, no content
    fallback: bool = False  # coded from the built-in CAMEO.2.0 alone (cameo_sense: a verb our lexicon lacks)


FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _quoted_self(doc: Document, sdoc, starts, tok2ent: dict, participants: set[str]) -> dict[int, str]:
    """'"I have asked India to reopen the border," the minister said': "I", "we" (and "me", "us", "my",
    "our") inside a direct or partial quotation are its speaker, whom the quotes stage names; the
    actors stage resolves pronouns only outside quotations. Token index -> the speaker's entity, for
    first-person words no mention covers, when the speaker may take part in events (_can_participate)."""
    out: dict[int, str] = {}
    lower, first_person = None, ()
    for q in getattr(doc, "quotes", ()):  # (a stand-in document with entities only has none)
        if q.kind not in ("direct", "partial") or q.speaker not in participants:
            continue
        if lower is None:  # the LOWER column and the words' ids, read once: no Token made per quoted word
            lower = column_list(sdoc, LOWER)
            first_person = {sdoc.vocab.strings[w] for w in FIRST_PERSON}
        ts, te = token_range(starts, q.start, q.end)
        for i in range(ts, te):
            if lower[i] in first_person and i not in tok2ent:
                out[i] = q.speaker
    return out


class Participants:
    """Maps tokens to the entities that may act in events, and resolves argument tokens."""

    def __init__(self, doc: Document, sdoc, event_nouns: frozenset[str] = frozenset(),
                 cities: frozenset[str] = frozenset()):
        """`cities`: the entities that name a city (city_entities), for _meeting_places."""
        self.tok2ent: dict[int, str] = {}
        self.event_nouns = event_nouns
        self.triggers: dict[int, str] = {}  # the current sentence's trigger tokens -> type (set by the stage)
        self.country = {e.id: e.actor.country for e in doc.entities if e.actor is not None and e.actor.country}
        self.actor_ids = frozenset(e.id for e in doc.entities if e.actor is not None)
        # countries only guessed from what the article is about ("rebels" in a story about Britain)
        self.guessed = frozenset(e.id for e in doc.entities if e.attrs.get("country_basis") == "article focus")
        self.sector = {e.id: e.actor.sector for e in doc.entities if e.actor is not None and e.actor.sector}
        self.persons = frozenset(e.id for e in doc.entities if e.actor is not None and e.type == "PERSON")
        self.not_persons = frozenset(e.id for e in doc.entities if e.type in ("ORG", "GPE", "NORP", "LOC", "FAC"))
        self.places = frozenset(e.id for e in doc.entities if e.type in ("GPE", "LOC", "FAC"))
        self.user_coded = _user_coded_actors(doc)
        # (country, sector) -> the group: "Freedonian and Sylvanian officials" has both countries' officials
        self.groups = {(e.actor.country, e.actor.sector): e.id for e in doc.entities
                       if e.actor is not None and e.actor.country and e.actor.sector and e.type != "PERSON"}
        ranked = []
        for ent in doc.entities:
            if not _can_participate(ent):
                continue
            for m in ent.mentions:
                ranked.append((MENTION_RANK.get(m.kind, 1), m.start, m.end, ent.id))
        ranked.sort()
        # resolve() of a token, asked for again and again by the sentence's triggers, its patterns'
        # slots and the checks made before them: what it reads (the mapping above, the parse) does
        # not change once made, so each token of this parse is resolved once
        self._sdoc, self._resolved = sdoc, {}
        starts = token_starts(sdoc)
        punct = column_list(sdoc, IS_PUNCT)  # (the Doc's column: a Token made per word of every mention costs more)
        for _, start, end, eid in ranked:
            ts, te = token_range(starts, start, end)
            for i in range(ts, te):
                if i not in self.tok2ent and not punct[i]:
                    self.tok2ent[i] = eid
        for i in _meeting_places(sdoc, self.tok2ent, cities):
            del self.tok2ent[i]
        self.quoted_self = _quoted_self(doc, sdoc, starts, self.tok2ent, {eid for *_, eid in ranked})

    def names_actor(self, tok) -> bool:
        """The token is part of an actor's mention (a pattern's $ or + slot may take it)."""
        return tok.i in self.tok2ent or (tok.pos_ == "PRON" and bool(self.resolve(tok)))

    def is_actor(self, tok) -> bool:
        """The token names an actor itself ("Iraq", "him", "the Iraqi delegation"), not an event or
        thing that merely carries one ("the support of X", "Assad's failure")."""
        if tok.i in self.tok2ent or (tok.pos_ in ("PROPN", "PRON") and self.resolve(tok)):
            return True
        return tok.lemma_.lower() in ACTOR_NOUNS and bool(self.resolve(tok))

    def _misparsed_conjuncts(self, tok, eid: str) -> list[str]:
        """"President Rufus Firefly and Ambassador Trentino met": the parser may hang the first name
        inside the second one's title; a coded person or group named left of "and" inside the
        argument's own phrase is a conjunct too (bare countries there are modifiers, not actors)."""
        left = [t for t in tok.subtree if t.i < tok.i]
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
            return []
        out = []
        for t in left:
            e = self.tok2ent.get(t.i)
            if e and e != eid and e not in out and e in self.actor_ids and e in self.sector and (
                    t.pos_ == "PROPN" or misparsed_conjunct(t)):
                out.append(e)
        return out

    def _of_conjuncts(self, tok, eid: str, out: list[str]) -> list[str]:
        """"the presidents of Gondor and Rohan", "officials from Gondor and Rohan": the group of each
        other country of the of- or from-phrase (the actors stage makes one per country)."""
        more = []
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in pobjs(c)):
            for x in coordinated(p):
                x_ent = self.tok2ent.get(x.i)
                e = self.groups.get((self.country.get(x_ent), self.sector.get(eid)))
                if e is None and eid not in self.sector and x_ent in self.country and x_ent in self.actor_ids:
                    e = x_ent  # "negotiators from X and Y": a party of no sector is its country's (no group to find)
                if e and e != eid and e not in out and e not in more:
                    more.append(e)
        return more

    def _pair(self, tok) -> list[str]:
        """"the two countries signed", "both leaders held talks": the two latest actors of that kind
        named before it (persons for leaders; for countries, governments and sides, actors of two
        different countries), as a reader takes them."""
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NNS" or lemma not in PAIR_NOUNS or not any(
                (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ == "det" and c.lower_ == "both")
                for c in tok.children):  # (en_core_web_sm makes "both" a det, also in "both the leaders")
            return []
        people = PAIR_NOUNS[lemma] == "person"
        found: list[str] = []
        for i in reversed(range(tok.i)):
            e = self.tok2ent.get(i)
            if e is None or e in found or e not in self.actor_ids or (e in self.persons) != people:
                continue
            if not people and (self.country.get(e) is None or self.country[e] in {self.country.get(f) for f in found}):
                continue
            found.append(e)
            if len(found) == 2:
                return found  # (latest first: the stage orders an event's actors itself)
        return []

    def resolve(self, tok, depth: int = 0) -> list[str]:
        """The actors a token names (a new list each call: callers may change it)."""
        if depth or tok.doc is not self._sdoc:
            return self._resolve(tok, depth)
        found = self._resolved.get(tok.i)
        if found is None:
            found = self._resolved[tok.i] = self._resolve(tok)
        return list(found)

    def _resolve(self, tok, depth: int = 0) -> list[str]:
        eid = self.tok2ent.get(tok.i) or self.quoted_self.get(tok.i)
        if eid and eid not in self.actor_ids and depth == 0:
            # "Kenzo Oshima, the UN relief coordinator,": a name without a code takes its apposition's
            coded = [e for c in tok.children if c.dep_ == "appos" for e in self.resolve(c, depth + 1)
                     if e in self.actor_ids]
            if coded:
                eid = coded[0]
        out = self._named(tok, eid, depth) if eid else self._unnamed(tok, depth)
        return unique(out + self._listed(tok, eid, depth))

    def _named(self, tok, eid: str, depth: int) -> list[str]:
        """A token some mention names (eid): that actor, and those its own phrase adds (misparsed
        conjuncts, coordinated modifiers, the countries of an of- or from-phrase)."""
        out = [eid]
        if depth == 0:
            out += self._misparsed_conjuncts(tok, eid)
        # "Hungarian and Romanian officials": coordinated modifiers name several actors
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children):
                for x in [c] + [g for g in c.children if g.dep_ == "conj"]:
                    e = self.tok2ent.get(x.i)
                    e = self.groups.get((self.country.get(e), self.sector.get(eid)), e) if e and not self.sector.get(e) else e
                    # "U.S. and Russian negotiators": the Russian ones are already in
                    if e and e not in out and not (self.country.get(e) and self.country.get(e) in
                                                   {self.country.get(o) for o in out}):
                        out.append(e)
        return out + self._of_conjuncts(tok, eid, out)

    def _unnamed(self, tok, depth: int) -> list[str]:
        """A token no mention names: the actors its apposition, a pair it counts ("the two
        countries"), its modifiers or its "of" chain name, in that order."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ == "appos" and not _misattached_subject(c):
                out += self.resolve(c, depth + 1)
        if out and depth == 0 and not any(e in self.actor_ids for e in out):
            # "A member of the Syrian parliament, Mohammed Mamoun,": an uncoded name, a coded body
            coded = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in pobjs(c) for e in self.resolve(p, depth + 1) if e in self.actor_ids]
            out = coded[:1] or out
        if not out and depth == 0:
            out = self._pair(tok)
        if not out and tok.lemma_.lower() not in NOT_ACTORS:
            out = self._modifier_actors(tok)
        if not out and depth <= 2:  # "a member of the government of Iraq, X": the "of" chain, a few links deep
            out = self._phrase_actors(tok, depth)
        return out

    def _modifier_actors(self, tok) -> list[str]:
        """The actors the noun's modifiers name ("Iraqi officials", "the Turkish and Greek sides"); a
        possessive only where the noun is not someone else's ("Israel's ally" is someone else)."""
        out: list[str] = []
        # "Israel's ally" is someone else, "his Freedonian counterpart" a Freedonian
        mods = MODIFIER_DEPS - {"poss"} if tok.lemma_.lower() in OTHERS_OF else MODIFIER_DEPS
        for c in tok.lefts:
            if c.dep_ in mods:
                e = self.tok2ent.get(c.i)
                if e is None and c.dep_ == "compound":
                    e = next((self.tok2ent[g.i] for g in c.lefts if g.i in self.tok2ent), None)
                if e:
                    out.append(e)
                    # "the Turkish and Greek sides": every coordinated modifier names one
                    out += [self.tok2ent[g.i] for g in c.children if g.dep_ == "conj" and g.i in self.tok2ent]
        return out

    def _phrase_actors(self, tok, depth: int) -> list[str]:
        """The actors a noun's phrases make it of: its "of" (or a doer's "from"), a shelter's "for",
        an act's author ("from", "by"), a participle's agent."""
        out: list[str] = []
        authored = tok.lemma_.lower() in self.event_nouns or tok.lemma_.lower() in EVENT_HEADS
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and c.i == tok.i + 1
                                     and tok.tag_ in ("NN", "NNS") and _doer_slot(tok)):
                # "a delegation from X visited", "delegates from X met": a doer no one's, right
                # before "from", is of the actor it comes from (as "of" says whose); not "with
                # help from X" (a means: the helper is no party)
                out += [e for p in c.children if p.dep_ == "pobj" for e in self.resolve(p, depth + 1)]
            elif c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_.lower() in SHELTERS:
                # "a camp for Congolese refugees was attacked": those it houses
                out += [e for p in pobjs(c) for e in self.resolve(p, depth + 1)]
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and authored:
                # "an appeal from President X", "a demand by Iran": the act's author
                out += [e for p in pobjs(c) for e in self.resolve(p, depth + 1)]
            elif c.dep_ == "acl":
                for a in c.children:
                    if a.dep_ == "agent":
                        out += [e for p in a.children if p.dep_ == "pobj" for e in self.resolve(p, depth + 1)]
        return out

    def _listed(self, tok, eid: str | None, depth: int) -> list[str]:
        """The actors of the list the token heads: its conjuncts (less a negated one), and an
        apposition the parser made of a list's next item."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ == "conj" and _negated_conjunct(c):
                continue  # "condemned Mordor, but not Dagolath", "Gondor, not Rohan,": excluded, not listed
            # (no depth cap for a conjunct: the parser chains a list's items, each the conjunct of the
            # one before, and a list is as long as it is: "The United States, Britain, ..., Japan and
            # Canada condemned"; the recursion only goes down the tree, so it ends)
            if c.dep_ == "conj" and not is_split_subject(c):  # ("condemned Ithilen and
                out += self.resolve(c, depth + 1)  # Rohan said": Rohan is the next clause's subject)
            elif c.dep_ == "appos" and eid and depth < 4 and self.tok2ent.get(c.i) not in (None, eid) \
                    and any(g.dep_ == "conj" for g in c.children):
                out += self.resolve(c, depth + 1)  # "The Gondor government, Rohan's parliament and Arnor":
                # a list the parser read as an apposition with conjuncts
            elif c.dep_ == "appos" and depth < 4 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "and":
                out += self.resolve(c, depth + 1)  # "The president of Arnor and the prime minister of
                # Eriador": an "apposition" after "and" is the next conjunct
        return out


def _user_coded_actors(doc: Document) -> frozenset[str]:
    """Actors of the user's CAMEO actor dictionaries (--actors), a PETRARCH user's own: those the
    dictionaries coded (actors/codes.py: code_source) and those of a country they coded ("Sylvania's
    government": the user's SYL with the role the sentence gives it)."""
    coded = [e for e in doc.entities if e.actor is not None and str(e.attrs.get("code_source", "")).startswith("dictionary")]
    countries = {e.actor.country for e in coded if e.actor.country}
    return frozenset(e.id for e in coded) | frozenset(
        e.id for e in doc.entities if e.actor is not None and e.actor.country in countries)


def _doer_slot(tok) -> bool:
    """The noun is a clause's subject, or a passive's by-agent (or what one is "of": "a team of
    negotiators from X")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _negated_conjunct(c) -> bool:
    """A conjunct its own "not" excludes ("Mordor, but not Dagolath"; session 10, s10-petr). Not the
    "not" of "not only X but also Y", which adds."""
    return any(g.dep_ == "neg" and g.nbor(1).lower_ != "only" and (
        g.head.i == c.i or g.head.dep_ == "cc" and g.head.head.i == c.head.i)  # ("but not": on the "but")
        for g in c.doc[c.head.i + 1:c.i])


def _meeting_places(sdoc, tok2ent: dict[int, str], cities: frozenset[str]) -> list[int]:
    """The tokens of a city's name (an entity of `cities`) that is the compound modifier of a meeting noun
    (words.MEETING_NOUNS): no actor for the events (the places stage still reads the city as the meeting's place).
    (Not an attack's: "the Paris attacks" names the place struck, which CAMEO codes as the target's country; not a
    body's: "the Paris Club" is a creditors' group.)"""
    out: list[int] = []
    for i, eid in tok2ent.items():
        if eid not in cities:
            continue
        t = sdoc[i]  # (the name's last word is the one the parser hangs on the noun: "New York talks")
        if t.dep_ == "compound" and t.head.lemma_.lower() in MEETING_NOUNS and not any(c.text == "-" for c in t.lefts):
            # (a hyphen before it: the second of a pair, "the Kyiv-Moscow talks" names the two sides; the parser
            # hangs the second name on the noun, the first and the hyphen on the second)
            run = [i]
            while tok2ent.get(run[-1] - 1) == eid:
                run.append(run[-1] - 1)
            out += run
    return out


def city_entities(doc: Document) -> frozenset[str]:
    """The entities one of whose mentions ends with a name the places stage resolved to a city (the mention may
    hold its article: "the Abu Dhabi"; not "the Paris Club", whose name goes on past the city's)."""
    starts = {m.end: m.start for p in doc.places if p.feature == "city" for m in p.mentions}  # end -> start
    if not starts:
        return frozenset()
    return frozenset(e.id for e in doc.entities
                     if any(m.end in starts and starts[m.end] >= m.start for m in e.mentions))


def token_starts(sdoc) -> list[int]:
    """The character offset of every token (the parse's shared column, for token_range; not to be changed)."""
    return column_list(sdoc, IDX)


def token_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Token indices [a, b) covering document chars [start, end) (expanding to whole tokens), given
    the document's token_starts."""
    a = max(0, bisect.bisect_right(starts, start) - 1)
    b = bisect.bisect_left(starts, end)
    return a, max(a, b)


def _can_participate(ent) -> bool:
    if ent.attrs.get("section") in NON_PARTICIPANT_SECTIONS:
        return False
    if ent.attrs.get("media") and not ent.attrs.get("nominal") or ent.attrs.get("agency") \
            or ent.attrs.get("actor") is False:
        return False  # (a news outlet reports; "two Gondor journalists", a group of people, may be arrested)
    return ent.actor is not None or ent.type in ACTOR_TYPES


def unique(items: list[str]) -> list[str]:
    seen = set()
    return [x for x in items if not (x in seen or seen.add(x))]


def pobjs(prep) -> list:
    """The objects of a preposition, and those of the same preposition repeated in a coordination ("sent aid
    to Gaza and to Darfur", "sanctions on Iran and on Syria": one phrase whose objects are both parties)."""
    out = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] or _stranded_object(prep)
    for c in prep.children:
        if c.dep_ == "conj" and c.lower_ == prep.lower_:
            out = out + [p for p in c.children if p.dep_ == "pobj"]
    return out


def phrase_objects(tok, words: tuple[str, ...], deps: tuple[str, ...] = ("prep",), keep=None) -> list:
    """The objects of `tok`'s own prepositions spelled one of `words` (labelled one of `deps`: "agent" for a
    passive's "by"), in order; with `keep`, only those it accepts ("the attack by Hamas on Israel": by -> Hamas)."""
    return [p for k in tok.children if k.dep_ in deps and k.lower_ in words for p in pobjs(k) if keep is None or keep(p)]


def _stranded_object(prep) -> list:
    """"granted asylum to five officers holed up in the embassy": the parser read the reduced
    relative as a clause and made the preposition's noun its subject, leaving the preposition with
    no object. The noun that starts right after the preposition, subject of a bare participle
    (no auxiliary; the tagger may call it a past tense) to its right, is the object."""
    doc = prep.doc
    if prep.dep_ not in ("prep", "dative") or prep.i + 1 >= len(doc):
        return []
    first = doc[prep.i + 1]  # (a passive subject right after the preposition is the noun itself too)
    for n in first.ancestors if first.dep_ not in ("nsubj", "nsubjpass") else [first]:
        if n.dep_ in ("nsubj", "nsubjpass") and n.left_edge.i == prep.i + 1 and n.pos_ in NOUN_POS:
            v = n.head
            if v.tag_ in ("VBN", "VBG", "VBD") and v.i > n.i and v.head.i == prep.head.i and \
                    not any(c.dep_ in ("aux", "auxpass") for c in v.children):
                return [n]
        if n.i > prep.i + 8:
            break
    return []


def direct_objects(v) -> list:
    """The verb's direct objects, one shifted after an "as" phrase, and a counted one the parser hung
    on a particle: "kidnapped up to 16 Russian advisers" read as kidnapped -prt-> up -prep-> to
    -pobj-> advisers."""
    out = [k for k in v.children if k.dep_ == "dobj"]
    if out:
        return out
    stranded = displaced_object(v)
    if stranded is not None:
        return [stranded]
    # "denounced as an ugly crime Serbia's suppression of ...": the object shifted after an "as"
    # phrase is parsed as an apposition of the phrase's noun
    shifted = [a for k in v.children if k.dep_ == "prep" and k.lower_ == "as" for p in k.children
               if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos"]
    if shifted:
        return shifted[:1]
    named = _named_as(v)  # "denounced what it called Mordor's aggression": the aggression
    if named:
        return named
    return [q for k in v.children if k.dep_ == "prt" and k.lower_ == "up" for p in k.children
            if p.dep_ == "prep" and p.lower_ == "to" for q in p.children
            if q.dep_ == "pobj" and any(n.dep_ == "nummod" for n in q.children)]


def displaced_object(v):
    """The verb's object that the parser made the subject of a clause hung on the verb: a stranded one ("freed four
    aid workers held captive since March", stranded_object), else one shifted after the verb's own adjunct
    ("shortened by one hour the curfew imposed after the coup", shifted_object); None when neither."""
    stranded = stranded_object(v)
    return stranded if stranded is not None else shifted_object(v)


# the adjunct phrases an object may be shifted after ("by one hour", "for a month", "on Monday", "last week")
SHIFT_ADJUNCTS = frozenset({"prep", "agent", "npadvmod", "advmod"})


def shifted_object(v):
    """"shortened by one hour the nightly curfew imposed in Sudan after a coup toppled the government":
    an object placed after the verb's own adjunct (a heavy noun phrase shifted to the end) is read by
    the parser as the subject of a clause hung on the verb, leaving the verb with no object. The noun
    is the object when the verb (active, no object, not a verb of saying) is followed by its own
    adjunct phrases and then, with nothing between, the noun phrase, subject of a clause hung on the
    verb; and that clause is the noun's own bare participle ("eased by two hours the curfew ordered
    after ...") or the noun's own modifying clause lies between it and the clause's verb ("relaxed on
    Monday the restrictions placed on parties after the plotters were arrested"). A reported clause
    ("said on Thursday the rebels killed 17 villagers", "insisted on Friday the army arrested them")
    has neither, and a verb of saying takes a clause, not an object."""
    if v.pos_ != "VERB" or v.lemma_.lower() in SPEECH_VERBS or \
            any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in v.children):
        return None
    for k in v.children:
        if k.dep_ not in ("ccomp", "advcl") or k.i < v.i:
            continue
        n = next((c for c in k.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k.i), None)
        if n is None or n.pos_ not in NOUN_POS:
            continue
        adjuncts = sorted((c for c in v.children if c.dep_ in SHIFT_ADJUNCTS and v.i < c.i < n.i), key=lambda c: c.i)
        if not adjuncts or adjuncts[0].left_edge.i != v.i + 1 or adjuncts[-1].right_edge.i + 1 != n.left_edge.i:
            continue  # the noun phrase must follow the verb's own adjuncts at once
        if any(a.right_edge.i + 1 != b.left_edge.i for a, b in zip(adjuncts, adjuncts[1:])):
            continue
        participle = k.tag_ == "VBN" and k.i == n.i + 1 and \
            not any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in k.children)
        if participle or any(c.dep_ in ("acl", "relcl") and n.i < c.i < k.i for c in n.children):
            return n
    return None


# what forces are sent against when they are sent for disaster relief (PLOVER MOBILIZE: "Mobilizing police or
# military forces for disaster relief should be coded as AID"): the disaster, its victims, the relief itself
RELIEF_WORDS = frozenset({"flood", "flooding", "earthquake", "quake", "typhoon", "cyclone", "hurricane", "storm",
                          "tsunami", "wildfire", "bushfire", "blaze", "landslide", "mudslide", "avalanche", "drought",
                          "famine", "eruption", "disaster", "epidemic", "pandemic", "relief", "rescue", "victim",
                          "survivor"})
# the phrases of a deployment that say what it is for or after what it comes
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def relief_purpose(v) -> bool:
    """A deployment for disaster relief: its purpose (an infinitive, "sent soldiers to help flood victims"; a
    "for" phrase, "mobilised the army for earthquake relief") or a phrase of what it follows ("deployed troops
    after the cyclone") names a disaster, its victims or the relief. A deployment to guard, to stop or after
    clashes names none and stays MOBILIZE. (The parser may hang the phrase on the forces sent: "mobilised army
    units for flood relief".)"""
    sent = [k for o in v.children if o.dep_ == "dobj" for k in o.children if k.dep_ == "prep"]
    for c in [*v.children, *sent]:
        if c.dep_ in PURPOSE_DEPS and c.i > v.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            phrase = c.subtree
        elif c.dep_ == "prep" and c.lower_ in ("for", "after", "following"):
            phrase = c.subtree
        else:
            continue
        if any(t.lemma_.lower() in RELIEF_WORDS for t in phrase):
            return True
    return False


NAMING_VERBS = frozenset({"call", "term", "describe", "brand", "label", "dub"})


def _named_as(v) -> list:
    """"condemned what it called Mordor's aggression", "denounced what Rohan described as an
    attack": the verb's object is the free relative "what", the clause naming it says what it is
    (the name after "called", or after "as"), and that name is the object the verb acts on."""
    for k in v.children:
        if k.dep_ == "ccomp" and k.lemma_.lower() in NAMING_VERBS and k.i > v.i and any(
                w.dep_ == "dobj" and w.lower_ == "what" for w in k.children):
            return [o for o in k.children if o.dep_ == "oprd"][:1] or \
                [p for o in k.children if o.dep_ == "prep" and o.lower_ == "as" for p in pobjs(o)][:1]
    return []


# the labels under which a trigger's child is what the act is done to (its object's lemma names the sense)
_OBJECT_LABELS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
_MODIFIER_LABELS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# the children displaced_object needs (stranded_object: a ccomp on the verb or on its acomp/ccomp adjective;
# shifted_object: a ccomp or advcl), and the one _shared_object needs (a coordinated verb)
_DISPLACING_LABELS = ("ccomp", "advcl", "acomp")
_SHARING_LABELS = ("conj",)
# the trigger's own labels under which undergoers() may name someone (a relative, adverbial or
# prepositional clause's verb; else only a past participle, VBN, can be one)
_UNDERGOING_LABELS = frozenset({"relcl", "pcomp", "advcl"})


def _condition_words(tok) -> tuple[set[str], set[str], set[str], set[str]]:
    """(objects, preps, xcomps, mods) around a trigger, as lemma/lower sets."""
    objs, preps, xcomps, mods = set(), set(), set(), set()
    # (a displaced object is the subject of a clause hung on the verb or on its adjective: a trigger with no
    # such child, most of them, has none; the Doc's table of such parents says so without a walk)
    stranded = displaced_object(tok) if tok.i in with_child(tok.doc, _DISPLACING_LABELS) else None
    for c in [*tok.children, *([stranded] if stranded is not None else [])]:
        d = "dobj" if stranded is not None and c.i == stranded.i else c.dep_
        if d in _OBJECT_LABELS:
            _object_words(tok, c, d, objs, preps)
        elif d in ("prep", "agent", "prt"):
            _phrase_words(c, d, objs, preps)
        elif d == "xcomp":
            xcomps.add(c.lemma_.lower())
        elif d in _MODIFIER_LABELS:
            mods.add(c.lemma_.lower())
            mods.add(c.lower_)
        elif d == "advmod":
            preps.add(c.lower_)  # "step down", "back down" parsed as adverbs
        elif d in ("advcl", "acomp", "ccomp"):
            _complement_words(tok, c, d, objs, preps)
    _undergone_words(tok, objs)
    _governor_words(tok, preps, mods)
    return objs, preps, xcomps, mods


def _object_words(tok, c, d: str, objs: set[str], preps: set[str]) -> None:
    """What the object child c says of the sense: its lemma and its parts' (objects), and the adjectives
    that complete the verb on it (as particles, "set the engineers free")."""
    objs.add(c.lemma_.lower())
    if c.lower_ in ("who", "whom"):
        # (session 37) the relative "who" names a person whatever noun the parser hangs its clause on ("the
        # owner of a bakery, who was shot": the nearest noun a thing): a sense for people's harm applies
        objs.add("person")
    if d == "oprd" and c.tag_ == "JJ":
        preps.add(c.lower_)  # a passive's resultative ("was shot dead", "was burned alive"): as its active's
    for g in c.children:
        if g.dep_ == "amod" and g.tag_ == "JJ" and (g.i == tok.i + 1 or g.i > c.i):
            preps.add(g.lower_)  # "set the engineers free", "let free six peacekeepers": the verb's
        if g.dep_ in ("conj", "compound", "quantmod"):  # ("deposited $3 billion": the parser heads it on the number)
            objs.add(g.lemma_.lower())
        elif g.dep_ == "amod" and g.lemma_ == "make":
            # (session 34) "a bomb-making factory": what the place makes names it, as a compound's noun does
            # ("a bomb factory"); the parser hangs "bomb" on "making"
            objs.update(x.lemma_.lower() for x in g.children if x.dep_ == "npadvmod")
        elif g.dep_ == "prep" and g.lower_ == "of":
            for p in pobjs(g):
                objs.add(p.lemma_.lower())
                objs.update(x.lemma_.lower() for x in p.children if x.dep_ == "compound")


def _phrase_words(c, d: str, objs: set[str], preps: set[str]) -> None:
    """A prepositional, agent or particle child c: its word (preps) and its objects' lemmas (objs), so
    "fire on", "pull out of the bloc" and "the deployment of peacekeeping troops" meet their senses."""
    if d == "prep" and _of_time(c):
        return  # "fired its chief executive on Monday": a date's "on" is no "fire on" (nor its object one)
    preps.add(c.lower_)
    for p in pobjs(c):
        objs.add(p.lemma_.lower())
        if c.lower_ == "of":  # "the deployment of peacekeeping troops"
            objs.update(x.lemma_.lower() for x in p.children if x.dep_ in ("compound", "amod"))
    if c.lower_ == "out":  # "pulled out of the regional bloc": the parser hangs "of" on "out"
        for p in (p for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for p in pobjs(o)):
            objs.add(p.lemma_.lower())
            objs.update(x.lemma_.lower() for x in p.children if x.dep_ == "compound")


def _complement_words(tok, c, d: str, objs: set[str], preps: set[str]) -> None:
    """A clause or adjective completing the verb (d is advcl, acomp or ccomp): what it adds to the
    sense's conditions, a particle-like adjective, a "for" or "that" clause, an infinitive's subject."""
    if c.tag_ == "JJ" and all(k.dep_ in ("prep", "nsubj") or reduced_relative(k) for k in c.children):
        # "set free three hostages": a bare adjective completing the verb (the parser may hang the
        # verb's phrase or object on it: "held the sailors captive for three months")
        preps.add(c.lower_)
    elif d in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
        preps.add("for")  # "pushed for the US to support", "called for Iran to halt"
    elif d == "ccomp" and (c.i < tok.i or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
        # "protested that the vote was rigged", "the vote was rigged, the opposition protested":
        # a statement, not a street protest
        preps.add("that")
    elif d == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        # "allowed aid convoys to cross": the parser makes the verb's object the infinitive's subject
        for n in c.children:
            if n.dep_ == "nsubj":
                objs.add(n.lemma_.lower())
                objs.update(x.lemma_.lower() for x in n.children if x.dep_ == "compound")


def _undergone_words(tok, objs: set[str]) -> None:
    """Who undergoes the event though the parser made them no object of it (a clause's subject
    "under" it, a shared object, a passive relative's antecedent): their lemmas, as objects'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX"):
        # "the convoy came under fire", "the town was under siege": the clause's subject undergoes the
        # event, as an object does (who acts is the "from" or the agent: _undergone_sides)
        for u in subjects(tok.head.head):
            objs.add(u.lemma_.lower())
            objs.update(g.lemma_.lower() for g in u.children if g.dep_ == "compound")
    if tok.i in with_child(tok.doc, _SHARING_LABELS):  # (no conjunct, nothing shared: the Doc's table says so)
        objs |= _shared_object(tok)
    for u in _passive_undergoers(tok):  # "the clerk, who was stabbed", "a man was found shot": their undergoer;
        objs.add(u.lemma_.lower())  # "the bomb discovered in the van": the noun the participle hangs on
        objs.update(g.lemma_.lower() for g in u.children if g.dep_ == "compound")


def _passive_undergoers(tok) -> list:
    """undergoers(tok) + _participle_head(tok), asked only of a trigger whose own label or tag lets them name
    anyone (most triggers, nouns and finite verbs, let neither: each would walk the trigger's children for
    nothing). undergoers: a relcl, pcomp or advcl, or a VBN (bare_participle, found_state); _participle_head:
    an acl or an amod (means_participle)."""
    under = undergoers(tok) if tok.dep_ in _UNDERGOING_LABELS or tok.tag_ == "VBN" else []
    return under + _participle_head(tok) if tok.dep_ in ("acl", "amod") else under


def _governor_words(tok, preps: set[str], mods: set[str]) -> None:
    """What the word the trigger hangs on adds: the noun it is a compound of, the document it is "of"
    (mods), and the phrases the parser hung on a verb of receiving or a light verb (preps)."""
    if tok.dep_ == "compound":
        mods.add(tok.head.lemma_.lower())
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DOCUMENT_HEADS:
        mods.add(tok.head.head.lemma_.lower())  # "a note of protest", as "a protest note"
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and verb_lemma(tok.head) in RECEIVE_VERBS:
        # "got a warning on Friday from X": the parser hangs the noun's "from" on the verb of receiving
        preps.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ == "from")
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and verb_lemma(tok.head) in LIGHT_VERBS:
        # "opened a hearing Wednesday into X", "held talks on Monday with Y": the parser hangs the
        # noun's own phrase on the light verb (a phrase of time is the verb's)
        preps.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                     and not any(p.ent_type_ in ("DATE", "TIME") for p in pobjs(c)))


def _of_time(prep) -> bool:
    """A preposition whose object is a date or time ("on Monday", "at dawn", "in March"): the clause's
    time, not a complement of the verb."""
    objs = pobjs(prep)
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


# The rule lemmatizer's wrong lemmas of verbs the senses name: it strips "staged" to the noun "stag" (a word
# of its tables), so "staged a strike" lost its light verb and the strike read as a military one
VERB_LEMMA_FIXES = {"stag": "stage", "readmitte": "readmit"}


def verb_lemma(tok) -> str:
    low = tok.lemma_.lower()
    return VERB_LEMMA_FIXES.get(low, low) if tok.pos_ in ("VERB", "AUX") else low


# Verbs of giving in return: their object is what each side gives the other ("exchanged prisoners, ambassadors,
# threats"), never the party it is given to (that is the with-phrase or the other coordinated subject)
EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})


def exchanged(tok) -> bool:
    """The noun is what an exchange verb exchanges ("Gondor and Mordor exchanged threats", "traded
    accusations"): an act each side does to the other."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and verb_lemma(tok.head) in EXCHANGE_VERBS


def governor_lemma(tok) -> str:
    """The verb a noun hangs on, directly or through one preposition ("went on strike" -> go); for a
    participle, the verb whose small clause it is ("ordered two soldiers held" -> order)."""
    a = tok
    while a.dep_ == "compound" and a.head.i != a.i:
        a = a.head
    order = ordered_participle(a)  # (it asks for the participle's own tag, VBN or VBD, and clause)
    h = order if order is not None else a.head
    if a.dep_ == "pobj" and h.dep_ == "prep":
        h = h.head
    return verb_lemma(h) if h.pos_ in ("VERB", "AUX") else ""


def reduced_passive(tok):
    """The participle of a reduced passive relative on the noun ("the strike, called by the union"), else None."""
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children):
            return c
    return None


def governed_by(tok, verbs: frozenset[str]) -> bool:
    """The noun hangs on one of `verbs` (governor_lemma), or one of them is its reduced passive relative: "the
    strike, called by the union" says what "the union called the strike" says, so the sense holds as for the
    active clause's object."""
    if governor_lemma(tok) in verbs:
        return True
    p = reduced_passive(tok)
    return p is not None and verb_lemma(p) in verbs


def passive_governor_agents(tok, verbs: frozenset[str]) -> list:
    """The by-phrase of the noun's reduced passive relative when its verb is one of `verbs` (the sense's
    governors): "the strike, called by the union" is the union's strike, as "the union called a strike" is."""
    p = reduced_passive(tok)
    if p is None or verb_lemma(p) not in verbs:
        return []
    return phrase_objects(p, ("by",), deps=("agent",))


def _circumstantial_on(tok, parts: Participants) -> set[str]:
    """{"on"} when a passive verb's "on" phrase names no actor ("the film was shot on location", "shot on a
    phone"): the passive subject is already what the verb acts on, so "on" tells where or with what, not
    a second target as in "shot on protesters" or "shots were fired on the crowd". A stranded "on" ("the
    convoy was fired on") has no phrase and keeps its sense."""
    if not is_passive(tok):
        return set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            objs = pobjs(c)
            if objs and not any(parts.is_actor(o) for o in objs):
                return {"on"}
    return set()


def _doers_only(senses) -> frozenset:
    """The types of a lemma's senses when every one is for particular doers ("bombs ripped through", "vandals
    damaged"), else none: such a lemma adds those doers' readings, so between a user's actors the verb keeps
    CAMEO.2.0's bare block code of the same type (cameo_sense)."""
    return frozenset(s.type for s in senses) if senses and all(s.subject is not None for s in senses) else frozenset()


# verbs whose object is a living being harmed ("wounded two classmates"): what a verb coordinated before them acts on
HARM_TO_PERSON = frozenset({"kill", "wound", "injure", "murder", "maim", "hurt"})


def _shared_object(tok) -> set[str]:
    """(session 37) "shot and wounded two classmates", "stabbed and critically injured a driver": a verb with no object
    of its own and a coordinated verb right after its "and" (an adverb between at most) share the second verb's
    object; when that verb harms a person ("wound", "kill", "injure"), the object is a person, whatever its noun."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return set()
    for c in tok.children:
        if c.dep_ != "conj" or not c.tag_.startswith("VB") or c.i <= tok.i + 1 or not all(
                (t.dep_ == "cc" and t.head.i == tok.i) or (t.dep_ == "advmod" and t.head.i == c.i)
                for t in tok.doc[tok.i + 1:c.i]):
            continue
        out = set()
        for o in (o for o in c.children if o.dep_ == "dobj"):
            out.add(o.lemma_.lower())
            out.update(g.lemma_.lower() for g in o.children if g.dep_ == "compound")
            if c.lemma_.lower() in HARM_TO_PERSON:
                out.add("person")
        return out
    return set()


def _participle_head(tok) -> list:
    """The noun a past participle with no object of its own hangs on (a reduced passive relative: "the bomb
    discovered in the van", "weapons seized at the border"): what the participle's verb acts on."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS and tok.head.i < tok.i \
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return [tok.head]
    return [tok.head] if means_participle(tok) else []


# the means of crowd control that name a compound verb ("tear-gassed", "pepper-sprayed", "water-cannoned",
# "baton-charged"; the lexicon's `mod` of those verbs)
CROWD_CONTROL_MEANS = frozenset({"tear", "pepper", "water", "baton"})


def means_participle(tok) -> bool:
    """(session 34) "tear-gassed protesters", "pepper-sprayed marchers": a compound participle of crowd control
    modifying a noun tells the act done to what the noun names, as "protesters were tear-gassed" does; the other
    participles before a noun ("the attacking side", "wounded soldiers") stay descriptions, no event."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in CROWD_CONTROL_MEANS for c in tok.children)


# what makes a verb transitive or complemented: "quit smoking", "quit the talks", "quit to run for office"
_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "dative", "oprd"})


def choose_sense(senses: list[Sense], tok, parts: Participants) -> Sense | None:
    # the first sense whose every condition the verb meets, asked in the order of the cheapest first;
    # what the conditions read is made once, at the first sense that asks for it
    facts = _VerbFacts(tok, parts)
    for s in senses:
        if _frame_fits(s, facts) and (s.governor is None or governed_by(tok, s.governor)) \
                and _doer_fits(s, facts) and _undergoer_fits(s, tok, parts):
            return s
    return None


class _VerbFacts:
    """What a verb's senses ask of it (choose_sense), each made at the first sense that asks: a verb whose first
    fitting sense asks nothing, "attacked", never walks its children."""

    __slots__ = ("tok", "parts", "_words", "_circumstantial", "_doers")

    def __init__(self, tok, parts: Participants):
        self.tok, self.parts = tok, parts
        self._words = self._circumstantial = self._doers = None

    def words(self) -> tuple[set[str], set[str], set[str], set[str]]:
        if self._words is None:
            self._words = _condition_words(self.tok)
        return self._words

    def circumstantial(self) -> set[str]:
        if self._circumstantial is None:
            self._circumstantial = _circumstantial_on(self.tok, self.parts)
        return self._circumstantial

    def doers(self) -> set[str]:
        if self._doers is None:
            self._doers = _doer_lemmas(self.tok)
        return self._doers


def _frame_fits(s: Sense, facts: _VerbFacts) -> bool:
    # the sense's object, preposition, complement and modifier words:
    # each it names must stand on the verb
    if s.object is None and s.prep is None and s.xcomp is None and s.mod is None:
        return True
    objs, preps, xcomps, mods = facts.words()
    if s.object is not None and not (s.object & objs):
        return False
    if s.prep is not None and not (s.prep & preps):
        return False  # (no prep of the sense stands there: no need to ask which are circumstantial)
    if s.prep is not None and not (s.prep & preps - facts.circumstantial()):
        return False
    if s.xcomp is not None and not (("*" in s.xcomp and xcomps) or (s.xcomp & xcomps)):
        return False
    return s.mod is None or bool(s.mod & mods)


def _doer_fits(s: Sense, facts: _VerbFacts) -> bool:
    # a sense for one kind of doer ("troops deployed", "students marched")
    return s.subject is None or bool(s.subject & facts.doers())


def _doer_lemmas(tok) -> set[str]:
    # the doer: a passive's agent ("has been captured by police"), else the
    # subject (as the parser's reduced relatives read it: "members of two rival gangs fought")
    doers = [p for a in tok.children if a.dep_ == "agent" for p in pobjs(a)] if is_passive(tok) else []
    doers = doers or subjects(tok)
    lemmas = {t.lemma_.lower() for t in doers}
    for t in doers:
        lemmas.update(c.lemma_.lower() for c in t.children if c.dep_ == "compound")
        # "a group of women marched", "dozens of students marched": who they are of
        for o in (o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"):
            lemmas.add(o.lemma_.lower())
            # "a first batch of peacekeeping troops arrived": what kind of troops
            lemmas.update(g.lemma_.lower() for g in o.children if g.dep_ == "compound")
    # a name keeps its plural as lemma ("Sudanese Armed Forces fought"): its singular too
    return lemmas | {w[:-1] for w in lemmas if len(w) > 3 and w.endswith("s") and not w.endswith("ss")}


def _undergoer_fits(s: Sense, tok, parts: Participants) -> bool:
    # what the sense asks of the verb's object: none for an intransitive
    # sense, an actor or a person where it asks one, someone met for a meeting verb
    if s.intransitive and any(c.dep_ in _COMPLEMENTS for c in tok.children):
        return False
    if s.entity_object:
        dobj = undergoers(tok) or [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or _controlled(tok) \
            or _prep_object(tok, s.prep)
        # an actor, not an event noun that happens to carry one ("received the support of X"); (s39-det) in
        # an act on a person's body or liberty a personal pronoun is its victim ("he was shot", "shot her"):
        # PLOVER codes the ASSAULT whoever the target is. (Only there: "thanked him", "fought them" stay as
        # they were; and "beat" has no such sense, a contest beating people too: "beat him in the primary")
        if not dobj or not (parts.is_actor(dobj[0]) or (_on_a_person(s) and _person_pronoun(dobj[0]))):
            return False
    if s.person_object and not people_object(tok, parts):
        return False
    return not (s.type == "CONSULT" and s.reverse == "same" and s.object is None and tok.pos_ == "VERB"
                and not _meets_someone(tok, parts))


# a second predicate on the object makes the verb a judgement of it, not an act on it ("held Gondor responsible",
# "kept them informed", "held him to be a traitor")
_SECOND_PREDICATES = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


_OWN = frozenset({"its", "their"})


def people_object(v, parts: Participants) -> bool:
    """The verb's direct object names people, not a place, a thing or an event: "held three aid workers", "is holding
    the opposition leader", "held dozens of students" (its of-phrase names who), against "held the town", "held talks",
    "held Gondor responsible". A verb of custody reads so only with people as what it acts on (CAMEO 173)."""
    if any(c.dep_ in _SECOND_PREDICATES or (c.dep_ == "advcl" and c.pos_ == "ADJ") for c in v.children):
        # (an adjective the parser hangs on the verb as a clause is that predicate: "held the company liable")
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"] or [c for c in v.children if c.dep_ == "nsubjpass"]
    if not objs:
        return False
    o = objs[0]
    if o.pos_ == "PRON":
        return o.lower_ in PERSON_PRONOUNS
    if any((c.dep_ == "amod" and c.i > o.i) or (c.dep_ == "poss" and c.lower_ in _OWN) for c in o.children):
        # "held the minister responsible" (the parser hangs the predicate on the object); "held its congress",
        # "held their convention": a body's own gathering, which it holds as an event
        return False
    if not parts.is_actor(o):
        # a quantity of people: "dozens of students", "scores of protesters"
        of = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]
        if not of or not parts.is_actor(of[0]):
            return False
        o = of[0]
    return not any(e in parts.places for e in parts.resolve(o))


def _hyphenated(tok, lex: Lexicon):
    """("sit-in" -> its head "in", "sit-in"): spaCy splits a hyphenated noun into word, dash, word and
    heads it on the last word; the lexicon lists it whole. (tok, None) for any other token."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return tok, None
    whole = f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return (doc[tok.i + 2], whole) if whole in lex.noun_set else (tok, None)


def _on_behalf(prep, v) -> bool:
    """"For the Liberal Democrats, Sir Menzies said ...": a for-phrase fronted before the subject says
    on whose behalf one speaks or acts, not to whom."""
    return prep.lower_ == "for" and prep.i < v.i and any(s.dep_ in SUBJ and prep.i < s.i < v.i for s in v.children)


def _deontic_sense(modal) -> Sense | None:
    """The act a "must"/"should" clause under a verb of saying tells: a demand ("said Y must leave"), or, with
    the perfect, no demand: "should have acted" blames Y for a past failure (REPROACH_SENSE), "we should
    have acted" owns one, and "must have known" infers what Y did (no act of the speaker's at all)."""
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" and a.i > modal.i for a in modal.head.children)
    if not perfect:
        return DEONTIC_SENSE
    if modal.lower_ != "should" or any(c.dep_ in SUBJ and c.lower_ in SELF for c in modal.head.children):
        return None  # ("we should have done more": the speaker owns a failure, blames no one)
    return REPROACH_SENSE


def _askable(v, parts: Participants) -> bool:
    """The subject of a "must/should" clause may be someone asked to act, so the clause under a verb of saying
    may be a demand (PLOVER REQUEST: "all requests, demands, and orders"). Not so an active clause's subject
    that grammar marks as no one: a noun our lexicon counts as no doer ("markets should calm", "inflation
    should ease": NO_ONE), or a bare singular common noun, which English uses for a mass or abstract noun
    ("diversity must not mean division", "growth should recover"), not for a person or a body (those take an
    article: "the prince should apologise"; a headline drops its articles, so one without a final stop keeps
    its bare nouns). Our actor nouns ("government must act"), an entity's words and an event noun ("dialogue
    must resume", which asks its doers) are someone; so are names and pronouns. ("No one must leave" is an
    order to all, which PLOVER codes; the tagger's bare noun "nobody" falls under the mass-noun test, so
    "nobody should doubt" is none and "nobody must leave" is missed. Plural and definite nouns, people or not, "prices should fall", "brokers must give", are
    left: the parse alone does not tell them apart.) The caller reads only a clause with an active subject
    (syntax.SUBJ)."""
    s = next(c for c in v.children if c.dep_ in SUBJ)
    lemma = s.lemma_.lower()
    if s.i in parts.tok2ent or lemma in ACTOR_NOUNS or lemma in parts.event_nouns or lemma in EVENT_HEADS:
        return True
    return not (_no_one(s) or _mass_noun(s))


def _mass_noun(n) -> bool:
    """A singular common noun with no determiner, possessive or number, in a sentence that ends with a stop.
    ("wrote that patience must": the parser may take the complementizer after the verb for a determiner.)"""
    if n.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") and not _complementizer(c) for c in n.children):
        return False
    return n.sent[-1].is_punct


def _complementizer(det) -> bool:
    return det.lower_ == "that" and det.i > 0 and det.doc[det.i - 1].pos_ == "VERB"


def _judgement(v) -> bool:
    """A copula with nothing to do under it: "said arts funding should be independent" asks nothing of
    anyone, where "the US must be ready to mediate" does."""
    return v.lemma_ == "be" and not any(g.dep_ == "xcomp" for c in v.children for g in c.children)


def _prep_object(noun, preps: frozenset[str] | None) -> list:
    """A noun's object is that of the preposition its sense asks for ("the strike on Lebanon": Lebanon,
    where "the strike on Monday" has no actor there)."""
    if noun.pos_ not in NOUN_POS or not preps:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c)]


def _controlled(v) -> list:
    """"allowed candidate X to run", "warned Iran to stop": the parser makes the object the subject
    of a to-infinitive complement; it is the verb's object all the same."""
    return [s for k in v.children if k.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in k.children)
            for s in k.children if s.dep_ in ("nsubj", "nsubjpass")]


PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i"})


def _on_a_person(s: Sense) -> bool:
    """A sense whose act is done to a person's body or liberty: CAMEO's 18x (abduct, wound, kill), 186
    (assassinate), 193 (small arms) and an arrest (173); not 190 or 192, a force's fighting or taking of ground, nor
    a bare 182 injury, which need be no one's act ("she was injured in the crash", "injured him in a tackle")."""
    return (s.type == "ASSAULT" and s.cameo[:3] not in ("190", "192") and s.cameo != "182") or s.mode == "arrest"


def _person_pronoun(tok) -> bool:
    """A personal pronoun undergoing the act as its object or its passive subject ("shot him", "she was shot")."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.lower_ in PERSON_PRONOUNS


def _meets_someone(v, parts: Participants) -> bool:
    """A meeting verb with an object meets someone ("met the Chinese envoy", "the leaders met"),
    not a demand, deadline or resistance ("their demands are met", "met the target"). With no object,
    what it meets "with" must be someone too: "met with the rebels" is a meeting, while "the film met
    with scathing reviews" or "the plan met with resistance" is how a thing was received (a meeting
    needs an actor on both sides)."""
    obj = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if obj:
        return obj[0].lower_ in PERSON_PRONOUNS or parts.is_actor(obj[0])
    met = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in pobjs(c)]
    if not met or _someone(met[0], parts):
        return True
    lemma = met[0].lemma_.lower()
    if lemma in parts.event_nouns or lemma in EVENT_HEADS or lemma in BEFALLS:
        return False  # "met with criticism", "met with protests": an act is answered, not met; "met with
        # an accident", "met with approval": a fate or a reception befalls the subject, whoever it is
    # a noun this reading does not know as people ("met with relatives") is met by someone, while a
    # thing meets with no one ("the film met with scathing reviews")
    subs = subjects(v)
    return not subs or _someone(subs[0], parts)


# What "meets with" someone or something without a meeting (the dictionaries' "meet with" sense of
# experiencing or receiving): a fate that befalls a person and the reception a plan or a person gets.
# Nouns of people are never here (they are met: _someone is asked first).
BEFALLS = frozenset({"accident", "mishap", "misfortune", "tragedy", "disaster", "death", "end", "fate", "injury",
                     "failure", "success", "setback", "defeat", "difficulty", "problem", "obstacle", "delay",
                     "approval", "disapproval", "response", "reception", "reaction", "welcome", "resistance",
                     "scepticism", "skepticism", "hostility", "indifference", "silence", "derision", "ridicule",
                     "acclaim", "applause", "enthusiasm", "favour", "favor", "rebuff", "refusal", "rejection"})


def _someone(tok, parts: Participants) -> bool:
    """What is met "with" is someone: an actor, a personal pronoun, or a noun of people that no entity
    resolves ("met with officials"); a thing or a reaction is no one ("reviews", "resistance")."""
    return tok.lower_ in PERSON_PRONOUNS or parts.is_actor(tok) or tok.lemma_.lower() in ACTOR_NOUNS


# CAMEO 063 "Engage in judicial cooperation" (codebook: "extradite suspects"): handing someone over
# who stands accused of a crime is extradition, not the return or release (084) of a person held
ACCUSED_WORDS = frozenset({"suspect", "suspected", "alleged", "accused", "wanted", "indicted", "charged", "convicted",
                           "fugitive", "kingpin", "lord", "trafficker", "smuggler"})  # ("a drug lord", s28)


# CAMEO 163 "Impose embargo, boycott, or sanctions" against 172 "Impose administrative sanctions":
# a restriction on trade ("import restrictions", "a trade ban", "export controls") is an embargo
TRADE_WORDS = frozenset({"import", "export", "trade"})


def _on_trade(v) -> bool:
    """The restriction `v` imposes is one on trade: its object is qualified by import, export or trade."""
    return any(k.lemma_.lower() in TRADE_WORDS for o in v.children if o.dep_ in ("dobj", "nsubjpass")
               for k in o.children if k.dep_ in ("compound", "amod", "nmod"))


def _hands_over_accused(v) -> bool:
    """`v` hands someone over ("over" as its particle) whom the text calls accused: the object (or
    the people an "of" phrase names: "two of its nationals suspected of ...") is a suspect or
    fugitive, or is qualified as suspected, alleged, wanted ...."""
    if not any(k.lower_ == "over" and k.dep_ in ("prt", "prep", "advmod") for k in v.children):
        return False
    people = [k for k in v.children if k.dep_ in ("dobj", "nsubjpass")]
    people += [p for n in people for k in n.children if k.dep_ == "prep" and k.lower_ == "of" for p in pobjs(k)]
    return any(t.lemma_.lower() in ACCUSED_WORDS or t.lower_ in ACCUSED_WORDS
               for n in people for t in [n, *(k for k in n.children if k.dep_ in ("amod", "acl", "compound"))])


def find_candidates(sent, lex: Lexicon, parts: Participants, tokens=None) -> list[Candidate]:
    """Triggers in a sentence; `tokens` (when given) are the only tokens worth looking at."""
    tokens = list(sent) if tokens is None else tokens
    if lex.petr is not None:
        return _dictionary_candidates(tokens, lex, parts, sent)
    consumed: set[int] = set()  # nouns a verb sense names as its object: no event of their own
    out = _verb_candidates(tokens, lex, parts, sent, consumed)  # verbs first, so they consume their nouns
    have = {c.token.i for c in out}  # verbs that code already: a rule below codes each verb once
    out += _deontic_demands(tokens, have, parts, sent)
    out += _warnings(tokens, have, sent)
    out += _armed_against(tokens, have, sent)
    return [c for c in out + _noun_candidates(tokens, lex, parts, sent, consumed) if not _notice_warning(c)]


# what a warning's modifier may say it is: a forecast or a public notice ("a profit warning", "a flood warning", "a
# travel warning"), told to whom it may concern, not the warner's threat to another (CAMEO 13 and PLOVER THREATEN:
# threats and warnings of what the warner will do, "coercive or forceful warnings with serious potential
# repercussions")
NOTICE_MODIFIERS = frozenset({
    "profit", "profits", "earning", "earnings", "revenue", "sale", "sales", "trading", "dividend",  # (lemmas: "earning")
    "weather", "storm", "flood", "flooding", "rain", "rainfall", "snow", "ice", "wind", "gale", "fog", "heat",
    "heatwave", "frost", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "avalanche", "fire", "wildfire",
    "bushfire", "drought", "smog", "pollution", "amber", "yellow",
    "health", "travel", "safety", "product"})


def _notice_warning(c: Candidate) -> bool:
    """A threat whose trigger is a warning (the noun itself, or the object of its verb: "issued a profit warning")
    that a NOTICE_MODIFIERS word marks as a forecast or a notice."""
    if c.sense.type != "THREATEN":
        return False
    nouns = [c.token] if c.is_noun else [k for k in c.token.children if k.dep_ in ("dobj", "nsubjpass")]
    return any(n.lemma_.lower() == "warning" and any(
        k.dep_ in ("compound", "amod") and k.lemma_.lower() in NOTICE_MODIFIERS for k in n.children)
        for n in nouns)


def _dictionary_candidates(tokens, lex: Lexicon, parts: Participants, sent) -> list[Candidate]:
    """A PETRARCH user's reading: the verbs (and modals) the user's dictionaries list code, and nothing
    else (no event nouns, no rules of ours); a verb a modal's or a lower verb's pattern took is claimed."""
    out: list[Candidate] = []
    claimed: set[int] = set()  # verbs a modal's pattern coded with their phrase
    governed: set[int] = set()  # verbs under a dictionary's modal that code by their own patterns
    for tok in tokens:
        if tok.pos_ == "AUX":
            _modal_candidate(tok, lex, parts, sent, out, claimed, governed)
        elif tok.i not in claimed and (tok.pos_ in VERB_POS or infinitive(tok)) and _not_adjectival(tok) \
                and tok.dep_ != "prep":  # ("according to", "following": a preposition, no verb phrase for PETRARCH)
            c = _dictionary_verb(tok, lex, parts, sent, out, claimed)
            if c is not None:
                c.modal = tok.i in governed
                out.append(c)
    return out


def _not_adjectival(tok) -> bool:
    """A verb form that is no adjective ("demanding customers", "the attacking side" are descriptions); a
    participle of crowd control before its noun is one ("tear-gassed protesters", means_participle)."""
    return tok.dep_ != "amod" or means_participle(tok)


def _dictionary_verb(tok, lex: Lexicon, parts: Participants, sent, out: list, claimed: set[int]) -> Candidate | None:
    """The user's dictionary's candidate of a verb it knows (the combined reading of a complement's verb phrase
    when --combine is on, petrarch_combine.py); the upper verb a pattern spells is claimed (_claim_upper)."""
    m = match_verb(lex.petr, tok, parts.names_actor)
    if m is not None and lex.combination is not None:
        m = own_phrase_match(lex.petr, tok, parts.names_actor, m)
    if m is None:
        return None
    _claim_upper(tok, m, out, claimed)
    senses = lex.verbs.get(tok.lemma_.lower())
    return _dictionary_candidate(m, tok, sent, lambda: choose_sense(senses, tok, parts) if senses else None)


def _verb_candidates(tokens, lex: Lexicon, parts: Participants, sent, consumed: set[int]) -> list[Candidate]:
    """The verbs our lexicon (or, where it has no sense, CAMEO.2.0: cameo_sense) codes; a sense that names its
    object ("hold talks", "impose sanctions") adds the noun to `consumed`."""
    out: list[Candidate] = []
    sent_words = None  # every word a token of the sentence can match (_refinable), made on first need
    for tok in tokens:
        if tok.pos_ not in VERB_POS or not _not_adjectival(tok):
            continue
        sense, fallback = _verb_sense(tok, lex, parts)
        if sense is None or no_one_doing(tok) or _event_noun_arrives(tok, sense, parts):
            continue  # ("storms battered the coast", "markets rallied": no actor did it)
        if lex.cameo is not None:
            if sent_words is None:
                sent_words = span_forms(sent)
            if _refinable(lex.cameo, tok, sense, sent_words):
                sense = _refine(sense, match_verb(lex.cameo, tok, parts.names_actor))
        sense = _recoded_verb_sense(tok, sense, parts)
        if _verb_formula(tok, sense, lex):
            continue
        end = _consume_objects(tok, sense, consumed)
        out.append(Candidate(sense=sense, token=tok, start=tok.idx, end=end, sent=sent, anchor=tok, predicate=tok,
                             fallback=fallback, swap=fallback and sense.origin.endswith(TARGET_TO_SOURCE)))
    return out


def _verb_sense(tok, lex: Lexicon, parts: Participants) -> tuple[Sense | None, bool]:
    """(the verb's sense, whether it came from CAMEO.2.0 alone): our lexicon's first fitting sense, overridden by
    a 01x statement pattern between the user's actors; else cameo_sense. A verb our lexicon lists codes only by
    its own senses' conditions, but between the user's actors by a CAMEO.2.0 pattern of its words, as PETRARCH2
    would; a lemma listed only by phrases of it ("rolled back", "settled on") is no reading of its other uses."""
    senses = lex.verbs.get(tok.lemma_.lower())
    sense = choose_sense(senses, tok, parts) if senses else None
    sense = statement_pattern(tok, lex, parts) or sense
    if sense is not None:
        return sense, False
    listed = senses is not None and not all(s.phrase for s in senses)
    return cameo_sense(tok, lex, parts, listed=listed, doers_only=_doers_only(senses) if listed else frozenset()), True


def _event_noun_arrives(tok, sense: Sense, parts: Participants) -> bool:
    """"the deployment of NATO peacekeepers arrived": the subject is an event noun, so the deployment is the
    event, not an arrival."""
    return sense.mode == "access" and tok.lemma_.lower() in ARRIVAL_VERBS and \
        any(t.lemma_.lower() in parts.event_nouns for t in subjects(tok))


def _recoded_verb_sense(tok, sense: Sense, parts: Participants) -> Sense:
    """The sense as PLOVER's and CAMEO's notes recode a verb by what its clause says it is: an attack in words is a
    criticism (CAMEO 111), trade restrictions an embargo (163), forces sent for disaster relief aid (073), suspects
    handed over an extradition (063). Each rule reads the sense the one before left."""
    if sense.type == "ASSAULT" and in_words(tok, parts):
        sense = VERBAL_ATTACK_SENSE  # "attacked the scheme as a waste", "attacked ministers for failing to"
    if sense.type == "COERCE" and sense.cameo.startswith("172") and _on_trade(tok):
        sense = dataclasses.replace(sense, type="SANCTION", mode="discontinue", cameo="163",
                                    origin=f"{sense.origin}:trade")  # ("imposed import restrictions": an embargo)
    if sense.type == "MOBILIZE" and relief_purpose(tok):
        sense = dataclasses.replace(sense, type="AID", cameo="073", mode=None, context=("humanitarian",),
                                    origin=f"{sense.origin}:relief")  # ("sent troops to help flood victims")
    if sense.type == "RETREAT" and sense.cameo.startswith("084") and _hands_over_accused(tok):
        sense = dataclasses.replace(sense, type="COOPERATE", cameo="063", mode=None, context=("legal",),
                                    origin=f"{sense.origin}:judicial")  # ("handed over two suspects": extradition)
    return sense


def _verb_formula(tok, sense: Sense, lex: Lexicon) -> bool:
    """A set phrase whose verb does not do what its sense says: a newsroom's or a court's formula, a danger
    warned of, an appeal that attracts."""
    if sense.type == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT
                                      and not _answers_event(c, lex) for c in tok.children):
        return True  # "declined to comment" is a newsroom formula, not a rejection
    if sense.type == "REQUEST" and _anonymity(tok):
        return True  # "who asked not to be named", "requested anonymity": a source's formula, no appeal
    if sense.type == "REQUEST" and _court_plea(tok):
        return True  # "pleaded not guilty": a defendant's answer to a charge, no appeal
    if sense.type == "THREATEN" and _danger_warned(tok):
        return True  # "warned of the dangers of X": a pessimistic comment (CAMEO 012), no threat
    # "policies designed to appeal to young voters": they attract, no one asks anything
    return sense.type == "REQUEST" and tok.lemma_.lower() in ATTRACT_WORDS and not _asks(tok)


def _consume_objects(tok, sense: Sense, consumed: set[int]) -> int:
    """The verb's trigger end: a sense naming its object ("held talks") takes the noun (up to four words on) into
    its span and into `consumed`, as one event; an object shifted after an adjunct is what the verb acts on too."""
    end = tok.idx + len(tok.text)
    if sense.object is None:
        return end
    for c in tok.children:
        if c.lemma_.lower() in sense.object and c.dep_ in ("dobj", "nsubjpass"):
            consumed.add(c.i)
            if c.i > tok.i and c.i - tok.i <= 4:
                end = c.idx + len(c.text)
    shifted = shifted_object(tok)
    if shifted is not None and shifted.lemma_.lower() in sense.object:
        consumed.add(shifted.i)
    return end


def _deontic_demands(tokens, have: set[int], parts: Participants, sent) -> list[Candidate]:
    """"X said Y must/should do Z": a demand by X on Y, whatever the verb of saying (one a verb trigger or a
    rule before coded already, in `have`, codes nothing more)."""
    out = []
    for tok in tokens:
        if tok.dep_ != "aux" or tok.lower_ not in DEONTIC or tok.head.dep_ != "ccomp" or _judgement(tok.head):
            continue
        v = tok.head.head
        if v.i in have or v.lemma_.lower() not in DEMAND_SPEECH or not any(c.dep_ in SUBJ for c in tok.head.children):
            continue
        if not _askable(tok.head, parts):
            continue  # "said growth should recover", "nobody should doubt": no one is asked to act
        sense = _deontic_sense(tok)
        if sense is None:
            continue
        have.add(v.i)
        out.append(Candidate(sense=sense, token=v, start=v.idx, end=v.idx + len(v.text), sent=sent, anchor=v,
                             predicate=v))
    return out


def _noun_candidates(tokens, lex: Lexicon, parts: Participants, sent, consumed: set[int]) -> list[Candidate]:
    """The event nouns our lexicon codes, each anchored on the noun that stands in the clause and narrated by
    the clause of its light verb; nouns a verb trigger consumed are its object, no event of their own."""
    out = []
    for first in tokens:
        tok, whole = _hyphenated(first, lex)
        if tok.pos_ not in NOUN_POS or tok.i in consumed:
            continue
        sense = _noun_sense(tok, whole, lex, parts)
        if sense is None:
            continue
        anchor = _noun_anchor(tok)
        if (anchor.i != tok.i and anchor.i in consumed) or _no_act(tok, anchor, sense, lex):
            continue
        start, end = _noun_span(first, tok, anchor, sense)
        out.append(Candidate(sense=sense, token=tok, start=start, end=end, sent=sent, anchor=anchor,
                             predicate=_noun_predicate(anchor, lex), is_noun=True))
    return out


def _noun_sense(tok, whole: str | None, lex: Lexicon, parts: Participants) -> Sense | None:
    """The noun's first fitting sense (the hyphenated word `whole` when given, else its lemma, else its form);
    None for a name, a modifier of a head that is no event or document, or a press briefing."""
    if tok.pos_ == "PROPN" and tok.ent_type_:
        return None
    if tok.dep_ == "compound" and tok.head.lemma_.lower() not in EVENT_HEADS and tok.head.lemma_.lower() not in lex.noun_set \
            and tok.head.lemma_.lower() not in DOCUMENT_HEADS:  # (session 33: "a protest note": the written act;
        # a document is no event itself: "a letter from Iraq" names no act of Iraq's, Participants.resolve)
        return None
    senses = lex.nouns.get(whole) if whole else lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    if not senses or any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS_MODS for c in tok.lefts):
        return None  # ("a press release by the rebels", "a news conference": a document or briefing)
    sense = choose_sense(senses, tok, parts)
    if sense is not None and sense.type == "ASSAULT" and in_words(tok, parts):
        return VERBAL_ATTACK_SENSE  # "a fierce attack on the minister's record"
    if sense is not None and sense.type == "ASSAULT" and war_on_a_thing(tok):
        return None  # "the war on terror": a policy's name, no clash
    return sense


def _noun_anchor(tok):
    """The noun that stands for the event in its clause: the head of the compound it modifies ("peace talks"), or
    the document that carries it ("a note of protest" is a protest note: the document stands in the clause)."""
    anchor = tok
    while anchor.dep_ == "compound" and anchor.head.pos_ in NOUN_POS and anchor.head.i > anchor.i:
        anchor = anchor.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in DOCUMENT_HEADS:
        anchor = anchor.head.head
    return anchor


def _no_act(tok, anchor, sense: Sense, lex: Lexicon) -> bool:
    """The noun names no act here: what a meeting is about, a description, a name given, a danger, a plea, a
    market's demand, an attraction."""
    heads = lex.nouns.get(anchor.lemma_.lower()) if anchor.i != tok.i else None
    if heads and all(h.type == "CONSULT" for h in heads):
        return True  # "ceasefire talks", "trade negotiations", "a crisis meeting": what a meeting is about, no act
        # of its own (the head noun fixes the sense; the meeting codes itself)
    if _predicate_nominal(anchor):
        return True  # "Mordor is a threat to Ithilen": a copula's noun describes its subject, no act
    if _given_name(anchor):
        return True  # "described the new tax as an assault on the poor": a name given to something, no act
    if sense.type == "THREATEN" and anchor.lemma_.lower() in DANGER_NOUNS and not _issued(anchor):
        return True  # "poses a threat to stability", "the terror threat": a danger, no one's threat
    if sense.type == "REQUEST" and _court_plea(tok):
        return True  # "his guilty plea", "a plea of not guilty": an answer to a charge, no appeal
    if sense.type == "REQUEST" and _market_demand(tok):
        return True  # "demand for oil rose", "weak consumer demand": a market quantity, no one's demand
    # "broaden its appeal", "lost his appeal at the supreme court": no one asks anything
    return sense.type == "REQUEST" and tok.lemma_.lower() in ATTRACT_WORDS and not _asks(tok, UTTER_APPEAL)


def _noun_span(first, tok, anchor, sense: Sense) -> tuple[int, int]:
    """The noun trigger's characters: from its first word (a hyphenated noun's), widened to a modifier its sense
    names (up to three words before) and to a head or document noun at most two words away."""
    start, end = first.idx, tok.idx + len(tok.text)
    if sense.mod is not None:
        for c in tok.lefts:
            if (c.lemma_.lower() in sense.mod or c.lower_ in sense.mod) and tok.i - c.i <= 3:
                start = min(start, c.idx)
    if anchor.i != tok.i and anchor.i - tok.i <= 2:
        if anchor.i > tok.i:
            end = anchor.idx + len(anchor.text)
        else:  # ("a note of protest": the document before its act)
            start = anchor.idx
    return start, end


def _noun_predicate(anchor, lex: Lexicon):
    """The token whose clause narrates the noun's event: a light verb (or a verb our lexicon does not code) whose
    object it is ("launched an attack"; "launched ten days of war games": the days), a state's verb
    (_state_prep), else the noun itself."""
    slot = event_slot(anchor)
    if slot.dep_ == "dobj" and slot.head.pos_ == "VERB" and (
            verb_lemma(slot.head) in LIGHT_VERBS or slot.head.lemma_.lower() not in lex.verbs):
        return slot.head
    return anchor.head.head if _state_prep(anchor) else anchor


COPULAS = frozenset({"be", "become", "remain", "seem"})
# nouns that name a danger as often as an act: "a threat to democracy", "security threats", "poses a threat"
DANGER_NOUNS = frozenset({"threat"})
# verbs whose object is a threat someone utters: "issued a threat", "repeated its threat", "received death threats",
# "exchanged threats"
UTTER_THREAT = frozenset({"issue", "make", "repeat", "renew", "reiterate", "voice", "deliver", "send", "carry",
                          "receive", "withdraw", "drop", "retract", "back", "follow", "execute", "step", "exchange",
                          "trade", "hurl", "level", "utter"})


# "appeal": a request (CAMEO 02, "appeal for", "appeal to X to do"), an attraction ("appeal to voters",
# "broaden its appeal") or a court appeal ("lost his appeal", "appealed against the ruling")
ATTRACT_WORDS = frozenset({"appeal"})
# verbs whose object is an appeal someone makes to others: "made an appeal to the kidnappers"
UTTER_APPEAL = frozenset({"make", "issue", "renew", "repeat", "reiterate", "broadcast", "voice", "send"})
ADDRESSEES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _asks(tok, uttered: frozenset = frozenset()) -> bool:
    """An appeal asks something of someone (CAMEO 02, "Make an appeal or request") when it says what: a
    for-phrase ("appealed for calm"), an infinitive ("appealed to the rebels to disarm", which the parser
    may hang on the addressee or, for a noun, on the verb it stands under), or names whom it asks ("appealed
    to the United Nations"); a noun also when a verb of uttering makes it ("made a direct appeal to the
    kidnappers", "appeals were made for calm"). A court appeal ("against the ruling") asks no one; neither
    does an attraction ("designed to appeal to young voters", "broaden its appeal")."""
    preps = {k.lower_: k for k in tok.children if k.dep_ == "prep"}
    if "against" in preps:
        return False
    addressees = [p for p in preps["to"].children if p.dep_ == "pobj"] if "to" in preps else []
    if "for" in preps or any(k.dep_ == "prep" and k.lower_ == "for" for a in addressees for k in a.children):
        return True  # (the parser may hang the for-phrase on the addressee: "appealed to its allies for arms")
    holders = [tok] + addressees
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # (the verb a noun stands under, or its preposition's)
    if tok.pos_ in NOUN_POS and addressees and verb.pos_ in ("VERB", "AUX"):
        holders.append(verb)  # ("ended with a personal appeal to activists to go out": the parser's "to go")
    if any(_infinitive(k) for h in holders for k in h.children if k.i > tok.i):
        return True
    if any(p.ent_type_ in ADDRESSEES for p in addressees):
        return True
    # ("final appeals are being made for the government not to ditch the plan": the for-phrase on the verb)
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in uttered


def _infinitive(v) -> bool:
    return v.dep_ in ("xcomp", "ccomp", "advcl", "acl") and to_marked(v)  # (wider than petrarch_verbs.infinitive)


def _issued(noun) -> bool:
    """A threat noun names an act (PLOVER THREATEN: an actor's threat to do something) only with a sign that
    someone made it: a possessor ("Iran's threat", "its threat"), what is threatened as a to-infinitive
    ("a threat to kill the hostages"), a by-agent ("threats by the rebels"), who makes it or whom it is aimed at
    ("the threat from the rebels", "the threat against Iran", sessions 30-31), a threatener inside its of-phrase
    ("the threat of Iran's retaliation", "of sanctions by the EU", events/stage.py's _danger_of) or a verb of
    uttering it ("issued a threat", "death threats he received"). Without one it names a danger ("poses a threat
    to stability", "the greatest threat to democracy", "security threats facing PC users"), which no one did."""
    for k in noun.children:
        if k.dep_ == "poss":
            return True
        if k.dep_ == "prep" and (k.lower_ == "against" or (k.lower_ == "from" and any(
                p.dep_ == "pobj" and p.pos_ in NOUN_POS for p in k.children))):
            return True  # (not "the threat from others": a pronoun names no one)
        if k.dep_ == "prep" and k.lower_ == "of" and any(
                g.dep_ in ("poss", "agent") or (g.dep_ == "prep" and g.lower_ == "by")
                for p in k.children if p.dep_ in ("pobj", "pcomp") for g in p.children):
            return True
        if k.dep_ in ("acl", "relcl") and k.pos_ in ("VERB", "AUX"):
            if any(a.tag_ == "TO" for a in k.children) and k.dep_ == "acl":
                return True  # "a threat to kill": (not "the threat posed by", "threats facing users")
            if k.dep_ == "relcl" and k.lemma_.lower() in UTTER_THREAT:
                return True  # "the death threats he received"
        if k.dep_ in ("prep", "agent") and k.lower_ == "by":
            return True
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in UTTER_THREAT:
        return True
    # "backed down from / made good on its threat" hangs the noun on a particle's preposition
    return noun.dep_ == "pobj" and head.head.lemma_.lower() in UTTER_THREAT


def _predicate_nominal(anchor) -> bool:
    """`anchor` is the noun a copula predicates of its subject ("Mordor is a threat to Ithilen",
    "Gondor remains a close ally of Rohan"): it classifies the subject, it reports no act, so no
    event noun (session 10, s10-petr; a news writer tells a threat or an attack with a verb or an
    event noun in argument position, "threatened", "the attack on")."""
    if anchor.dep_ != "attr" or anchor.head.lemma_.lower() not in COPULAS:
        return False
    subj = next((k for k in anchor.head.children if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    # "there was an attack", "Iran's response was a missile attack on Israel", "the blast was a suicide
    # attack": an expletive or a common noun naming a happening as the subject says what happened;
    # only an actor (a name, a pronoun) is classified by its predicate
    return subj is None or (subj.dep_ != "expl" and (subj.pos_ in ("PROPN", "PRON") or bool(subj.ent_type_)))


def _given_name(anchor) -> bool:
    """(s41-plovdet) `anchor` is the name a verb of naming gives its object: the object predicate ("labelled the
    sanctions an act of war", "termed the reforms a massacre"), the as-phrase ("described the tax as an assault on
    the poor"), or what the parser makes an object for an object predicate: the second of two objects ("branded
    the report a boycott") or the object of a passive participle of naming ("in a move branded a humiliating
    retreat by the Tories"). As a copula's predicate noun (_predicate_nominal) it says what the
    speaker takes something to be, no act of its own (PLOVER codes the act named, "the bombing ... killed twelve",
    and the naming is the speaker's comment). A free relative's name ("condemned what it called aggression",
    _named_as) is what the outer verb acts on, and is left to it; so is the name of a pronoun ("the US describes
    this as the most important agreement between Egypt and Israel"): the name is the sentence's only telling of the
    act the pronoun points back to."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head
    elif not (anchor.dep_ == "oprd" or anchor.dep_ == "dobj" and (
            _passive_participle(head) or any(w.dep_ == "dobj" and w.i < anchor.i for w in head.children))):
        return False  # (the parser's second object, "branded the report a boycott", is the object predicate)
    return head.lemma_.lower() in NAMING_VERBS and not any(
        w.dep_ == "dobj" and (w.lower_ == "what" or w.pos_ == "PRON" or w.tag_ == "DT") for w in head.children)


def _passive_participle(v) -> bool:
    """A past participle with no subject or perfect auxiliary of its own: a reduced passive ("a move branded a
    retreat", "the deal, called a betrayal by critics"), not "having called a strike"."""
    return v.tag_ in ("VBN", "VBD") and v.dep_ in ("acl", "advcl", "relcl") and not any(
        k.dep_ in ("nsubj", "aux") for k in v.children)


# "warned that police will no longer tolerate rallies", "warned that it would retaliate": a warning
# of what the speaker's side will do is a threat (CAMEO 13, "threats and warnings"); a warning of
# what will happen anyway ("warned that the economy would slow") is none
WARN_VERBS = frozenset({"warn", "caution"})
OWN_SIDE = frozenset({"it", "we", "they", "police", "army", "troops", "forces", "military", "security"})
WARNING_SENSE = Sense(type="THREATEN", cameo="130", origin="rule: warned that ... will")
CONSEQUENCE_SENSE = Sense(type="THREATEN", cameo="130", origin="rule: warned that X would regret")
# what someone else is warned they will suffer for what they do ("pay more for fuel" is no threat)
PENALTIES = {"pay": {"price"}, "suffer": {"consequence"}, "face": {"consequence", "retaliation", "retribution"}}


# what a warning may be of that is a hazard, not the warner's own act: "warned of the dangers of X", "warns of
# the risk of a collapse", "the potential for flooding" (CAMEO 012, a pessimistic comment, where a threat
# (CAMEO 13, PLOVER THREATEN: "coercive or forceful warnings with serious potential repercussions") has the
# warner's own act as its content: "warned of retaliation", "warned of serious consequences")
HAZARDS = frozenset({"danger", "risk", "peril", "hazard", "potential", "possibility", "prospect", "likelihood"})


def _danger_warned(v) -> bool:
    """A verb of warning with no one warned (no object: "warned Georgia against" stays) whose of/against
    phrase names a hazard."""
    if v.lemma_.lower() not in WARN_VERBS or any(c.dep_ == "dobj" for c in v.children):
        return False
    return any(p.lemma_.lower() in HAZARDS for p in phrase_objects(v, ("of", "against")))


# a defendant's answer to a charge: "pleaded guilty", "pleads not guilty", "a guilty plea", "a plea of innocent"
VERDICT_WORDS = frozenset({"guilty", "innocent"})


def _court_plea(tok) -> bool:
    """A plea in court, not an appeal to anyone (CAMEO 02): the verb or noun carries a verdict word, on
    itself or in its of-phrase."""
    if tok.lemma_.lower() not in ("plead", "plea"):
        return False
    near = list(tok.children) + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    return any(t.lower_ in VERDICT_WORDS for t in near)


# the market sense of "demand", a quantity buyers want (no one's act; PLOVER REQUEST and CAMEO 10 are demands an
# actor makes of another): the modifiers that measure or place a market ("consumer demand", "strong demand", "rising
# demand for cars"), the verbs whose subject is a quantity that moves ("demand fell", "with demand slowing") and those
# that move a quantity as their object ("boost demand", "dampen demand")
MARKET_MODS = frozenset({"consumer", "domestic", "global", "world", "worldwide", "overseas", "export", "import", "retail",
                         "household", "market", "growing", "rising", "falling", "increasing", "increased", "strong",
                         "weak", "robust", "sluggish", "slack", "buoyant", "soft", "firm", "healthy", "underlying",
                         "seasonal", "high", "low", "more", "less", "booming", "surging", "slowing", "subdued"})
QUANTITY_MOVES = frozenset({"rise", "fall", "grow", "slow", "surge", "dip", "drop", "increase", "decrease", "decline",
                            "soar", "slump", "weaken", "strengthen", "recover", "rebound", "jump", "outstrip", "exceed",
                            "outpace", "shrink", "climb", "plunge", "tumble", "wane", "slacken", "double", "ease"})
QUANTITY_MOVERS = frozenset({"boost", "dampen", "curb", "stimulate", "spur", "sap", "depress", "lift", "revive"})


def _market_demand(tok) -> bool:
    """The noun "demand" in its market sense. The act is a count noun ("a demand", "their demands", "the union's
    demand that ..."); the market quantity is singular, and a mass noun ("demand for cars", the test of
    `_mass_noun`), measured or placed by its modifiers, moved by its verb, or paired with supply."""
    if tok.lemma_.lower() != "demand" or tok.tag_ != "NN":
        return False  # (plural "demands" is the act: "met their demands")
    if _mass_noun(tok) or any(c.dep_ in ("amod", "compound") and
                                 MARKET_MODS.intersection((c.lower_, c.lemma_.lower())) for c in tok.children):
        return True
    head = tok.head.lemma_.lower()
    if (tok.dep_ == "nsubj" and head in QUANTITY_MOVES) or (tok.dep_ == "dobj" and head in QUANTITY_MOVERS):
        return True
    near = [c for c in tok.children if c.dep_ == "conj"] + [tok.head]  # ("supply and demand", "demand and supply")
    return any(t.lemma_.lower() == "supply" for t in near)


def _consequence(v) -> bool:
    """"would regret it", "would pay a heavy price", "would face consequences": a threat to the subject."""
    lemma = v.lemma_.lower()
    return lemma == "regret" or any(o.dep_ == "dobj" and o.lemma_.lower() in PENALTIES.get(lemma, ()) for o in v.children)


def _warnings(tokens, have: set[int], sent) -> list[Candidate]:
    out = []
    for tok in tokens:
        if tok.dep_ != "aux" or tok.lower_ not in ("will", "would") or tok.head.dep_ != "ccomp":
            continue
        v = tok.head.head
        subs = [c for c in tok.head.children if c.dep_ in SUBJ]
        if v.i in have or v.lemma_.lower() not in WARN_VERBS or not subs or is_passive(v):
            continue  # "parents were warned they would ..."
        if subs[0].lower_ in OWN_SIDE and tok.head.lemma_.lower() not in ("have", "need", "face"):
            sense = WARNING_SENSE  # "warned it would respond": the speaker's side acts ("would have to": no threat)
        elif subs[0].lower_ not in OWN_SIDE and _consequence(tok.head):
            sense = CONSEQUENCE_SENSE  # "warned that Warsaw would regret it": a threat to the one who would
        else:
            continue
        have.add(v.i)
        out.append(Candidate(sense=sense, token=v, start=v.idx, end=v.idx + len(v.text), sent=sent,
                             anchor=v, predicate=v))
    return out


# arms held for use against a named enemy, in the holder's own words ("a group claims to be building bombs to use
# against France", "said it had drones ready to use against US bases"): a warning of force, PLOVER THREATEN ("All
# threats, coercive or forceful warnings with serious potential repercussions", mode violence; CAMEO 138, threaten
# with military force). Told by someone else of another's arms ("officials said Iran was building missiles to use
# against Israel"), or with no one speaking, it is no verbal act and no threat.
ARMS = frozenset({"weapon", "arm", "bomb", "missile", "rocket", "drone", "explosive", "gas", "toxin", "mine", "grenade",
                  "warhead", "munition", "ammunition", "shell", "device", "agent", "poison", "artillery", "gun", "rifle"})
OWN_WORDS = frozenset({"say", "claim", "announce", "declare", "boast", "state", "insist", "warn"})
ARMED_SENSE = Sense(type="THREATEN", mode="violence", cameo="138", origin="rule: arms to use against")


def _armed_against(tokens, have: set[int], sent) -> list[Candidate]:
    out = []
    for use in tokens:
        if use.lemma_ != "use" or not any(k.tag_ == "TO" for k in use.children):
            continue  # (the infinitive, "to use against": "after rebels used them against civilians" is another's act)
        whom = [p for k in use.children if k.dep_ == "prep" and k.lower_ == "against" for p in pobjs(k)]
        arms = _gap_object(use)
        if not whom or arms is None or arms.lemma_.lower() not in ARMS:
            continue
        v = _own_words(arms)
        if v is None or v.i in have:
            continue
        have.add(v.i)
        out.append(Candidate(sense=ARMED_SENSE, token=v, start=v.idx, end=v.idx + len(v.text), sent=sent,
                             anchor=v, predicate=v, slot_target=whom))
    return out


def _gap_object(use):
    """The arms an infinitive "to use" is about: the noun its adjective qualifies ("drones ready to use against"),
    the object of the verb it is the purpose of ("building bombs to use against"), or the noun it qualifies
    ("weapons to use against"); the parser hangs "has missiles to use against" as either of the last two. None
    otherwise."""
    h = use.head
    if use.dep_ == "xcomp" and h.dep_ == "amod":
        return h.head
    if use.dep_ in ("advcl", "xcomp"):
        return next((k for k in h.children if k.dep_ == "dobj"), None)
    return h if use.dep_ in ("acl", "relcl") else None  # (an infinitival relative is parsed as either)


def _own_words(arms):
    """The verb of saying above the clause that holds `arms` as its object, when that clause has no subject of its
    own ("claims to be building bombs") or a pronoun ("said it had drones"): the speaker holds them. None when a
    named other holds them ("said Iran was building missiles"), or nothing holds them ("these are missiles")."""
    if arms.dep_ != "dobj" or any(k.dep_ == "nsubj" and k.pos_ != "PRON" for k in arms.head.children):
        return None
    node = arms.head
    while node.dep_ in ("xcomp", "ccomp", "conj"):  # (up to the root, whose dep is ROOT)
        node = node.head
        if node.lemma_.lower() in OWN_WORDS:
            return node
    return None


# nouns that measure out an event without naming one: "ten days of war games", "a new round of talks"
MEASURE_NOUNS = frozenset({"day", "week", "month", "year", "hour", "night", "weekend", "round", "series", "spate",
                           "string", "couple", "number", "lot", "flurry", "wave", "bout", "cycle", "season", "session"})


def event_slot(a):
    """The token that stands for an event noun in its clause: the measure noun when the event is
    only counted out ("launched ten days of war games": the launching's object), else the noun."""
    h = a.head
    if a.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in MEASURE_NOUNS:
        return h.head
    return a


def _anonymity(verb) -> bool:
    """A request that the speaker stay unnamed: "asked not to be named/identified/quoted", "requested
    anonymity", "asked for anonymity" (not "asked Israel not to be named": a request to someone)."""
    kids = list(verb.children)
    if any(k.dep_ == "dobj" and k.lemma_.lower() == "anonymity" for k in kids) or any(
            p.lemma_.lower() == "anonymity" for k in kids if k.dep_ == "prep" and k.lower_ == "for" for p in pobjs(k)):
        return True
    return not any(k.dep_ == "dobj" for k in kids) and any(
        k.dep_ == "xcomp" and k.lemma_.lower() in NAMING and {"neg", "auxpass"} <= {t.dep_ for t in k.children}
        for k in kids)


def _answers_event(v, lex: Lexicon) -> bool:
    """"refused to respond to a demand": the refusal answers an appeal, demand or proposal."""
    return any(p.lemma_.lower() in lex.noun_set for k in v.children if k.dep_ == "prep" for p in pobjs(k))


def _refinable(vd, tok, sense: Sense, sent_words: set[str]) -> bool:
    """Whether _refine could change the sense at all: only a pattern whose code has the sense's PLOVER
    type (another code than the sense's own) can, and only if its literal words all stand in the verb's
    clause, so in its sentence (`sent_words`: petrarch_verbs.token_forms of the sentence's tokens, the
    words the clause's tokens can match and more). Without such a pattern the match is not worth
    making: about two in five of the verbs our lexicon codes. The verb's own code (its verb line's or
    block's) refines too where it is a sub-code of ours (_sub_code)."""
    return _sub_code(sense.cameo, vd.base_code(tok)) or any(
        code and code != sense.cameo and plover_for_cameo(code) == sense.type
        and any(n <= sent_words for n in needs) for code, needs in vd.pattern_needs(tok).items())


def _sub_code(ours: str | None, verb_code: str | None) -> bool:
    """Whether the dictionary's code for the verb alone is a sub-code of ours, our digits and more:
    CAMEO.2.0 codes TORTURE [1822] "Torture", RAPE [1821] "Sexually assault", CENSOR [1721]
    "Impose restrictions on political freedoms", where our lexicon's sense says only the category
    (182, 172). PETRARCH2 codes a verb no pattern fits with that code (dictionaries.rst: the verb
    line's own code, else its block's), and the codebook's sub-category is what the verb itself
    means. A category root's other sub-codes (190 -> 193) are no such refinement: the verb alone
    does not say which sub-category a general sense of ours stands for."""
    return bool(ours and verb_code and verb_code[:2].isdigit() and len(verb_code) > len(ours)
                and verb_code.startswith(ours))


def _refine(sense: Sense, m) -> Sense:
    """Our lexicon decides the type; a CAMEO pattern that matched the verb's words (not just the
    verb) and agrees on the type gives the detailed code ("* (TO BORDER)" -> 154)."""
    if m is None or not m.code or m.code == NULL or not m.code[:2].isdigit():
        return sense
    if m.line == 0:  # the verb alone matched: only its own finer code refines ours (_sub_code)
        return dataclasses.replace(sense, cameo=m.code, origin="cameo:verb") if _sub_code(sense.cameo, m.code) else sense
    if plover_for_cameo(m.code) != sense.type or m.code == sense.cameo:
        return sense
    if sense.cameo and m.code.endswith("0") and len(m.code) == 3 and not sense.cameo.endswith("0") \
            and (sense.cameo[:2] == m.code[:2] or len(sense.cameo) == 4):
        # the pattern's category root would lose our detail ("suspended talks": 164, not 160), and a bare
        # category of the same type is no more exact than our sub-code ("set fire to the town hall": our
        # 1712 "Destroy property", not SET `* FIRE` [180] "Use unconventional violence")
        return sense
    return dataclasses.replace(sense, cameo=appeal_kind(sense.cameo or "", m.block, m.code), origin=f"cameo:{m.line}")


APPEAL_DEMAND = frozenset({"02", "10"})


def appeal_kind(own: str, block: str, code: str) -> str:
    """CAMEO 1.1b3 gives appeals (02) and demands (10) the same sub-categories (021-028 and 101-108,
    0253 "Appeal for release of persons or property", 1053 "Demand release of persons or property").
    Where our lexicon and the CAMEO.2.0 block both say the verb is one of the two (`own`, `block`) and
    the block's pattern is coded as the other, the pattern gives only the sub-category: CAMEO.2.0's
    DEMAND [100] block codes `* RELEASE (OF PRISONERS)` [0253] and `* TALKS` [026], so "demanded the
    release of prisoners" is 1053 and "demanded talks" 106."""
    kind = own[:2]
    if kind in APPEAL_DEMAND and block[:2] == kind and code[:2] in APPEAL_DEMAND:
        return kind + code[2:]  # (a code of the verb's own kind comes back unchanged)
    return code


_OWN_CLAUSE = ("xcomp", "ccomp")  # (cameo_sense: a verb with a clause of its own is coded by the clause's verb)


def cameo_sense(tok, lex: Lexicon, parts: Participants, listed: bool = False,
                doers_only: frozenset = frozenset()) -> Sense | None:
    """A verb our lexicon has no entry for, coded as PETRARCH2 would code it with CAMEO.2.0 (the
    built-in `cameo_verbs.txt`), only where that reading is safe. Coding every such verb from the
    dictionary lowered the PLOVER records' dev figures (session 6: type accuracy 0.812 -> 0.789,
    many extra events; session 13 on a 0.901 base: 0.883, triple F1 0.711 -> 0.669), so:
    - the code must have a PLOVER type and no pattern may null it; a CAMEO 01x statement (no PLOVER
      type) is coded untyped only between actors of the user's CAMEO actor dictionaries (a PETRARCH
      user's workflow; in ordinary news 01x codes would flood the output);
    - the verb stands in a main or complement clause, not a relative one ("Hamas, which advocates
      Israel's destruction": a description of the actor, not news);
    - it has no clausal complement ("failing to uphold", "decided to allow": the complement's verb
      is the event) and no event noun of our lexicon as object ("began a hunger strike", "came to a
      rally": the noun codes the event with its own actors), but, between the user's actors, one
      the pattern spells with another type (_named_event_objects);
    - a political actor on both sides (_two_sided: a country's actors, not its firms); the verb's
      bare block code, with no pattern of the verb's words, only on an actor object ("Gondor
      embargoed Mordor", "bargained with Mordor").
    A verb our lexicon lists (`listed`) whose senses did not fire is coded only by a pattern of its
    words, between the user's actors ("Freedonia entered the treaty with Sylvania": `* TREATY`), or, when its senses
    are all for particular doers and of the block code's own type (`doers_only`: "bombs ripped through", an
    assault as RIP [180] is), also by that bare block code between them ("Gondor ripped Mordor"; not GO [040] of
    our "bombs went off": a sense of another kind restricts the verb)."""
    if lex.cameo is None or tok.dep_ == "relcl" or (listed and not parts.user_coded):
        return None  # (a listed verb is coded only between the user's actors, _two_sided below: none here)
    if tok.i in with_child(tok.doc, _OWN_CLAUSE):
        return None
    if not _may_be_done_by_actor(tok, parts):
        return None  # (_two_sided below would refuse it whatever the pattern: the match is not worth making)
    m = match_verb(lex.cameo, tok, parts.names_actor)
    if m is not None and m.code == NULL and m.line and m.reverse and m.reverse[:2].isdigit():
        return _target_to_source(tok, lex, parts, m)
    if m is None or not m.code or m.code == NULL or not m.code[:2].isdigit():
        return None
    type_ = plover_for_cameo(m.code)
    named = _named_event_objects(tok, lex, m, type_)
    # a 01x statement, or a pattern read over our event noun, only between the user's actors: PETRARCH2's
    # reading, which would flood ordinary news (01x) or misread it (CAMEO.2.0's synonym lines give
    # RESTART `* OFFENSIVE` [138], a threat, where the noun says what happened)
    users = type_ is None or bool(named) or listed
    if listed and not m.line and type_ not in doers_only:
        return None
    if named is None or not _two_sided(tok, parts, bare=not m.line, named=_user_coded if users else _political):
        return None
    rev = m.reverse if type_ and m.reverse and m.reverse[:2].isdigit() and plover_for_cameo(m.reverse) else None
    return Sense(type=type_, cameo=m.code, mode=mode_for_cameo(m.code, type_) if type_ else None, reverse=rev,
                 needs_source=True, needs_target=True, object=named or None,
                 origin=f"cameo:{m.line}" if m.line else "cameo:block")


def statement_pattern(tok, lex: Lexicon, parts: Participants) -> Sense | None:
    """A CAMEO.2.0 pattern of the verb's own words that codes a 01x statement ("denied the accusations"
    DENY `* ACCUSATIONS` [016], "declined to comment" DECLINE `* COMMENT` [011], "offered condolences"
    OFFER `* CONDOLENCES` [018]) over the sense our lexicon gives the verb, between the actors of the
    user's CAMEO actor dictionaries only: PETRARCH2 reads the words so, and our lexicon's sense, of a
    PLOVER type, is a reading of the bare verb (a rejection, an agreement) that the pattern makes
    more exact; a pattern may spell the verb's own complement ("declined to comment"), which
    cameo_sense leaves to the complement's verb. Statements have no PLOVER type, so outside a PETRARCH user's workflow (no actor of
    the user's) they stay uncoded, as cameo_sense keeps them."""
    if lex.cameo is None or not parts.user_coded or tok.dep_ == "relcl":
        return None
    m = match_verb(lex.cameo, tok, parts.names_actor)
    if m is None or not m.line or not m.code.startswith("01"):
        return None  # (a pattern's own words, not the verb's bare block code; 01x codes have no PLOVER type)
    named = _named_event_objects(tok, lex, m, None)  # (the event noun the pattern spells is its object, no event)
    if named is None or not _two_sided(tok, parts, bare=False, named=_user_coded):
        return None
    return Sense(type=None, cameo=m.code, needs_source=True, needs_target=True, object=named or None,
                 origin=f"cameo:{m.line}")


# the origin's mark of a CAMEO.2.0 pattern that codes only target -> source (Candidate.swap)
TARGET_TO_SOURCE = ":target-to-source"


def _target_to_source(tok, lex: Lexicon, parts: Participants, m) -> Sense | None:
    """A pattern whose code is `[:CODE]` (CAMEO.2.0: "got support from X" `* SUPPORT (FROM)` [:051],
    "immigrated to X" `* (TO)` [:075]) codes only the other way: the one named after the verb did
    CODE to the subject, as PETRARCH2 reads it. Only between the user's actors (a PETRARCH user's
    workflow, as cameo_sense's pattern readings over our lexicon), with the pattern's words matched."""
    type_ = plover_for_cameo(m.reverse)
    if type_ is None or _named_event_objects(tok, lex, m, type_) is None or \
            not _two_sided(tok, parts, bare=False, named=_user_coded):
        return None
    return Sense(type=type_, cameo=m.reverse, mode=mode_for_cameo(m.reverse, type_), needs_source=True,
                 needs_target=True, origin=f"cameo:{m.line}{TARGET_TO_SOURCE}")


def complement_code(v, lex: Lexicon, parts: Participants) -> str | None:
    """What an appeal, demand, rejection or threat verb asks for, refuses or threatens, when our
    lexicon codes no event in its clausal complement: the code a CAMEO.2.0 pattern of the
    complement's own words gives it ("called on Haiti to hold elections": HOLD `* ELECTIONS`
    [0341], which the caller's 020 sub-codes as 0241), as PETRARCH2 codes the complement apart and
    combines the codes (petrarch_combine.py). Only a pattern's code: a verb's bare block code says
    too little of what is asked for ("urged Mordor to move forward"). A verb of saying whose clause
    demands ("said Mordor must reach a deal") reports the demand: its clause is no complement of
    the verb's own."""
    if lex.cameo is None or v.lemma_.lower() in SPEECH_VERBS:
        return None
    for k in v.children:
        if k.dep_ in ("xcomp", "ccomp") and k.i > v.i and k.pos_ == "VERB":
            return pattern_code(k, lex, parts)
    return None


def pattern_code(k, lex: Lexicon, parts: Participants) -> str | None:
    """The code a CAMEO.2.0 pattern of verb `k`'s own words gives it (complement_code), None for the verb's
    bare block code or no code."""
    if lex.cameo is None:
        return None
    m = match_verb(lex.cameo, k, parts.names_actor)
    return m.code if m is not None and m.line and m.code[:2].isdigit() else None


def _named_event_objects(v, lex: Lexicon, m, type_: str | None) -> frozenset[str] | None:
    """The event nouns of our lexicon among the verb's objects, when the matched pattern spells each
    of them as a direct object and gives the phrase a type none of the noun's senses has ("cleaved
    aid to Mordor": SEPARATE's `* AID` [162], SANCTION, where the noun alone says AID); None when
    the noun codes the event itself, with its own actors: a noun the pattern does not spell ("began
    a hunger strike", "came to a rally") or whose type it keeps ("lodged an official protest": the
    noun's 114 is finer than LODGE's `* PROTEST` [110])."""
    objs = _object_nouns(v)
    nouns = [o for o in objs if o.lemma_.lower() in lex.noun_set] + [
        a for o in objs if o.lemma_.lower() in DOCUMENT_HEADS for a in _document_acts(o) if a.lemma_.lower() in lex.noun_set]
    for o in nouns:  # (the act a document object carries, "delivered a note of protest", codes itself)
        if o.dep_ != "dobj" or not {o.lemma_.lower(), o.lower_} & m.words:
            return None
        if type_ in {s.type for s in lex.nouns[o.lemma_.lower()]}:
            return None
    return frozenset(o.lemma_.lower() for o in nouns)


def _document_acts(o) -> list:
    """The act a document noun carries: its compound modifier or of-object ("a protest note", "a note of protest")."""
    return [k for k in o.children if k.dep_ == "compound"] + phrase_objects(o, ("of",))


# prepositions that set a scene, not what the verb reaches ("jeered Colombia at the summit")
SCENE_PREPS = frozenset({"at", "in", "during", "after", "before", "amid", "since", "until", "throughout"})


def _object_nouns(v) -> list:
    """The verb's direct objects and the objects of its prepositions but those setting the scene."""
    return [k for k in v.children if k.dep_ in ("dobj", "nsubjpass")] + \
        [o for k in v.children if k.dep_ == "prep" and k.lower_ not in SCENE_PREPS for o in pobjs(k)]


# sectors of commerce: a firm that buys, pays, heads or overtakes another does nothing CAMEO's
# verb-alone codes mean (BBC business news: "Pernod tried to buy Glenmorangie" is no 061)
COMMERCE = frozenset({"BUS", "MNC"})


# actors of no country that act in politics: the UN, the G7, Amnesty International
BEYOND_STATES = frozenset({"IGO", "NGO"})


def _political(toks, parts: Participants) -> bool:
    """Some token names a political actor: one of a country but not of its commerce, or an
    international or non-governmental organisation."""
    return any(_political_actor(e, parts) for t in toks if parts.is_actor(t) for e in parts.resolve(t))


def _political_actor(e: str, parts: Participants) -> bool:
    return bool(parts.country.get(e) or parts.sector.get(e) in BEYOND_STATES) and parts.sector.get(e) not in COMMERCE


def _user_coded(toks, parts: Participants) -> bool:
    """Some token names an actor the user's actor dictionaries coded."""
    return any(e in parts.user_coded for t in toks if parts.is_actor(t) for e in parts.resolve(t))


def _may_be_done_by_actor(v, parts: Participants) -> bool:
    """Whether a political or user-coded actor is among the verb's subjects or its agents: the side
    _two_sided reads first is one of the two (the agents in the passive), so without one it refuses
    the verb whatever the pattern (the voice is not worth deciding here)."""
    doers = [p for k in v.children if k.dep_ == "agent" for p in pobjs(k)] + subjects(v)
    # (_political or _user_coded, each doer resolved once)
    return any(_political_actor(e, parts) or e in parts.user_coded
               for t in doers if parts.is_actor(t) for e in parts.resolve(t))


def _two_sided(v, parts: Participants, bare: bool, named=_political) -> bool:
    """A political actor (`named`) does it and another undergoes it: the subject (a passive's
    agent), and for a bare verb its direct object (a passive's subject) or the object of its own
    preposition, for a pattern some other word of the verb's own clause ("Gondor lashed out at
    Mordor": `* OUT AT`)."""
    passive = is_passive(v)
    agents = [p for k in v.children if k.dep_ == "agent" for p in pobjs(k)]
    doers = agents if passive else subjects(v)
    if not named(doers, parts):
        return False
    if bare:  # ("bargained with Mordor": the object of the verb's own preposition)
        objs = [k for k in v.children if k.dep_ == ("nsubjpass" if passive else "dobj")]
        objs += [o for k in v.children if k.dep_ == "prep" for o in pobjs(k)]
        if named is _user_coded:  # (PETRARCH2's noun phrases, between the user's actors only: in ordinary news
            # the bare block code stays on an actor object, cameo_sense's measured restriction)
            objs = _phrase_nouns(objs, parts, named)
        return named([t for t in objs if t not in agents], parts)
    side = {t.i for d in doers for t in d.subtree}
    return named([t for t in clause_tokens(v) if t.i != v.i and t.i not in side], parts)


def _phrase_nouns(nouns: list, parts: Participants, named) -> list:
    """The nouns and, under each that names no actor `named` accepts, the objects of its own phrases,
    level by level down the tree: PETRARCH2 reads a noun phrase whose own words code no actor as the
    actor of its phrases ("commented on the crisis in X", "the rules for traders from X": X; session 57)."""
    out, bare = list(nouns), [t for t in nouns if not named([t], parts)]
    seen = {t.i for t in out}
    while bare:  # (each level is the one above's phrases: the walk ends at the leaves; `seen`, since a
        # stranded preposition's object, pobjs' repair, is no child of the preposition)
        bare = [o for t in bare for k in t.children if k.dep_ == "prep" for o in pobjs(k) if o.i not in seen]
        seen.update(t.i for t in bare)
        out += bare
        bare = [t for t in bare if not named([t], parts)]
    return out


# WEIS cue categories past CAMEO's twenty (old KEDS dictionaries such as PETRARCH's validation
# verbs): 21 seize (arrest, detain, occupy) and 22 force (attack, kill) -> their PLOVER types
WEIS_BEYOND_CAMEO = {"21": "COERCE", "22": "ASSAULT"}


def _dictionary_sense(code: str | None, m, ours) -> Sense | None:
    """The Sense of a dictionary code: its PLOVER type and mode from PLOVER's table; a code with no
    PLOVER type (CAMEO 01x statements, WEIS codes of old KEDS dictionaries, `[abc]`) keeps the
    user's code verbatim and takes the type our lexicon gives the verb in this sentence (`ours()`),
    else no type at all: the user's dictionary codes the event, as PETRARCH would, untyped."""
    if not code or code == NULL:
        return None
    type_ = plover_for_cameo(code) if code[:2].isdigit() else None
    origin = f"{m.origin}:{m.line}"
    if type_ is None:
        fallback = ours()
        if fallback is None and code[:2] in WEIS_BEYOND_CAMEO:  # "[212]", "[223]": WEIS seize, force
            return Sense(type=WEIS_BEYOND_CAMEO[code[:2]], cameo=code, origin=origin)
        if fallback is None:
            return Sense(type=None, cameo=code, origin=origin)  # (docs/schema.md: events[].type null)
        return Sense(type=fallback.type, cameo=code, mode=fallback.mode, origin=origin)
    return Sense(type=type_, cameo=code, mode=mode_for_cameo(code, type_), origin=origin)


def _modal_candidate(aux, lex: Lexicon, parts: Participants, sent, out: list, claimed: set[int],
                     governed: set[int]) -> None:
    """A modal a user's verb dictionary lists ("should": `--- SHOULD [101] ---`), read by match_modal
    on the verb phrase it governs. It codes, on the governed verb, when its match on that phrase is
    at least as long as the governed verb's own (PETRARCH's longest match; the governed verb's
    pattern words plus the verb itself, which the modal's pattern spells): then the governed verb
    codes nothing else, and a null code ([---], "MOVE * EASE") blocks both. Its block code alone
    codes only a governed verb the dictionary does not know ("should reconsider"). Either way the
    clause is the dictionary's reading of the modal, an event of its own under a verb of saying."""
    found = match_modal(lex.petr, aux, parts.names_actor)
    if found is None:
        return
    m, words = found
    v = aux.head
    own = match_verb(lex.petr, v, parts.names_actor) if v.pos_ in VERB_POS else None
    own_words = -2 if own is None else (len(own.words) + 1 if own.words else 0)
    if words < own_words or (words < 0 and own is not None):
        governed.add(v.i)
        return
    claimed.add(v.i)
    say = v.head if v.dep_ == "ccomp" else None
    if say is not None and {say.lower_, say.lemma_.lower()} & m.words:
        # the pattern spells the verb the clause hangs on ("SUGGESTED + * RATIFY TREATY"): one
        # match on both verbs, whose code is the modal's, not also the upper verb's own
        claimed.add(say.i)
        out[:] = [c for c in out if c.token.i != say.i]
    senses = lex.verbs.get(v.lemma_.lower())
    c = _dictionary_candidate(m, v, sent, lambda: choose_sense(senses, v, parts) if senses else None)
    if c is not None:
        c.modal = True
        out.append(c)


def _claim_upper(tok, m, out: list, claimed: set) -> None:
    """A verb whose pattern spells the verb its clause complements ("Gondor said it must withdraw",
    `SAID MUST *` [150]; "does not intend to withdraw", `DO NOT INTEND TO *`) is one match on both
    verbs: its code is the pair's, and the upper verb codes nothing of its own (as for a modal's
    pattern, _modal_candidate)."""
    if not m.line or tok.dep_ not in ("ccomp", "xcomp") or tok.head.i >= tok.i:
        return
    up = tok.head
    if up.dep_ == "acomp" and up.head.i < up.i:
        up = up.head  # ("were able to leave": the copula)
    if {up.lower_, up.lemma_.lower()} & m.words:
        claimed.add(up.i)
        out[:] = [c for c in out if c.token.i != up.i]


def _dictionary_candidate(m, tok, sent, ours) -> Candidate | None:
    """A verb coded by a PETRARCH pattern (`ours`: our lexicon's sense of it, asked only if needed)."""
    sense, reverse = _dictionary_sense(m.code, m, ours), _dictionary_sense(m.reverse, m, ours)
    swap = sense is None and reverse is not None
    if swap:
        sense, reverse = reverse, None
    if sense is None:
        return None
    return Candidate(sense=sense, token=tok, start=tok.idx, end=tok.idx + len(tok.text), sent=sent, anchor=tok,
                     predicate=tok, slot_source=[_np_head(t) for t in m.source],
                     slot_target=[_np_head(t) for t in m.target], compound=[_np_head(t) for t in m.compound],
                     reverse=reverse, swap=swap, dictionary=True, negation_coded=m.negates, whole=m.whole)


def _np_head(tok):
    """The head of the noun phrase a token sits in ("Freedonia" in "Freedonia's foreign minister")."""
    for _ in range(6):
        if tok.dep_ in ("compound", "amod", "poss", "nmod", "det", "case") and tok.head.i != tok.i and \
                tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            tok = tok.head
        else:
            break
    return tok


def attach_participants(c: Candidate, parts: Participants) -> None:
    if c.is_noun:
        _noun_participants(c, parts)
    else:
        _verb_participants(c, parts)
    if c.compound:  # "%": coordinated actors act on each other; one actor there is the other side
        c.compound = unique([x for t in c.compound for x in (t, *t.conjuncts)])  # "Gondor and Rohan held talks"
        held = set(unique([e for t in c.compound for e in parts.resolve(t)]))
        subject = {e for t in c.source_tokens for e in parts.resolve(t)}
        if len(held) > 1 and (not subject or subject <= held):
            c.source_tokens = c.target_tokens = c.compound
        else:  # ("Gondor has exchanged fire with Rohan and Arnor": the subject with each of them)
            c.target_tokens = c.compound
    if c.slot_source:
        c.source_tokens = c.slot_source
    if c.slot_target:
        c.target_tokens = c.slot_target
    if c.swap:
        c.source_tokens, c.target_tokens = c.target_tokens, c.source_tokens
    src = unique([e for t in c.source_tokens for e in parts.resolve(t)])
    if not src and c.source_tokens and all(t.pos_ == "PRON" for t in c.source_tokens):
        src = _speaker_of(c.source_tokens[0], parts, told_before=not c.dictionary)
    elif not src and len(c.source_tokens) == 1:
        src = _possessing_speaker(c.source_tokens[0], parts)
    own = {parts.country.get(e) for e in src if e not in parts.guessed} - {None}
    if c.sense.type in ADDRESSED_TYPES:
        own = set()  # "ordered the army to withdraw": troops spoken to are the recipient, not a means
    tgt = unique([e for t in c.target_tokens if not _own_means(t, parts, own, c.sense)
                  for e in parts.resolve(t)])
    if not tgt and len(c.target_tokens) == 1 and c.target_tokens[0].pos_ == "PRON":
        # "Mordor said it was attacked by Gondor"
        tgt = _speaker_of(c.target_tokens[0], parts, told_before=not c.dictionary)
    elif not tgt and len(c.target_tokens) == 1:
        tgt = _possessing_speaker(c.target_tokens[0], parts)  # "Israel said its jets were attacked"
    if not c.compound:
        tgt = [e for e in tgt if e not in src]
    if c.dictionary and not c.is_noun and not c.slot_target and not c.compound:
        first, at = _any_prep_actor(c.token, parts, set(src), quad_class(c.sense.type, c.sense.cameo) in (1, 2))
        if not tgt or (first and _from_phrase(c.target_tokens, c.token) and at < min(t.i for t in c.target_tokens)):
            tgt = first  # PETRARCH mode: the first actor the verb's phrases name ("arrived in Minas
            # Tirith at the invitation of the Gondor parliament": Gondor, not its parliament)
    elif (c.fallback or c.sense.type is None) and not tgt:  # coded as PETRARCH2 codes it, so its target too
        # ("voiced concern about Mordor", "watched over Mordor": cameo_sense found the actor in the verb's
        # phrases; an untyped sense is statement_pattern's, a pattern of CAMEO.2.0 too)
        statement = c.sense.type is None  # (a 01x statement is about its topic: "commented on the election
        # in X" is about X, as PETRARCH2 reads the phrase "the election in X"; no venue of the comment)
        tgt = _any_prep_actor(c.token, parts, set(src), quad_class(c.sense.type, c.sense.cameo) in (1, 2)
                              and not statement)[0]
        if not tgt and c.sense.type is None:  # the pattern spelt the verb's complement ("declined to comment
            # on the report by Mordor"): the complement's phrases name whom the statement is about
            tgt = next((got for k in c.token.children if k.dep_ == "xcomp"
                        for got in [_any_prep_actor(k, parts, set(src))[0]] if got), [])
    elif not tgt and len(src) == 1 and parts.user_coded and not c.compound and not c.slot_target:
        tgt = _petrarch_phrase_target(c, parts, src)  # (coordinated doers with no target are each other's:
        # "Gondor and Rohan met in Arnor" is 044 between them, not a meeting with Arnor)
    c.source, c.target = src, tgt


def _petrarch_phrase_target(c: Candidate, parts: Participants, src: list[str]) -> list[str]:
    """Between the user's actors (a PETRARCH user's workflow) a verb's event, or an event noun's under its
    light verb, with no target of ours takes PETRARCH's: the first actor the verb's phrases name ("opened
    an inquiry into abuses by Mordor's soldiers", "put its troops on alert along the border with Mordor"),
    as the user's own verbs' events do (attach_participants). An event noun no verb governs ("the attack
    on X") keeps the noun's own rules. A name after a preposition
    of place or topic ("launched an offensive in X", "agreed to talks on X", "appealed for talks in X") says
    where or what about, as our argument rules read it, not with whom: no target then."""
    v = c.predicate if c.is_noun else c.token
    if c.is_noun and (v.pos_ not in VERB_POS or v.i == c.anchor.i):
        return []
    got, at = _any_prep_actor(v, parts, set(src), quad_class(c.sense.type, c.sense.cameo) in (1, 2))
    return [] if got and v.doc[at].head.lower_ in PLACE_OR_TOPIC else got


def _from_phrase(toks, v) -> bool:
    """The target tokens are objects of the verb's own prepositional phrases (not of an active verb's
    "by", which names the doer of its event-noun object, see _objects: "hailed the release of two
    Arnor soldiers by Eriador" is aimed at Eriador, whatever actor the object's "of" names first)."""
    return bool(toks) and all(t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.i == v.i
                              and not (t.head.lower_ == "by" and t.head.dep_ == "prep") for t in toks)


PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across"})
# the prepositions whose object is where or what about, not a party (_petrarch_phrase_target)
PLACE_OR_TOPIC = PLACE_PREPS | {"on", "about", "over", "within", "throughout"}
WHEN_PREPS = frozenset({"after", "before", "since", "during", "following", "amid", "until"})


def _any_prep_actor(v, parts: Participants, src: set[str], venue: bool = True) -> tuple[list[str], int]:
    """PETRARCH mode: with no actor object, the verb's target is the first actor its object's and
    its prepositional phrases name, in the order of the text, whatever the preposition ("arrived in
    Gondor for a visit": "* (FOR VISIT) [042]" -> GON; "raised hope for peace with Gondor"; "called
    for sanctions against Mordor after the shelling of Osgiliath": Mordor), as PETRARCH reads a verb
    phrase's noun phrases and their phrases; a phrase of time ("after ...") names when, not whom.
    With `venue` (a cooperative act), a name after in/at inside a phrase is where it happens ("held
    talks on trade in Arnor"); a conflictual act's is whom it touches ("withdrew from three villages
    in Ithilen"). Returns the actors and the token naming them (-1 and [] when none)."""
    for k in v.children:
        if k.dep_ in ("prep", "agent") or k.dep_ == "prt" and k.i > v.i:
            heads = pobjs(k)  # (a particle the parser gave an object: "cordoned off Mordor", `+CORDON_OFF`)
        elif k.dep_ == "dobj":
            heads = [k]
        else:
            continue
        when = k.lower_ in WHEN_PREPS  # "before Mordor" is where; "after the siege of X" is when
        for n in heads:
            # (an object naming an actor was the target already; a noun after "before" is an event)
            own = [n] if k.dep_ != "dobj" and (not when or n.pos_ == "PROPN") else []
            inner = [] if when else [t for t in n.subtree if t.dep_ == "pobj" and t.i != n.i and _inner(t, n)]
            for t in own + inner:
                got = [e for e in parts.resolve(t) if e not in src]
                if got and not (venue and t.i != n.i and t.head.lower_ in PLACE_PREPS and t.pos_ == "PROPN"
                                and t.head.head.lemma_.lower() not in POSTS):
                    return got, t.i  # (not a place named inside a phrase: "held talks on trade in Arnor";
                    # "anger at Eriador's decision" is no place, "its embassy in Gondor" stands for Gondor)
    return [], -1


# a country's posts in another: "reopened its embassy in Gondor", "upgraded its representation in Rohan"
POSTS = frozenset({"embassy", "consulate", "representation", "ambassador", "envoy", "legation"})


def _inner(t, top) -> bool:
    """`t` is in `top`'s own phrases, not in a clause with its own subject hanging on them ("Mordor,
    which attacked X"; "nothing to do with Rohan" holds Rohan) nor in a phrase of time ("an embargo
    after the siege of X")."""
    node = t
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in WHEN_PREPS:
            return False
        if node.dep_ == "advcl" or node.dep_ in ("relcl", "acl", "ccomp") and any(
                k.dep_ in ("nsubj", "nsubjpass") for k in node.children):
            return False
        node = node.head
    return True


def _own_means(t, parts: Participants, own: set[str], sense: Sense | None = None) -> bool:
    """"withdrew some invasion forces": troops or weapons of the source's own country are its means."""
    return bool(own) and _means_word(t, sense) and all(parts.country.get(e) in own for e in parts.resolve(t))


# people among the instruments: what an attack, an arrest or a release does to them makes them its
# recipients ("rebels ambushed a convoy, killing 12 soldiers", "arrested five police officers",
# "freed 20 policemen")
PEOPLE_MEANS = frozenset({"troop", "force", "soldier", "police", "officer", "army", "navy", "policeman",
                          "personnel", "reservist", "unit", "policeman"})


def _means_word(t, sense: Sense | None) -> bool:
    low = t.lemma_.lower()
    acted_on = sense is not None and (sense.type in ("ASSAULT", "COERCE") or sense.mode == "release")
    return low in INSTRUMENTS and not (acted_on and low in PEOPLE_MEANS)


STATE_VERBS = frozenset({"remain", "stay", "be", "go", "keep", "put", "place", "continue", "come", "walk", "stage"})


def _state_prep(a) -> bool:
    """"X remained on alert", "X went on strike", "X are on hunger strike": the subject is the actor."""
    h = a.head
    return a.dep_ == "pobj" and h.lower_ in ("on", "in") and h.head.lemma_.lower() in STATE_VERBS


def _speaker_of(pron, parts: Participants, told_before: bool = True) -> list[str]:
    """"Iraq said it would allow...": an unresolved "it/they/we" subject of a reported clause is the
    speaker, when the speaker is an actor. Without `told_before` (an act a user's PETRARCH dictionary
    coded), only in a clause told after its saying verb: "They attacked a patrol, the army said" has
    no speaker for "they", as PETRARCH2 looks for a pronoun's antecedent among the noun phrases of
    the phrases above its clause, and a trailing sayer stands beside the clause, not above it."""
    if pron.lower_ not in ("it", "they", "we", "he", "she", "its", "their"):
        return []
    node = pron.head
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.pos_ == "VERB":
            if not told_before and node.i < node.head.i:
                return []
            for s in subjects(node.head):
                got = parts.resolve(s)
                if got and pron.lower_ in ("he", "she") and set(got) <= parts.not_persons:
                    return []  # "Police said she had been strangled": "she" is a person, not the police
                if got:
                    return got
            return []
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _possessing_speaker(subject, parts: Participants) -> list[str]:
    """"Israel said its jets struck", "Police said their officers arrested": a subject that names no
    actor but is "its/their" someone's in a reported clause is the speaker's own (its forces, its
    officers), so the speaker acts; so is such a recipient ("Israel said its jets were attacked",
    "Syria said rebels shelled its positions"): the speaker is attacked."""
    poss = [k for k in subject.children if k.dep_ == "poss" and k.lower_ in ("its", "their")]
    return _speaker_of(poss[0], parts, told_before=True) if poss else []


# verbs that judge an act ("condemned", "criticised", "praised", "endorsed"): the act is their object,
# and the one who did it is their recipient (CAMEO 11 disapprove, 05 praise and endorse)
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})


def _judged_act(c: Candidate, n, parts: Participants) -> bool:
    """"The attack by Hamas on Israel was condemned" is the passive of "[someone] condemned the attack
    by Hamas": as in the active (`_objects`), the act's doer (its by-phrase, else whom the act's noun
    phrase names: "Russia's invasion", "the Israeli raid") is judged, and no one named judges (the
    by-phrase is the act's, not the verb's agent). True when `n`, the passive's subject, is so judged."""
    if c.sense.type not in JUDGING_TYPES:
        return False
    by = phrase_objects(n, ("by",), ("prep", "agent"), keep=parts.resolve)
    c.source_tokens, c.target_tokens = [], by[:1] or [n]
    return True


def _passive_participants(c: Candidate, subs: list, parts: Participants) -> None:
    """A passive trigger's sides: its by-agent (or the agent a by-phrase naming no one hides, or who
    ordered it) acts on its subject (or the noun a participle hangs on, or the recipient in its own
    phrases where the subject names no one); an event noun as subject gives its own sides."""
    v = c.token
    agents = [p for a in v.children if a.dep_ == "agent" for p in pobjs(a)]
    order = ordered_participle(v)  # "Gondor ordered two diplomats held": Gondor detains them
    # a by-phrase naming no one ("by the roadside", "by the dozen") may hold the real agent below it
    named = [a for a in agents if parts.resolve(a)]
    agents = named or _stranded_agent(v, parts) or agents or (subjects(order) if order is not None else [])
    c.source_tokens = agents
    c.target_tokens = subs
    if v.dep_ == "acl" and not subs:
        c.target_tokens = [v.head]
    if named and subs and not any(parts.resolve(t) for t in subs):
        # "sanctions were imposed on Mordor by Gondor", "aid was sent to Rohan by Arnor": a subject
        # naming no one is what the act moves, and the recipient stands in the verb's own
        # phrases, as in the active ("Gondor imposed sanctions on Mordor")
        own = {e for t in named for e in parts.resolve(t)}
        c.target_tokens = _objects(v, c.sense, parts, own) or subs
    if not agents and len(subs) == 1 and subs[0].lemma_.lower() in parts.event_nouns:
        n = subs[0]
        if _judged_act(c, n, parts):
            return
        # "the visit by the French president to Poland was cancelled": the event's own sides
        by = phrase_objects(n, ("by", "of"), ("prep", "agent"))
        to = phrase_objects(n, ("to", "with"))
        if by:
            c.source_tokens, c.target_tokens = by, to


def _verb_participants(c: Candidate, parts: Participants) -> None:
    v = c.token
    passive = is_passive(v)
    named_by = [] if passive else _reduced_passive_doers(v, parts)
    if named_by:  # (what it acts on: the noun it hangs on; a clause's verb names no one acted on)
        c.source_tokens, c.target_tokens = named_by, [v.head] if v.head.pos_ in NOUN_POS else []
        return
    subs = subjects(v)
    if passive:
        _passive_participants(c, subs, parts)
        return
    c.source_tokens = subs
    if c.sense.mode == "access" and v.lemma_.lower() in ARRIVAL_VERBS:
        # "peacekeepers arrived in Sierra Leone": CAMEO 0861/0862 code the host receiving them
        host = [p for k in v.children if k.dep_ == "prep" and k.lower_ in ("in", "at", "into")
                for p in pobjs(k) if parts.resolve(p)]
        if host:
            c.source_tokens, c.target_tokens = host[:1], subs
            return
    own = {e for t in subs for e in parts.resolve(t)}
    c.target_tokens = _objects(v, c.sense, parts, own)
    if not c.target_tokens:
        # "threatened to break relations with Russia", "refused to meet Jordan's king": the
        # recipient of the embedded act is the recipient of the threat, refusal or promise
        for k in v.children:
            if k.dep_ == "xcomp" and k.pos_ == "VERB":
                c.target_tokens = _objects(k, c.sense, parts, own)
                if c.target_tokens:
                    break
    if not c.target_tokens and c.sense.type == "THREATEN":
        c.target_tokens = _conditioned(v, parts, own)
    if not c.target_tokens and c.sense.type in ("MOBILIZE", "THREATEN"):
        c.target_tokens = _aimed_against(v, parts, own)
    if not c.target_tokens and (quad_class(c.sense.type, c.sense.cameo) == 4 or c.sense.type == "SANCTION"):
        # (a sanction too: "Kenya said Uganda froze its assets"; CAMEO puts its 16x codes in quad 4)
        c.target_tokens = _speakers_own(v, parts, own)
    if not c.target_tokens:
        c.target_tokens = _speakers_own(v, parts, own, possessed=False)


def _reduced_passive_doers(v, parts: Participants) -> list:
    """"in a move branded a 'humiliating retreat' by the opposition": a past form with no subject or auxiliary of
    its own and an object (a two-object verb's second: brand, call, label X a Y), on the noun before it or on a
    clause (the parser's adverbial clause for the same words), is a reduced passive when a by-phrase names an actor,
    for an active clause names its doer as its subject, never in a by-phrase. The parser may hang that by-phrase on
    the object; the actors it names are the doers."""
    if v.dep_ not in ("acl", "advcl") or v.tag_ not in ("VBD", "VBN") or v.head.i > v.i or any(
            k.dep_ in SUBJ or k.dep_ in ("aux", "auxpass", "mark") for k in v.children):
        return []
    objs = direct_objects(v)
    if not objs:
        return []  # (with no object the parser reads the passive as one already: is_passive)
    return [p for t in [v, *objs] for k in t.children if k.dep_ in ("prep", "agent") and k.lower_ == "by"
            for p in pobjs(k) if parts.resolve(p)]


def _stranded_agent(v, parts: Participants) -> list:
    """"was condemned in separate statements by Italy and Norway", "was ambushed by the roadside by
    Ugandan troops": the parser hangs the passive's by-phrase on the noun of a phrase before it (a
    by-phrase itself, when that one names no one); the actors it names are the passive's agents."""
    for k in v.children:
        if k.dep_ in ("prep", "agent"):
            for n in pobjs(k):
                if parts.resolve(n):
                    continue  # "was condemned in Rohan by X": that phrase names someone itself
                by = phrase_objects(n, ("by",), keep=parts.resolve)
                if by:
                    return by
    return []


def _speakers_own(v, parts: Participants, own: set[str], possessed: bool = True) -> list:
    """"Russia said Ukraine attacked its positions": in a reported attack, "its" in the object is
    the speaker's (an attacker does not hit its own positions): the speaker is the target. So is a
    bare "it"/"them" object of any reported act ("Mordor said Gondor accused it"): an object pronoun
    is not its own clause's subject (that would be "itself"), so it is the speaker (`possessed`
    False: only that reading)."""
    objs = [k for k in v.children if k.dep_ == "dobj" and not parts.resolve(k)]
    if not objs:
        return []
    bare = objs[0].lower_ in ("it", "them")
    if not bare and not (possessed and any(k.dep_ == "poss" and k.lower_ in ("its", "their")
                                           for k in objs[0].children)):
        return []
    if any(k.lower_ == "own" for k in objs[0].children):
        return []  # "its own people", "their own allies": the doer's own, said so
    node = v
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    teller = _teller(node)
    if teller is None:
        return []
    speakers = [s for s in subjects(teller) if parts.resolve(s) and not set(parts.resolve(s)) <= own]
    return speakers[:1]


def _teller(node):
    """The verb that tells the clause `node` as someone's claim: a verb of saying whose complement it
    is ("Russia said Ukraine attacked its positions"), or a verb of blame whose act-phrase it is
    ("Venezuela accused Colombia of shelling its villages": the accuser tells it, as a sayer does;
    the phrase may hang on the accused, `phrase_governor`). None otherwise."""
    if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in SPEECH_VERBS:
        return node.head
    if node.dep_ == "pcomp" and node.head.dep_ == "prep":
        gov = phrase_governor(node.head)
        if BLAME_VERBS.get(gov.lemma_.lower()) == node.head.lower_:
            return gov
    return None


def _aimed_against(v, parts: Participants, own: set[str]) -> list:
    """"trained hackers capable of launching cyber warfare against the United States", "deployed
    missiles aimed at Taiwan": a mobilisation or threat is aimed at whom its object's own phrase
    says the force is meant against."""
    for o in (k for k in v.children if k.dep_ == "dobj"):
        for t in o.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("against", "at") and t.head.head.lower_ != "at":
                got = set(parts.resolve(t))
                if got and not got <= own:
                    return [t]
    return []


def _conditioned(v, parts: Participants, own: set[str]) -> list:
    """"threatened to cut supplies if Ukraine joins", "... unless Baghdad accepts its terms": a
    threat is aimed at the one whose act its condition names (the subject of the if/unless clause
    on the threat or on the threatened act)."""
    for node in [v] + [k for k in v.children if k.dep_ == "xcomp"]:
        for k in node.children:
            if k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children):
                subs = [s for s in subjects(k) if parts.resolve(s) and not set(parts.resolve(s)) <= own]
                if subs:
                    return subs[:1]
    return []


def _names_another(mod, head, parts: Participants, own: set[str]) -> bool:
    """The modifier `mod` of a means noun `head` names a party besides the source ("seized Rohan
    tanks", "pelted Gondor police"): a word of another actor than the source's, or a name (a state,
    a people: capitalised) inside the noun's own actor. A common noun of the noun's own actor names
    no one: "army reservists" is one agent phrase (a user agent ARMY [~MIL] makes it one actor), so
    "Britain mobilized army reservists for a war against Iraq" stays Britain's own means and the
    mobilisation is aimed at Iraq, as with the built-in roles."""
    if mod.dep_ not in ("amod", "compound", "poss") or mod.i not in parts.tok2ent:
        return False
    eid = parts.tok2ent[mod.i]
    if eid in own:
        return False
    return eid != parts.tok2ent.get(head.i) or mod.text[:1].isupper()


def _objects(v, sense: Sense, parts: Participants, own: set[str] = frozenset()) -> list:
    """The verb v's target tokens under the sense (own: the source's actors, never its own target): the
    first place that names another party wins, in the order a reader looks (the dative, the object,
    where the type says, a target phrase, a complement clause, the object's own phrases)."""
    other = _names_other(sense, parts, own)
    kids = list(v.children)
    dative = [k for k in kids if k.dep_ in ("dative", "iobj")]
    dative = [p for k in dative for p in ([k] if k.pos_ != "ADP" else pobjs(k))]
    if dative and any(other(k) for k in dative):
        return dative
    dobj = _verb_object(v, kids)
    # each of these says None when it has no answer
    found = _direct_object_party(v, kids, dobj, sense, parts, other)
    if found is None:
        found = _typed_party(kids, dobj, sense, parts, other)
    if found is not None:
        return found
    preps = sense.prep or ()  # TARGET_PREPS hold "between" too: "mediated between Sudan and Ethiopia"
    for k in kids:
        objs = _phrase_party(v, k, preps, other)
        if objs:
            return objs[:1]
    found = _clause_party(v, kids, sense, parts, own)  # (None: no clause names one; a warning's may say [])
    if found is not None:
        return found
    # the object's own modifiers or "of" phrase ("condemned the Israeli raid", "the arrest of X")
    if dobj:
        objs = _object_phrase_party(dobj[0], sense, parts, other)
        if objs:
            return objs[:1]
    return _prep_object_party(v, sense, parts, other)


def _names_other(sense: Sense, parts: Participants, own: set[str]):
    """The test _objects puts to each candidate token: it names someone besides the source (own)
    ("withdrew its troops from Lebanon": the troops are the source's own)."""
    def other(t) -> bool:  # names someone besides the source ("withdrew its troops from Lebanon")
        if _means_word(t, sense) and sense.type not in ADDRESSED_TYPES and not any(
                _names_another(c, t, parts, own) for c in t.children):
            return False  # "deployed additional troops": the source's own means, not a recipient
        got = parts.resolve(t)
        if not got or set(got) <= own:
            return False
        # "recalled its ambassador from Minsk": the source's own people are not its recipient
        mine = {parts.country.get(e) for e in own} - {None}
        # (a role with no country of its own, "its ambassador" coded GOV, is the source's as well;
        # "Kenya recalled Kenya's envoy" names the source as "its" does)
        return not (mine and all(parts.country.get(e) in mine | {None} for e in got) and t.dep_ == "dobj"
                    and any(k.dep_ == "poss" and (k.lower_ in ("its", "their", "his", "her") or parts.tok2ent.get(k.i) in own)
                            for k in t.children))
    return other


def _verb_object(v, kids: list) -> list:
    """The verb's direct object, also where the parser gave it another label: a name after the verb
    read as a modifier, a noun inside a bare complement."""
    dobj = direct_objects(v)
    if not dobj:  # "met Rufus Firefly on Monday": the parser may read a name after the verb as a modifier
        dobj = [k for k in kids if k.dep_ == "npadvmod" and k.pos_ == "PROPN" and k.i > v.i and not k.ent_type_ in
                ("DATE", "TIME")]
    if not dobj:  # (session 42) "took [Montrevian engineers hostage]": the object inside a bare complement
        dobj = [k for k in kids if bare_complement(k) and k.pos_ in NOUN_POS]
    return dobj


def _direct_object_party(v, kids: list, dobj: list, sense: Sense, parts: Participants, other) -> list | None:
    """The target the direct object gives: the doer of an event noun reacted to, the object itself
    (or, for a role of no country, the country a target phrase names), or the party of the sense's
    own object noun ("held talks with X"); None when it gives none."""
    if dobj and dobj[0].lemma_.lower() in parts.event_nouns:
        # "condemned the killing of civilians by X", "hailed the release of two soldiers by X": a reaction to
        # an act is aimed at who did it, not at whom it was done to; the parser often hangs the noun's "by"
        # on the verb, but an active verb's own doer is its subject, so a "by" actor after its object is
        # the object's (a passive has no object, and "by" + a gerund names a means, no actor)
        by = phrase_objects(dobj[0], ("by",), keep=other) or _undergoer_by(dobj[0], parts, other)
        if not by and not is_passive(v):
            by = [q for p in kids if p.dep_ == "prep" and p.lower_ == "by" and p.i > dobj[0].i
                  for q in pobjs(p) if other(q)]
        if by:
            return by[:1]
    if dobj and other(dobj[0]) and not exchanged(dobj[0]):
        if not _has_country(dobj[0], parts):
            # "deployed the riot police against Mordor", "sent aid workers to Rohan": a role of no
            # country is what the act moves or uses; the country a target phrase names is its recipient
            named = [p for k in kids if k.dep_ == "prep" and k.i > dobj[0].i and k.lower_ in TARGET_PREPS
                     and k.lower_ != "from" and not _on_behalf(k, v) for p in pobjs(k)
                     if other(p) and _has_country(p, parts)]
            if named:
                return named[:1]
        return dobj[:1]
    if dobj and sense.object and dobj[0].lemma_.lower() in sense.object:
        # "held their first meeting with X at a lunch": the event noun's own party comes first
        for p in dobj[0].children:
            if p.dep_ == "prep" and p.lower_ in ("with", "to", "against"):
                objs = [q for q in pobjs(p) if other(q)]
                if objs:
                    return objs[:1]
    return None


def _typed_party(kids: list, dobj: list, sense: Sense, parts: Participants, other) -> list | None:
    """The target where the event's type says where to look: the country asked for refuge, the one
    complained of, the one defied, the one whose pressure is rejected; None when none is named."""
    if sense.type == "REQUEST" and dobj and dobj[0].lemma_.lower() in REFUGE:
        # "sought refuge in Germany": the country asked to take them in
        for k in kids + list(dobj[0].children):
            if k.dep_ == "prep" and k.lower_ == "in":
                objs = [p for p in pobjs(k) if other(p)]
                if objs:
                    return objs[:1]
    if sense.type == "ACCUSE":
        found = _accused_party(kids, dobj, parts, other)
        if found is not None:
            return found
    if sense.type in DEFIANT_TYPES:
        objs = [q for q in _defied(kids) if other(q)]
        if objs:
            return objs[:1]
    if sense.type == "REJECT":  # "declined to resign despite pressure by X", "despite calls from Y": X, Y
        objs = [q for k in kids if k.dep_ == "prep" and k.lower_ == "despite" for n in pobjs(k)
                if n.lemma_.lower() in PRESSURE_NOUNS for p in n.children
                if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from", "of") for q in pobjs(p) if other(q)]
        if objs:
            return objs[:1]
    return None


def _accused_party(kids: list, dobj: list, parts: Participants, other) -> list | None:
    """An ACCUSE event's target: the one complained of, not the one complained to; None when none."""
    # "complained to the UN about Somali raids": the one complained of, not the one complained to
    # ("complained about how X treats", "voiced concern over how X ...": the clause's doer)
    for k in kids + list(dobj[0].children if dobj else ()):
        if k.dep_ == "prep" and k.lower_ in ("about", "over", "against"):
            objs = [q for q in with_conduct_doers(pobjs(k)) if other(q)]
            if objs:
                return first_of_each_phrase(objs, k)
    objs = [q for q in conduct_doers(dobj[0]) if other(q)] if dobj else []
    if objs:  # "condemned the way X treats its farmers"
        return objs[:1]
    for k in (dobj[0].children if dobj else ()):  # "expressed anger at Eriador's decision": at whom
        if k.dep_ == "prep" and k.lower_ == "at":  # (an actor, not a place: "outrage at the market")
            objs = [p for p in pobjs(k) if other(p) and all(e in parts.actor_ids for e in parts.resolve(p))]
            if objs:
                return objs[:1]
    return None


def _phrase_party(v, k, preps, other) -> list:
    """The parties a phrase on the verb, k, names as the target: a target preposition's objects, or
    what "out of"/"away from" leaves ("pulled out of X", "moved away from X")."""
    if k.dep_ == "prep" and (k.lower_ in preps or k.lower_ in TARGET_PREPS) and not _on_behalf(k, v):
        objs = [p for p in pobjs(k) if other(p) and not _help(p)]
        if objs:
            return objs
    # "pulled out of X", "moved away from X": from X (the parser makes "away" an advmod, "out" often a particle)
    if k.dep_ in ("prep", "advmod", "prt") and k.lower_ in ("out", "away"):
        return [p for c in k.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for p in pobjs(c) if other(p) and not _help(p)]
    return []


def _clause_party(v, kids: list, sense: Sense, parts: Participants, own: set[str]) -> list | None:
    """The target a clause on the verb names: "urged Iran to release", "demanded that Mugabe abandon"
    (the complement's subject), a warning's own clause, a demand's addressee; None when none does."""
    # "urged Iran to release", "demanded that Mugabe abandon": the complement's subject
    if sense is WARNING_SENSE:  # "warned that police will no longer tolerate X": the speaker's side acts on X
        return next((o for k in kids if k.dep_ == "ccomp" for o in [_objects(k, sense, parts, own)] if o), [])
    for k in kids:  # (a disputing verb's that-clause, "denied that its troops had attacked Ithilen", is what
        # is denied, no one addressed; each clause is asked on its own)
        if (k.dep_ == "ccomp" and v.lemma_.lower() not in DISPUTING) or k.dep_ == "xcomp" or (
                k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in k.children)):
            subs = [s for s in k.children if s.dep_ in SUBJ and parts.resolve(s)]
            if subs:
                return subs[:1]
    if sense.type == "REQUEST":  # "insisted on its demands that Burundi's government grant": the demand's addressee
        subs = [s for k in kids if k.dep_ == "prep" for n in pobjs(k) if n.lemma_.lower() in REQUEST_NOUNS
                for cl in n.children if cl.dep_ in ("acl", "ccomp") for s in cl.children
                if s.dep_ in SUBJ and parts.resolve(s) and not set(parts.resolve(s)) <= own]
        if subs:
            return subs[:1]
    return None


def _object_phrase_party(d, sense: Sense, parts: Participants, other) -> list:
    """The parties the direct object d's own phrases name ("held talks with X", "condemned the attack
    on X", "the coup in X"), in OBJECT_NOUN_PREPS' order, less a venue or a topic."""
    preps = {p.lower_: p for p in d.children if p.dep_ == "prep"}
    for word in OBJECT_NOUN_PREPS:  # "held talks with X", "condemned the attack on X", "the coup in X"
        if word == "in" and quad_class(sense.type, sense.cameo) in (1, 2):
            continue  # "signed an agreement in Nairobi": a venue, not a party
        if word == "on" and sense.type in TOPIC_ON:
            continue  # "held talks on Iranian nuclear work": the topic
        p = preps.get(word)
        if p is not None:
            objs = [q for q in pobjs(p) if other(q)]
            if word == "in":  # "blocked roads in Brussels": a place is where, not whom
                objs = [q for q in objs if all(e in parts.actor_ids for e in parts.resolve(q))]
            if objs:
                return objs
    return []


# the parties a prepositional object's own phrase names ("called for peace with X", "accused of crimes
# against X"): those of a direct object's, less its venue ("in"), agent ("by") and "of"/"from" phrases
PREP_OBJECT_PREPS = ("with", "against", "to", "toward", "towards", "on", "for")
# the verb's own prepositions that take what it is about ("called for", "accused of", "insisted on",
# "stayed out of"), not those that set a scene or frame ("during demonstrations against X", "under an
# agreement with X", "despite pressure on X", "marched in protest with X"): their noun is no object
COMPLEMENT_PREPS = frozenset({"for", "of", "on", "upon", "out", "from", "to", "toward", "towards", "against", "into"})


# nouns that name how someone acts: "the way X treats its farmers" is about X's conduct
CONDUCT_NOUNS = frozenset({"way", "manner"})


def conduct_doers(tok) -> list:
    """Whom a phrase about conduct names as acting: the subject of a preposition's clause ("about how X
    treats", "over why X refused") or of the relative clause on "the way" or "the manner" ("the way X
    treats"). What a criticism is about is that doer's act, so the doer is the one criticised (PLOVER's
    ACCUSE target). A passive clause's subject undergoes the act and is not its doer."""
    if tok.dep_ == "pcomp" and tok.pos_ in ("VERB", "AUX"):
        clause = tok
    elif tok.lemma_.lower() in CONDUCT_NOUNS:
        clause = next((k for k in tok.children if k.dep_ == "relcl"), None)
    else:
        return []
    return [k for k in clause.children if k.dep_ == "nsubj"] if clause is not None else []


def first_of_each_phrase(objs, prep) -> list:
    """The first of `objs` in each phrase of `prep`: its own and each repetition of it in a coordination
    ("complained about Libyan raids and about Sudanese incursions": two phrases, a party each, as "about
    Libya and Sudan" is one phrase of two coordinated parties). `objs` are ordered as pobjs gives them."""
    phrases = [prep] + [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
    at = {p.i for p in phrases}
    firsts = {}
    for q in objs:  # (a repeated preposition is inside the first one's subtree: the nearest phrase owns q)
        owner = next((a.i for a in q.ancestors if a.i in at), prep.i)
        firsts.setdefault(owner, q)
    return list(firsts.values())


def with_conduct_doers(objs) -> list:
    """Each object followed by the doers of the conduct it names ("about how X treats ...": the clause, then X), in
    order: what a criticism is about, and whom it aims at."""
    return [q for p in objs for q in [p, *conduct_doers(p)]]


def _prep_object_party(v, sense: Sense, parts: Participants, other) -> list:
    """The party named under the noun a verb's own preposition governs, as a direct object's own
    phrase names it ("appealed for talks with X" as "demanded talks with X"; "stayed out of the war
    with X"): the parser hangs the target's phrase on that noun, not on the verb."""
    if any(other(p) for k in v.children if k.dep_ == "prep" for p in pobjs(k)):
        return []  # "arrived in Rohan for talks with its president": the verb's own phrase names its party first
    nouns = []
    for k in v.children:
        if k.dep_ == "prep" and k.lower_ in COMPLEMENT_PREPS and not _on_behalf(k, v) and not _of_time(k):
            nouns += [n for n in pobjs(k) if not parts.resolve(n)]
            nouns += [n for c in k.children if c.dep_ == "prep" and c.lower_ == "of" for n in pobjs(c)
                      if not parts.resolve(n)]  # "out of the war with X"
    for n in nouns:
        for p in n.children:
            if p.dep_ != "prep" or p.lower_ not in PREP_OBJECT_PREPS:
                continue
            if p.lower_ == "on" and sense.type in TOPIC_ON:
                continue  # "called for talks on nuclear work": the topic
            objs = [q for q in pobjs(p) if other(q) and not _help(q)]
            if objs:
                return objs[:1]
    return []


# verbs disputing a proposition: their that-clause is what is disputed (session 10, s10-petr)
DISPUTING = frozenset({"deny", "dispute", "refute", "contest", "rebut"})


# "blocked streets in defiance of the authorities", "marched in protest against the law": the one
# defied or protested against is the target of a protest or a refusal
DEFIANT_TYPES = frozenset({"PROTEST", "REJECT"})
DEFIANCE_NOUNS = frozenset({"defiance", "protest", "opposition"})


# what a refusal holds out against ("despite pressure by X")
PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "protest", "urging", "ultimatum"})


def _defied(kids) -> list:
    return [q for k in kids if k.dep_ == "prep" and k.lower_ == "in" for n in pobjs(k)
            if n.lemma_.lower() in DEFIANCE_NOUNS for p in n.children
            if p.dep_ == "prep" and p.lower_ in ("of", "against", "at", "to") for q in pobjs(p)]


OBJECT_NOUN_PREPS = ("with", "on", "against", "to", "toward", "towards", "for", "of", "by", "in", "from")  # "recalled its ambassador from X"


# "with Albania's help", "with US backing": who helps or consents is no target of the act
HELP_NOUNS = frozenset({"help", "assistance", "support", "backing", "cooperation", "consent", "approval", "blessing",
                        "permission", "participation", "involvement", "collaboration"})


def _undergoer_by(noun, parts: Participants, keep) -> list:
    """"the arrest of its ambassador by Mordor police": the parser hangs the event noun's "by" on the noun of
    its of-phrase, the one who undergoes it; a by-phrase says nothing of a person or a group itself, so it is
    the event's (not after another event noun: "the release of a report by X" may be the report's)."""
    return [p for u in phrase_objects(noun, ("of",)) if u.lemma_.lower() not in parts.event_nouns
            for p in phrase_objects(u, ("by",), keep=keep)]


def _has_country(t, parts: Participants) -> bool:
    """`t` names an actor whose country the text gives (not one guessed from the article's focus)."""
    return any(parts.country.get(e) and e not in parts.guessed for e in parts.resolve(t))


def _help(p) -> bool:
    return p.lemma_.lower() in HELP_NOUNS and p.head.lower_ == "with"


# events one can be "under" ("under investigation", "under attack", "under curfew"); "under a treaty"
# or "under an agreement" says by what right, not who undergoes it
UNDERGONE = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SANCTION", "THREATEN"})


def _of_undergoer(n, a, sense) -> bool:
    """The event noun's of-phrase names who undergoes it ("Togo's arrest of two fishermen"): its
    possessive is then the doer, as in "the army's destruction of the city", not the one arrested,
    released or expelled, which it is alone ("Navalny's arrest")."""
    return sense.of == "target" and any(k.dep_ == "prep" and k.lower_ == "of" and pobjs(k)
                                        for node in {n, a} for k in node.children)


def _noun_participants(c: Candidate, parts: Participants) -> None:
    n, a, sense = c.token, c.anchor, c.sense
    src, tgt, between = _noun_own_parties(n, a, sense, parts)
    src, tgt = _noun_clause_parties(a, sense, parts, src, tgt)
    if not src:
        src = [t for t in responsible(a) if parts.resolve(t)]
    if src and not tgt:
        tgt = _answered_by(a, sense, parts)
    if between and mediation(sense):
        # "the envoy's mediation between Sudan and Ethiopia": the mediator acts on the parties;
        # with no mediator named the parties are the actors
        if src:
            tgt = tgt or between
        else:
            src = between
    c.source_tokens, c.target_tokens = src, tgt


def _noun_own_parties(n, a, sense: Sense, parts: Participants) -> tuple[list, list, list]:
    """The parties the event noun's own phrase names (its possessive, modifiers and phrases, on the
    noun and its anchor), each resolved to an actor: (sources, targets, the "between" parties)."""
    src, tgt, between = _noun_phrase_parties(n, a, sense, parts)
    tgt = [t for t in tgt if parts.resolve(t)]  # ("the withdrawal ... on Wednesday": no one, so look further)
    if not tgt and sense.reverse == "043":
        # "the visit by the Chinese premier to Nigeria": the destination, wherever "to" hangs
        tgt += [p for k in a.subtree if k.dep_ == "prep" and k.lower_ == "to" and k.i > a.i
                for p in pobjs(k) if parts.resolve(p)][:1]
    if not tgt and sense.type == "RETREAT" and sense.mode == "withdraw":
        # "the withdrawal of some forces from Panama": the place they leave, wherever "from" hangs
        tgt += [p for k in a.subtree if k.dep_ == "prep" and k.lower_ == "from" and k.i > a.i for p in pobjs(k)][:1]
    between = [t for t in between if parts.resolve(t)]
    if not mediation(sense):
        src += between  # "talks between Iran and the US": the parties act together
    if not src and sense.governor is not None:
        src = passive_governor_agents(n, sense.governor)  # ("the strike, called by the union": the union's)
    src = [t for t in src if parts.resolve(t)]
    tgt = [t for t in tgt if parts.resolve(t)]
    if not tgt and sense.of == "target":
        # "a suspension of air links with Serbia", "the cancellation of talks with Iran": the
        # party of the thing the event acts on
        tgt = [q for k in a.children if k.dep_ == "prep" and k.lower_ == "of" for p in pobjs(k)
               if not parts.resolve(p) for w in p.children if w.dep_ == "prep" and w.lower_ in ("with", "to", "against")
               for q in pobjs(w) if parts.resolve(q)][:1]
    return src, tgt, between


def _noun_phrase_parties(n, a, sense: Sense, parts: Participants) -> tuple[list, list, list]:
    """The children of the event noun n and its anchor a that may name a party, sorted by the slot
    their label and preposition give them under the sense (unresolved: the caller checks)."""
    src, tgt, between = [], [], []
    poss_target = sense.poss == "target" and not _of_undergoer(n, a, sense)
    for node in {n, a}:
        for k in node.children:
            d = k.dep_
            if d == "poss":
                (tgt if poss_target else src).append(k)
            elif d in ("amod", "compound", "nmod") and k.i < node.i and parts.tok2ent.get(k.i):
                src.append(k)
            elif d == "compound" and k.i < node.i:
                g = [x for x in k.lefts if parts.tok2ent.get(x.i)]
                src += g
            elif d in ("prep", "agent"):
                _noun_prep_parties(k, n, sense, src, tgt, between)
            elif d == "appos" and not parts.tok2ent.get(node.i):
                # a mis-attached apposition of the nearest noun phrase ("the support of the alliance, the Framework")
                src.append(k)
    return src, tgt, between


def _noun_prep_parties(k, n, sense: Sense, src: list, tgt: list, between: list) -> None:
    """A preposition (or agent "by") on the event noun: its objects go to the sources, the targets or
    the "between" parties, by the preposition and what the sense says of it."""
    word = k.lower_
    objs = [o for o in pobjs(k) if o.i != n.i]  # ("a note of protest": the act itself, no party)
    if word == "by":
        src += objs
    elif word == "of":
        if sense.of == "source":
            src += objs
        elif sense.of == "target":
            tgt += objs
    elif word == "from" and sense.type == "RETREAT" and sense.mode == "withdraw":
        tgt += objs  # "the withdrawal of its forces from Panama": whom they leave
    elif word == "from" and (sense.of == "source" or ((quad_class(sense.type, sense.cameo) or 0) < 4 and sense.type != "RETREAT")):
        # "condemnation from the US", "aid from Japan": who it comes from (an attack
        # "from Syria" says where it was launched from, left to the places)
        src += objs
    elif word == "on" and sense.type in TOPIC_ON:
        return  # "talks on an Israeli troop pullback": what they are about, not with whom
    elif word in NOUN_TARGET_PREPS and word != "in":
        if sense.type == "ACCUSE":  # "a complaint about how X treats ...": X
            objs = with_conduct_doers(objs)
        tgt += [o for o in objs if not _help(o)]
    elif word == "between":
        between += objs


def _noun_clause_parties(a, sense: Sense, parts: Participants, src: list, tgt: list) -> tuple[list, list]:
    """The parties the clause around the event noun's anchor a gives, where its own phrase named none:
    a verb's subject or agent, its dative or target phrase, by the slot the noun fills."""
    while a.dep_ == "conj" and a.head.pos_ in ("NOUN", "PROPN") and a.head.i != a.i:
        a = a.head  # "launched artillery, mortar and rocket fire": the list's place in the clause
    a = event_slot(a)
    h = a.head
    if a.dep_ in ("dobj", "attr") and h.pos_ in ("VERB", "AUX"):
        if h.lemma_.lower() in RECEIVE_VERBS or _provoked_reaction(h, sense):
            return _received_parties(a, h, parts, src, tgt)
        return _object_noun_parties(h, sense, parts, src, tgt)
    if a.dep_ == "nsubjpass" and h.pos_ == "VERB":
        if not src:
            src += [p for ag in h.children if ag.dep_ == "agent" for p in pobjs(ag)]
        if not tgt:
            for k in h.children:  # ("aid was given to Rohan": the parser's dative "to")
                if k.dep_ in ("prep", "dative") and k.lower_ in ("on", "against", "with", "to", "upon"):
                    tgt += [p for p in pobjs(k) if parts.resolve(p)]
    elif a.dep_ == "nsubj" and h.pos_ == "VERB":
        if not tgt:
            tgt += [k for k in h.children if k.dep_ == "dobj" and parts.resolve(k)]
        if not tgt and h.lemma_.lower() in ASPECT_VERBS:
            tgt += _aspect_party(h, parts)
        if not tgt and h.lemma_.lower() in ARRIVAL_VERBS:
            # "the first deployment of NATO troops arrived in Bosnia": where it arrives
            tgt += [p for k in h.children if k.dep_ == "prep" and k.lower_ in ("in", "at", "into")
                    for p in pobjs(k) if parts.resolve(p)]
    elif _state_prep(a):
        if not src:
            src += subjects(h.head)  # "troops remained on alert", "workers went on strike"
    elif a.dep_ == "pobj" and h.dep_ == "agent" and is_passive(h.head):
        if not tgt:
            tgt += [k for k in h.head.children if k.dep_ == "nsubjpass"]
    elif a.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX"):
        return _prep_noun_parties(a, h, sense, parts, src, tgt)
    return src, tgt


def _received_parties(a, h, parts: Participants, src: list, tgt: list) -> tuple[list, list]:
    """An event noun received or provoked (the object of h, "received a warning from X", "sparked
    criticism from Y"): the receiver, h's subject, is its target; who sent it, its source."""
    if not tgt:
        tgt += subjects(h)
    if not src:
        near = [h] + [x for k in h.children if k.dep_ == "prep" for x in pobjs(k)]
        for node in near:
            for k in node.children:
                if k.dep_ in ("prep", "agent") and k.lower_ in SOURCE_PREPS_RECEIVED:
                    src += pobjs(k)
    if not src:  # "received a request for military aid from X": the parser hangs the phrase's closing
        # "from" on its last noun; what is received comes from X all the same
        src += [p for k in a.subtree if k.dep_ == "prep" and k.lower_ == "from" and k.i > a.i
                for p in pobjs(k) if parts.resolve(p)][:1]
        if src and {e for t in tgt for e in parts.resolve(t)} <= {e for t in src for e in parts.resolve(t)}:
            tgt = subjects(h)  # (what it asks or promises, "military aid from X", is X's: the receiver is the target)
    return src, tgt


def _object_noun_parties(h, sense: Sense, parts: Participants, src: list, tgt: list) -> tuple[list, list]:
    """An event noun that is the object of the verb h ("launched an attack", "gave a warning to X"):
    the verb's subject (or passive agent) acts, its dative or target phrase undergoes."""
    if not src:
        if is_passive(h):
            src += [p for ag in h.children if ag.dep_ == "agent" for p in pobjs(ag)]
        elif (parts.triggers.get(h.i) or "").split("-")[0] not in REACTIONS - {sense.type} \
                and not _observes(h):
            # "launched an attack", "postponed the demonstration", "launched rocket fire"
            # (a verb of the noun's own type): the subject's own
            src += subjects(h)
    if not tgt:
        dative = [k for k in h.children if k.dep_ in ("dative", "iobj")]
        tgt += [p for k in dative for p in ([k] if k.pos_ != "ADP" else pobjs(k))]
        if not tgt:
            tgt += _clause_target(h, sense, parts)
    return src, tgt


def _prep_noun_parties(a, h, sense: Sense, parts: Participants, src: list, tgt: list) -> tuple[list, list]:
    """An event noun in a prepositional phrase h on a verb ("came under attack", "embarked on an
    offensive", "during talks with X"): the clause's subject, by what the preposition makes of it."""
    v = h.head
    if h.lower_ == "under" and sense.type in UNDERGONE:
        # "was put under investigation", "came under attack", "is under arrest": the clause's subject
        # undergoes the event; whoever put it there acts
        if not tgt:
            tgt += [s for s in subjects(v) if parts.resolve(s)]
        if not src:  # "was placed under arrest by X", "came under attack from X"
            src += [p for k in list(v.children) + list(a.children) if (k.dep_ == "agent" and is_passive(v))
                    or (k.dep_ == "prep" and k.lower_ == "from") for p in pobjs(k)]
        return src, tgt
    # "During a telephone call with X, Rubio said": reciprocal events take the clause's subject
    if not src and tgt and sense.type in ("CONSULT", "AGREE", "COOPERATE"):
        src += subjects(v)
    elif not src and _takes_part(v, h) and not is_passive(v):
        src = [s for s in subjects(v) if parts.resolve(s)]
        if src and not tgt:  # "embarked on an offensive against X": the parser hangs "against X" on the verb
            tgt = _clause_target(v, sense, parts, after=a.i)
    elif not src and not tgt and h.lower_ in FRAME_PREPS and v.i not in parts.triggers and not is_passive(v):
        src, tgt = _framing_verb(v, a, sense, parts)
    elif not src and tgt and h.lower_ in FRAME_PREPS and parts.triggers.get(v.i) == sense.type and not is_passive(v):
        # "youths threw stones during demonstrations against the army": the event that frames an
        # act of its own kind has that act's actors (one naming no one is absorbed by the act)
        src = [s for s in subjects(v) if parts.resolve(s)]
    return src, tgt


# Verbs of an event's beginning or going on, whose subject is the event ("talks began with X").
ASPECT_VERBS = frozenset({"begin", "start", "resume", "continue", "open", "reopen", "get"})
# Verbs whose subject brings about a reaction named by their object ("the law sparked criticism from X").
PROVOKING_VERBS = frozenset({"spark", "provoke", "prompt", "trigger", "stir", "ignite", "spur", "unleash"})
# reactions that answer their provoker: the provoker is their target
ANSWERING_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})


def _aspect_party(v, parts: Participants) -> list:
    """"Negotiations began with Senegal", "talks got under way with Mongolia": a verb of beginning or
    going on whose subject is the event hands the event its own "with" party, as the noun's "with"
    would ("talks with Senegal began"). A venue ("began in a hotel") is no party."""
    return [p for k in v.children if k.dep_ == "prep" and k.lower_ == "with" for p in pobjs(k) if parts.resolve(p)]


def _provoked_reaction(v, sense: Sense) -> bool:
    """"Kenya's law provoked condemnation from Uganda": the subject of a verb of provoking is what the
    reaction answers, not who reacts; so, like "drew criticism from X", the subject is the target and
    the "from" phrase the source. Only for reactions aimed at someone (criticism, rejection, threats):
    "the raid sparked clashes" names no one's reaction to the raid."""
    return v.lemma_.lower() in PROVOKING_VERBS and sense.type in ANSWERING_TYPES


# the prepositions of a verb's own phrase that name the target of the event noun it governs
CLAUSE_TARGET_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "for", "upon", "into"})


def _clause_target(v, sense: Sense, parts: Participants, after: int = -1) -> list:
    """The party of a target phrase the parser hung on the verb rather than on the event noun it
    governs ("launched an attack on X", "mounted an incursion into X", "embarked on an offensive
    against X"; `after`: only phrases after that token), as the noun's own phrase would name it
    (NOUN_TARGET_PREPS); "on" a topic is no party ("held talks on X's nuclear work")."""
    return [p for k in v.children if k.dep_ == "prep" and k.i > after and k.lower_ in CLAUSE_TARGET_PREPS
            and not (k.lower_ == "on" and sense.type in TOPIC_ON) for p in pobjs(k) if parts.resolve(p)]


# Words that say who did an event named by the noun after them (see `responsible`): an adjective
# ("is responsible for"), a noun one claims ("claimed responsibility for"), a verb that lays the act
# at someone's door with its preposition ("blamed X for", "accused X of", "charged X with": BLAME_VERBS,
# in factuality.py).
RESPONSIBLE_ADJ = frozenset({"responsible", "accountable", "culpable"})
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})
CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit", "assume", "bear"})


def responsible(a) -> list:
    """Who the sentence says did the event the noun `a` names, when it names the doer only by
    attributing the act (a common news construction): "the army is responsible for the shelling",
    "held the rebels responsible for the massacre", "Al-Shabaab claimed responsibility for the
    attack", "the rebels were behind the bombing", "blamed Russia for the attack", "was blamed for
    the killing", "accused soldiers of looting". The tokens naming the doer, else []. The noun is the
    preposition's complement, pobj or, as the parser also labels a gerund it tags NOUN, pcomp (as `pobjs`
    reads it); the preposition's own word says the construction, whatever its label (a "for" the parser
    calls a dative is still "blamed X for")."""
    if a.dep_ not in ("pobj", "pcomp"):
        return []
    p, g = a.head, a.head.head
    word, lemma = p.lower_, g.lemma_.lower()
    if word == "behind" and lemma == "be":
        return subjects(g)  # "X was behind the bombing"
    if word == "for" and lemma in RESPONSIBLE_ADJ and g.pos_ == "ADJ":
        if g.dep_ in ("acomp", "oprd"):
            return subjects(g.head)  # "X is responsible for"
        if g.dep_ == "amod":
            return [g.head]  # "held X responsible for", "talks with the rebels responsible for"
        return []
    if word == "for" and lemma in CLAIMED_NOUNS and g.dep_ == "dobj" and g.head.lemma_.lower() in CLAIM_VERBS:
        return subjects(g.head)  # "X claimed responsibility for"
    if word == "for" and lemma in CLAIM_VERBS and any(k.dep_ == "dobj" and k.lemma_.lower() in CLAIMED_NOUNS
                                                      for k in g.children):
        return subjects(g)  # "X took credit for": the parser may hang "for" on the verb
    if g.pos_ == "VERB" and BLAME_VERBS.get(lemma) == word:
        if is_passive(g):
            return [k for k in g.children if k.dep_ == "nsubjpass"]  # "X was blamed for"
        return [k for k in g.children if k.dep_ == "dobj"]  # "blamed X for"
    return []


# Types of an answer (accepting, refusing, yielding) and of what it answers (a demand, an offer, a threat).
ANSWER_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE"})
ANSWERED_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN"})


def _answered_by(a, sense: Sense, parts: Participants) -> list:
    """"conceded to demands from UNITA", "rejected an offer by X", "accepted Y's proposal": a demand,
    offer or threat that someone answers was made to the one who answers it (its subject)."""
    if sense.type not in ANSWERED_TYPES:
        return []
    h = a.head
    # (a preposition's complement, pobj or pcomp, as `pobjs` reads it, under whatever label the parser gives
    # the preposition: "conceded to demands" with "to" a dative; an agent's verb is passive, refused below)
    v = h.head if a.dep_ in ("pobj", "pcomp") else h if a.dep_ == "dobj" else None
    if v is None or v.pos_ != "VERB" or is_passive(v) or (parts.triggers.get(v.i) or "").split("-")[0] not in ANSWER_TYPES:
        return []
    return [t for t in subjects(v) if parts.resolve(t)]


# Verbs whose subject speaks of, watches or lets happen the event its object names, not its doer:
# "insisted unrest reflected ...", "will no longer tolerate rallies", "trying to broker a pact".
OBSERVER_VERBS = frozenset({"tolerate", "allow", "permit", "broker", "mediate", "follow", "precede", "witness",
                            "watch", "monitor", "observe", "cover", "discuss", "debate", "fear", "expect",
                            "predict", "ignore", "survive", "mark", "commemorate", "describe", "recall"})


def _observes(h) -> bool:
    lemma = h.lemma_.lower()
    return lemma in OBSERVER_VERBS or (lemma in SPEECH_VERBS and lemma not in LIGHT_VERBS)


def mediation(sense: Sense) -> bool:
    """CAMEO 045 (mediate): the parties "between" whom someone mediates are its recipients."""
    return (sense.cameo or "").startswith("045")


REFUGE = frozenset({"asylum", "refuge", "shelter", "sanctuary"})
ARRIVAL_VERBS = frozenset({"arrive", "reach", "enter", "land", "dock"})
FRAME_PREPS = frozenset({"on", "for", "in", "during", "at"})
TOPIC_ON = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # talks/agreement/cooperation "on" a topic
# events that act on another's event named as their object: "Iran condemned the attack", "police
# prevented the demonstration", "rejected the proposal", "demanded the withdrawal of X": the object
# event is not the subject's
REACTIONS = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SUPPORT", "REJECT", "REQUEST"})


# verbs of taking part in, or going on with, an event named by their preposition's object
TAKING_PART = {"in": frozenset({"participate", "engage", "join", "persist", "take"}), "on": frozenset({"embark"}),
               "with": frozenset({"proceed", "continue", "go", "press", "push", "carry", "forge"})}
GOING_ON = frozenset({"ahead", "on", "forward"})  # "went ahead with", "pressed on with", "carried on with"


def _takes_part(v, prep) -> bool:
    """"took part in the attack on X", "embarked on an offensive against X", "went ahead with the
    strike": the verb's subject does the event its preposition's object names."""
    lemma = v.lemma_.lower()
    if lemma not in TAKING_PART.get(prep.lower_, ()):
        return False
    if lemma == "take":  # ("took part in", not "took comfort in")
        return any(k.dep_ == "dobj" and k.lemma_.lower() == "part" for k in v.children)
    if prep.lower_ == "with" and lemma not in ("proceed", "continue"):
        return any(k.lower_ in GOING_ON for k in v.children if k.dep_ in ("advmod", "prt"))
    return True


def _framing_verb(v, noun, sense: Sense, parts: Participants) -> tuple[list, list]:
    """An event noun framing a clause that codes no event itself: its subject acts ("arrived in
    Amman on a visit", "returned to Geneva for talks", "youths threw stones during demonstrations",
    "guerrillas wounded two soldiers in a bomb attack"). A visit's destination is its target, an
    attack's object its victim; a venue of talks is no party."""
    src = [s for s in subjects(v) if parts.resolve(s)]
    tgt = []
    if src and sense.reverse == "043":
        for k in v.children:
            if k.dep_ == "prep" and k.lower_ in ("to", "in", "at", "into") and k.i != noun.head.i:
                tgt += [p for p in pobjs(k) if parts.resolve(p)]
    elif src and (quad_class(sense.type, sense.cameo) == 4 or sense.type == "SANCTION"):
        # (a sanction's object is who it hits, "named ten officials in its sanctions", though PLOVER
        # puts SANCTION in quad class 3)
        tgt += [k for k in v.children if k.dep_ == "dobj" and parts.resolve(k)]
    return src, tgt
