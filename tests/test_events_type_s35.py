"""Session 35 (s35-type): two event-type decisions that held on BBC text no one here had coded
(docs/accuracy.md, "Session 35, s35-type"): a threat noun is a THREATEN event only when someone made the
threat, and "said Y should have done Z" blames Y (ACCUSE 111) where "said Y should do Z" asks it (REQUEST).
Hand-built parses pin each rule of events/coder.py; a few sentences through the whole pipeline pin the
behaviour the probes found."""

import pytest
from test_events_coder_mutants import found, lexicon, sense
from test_events_session8_plover import events, factual  # noqa: F401 (the pipeline fixture)

from newsgraph.events import coder

THREAT = {"threat": [sense("THREATEN", "130", of="none")]}
POSE = "Iran:PROPN:nsubj:1 poses:VERB:ROOT:1:pose a:DET:det:3 threat:NOUN:dobj:1 to:ADP:prep:3 peace:NOUN:pobj:4"


def nouns(spec):
    return [t for t, *_ in found(spec, lexicon(nouns=THREAT))]


# --- a threat noun: someone's act, or a danger -------------------------------------------------------

def test_a_threat_posed_or_faced_is_a_danger_not_an_act():
    assert nouns(POSE) == []
    assert nouns(POSE.replace(":pose", ":represent")) == []
    # the subject of a clause, the object of a preposition: no sign of anyone making it
    assert nouns("The:DET:det:1 threat:NOUN:nsubj:2 grew:VERB:ROOT:2:grow") == []


def test_a_threat_someone_made_is_an_act():
    # a possessor
    assert nouns("Iran:PROPN:poss:1 threat:NOUN:nsubj:2 grew:VERB:ROOT:2:grow") == ["threat"]
    # what is threatened, as a to-infinitive (not "a threat to peace", a to-phrase: see POSE)
    spec = "a:DET:det:1 threat:NOUN:ROOT:1 to:PART:aux:3::TO kill:VERB:acl:1 hostages:NOUN:dobj:3:hostage"
    assert nouns(spec) == ["threat"]
    assert nouns(spec.replace("::TO", "::IN")) == []  # no to-infinitive marker: no sign
    assert nouns(spec.replace(":acl:", ":relcl:")) == []  # a relative clause says nothing of who made it
    assert nouns(spec.replace("kill:VERB", "kill:NOUN")) == []
    assert nouns(spec.replace("kill:VERB", "kill:AUX")) == ["threat"]  # (a verb the tagger calls AUX)
    # a by-agent
    by = "threats:NOUN:nsubj:3:threat by:ADP:prep:0 rebels:NOUN:pobj:1:rebel grew:VERB:ROOT:3:grow"
    assert nouns(by) == ["threats"]
    assert nouns(by.replace("by:ADP:prep:", "by:ADP:agent:")) == ["threats"]
    assert nouns(by.replace("by:ADP:prep:", "by:ADP:advmod:")) == []
    # who makes it or whom it is aimed at (sessions 30-31): "the threat from the rebels", "the threat against Iran"
    assert nouns(by.replace("by:ADP", "from:ADP")) == ["threats"]
    assert nouns(by.replace("by:ADP", "against:ADP")) == ["threats"]
    assert nouns(by.replace("by:ADP", "from:ADP").replace("rebels:NOUN", "others:PRON")) == []  # a pronoun: no one
    assert nouns(by.replace("by:ADP", "from:ADP").replace(":pobj:", ":dobj:")) == []
    assert nouns(by.replace("by:ADP", "over:ADP")) == []
    # a threatener inside its of-phrase: "the threat of Iran's retaliation", "of sanctions by the EU", "of being
    # kidnapped by rebels"; not "the threat of war"
    of = "The:DET:det:1 threat:NOUN:nsubj:5 of:ADP:prep:1 {x} grew:VERB:ROOT:5:grow"
    assert nouns(of.format(x="Iran:PROPN:poss:4 retaliation:NOUN:pobj:2")) == ["threat"]
    assert nouns(of.format(x="sanctions:NOUN:pobj:2:sanction by:ADP:prep:3")) == ["threat"]
    assert nouns(of.format(x="kidnapped:VERB:pcomp:2:kidnap by:ADP:agent:3")) == ["threat"]
    assert nouns(of.format(x="war:NOUN:pobj:2 now:ADV:advmod:3")) == []
    assert nouns(of.format(x="Iran:PROPN:poss:4 retaliation:NOUN:pobj:2").replace("of:ADP", "in:ADP")) == []
    assert nouns(of.format(x="Iran:PROPN:poss:4 retaliation:NOUN:dobj:2")) == []
    assert nouns(of.format(x="sanctions:NOUN:pobj:2:sanction by:ADP:advmod:3")) == []
    assert nouns(by.replace("by:ADP:prep:0", "by:ADP:prep:3")) == []  # (the by-phrase on another word)


