"""Session 13 (s13-speed): the faster forms of a few helpers give what the slower ones gave.

Each test sets the new helper beside the plain form it replaced (written out here), on sentences of
our own chosen for the edges: spaces and punctuation around a name, case, empty input.
"""

from __future__ import annotations

import re

import pytest

from newsgraph import times
from newsgraph.attribution import indirect
from newsgraph.attribution.stage import Frame, _clashes
from newsgraph.places import _PLACE_PREPOSITION, _after_place_preposition, _headline_tokens


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
    ends = [m.end() for m in _PLACE_PREPOSITION.finditer(text)]
    assert _after_place_preposition(name, text, ends) == _old_after(name, text)


def _old_headline(length, caps, starts):
    out = [False] * len(length)
    bounds = [k for k, v in enumerate(starts) if v == 1] + [len(length)]
    for s0, s1 in zip(bounds, bounds[1:]):
        words = [caps[k] for k in range(s0, s1) if length[k] >= 4]
        if len(words) >= 3 and sum(words) >= 0.7 * len(words):
            out[s0:s1] = [True] * (s1 - s0)
    return out


@pytest.mark.parametrize("length, caps, starts", [
    ([], [], []),
    ([5, 5, 5], [True, True, True], [1, 0, 0]),                                  # three long capitalised words
    ([5, 5, 5, 5], [True, True, False, True], [1, 0, 0, 0]),                     # 3 of 4: above 0.7
    ([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], [True] * 7 + [False] * 3, [1] + [0] * 9),  # 7 of 10: exactly 0.7
    ([5, 5, 5, 2, 2], [True, True, False, True, True], [1, 0, 0, 0, 0]),         # short words do not count
    ([5, 5, 5, 5, 5, 5], [True] * 6, [0, 0, 1, 0, 0, 0]),                       # before the first sentence start
])
def test_headline_tokens_count_as_before(length, caps, starts):
    assert _headline_tokens(length, caps, starts) == _old_headline(length, caps, starts)


def test_member_marks_the_ids_of_the_set():
    import numpy as np

    col = np.array([7, 3, 2**63 + 5, 0, 3, 2**64 - 1], dtype=np.uint64)
    for wanted in (frozenset(), frozenset({3}), frozenset({2**63 + 5, 0}), frozenset({2**64 - 1, 8})):
        assert indirect._member(col, wanted).tolist() == [int(v) in wanted for v in col.tolist()]


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
