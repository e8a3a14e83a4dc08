"""Session 33 (s33-time): the week a day closes ("the week to Friday", "the week ended June 5"), market and statistics
usage (docs/accuracy.md "Session 33, s33-time"; scripts/timex_own_sets/s33_frequent.tsv and s33_weeks.tsv, labelled
from the TimeML guidelines before any run). "the week" is marked apart from the day that closes it, as TimeBank
marks "the quarter" and "the six months" apart from the "Sept. 30" that ends them, with the ISO week that holds most
of the seven days the day closes: the week of the day three days before it (`times._closing_weeks`). The day keeps
its own reading (a bare weekday by the tense of its clause).

A length said as a "-long" adjective with no count before it ("the week-long festival", "a months-long standoff") is a
DURATION of one unit, or of an unsaid count for a plural (`timex._r_unit_long`).

Own sentences, none from an evaluation corpus. On 8f652d78's code every "the week" case here fails (no "the week"
was output at all), and 11 of the 19 "-long" cases (the ones without a count, and a plural after "a"); the day values
and the negatives pass there too and pin what stays."""

import pytest

from stageutil import checked

DATE = "2026-06-10"  # a Wednesday of ISO week 24: last Friday 06-05 (week 23), next Sunday 06-14 (week 24)


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, published, week, day", [
    # a past clause: the last such day, and the week it closed
    ("Oil fell 4% in the week to Friday.", DATE, "2026-W23", ("Friday", "2026-06-05")),
    ("Bond yields rose in the week ending Friday.", DATE, "2026-W23", ("Friday", "2026-06-05")),
    ("Copper rose 3% in the week ended on Friday.", DATE, "2026-W23", ("Friday", "2026-06-05")),
    ("The fund took in $2 billion in the week through Thursday.", DATE, "2026-W23", ("Thursday", "2026-06-04")),
    ("Attendance fell in the week ending Sunday.", DATE, "2026-W23", ("Sunday", "2026-06-07")),
    # a future clause: the coming day, and the week it will close
    ("Sales are forecast to rise in the week to Sunday.", DATE, "2026-W24", ("Sunday", "2026-06-14")),
    # a date in either order, with or without its year
    ("Mortgage approvals fell in the week to June 5.", DATE, "2026-W23", ("June 5", "2026-06-05")),
    ("Footfall fell 2% in the week to 6 June.", DATE, "2026-W23", ("6 June", "2026-06-06")),
    ("The index rose 2% in the week ended Oct. 13, 2025.", DATE, "2025-W41", ("Oct. 13, 2025", "2025-10-13")),
    # told on the Sunday and the Monday after: the same week 24
    ("Prices rose in the week to Friday.", "2026-06-14", "2026-W24", ("Friday", "2026-06-12")),
    ("Shares fell 3% in the week to Friday.", "2026-06-15", "2026-W24", ("Friday", "2026-06-12")),
    ("The pound gained in the week ended Saturday.", "2026-06-15", "2026-W24", ("Saturday", "2026-06-13")),
    # across a year end: ISO years (2026 has 53 weeks; Dec. 31, 2025 lies in ISO week 1 of 2026)
    ("Card spending rose in the week to 1 January.", "2027-01-05", "2026-W53", ("1 January", "2027-01-01")),
    ("Claims fell in the week ended Dec. 31, 2025.", "2027-01-05", "2025-W52", ("Dec. 31, 2025", "2025-12-31")),
    # a week to a Wednesday (Thursday to Wednesday) lies mostly in the ISO week before the Wednesday's
    ("Sales fell in the week to June 3.", DATE, "2026-W22", ("June 3", "2026-06-03")),
    ("Sales fell in the week to June 4.", DATE, "2026-W23", ("June 4", "2026-06-04")),
    # a capital "The" and a line break inside the cue
    ("The week to Friday was calm.", DATE, "2026-W23", ("Friday", "2026-06-05")),
    ("Oil fell in the week\nto Friday.", DATE, "2026-W23", ("Friday", "2026-06-05")),
])
def test_the_week_a_day_closes_is_that_iso_week_beside_the_day(times, text, published, week, day):
    found = times(text, published)
    assert ("the week" if "The week" not in text else "The week", week) in found, found
    assert day in found, found
    assert len(found) == 2, found


@pytest.mark.parametrize("text, found", [
    # "to" belongs to the verb: a possessive day is the owner of a thing, not the end of the week
    ("The minister gave the week to Friday's summit a name.", [("Friday", "2026-06-05")]),
    # no day after the cue
    ("Organisers devoted the week to charity events.", []),
    # another unit, or "week" inside a longer word: not this rule
    ("Prices rose in the month to June 5.", [("June 5", "2026-06-05")]),
    ("Turnout fell in the midweek to Friday.", [("Friday", "2026-06-05")]),
    ("Turnout fell in the two-week period to Friday.", [("two-week", "P2W"), ("Friday", "2026-06-05")]),
    # other week wordings as before
    ("The summit is set for the week of June 22.", [("the week of June 22", "2026-W26")]),
    ("Jobless claims fell from the previous week.", [("the previous week", "2026-W23")]),
])
def test_what_is_no_week_closed_by_a_day_stays_as_it_was(times, text, found):
    assert times(text) == found


# --- a length said as a "-long" adjective (scripts/timex_own_sets/s33_long.tsv): TimeML marks a length that
# qualifies a noun as a DURATION, as it marks "a two-year contract"; with no count before it the unit is one, a
# plural an unsaid count ("decades-long": PXY, as TimeBank writes it). `timex._r_unit_long`, FIND_PATTERNS[49].

@pytest.mark.parametrize("text, found", [
    ("The week-long festival closed on Sunday.", [("week-long", "P1W"), ("Sunday", "2026-06-07")]),
    ("The year-long inquiry found no wrongdoing.", [("year-long", "P1Y")]),
    ("Its month-long strike is over.", [("month-long", "P1M")]),
    ("The peso's decade-long peg was dropped.", [("decade-long", "P10Y")]),
    ("Ministers sat through an hour-long speech.", [("hour-long", "PT1H")]),
    ("The day-long hearing was adjourned.", [("day-long", "P1D")]),
    ("The centuries-long rivalry goes on.", [("centuries-long", "PXY")]),
    ("A Week-long curfew was imposed.", [("Week-long", "P1W")]),
    # a plural after the noun's article: the article is the noun's ("a standoff"), the count unsaid
    ("After a months-long standoff, the army withdrew.", [("months-long", "PXM")]),
    ("A years-long feud ended.", [("years-long", "PXY")]),
    # the whole adjective, also after "in the" (not the stretch "the decades" of "in the decades ahead")
    ("Talks resumed in the decades-long conflict.", [("decades-long", "PXY")]),
    ("In the weeks-long siege, food ran out.", [("weeks-long", "PXW")]),
    # with a count the length pattern takes it whole, as before
    ("Workers began a week-long strike.", [("week-long", "P1W")]),
    ("The two-week-long trial ended.", [("two-week-long", "P2W")]),
    # no time: a length of space, a "long" that is no suffix, a stretch in the plural
    ("Drivers waited in a mile-long queue.", []),
    ("She is a life-long friend.", []),
    ("The long week of talks ended without a deal.", []),
    ("In the years that followed, he wrote.", [("years", "PXY")]),
    ("Over the years, prices rose.", [("years", "PXY")]),
])
def test_a_length_said_as_a_long_adjective_is_a_duration(times, text, found):
    assert times(text) == found
