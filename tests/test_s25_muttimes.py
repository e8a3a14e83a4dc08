"""Session 25, s25-muttimes: times.py's recorded open mutation survivors (docs/testing.md, "Session 25,
s25-muttimes"). Own sentences; a blank-English Doc with hand-set entities where only the parser's entity decides;
small helpers asked directly where their contract is the point."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from newsgraph.model import Document, Published
from newsgraph.nlp import Parse
from newsgraph.times import _first_clocks, _trim, _verb_before, run
from newsgraph.timex import Norm
from test_times_timebank import times  # noqa: F401

DATE = "2024-03-13"  # a Wednesday


def value(found, span):
    return next((v for t, v, _ in reversed(found) if t == span), None)


# ---------------------------------------------------------------- _trim: the verb "last" (39; 52 by a fix)

def test_trim_never_turns_a_span_inside_out():
    # 39 (`_LAST_VERB.match(text, start)` without the end): a span that is the verb "last" alone must not have its
    # look-ahead read the count past its own end and step its start over its end
    text = "The talks will last two days."
    a = text.index("last")
    start, end = _trim(text, a, a + 4)
    assert start <= end and (start, end) == (a, a + 4)


@pytest.mark.parametrize("gap", [" ", "\n", "\n      ", "\n        ", "\n\t\t    ", " " * 12])
def test_the_verb_last_after_a_hard_wrapped_modal_stays_out_of_the_duration(times, gap):
    # the fix (52 was the window `start - 12`: "should" and at most six whitespace characters): a line break and
    # an indent of any length between the modal and "last" leave "two days" the duration, as one space does
    found = times(f"The storm should{gap}last two days, forecasters said.", DATE)
    assert ("two days", "P2D", "DURATION") in found, found


@pytest.mark.parametrize("text, at, want", [
    ("It should last", 10, True),    # "should", the longest word, then one space
    ("Should last", 7, True),        # the word opening the text
    ("Will\n     last", 10, True),
    ("She can't  last", 11, True),   # "n't" joined to its verb
    ("Should  last", 8, True),
    ("Shouldlast", 6, False),        # no whitespace: no separate word before
    ("The shoulder last", 13, False),  # "should" inside a word
    ("It was last", 7, False),
    ("  last", 2, False),            # whitespace alone before it
    ("last", 0, False),
])
def test_verb_before_reads_the_word_past_any_whitespace(text, at, want):
    assert _verb_before(text, at) is want


# ---------------------------------------------------------------- _compound_unit 17: the compound opening the text

def _times_with_entity(text, published, label, first, last):
    """doc.times after the stage ran over a blank-English Doc whose one entity is tokens [first, last): the
    parser's entity fixed, no heads (so no tense)."""
    sdoc = spacy.blank("en")(text)
    sdoc.ents = [Span(sdoc, first, last, label=label)]
    doc = Document(text=text, published=Published(value=published), sections=[])
    run(doc, Parse(doc=sdoc, sections=[]))
    return [(t.text, t.value, t.type) for t in doc.times]


@pytest.mark.parametrize("text, first", [
    ("Night-after-night the shelling went on.", 0),      # the compound opening the text (17: window from 1)
    ("The shelling went on night-after-night.", 4),      # and inside it, alike
])
def test_a_unit_word_opening_a_compound_is_no_time_even_at_the_text_start(text, first):
    # the parser taking "night" alone for a TIME: "night-after-night" is a manner, not the night of any day
    assert _times_with_entity(text, DATE, "TIME", first, first + 1) == []


def test_the_night_alone_stays_a_time():  # the guard's other side: no compound after it
    assert _times_with_entity("Night fell on the camp.", DATE, "TIME", 0, 1) == \
        [("Night", "2024-03-13TNI", "TIME")]  # (the night of the document date)


# ---------------------------------------------------------------- _participle_on_noun 23, 24: a proper noun

@pytest.mark.parametrize("text, span, want", [
    ("The Expo, ending in May, was cut.", "May", "2023-05"),
    ("Greenpeace, marching in May, was fined.", "May", "2023-05"),
    ("The Biennale, ending in June, drew few visitors.", "June", "2023-06"),
])
def test_a_participle_on_a_proper_noun_in_a_past_clause_looks_back(times, text, span, want):
    # as on a common noun (tests/test_times_s21b.py): after a past verb, "ending in May" told in March is last May,
    # not the coming one (23, 24: "PROPN" spelt otherwise)
    found = times(text, DATE)
    assert value(found, span) == want, found


# ---------------------------------------------------------------- run (s23-mutcore's 563, 564, 583, 585, 586; now
# 603, 604, 623, 625, 626): a told future whose time is forced past by "since"

