"""Session 40 (s40-timeval): a bare month in a past clause whose verb the tagger mistook for a past participle
("The steel plant closed in January, putting 900 people out of work": "closed" tagged VBN, no auxiliary) is the
last such month before the document date, as in any past clause (TIMEX3: a bare month takes the DCT as anchor and
the tense of its verb as direction), not the coming one the look-ahead would pick when it is nearer. A participle
with an active subject of its own and no auxiliary is a simple past (`times._finite_past_participle`). Sentences are
our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from newsgraph import nlp
from newsgraph.times import _finite_past_participle
from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2027-09-16"  # a Thursday in September: the next January is nearer than the last one


@pytest.mark.parametrize("text, extent, value", [
    ("The steel plant closed in January, putting 900 people out of work.", "January", "2027-01"),
    ("The steel plant closed in January, and 900 people lost their jobs.", "January", "2027-01"),
    ("The border crossing closed in December, stranding hundreds of trucks.", "December", "2026-12"),
    ("The airport reopened in January after repairs.", "January", "2027-01"),
])
def test_a_month_in_a_past_clause_the_tagger_calls_a_participle_is_the_last_one(times, text, extent, value):
    assert (extent, value, "DATE") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    # edges pinned: a correctly tagged past, a passive, a reduced relative, a future, a present of what falls due
    ("The mine closed in January.", "January", "2027-01"),
    ("The road was closed in January for repairs.", "January", "2027-01"),
    ("The accord, signed in November, ended the war.", "November", "2026-11"),
    ("A second factory will open in January near the port.", "January", "2028-01"),
    ("The dividend is payable in January.", "January", "2028-01"),
])
def test_the_month_rule_s_edges_hold(times, text, extent, value):
    assert (extent, value, "DATE") in times(text, DAY)


@pytest.fixture(scope="module")
def parse_of():
    model = nlp.load()
    return lambda text: model(text)


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_participle_with_its_own_subject_is_a_finite_past(parse_of):
    doc = parse_of("The steel plant closed in January, putting 900 people out of work.")
    v = _token(doc, "closed")
    assert v.tag_ == "VBN"  # the tagger's mistake the rule is for (if a new model tags it VBD, the rule is moot)
    assert _finite_past_participle(v)


def test_a_reduced_relative_has_no_subject_of_its_own(parse_of):
    doc = parse_of("The accord, signed in November, ended the war.")
    assert not _finite_past_participle(_token(doc, "signed"))
