"""Session 34 (s34-anchor): the direction of a weekday, month or date in the infinitive of a verb of hoping, wanting,
expecting or intending (docs/accuracy.md "Session 34, s34-anchor"; scripts/timex_own_sets/s34_backshift.tsv, labelled
from the TimeML guidelines before any run).

- Under a past reporting verb ("said she hoped to sign the deal on Friday") the attitude verb is in the past only by
  the sequence of tenses: it reports "I hope", so the infinitive it governs is still ahead, as after "said it would"
  (`times._backshifted_attitude`). In plain narration ("rescuers hoped to reach the village on Friday"), in the
  pluperfect ("had intended"), or under a present reporting verb ("says she hoped") the hope was then: the past.
- The small model's lemmatizer makes "hop" of "hopes", "hoped" and "hoping", so FUTURE_HEADS' "hope" never matched
  and "hopes to sign the deal in September", told on Oct. 2, was read as the September just gone (`times._lemma`,
  now `nlp.verb_lemma`).

Own sentences, none from an evaluation corpus. On 210b9b62's code every case of the two "ahead" tests fails; the
negatives pass there too and pin what stays."""

import pytest

from stageutil import checked

WED = "2026-03-11"  # a Wednesday: last Friday 03-06, next Friday 03-13
OCT = "2026-10-02"  # a Friday in October: the September just gone is 2026-09, the next one 2027-09


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, published, expected", [
    ("The minister said she hoped to sign the accord on Friday.", WED, ("Friday", "2026-03-13")),
    ("The bank said it wished to settle the case on Friday.", WED, ("Friday", "2026-03-13")),
    ("Investors said they expected to hear from the board on Monday.", WED, ("Monday", "2026-03-16")),
    ("The coach told reporters that he wanted to field a full side on Sunday.", WED, ("Sunday", "2026-03-15")),
    ("The carrier announced that it intended to resume flights on Saturday.", WED, ("Saturday", "2026-03-14")),
    ("The regulator said it aimed to publish the rules on Thursday.", WED, ("Thursday", "2026-03-12")),
    ("The developer said it hoped to open the tower in September.", OCT, ("September", "2027-09")),
])
def test_a_backshifted_hope_under_a_past_report_looks_ahead(times, text, published, expected):
    assert times(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("The minister hopes to sign the accord in September.", OCT, ("September", "2027-09")),
    ("The minister is hoping to sign the accord in September.", OCT, ("September", "2027-09")),
    ("The minister hopes to sign the accord on Sept. 30.", OCT, ("Sept. 30", "2027-09-30")),
])
def test_hopes_and_hoping_look_ahead_despite_the_lemmatizer(times, text, published, expected):
    assert times(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # plain narration: the hope was then
    ("Rescuers hoped to reach the village on Friday, but the road was cut.", WED, [("Friday", "2026-03-06")]),
    ("The club expected to win the cup in September and lost.", OCT, [("September", "2026-09")]),
    # the pluperfect: a plan overtaken
    ("The bank said it had intended to settle the case on Friday.", WED, [("Friday", "2026-03-06")]),
    # a present report of a past hope
    ("The minister says she hoped to sign the accord on Friday.", WED, [("Friday", "2026-03-06")]),
    # the day of the report, not of the hope's object
    ("She said on Friday that she hoped for calm.", WED, [("Friday", "2026-03-06")]),
    # a verb of saying with no attitude verb between keeps its tense
    ("The army said it shelled the depot on Friday.", WED, [("Friday", "2026-03-06")]),
    # an infinitive under a verb of no future, reported or not: its head's past
    ("The company said it tried to settle the case on Friday.", WED, [("Friday", "2026-03-06")]),
    ("The rebels were forced to withdraw on Sunday.", WED, [("Sunday", "2026-03-08")]),
])
def test_the_same_verbs_told_as_past_stay_past(times, text, published, expected):
    assert times(text, published) == expected


# --- a season told from the time the text last named: "the following spring", "the previous winter" ---------------

