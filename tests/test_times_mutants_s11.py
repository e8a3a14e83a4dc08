"""Session 11 (s11-mut-times): tests for the times mutants left open by session 10 and for the functions
changed since their last mutation runs (docs/testing.md, "Session 11, s11-mut-times"). Each pins today's
values exactly, through the pipeline with the text's own publication date, or on hand-built parses."""

import pytest


def _times(pipeline, text, published):
    return [(t.text, t.value, t.type) for t in pipeline.extract(text, published=published).times]


# --- a perfect tells a done event: the last such period, not the next one -------------------------------
# (a bug found by _told_in_past's mutant 78: "has visited the city in November", told on 28 October, was the
# coming November; only the past perfect was read as done)

@pytest.mark.parametrize("text, published, value", [
    ("He has held talks in November.", "2026-10-28", "2025-11"),
    ("The minister has visited the city in November, officials said.", "2026-10-28", "2025-11"),
    ("The accord has been signed in November, officials said.", "2026-10-28", "2025-11"),
    ("The fighters have been killed in November, the army said.", "2026-10-28", "2025-11"),
    ("They have met at Easter.", "2026-01-05", "2025-04-20"),
    # a past perfect progressive is as done as a past perfect (mutant 70 of the old code)
    ("The vote had been being held in November.", "2026-10-28", "2025-11"),
    ("The party had held talks in November.", "2026-10-28", "2025-11"),
])
def test_a_perfect_dates_its_event_in_the_past(pipeline, text, published, value):
    assert [t.value for t in pipeline.extract(text, published=published).times] == [value]


@pytest.mark.parametrize("text", [
    "He will have held talks in November.",  # a future perfect: "will" comes first
    "He could have held talks in November, officials said.",  # a modal's perfect: not told as done
    "The vote is held in November, officials said.",  # a present passive: what is scheduled
    # a past progressive passive in a report tells an arrangement, which may lie ahead (mutant 61, 77 of the old code)
    "Officials said the vote was being held in November.",
    # a participle's "being": the vote still to come when it was delayed (mutant 62, `len(auxes) == 1 or`)
    "The vote, being held in November, was delayed.",
])
def test_other_auxiliaries_leave_the_nearer_period(pipeline, text):
    assert [t.value for t in pipeline.extract(text, published="2026-10-28").times] == ["2026-11"]


# --- the cues read before an expression: the whole cue fits the window ----------------------------------

@pytest.mark.parametrize("text", [
    "Engineers spoke about the international telecommunications networks of tomorrow.",  # 49 characters
    # the longest the pattern takes: three words of 20 letters, 70 characters from "the" (run's window 70)
    "Scholars wrote about the counterrevolutionary institutionalization internationalization of tomorrow.",
])
def test_tomorrow_after_a_long_noun_phrase_of_is_the_future(pipeline, text):
    # (was the next day: the 40-character window cut "the" off a phrase over 40 characters)
    assert _times(pipeline, text, "2026-05-06") == [("tomorrow", "FUTURE_REF", "DATE")]


@pytest.mark.parametrize("gap", [" " * 21, " " * 25, " " * 80, "\n" + " " * 120, " \n" * 40])
def test_a_cue_before_a_time_counts_behind_a_whitespace_run_of_any_length(pipeline, gap):
    # (was: a run over three windows wide hid the cue, as indented scraped text may have; found by the
    # old _cue_before's mutant 14, `5 * width`; after 21 spaces "Good" is at the text's start, which the
    # collapsed head must reach)
    published = "2026-05-06"  # a Wednesday
    assert _times(pipeline, f"Polls tightened ahead of{gap}Friday's vote.", published) == [("Friday", "2026-05-08", "DATE")]
    assert _times(pipeline, f"Good{gap}evening from Havana.", published) == []
    assert _times(pipeline, f"The plan costs $5 million{gap}a year.", published) == [("a year", "P1Y", "SET")]


def test_cue_before_reads_whitespace_at_the_text_start_and_stops():
    from newsgraph.times import _GREETING, _cue_before

    assert _cue_before(_GREETING, "      Good   evening", 13, 6) is not None
    assert _cue_before(_GREETING, " " * 50 + "evening", 50, 6) is None
    assert _cue_before(_GREETING, "evening", 0, 6) is None


# --- _quarter_closed_by (s10-times' "the quarter ended <day>", not run before) ----------------------------

def _quarter(pipeline, text):
    got = pipeline.extract(text, published="2026-11-20").times
    return [(t.text, t.value, t.granularity, t.type, t.mod) for t in got if "quarter" in t.text]


@pytest.mark.parametrize("text, value", [
    # 45 days before Aug. 15 is July 1: May 17 to Aug. 15 has 46 days in the third quarter, 45 in the second
    ("In the quarter ended Aug. 15, the retailer earned $5 million.", "2026-Q3"),
    ("In the quarter ended Aug. 14, the retailer earned $5 million.", "2026-Q2"),
    ("In the quarter ending Aug. 14, the retailer earned $5 million.", "2026-Q2"),
    ("For the quarter, ended Aug. 14, the retailer earned $5 million.", "2026-Q2"),
])
def test_the_quarter_a_day_closes_is_a_whole_quarter_expression(pipeline, text, value):
    assert _quarter(pipeline, text) == [("the quarter", value, "quarter", "DATE", None)]
