"""Session 13 (s13-speed): the faster forms of a few helpers give what the slower ones gave.

Each test sets the new helper beside the plain form it replaced (written out here), on sentences of
our own chosen for the edges: spaces and punctuation around a name, case, empty input.
"""

from __future__ import annotations

import re

import pytest

from newsgraph import times
from newsgraph.attribution.stage import Frame, _clashes
from newsgraph.places import _after_place_preposition


def _old_after(name: str, text: str) -> bool:
    return re.search(rf"\b(?:in|at|near|from|to|outside)\s+{re.escape(name)}\b", text) is not None


@pytest.mark.parametrize("text, name", [
    ("They drove to  Haddon on Friday.", "Haddon"),     # two spaces after the preposition
    ("They drove into Haddon.", "Haddon"),              # "into" is not "to" (no word boundary)
    ("He was born in Haddonfield.", "Haddon"),          # the name must end where a word ends
    ("Flights from U.S. airports", "U.S."),             # a name ending in a full stop
    ("Flights from U.S.A. airports", "U.S."),           # ... followed by a letter: a boundary there
    ("near\nMarlow and Wick", "Marlow"),                # a line break is a space
    ("OUTSIDE Marlow", "Marlow"),                       # the prepositions are lower case only
    ("Tom Marlow spoke", "Marlow"),
])
def test_after_place_preposition_is_the_pattern(text, name):
    # (session 40: the name's places found by str.find and the words before them read back, not the prepositions'
    # ends found over the whole text; tests/test_s40_speedq.py has more edges)
    assert _after_place_preposition(name, text) == _old_after(name, text)


@pytest.mark.parametrize("text, found", [
    ("profits in the second and fourth quarters of 1997", True),
    ("THE FIRST AND SECOND HALVES OF 2001", True),
    ("sales fell by a third in January", False),
])
def test_period_words_let_through_every_text_the_pattern_reads(text, found):
    assert bool(times._COORD_PERIODS.search(text)) == found
    assert times._names_a_period(text) or not found


def _old_clashes(f, parts, g, ps):
    n, m = sum(b - a for a, b in parts), sum(b - a for a, b in ps)
    ov = sum(max(0, min(b, d) - max(a, c)) for a, b in parts for c, d in ps)
    hold = lambda xs, h: h.cue is not None and any(a <= h.cue[0] < b for a, b in xs)  # noqa: E731
    return ov * 2 >= min(n, m) or hold(parts, g) or hold(ps, f)


@pytest.mark.parametrize("parts, ps", [
    ([(0, 10)], [(5, 40)]),     # overlap of half the shorter
    ([(0, 10)], [(6, 40)]),     # less than half
    ([(0, 10)], [(20, 40)]),    # apart
    ([(0, 10)], [(10, 10)]),    # an empty content
    ([(0, 10), (30, 35)], [(8, 32)]),
])
def test_clashes_one_stretch_as_before(parts, ps):
    f, g = Frame(cue=(50, 55)), Frame(cue=(100, 104))
    assert _clashes(f, parts, g, ps) == _old_clashes(f, parts, g, ps)
    g2 = Frame(cue=(2, 6))  # the other cue inside this content
    assert _clashes(f, parts, g2, ps) == _old_clashes(f, parts, g2, ps)
