"""Session 23, s23-mutcore: open mutation survivors of the core modules (times.py, attribution speakers and
stage) killed here (docs/testing.md, "Session 23, s23-mutcore"). Own sentences; hand-built spaCy parses where a
rule reads only labels, tags and heads; small helpers asked directly where their contract is the point."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _inverted_subject, _own_subject
from newsgraph.attribution.stage import _past_parenthesis
from newsgraph.timex import Norm
from newsgraph.times import _day_after, _narrative_month
from test_times_timebank import times  # noqa: F401

DATE = "2024-03-13"  # a Wednesday
TUESDAY = "2024-03-12"


def value(found, span):
    return next((v for t, v, _ in reversed(found) if t == span), None)


# ---------------------------------------------------------------- times: _day_after (s21d-muttime 2, 3, 4, 14, 15)

def _day(v):
    return Norm(v, "day", "DATE")


TOLD = "said Monday the vote would be held Friday"  # the gap between the two days is " the vote would be held "


def test_a_told_weekday_that_is_no_day_is_left_as_it_is():
    # 2, 3: the weekday's or the report's value is a month, not a day: nothing to count from
    month = Norm("2024-03", "month", "DATE")
    assert _day_after(TOLD, 11, 35, _day("2024-03-11"), month, 4) == month
    assert _day_after(TOLD, 11, 35, month, _day("2024-03-08"), 4) == _day("2024-03-08")


def test_a_told_time_with_no_weekday_is_left_as_it_is():
    # 4: no weekday number, no arithmetic (the mutant subtracts from None)
    assert _day_after(TOLD, 11, 35, _day("2024-03-11"), _day("2024-03-08"), None) == _day("2024-03-08")


def test_a_sentence_after_the_told_weekday_does_not_cut_it_off_from_the_report(times):
    # 14, 15: only a sentence end BETWEEN the report's day and the told weekday counts, not one after both
    found = times("Officials said Thursday the vote would be held Tuesday. Nobody came.", DATE)
    assert value(found, "Tuesday") == TUESDAY, found


# ---------------------------------------------------------------- times: _narrative_month (s21d-muttime 5, 30)

def test_a_month_with_no_value_continues_no_narrative():
    # 5: a bare month the document date could not place is no narrative month (and raises nothing)
    text = "In March 2019 the talks collapsed. By May, fighting had resumed."
    assert _narrative_month(text, (3, 13), Norm("2019-03", "month", "DATE"), 38, 41,
                            Norm(None, "month", "DATE")) is False


def test_a_month_after_a_since_bound_is_no_narrative_of_that_year(times):
    # 30: "since March 2019" opens a stretch reaching to now, so "September" is the last one, not 2019's
    found = times("Sales have doubled since March 2019. In September, the firm announced a new plan.", DATE)
    assert value(found, "September") == "2023-09", found
    found = times("In March 2019 sales doubled. In September, the firm announced a new plan.", DATE)
    assert value(found, "September") == "2019-09", found  # (no bound: the narrative's year)


# ---------------------------------------------------------------- times: _coordinated_past (s21d-muttime 43-46)

@pytest.mark.parametrize("text", [
    "The bridge was closed on Monday and the road was reopened on Thursday.",  # a passive subject of its own
    "The strike began on Monday and there was calm on Thursday.",              # an expletive subject
])
def test_a_second_clause_with_a_subject_of_its_own_does_not_order_the_days(times, text):
    found = times(text, "2024-03-12")  # a Tuesday: the last Monday is the day before, after the last Thursday
    assert value(found, "Monday") == "2024-03-11", found


def test_one_subjects_two_acts_are_told_in_order(times):
    found = times("The strike began on Monday and ended on Thursday.", "2024-03-12")
    assert value(found, "Monday") == "2024-03-04", found  # (the Monday before that Thursday)


# ---------------------------------------------------------------- speakers: _inverted_subject (s22b-mutnew 14, 27, 28)

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def test_a_verb_second_in_the_text_after_a_closing_mark_is_inverted():
    # 14 (`v.i == 1` for `v.i == 0`): "” said Hale , it would pass ." with "Hale" hung on the content verb:
    # the name set off by commas after the verb is its speaker (the verb has no subject of its own to fall back on)
    doc = _doc(("”", 1, "punct", "PUNCT", "''"), ("said", 1, "ROOT", "VERB", "VBD"), ("Hale", 6, "nsubj", "PROPN", "NNP"),
               (",", 2, "punct", "PUNCT", ","), ("it", 6, "nsubj", "PRON", "PRP"), ("would", 6, "aux", "AUX", "MD"),
               ("pass", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", "."))
    assert _own_subject(doc[1]).text == "Hale"


def test_a_tag_question_is_no_inverted_reporting_clause():
    # 27, 28 (the "neg" label dropped): "The talks failed , did they not ?": "did" right after a comma with
    # "they" after it, but negated: a tag question, not "…, said Hale"
    doc = _doc(("The", 1, "det", "DET", "DT"), ("talks", 2, "nsubj", "NOUN", "NNS"), ("failed", 2, "ROOT", "VERB", "VBD"),
               (",", 2, "punct", "PUNCT", ","), ("did", 2, "conj", "VERB", "VBD"), ("they", 4, "nsubj", "PRON", "PRP"),
               ("not", 4, "neg", "PART", "RB"), ("?", 2, "punct", "PUNCT", "."))
    assert _inverted_subject(doc[4]) is None


# ---------------------------------------------------------------- stage: _past_parenthesis (s22b-mutnew 13)

def _before_colon(inside: int):
    """The tokens before the colon of "Rep. Lee (<inside words>):", nearest first, the colon first."""
    words = ["Rep.", "Lee", "("] + [f"w{k}" for k in range(inside)] + [")", ":"]
    return list(reversed(list(Doc(VOCAB, words=words)))), words


@pytest.mark.parametrize("inside, reaches", [(7, True), (8, False)])
def test_a_parenthesis_before_a_colon_is_looked_past_within_eight_tokens(inside, reaches):
    before, _ = _before_colon(inside)
    got = _past_parenthesis(before, False)
    assert ([t.text for t in got] == ["Lee", "Rep."]) is reaches
    assert reaches or got == []


# ---------------------------------------------------------------- stage: _credit_line (s22b-mutnew 31, 33, 34, 35)
# A stand-in for the mentions: two mentions at the credit line, one starting at the dash (the tokenizer's
# "-Anna Lopez") and one at the name; the longer one names the speaker, whichever comes first or starts later.

from types import SimpleNamespace  # noqa: E402

from newsgraph.attribution.stage import _credit_line  # noqa: E402

CREDIT = "“We will rebuild the pier.”\n\n-Anna Lopez, Dover."
DASH = CREDIT.index("-")


class _Mentions:
    def __init__(self, *items):
        self.items = list(items)

    def within(self, start, end):
        return [x for x in self.items if start <= x[0] and x[1] <= end]

    def starting(self, start, end):
        return [x for x in self.items if start <= x[0] < end]


def _person(name):
    return SimpleNamespace(id=name, type="PERSON")


@pytest.mark.parametrize("dash_end, dash_kind, name_end, name_kind, want", [
    (DASH + 11, "name", DASH + 5, "name", "-Anna Lopez"),    # 31, 33: the later start is the shorter mention
    (DASH + 5, "nominal", DASH + 11, "name", "Anna Lopez"),  # 34, 35: the first (and its kind) is the shorter one
])
def test_of_two_mentions_at_a_credit_line_the_longer_names_the_speaker(dash_end, dash_kind, name_end, name_kind, want):
    mentions = _Mentions((DASH, dash_end, dash_kind, _person("-Anna Lopez")),
                         (DASH + 1, name_end, name_kind, _person("Anna Lopez")))
    f = _credit_line(CREDIT, CREDIT.index("”") + 1, mentions)
    assert f.speaker == want and f.source == (DASH + 1, DASH + 11)
