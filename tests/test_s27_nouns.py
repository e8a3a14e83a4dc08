"""Session 27 (s27-nouns): an adjective cue of the lexicon ("wary", "confident", "angry", "eager") predicates a
stance in two more places than a copula's complement: right after the noun it modifies ("voters wary of the new
tax": an English adjective follows its noun only with a complement, as the reduced relative "voters who are wary
of …"), where the noun holds the stance; and as an aside on a clause ("…, confident that the bill would pass"),
where the clause's subject holds it, or the aside's own subject in an absolute phrase. Sentences of our own and
hand-built parses."""

import pytest

from newsgraph.attribution.indirect import adjective_content


def _stance(pipeline, text, cue):
    """(source, content parts, class) of each attribution whose cue is `cue`."""
    return [(a.source.text if a.source else None, [p.text for p in a.content], a.type)
            for a in pipeline.extract(text).attributions if a.cue is not None and a.cue.text == cue]


# --- the behaviour, through the pipeline (each fails on 94ac0ee3: no attribution at the adjective) --------------

def test_an_adjective_after_the_subject_noun_is_that_nouns_stance(pipeline):
    assert _stance(pipeline, "Farmers wary of the new tax filled the hall.", "wary") == [
        ("Farmers", ["the new tax"], "thought")]


def test_an_adjective_after_an_object_noun_is_that_nouns_stance(pipeline):
    assert _stance(pipeline, "She met voters wary of the new tax.", "wary") == [("voters", ["the new tax"], "thought")]


def test_an_adjective_after_its_noun_with_about(pipeline):
    assert _stance(pipeline, "Officials angry about the ruling met on Monday.", "angry") == [
        ("Officials", ["the ruling"], "thought")]


def test_an_adjective_after_its_noun_with_an_infinitive(pipeline):
    assert _stance(pipeline, "The council heard from parents eager to see the school reopen.", "eager") == [
        ("parents", ["to see the school reopen"], "intention")]


def test_an_adjective_after_the_only_one(pipeline):
    assert _stance(pipeline, "He was not the only one unhappy with the new rules.", "unhappy") == [
        ("the only one", ["the new rules"], "thought")]


def test_an_adjective_set_off_by_commas_after_its_noun(pipeline):
    assert _stance(pipeline, "The mayor, sure of her numbers, called the vote.", "sure") == [
        ("The mayor", ["her numbers"], "thought")]


def test_an_adjective_aside_closing_a_clause_is_its_subjects_stance(pipeline):
    assert _stance(pipeline, "Aides spent the day at the office, confident that the bill would pass.", "confident") == [
        ("Aides", ["that the bill would pass"], "thought")]


def test_a_fronted_adjective_aside_is_the_stance_of_the_clauses_subject(pipeline):
    assert _stance(pipeline, "Confident that the bill would pass, the aides left early.", "Confident") == [
        ("the aides", ["that the bill would pass"], "thought")]


# --- guards (pass on both trees) --------------------------------------------------------------------------------

def test_an_adjective_before_its_noun_holds_no_stance(pipeline):
    assert _stance(pipeline, "A wary voter asked about the tax.", "wary") == []


def test_a_preposition_outside_the_adjective_list_is_no_content(pipeline):
    # "critical to the campaign" is importance, not criticism: "to" is no complement of a stance adjective
    assert _stance(pipeline, "The state, critical to the campaign, voted early.", "critical") == []


def test_the_copula_reading_is_unchanged(pipeline):
    assert _stance(pipeline, "The union is wary of the new tax.", "wary") == [("The union", ["the new tax"], "thought")]


# --- adjective_content on hand-built parses --------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _parse(nlp, words, pos, heads, deps):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=[w.lower() for w in words])


def test_a_postnominal_adjective_gives_its_complement_and_its_noun(nlp):
    doc = _parse(nlp, ["Voters", "wary", "of", "taxes", "left"], ["NOUN", "ADJ", "ADP", "NOUN", "VERB"],
                 [4, 0, 1, 2, 4], ["nsubj", "amod", "prep", "pobj", "ROOT"])
    content, holder = adjective_content(doc[1])
    assert content == (3, 3) and holder.i == 0


def test_a_prenominal_adjective_is_no_cue_even_with_a_complement_hung_on_it(nlp):
    # "wary voters of the town": the parser may hang a phrase on the adjective, but before its noun an adjective
    # takes no complement
    doc = _parse(nlp, ["wary", "voters", "of", "towns", "left"], ["ADJ", "NOUN", "ADP", "NOUN", "VERB"],
                 [1, 4, 0, 2, 4], ["amod", "nsubj", "prep", "pobj", "ROOT"])
    assert adjective_content(doc[0]) == (None, None)


