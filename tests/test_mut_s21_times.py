"""Session 21, s21-mut: times.py's recorded open survivors (s17b-muttime's `_since_bound` 6, 7 and `_as_many` 7)
re-run on today's code (docs/testing.md, "Session 21, s21-mut"). No sentence found gives the pipeline a time
span opening on "ever since", nor a plain time right after "<ordinal> ... in as ", so the helpers are asked
directly, on own phrases."""

from __future__ import annotations

from newsgraph.times import _as_many, _since_bound


def _span(text, start, end="."):
    a = text.index(start)
    return a, text.index(end, a)


def test_a_time_opening_on_ever_since_is_a_bound():
    # _since_bound 6, 7: "ever since 1998" as one span is the start of a stretch, as "since 1998" is
    text = "Exports are the highest ever since 1998."
    assert _since_bound(text, *_span(text, "ever"))
    assert _since_bound(text, *_span(text, "since"))
    text = "Exports were highest in 1998."
    assert not _since_bound(text, *_span(text, "1998"))


def test_as_many_reads_only_a_vague_length_after_its_cue():
    # _as_many 7 (the `if u` guard dropped): a time that is no vague length after "second ... in as " is no
    # "as many" length (the mutant reads the cue and fails on the missing unit)
    text = "It was the second time in as 2019 began."
    assert _as_many(text, text.index("2019"), "2019") is None
    text = "It was the second time in as many weeks."
    assert _as_many(text, text.index("many"), "PXW") == "P2W"