@pytest.mark.parametrize("verb", sorted(coder.UTTER_THREAT))
def test_a_threat_uttered_is_an_act(verb):
    assert nouns(POSE.replace(":pose", f":{verb}")) == ["threat"]
    assert nouns(POSE.replace(":pose", f":{verb}").replace("threat:NOUN:dobj", "threat:NOUN:npadvmod")) == []
    assert nouns(POSE.replace(":pose", f":{verb}").replace("poses:VERB", "poses:NOUN")) == []
    assert nouns(POSE.replace(":pose", f":{verb}").replace("poses:VERB", "poses:AUX")) == ["threat"]
    # "threats were issued": the passive subject of a verb of uttering
    passive = f"threats:NOUN:nsubjpass:2:threat were:AUX:auxpass:2:be sent:VERB:ROOT:2:{verb}"
    assert nouns(passive) == ["threats"]
    assert nouns(passive.replace(":nsubjpass:", ":nsubj:")) == []
    # "the death threats he received": the verb of uttering in a relative clause on the noun
    rel = f"the:DET:det:1 threats:NOUN:nsubj:4:threat he:PRON:nsubj:3 got:VERB:relcl:1:{verb} hurt:VERB:ROOT:4"
    assert nouns(rel) == ["threats"]
    assert nouns(rel.replace(":relcl:", ":acl:")) == []
    # "backed down from its threat": on a particle's preposition
    part = f"Iran:PROPN:nsubj:1 backed:VERB:ROOT:1:{verb} from:ADP:prep:1 its:PRON:poss:4 threat:NOUN:pobj:2"
    assert nouns(part.replace("its:PRON:poss:4", "the:DET:det:4")) == ["threat"]


def test_a_threat_hung_on_a_preposition_of_another_verb_is_a_danger():
    spec = "Iran:PROPN:nsubj:1 spoke:VERB:ROOT:1:speak of:ADP:prep:1 the:DET:det:4 threat:NOUN:pobj:2"
    assert nouns(spec) == []


def test_only_a_danger_noun_needs_a_maker():
    lex = lexicon(nouns={"ultimatum": [sense("THREATEN", "139")]})
    spec = "Iran:PROPN:nsubj:1 ignored:VERB:ROOT:1:ignore an:DET:det:3 ultimatum:NOUN:dobj:1"
    assert [t for t, *_ in found(spec, lex)] == ["ultimatum"]
    # and only a THREATEN sense of it: another type on the same word is left alone
    other = lexicon(nouns={"threat": [sense("ACCUSE", "111")]})
    assert [t for t, *_ in found(POSE, other)] == ["threat"]


# --- "said Y should have done Z" ------------------------------------------------------------------

SAID = ("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say Iran:PROPN:nsubj:5 {modal}:AUX:aux:5 have:AUX:aux:5 "
        "left:VERB:ccomp:1:leave")


def senses(spec):
    d = found(spec, lexicon())
    return [c[1] for c in d]


def test_should_have_done_is_a_reproach():
    assert senses(SAID.format(modal="should")) == ["111"]
    assert coder.REPROACH_SENSE.type == "ACCUSE" and coder.REPROACH_SENSE.mode == "disapprove"
    # without the perfect, the same clause is a demand
    assert senses(SAID.format(modal="should").replace("have:AUX:aux:5", "now:ADV:advmod:5")) == ["100"]
    # a "have" before the modal is no perfect of its clause ("have" as the clause's own aux only after it)
    before = ("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say have:AUX:aux:5 Iran:PROPN:nsubj:5 should:AUX:aux:5 "
              "left:VERB:ccomp:1:leave")
    assert senses(before) == ["100"]
    # "have" as another relation is no perfect either
    assert senses(SAID.format(modal="should").replace("have:AUX:aux:5", "have:AUX:advmod:5")) == ["100"]


