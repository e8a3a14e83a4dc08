"""Session 26, s26-times14: `times.pattern_spans` without fixed windows (docs/testing.md, "Session 26, s26-times14").

A family's pattern is matched on the rest of the text (no forward window of four tokens), tried from the tokens of
the REACH_WORDS words before its trigger (words, not the parser's tokens), and a bare "May" is a month only after one
of the words that take a month, read as the word before it past any whitespace (not a 12-character slice). `_trim`
trims trailing words until none is left (no fixed three rounds). Own sentences; blank-English Docs where only the
patterns decide; the stage where the output shows the change."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.times import _trim, _words_back, pattern_spans, token_columns
from test_times_timebank import times  # noqa: F401

DATE = "2024-03-13"  # a Wednesday
_BLANK = spacy.blank("en")


def spans(text):
    return [text[a:b] for a, b in pattern_spans(text, token_columns(_BLANK(text)))]


# ---------------------------------------------------------------- no forward window

@pytest.mark.parametrize("text, want", [
    # "of the following year" puts the match's end five tokens after "March": a window of four tokens after the
    # trigger cut it to "March 3"
    ("The treaty took effect on March 3 of the following year.", "March 3 of the following year"),
    ("The law lapsed on June 30 of the same year.", "June 30 of the same year"),
    ("The law lapsed on June 30 of that year.", "June 30 of that year"),      # four tokens: as before
])
def test_a_match_ends_where_its_words_do(text, want):
    assert want in spans(text)


@pytest.mark.parametrize("text, absent", [
    # a guard reads the text after the match, however far: an age is not a length ("-old" after the unit)
    ("It ended a quarter of a century-old feud.", "a quarter of a century"),
    ("It ended a quarter-century-old feud.", "a quarter-century"),
    ("He is a two-and-a-half-year-old.", "two-and-a-half-year"),
])
def test_a_guard_after_the_match_still_reads_on(text, absent):
    assert absent not in spans(text)


# ---------------------------------------------------------------- the back reach, in words

@pytest.mark.parametrize("text, i, want", [
    # the first token of the n-th word before token i's own word, for n = 0, 1, 2, ...
    ("the first few days of mid-March", 7, [5, 4, 3, 2, 1, 0, 0]),     # "mid-March": three tokens, one word
    ("more than two-and-a-half working days", 10, [10, 9, 2, 1, 0, 0]),
    ("more than two-and-a-half working days", 8, [2, 1, 0, 0]),        # "half" inside its word: from "two"
    ("since\n\n   March", 2, [2, 0, 0]),       # a line break (a token of its own) is no word
    ("since   March", 2, [2, 0, 0]),           # nor a second space
    ("(since March", 2, [2, 0, 0]),            # a bracket joined to its word
    (" \n March", 1, [1, 0]),                  # whitespace opening the text
    ("March", 0, [0, 0]),
])
def test_words_back(text, i, want):
    idx = [t.idx for t in _BLANK(text)]
    assert [_words_back(text, idx, i, n) for n in range(len(want))] == want


@pytest.mark.parametrize("text, want", [
    # the month's longest prefix: a signal, a position of five words, a part of the month: seven words (the reach)
    ("The plant has been shut since the first few days of early March.", "since the first few days of early March"),
    ("The plant has been shut since the first few days of mid-March.", "since the first few days of mid-March"),
    # (5 tokens was the month's reach: "since" and "the first few days of" were out of it)
    ("Prices rose until the end of mid-March.", "until the end of mid-March"),
    ("Prices rose in the first few days of early March.", "the first few days of early March"),
    # a length's: a modifier, a range of hyphenated numbers, a counted word (six words; 9 and 10 tokens)
    ("The job may take more than twenty-five to thirty-five working days.",
     "more than twenty-five to thirty-five working days"),
    ("The strike lasted more than two-and-a-half working days.", "more than two-and-a-half working days"),
    ("The strike lasted two-and-a-half days.", "two-and-a-half days"),
])
def test_the_longest_english_prefixes_are_in_reach(text, want):
    assert want in spans(text)


def test_the_months_seven_word_prefix_is_taken_whole():
    # the prefix of seven words is taken whole; an eighth word before it ("shut") stays out (s26-reach: the reach is
    # now the family's pattern's own, tests/test_s26_reach.py)
    text = "Shut since the first few days of early March."
    assert spans(text) == ["since the first few days of early March"]


@pytest.mark.parametrize("text, span, value, mod", [
    ("The strike lasted more than two-and-a-half working days.", "more than two-and-a-half working days",
     "P2DT12H", "MORE_THAN"),
    ("The job may take more than twenty-five to thirty-five working days.",
     "more than twenty-five to thirty-five working days", "P25D", "MORE_THAN"),
    ("The siege lasted up to twenty-one more days.", "up to twenty-one more days", "P21D", "EQUAL_OR_LESS"),
])
def test_a_modifier_before_a_long_number_reaches_the_stage(pipeline, text, span, value, mod):
    got = [(t.text, t.value, t.mod) for t in pipeline.extract(text, published=DATE).times]
    assert (span, value, mod) in got, got


# ---------------------------------------------------------------- the word before a bare "May"

@pytest.mark.parametrize("text, want", [
    ("The talks resumed in May.", ["May"]),
    ("The talks resumed in\n                May after a pause.", ["May"]),   # past a line break and an indent
    ("The talks resumed IN May.", ["May"]),                                # any case, as before
    ("Talks have stalled since the beginning\n   May have been quiet.", ["May"]),  # the longest cue word
    ("The Chancellor\n         May spoke.", []),  # "or" is the end of a longer word (a 12-character slice read "or")
    ("The Ambassador May spoke.", []),
    ("She met Theresa May.", []),
    ("May the talks go well.", []),              # opening the text
    ("The talks (May) went well.", []),          # a bracket before it
    ("The talks resumed in-May.", []),           # no whitespace before it
])
def test_a_bare_may_is_a_month_after_a_cue_word(text, want):
    assert spans(text) == want


# ---------------------------------------------------------------- _trim: trailing words until none is left

@pytest.mark.parametrize("text, want", [
    ("March 2005, and", "March 2005"),
    ("March 2005 and, or", "March 2005"),
    ("March 2005 and, or, to", "March 2005"),           # three rounds were enough for this
    ("March 2005 and, or, to, of", "March 2005"),       # a fourth word (three rounds left "March 2005 and")
    ("March 2005's", "March 2005"),
])
def test_trim_drops_every_trailing_joiner(text, want):
    a, b = _trim(text, 0, len(text))
    assert text[a:b] == want


@pytest.mark.parametrize("text, want", [("The vote came later", []), ("The talks will resume soon", ["soon"]),
                                        ("It ends now", ["now"])])
def test_a_trigger_closing_the_text_is_tried_from_itself_at_the_latest(text, want):
    # a trigger word closing the text ("later" has no pattern of its family: no match) ends its tries at itself:
    # there is no token after it to try (33, `i + 2`, read one past the last)
    assert spans(text) == want
