"""Session 49 (s49-tspeed): the times stage reads less and gives what it gave. An item's tense is read only where a
later pass reads it (`_tense_read`), a year's only once the inference will ask (`_years_told`), and `in_a_name` skips
its searches where no word it looks for is written. Each is checked against the long way (every tense read; the old
`in_a_name` written out as it stood at 4ac09d88). Our own sentences."""

import re

import pytest

from newsgraph import times
from newsgraph.timex import Norm

# --- which items have their tense read --------------------------------------------------------------------------


@pytest.mark.parametrize("norm, need_all, read", [
    (Norm(None, "day", relative=True, weekday=4), False, True),  # a weekday: its value and the report links
    (Norm(None, "month", relative=True), False, True),  # "in March": the value is told by the tense
    (Norm("XXXX-XX-XXT10:00", "time", "TIME"), False, True),  # a clock: `_clock_days` reads it
    (Norm("2004-03-03", "day"), True, True),  # an absolute day: the inference's `dated`
    (Norm("2004-03-03", "day"), False, False),  # ... which runs only without a publication date
    (Norm("2004-03-03", "day", "DURATION"), True, False),  # (a day's value that is no DATE: not dated)
    (Norm("2005", "year"), True, False),  # a year: read later, and only if the text dates a day (`_years_told`)
    (Norm("P3Y", "duration", "DURATION"), True, False),
    (Norm("P1Y", "set", "SET"), True, False),
    (Norm("PAST_REF", "past"), True, False),
])
def test_the_tense_is_read_where_a_later_pass_reads_it(norm, need_all, read):
    assert times._tense_read(norm, need_all) is read


def _items():
    year = (10, 14, Norm("2005", "year"), None, "body", False)
    span = (20, 27, Norm("P3Y", "duration", "DURATION"), None, "body", False)
    day = (30, 40, Norm("2004-03-03", "day"), "past", "body", False)
    return year, span, day


def test_a_years_tense_is_read_once_a_day_is_dated(monkeypatch):
    calls = []
    monkeypatch.setattr(times, "_told", lambda text, parse, a, b, told, norm, kind, need_all:
                        calls.append((a, told, norm, kind, need_all)) or ("past", True))
    year, span, day = _items()
    got = times._years_told("text", None, [year, span, day], True)
    assert got == [(10, 14, year[2], "past", "body", True), span, day]  # the year alone, its place kept
    assert calls == [(10, year[2], year[2], "body", True)]


@pytest.mark.parametrize("items, need_all", [
    ("year span", True),  # no absolute day: the inference stops before asking a year's tense
    ("year span day", False),  # a publication date given: no inference
])
def test_a_years_tense_is_not_read_where_no_one_asks(monkeypatch, items, need_all):
    monkeypatch.setattr(times, "_told", lambda *args: pytest.fail("read"))
    year, span, day = _items()
    chosen = [{"year": year, "span": span, "day": day}[k] for k in items.split()]
    assert times._years_told("text", None, chosen, need_all) == chosen


# the long way: every item's tense read as it is read (before session 49)
TEXTS = [
    # a dated day, then a later year told in the past: the inference's second step reads the year's tense
    "The parliament of Orvania approved the budget on March 3, 2004. In 2005 the ministry raised taxes twice, and for "
    "three years prices have climbed. Officials said on Monday they would meet again next week at 10 a.m.",
    # a weekday told in the past after a dated day: the inference's third step
    "The harbour of Velmora reopened on June 2, 2011, a port official said. Ships left on Thursday; the annual fair "
    "lasts four days and has been held every spring since 1998.",
    # no day dated: nothing to infer from, the years' tense never asked
    "Trade between the two kingdoms fell in 2009 and has recovered only recently. The treaty of 1999 is now under "
    "review, and a vote is expected within weeks, possibly tomorrow morning.",
    "Tolvan Radio said the minister, who resigned last month, would speak at noon on Friday. The talks, set for "
    "Sunday, were moved to Monday after a long weekend of protests that began in the autumn of 2019.",
]


@pytest.mark.parametrize("published", [None, "2012-06-08"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_stage_gives_what_the_long_way_gives(pipeline, monkeypatch, text, published):
    short = pipeline.extract(text, published=published)
    with monkeypatch.context() as m:
        m.setattr(times, "_tense_read", lambda norm, need_all: True)
        long = pipeline.extract(text, published=published)
    assert [(t.start, t.end, t.value, t.type, t.mod) for t in short.times] == \
        [(t.start, t.end, t.value, t.type, t.mod) for t in long.times]
    assert (short.published.value, short.published.basis) == (long.published.value, long.published.basis)


def test_a_later_year_told_in_the_past_still_stops_the_inference(pipeline):
    """The case `_years_told` keeps: without the year's tense the inference would take the dated day."""
    doc = pipeline.extract(TEXTS[0])
    assert doc.published.value is None and "'2005'" in doc.published.basis


# --- in_a_name: the old function, and the new one, over every span of a few texts ---------------------------------


def _in_a_name_long_way(text: str, a: int, b: int) -> bool:
    """times.in_a_name as it stood at 4ac09d88."""
    if times._HOLIDAY_NAME.search(text, a, b):
        return False
    if text.startswith("March", a) and b == a + 5 and times._A_MARCH.match(text, a):
        before = times._WORD.findall(text, max(0, a - 20), a)
        return not before or before[-1].lower() not in times._MONTH_PREPS
    words = list(times._WORD.finditer(text, a, b))
    for i, m in enumerate(words):
        w = m.group()
        if not (w[0].isupper() and w[1:].islower()):
            continue
        if w.lower() not in times._LOWER_TIME_WORDS and not (w == "Week" and i and words[i - 1].group() in times._DEICTIC):
            continue
        if i > 0 or m.start() > a:
            return True
        before = list(times._WORD.finditer(text, max(0, a - 30), a))
        if before and before[-1].end() + 1 == a and text[a - 1] == " " and before[-1].group()[0].isupper():
            return True
    return False


NAME_TEXTS = [
    "She watched 60 Minutes and This Week, then the film High Noon on VOA Today.",
    "The annual March for Life passed in March, before New Year's Eve and Christmas Day.",
    "Thanksgiving Day fell on a Thursday; the Morning Star and Evening Standard ran it. Last Week Tonight aired.",
    "In the Summer Palace the Spring Festival Gala began at Midnight, not at noon: a Quarter of a Century later.",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_in_a_name_is_the_long_ways_for_every_span(text):
    starts = [0] + [m.end() for m in re.finditer(r"\W", text)]
    for a in starts:
        for b in range(a + 1, min(len(text), a + 30) + 1):
            assert times.in_a_name(text, a, b) == _in_a_name_long_way(text, a, b), (text[a:b])


@pytest.mark.parametrize("phrase, named", [
    ("High Noon", True), ("60 Minutes", True), ("This Week", True), ("March", True),
    ("New Year's Eve", False), ("Thursday", False), ("in March", False),
])
def test_in_a_name_still_finds_names(phrase, named):
    text = NAME_TEXTS[0] + " " + NAME_TEXTS[1] + " " + NAME_TEXTS[2]
    a = text.index(phrase)
    assert times.in_a_name(text, a, a + len(phrase)) is named


def test_in_a_name_words_are_the_capitalised_time_words():
    """The gate's words are exactly those the word test can find: each lower-case time word capitalised, and "Week"."""
    found = set(times._TITLE_TIME_WORD.pattern.split("|"))
    assert found == {w.capitalize() for w in times._LOWER_TIME_WORDS} | {"Week"}
