"""Session 47, s47-muttimes: kills of surviving mutants of the functions `times.run` was split into
(docs/testing.md, "Session 47, s47-muttimes"); sentences of our own, through the pipeline."""

from __future__ import annotations

import pytest

from stageutil import checked


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_tomorrows_as_an_owner_is_the_day_after_with_either_apostrophe(times, apostrophe):
    # "the leaders of tomorrow" is TimeML's vague future (FUTURE_REF); "tomorrow's" owns a thing and names the
    # day after the document date, whether the apostrophe is typed straight or curly (`_future_ref`)
    text = f"The leaders of tomorrow{apostrophe}s Europe met in Paris on Monday."
    assert times(text, "2026-12-03")[0] == ("tomorrow", "2026-12-04")
    assert times("The leaders of tomorrow met in Paris on Monday.", "2026-12-03")[0] == ("tomorrow", "FUTURE_REF")


@pytest.mark.parametrize("text", [
    "The new tax applies from Feb. 1, officials say.",
    "The new tax takes effect on Feb. 1, officials say.",
])
def test_a_scheduled_day_in_the_simple_present_is_the_coming_one(times, text):
    # told in June, the simple present of a scheduled event names the coming Feb. 1 (its future), not the nearest
    # one, four months behind (`_futurate_cue`: a day, as a month, of a present-tense schedule)
    assert times(text, "2026-06-10") == [("Feb. 1", "2027-02-01")]


def test_a_scheduled_month_in_the_simple_present_is_the_coming_one(times):
    # the same for a bare month: "takes effect in March", told in June, is next March
    assert times("The new levy takes effect in March, the treasury says.", "2026-06-10") == [("March", "2027-03")]


def test_a_caption_in_the_simple_present_tells_the_nearest_day(pipeline):
    # a photo caption, like a headline, tells in the present what happened: the nearest Oct. 3, behind the document
    # date; the body's schedule in the simple present is the coming day
    text = ("Hospital strike\n\nThe new rota starts on Feb. 2, the union says.\n\nCaption: Nurses meet the minister "
            "on Oct. 3 in the capital.\n\nThe talks resume next week.")
    doc = checked(pipeline, text, published="2026-12-06")
    assert [s.kind for s in doc.sections][:3] == ["title", "body", "caption"]
    assert [(t.text, t.value) for t in doc.times][:2] == [("Feb. 2", "2027-02-02"), ("Oct. 3", "2026-10-03")]
