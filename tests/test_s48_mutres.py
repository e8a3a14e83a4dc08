"""Session 48, s48-mutres: kills of surviving mutants of `times._Resolution`'s methods (docs/testing.md, "Session 48,
s48-mutres"); sentences of our own, through the pipeline. Each case is told once alone and once after a date named in
a sentence before it, so that a method reading the wrong neighbouring item (two back, not one) or the wrong resolved
value shows."""

from __future__ import annotations

import pytest

from stageutil import checked

_EARLIER = "The party met on Nov. 20. "  # a date in a sentence of its own, before the report


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_past_a_report_tells_after_its_day_is_the_weekday_before_the_report(times, before):
    # told on Sunday Dec. 6: "Tuesday" is Dec. 1; the resignation she had made on "Friday" lies before that report,
    # so it is Friday Nov. 27, not Dec. 4, the Friday nearest the document date (`_from_report`, `before_last`)
    got = times(before + "Aides said Tuesday she had resigned on Friday.", "2026-12-06")
    assert got[-2:] == [("Tuesday", "2026-12-01"), ("Friday", "2026-11-27")]
    assert got[:-2] == ([("Nov. 20", "2026-11-20")] if before else [])


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_future_a_past_report_tells_is_the_weekday_after_the_report(times, before):
    # told on Wednesday Dec. 9: "Monday" is Dec. 7, and the vote that "would be held Tuesday" is the Tuesday after that
    # report, Dec. 8, not next week's (`_from_report`, `after_last`)
    got = times(before + "Officials said Monday the vote would be held Tuesday.", "2026-12-09")
    assert got[-2:] == [("Monday", "2026-12-07"), ("Tuesday", "2026-12-08")]


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_past_told_before_its_report_is_mended_from_the_reports_day(times, before):
    # the same past told first, the report's day after it: the "Friday" before is mended to the one before Tuesday
    # Dec. 1 once that day is known (`_mend_report_day`, `before_next`)
    got = times(before + "She had resigned on Friday, aides said Tuesday.", "2026-12-06")
    assert got[-2:] == [("Friday", "2026-11-27"), ("Tuesday", "2026-12-01")]
    assert got[:-2] == ([("Nov. 20", "2026-11-20")] if before else [])


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_future_told_before_its_past_report_is_mended_from_the_reports_day(times, before):
    # "would be held Tuesday, officials said Monday", told on Wednesday Dec. 9: the Tuesday after Monday Dec. 7
    # (`_mend_report_day`, `after_next`)
    got = times(before + "The vote would be held Tuesday, officials said Monday.", "2026-12-09")
    assert got[-2:] == [("Tuesday", "2026-12-08"), ("Monday", "2026-12-07")]