def test_must_have_done_is_an_inference_not_an_act():
    assert senses(SAID.format(modal="must")) == []
    assert senses(SAID.format(modal="must").replace("have:AUX:aux:5", "now:ADV:advmod:5")) == ["100"]


@pytest.mark.parametrize("who", ["we", "I", "We"])
def test_we_should_have_owns_a_failure(who):
    spec = SAID.format(modal="should").replace("Iran:PROPN:nsubj:5", f"{who}:PRON:nsubj:5")
    assert senses(spec) == []
    assert senses(spec.replace(f"{who}:PRON:nsubj:5", "they:PRON:nsubj:5")) == ["111"]
    # a first person elsewhere in the clause does not make it the speaker's own failure
    assert senses(spec.replace(f"{who}:PRON:nsubj:5", f"{who}:PRON:dobj:5") + " Iran:PROPN:nsubj:5") == ["111"]


# --- through the pipeline --------------------------------------------------------------------------

def test_pipeline_threat_senses(events):
    assert not [e for e in factual(events("Smuggling gangs pose a growing threat to border towns in Niger."))
                if e[0] == "THREATEN"]
    evs = factual(events("Pyongyang repeated its threat to carry out another nuclear test."))
    assert [e[0] for e in evs] == ["THREATEN"]


def test_pipeline_should_have(events):
    evs = factual(events("Japan said Beijing should have informed it before the naval exercise."))
    assert [e[:3] for e in evs] == [("ACCUSE", ["JPN"], ["CHN"])]
    evs = factual(events("Japan said Beijing must inform it before the naval exercise."))
    assert [e[:3] for e in evs] == [("REQUEST", ["JPN"], ["CHN"])]


# --- "appeal": a request, an attraction, a court appeal ----------------------------------------------

APPEAL_V = {"appeal": [sense("REQUEST", "020")]}
APPEAL_N = {"appeal": [sense("REQUEST", "020")]}


def verbs_found(spec):
    return [t for t, *_ in found(spec, lexicon(verbs=APPEAL_V))]


def appeal_nouns(spec):
    return [t for t, *_ in found(spec, lexicon(nouns=APPEAL_N))]


TO_VOTERS = "plans:NOUN:nsubj:1:plan appeal:VERB:ROOT:1 to:ADP:prep:1 voters:NOUN:pobj:2:voter"


def test_an_appeal_to_people_with_nothing_asked_is_an_attraction():
    assert verbs_found(TO_VOTERS) == []
    # a named addressee is asked, whatever for ("Egypt appealed to the United Nations")
    d = parse_with_ent(TO_VOTERS.replace("voters:NOUN", "UN:PROPN"), 3, "ORG")
    assert [c.token.text for c in coder.find_candidates(next(iter(d.sents)), lexicon(verbs=APPEAL_V),
                                                          parts_for(d))] == ["appeal"]
    d = parse_with_ent(TO_VOTERS.replace("voters:NOUN", "UN:PROPN"), 3, "DATE")
    assert coder.find_candidates(next(iter(d.sents)), lexicon(verbs=APPEAL_V), parts_for(d)) == []


def test_an_appeal_for_something_asks():
    assert verbs_found(TO_VOTERS + " for:ADP:prep:1 calm:NOUN:pobj:4") == ["appeal"]
    # a court appeal asks no one, even with a for-phrase
    assert verbs_found(TO_VOTERS + " for:ADP:prep:1 calm:NOUN:pobj:4 against:ADP:prep:1 it:PRON:pobj:6") == []
    # the for-phrase must be the appeal's own
    assert verbs_found(TO_VOTERS.replace("voters:NOUN:pobj:2", "voters:NOUN:pobj:2 for:ADP:prep:2")) == []
    # ... or hung by the parser on the addressee ("Kyiv appealed to its allies for more air defence systems")
    assert verbs_found(TO_VOTERS + " for:ADP:prep:3 arms:NOUN:pobj:4") == ["appeal"]
    assert verbs_found(TO_VOTERS + " with:ADP:prep:3 arms:NOUN:pobj:4") == []


