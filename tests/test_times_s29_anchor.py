"""Session 29 (s29-anchor): anchoring families our own probe set (scripts/timex_own_sets/s29_anchor.tsv, labelled
from the TimeML/TIMEX3 guidelines before any run; docs/accuracy.md "Session 29, s29-anchor") found wrong. A unit with
a position ("the end of the month", "by the end of the year") in a past clause is the month or year under discussion
(TimeML's reference time) when that one lies wholly before the document's: "Protests began on April 2. By the end of
the month, ..." told in June is April, not May. Sentences are our own (none from the probe set or a corpus); cases
marked "edge pinned" pass before the change and guard its limits."""

import pytest

from stageutil import checked

DATE = "2027-05-19"  # a Wednesday


@pytest.fixture(scope="module")
def timexes(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.mod) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, span, value, mod", [
    ("The siege began on Feb. 14. By the end of the month, the city had fallen.", "the end of the month", "2027-02",
     "END"),
    ("Strikes spread in January. At the end of the month, the government resigned.", "the end of the month", "2027-01",
     "END"),
    ("The firm was set up in 2021. By the end of the year it had 40 staff.", "the end of the year", "2021", "END"),
    ("The dam was finished in March 2025. At the start of the year, work had stalled.", "the start of the year",
     "2025", "START"),
    ("Talks collapsed in the third quarter of 2025. By the end of the year, fighting had resumed.",
     "the end of the year", "2025", "END"),
    ("In October 2026 rates rose. In the middle of the month, the bank stepped in.", "the middle of the month",
     "2026-10", "MID"),
])
def test_a_past_position_in_a_unit_is_told_from_the_time_under_discussion(timexes, text, span, value, mod):
    assert (span, value, mod) in timexes(text)


@pytest.mark.parametrize("text, span, value, mod", [
    # edge pinned: a future clause's "the end of the month" is the document's month, whatever was named before
    ("The plant opened on Feb. 14. It will close at the end of the month.", "the end of the month", "2027-05", "END"),
    # edge pinned: a year after the document's is no reference a past clause looks back to: the last year ended
    ("The summit is planned for 2029. At the end of the year the treaty was signed.", "the end of the year", "2026",
     "END"),
    # edge pinned: a decade under discussion, as before
    ("The boom began in 1986. The end of the decade marked a turning point.", "The end of the decade", "198", "END"),
])
def test_a_position_keeps_the_document_unit_where_no_earlier_unit_is_under_discussion(timexes, text, span, value, mod):
    assert (span, value, mod) in timexes(text)


def test_the_month_alone_stays_unmarked(timexes):
    # edge pinned: "the month" with no position is too often generic to read, reference or not
    assert [t for t in timexes("Sales rose 4% in March. The month was the best since 2019.") if t[0] == "The month"] == []


# --- the unit's own limits and the rule's neighbours (mutation tests) -------------------------------------------------

@pytest.fixture(scope="module")
def grains(pipeline):
    def run(text, published=DATE):
        doc = pipeline.extract(text, published=published)
        return {t.text: (t.value, t.mod, t.granularity) for t in doc.times}
    return run


def test_a_year_names_no_month_under_discussion(grains):
    # "2019" is no month: "the end of the month" in a past clause is the last month ended, as with no time named
    assert grains("The firm was set up in 2019. By the end of the month it had 40 staff.")["the end of the month"] == \
        grains("The firm was set up. By the end of the month it had 40 staff.")["the end of the month"]


def test_a_week_is_not_read_from_a_month_under_discussion(grains):
    value, _, granularity = grains("The strike began in March 2026. By the end of the week, the mines had closed.")[
        "the end of the week"]
    assert "-W" in value and granularity == "week"


def test_the_document_unit_whose_end_has_not_come_is_no_past_end(grains):
    # edge pinned: told on May 19 after a day of May, a past clause's "the end of the month" cannot be May's, still to
    # come: it is the last month ended (the earlier rule), not the month under discussion
    assert grains("Prices rose on May 3, and at the end of the month they fell.")["the end of the month"] == \
        ("2027-04", "END", "month")
    assert grains("Rains began on May 2. Since the end of the month, rivers have burst.")["the end of the month"] == \
        ("2027-04", "END", "month")


def test_the_start_of_a_month_under_discussion(grains):
    assert grains("Riots broke out in January 2026. At the start of the month, prices had doubled.")[
        "the start of the month"] == ("2026-01", "START", "month")


def test_the_year_alone_is_the_year_under_discussion_with_its_granularity(grains):
    # edge pinned: "the year" with no position, after a year the text named
    assert grains("Exports hit a record in 2024, the best of the year.")["the year"] == ("2024", None, "year")


