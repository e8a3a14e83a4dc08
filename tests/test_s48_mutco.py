"""Session 48, s48-mutco: tests of the noun-candidate functions s48-coder split out of find_candidates
(`_noun_anchor`, `_no_act`, `_noun_span`, `_noun_predicate`; docs/testing.md, "Session 48, s48-mutco"). Hand-built
parses (test_events_coder_mutants' `parse`: word:POS:dep:head[:lemma[:tag]], our own words), so each test pins one
function whatever the parser does."""

from __future__ import annotations

from test_events_coder_mutants import lexicon, parse, sense

from newsgraph.events import coder

CONSULT = sense("CONSULT", "040")
ASSAULT = sense("ASSAULT", "190")
REQUEST = sense("REQUEST", "020")
THREATEN = sense("THREATEN", "130")


# --- _noun_anchor: the compound's head noun, or the document that carries the act ----------------------------

def test_noun_anchor_climbs_a_compound_to_its_head_noun():
    d = parse("border:NOUN:compound:1 peace:NOUN:compound:2 talks:NOUN:ROOT:2:talk")
    assert coder._noun_anchor(d[0]).i == 2  # (two compounds up)
    assert coder._noun_anchor(d[1]).i == 2
    assert coder._noun_anchor(d[2]).i == 2


def test_noun_anchor_stops_at_a_head_that_is_no_noun_or_stands_before():
    d = parse("peace:NOUN:compound:1 go:VERB:ROOT:1")
    assert coder._noun_anchor(d[0]).i == 0  # (a verb is no head noun)
    d = parse("talks:NOUN:ROOT:0:talk peace:NOUN:compound:0")
    assert coder._noun_anchor(d[1]).i == 1  # (a head before its compound: a misparse, not a noun phrase)
    d = parse("Gondor:PROPN:compound:1 Rohan:PROPN:ROOT:1")
    assert coder._noun_anchor(d[0]).i == 1  # (a proper noun heads too)


def test_noun_anchor_takes_the_document_of_its_of_phrase():
    d = parse("a:DET:det:1 note:NOUN:ROOT:1 of:ADP:prep:1 protest:NOUN:pobj:2")
    assert coder._noun_anchor(d[3]).i == 1
    d = parse("a:DET:det:1 Letter:NOUN:ROOT:1:Letter of:ADP:prep:1 protest:NOUN:pobj:2")
    assert coder._noun_anchor(d[3]).i == 1  # (the lemma read in lower case)
    d = parse("a:DET:det:1 list:NOUN:ROOT:1 of:ADP:prep:1 protests:NOUN:pobj:2:protest")
    assert coder._noun_anchor(d[3]).i == 3  # (a list is no document)
    d = parse("a:DET:det:1 note:NOUN:ROOT:1 about:ADP:prep:1 protests:NOUN:pobj:2:protest")
    assert coder._noun_anchor(d[3]).i == 3  # (only "of")
    d = parse("a:DET:det:1 note:NOUN:ROOT:1 of:ADP:prep:1 protest:NOUN:dobj:2")
    assert coder._noun_anchor(d[3]).i == 3  # (only the preposition's object)


def test_noun_anchor_takes_the_document_after_a_compound():
    d = parse("a:DET:det:1 note:NOUN:ROOT:1 of:ADP:prep:1 trade:NOUN:compound:4 protest:NOUN:pobj:2")
    assert coder._noun_anchor(d[3]).i == 1


# --- _no_act: the noun names no act ---------------------------------------------------------------------------

def test_no_act_what_a_meeting_is_about():
    lex = lexicon(nouns={"talk": [CONSULT], "raid": [ASSAULT], "meeting": [CONSULT, ASSAULT]})
    d = parse("ceasefire:NOUN:compound:1 talks:NOUN:ROOT:1:talk")
    assert coder._no_act(d[0], d[1], ASSAULT, lex)
    assert not coder._no_act(d[1], d[1], CONSULT, lex)  # (the meeting itself)
    d = parse("ceasefire:NOUN:compound:1 raids:NOUN:ROOT:1:raid")
    assert not coder._no_act(d[0], d[1], ASSAULT, lex)
    d = parse("crisis:NOUN:compound:1 meeting:NOUN:ROOT:1")
    assert not coder._no_act(d[0], d[1], ASSAULT, lex)  # (all of the head's senses must be meetings)
    d = parse("crisis:NOUN:compound:1 Talks:NOUN:ROOT:1:Talk")
    assert coder._no_act(d[0], d[1], ASSAULT, lexicon(nouns={"talk": [CONSULT]}))  # (lemma in lower case)
    d = parse("crisis:NOUN:compound:1 plans:NOUN:ROOT:1:plan")
    assert not coder._no_act(d[0], d[1], ASSAULT, lex)  # (a head noun the lexicon lacks)


