"""Session 33, s33-speed: exact shortcuts in the times stage.

- timex._choice / _alt write a word alternation as a trie that keeps the plain list's ordered choice (the same match,
  the same groups, at every position, with or without (?i), whatever follows the alternation);
- times._one_space_runs is `re.sub(r"\\s+", " ", s)` (each whitespace run as one space) without a regex.
"""

from __future__ import annotations

import itertools
import re

import pytest

from newsgraph.times import _cue_before, _one_space_runs
from newsgraph.timex import _alt, _choice

NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "twenty-one", "seventy-seven", "a", "an",
                "a few", "a couple of", "couple of", "dozen", "hundred"]

# lists whose order matters: a shorter word before a longer one it starts, an ended word between two branches of
# one first character, duplicates, a space and a hyphen inside words
WORD_LISTS = [
    NUMBER_WORDS,
    ["seven", "seventeen", "seventy", "seventy-one"],
    ["seventy-one", "seven", "seventeen", "seventy"],
    ["ab", "a", "ac"],
    ["a", "a", "an", "an", "a few"],
    ["on", "one", "o", "once", "only"],
    ["week", "weekend", "weeks", "weekday"],
]

TEXTS = [
    "Seventeen of them came seven days ago, seventy-one left; a few Weeks and a couple of weekends on.",
    "ac ab a abc, once only one o'clock ON ONE ONCE twenty-one Twenty ones seventy-seven SEVENTY-SEVEN",
    "an a few A FEW a couple of A Couple Of dozen hundred thirteen thirty Thirty-one weekday weekend",
]


def _plain(words) -> str:
    return "|".join(re.escape(w) for w in words)


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("frame", ["(?:{})", "(?i:{})", r"\b(?:{}) (?:days|weeks|of)\b", r"(?i:(?:{})\b)",
                                   r"(?:{})(?P<rest>teen|ty|\w*)", r"(?i:(?P<w>{}))(?:\s|,)"])
def test_choice_is_the_plain_lists_ordered_choice_at_every_position(words, frame):
    plain, trie = re.compile(frame.format(_plain(words))), re.compile(frame.format(_choice(words)))
    for text in TEXTS + [" ".join(words), " ".join(reversed(words)), ",".join(w.upper() for w in words)]:
        for p in range(len(text) + 1):
            a, b = plain.match(text, p), trie.match(text, p)
            assert (a is None) == (b is None), (words, frame, text, p)
            if a is not None:
                assert (a.span(), a.groupdict()) == (b.span(), b.groupdict()), (words, frame, text, p)
            a, b = plain.fullmatch(text, p), trie.fullmatch(text, p)
            assert (a and a.span()) == (b and b.span())


def test_choice_keeps_the_lists_order_where_two_words_can_both_match():
    # ordered choice: the first word that matches wins, even a shorter one ("seven" before "seventeen")
    assert re.match(_choice(["seven", "seventeen"]), "seventeen").group() == "seven"
    assert re.match(_choice(["seventeen", "seven"]), "seventeen").group() == "seventeen"
    # an ended word between two branches of one character: nothing is moved across it
    assert re.match(_choice(["ab", "a", "ac"]), "ac").group() == "a"
    assert re.match(_choice(["ab", "a", "ac"]), "ab").group() == "ab"


def test_alt_tries_the_longer_word_first():
    assert re.fullmatch(_alt(["seven", "seventeen"]), "seventeen")
    assert re.match(_alt(["a", "an", "a few"]), "a few").group() == "a few"
    assert re.match(_alt(["a", "an"]), "an").group() == "an"


def test_choice_is_written_as_a_trie():
    # (what makes it fast: one branch per first character, not one per word)
    assert _choice(["two", "ten", "three"]) == "t(?:wo|en|hree)"
    assert _choice(["seventy-one", "seven", "seventeen"]) == r"s(?:e(?:v(?:e(?:n(?:ty\-one||teen)))))"
    assert _alt(["six", "seven", "sixty"]) == "s(?:even|i(?:x(?:ty|)))"  # (seven and sixty before six)


def test_choice_writes_capitals_and_other_letters_as_the_plain_list():
    # ("May" and "may" both match "MAY" case-blind: a trie over mixed case could swap two branches that both match)
    assert _choice(["May", "march"]) == "May|march"
    assert _choice(["mai", "mär"]) == "mai|m\u00e4r"
    # the list's order kept: case-blind, "May" matches "may" before "ma" is tried
    assert re.match(f"(?i:{_choice(['mb', 'May', 'ma'])})", "may").group() == "may"


def test_one_space_runs_is_the_regex_substitution():
    run = re.compile(r"\s+")
    alphabet = ["a", " ", "\n", "\t", "\xa0", "\u2028", "\x1c", "\u200b"]  # (U+200B is no whitespace)
    for n in range(6):
        for chars in itertools.product(alphabet, repeat=n):
            s = "".join(chars)
            assert _one_space_runs(s) == run.sub(" ", s), repr(s)
    for s in ["", " ", "  ", "\n\n", " a ", "  a  b  ", "ahead of\n\n   Friday's", "x" * 50 + " \t" * 20]:
        assert _one_space_runs(s) == run.sub(" ", s), repr(s)


def test_a_cue_before_counts_behind_any_whitespace():
    ahead = re.compile(r"\bahead of $", re.IGNORECASE)
    for gap in [" ", "   ", "\n", "\n\n  ", "\u2003", " \xa0 "]:
        text = f"Markets rose ahead of{gap}Friday's vote."
        assert _cue_before(ahead, text, text.index("Friday"), 24) is not None, repr(gap)
    text = "Markets rose ahead ofFriday's vote."
    assert _cue_before(ahead, text, text.index("Friday"), 24) is None
