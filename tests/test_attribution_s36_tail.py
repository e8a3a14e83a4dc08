"""Session 36 (s36-poldash): a quoted phrase inside a participle clause trailing the cue ("…,” she said,
referring to “X”) is what the participle reports, not the main quote's content
(`stage._without_participle_tail`, `stage._in_participle`). Sentences of our own
(scripts/attr_probes/probes_s36poldash_tail*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.stage import _in_participle, _without_participle_tail
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


def _parts(nlp, text, fragments, cue):
    sdoc = nlp(text)
    parts = _without_participle_tail(text, sdoc, [_at(text, f) for f in fragments], _at(text, cue))
    return [text[a:b] for a, b in parts]


QUOTE = "“We are not going to sign anything this week,”"


@pytest.mark.parametrize("tail, phrase", [
    ("referring to the draft accord on “rules of origin for farm goods.”", "“rules of origin for farm goods.”"),
    ("calling the flood “the worst in three generations of my family.”", "“the worst in three generations of my family.”"),
    ("dismissing the report as “a glossy brochure with no numbers in it.”", "“a glossy brochure with no numbers in it.”"),
    ("calling the flood “the worst in three generations,” not a setback", "the worst in three generations"),  # a word opens it
])
def test_a_phrase_in_a_trailing_participle_leaves_the_content(nlp, tail, phrase):
    text = f"{QUOTE} the minister said, {tail}"
    assert _parts(nlp, text, [QUOTE, phrase], "said") == [QUOTE]


def test_a_quote_the_participle_introduces_after_a_colon_stays(nlp):
    text = f"{QUOTE} the minister said, adding: “The talks go on.”"
    assert _parts(nlp, text, [QUOTE, "“The talks go on.”"], "said") == [QUOTE, "“The talks go on.”"]


def test_a_fragment_not_under_a_participle_stays(nlp):
    text = f"{QUOTE} the minister said of the “rules of origin.”"
    assert _parts(nlp, text, [QUOTE, "“rules of origin.”"], "said") == [QUOTE, "“rules of origin.”"]


def test_a_single_fragment_or_no_cue_is_left_alone(nlp):
    text = f"{QUOTE} the minister said, calling it “a farce.”"
    sdoc = nlp(text)
    assert _without_participle_tail(text, sdoc, [_at(text, "“a farce.”")], _at(text, "said")) == [_at(text, "“a farce.”")]
    two = [_at(text, QUOTE), _at(text, "“a farce.”")]
    assert _without_participle_tail(text, sdoc, two, None) == two


def test_a_content_left_empty_keeps_its_words(nlp):
    text = f"{QUOTE} the minister said, calling it “a farce” and “a sham.”"
    sdoc = nlp(text)
    parts = [_at(text, "“a farce”"), _at(text, "“a sham.”")]
    assert _without_participle_tail(text, sdoc, parts, _at(text, "said")) == parts


def test_in_participle_needs_the_participle_after_the_cue_and_before_the_fragment(nlp):
    text = f"{QUOTE} the minister said, calling the flood “the worst in years.”"
    sdoc = nlp(text)
    verb = sdoc.char_span(*_at(text, "said")).root
    a = text.index("“the worst")
    cue_end = _at(text, "said")[1]
    assert _in_participle(text, sdoc, verb, cue_end, a)
    assert not _in_participle(text, sdoc, verb, cue_end, text.index("calling"))  # a fragment opening with the participle
    assert not _in_participle(text, sdoc, verb, a + 1, a)  # a fragment before the cue's end
    assert not _in_participle(text, sdoc, verb, text.index("calling") + 1, a)  # the participle before the cue's end
    other = sdoc.char_span(*_at(text, "minister")).root
    assert not _in_participle(text, sdoc, other, cue_end, a)  # the participle hangs on another word


def test_the_stage_keeps_the_quote_alone_and_quotes_keep_their_passages(pipeline):
    text = f"{QUOTE} the trade minister said, referring to the draft accord on “rules of origin for farm goods.”"
    doc = pipeline.extract(text)
    atts = [a for a in doc.attributions if a.cue and a.cue.text == "said"]
    assert [[c.text for c in a.content] for a in atts] == [[QUOTE]]
    assert any("rules of origin" in q.text for q in doc.quotes)


@pytest.mark.parametrize("clause", [
    "but instead the minister is giving them “lectures and slogans.”",  # a progressive with its own subject
    "and the premier kept calling it “a farce.”",
])
def test_a_coordinated_clause_with_its_own_subject_is_no_participle_tail(nlp, clause):
    text = f"The party says the voters want answers, {clause}"
    sdoc = nlp(text)
    verb = sdoc.char_span(*_at(text, "says")).root
    a = text.index("“")
    assert not _in_participle(text, sdoc, verb, _at(text, "says")[1], a)