def test_no_act_a_predicate_noun_and_a_given_name():
    lex = lexicon()
    d = parse("Mordor:PROPN:nsubj:1 is:AUX:ROOT:1:be a:DET:det:3 threat:NOUN:attr:1")
    assert coder._no_act(d[3], d[3], ASSAULT, lex)
    d = parse("they:PRON:nsubj:1 described:VERB:ROOT:1:describe tax:NOUN:dobj:1 as:ADP:prep:1 "
              "an:DET:det:5 assault:NOUN:pobj:3")
    assert coder._given_name(d[5])
    assert coder._no_act(d[5], d[5], ASSAULT, lex)


def test_no_act_a_danger_is_no_threat():
    lex = lexicon()
    d = parse("it:PRON:nsubj:1 poses:VERB:ROOT:1:pose a:DET:det:3 threat:NOUN:dobj:1")
    assert coder._no_act(d[3], d[3], THREATEN, lex)
    assert not coder._no_act(d[3], d[3], ASSAULT, lex)  # (only a threat sense)
    d = parse("Iran:PROPN:poss:1 threat:NOUN:ROOT:1")
    assert not coder._no_act(d[1], d[1], THREATEN, lex)  # (someone's threat)
    d = parse("it:PRON:nsubj:1 poses:VERB:ROOT:1:pose a:DET:det:3 menace:NOUN:dobj:1")
    assert not coder._no_act(d[3], d[3], THREATEN, lex)  # (not a danger noun)
    d = parse("it:PRON:nsubj:1 poses:VERB:ROOT:1:pose a:DET:det:3 Threat:NOUN:dobj:1:Threat")
    assert coder._no_act(d[3], d[3], THREATEN, lex)  # (lemma in lower case)


def test_no_act_a_court_plea_and_a_market_demand():
    lex = lexicon()
    d = parse("his:PRON:poss:2 guilty:ADJ:amod:2 plea:NOUN:ROOT:2")
    assert coder._no_act(d[2], d[2], REQUEST, lex)
    assert not coder._no_act(d[2], d[2], ASSAULT, lex)
    d = parse("consumer:NOUN:compound:1 demand:NOUN:ROOT:1:demand:NN")
    assert coder._no_act(d[1], d[1], REQUEST, lex)
    assert not coder._no_act(d[1], d[1], ASSAULT, lex)
    d = parse("their:PRON:poss:1 demands:NOUN:ROOT:1:demand:NNS")
    assert not coder._no_act(d[1], d[1], REQUEST, lex)


def test_no_act_an_appeal_that_asks_no_one():
    lex = lexicon()
    d = parse("broaden:VERB:ROOT:0 its:PRON:poss:2 appeal:NOUN:dobj:0")
    assert coder._no_act(d[2], d[2], REQUEST, lex)
    assert not coder._no_act(d[2], d[2], ASSAULT, lex)
    d = parse("broaden:VERB:ROOT:0 its:PRON:poss:2 Appeal:NOUN:dobj:0:Appeal")
    assert coder._no_act(d[2], d[2], REQUEST, lex)  # (lemma in lower case)
    d = parse("made:VERB:ROOT:0:make an:DET:det:2 appeal:NOUN:dobj:0")
    assert not coder._no_act(d[2], d[2], REQUEST, lex)  # (a verb of uttering makes it)
    d = parse("broaden:VERB:ROOT:0 its:PRON:poss:2 plan:NOUN:dobj:0")
    assert not coder._no_act(d[2], d[2], REQUEST, lex)


# --- _noun_span: the trigger's characters ------------------------------------------------------------------------

def test_noun_span_widens_to_a_named_modifier_up_to_three_words_before():
    naval = sense("ASSAULT", "190", mod=frozenset({"naval"}))
    d = parse("a:DET:det:3 naval:ADJ:amod:3 sea:NOUN:compound:3 blockade:NOUN:ROOT:3")
    assert coder._noun_span(d[3], d[3], d[3], naval) == (d[1].idx, d[3].idx + len("blockade"))
    assert coder._noun_span(d[3], d[3], d[3], ASSAULT) == (d[3].idx, d[3].idx + len("blockade"))  # (no mod)
    d = parse("naval:ADJ:amod:4 a:DET:det:4 b:ADJ:amod:4 c:ADJ:amod:4 blockade:NOUN:ROOT:4")
    assert coder._noun_span(d[4], d[4], d[4], naval)[0] == d[4].idx  # (four words before: too far)
    d = parse("naval:ADJ:amod:3 b:ADJ:amod:3 c:ADJ:amod:3 blockade:NOUN:ROOT:3")
    assert coder._noun_span(d[3], d[3], d[3], naval)[0] == 0  # (three: near enough)
    d = parse("Navy:NOUN:compound:1:navy blockade:NOUN:ROOT:1")
    by_lemma = sense("ASSAULT", "190", mod=frozenset({"navy"}))
    assert coder._noun_span(d[1], d[1], d[1], by_lemma)[0] == 0
    d = parse("NAVY:NOUN:compound:1:fleet blockade:NOUN:ROOT:1")
    assert coder._noun_span(d[1], d[1], d[1], by_lemma)[0] == 0  # (the word in lower case)
    d = parse("blockade:NOUN:ROOT:0 naval:ADJ:amod:0")
    assert coder._noun_span(d[0], d[0], d[0], naval) == (0, len("blockade"))  # (only words before)


