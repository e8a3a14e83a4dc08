"""Session 54, s54-user: defects a user's end-to-end pass found (our own sentences, docs/testing.md).

- A dated day a present perfect or a grant holds until ("has extended the deadline until 15 July 2006") is
  a deadline still to come: no past event the publication date may be inferred from (the corpus's Events
  page opened on events dated by such a deadline, and every weekday of the article was counted from it).
- The parser hangs "until X" on a to-infinitive ("the deadline to comply until X"): the infinitive takes the
  tense of the verb it depends on.
"""
import pytest


@pytest.mark.parametrize("text", [
    # the perfect's deadline, on the infinitive the parser hangs it on, and directly on the verb
    "The watchdog has extended the deadline to get in line with the rules until 15 July 2006. "
    "Many firms had protested. Officials met on Wednesday.",
    "The regulator has given banks until 3 March 2006 to comply. The banks complained on Monday.",
    "The regulator has postponed the vote until 3 March 2006. The banks complained on Monday.",
])
def test_a_deadline_still_to_come_infers_no_publication_date(pipeline, text):
    doc = pipeline.extract(text)
    assert doc.published.value is None, doc.published.basis
    # the weekday is left without a value rather than counted from the deadline
    assert [t.value for t in doc.times if t.text in ("Monday", "Wednesday")] == [None]


@pytest.mark.parametrize("text, published", [
    # a simple past or a pluperfect bounds a period that is over: the day still dates the text
    ("The minister stayed in office until 3 March 2004. He resigned on Monday.", "2004-03-08"),
    ("The company had filed its reports by 12 May 2004, and the board met on Tuesday.", "2004-05-18"),
    ("The strike ran from 2 May 2005 until 9 May 2005. Workers returned on Thursday.", "2005-05-12"),
    # a past day not bounded by "until": inferred as before
    ("The watchdog extended the rules on 15 July 2005. Firms met on Wednesday.", "2005-07-20"),
])
def test_a_past_bound_still_dates_the_text(pipeline, text, published):
    assert pipeline.extract(text).published.value == published


def test_a_weekday_deadline_after_an_infinitive_is_ahead(pipeline):
    # "until Tuesday" hangs on "respond"; the perfect "has asked" makes it the coming Tuesday
    doc = pipeline.extract("The court has extended the deadline to respond until Tuesday.", published="2026-05-06")
    assert [t.value for t in doc.times] == ["2026-05-12"]


@pytest.mark.parametrize("words", ["from 2012 onwards", "from 2012 onward", "from 2012 Onwards"])
def test_the_start_of_an_open_stretch_dates_no_event(pipeline, words):
    # "from 2012 onwards" starts a stretch, as "since 2012" does: the pact is not a pact of 2012, nor future
    doc = pipeline.extract(f"The pact between Chile and Peru foresees joint patrols {words}.", published="2005-03-10")
    assert [(e.type, e.date.value, e.flags) for e in doc.events] == [("AGREE", "2005-03-10", [])]


def test_a_year_without_onwards_still_dates_the_event(pipeline):
    # a point, not a bound (a bare "from 2012" opens the same stretch "onwards" does: s56-time, test_s56_time_from)
    doc = pipeline.extract("The pact between Chile and Peru foresees joint patrols in 2012.", published="2005-03-10")
    assert [(e.type, e.date.value, e.flags) for e in doc.events] == [("AGREE", "2012", ["future"])]


@pytest.mark.parametrize("text, values", [
    # a perfect of a verb that grants nothing still holds until a coming day; its simple past does not
    ("Officials have banned protests until Tuesday.", ["2026-05-12"]),
    ("Officials banned protests until Tuesday.", ["2026-05-05"]),
    # a simple past grant runs on to a coming day; a pluperfect one lies behind
    ("The judge gave them until Tuesday to respond.", ["2026-05-12"]),
    ("The judge had given them until Tuesday to respond.", ["2026-05-05"]),
    # a day put off to is still ahead
    ("The summit was pushed back to Monday.", ["2026-05-11"]),
])
def test_which_bounds_lie_ahead(pipeline, text, values):
    assert [t.value for t in pipeline.extract(text, published="2026-05-06").times] == values


def test_no_verb_no_governor():
    from newsgraph.times import _infinitive_governor

    assert _infinitive_governor(None) is None


def test_a_deadline_on_an_infinitive_complement_is_the_perfects(pipeline):
    # "wait" is the xcomp of "has agreed": the deadline is the perfect's, still to come
    doc = pipeline.extract("The regulator has agreed to wait until 3 March 2006. The banks complained on Monday.")
    assert doc.published.value is None, doc.published.basis


@pytest.mark.parametrize("text, date", [
    # a boundary and a duration date no event; a clock time dates it by its day; a year does
    ("Kenya has criticised Uganda since 2022.", "2026-05-06"),
    ("Kenya criticised Uganda for two years.", "2026-05-06"),
    ("Kenya criticised Uganda before 2024.", "2026-05-06"),
    ("Kenya criticised Uganda at 10am on Tuesday.", "2026-05-05"),
    ("Kenya criticised Uganda in 2024.", "2024"),
])
def test_which_times_date_an_event(pipeline, text, date):
    doc = pipeline.extract(text, published="2026-05-06")
    assert [e.date.value for e in doc.events if e.type == "ACCUSE"] == [date]
