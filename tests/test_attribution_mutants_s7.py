"""Attribution rules added in session 6, first mutation run in session 7: a stance the subject receives
("the plan drew criticism from Democrats", `received_stance`, `_stance_attribution`) and the writer's
contrast cut from a reported clause (`_writers_tail`). Small texts through the pipeline, every
candidate collected with the path that found it (no filter)."""

from newsgraph.attribution.stage import extract_all
from stageutil import annotated


def candidates(pipeline, text):
    """(path, type, cue, content texts, source text) of every candidate attribution."""
    doc, parse = annotated(pipeline, text)
    collected = []
    extract_all(doc, parse, flt=None, collect=collected)
    return [(next(f for f in feats if f.startswith("path="))[5:], a.type, a.cue.text if a.cue else None,
             [p.text for p in a.content], a.source.text if a.source else None) for a, feats in collected]


def stances(pipeline, text):
    return [c[1:] for c in candidates(pipeline, text) if c[0] == "stance"]


def test_a_received_stance_is_typed_by_its_noun_and_found_by_its_own_path(pipeline):
    # "criticism" is a noun cue of speech; "fire" is no cue of the lexicon: a stance, a thought
    assert stances(pipeline, "The new tax plan drew sharp criticism from Democrats in the Senate.") == [
        ("speech", "drew sharp criticism", ["The new tax plan"], "Democrats in the Senate")]
    assert stances(pipeline, "The mayor came under fire from local unions.") == [
        ("thought", "came under fire", ["The mayor"], "local unions")]


def test_the_packaged_filter_keeps_a_stance_with_a_named_holder(pipeline):
    doc = pipeline.extract("The mayor came under fire from local unions.")
    assert [(a.cue.text, [p.text for p in a.content]) for a in doc.attributions] == [("came under fire", ["The mayor"])]


def test_a_stance_received_after_an_auxiliary_is_still_received(pipeline):
    # "has drawn": a perfect, taken; "could draw": not (yet) taken
    assert stances(pipeline, "The plan has drawn criticism from Democrats.") == [
        ("speech", "drawn criticism", ["The plan"], "Democrats")]
    assert stances(pipeline, "The plan could draw criticism from Democrats.") == []


def test_a_stance_noun_is_received_only_as_the_object_of_a_receiving_verb_or_under_come(pipeline):
    # the subject voices the criticism: it holds the stance
    assert stances(pipeline, "The senator voiced strong criticism of the plan.") == []
    # a stance noun as the subject of "come", or in a phrase of another verb
    assert stances(pipeline, "Support for the plan came from unions.") == []
    assert stances(pipeline, "Democrats voted in support of the plan.") == []


def test_the_writers_contrast_right_after_the_reported_verb_is_cut(pipeline):
    # the reported clause ends on its verb, the contrast follows at once
    found = [c for c in candidates(pipeline, "Farmers say the new rules hurt, while the minister has gained support "
                                             "in the cities.") if c[2] == "say"]
    assert [c[3] for c in found] == [["the new rules hurt"]]


def test_a_stance_hoped_for_or_measured_by_a_poll_is_not_received(pipeline):
    assert stances(pipeline, "The senator hopes to win the support of farmers.") == []  # not (yet) taken
    # a poll's share, before the noun or in the phrase after the verb
    assert stances(pipeline, "Senator Ruiz gets 5 percent support among rural voters.") == []
    assert stances(pipeline, "Senator Ruiz has support from 52 percent of rural voters.") == []
    assert stances(pipeline, "Senator Ruiz has support from 52% of rural voters.") == []


def test_who_holds_a_received_stance(pipeline):
    # "the backing of X" is X's; "support in the cities" says where, and names no holder
    assert stances(pipeline, "The plan has the backing of the unions.") == [
        ("thought", "has the backing", ["The plan"], "the unions")]
    assert stances(pipeline, "The minister has gained support in the cities.") == [
        ("thought", "gained support", ["The minister"], None)]
    # a possessor names the holder, unless it is a pronoun (often the subject's own)
    assert stances(pipeline, "The plan drew Trump's ire.") == [("thought", "drew Trump's ire", ["The plan"], "Trump's")]
    assert stances(pipeline, "The plan has his support.") == []


def test_a_second_verb_receives_for_the_first_ones_subject(pipeline):
    assert stances(pipeline, "The plan was announced on Monday and drew criticism from Democrats.") == [
        ("speech", "drew criticism", ["The plan"], "Democrats")]