def test_noun_span_runs_from_the_first_word_and_to_a_near_anchor():
    d = parse("peace:NOUN:compound:1 talks:NOUN:ROOT:1")
    assert coder._noun_span(d[0], d[0], d[1], ASSAULT) == (0, len("peace talks"))
    d = parse("cross:NOUN:compound:1 border:NOUN:compound:2 peace:NOUN:compound:3 talks:NOUN:ROOT:3")
    assert coder._noun_span(d[0], d[1], d[3], ASSAULT) == (0, d[3].idx + len("talks"))  # (two words away)
    assert coder._noun_span(d[0], d[0], d[3], ASSAULT) == (0, len("cross"))  # (three: too far)
    assert coder._noun_span(d[1], d[2], d[2], ASSAULT) == (d[1].idx, d[2].idx + len("peace"))  # (the first word)
    d = parse("a:DET:det:1 note:NOUN:ROOT:1 of:ADP:prep:1 protest:NOUN:pobj:2")
    assert coder._noun_span(d[3], d[3], d[1], ASSAULT) == (d[1].idx, d[3].idx + len("protest"))  # (the document before)


# --- _noun_predicate: the token whose clause tells the noun's event ----------------------------------------------

def test_noun_predicate_a_light_verb_or_an_uncoded_one():
    lex = lexicon(verbs={"attack": [ASSAULT], "launch": [ASSAULT]})
    d = parse("they:PRON:nsubj:1 launched:VERB:ROOT:1:launch an:DET:det:3 attack:NOUN:dobj:1")
    assert coder._noun_predicate(d[3], lex).i == 1  # (a light verb, though the lexicon codes it)
    d = parse("they:PRON:nsubj:1 foiled:VERB:ROOT:1:foil an:DET:det:3 attack:NOUN:dobj:1")
    assert coder._noun_predicate(d[3], lex).i == 1  # (a verb the lexicon does not code)
    d = parse("they:PRON:nsubj:1 attacked:VERB:ROOT:1:attack an:DET:det:3 attack:NOUN:dobj:1")
    assert coder._noun_predicate(d[3], lex).i == 3  # (a coded verb tells its own event)
    d = parse("they:PRON:nsubj:1 had:AUX:ROOT:1:have an:DET:det:3 attack:NOUN:dobj:1")
    assert coder._noun_predicate(d[3], lex).i == 3  # (only a verb)
    d = parse("they:PRON:nsubj:1 foiled:VERB:ROOT:1:foil an:DET:det:3 attack:NOUN:nsubj:1")
    assert coder._noun_predicate(d[3], lex).i == 3  # (only its object)


def test_noun_predicate_the_measure_noun_and_a_state():
    lex = lexicon(verbs={"attack": [ASSAULT]})
    d = parse("they:PRON:nsubj:1 launched:VERB:ROOT:1:launch ten:NUM:nummod:3 days:NOUN:dobj:1:day "
              "of:ADP:prep:3 games:NOUN:pobj:4:game")
    assert coder._noun_predicate(d[5], lex).i == 1
    d = parse("they:PRON:nsubj:1 went:VERB:ROOT:1:go on:ADP:prep:1 strike:NOUN:pobj:2")
    assert coder._noun_predicate(d[3], lex).i == 1
    d = parse("they:PRON:nsubj:1 voted:VERB:ROOT:1:vote on:ADP:prep:1 strike:NOUN:pobj:2")
    assert coder._noun_predicate(d[3], lex).i == 3


# --- choose_sense: the doer a sense's subject condition reads ---------------------------------------------------

def _chosen(spec, verb_i, *senses_):
    from test_events_coder_mutants import parts_for
    d = parse(spec)
    s = coder.choose_sense(list(senses_), d[verb_i], parts_for(d))
    return None if s is None else s.cameo


BY_GANGS = sense("FIGHT", "190", subject=frozenset({"gang"}))
PLAIN = sense("ASSAULT", "180")


