"""Tests for survivors of the attribution stage's functions session 15 added (docs/testing.md, "Session 16,
s16-mut"): `_label_agent`, the agent of a passive cue the parser hung on the cue's label. Our own sentences;
what a user sees: the attribution's kind, content, cue and source."""

from test_attribution_mutants_s14 import attributions


def _attributions(pipeline, text):
    return attributions(pipeline.extract(text).attributions)


def test_an_agent_hung_on_an_object_label_is_the_source(pipeline):
    # the parser makes "a wreck" the cue's dobj and hangs "by the navy" on it (_label_agent 13, 14: dobj not read)
    assert _attributions(pipeline, "The ship was declared a wreck by the navy on Friday.") == [
        ("indirect", ["The ship", "a wreck"], "declared", "the navy")]


def test_a_pronoun_agent_hung_on_the_label_is_the_source(pipeline):
    # (_label_agent 67, 68: a pronoun after "by" taken for no agent)
    assert _attributions(pipeline, "She was declared the winner by them.") == [
        ("indirect", ["She", "the winner"], "declared", "them")]


def test_a_time_or_a_measure_after_by_is_no_agent(pipeline):
    # by when, or by how much, the winner was declared: nobody declares it (_label_agent 46: the
    # entity check dropped; 52, 53: a TIME; 60, 61: a QUANTITY)
    assert _attributions(pipeline, "The mayor was declared the winner by midnight.") == [
        ("indirect", ["The mayor", "the winner by midnight"], "declared", None)]
    assert _attributions(pipeline, "The runner was declared the winner by five kilometres.") == [
        ("indirect", ["The runner", "the winner by five kilometres"], "declared", None)]


def test_whom_it_seems_so_to_holds_the_view_pronoun_or_name(pipeline):
    # (_raising_holder 25, 26: a pronoun after "to" not read; 27, 28: a name)
    assert _attributions(pipeline, "It seems to me that the deal is dead.") == [
        ("indirect", ["that the deal is dead"], "seems", "me")]
    assert _attributions(pipeline, "It appears to Kenya that the deal is dead.") == [
        ("indirect", ["that the deal is dead"], "appears", "Kenya")]


def test_only_a_to_phrase_names_whom_it_seems_so_to(pipeline):
    # "in principle" is no one's view: the subject holds it (_raising_holder 5: any preposition read)
    assert _attributions(pipeline, "The plan seems fair in principle.") == [
        ("indirect", ["The plan", "fair"], "seems", "The plan")]  # the cue is no content (s36-polspan)
