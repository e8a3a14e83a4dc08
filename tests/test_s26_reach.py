"""Session 26, s26-reach: `times.pattern_spans`'s back reach is its patterns' own (docs/testing.md, "Session 26,
s26-reach").

A family's match that starts n words before its trigger's word holds at least n whitespace characters before the
trigger (each word start after the first follows one), so a reach of the most whitespace characters the family's
pattern can match finds every match that reaches the trigger: trying every token from the text's start (mutmut's
`range(i + 1)`) finds nothing more. The numbers are computed here from the compiled patterns' parse trees (Python's
own regex parser), not read off by hand; a repetition without bound of anything that can match whitespace makes the
count infinite and the test fail. Own sentences; blank-English Docs where only the patterns decide."""

from __future__ import annotations

import math
import re

import pytest
import spacy

try:  # Python 3.11+
    import re._constants as C
    import re._parser as sre
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as sre

from newsgraph import times
from newsgraph.timex import FAMILY_RE
from newsgraph.times import REACH_WORDS, pattern_spans, token_columns

_BLANK = spacy.blank("en")
_WS = " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000"
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}  # \b, ^, look-aheads and look-behinds: they consume nothing


def _class_takes_space(items) -> bool:
    """Whether a character class ([...], \\s, \\W) can match a whitespace character."""
    hit = False
    for op, av in items:
        if op == C.NEGATE:
            return True  # [^...]: none of our classes excludes whitespace, so count it (an upper bound)
        if op == C.LITERAL and chr(av).isspace():
            hit = True
        elif op == C.RANGE and any(av[0] <= ord(c) <= av[1] for c in _WS):
            hit = True
        elif op == C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_NOT_DIGIT):
            hit = True
    return hit


def max_spaces(tree) -> float:
    """The most whitespace characters a match of the parsed pattern `tree` can hold (math.inf without bound)."""
    total = 0
    for op, av in tree:
        if op == C.LITERAL:
            total += chr(av).isspace()
        elif op in (C.NOT_LITERAL, C.ANY):
            total += 1
        elif op == C.IN:
            total += _class_takes_space(av)
        elif op in _REPEATS:
            _lo, hi, sub = av
            inner = max_spaces(sub)
            if inner:
                if hi == C.MAXREPEAT:
                    return math.inf
                total += inner * hi
        elif op == C.SUBPATTERN:
            total += max_spaces(av[-1])
        elif op == C.BRANCH:
            total += max(max_spaces(b) for b in av[1])
        elif op in _ZERO_WIDTH:
            continue
        elif hasattr(C, "ATOMIC_GROUP") and op == C.ATOMIC_GROUP:
            total += max_spaces(av)
        else:  # a back-reference or a conditional: no pattern of ours has one; refuse rather than guess
            raise ValueError(f"cannot bound {op}")
    return total


def spaces_of(rx: re.Pattern) -> float:
    return max_spaces(sre.parse(rx.pattern, rx.flags))


# ---------------------------------------------------------------- the counter itself

@pytest.mark.parametrize("pattern, want", [
    ("ab", 0), ("a b", 1), (r"a\sb", 1), ("a[ ,]b", 1), ("a[,.]b", 0), (r"a\Wb", 1), ("a[^x]b", 1), ("a.b", 1),
    ("a[\t-\r]b", 1),                      # a range holding a line break
    ("(?:a )?b", 1), ("(?:a |bc d )c", 2), ("(?:a ){0,3}b", 3), ("(?:a | b){2}c", 2), ("(?i:a b)", 1),
    ("a+ b", 1), (r"\d{1,4} b", 1),        # a repetition without whitespace in it counts nothing, bound or not
    ("a(?= b)", 0), ("(?<=a )b", 0), ("(?! b)a", 0), (r"\ba\b", 0),   # look-arounds consume nothing
    ("(?:a )*b", math.inf), ("(?:a )+b", math.inf), (r"a\s*b", math.inf), ("(?:a[ ,]?)*", math.inf),
    ("(?P<x>a (?:b )?)c", 2), ("(?:(?:a ){2}b ){3}", 9),
])
def test_the_counter(pattern, want):
    assert spaces_of(re.compile(pattern)) == want