@pytest.mark.parametrize("text, ref, value", [
    ("the following spring", "2023-05", "2024-SP"),   # May is past spring's start: the next year's
    ("the following spring", "2019-02", "2019-SP"),   # February: that year's spring is still to begin
    ("the following spring", "2019-03-01", "2020-SP"),  # the spring under way is not the following one
    ("the following winter", "2019", "2020-WI"),      # a year alone: after that year's end (Dec. 2019 is inside it)
    ("the following winter", "2019-05", "2019-WI"),   # December of the same year
    ("the following summer", "2019-W20", "2019-SU"),  # a week: from the month its Monday is in (May 13)
    ("the previous spring", "2019-10", "2019-SP"),
    ("the previous spring", "2019-04", "2018-SP"),    # the spring under way is not the previous one
    ("the previous winter", "2019-04", "2018-WI"),    # Dec. 2018 - Feb. 2019, ended before April
    ("the preceding autumn", "2019", "2018-FA"),      # a year alone: before that year's start
    ("the preceding autumn", "2019-12-20", "2019-FA"),  # ends Nov. 30, before December
    ("the previous winter", "2019", "2018-WI"),       # a year alone: the season of the year before (Dec. 2018 -)
    # a season, quarter, half or week named last: from the month it begins in
    ("the previous winter", "2004-SU", "2003-WI"),    # "the summer ... the previous winter": Dec. 2003 - Feb. 2004
    ("the following winter", "2004-SU", "2004-WI"),
    ("the previous winter", "2004-WI", "2003-WI"),
    ("the following winter", "2004-WI", "2005-WI"),
    ("the previous summer", "2004-Q3", "2003-SU"),    # Q3 begins in July, inside summer 2004: not ended
    ("the following summer", "2004-Q2", "2004-SU"),   # Q2 begins in April
    ("the previous spring", "2004-H2", "2004-SP"),    # H2 begins in July
    ("the following autumn", "2004-W20", "2004-FA"),  # week 20 of 2004 begins on May 10
    ("the following spring", "2004-W53", "2005-SP"),  # week 53 of 2004 begins on Dec. 27
    ("the following spring", "2005-W53", "2006-SP"),  # 2005 has no week 53: a year alone
    ("the previous winter", "2004-W01", "2002-WI"),   # week 1 of 2004 begins on Dec. 29, 2003, in winter 2003
    ("the following spring", "2000-W7", "2000-SP"),   # AQUAINT's unpadded week: Feb. 14
    ("the following autumn", "2004-W20-WE", "2004-FA"),  # a weekend: its week's
    ("the following spring", "2004-Q5", "2005-SP"),   # no month read: a year alone
    ("the following spring", "2004-13", "2005-SP"),
    ("the following spring", "2004-00", "2005-SP"),
    ("the following spring", "2004-01", "2004-SP"),   # January and December are months
    ("the previous autumn", "2004-12", "2004-FA"),
    ("the previous winter", "2019-01", "2017-WI"),    # in January the winter under way is 2018's
    # week 23 of 2004 begins on Monday May 31, spring's last day: spring 2004 has not ended before it, and summer
    # 2004 begins after it
    ("the previous spring", "2004-W23", "2003-SP"),
    ("the following summer", "2004-W23", "2004-SU"),
])
def test_an_anaphoric_season_counts_from_the_time_last_named(text, ref, value):
    import datetime as dt
    from newsgraph.timex import normalize
    assert normalize(text, dt.date(2026, 10, 2), "past", ref=ref).value == value


@pytest.mark.parametrize("text, expected", [
    ("The miners walked out in May 2023 and went back to work the following spring.",
     [("May 2023", "2023-05"), ("the following spring", "2024-SP")]),
    ("The levee broke in 2019. The following winter, it was rebuilt.",
     [("2019", "2019"), ("The following winter", "2020-WI")]),
    ("The dam cracked in October 2019; it had been finished the previous spring.",
     [("October 2019", "2019-10"), ("the previous spring", "2019-SP")]),
])
def test_the_following_or_previous_season_is_one_expression_told_from_the_date_before(times, text, expected):
    assert times(text, OCT) == expected


@pytest.mark.parametrize("text, expected", [
    # no time named before: the document date's, as "next spring" / "last spring"
    ("Exports will recover the following spring.", [("the following spring", "2027-SP")]),
    ("Exports fell the previous spring.", [("the previous spring", "2026-SP")]),
    # a season the words do not make anaphoric keeps the document date's reading
    ("The levee broke in 2019. Repairs will start next spring.", [("2019", "2019"), ("next spring", "2027-SP")]),
])
def test_without_an_anaphoric_word_or_a_time_before_the_document_date_counts(times, text, expected):
    assert times(text, OCT) == expected


# --- a clock time the tokenizer keeps as one token ("11.30pm", "7:30am"): a trigger of its own ---------------------

@pytest.mark.parametrize("text, expected", [
    ("The alarm went off at 11.30pm, police said.", [("11.30pm", "2026-03-11T23:30")]),
    ("The first blast came at 6.05am.", [("6.05am", "2026-03-11T06:05")]),
    ("The road stayed shut until 3:45pm.", [("3:45pm", "2026-03-11T15:45")]),
    ("The train left at 09.15am and stopped.", [("09.15am", "2026-03-11T09:15")]),
    ("By 12.45pm the square was empty.", [("12.45pm", "2026-03-11T12:45")]),
    ("The shop opened at 1:00am.", [("1:00am", "2026-03-11T01:00")]),
    # on the day named before it
    ("The wall gave way on Monday at 4.20am.", [("Monday", "2026-03-09"), ("4.20am", "2026-03-09T04:20")]),
])
def test_a_one_token_clock_time_is_found(times, text, expected):
    assert times(text, WED) == expected


@pytest.mark.parametrize("text", [
    "The index rose 2.35 points to 5,120.45.",
    "He finished the stage in 12.30.",
    "Shares closed at 13.30 pence.",
])
def test_a_decimal_number_is_no_clock(times, text):
    assert times(text, WED) == []