@pytest.mark.parametrize("text", [
    "Officials said Monday the talks would be the first since Thursday.",  # 603, 604: report first
    "Officials said Monday the meeting would be the first since Thursday.",
    "The talks would be the first since Thursday, officials said Monday.",  # 623, 625, 626: report after
])
def test_since_in_a_future_told_from_the_past_looks_back(times, text):
    # "would be the first since Thursday", said Monday: the Thursday before the report (2024-03-07), never the
    # Thursday after it that a told future ("would resume Thursday") gives
    found = times(text, DATE)
    assert value(found, "Monday") == "2024-03-11", found
    assert value(found, "Thursday") == "2024-03-07", found


def test_a_told_future_without_since_still_looks_ahead(times):  # the other side, pinned
    found = times("Officials said Monday the talks would resume Thursday.", DATE)
    assert value(found, "Thursday") == "2024-03-14", found


# ---------------------------------------------------------------- _first_clocks: 30 and 58 by a fix

def _clock(v):
    return Norm(v, "minute", "TIME")


@pytest.mark.parametrize("joiner", [" to ", " to\n", " to\n            ", "  to   ", " through\n\t\t  ", "-", " – "])
def test_a_24_hour_range_joined_by_whitespace_of_any_length(joiner):
    # the fix of 30 (`c - 16`: four or more extra whitespace characters in the joiner lost the first clock)
    text = f"The curfew runs from 2200{joiner}0600 GMT."
    c = text.index("0600")
    kept = _first_clocks(text, [((c, c + 8), _clock("2024-03-13T06:00"))])
    got = {text[a:b]: n.value for (a, b), n in kept}
    assert got == {"2200": "2024-03-13T22:00", "0600 GMT": "2024-03-14T06:00"}


def test_a_range_from_one_clock_to_the_same_clock_is_a_whole_day():
    # the fix of 58 (`>` was `>=` there): "from 0600 to 0600" runs 24 hours, its end the next morning
    text = "Roads are closed from 0600 to 0600 GMT."
    c = text.rindex("0600")
    kept = _first_clocks(text, [((c, c + 8), _clock("2024-03-13T06:00"))])
    assert {text[a:b]: n.value for (a, b), n in kept} == {"0600": "2024-03-13T06:00", "0600 GMT": "2024-03-14T06:00"}


def test_a_range_within_one_day_keeps_its_day():
    text = "Roads are closed from 0600 to 0900 GMT."
    c = text.index("0900")
    kept = _first_clocks(text, [((c, c + 8), _clock("2024-03-13T09:00"))])
    assert {text[a:b]: n.value for (a, b), n in kept} == {"0600": "2024-03-13T06:00", "0900 GMT": "2024-03-13T09:00"}


def test_a_clock_with_no_range_before_it_is_left_alone():
    text = "In 1998, 2200 troops left at 0600 GMT."
    c = text.index("0600")
    kept = [((c, c + 8), _clock("2024-03-13T06:00"))]
    assert _first_clocks(text, list(kept)) == kept


def test_two_ranges_in_one_text_each_find_their_first_clock(times):
    found = times("Roads close from 2200 to 0600 GMT. Shops open between 0900 and 1700 GMT on Friday.", DATE)
    assert ("2200", "2024-03-13T22:00", "TIME") in found, found
    assert ("0600 GMT", "2024-03-14T06:00", "TIME") in found, found
    assert value(found, "0900") is not None and value(found, "0900").endswith("T09:00"), found


# ---------------------------------------------------------------- pattern_spans: a hyphenated number's units word

@pytest.mark.parametrize("text, span, want", [
    # a fix: the pattern was tried from the "one" of "twenty-one" (a token of its own after the hyphen), so the
    # range read "one or twenty-two days", one day
    ("The talks lasted twenty-one or twenty-two days.", "twenty-one or twenty-two days", "P21D"),
    ("The strike lasted thirty-one or thirty-two hours.", "thirty-one or thirty-two hours", "PT31H"),
    ("The siege lasted forty-one to forty-five days.", "forty-one to forty-five days", "P41D"),
    ("Twenty-one or twenty-two days passed.", "Twenty-one or twenty-two days", "P21D"),  # the number opening the text
    ("Prices fell for twenty-one days.", "twenty-one days", "P21D"),
    ("The talks lasted two or three days.", "two or three days", "P2D"),  # no hyphen: as before
])
def test_a_range_opening_with_a_hyphenated_number_reads_the_whole_number(times, text, span, want):
    found = times(text, DATE)
    assert (span, want, "DURATION") in found, found


@pytest.mark.parametrize("text, want", [
    ("Sunday's turnout was sixty.", ["Sunday"]),   # a tens word just before the text's end (the fix's 54: `or`
    ("Sunday's turnout was sixty", ["Sunday"]),    # read it for a start token's two before, wrapping to the end)
    ("Turnout on Sunday was sixty percent.", ["Sunday"]),
    ("Turnout was twenty-one percent on Sunday.", ["Sunday"]),
])
def test_a_tens_word_not_joined_by_a_hyphen_moves_no_start(text, want):
    from newsgraph.times import pattern_spans, token_columns

    found = pattern_spans(text, token_columns(spacy.blank("en")(text)))
    assert [text[a:b] for a, b in found] == want
