"""Session 49, s49-mut: kills of open mutants (docs/testing.md, "Session 49, s49-mut"). Tests only; sentences of our
own words, never text of /work/shared.

The `times._Resolution` methods are called one at a time on a hand-built state (the text, the items before, what
the topic holds), as the pipeline calls them in text order: each case says what the topic or a value must be after
one item, which a whole-pipeline sentence shows only when a later expression happens to read it."""

from __future__ import annotations

import datetime as dt

from newsgraph.times import _Resolution, _ReportLinks
from newsgraph.timex import Norm

ANCHOR = dt.date(2026, 12, 6)  # a Sunday


def _resolution(text: str, items=()) -> _Resolution:
    return _Resolution(text, None, list(items), _ReportLinks(), ANCHOR, set())


def _span(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


def _item(text: str, words: str) -> tuple:
    """An item as `_Resolution` holds it: (start, end, norm, tense, kind, strict); only the offsets are read here."""
    return (*_span(text, words), None, None, None, False)


# ---------------------------------------------------------------- _follow_topic


def test_a_quarter_made_the_topic_ends_the_stretch_of_the_year_a_report_was_about():
    # "for the nine months ... in the third quarter": after the quarter, "the year-earlier period" is that quarter a
    # year before, no longer the nine months (`part_year` dropped; mutants 23, 25, 26 kept it)
    text = "Sales rose in the third quarter of 2026."
    r = _resolution(text)
    r.part_year = "P9M"
    r._follow_topic(*_span(text, "the third quarter of 2026"), Norm("2026-Q3", "quarter", "DATE"))
    assert (r.part_year, r.quarter, r.ref) == (None, "2026-Q3", "2026-Q3")


def test_a_year_made_the_topic_keeps_the_stretch_of_the_year_a_report_is_about():
    text = "Sales rose in 2026."
    r = _resolution(text)
    r.part_year = "P9M"
    r._follow_topic(*_span(text, "2026"), Norm("2026", "year", "DATE"))
    assert (r.part_year, r.ref) == ("P9M", "2026")


def test_a_date_that_is_no_week_leaves_the_week_named_before():
    # "Last weekend ... recently ... that weekend": a vague past (no new topic, no week) does not replace the week
    # (mutant 28: `type == "DATE" or` made any date the week)
    text = "Shares fell recently."
    r = _resolution(text)
    r.week = "2026-W48-WE"
    r._follow_topic(*_span(text, "recently"), Norm("PAST_REF", "past", "DATE"))
    assert r.week == "2026-W48-WE"


def test_a_part_of_a_named_day_makes_that_day_the_topic():
    # "Tuesday morning": the day under discussion is the day itself, ten characters (mutant 53 kept the "T")
    text = "Talks resumed Tuesday morning."
    r = _resolution(text)
    r._follow_topic(*_span(text, "Tuesday morning"), Norm("2026-12-01TMO", "part_of_day", "TIME"))
    assert r.ref == "2026-12-01"


# ---------------------------------------------------------------- _new_topic


def test_the_day_after_a_date_is_a_new_topic_though_it_reads_after():
    # "after" is a comparison word, but "the day after Nov. 3" names a day of its own (mutant 30 looked for "the day
    # after" at the expression's end, not at its start)
    text = "They left the day after Nov. 3 and stayed."
    r = _resolution(text)
    assert r._new_topic(*_span(text, "the day after Nov. 3"), Norm("2026-11-04", "day", "DATE"))


def test_a_comparison_is_no_new_topic():
    text = "Profit doubled from a year earlier."
    r = _resolution(text)
    assert not r._new_topic(*_span(text, "a year earlier"), Norm("2025", "year", "DATE"))


# ---------------------------------------------------------------- _close_quarter


def test_a_month_closes_the_quarter_named_before_it():
    # "the quarter to June": April to June, the second quarter, and the topic with it (mutant 8 read no month)
    text = "Profit fell in the quarter to June."
    r = _resolution(text, [_item(text, "the quarter")])
    r.resolved = [Norm("2026-Q3", "quarter", "DATE", relative=True)]
    r.quarter = r.ref = "2026-Q3"
    r._close_quarter(_span(text, "June")[0], Norm("2026-06", "month", "DATE", relative=True))
    assert [n.value for n in r.resolved] == ["2026-Q2"]
    assert (r.quarter, r.ref) == ("2026-Q2", "2026-Q2")


def test_a_day_named_before_the_quarter_does_not_stop_the_closing():
    # only a quarter named earlier stops it (mutant 19: any earlier item with a value did)
    text = "On Nov. 20 the firm said profit fell in the quarter ended July 31."
    r = _resolution(text, [_item(text, "Nov. 20"), _item(text, "the quarter")])
    r.resolved = [Norm("2026-11-20", "day", "DATE", relative=True), Norm("2026-Q3", "quarter", "DATE", relative=True)]
    r._close_quarter(_span(text, "July 31")[0], Norm("2026-07-31", "day", "DATE", relative=True))
    assert [n.value for n in r.resolved] == ["2026-11-20", "2026-Q2"]


# ---------------------------------------------------------------- _dated_day


def test_a_day_dated_by_an_earlier_mention_stays_relative():
    # "Sept. 11" after "Sept. 11, 2001": that year's day, a value still read from context, not from its own words, so
    # it is no written date a later narrative may take its year from (mutants 20, 25, 29 marked it not relative)
    text = "Flags flew on Sept. 11."
    r = _resolution(text)
    r.dated = {"09-11": "2001"}
    got = r._dated_day(*_span(text, "Sept. 11"), Norm("2026-09-11", "day", "DATE", relative=True))
    assert got == Norm("2001-09-11", "day", "DATE", relative=True)
    assert got.relative is True


def test_a_written_day_is_remembered_with_its_year():
    text = "Flags flew on Sept. 11, 2001."
    r = _resolution(text)
    norm = Norm("2001-09-11", "day", "DATE")
    assert r._dated_day(*_span(text, "Sept. 11, 2001"), norm) is norm
    assert r.dated == {"09-11": "2001"}