def test_choose_sense_subject_read_through_its_of_phrase_and_compounds():
    gangs = "members:NOUN:nsubj:3:member of:ADP:prep:0 gangs:NOUN:pobj:1:gang fought:VERB:ROOT:3:fight"
    assert _chosen(gangs, 3, BY_GANGS, PLAIN) == "190"
    assert _chosen(gangs.replace("of:ADP", "with:ADP"), 3, BY_GANGS, PLAIN) == "180"  # (only "of")
    assert _chosen(gangs.replace("gangs:NOUN:pobj", "gangs:NOUN:appos"), 3, BY_GANGS, PLAIN) == "180"  # (its object)
    troops = ("batch:NOUN:nsubj:4 of:ADP:prep:0 peacekeeping:NOUN:compound:3 troops:NOUN:pobj:1:troop "
              "arrived:VERB:ROOT:4:arrive")
    assert _chosen(troops, 4, sense("MOVE", "190", subject=frozenset({"peacekeeping"})), PLAIN) == "190"
    assert _chosen(troops.replace("compound:3", "amod:3"), 4,
                   sense("MOVE", "190", subject=frozenset({"peacekeeping"})), PLAIN) == "180"
    riot = "riot:NOUN:compound:1 police:NOUN:nsubj:2 charged:VERB:ROOT:2:charge"
    assert _chosen(riot, 2, sense("ASSAULT", "190", subject=frozenset({"riot"})), PLAIN) == "190"
    assert _chosen(riot.replace("compound:1", "amod:1"), 2,
                   sense("ASSAULT", "190", subject=frozenset({"riot"})), PLAIN) == "180"
    assert _chosen("Gang:PROPN:nsubj:1:Gang fought:VERB:ROOT:1:fight", 1, BY_GANGS, PLAIN) == "190"  # (lower case)


def test_choose_sense_subject_of_a_passive_is_its_agent():
    spec = ("rebels:NOUN:nsubjpass:3:rebel were:AUX:auxpass:3:be gangs:NOUN:npadvmod:3:gang "
            "captured:VERB:ROOT:3:capture by:ADP:agent:3 police:NOUN:pobj:4")
    assert _chosen(spec, 3, sense("ARREST", "173", subject=frozenset({"police"})), PLAIN) == "173"
    assert _chosen(spec, 3, sense("ARREST", "173", subject=frozenset({"rebel"})), PLAIN) == "180"


def test_choose_sense_subject_a_plural_names_singular_too():
    def fought(word):
        return _chosen(f"{word}:PROPN:nsubj:1:{word} fought:VERB:ROOT:1:fight", 1,
                       sense("FIGHT", "190", subject=frozenset({word.lower()[:-1]})), PLAIN)
    assert fought("Forces") == "190"
    assert fought("Arms") == "190"  # (four letters: long enough)
    assert fought("Gas") == "180"  # (three: too short)
    assert fought("Class") == "180"  # (a double s is no plural)
    assert fought("Armx") == "180"


def test_choose_sense_an_intransitive_sense_takes_no_complement():
    quits = sense("RETREAT", "087", intransitive=True)
    assert _chosen("minister:NOUN:nsubj:1 quit:VERB:ROOT:1", 1, quits, PLAIN) == "087"
    assert _chosen("minister:NOUN:nsubj:1 quit:VERB:ROOT:1 smoking:NOUN:dobj:1", 1, quits, PLAIN) == "180"
    assert _chosen("minister:NOUN:nsubj:1 quit:VERB:ROOT:1 today:NOUN:npadvmod:1", 1, quits, PLAIN) == "087"


def test_choose_sense_a_custody_sense_needs_people_as_its_object():
    holds = sense("ARREST", "173", person_object=True)
    assert _chosen("police:NOUN:nsubj:1 held:VERB:ROOT:1:hold him:PRON:dobj:1", 1, holds, PLAIN) == "173"
    assert _chosen("police:NOUN:nsubj:1 held:VERB:ROOT:1:hold it:PRON:dobj:1", 1, holds, PLAIN) == "180"
    assert _chosen("police:NOUN:nsubj:1 held:VERB:ROOT:1:hold town:NOUN:dobj:1", 1, holds, PLAIN) == "180"  # (no actor)


def test_choose_sense_a_person_pronoun_is_a_victim_only_of_an_act_on_a_person():
    assert coder._person_pronoun(parse("police:NOUN:nsubj:1 shot:VERB:ROOT:1:shoot him:PRON:dobj:1")[2])
    shoots = sense("ASSAULT", "181", entity_object=True)
    pleads = sense("APPEAL", "020", entity_object=True)
    d = "police:NOUN:nsubj:1 shot:VERB:ROOT:1:shoot him:PRON:dobj:1"
    assert coder._on_a_person(shoots)
    assert _chosen(d, 1, shoots, PLAIN) == "181"
    assert not coder._on_a_person(pleads)
    assert _chosen(d, 1, pleads, PLAIN) == "180"  # (a pronoun is no actor for any other act)
