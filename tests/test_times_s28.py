"""Session 28 (s28-timeprobe): families of TIMEX3 readings our own probe set (scripts/timex_own_sets/s28_probe.tsv,
labelled from the TimeML/TIMEX3 guidelines before any run; docs/accuracy.md "Session 28, s28-timeprobe") found
wrong or missing: bounds on a length ("at most 40 days", "no less than six hours"), two units from now ("the week
before last", "the year after next") and the futurate present of a scheduled event ("the lease expires in
January"). Sentences are our own (none from the probe set or a corpus); cases marked
"edge pinned" pass before the change and guard its limits."""

import pytest

from stageutil import checked

DATE = "2027-03-10"  # a Wednesday, ISO week 10
SUNDAY = "2027-03-14"  # the Sunday closing week 10


@pytest.fixture(scope="module")
def timexes(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.type, t.mod) for t in checked(pipeline, text, published=published).times]
    return run


# --- bounds on a length -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, mod", [
    ("Trials may last at most two years.", "at most two years", "P2Y", "EQUAL_OR_LESS"),
    ("The closure lasts a maximum of 14 days.", "a maximum of 14 days", "P14D", "EQUAL_OR_LESS"),
    ("Applicants must wait a minimum of six weeks.", "a minimum of six weeks", "P6W", "EQUAL_OR_MORE"),
    # a negation turns "less than" / "more than" into the other bound, with the limit itself included
    ("The hearing lasted no less than five hours.", "no less than five hours", "PT5H", "EQUAL_OR_MORE"),
    ("The permit is valid for not more than three months.", "not more than three months", "P3M", "EQUAL_OR_LESS"),
    ("Visitors may stay no longer than 90 days.", "no longer than 90 days", "P90D", "EQUAL_OR_LESS"),
    ("The stoppage lasted longer than a month.", "longer than a month", "P1M", "MORE_THAN"),  # edge pinned
    ("The outage was shorter than an hour.", "shorter than an hour", "PT1H", "LESS_THAN"),
    ("The board needed no more than ten minutes.", "no more than ten minutes", "PT10M", "EQUAL_OR_LESS"),
    ("The stay was not shorter than three days.", "not shorter than three days", "P3D", "EQUAL_OR_MORE"),
    ("At most two days remain.", "At most two days", "P2D", "EQUAL_OR_LESS"),  # the cue opens the text
    ("At most two days remain", "At most two days", "P2D", "EQUAL_OR_LESS"),  # ... and a letter ends it
    ("The talks lasted (no less than six hours).", "no less than six hours", "PT6H", "EQUAL_OR_MORE"),
    # a cue broken over a line or spaced out is the same cue, the extent its own characters
    ("The hearing lasted no\nless than five hours.", "no\nless than five hours", "PT5H", "EQUAL_OR_MORE"),
    ("Detention is limited to a   minimum of 30 days.", "a   minimum of 30 days", "P30D", "EQUAL_OR_MORE"),
])
def test_a_bound_before_a_length_is_its_mod(timexes, text, span, value, mod):
    got = timexes(text)
    assert (span, value, "DURATION", mod) in got, got


@pytest.mark.parametrize("text, span, value", [
    ("It was not two weeks but three.", "two weeks", "P2W"),  # edge pinned: "not" without "than": no bound
    ("The mill did not close for five years.", "five years", "P5Y"),  # edge pinned
])
def test_a_negation_alone_is_no_bound(timexes, text, span, value):
    got = timexes(text)
    assert (span, value, "DURATION", None) in got, got


# --- two units from now -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, published", [
    ("The rebels withdrew the week before last.", "the week before last", "2027-W08", DATE),
    ("Looters struck the weekend before last.", "the weekend before last", "2027-W08-WE", DATE),
    ("The envoy comes back the week after next.", "the week after next", "2027-W12", DATE),
    ("Sowing starts the month after next.", "the month after next", "2027-05", DATE),
    ("The mine shut the year before last.", "the year before last", "2025", DATE),
    ("A census is due the year after next, officials said.", "the year after next", "2029", DATE),
    # told on a Sunday, "last week" is the week ending that day (as the stage reads it), so the one before is W09
    ("The rebels withdrew the week before last.", "the week before last", "2027-W09", SUNDAY),
])
def test_two_units_from_now(timexes, text, span, value, published):
    got = timexes(text, published)
    assert (span, value, "DATE", None) in got, got


@pytest.mark.parametrize("text, absent", [
    # edge pinned, all three
    ("He resigned the week before last year's vote.", "the week before last"),  # "last year's vote" is a phrase
    ("They met the month before last Monday.", "the month before last"),
    ("She quit the year before next season began.", "the year before next"),
])
def test_last_or_next_opening_a_phrase_is_not_two_units(timexes, text, absent):
    got = timexes(text)
    assert all(t[0] != absent for t in got), got


# --- the futurate present ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("The lease expires in January.", "January", "2028-01"),
    ("The new toll applies from Feb. 1.", "Feb. 1", "2028-02-01"),
    ("Registration opens Jan. 15, the board said.", "Jan. 15", "2028-01-15"),
    ("The ban comes into force in February.", "February", "2028-02"),
    ("The new fees apply from Feb. 1.", "Feb. 1", "2028-02-01"),  # a plural subject: VBP
    ("Voters go to the polls in January.", "January", "2028-01"),
    ("The lease expires in May.", "May", "2027-05"),  # edge pinned: the nearest May is to come anyway
])
def test_a_scheduled_event_in_the_present_is_ahead(timexes, text, span, value):
    got = timexes(text)
    assert (span, value, "DATE", None) in got, got


@pytest.mark.parametrize("text, span, value", [
    ("Inflation stands at 4% in January.", "January", "2027-01"),  # edge pinned: a state, not a schedule
    ("The lease expired in January.", "January", "2027-01"),  # edge pinned: past
    ("The rules were applied from Feb. 1.", "Feb. 1", "2027-02-01"),  # edge pinned: passive past
])
def test_other_presents_and_pasts_keep_their_reading(timexes, text, span, value):
    got = timexes(text)
    assert (span, value, "DATE", None) in got, got


def test_a_caption_present_is_not_a_schedule(pipeline):
    # a photo caption tells what happened in the present, as a headline does: the nearest Jan. 9, behind; the body's
    # "expires in January" is the coming one
    text = ("Port deal\n\nThe lease expires in January, the port said.\n\nCaption: Dockers meet the mayor on Jan. 9 in "
            "the harbour.\n\nThe mayor said the deal was fair.")
    doc = pipeline.extract(text, published=DATE)
    assert [s.kind for s in doc.sections][:3] == ["title", "body", "caption"]
    assert [(t.text, t.value) for t in doc.times] == [("January", "2028-01"), ("Jan. 9", "2027-01-09")]


@pytest.mark.parametrize("text, granularity", [
    ("the weekend before last", "week"),  # a weekend is told at the granularity of its week, as "last weekend" is
    ("the week after next", "week"),
    ("the month before last", "month"),
    ("the year after next", "year"),
])
def test_two_units_from_now_without_a_document_date(text, granularity):
    # no document date: unknown, relative, at the unit's own granularity (what date inference and the stage read)
    from newsgraph.timex import normalize
    got = normalize(text)
    assert (got.value, got.granularity, got.type, got.relative) == (None, granularity, "DATE", True)