@pytest.mark.parametrize("pattern", [r"(a) \1", r"(a)?(?(1)b c|d)"])
def test_the_counter_refuses_what_it_cannot_bound(pattern):
    with pytest.raises(ValueError):
        spaces_of(re.compile(pattern))


# ---------------------------------------------------------------- the reach is the patterns' own

def test_every_family_has_a_reach():
    assert set(REACH_WORDS) == set(FAMILY_RE)
    assert set(times._TRIGGERS.values()) <= set(FAMILY_RE)


@pytest.mark.parametrize("fam", sorted(FAMILY_RE))
def test_a_familys_reach_is_the_most_whitespace_its_pattern_can_match(fam):
    n = spaces_of(FAMILY_RE[fam])
    assert n != math.inf, f"{fam}: a repetition without bound can match whitespace"
    # no less (a match could start out of reach: mutmut's `range(i + 1)` would find it), no more (tries for nothing)
    assert REACH_WORDS[fam] == n


@pytest.mark.parametrize("fam, text", [
    # the count is reached (it is the patterns' bound, not a loose one): strings no English has, which they match
    ("month", "since the first few days of mid- the following March of that same year"),
    ("duration", "more than two to three 1/2 more hours and 5 minutes and 12 seconds"),
    ("season", "this past this past summer of that same year"),
])
def test_the_largest_reaches_are_matched_whole(fam, text):
    m = FAMILY_RE[fam].match(text)
    assert m is not None and m.group() == text
    assert text.count(" ") == REACH_WORDS[fam]


# ---------------------------------------------------------------- what the reach changes

def spans(text, reach=None, monkeypatch=None):
    if reach is not None:
        monkeypatch.setattr(times, "REACH_WORDS", {fam: reach for fam in FAMILY_RE})
    return [text[a:b] for a, b in pattern_spans(text, token_columns(_BLANK(text)))]


@pytest.mark.parametrize("text, want", [
    # a signal and a position before "the following" and the month: eight words (a reach of seven lost "until")
    ("The lease runs until the last few days of the following February.",
     "until the last few days of the following February"),
    ("The lease ran until the first few days of the following March of that year.",
     "until the first few days of the following March of that year"),
])
def test_a_month_eight_words_after_its_signal(text, want):
    assert want in spans(text)


def test_seven_words_lost_the_signal(monkeypatch):
    # the same sentence with the old reach of seven: what the computed reach fixed
    text = "The lease runs until the last few days of the following February."
    assert spans(text, 7, monkeypatch) == ["the last few days of the following February"]


@pytest.mark.parametrize("text", [
    "The lease runs until the last few days of the following February.",
    "Shut since the first few days of early March, the plant reopened in late this past summer.",
    # modifiers past the bound of two: the patterns read what they can, the same from any start
    "Shares fell in the latest fiscal comparable year-ago quarter, as in this past early late summer.",
    "He said that this past late summer was hot, and more than two to three more days and a half passed.",
    "Talks lasted more than twenty-five to thirty-five working days and two hours in the following May.",
])
def test_a_reach_from_the_texts_start_finds_nothing_more(text, monkeypatch):
    # mutmut's `range(i + 1)`: every token from the text's start tried
    assert spans(text) == spans(text, 10**6, monkeypatch)


@pytest.mark.parametrize("text, want", [
    # English's runs of modifiers are of one or two: both read whole
    ("Profit rose in the comparable year-ago quarter.", "the comparable year-ago quarter"),
    ("Profit rose in its latest fiscal third quarter.", "its latest fiscal third quarter"),
    ("It was hot late this past summer.", "late this past summer"),
    ("It was hot in the early summer.", "the early summer"),
])
def test_two_modifiers_are_read(text, want):
    assert want in spans(text)