def test_a_postnominal_adjective_takes_no_clause_of_its_noun(nlp):
    # the copula's fallback ("clear that …" hung on "is") is not the noun's: "claims sure that it works" gives the
    # adjective no content of its own
    doc = _parse(nlp, ["claims", "sure", "that", "it", "works"], ["NOUN", "ADJ", "SCONJ", "PRON", "VERB"],
                 [0, 0, 4, 4, 0], ["ROOT", "amod", "mark", "nsubj", "ccomp"])
    content, holder = adjective_content(doc[1])
    assert content is None and holder.i == 0


def test_an_aside_adjective_takes_no_clause_of_its_verb(nlp):
    # "He said, sure, that it works": the that-clause is the verb's, not the aside's
    doc = _parse(nlp, ["He", "said", "sure", "that", "it", "works"], ["PRON", "VERB", "ADJ", "SCONJ", "PRON", "VERB"],
                 [1, 1, 1, 5, 5, 1], ["nsubj", "ROOT", "advcl", "mark", "nsubj", "ccomp"])
    content, holder = adjective_content(doc[2])
    assert content is None and holder.i == 0


def test_an_absolute_aside_is_held_by_its_own_subject(nlp):
    # "Many skeptical about taxes, the delegates voted": "many" holds it, not "the delegates"
    doc = _parse(nlp, ["Many", "skeptical", "about", "taxes", "delegates", "voted"],
                 ["PRON", "ADJ", "ADP", "NOUN", "NOUN", "VERB"],
                 [1, 5, 1, 2, 5, 5], ["nsubj", "advcl", "prep", "pobj", "nsubj", "ROOT"])
    content, holder = adjective_content(doc[1])
    assert content == (3, 3) and holder.i == 0


def test_an_aside_without_a_subject_of_its_own_is_the_clauses_subjects(nlp):
    doc = _parse(nlp, ["Delegates", "voted", "skeptical", "about", "taxes"], ["NOUN", "VERB", "ADJ", "ADP", "NOUN"],
                 [1, 1, 1, 2, 3], ["nsubj", "ROOT", "advcl", "prep", "pobj"])
    content, holder = adjective_content(doc[2])
    assert content == (4, 4) and holder.i == 0


def test_a_predicate_adjective_keeps_the_copulas_subject(nlp):
    # a subject the parser hung on the adjective itself is not taken for a predicate: the copula's subject holds it
    doc = _parse(nlp, ["Delegates", "are", "many", "skeptical", "about", "taxes"],
                 ["NOUN", "AUX", "PRON", "ADJ", "ADP", "NOUN"],
                 [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "nsubj", "acomp", "prep", "pobj"])
    content, holder = adjective_content(doc[3])
    assert content == (5, 5) and holder.i == 0


def test_an_aside_on_a_noun_is_no_clausal_aside(nlp):
    # an adverbial clause label on a noun's child (a misparse) is neither an aside on a clause nor a postnominal
    doc = _parse(nlp, ["plans", "skeptical", "about", "taxes"], ["NOUN", "ADJ", "ADP", "NOUN"],
                 [0, 0, 1, 2], ["ROOT", "advcl", "prep", "pobj"])
    assert adjective_content(doc[1]) == (None, None)


# --- survivors of the mutation pass on adjective_content, killed ----------------------------------------------

def test_over_is_a_preposition_of_an_adjective_cue(nlp):
    # "unhappy over the vote" ("upset over" is read by felt_content first, so no other case reaches "over" here)
    doc = nlp("The mayor is unhappy over the vote.")
    content, holder = adjective_content(doc[3])
    assert (doc[content[0]:content[1] + 1].text, holder.text) == ("the vote", "mayor")


def test_a_fronted_condition_is_no_content_of_a_predicate_adjective(nlp):
    # the copula's fallback takes a that/whether clause after the adjective, not the "if" clause before it
    doc = nlp("If the vote passes, the mayor is happy.")
    content, holder = adjective_content(doc[8])
    assert content is None and holder.text == "mayor"


def test_an_unmarked_clause_on_the_copula_is_no_content(nlp):
    # "She is happy he left" hung as ccomp on "is": only a clause with a mark ("that", "whether") is the
    # adjective's in the copula's fallback
    doc = _parse(nlp, ["She", "is", "happy", "he", "left"], ["PRON", "AUX", "ADJ", "PRON", "VERB"],
                 [1, 1, 1, 4, 1], ["nsubj", "ROOT", "acomp", "nsubj", "ccomp"])
    content, holder = adjective_content(doc[2])
    assert content is None and holder.i == 0
