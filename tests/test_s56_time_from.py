"""Session 56, s56-time: a bare "from 2009" opens a stretch with no end, as "since 2009" and "from 2009 onwards" do,
so it dates no event told beside it (session 55's reader found a gas deal "over a 25 year period from 2009" as the
corpus's newest event, dated 2009). A "from X" a later time closes ("from March to May") is the first day of a
closed stretch and still dates. The time expression itself keeps its value: TimeML leaves "from" outside the
TIMEX3 as a signal. Our own sentences throughout.
"""
import pytest

from newsgraph.events.stage import _open_starts
from newsgraph.model import Document, TimeExpr

PUBLISHED = "2005-03-10"


def _events(pipeline, text, published=PUBLISHED):
    doc = pipeline.extract(text, published=published) if published else pipeline.extract(text)
    return doc, [(e.type, e.date.value if e.date else None, e.flags) for e in doc.events]


@pytest.mark.parametrize("words", ["from 2012", "From 2012", "from  2012", "from 1 March 2012", "from 2012 on",
                                   "from 2012 until the treaty lapses"])
def test_a_bare_from_dates_no_event(pipeline, words):
    doc, events = _events(pipeline, f"The pact between Chile and Peru foresees joint patrols {words}.")
    assert events == [("AGREE", PUBLISHED, [])]
    # the time keeps its value: only the event's date changes
    assert [t.value for t in doc.times if t.value and t.value.startswith("2012")] in (["2012"], ["2012-03-01"])


@pytest.mark.parametrize("words, date", [
    ("from 2012 to 2015", "2012"),
    ("from March 2012 until May 2013", "2012-03"),
    ("from 2012 through 2015", "2012"),
    ("from 2012 till 2015", "2012"),
])
def test_a_closed_range_is_dated_by_its_start(pipeline, words, date):
    _, events = _events(pipeline, f"The pact between Chile and Peru foresees joint patrols {words}.")
    assert events == [("AGREE", date, ["future"])]


def test_a_long_supply_deal_without_a_publication_date_is_undated(pipeline):
    # the reader's case in our own words: no publication date, so a dated deal would sort as the newest event
    text = ("Norway and Poland signed a gas deal. Under the agreement, Norway will supply Poland with three million "
            "tonnes of gas over a 20 year period from 2012.")
    doc, events = _events(pipeline, text, published=None)
    assert ("AGREE", None, []) in events
    assert all(date is None for _, date, _ in events)
    assert [t.value for t in doc.times] == ["P20Y", "2012"]


def _doc(text, spans):
    times = [TimeExpr(id=f"t{i}", start=a, end=b, text=text[a:b], value="2012", granularity="year", type="DATE")
             for i, (a, b) in enumerate(spans)]
    return Document(id="d", text=text, times=times)


def _spans(text, *words):
    out, pos = [], 0
    for w in words:
        a = text.index(w, pos)
        out.append((a, a + len(w)))
        pos = a + len(w)
    return out


@pytest.mark.parametrize("text, words, expected", [
    # "from" right before the time, no time after it: open
    ("patrols from 2012.", ["2012"], {0}),
    # "onwards" after the time opens it whatever comes before
    ("patrols in 2012 onwards.", ["2012"], {0}),
    # a time after a bound word closes the range: neither is open
    ("patrols from 2012 to 2015.", ["2012", "2015"], set()),
    ("patrols from 2012-2015.", ["2012", "2015"], set()),
    ("patrols from 2012 and 2015.", ["2012", "2015"], set()),
    ("patrols from 2012 \u2013 2015.", ["2012", "2015"], set()),
    ("patrols from 2012 thru 2015.", ["2012", "2015"], set()),
    ("patrols from 2012 TO 2015.", ["2012", "2015"], set()),
    # the time that closes it is the next one, not the text's last (nor the one before)
    ("patrols from 2012 to 2015, talks in 2018.", ["2012", "2015", "2018"], set()),
    ("talks in 2009, patrols from 2012 to 2015.", ["2009", "2012", "2015"], set()),
    # a later time not joined by a bound word leaves the first open
    ("patrols from 2012 and talks in 2015.", ["2012", "2015"], {0}),
    ("patrols from 2012, talks 2015.", ["2012", "2015"], {0}),
    # "from" must end right before the time, as a word of its own
    ("patrols from the border in 2012.", ["2012"], set()),
    ("far from it, 2012.", ["2012"], set()),
    ("therefrom 2012.", ["2012"], set()),
    ("patrols in 2012, from 2015.", ["2012", "2015"], {1}),
    # the first of a text, with "from" at its very start
    ("from 2012.", ["2012"], {0}),
    ("From 2012 to 2015.", ["2012", "2015"], set()),
])
def test_open_starts(text, words, expected):
    assert _open_starts(_doc(text, _spans(text, *words))) == expected


