"""Session 52 (s52-qgroup): the quotes stage's `group`, outputs unchanged.

`_holders` finds, once for a document, which candidates' contents hold each cue start (the "nested" features of
`_nesting`, asked of every candidate, without each one searching every other's content); `_reach` is the stretch
from a candidate's first content character or cue start to its last, outside which `_clashes` can find nothing,
so `_univocal` passes over two candidates whose stretches do not meet. Own sentences throughout."""

from __future__ import annotations

import random

import pytest

from attrutil import held_by_search, outer_kinds
from newsgraph.attribution.stage import (_EVERYWHERE, _GENERIC_ONLY, _KNOWN, Frame, _clashes, _cues_in, _holder_kind,
                                         _holders, _nesting, _reach, _univocal, cue_starts)


def _frame(at: int | None, path: str = "clause") -> Frame:
    f = Frame(cue=(at, at + 4) if at is not None else None)
    f.path = path
    return f


# --- the cues inside a stretch (_cues_in) ----------------------------------------------------------------

def test_cues_in_is_the_range_of_cue_starts_from_a_up_to_but_not_b():
    cues = [(10, 5, False), (10, 9, True), (20, 3, False), (30, 1, True)]
    assert _cues_in(cues, 10, 30) == (0, 3)  # both cues at 10, the one at 20, not the one at 30
    assert _cues_in(cues, 11, 31) == (2, 4)
    assert _cues_in(cues, 0, 10) == (0, 0)  # a stretch ending where a cue starts holds none
    assert _cues_in(cues, 31, 90) == (4, 4)


# --- which contents hold each cue (_holders, _holder_kind) -----------------------------------------------

def test_holders_lists_every_other_candidate_whose_content_holds_the_cue_start():
    f, known, generic, bare = _frame(50), _frame(10), _frame(20, "generic-clause"), _frame(None)
    cands = [(f, [0], [(40, 60)]),  # its own content holds its cue: not a holder of it
             (known, [1], [(0, 5), (45, 51)]),  # the second fragment holds 50 (its first character, the last here)
             (generic, [2], [(5, 11), (60, 70)]),  # holds known's cue at 10 in its first fragment, f's at 50 in none
             (bare, [3], [(18, 21)])]  # no cue of its own, but its content holds the generic one's
    held = _holders(cands, cue_starts(cands))
    assert held == {id(f): ([known], []), id(known): ([generic], [False]), id(generic): ([bare], [False]),
                    id(bare): ([], [True])}
    assert _holders([(f, [0], [(40, 60)]), (known, [1], [(51, 60)])], cue_starts([(f, [0], [])])) == {}


def test_holder_kind_is_known_when_any_holder_is_a_lexicon_cue():
    known, generic = _frame(10), _frame(20, "generic-obj")
    assert _holder_kind(None) is None and _holder_kind([]) is None
    assert _holder_kind([generic]) == _GENERIC_ONLY
    assert _holder_kind([generic, known]) == _KNOWN and _holder_kind([known, generic]) == _KNOWN


def test_nesting_from_the_holders_is_nesting_from_the_candidates():
    rng = random.Random(52)
    for _ in range(300):
        frames = [_frame(rng.choice([None] + list(range(0, 100, 3))), rng.choice(["clause", "generic-clause"]))
                  for _ in range(rng.randint(1, 7))]
        cands = []
        for n, f in enumerate(frames):
            cuts = sorted(rng.sample(range(0, 110), 2 * rng.randint(1, 2)))
            cands.append((f, [n], [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]))
        cues = cue_starts(cands)
        held = _holders(cands, cues)
        for f, _, parts in cands:
            assert _nesting(f, held) == _nesting(f, held_by_search(cands)), (f.cue, parts)
            if f.cue is not None:
                assert _holder_kind(held.get(id(f), ((), ()))[0]) == outer_kinds(f, cands)


# --- the stretch two candidates must share to clash (_reach, _univocal) ----------------------------------

def test_reach_runs_from_the_first_to_the_last_character_of_content_and_cue_start():
    assert _reach(_frame(50), [(10, 20), (30, 40)]) == (10, 51)  # the cue start after the content
    assert _reach(_frame(2), [(30, 40), (10, 20)]) == (2, 40)  # before it; fragments in any order
    assert _reach(_frame(15), [(10, 20)]) == (10, 20)  # inside it
    assert _reach(_frame(None), [(10, 20)]) == (10, 20)
    assert _reach(_frame(50), [(10, 10)]) == _EVERYWHERE  # an empty content clashes with every candidate
    assert _reach(_frame(50), []) == _EVERYWHERE
    assert _reach(_frame(50), [(10, 12), (30, 31)]) == (10, 51)
    assert _reach(_frame(50), [(10, 11)]) == (10, 51)  # one character is a content
    assert _reach(_frame(50), [(10, 20), (30, 30)]) == (10, 51)  # an empty fragment after one with words


def test_candidates_whose_reaches_do_not_meet_never_clash():
    rng = random.Random(7)
    for _ in range(3000):
        f, g = _frame(rng.choice([None, rng.randrange(60)])), _frame(rng.choice([None, rng.randrange(60)]))
        parts = [tuple(sorted(rng.sample(range(60), 2)))] + ([(61, 64)] if rng.random() < 0.2 else [])
        ps = [(a, a + rng.choice([0, 1, 3, 9])) for a in (rng.randrange(60),)]
        (lo, hi), (lo2, hi2) = _reach(f, parts), _reach(g, ps)
        if hi <= lo2 or hi2 <= lo:
            assert not _clashes(f, parts, g, ps), (f.cue, parts, g.cue, ps)


def _scored(score, at, parts):
    return (score, _frame(at), [0], parts, "indirect", [])


@pytest.mark.parametrize("later, kept", [
    (_scored(0.5, 60, [(70, 80)]), True),  # apart from the first
    (_scored(0.5, 20, [(70, 80)]), False),  # its cue start at the first one's last content character
    (_scored(0.5, 60, [(5, 12)]), False),  # its content takes the first one's cue start
    (_scored(0.5, 60, [(15, 25)]), False),  # half its content over the first one's
    (_scored(0.5, 60, [(21, 30)]), True),  # its content starting right after the first one's
    (_scored(0.5, 60, [(70, 70)]), False),  # an empty content clashes with every candidate
])
def test_univocal_passes_over_only_candidates_that_cannot_clash(later, kept):
    first = _scored(0.9, 10, [(12, 21)])
    assert [x[0] for x in _univocal([later, first])] == ([0.9, 0.5] if kept else [0.9])


def test_univocal_keeps_each_kept_ones_reach_for_the_candidates_after_it():
    a, b = _scored(0.9, 0, [(10, 20)]), _scored(0.8, 100, [(110, 120)])
    near_b = _scored(0.7, 60, [(112, 118)])  # clashes with the second kept one only
    assert [x[0] for x in _univocal([a, b, near_b])] == [0.9, 0.8]
    assert [x[0] for x in _univocal([b, a, near_b])] == [0.9, 0.8]


def test_univocal_goes_on_past_a_kept_one_it_meets_but_does_not_clash_with():
    a, b = _scored(0.9, 0, [(10, 20)]), _scored(0.8, 30, [(40, 50)])
    c = _scored(0.7, 60, [(18, 48)])  # meets the first (2 of 10 characters), clashes with the second (8 of 10)
    assert [x[0] for x in _univocal([a, b, c])] == [0.9, 0.8]
