"""Session 15 (s15-mutind): mutants of attribution/indirect.py that survived every test and changed nothing on a
PolNeAR sample (docs/testing.md, "Session 15, s15-mutind"). Each construction is a short sentence of our own,
checked through the whole pipeline as a user sees it: (kind, type, source, cue, content pieces). A sentence
whose output is itself wrong was not pinned."""

import pytest

from test_attribution_mutants_s14_indirect import attributions, said


# --- a word standing for the clause ("said so", "would not say why": pro_clause) -----------------------------


@pytest.mark.parametrize("text, source, cue", [
    ("The mayor said so", "The mayor", "said"),  # "so" ends the text: nothing after it to read
    ("He said so and left the room.", "He", "said"),  # a conjunction after "so" does not stop it
])
def test_so_standing_for_the_clause_is_the_content(pipeline, text, source, cue):
    assert attributions(pipeline, text) == said(source, cue, "so")


def test_a_refusal_to_say_that_ends_the_text_has_no_content(pipeline):
    assert attributions(pipeline, "The mayor would not say") == []


def test_a_quote_after_said_so_goes_on_with_the_same_speaker(pipeline):
    # the pro-form is speech ("clause"), so the next paragraph's quote is the mayor's
    assert attributions(pipeline, 'The mayor said so.\n\n"We have no money left for the library."') == said(
        "The mayor", "said", "so", '"We have no money left for the library."', kind="mixed")


# --- what completes an agentless passive cue (passive_label) --------------------------------------------------


@pytest.mark.parametrize("text, cue, content", [
    ("He was asked what happened.", "asked", ("what happened",)),  # a clause (ccomp) after an addressee passive
    ("She was told everything, which alarmed her.", "told", ("everything",)),  # a pronoun loses the writer's aside
    ("The plan was described as a fraud, which angered its authors.", "described", ("The plan", "a fraud")),
    ("The proposal was criticized for two hours.", "criticized", ("The proposal",)),  # how long, not why
    ("The plan was criticized in the capital.", "criticized", ("The plan",)),  # where, not what: "in" is no label
    # a noun label, or a name after a preposition, without the apposition the writer adds
    ("The singer was declared the winner, a title she wanted.", "declared", ("The singer", "the winner")),
    ("The mayor was criticized over Acme, a firm that had won the contract.", "criticized", ("The mayor", "Acme")),
])
def test_a_passive_cue_takes_its_label_without_an_aside_or_a_time(pipeline, text, cue, content):
    assert attributions(pipeline, text) == said(None, cue, *content)


@pytest.mark.parametrize("text, cue, content", [
    # a verb's label or complement loses the writer's ", which …" aside, as a noun's does (was kept whole)
    ("He was asked to review the budget, which had grown.", "asked", ("to review the budget",)),
    ("The mayor was urged to sign the bill, which the council passed in May.", "urged",
     ("The mayor", "to sign the bill")),
    ("She was accused of hiding the report, which the council later found.", "accused", ("She", "hiding the report")),
    ("The firm was criticized for raising prices, which hurt families.", "criticized", ("The firm", "raising prices")),
])
def test_a_passive_cues_verb_label_ends_before_the_writers_aside(pipeline, text, cue, content):
    assert attributions(pipeline, text) == said(None, cue, *content)


# --- verb_content ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content, type", [
    # a marked infinitive ("whether to …", an xcomp) is the clause
    ("The mayor wondered whether to run again.", "The mayor", "wondered", "whether to run again", "thought"),
    ("She asked the clerk whether to sign the form.", "She", "asked", "whether to sign the form", "speech"),
    # "how to …": the "how" is an advmod, still the mark of the clause (_marked_clause)
    ("She wondered how to fix the budget.", "She", "wondered", "how to fix the budget", "thought"),
    # a time after the object is when, not part of what was praised or questioned
    ("She praised the team's effort on Friday night.", "She", "praised", "the team's effort", "speech"),
    ("She questioned the mayor's judgment in the early hours.", "She", "questioned", "the mayor's judgment", "speech"),
    # a gerund object with a second gerund (trim_nested is asked about both)
    ("She denied taking the money and hiding the report.", "She", "denied", "taking the money and hiding the report",
     "speech"),
])
def test_verb_content(pipeline, text, source, cue, content, type):
    assert attributions(pipeline, text) == said(source, cue, content, type=type)


@pytest.mark.parametrize("text, content", [
    ("He spoke on the budget.", "the budget"),  # "on" is no frame of "spoke": the about/on/of phrase ("prep" path)
    ("He spoke on cutting taxes.", "cutting taxes"),  # ... with a gerund (pcomp)
])
def test_spoke_on_a_topic(pipeline, text, content):
    assert attributions(pipeline, text) == said("He", "spoke", content)


