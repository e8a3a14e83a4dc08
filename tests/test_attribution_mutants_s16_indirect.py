"""Tests for attribution/indirect.py survivors session 15 left open (docs/testing.md, "Session 16, s16-mut").
Our own sentences; what a user sees: the attribution's kind, content, cue and source."""

from test_attribution_mutants_s14 import attributions


def test_a_relative_pronoun_is_no_passive_cue_s_content(pipeline):
    # "which"/"who" stand for the noun they follow; a criticism of "which" says nothing
    # (passive_subject 15, 16: "which" kept as the content; 19, 20: "who")
    for text in ("The plan, which was criticized by Democrats, passed on Tuesday.",
                 "The mayor, who was criticized by Democrats, resigned on Tuesday."):
        assert attributions(pipeline.extract(text).attributions) == []


def test_a_by_phrase_with_no_noun_is_no_agent(pipeline):
    # "by voting": a gerund after "by" says how, it names no source (agent_of 6: no default when the
    # by-phrase has no object, which stopped the stage)
    got = attributions(pipeline.extract("The plan was criticized by voting against it.").attributions)
    assert [a for a in got if a[2] == "criticized"] == [("indirect", ["The plan"], "criticized", None)]


def test_a_noun_cue_s_preposition_without_an_object_of_its_own(pipeline):
    # "criticism of, and anger at, the plan": the parser gives "of" no object (noun_content 69: no
    # default for it, which stopped the stage); the renewed criticism is still the Democrats'
    text = "Democrats renewed their criticism of, and anger at, the plan."
    assert attributions(pipeline.extract(text).attributions) == [
        ("indirect", ["their criticism of, and anger at, the plan"], "renewed", "Democrats")]


def test_an_adjective_cue_s_preposition_without_an_object_of_its_own(pipeline):
    # "critical of, and angry at, the plan": "of" has no object (adjective_content 47: no default for it,
    # which stopped the stage); the article goes through, and no empty content is made of the dangling "of"
    doc = pipeline.extract("Democrats were critical of, and angry at, the plan. The vote is on Friday.")
    assert doc.text.endswith("Friday.")
    assert all(a.content for a in doc.attributions)


def test_a_phrase_right_after_the_object_describes_it_a_date_says_when(pipeline):
    # (verb_content 280: a tail phrase with an object never read; 281: only a date's read)
    got = attributions(pipeline.extract("Critics questioned the mayor's judgment in the crisis.").attributions)
    assert got == [("indirect", ["the mayor's judgment in the crisis"], "questioned", "Critics")]
    got = attributions(pipeline.extract("Critics questioned the mayor's judgment on Tuesday.").attributions)
    assert got == [("indirect", ["the mayor's judgment"], "questioned", "Critics")]


def _cued(pipeline, text, cue):
    return [a for a in attributions(pipeline.extract(text).attributions) if a[2] == cue]


def test_an_object_s_label_and_complement_are_part_of_what_is_said(pipeline):
    # (verb_content 151: the object's own phrase end lost, 152: the relative clause after the object read as it)
    assert _cued(pipeline, "Officials described the attack as a provocation.", "described") == [
        ("indirect", ["the attack as a provocation"], "described", "Officials")]
    text = "The senator accused the governor of lying about the budget, which he denied."
    assert _cued(pipeline, text, "accused") == [
        ("indirect", ["the governor of lying about the budget"], "accused", "The senator")]


def test_a_received_stance_is_one_attribution(pipeline):
    # "drew criticism from Democrats": the Democrats' criticism of the plan, not also the plan's "drawing"
    # (verb_content 315, 316: the stance noun's phrase read as the verb's content too; 286: it stopped the stage)
    got = attributions(pipeline.extract("The plan drew sharp criticism from Democrats on Tuesday.").attributions)
    assert got == [("indirect", ["The plan"], "drew sharp criticism", "Democrats")]


def test_a_verb_the_tagger_read_as_a_noun_keeps_its_clause(pipeline):
    # "claims" tagged a noun with a subject: its clause is the content (noun_content 32, 34, 35: the
    # subject's ccomp branch not taken; 37, 38: no content; 39: a return where the loop ends)
    got = attributions(pipeline.extract("Trump claims the election was rigged.").attributions)
    assert got == [("indirect", ["the election was rigged"], "claims", "Trump")]