@pytest.mark.parametrize("dep", ["xcomp", "ccomp", "advcl", "acl"])
def test_an_appeal_to_do_something_asks(dep):
    spec = TO_VOTERS + f" to:PART:aux:5::TO vote:VERB:{dep}:1"
    assert verbs_found(spec) == ["appeal"]
    assert verbs_found(spec.replace("::TO", "::IN")) == []
    assert verbs_found(spec.replace(":aux:5", ":mark:5")) == []
    # ... hung on the addressee, as the parser may
    assert verbs_found(TO_VOTERS + f" to:PART:aux:5::TO vote:VERB:{dep}:3") == ["appeal"]
    # ... but not an infinitive before the appeal ("to win votes, the plans appeal to voters")
    before = (f"to:PART:aux:1::TO win:VERB:{dep}:3 plans:NOUN:nsubj:3:plan appeal:VERB:ROOT:3 to:ADP:prep:3 "
              "voters:NOUN:pobj:4:voter")
    assert verbs_found(before) == []


def test_an_appeal_noun_asks_when_made_or_when_it_says_what():
    made = "Iran:PROPN:nsubj:1 made:VERB:ROOT:1:make an:DET:det:3 appeal:NOUN:dobj:1"
    assert appeal_nouns(made) == ["appeal"]
    assert appeal_nouns(made.replace(":make", ":lose")) == []  # "lost his appeal": a court appeal
    assert appeal_nouns(made.replace("appeal:NOUN:dobj", "appeal:NOUN:attr")) == []
    passive = "appeals:NOUN:nsubjpass:2:appeal were:AUX:auxpass:2:be made:VERB:ROOT:2:make"
    assert appeal_nouns(passive) == ["appeals"]
    # "a personal appeal to activists to go out": the infinitive on the verb the noun stands under
    under = ("He:PRON:nsubj:1 ended:VERB:ROOT:1:end with:ADP:prep:1 an:DET:det:4 appeal:NOUN:pobj:2 "
             "to:ADP:prep:4 activists:NOUN:pobj:5:activist to:PART:aux:8::TO go:VERB:xcomp:1")
    assert appeal_nouns(under) == ["appeal"]
    assert appeal_nouns(under.replace("to:ADP:prep:4", "of:ADP:prep:4")) == []  # (no addressee: not its own)
    # ... or on the verb whose object the noun is
    direct = ("He:PRON:nsubj:1 backed:VERB:ROOT:1:back an:DET:det:3 appeal:NOUN:dobj:1 to:ADP:prep:3 "
              "activists:NOUN:pobj:4:activist to:PART:aux:7::TO go:VERB:xcomp:1")
    assert appeal_nouns(direct) == ["appeal"]
    assert appeal_nouns(direct.replace("to:ADP:prep:3", "of:ADP:prep:3")) == []
    assert appeal_nouns(direct.replace("backed:VERB", "backed:AUX")) == ["appeal"]
    # the verb whose object it is, not that verb's own head ("said he backed an appeal to them to go")
    lower = ("He:PRON:nsubj:1 said:VERB:ROOT:1:say he:PRON:nsubj:3 backed:VERB:ccomp:1:back an:DET:det:5 "
             "appeal:NOUN:dobj:3 to:ADP:prep:5 them:PRON:pobj:6 to:PART:aux:9::TO go:VERB:xcomp:3")
    assert appeal_nouns(lower) == ["appeal"]
    # the verb the noun stands under must be a verb
    assert appeal_nouns(under.replace("ended:VERB", "ended:NOUN")) == []
    # for a verb trigger, a verb of uttering does not count: only a noun is made
    assert verbs_found("Iran:PROPN:nsubj:1 appeal:VERB:ROOT:1") == []


def parse_with_ent(spec, i, label):
    from test_events_coder_mutants import parse
    from spacy.tokens import Span

    d = parse(spec)
    d.ents = [Span(d, i, i + 1, label=label)]
    return d


def parts_for(d):
    from test_events_coder_mutants import parts_for as pf

    return pf(d)


def test_pipeline_appeal_senses(events):
    assert not [e for e in factual(events("The new tariffs are designed to appeal to farmers in Ohio."))
                if e[0] == "REQUEST"]
    evs = factual(events("Pakistan appealed to India to release the fishermen."))
    assert [e[:3] for e in evs][:1] == [("REQUEST", ["PAK"], ["IND"])]
