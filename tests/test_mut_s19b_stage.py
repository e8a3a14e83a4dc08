"""Session 19 (s19b-mut): mutants of s19-speed's change to events/stage.py's `_times_in` (the phrase's
time check before its subtree is walked; docs/testing.md, "Session 19, s19b-mut"). A hand-made phrase
(token span and subtree) so the edges of the span are exactly what is under test."""

from newsgraph.events.stage import _times_in


class _Tok:
    def __init__(self, i):
        self.i = i


class _Phrase:
    """The words lo..hi, headed by token `i`, with no clause or event noun below it (nothing skipped)."""

    def __init__(self, lo, hi, i):
        self.left_edge, self.right_edge, self.i = _Tok(lo), _Tok(hi), i
        self.subtree = []


def _time(value, i):
    return (value, "day", value, "", i)


def test_a_time_on_either_edge_of_the_phrase_dates_it():
    # the phrase's first and last words count ("on Monday" opening or closing it)
    assert _times_in(_Phrase(3, 7, 5), _Tok(5), {3: _time("2026-01-05", 3)})[0] == "2026-01-05"
    assert _times_in(_Phrase(3, 7, 5), _Tok(5), {7: _time("2026-01-06", 7)})[0] == "2026-01-06"
    assert _times_in(_Phrase(3, 7, 5), _Tok(5), {6: _time("2026-01-07", 6)})[0] == "2026-01-07"


def test_times_outside_the_phrase_are_not_read_even_nearer_the_trigger():
    # one time inside the phrase, a nearer one just after / just before it: the phrase's own wins
    inside_then_after = {3: _time("2026-01-05", 3), 8: _time("2026-02-02", 8)}
    assert _times_in(_Phrase(3, 7, 7), _Tok(7), inside_then_after)[0] == "2026-01-05"
    before_then_inside = {2: _time("2026-02-02", 2), 7: _time("2026-01-06", 7)}
    assert _times_in(_Phrase(3, 7, 3), _Tok(3), before_then_inside)[0] == "2026-01-06"