def test_the_year_alone_without_a_document_date(pipeline):
    doc = pipeline.extract("Exports were the best of the year, the ministry said.")
    assert [(t.text, t.value, t.granularity) for t in doc.times] == [("the year", None, "year")]


def test_a_decade_and_a_century_under_discussion(grains):
    # edge pinned: the decade or century of the time a past clause is about
    assert grains("The boom began in 1986. By the end of the decade it had faded.")["the end of the decade"] == \
        ("198", "END", "decade")
    assert grains("The empire rose in 1850. By the end of the century it had collapsed.")["the end of the century"] == \
        ("18", "END", "century")


# --- the story's date from a date line or a dated dateline, when no metadata gives one ---------------------------------

@pytest.mark.parametrize("text, day, said", [
    # a date line alone at the head of the story (before or after its headline)
    ("Oct. 7, 2026\nThe minister resigned on Sunday, his office said.", "2026-10-07", "2026-10-04"),
    ("Minister quits\nWednesday, 7 October 2026\nThe minister resigned on Sunday, his office said.", "2026-10-07",
     "2026-10-04"),
    ("2026-10-07\nThe minister resigned on Sunday, his office said.", "2026-10-07", "2026-10-04"),
    # a dateline that gives its year
    ("ROME, Oct. 7, 2026 - The minister resigned on Sunday, his office said.", "2026-10-07", "2026-10-04"),
    ("MADRID, October 7, 2026 (AP) -- The minister resigned on Sunday, his office said.", "2026-10-07", "2026-10-04"),
])
def test_a_date_line_or_a_dated_dateline_is_the_story_date(pipeline, text, day, said):
    doc = pipeline.extract(text)
    assert doc.published.value == day and not doc.published.inferred
    assert ("Sunday", said) in [(t.text, t.value) for t in doc.times]


def test_a_timeline_of_date_lines_is_no_story_date(pipeline):
    # several date lines alone are a timeline's entries, not the story's date: the date is inferred as before
    doc = pipeline.extract("Key dates\nOct. 7, 2026\nTalks opened.\nOct. 9, 2026\nTalks collapsed.")
    assert doc.published.inferred and [s.kind for s in doc.sections].count("published") == 0


def test_a_date_inside_a_sentence_line_is_no_date_line(pipeline):
    # edge pinned: a short line that holds more than a date stays a headline
    doc = pipeline.extract("Talks open Oct. 7, 2026\nEnvoys met in Rome.")
    assert [s.kind for s in doc.sections][0] == "title"


def test_a_dated_dateline_anchors_a_story_published_later(pipeline):
    # metadata says two days later: "today" is the dateline's day (the story was written then)
    doc = pipeline.extract("ROME, Oct. 7, 2026 - The minister resigned today.", published="2026-10-09")
    assert ("today", "2026-10-07") in [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize("text, day, basis", [
    ("ROME, Oct. 7, 2026 - The minister resigned on Sunday.", "2026-10-07", "dated dateline 'ROME, Oct. 7, 2026 -'"),
    # the published lines before this session's change (mutation tests): the first day the line names, else the
    # whole line read as a date
    ("Published 7 Oct 2026 (updated 9 Oct 2026)\nThe minister resigned on Sunday.", "2026-10-07",
     "dated line 'Published 7 Oct 2026 (updated 9 Oct 2026)'"),
    ("Updated 09:30 BST, 7 October 2026\nThe minister resigned on Sunday.", "2026-10-07",
     "dated line 'Updated 09:30 BST, 7 October 2026'"),
    ("Published: 2026/10/07\nThe minister resigned on Sunday.", "2026-10-07", "dated line 'Published: 2026/10/07'"),
])
def test_the_story_date_from_a_line_is_given_not_inferred(pipeline, text, day, basis):
    doc = pipeline.extract(text)
    assert (doc.published.value, doc.published.inferred, doc.published.basis) == (day, False, basis)


def test_a_date_line_below_the_head_is_no_story_date(pipeline):
    # the head is the first three lines (headline, byline, date); a date line below them is the story's own
    doc = pipeline.extract("Minister quits\nBy Ann Lee\nRome bureau\nOct. 7, 2026\nThe minister resigned on Sunday.")
    assert "published" not in [s.kind for s in doc.sections]


def test_a_date_line_after_a_published_line_stays_in_the_body(pipeline):
    doc = pipeline.extract("Published 6 Oct 2026\nOct. 7, 2026\nThe minister resigned on Sunday.")
    assert [s.kind for s in doc.sections].count("published") == 1 and doc.published.value == "2026-10-06"


def test_the_lines_after_a_date_line_are_still_labelled(pipeline):
    doc = pipeline.extract("Oct. 7, 2026\nBy Ann Lee\nThe minister resigned on Sunday.")
    assert [s.kind for s in doc.sections] == ["published", "byline", "body"]