def test_from_is_looked_for_only_just_before_the_time():
    # eight characters back: "from" and a few spaces; further back it is another word's
    text = "from    2012."
    assert _open_starts(_doc(text, _spans(text, "2012"))) == {0}
    text = "from     2012."
    assert _open_starts(_doc(text, _spans(text, "2012"))) == set()


# --- a rate whose amount names what it counts: "200,000 barrels of oil a day" (TimeML: the "a day" is a SET) ---

from test_times_timebank import times  # noqa: E402,F401 (the fixture: (text, value, type) of a text's times)

DATE = "2027-11-17"


@pytest.mark.parametrize("text, expr, value", [
    ("The field pumps 200,000 barrels of oil a day.", "a day", "P1D"),
    ("The pipeline carries 10 billion cubic metres of gas a year.", "a year", "P1Y"),
    ("The pipeline carries 10 billion cubic metres a year.", "a year", "P1Y"),
    ("The mill grinds 500 tonnes of rice a month.", "a month", "P1M"),
    ("The fund pays out 3% of its assets a year.", "a year", "P1Y"),
    ("The state will sell two million tonnes of gas a year.", "a year", "P1Y"),
    ("The port handles 40 million tonnes of iron ore a year.", "a year", "P1Y"),
    ("Nurses earn 30,000 dollars a year before tax.", "a year", "P1Y"),
    ("The port handles 9 tonnes of grain per week.", "per week", "P1W"),
])
def test_an_amount_of_something_before_a_unit_makes_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [
    # so many things, then a stretch placing an event: no rate
    ("Rebels freed 3 hostages a week later.", "a week", "P1W"),
    ("Rebels freed 3 members of the family a day after the raid.", "a day", "P1D"),
    ("Rebels freed three hostages a day before the talks.", "a day", "P1D"),
    ("Rebels freed 3 hostages A week Later.", "A week", "P1W"),
    ("Police held 12 people an hour earlier.", "an hour", "PT1H"),
])
def test_a_count_before_a_placed_stretch_makes_no_set(times, text, expr, value):
    found = times(text, DATE)
    assert (expr, value, "DURATION") in found, found


def test_an_amount_too_far_back_makes_no_rate(times):
    # the amount's last digit must lie within 45 characters of the unit: here the "of" phrase is too long to read
    found = times("Farms grow 5 million tonnes of rice and wheat and maize and barley a year.", DATE)
    assert ("a year", "P1Y", "DURATION") in found, found


@pytest.mark.parametrize("amount, kind", [
    # from the amount's last digit to the unit: 45 characters are read, 46 are not
    ("5 million cubic metres of fresh spring water", "SET"),
    ("5 million cubic metres of cooled spring water", "DURATION"),
])
def test_the_rate_window_is_45_characters(times, amount, kind):
    found = times(f"The plant bottles {amount} a year.", DATE)
    assert ("a year", "P1Y", kind) in found, found


def test_as_many_units_is_a_duration_of_granularity_duration(pipeline):
    # the length "as many days" counts is a duration in every field a reader sees, granularity included
    doc = pipeline.extract("It was the third attack in as many days.", published=DATE)
    assert [(t.value, t.type, t.granularity, t.mod) for t in doc.times] == [("P3D", "DURATION", "duration", None)]
