"""Session 36 (s36-polspan): an attribution's content never holds its own cue or source (PolNeAR is
univocal), so a cue standing inside the reported words cuts the content in two (`stage._without_own_words`).
Sentences of our own (scripts/attr_probes/probes_s36polspan*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.stage import _cue_group, _outside, _without_own_words
from newsgraph.nlp import load
from newsgraph.pipeline import Pipeline
from newsgraph.stage import Options


@pytest.fixture(scope="module")
def nlp():
    return load(None)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Options(check_language=False))


def _at(text, words):
    a = text.index(words)
    return a, a + len(words)


def _cut(nlp, text, content, cue, source=None):
    sdoc = nlp(text)
    parts = _without_own_words(text, sdoc, [_at(text, content)], _at(text, cue), _at(text, source) if source else None)
    return [text[a:b] for a, b in parts]


def test_a_raising_passive_leaves_the_words_on_each_side(nlp):
    text = "The new bridge is expected to open in the spring."
    assert _cut(nlp, text, "The new bridge is expected to open in the spring", "expected") == [
        "The new bridge", "to open in the spring"]


def test_the_cue_takes_its_auxiliaries_negation_and_adverbs(nlp):
    text = "The governor was not widely expected to veto the bill."
    sdoc = nlp(text)
    assert text[slice(*_cue_group(sdoc, _at(text, "expected")))] == "was not widely expected"
    assert _cut(nlp, text, "The governor was not widely expected to veto the bill", "expected") == [
        "The governor", "to veto the bill"]


def test_a_source_among_the_words_goes_with_the_cue(nlp):
    text = "Voters rejected the levy, which the council had called “our last chance.”"
    assert _cut(nlp, text, "which the council had called “our last chance.”", "called", "the council") == [
        "which", "“our last chance.”"]


def test_a_source_away_from_the_cue_is_cut_on_its_own(nlp):
    text = "Voters rejected the levy, which the council, it seems, called unfair."
    assert _cut(nlp, text, "which the council, it seems, called unfair", "called", "the council") == [
        "which", "it seems", "unfair"]


def test_a_source_opening_the_content_stays(nlp):
    # the subject of "seems" is what seems: the stage names it as the source, the content keeps it
    text = "The witness seemed nervous."
    assert _cut(nlp, text, "The witness seemed nervous", "seemed", "The witness") == ["The witness", "nervous"]


def test_a_cue_at_a_fragment_edge_is_cut_too(nlp):
    text = "Her rival does not seem to have noticed the change."
    parts = [_at(text, "Her rival"), _at(text, "does not seem to have noticed the change")]
    got = _without_own_words(text, nlp(text), parts, _at(text, "seem"), None)
    assert [text[a:b] for a, b in got] == ["Her rival", "to have noticed the change"]


@pytest.mark.parametrize("content, cue", [
    ("the plan failed", "said"),  # the cue before the content: as it is
    ("The mayor", "said"),  # the cue after it
])
def test_a_cue_outside_leaves_the_content(nlp, content, cue):
    text = "The mayor said the plan failed."
    assert _cut(nlp, text, content, cue) == [content]


def test_a_content_that_is_all_cue_keeps_its_words(nlp):
    text = "The mayor said so."
    assert _cut(nlp, text, "said", "said") == ["said"]


def test_punctuation_alone_is_no_side(nlp):
    text = "“Soon,” is expected, he said."
    assert _cut(nlp, text, "“Soon,” is expected,", "expected") == ["“Soon,”"]


def test_no_cue_no_cut(nlp):
    text = "The bridge is expected to open."
    assert _without_own_words(text, nlp(text), [(0, 29)], None, None) == [(0, 29)]


def test_every_fragment_is_cut_and_empty_sides_go(nlp):
    text = "“Soon,” he said. The bridge is expected to open."
    sdoc = nlp(text)
    parts = [_at(text, "“Soon,”"), _at(text, "The bridge is expected to open")]
    got = _without_own_words(text, sdoc, parts, _at(text, "expected"), None)
    assert [text[a:b] for a, b in got] == ["“Soon,”", "The bridge", "to open"]


def test_the_stage_gives_the_fragments_and_quotes_keep_their_text(pipeline):
    text = "The two leaders are expected to sign the treaty on Friday."
    doc = pipeline.extract(text)
    atts = [a for a in doc.attributions if a.cue and a.cue.text.endswith("expected")]
    assert [[c.text for c in a.content] for a in atts] == [["The two leaders", "to sign the treaty on Friday"]]


def test_a_source_closing_a_fragment_is_cut_too(nlp):
    text = "Unfair, the council said of the plan."
    assert _cut(nlp, text, "Unfair, the council", "said", "the council") == ["Unfair"]


@pytest.mark.parametrize("text, hole, want", [
    ("Plan X is set to win", "is set", ["Plan X", "to win"]),  # the sides' own letters stay, "X" too
    ("Plan is set Xto win", "is set", ["Plan", "Xto win"]),
    ("Plan, is set, to win", "is set", ["Plan", "to win"]),  # the commas at the cut go
    ("is set to win", "is set", ["to win"]),  # a hole opening the fragment
    ("Plan X is set", "is set", ["Plan X"]),  # or closing it
    ("Plan is set .", "is set", ["Plan"]),  # a side without a word goes
])
def test_outside_keeps_the_words_on_each_side(text, hole, want):
    got = _outside(text, 0, len(text), *_at(text, hole))
    assert [text[a:b] for a, b in got] == want


def test_outside_a_hole_away_from_the_fragment_leaves_it():
    text = "Xenon is set to win"
    assert _outside(text, 0, 5, 6, 12) == [(0, 5)]  # the hole after it
    assert _outside(text, 13, 19, 6, 12) == [(13, 19)]  # the hole before it
    assert _outside(text, 0, 5, 5, 8) == [(0, 5)]  # touching its end
    assert _outside(text, 6, 12, 0, 6) == [(6, 12)]  # touching its start


def test_the_cue_group_reaches_the_first_word_and_no_further(nlp):
    text = "Widely expected to open, the bridge stayed shut."
    sdoc = nlp(text)
    assert text[slice(*_cue_group(sdoc, _at(text, "expected")))] == "Widely expected"
    assert _cue_group(sdoc, (text.index("xpected"), text.index("xpected") + 3))[0] == 0  # not on token bounds


def test_the_cue_group_stops_at_a_word_of_another_head(nlp):
    text = "Officials of the city are expected to vote."
    assert _cut(nlp, text, "Officials of the city are expected to vote", "expected") == ["Officials of the city", "to vote"]


def test_a_cue_on_no_word_is_kept_as_it_is(nlp):
    sdoc = nlp("Plan.  ")
    assert _cue_group(sdoc, (6, 7)) == (6, 7)  # the spaces' own token
    assert _cue_group(sdoc, (5, 5)) == (5, 5)  # an empty span
    assert _cue_group(sdoc, (7, 9)) == (7, 9)  # past the text: no span at all


def test_a_cue_opening_the_text_has_nothing_before_it(nlp):
    # the word before the first is none (not the last word, which here hangs on the cue as an adverb)
    assert _cue_group(nlp("Expected soon"), (0, 8)) == (0, 8)