def test_a_quote_after_called_for_goes_on_with_the_same_speaker(pipeline):
    # "called for the city to …" is a clause (speech), so the next paragraph's quote is hers
    assert attributions(pipeline, 'She called for the city to hire more police.\n\n"We need them now."') == said(
        "She", "called", "the city to hire more police", '"We need them now."', kind="mixed")


def test_spoke_on_a_time_has_no_content(pipeline):
    assert attributions(pipeline, "He spoke on Tuesday night.") == []


# --- noun cues (noun_content) ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    # the party adjective before a stance noun is whose stance it is
    ("Republican opposition to the bill grew.", "Republican", "opposition", "the bill"),
    ("Democratic support for the plan faded.", "Democratic", "support", "the plan"),
])
def test_a_party_adjective_is_the_source_of_a_stance_noun(pipeline, text, source, cue, content):
    assert attributions(pipeline, text) == said(source, cue, content, type="thought")


@pytest.mark.parametrize("text, noun", [
    ("The tax plan to cut rates failed.", "tax"),
    ("A budget proposal to close schools drew anger.", "budget"),
])
def test_a_common_noun_before_a_plan_is_not_its_source(pipeline, text, noun):
    # only a name or an entity before the noun owns it (the plan without one is not pinned here)
    assert all(a[2] != noun for a in attributions(pipeline, text))


def test_a_stance_from_an_adverb_is_no_crash(pipeline):
    # "from abroad": the preposition has no noun object to be the source
    assert attributions(pipeline, "Criticism from abroad grew louder.") == []


# --- adjective cues (adjective_content) -----------------------------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    ("She grew worried about the costs.", "She", "worried", "the costs"),  # under a verb, not "be"
    ("She was happy with the deal.", "She", "happy", "the deal"),
    ("He was upset over the ruling.", "He", "upset", "the ruling"),
    # a predicate adjective (oprd) of a passive: its subject (nsubjpass) holds the thought
    ("The voters were left angry about the tax.", "The voters", "angry", "the tax"),
])
def test_an_adjective_cue_takes_its_prepositional_content(pipeline, text, source, cue, content):
    assert attributions(pipeline, text) == said(source, cue, content, type="thought")


# --- the end of a clause or phrase (_clause_tokens, _phrase_end, _aside_mark, trim_nested, _next_act) ----------


@pytest.mark.parametrize("text, source, cue, content, type", [
    # "according to X" opening the reported clause is not content
    ("The mayor said that, according to the memo, taxes will rise.", "The mayor", "said", "taxes will rise", "speech"),
    # the writer's ", which …" aside ends the report even when it is two words long
    ("The mayor said the plan would cut costs, which angered unions.", "The mayor", "said", "the plan would cut costs",
     "speech"),
    # "It seems there is …": the expletive is the clause's subject
    ("It seems there is a problem with the plan.", None, "seems", "there is a problem with the plan", "thought"),
    # "it appeared that …": the clause after the cue, not the fronted "when" clause that has a subject too
    ("When voters complained, it appeared that the council would act.", None, "appeared", "that the council would act",
     "thought"),
    # a second act of the speaker ends the report; an auxiliary makes the second verb the clause's own
    ("The mayor said the plan failed and complained.", "The mayor", "said", "the plan failed", "speech"),
    ("She said the firm had grown and had warned investors.", "She", "said",
     "the firm had grown and had warned investors", "speech"),
])
def test_where_the_content_ends(pipeline, text, source, cue, content, type):
    assert attributions(pipeline, text) == said(source, cue, content, type=type)


@pytest.mark.parametrize("text, source, content", [
    # a subject opening the text keeps its prepositional phrase and its restrictive relative clause
    ("Taxes on fuel were criticized by drivers.", "drivers", "Taxes on fuel"),
    ("Taxes that drivers pay were criticized by the mayor.", "the mayor", "Taxes that drivers pay"),
])
def test_a_passive_subject_at_the_start_keeps_its_modifiers(pipeline, text, source, content):
    assert attributions(pipeline, text) == said(source, "criticized", content)


def test_a_participle_with_its_mark_ends_the_report_at_the_mark(pipeline):
    # only the said attribution is pinned: the participle's own source ("the plan") is wrong in both
    atts = attributions(pipeline, "The mayor said the plan failed while blaming the council.")
    assert [a for a in atts if a[3] == "said"] == said("The mayor", "said", "the plan failed")


# --- a poll as the source of a finding (document_frame) -------------------------------------------------------


def test_a_poll_phrase_ending_a_text_without_a_full_stop_is_no_crash(pipeline):
    # the attributions are not pinned: the filter drops this finding, with or without the full stop
    pipeline.extract("Trump has a big lead in the latest polls")


def test_a_poll_phrase_inside_a_subject_is_no_finding(pipeline):
    # "in the polls" hangs on the subject, before the verb, so it is no poll's finding
    assert attributions(pipeline, "Her lead in the polls, though, is slim.") == []
