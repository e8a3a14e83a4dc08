"""Session 36 (s36-tmiss): time expressions the times stage did not recognise, by the TIMEX3 value grammar (issue 13):
clock times said in words ("11 o'clock", "eight o'clock", "half past ten", "a quarter to six", "7 in the morning",
"eight o'clock at night": timex._r_spoken_clock), halves and quarters as financial reports abbreviate them ("Q1",
"Q4", "H2 2026": FIND_PATTERNS 52, timex._r_half_abbr), a decade's apostrophe plural coordinated after another one
("the 1960's and 1970's": timex.decade_plural, times._as_written), and a weekday inside a name after "the" ("The
Sunday Times": times._names_a_title). Own sentences, none from an evaluation corpus: scripts/timex_own_sets/
s36_families.tsv (labelled and committed before its first run) and s36_second.tsv (written after the fixes).
docs/accuracy.md "Session 36, s36-tmiss"."""

import datetime as dt
import pathlib
import re

import pytest

from newsgraph import timex
from newsgraph.times import _as_written, _count_before_part
from stageutil import checked

SETS = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "timex_own_sets"
MARK = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")
DAY = dt.date(2027, 4, 21)  # a Wednesday

# Cases of the first set the stage still gets wrong, each with the reason (strict: a fix shows as an XPASS failure)
OPEN = {
    "The ship was launched on 1 May, a day late.":
        "my label was wrong: the launch is past, so 1 May is 2026's (the stage's 2026-05-01 is right)",
    "Gunfire was heard overnight, residents said.":
        "'overnight' as the night before the document date was tried and dropped: it lowered the TimeML CHECK half",
    "A minute quantity of uranium was found.":
        "'minute' the adjective: the parser tags it a noun, so 'A minute' still reads as PT1M",
    # the second set (written after the fixes)
    "Police arrived at twenty to ten, a witness said.":
        "no trigger finds 'twenty to ten' when the parser does not tag it ('to' and hour words are too common)",
    "Workers walked out at 7 a.m..":
        "my sentence's doubled full stop: 'a.m..' is not read as a clock",
    "The 1990's budget and 2000's were both cut.":
        "my label (the year) against session 35's rule: 'the' before '1990's' makes it the decade",
    "The ceasefire held overnight.":
        "'overnight' left unread (dropped on the TimeML CHECK half)",
    "He scored twice in the second half.":
        "a half of a match, read as the year's second half: nothing tells the two apart in the sentence's words",
}


def load(name):
    """The rows of an own set: class, document date, text, and each marked expression's (start, end, value, type,
    mod) in the text."""
    rows = []
    for line in (SETS / name).read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cls, dct, raw = line.split("\t")
        text, marks, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            value, type_, mod = (m.group(2).split("|") + [None, None])[:3]
            marks.append((len(text), len(text) + len(m.group(1)), value, type_, mod))
            text += m.group(1)
            pos = m.end()
        text += raw[pos:]
        rows.append(pytest.param(cls, dct, text, marks, id=f"{cls}:{text[:40]}",
                                 marks=[pytest.mark.xfail(reason=OPEN[text], strict=True)] if text in OPEN else []))
    return rows


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published="2027-04-21"):
        return [(t.text, t.value, t.type, t.mod) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.fixture(scope="module")
def spans(pipeline):
    def run(text, published):
        return [(t.start, t.end, t.value, t.type, t.mod) for t in checked(pipeline, text, published=published).times]
    return run


def found(marks, got):
    """Each marked expression has a system one over it (the evaluator's relaxed span) with its value, type and mod."""
    return all(any(s < b and a < e and (v, ty) == (value, type_) and (mod is None or md == mod) for s, e, v, ty, md in got)
               for a, b, value, type_, mod in marks)


@pytest.mark.parametrize("cls, dct, text, marks", load("s36_families.tsv"))
def test_first_set(spans, cls, dct, text, marks):
    got = spans(text, dct)
    if not marks:  # (a sentence with no timex: "not", and "name" ones such as "The Sunday Telegraph ran ...")
        assert got == []
    assert found(marks, got), got


@pytest.mark.parametrize("cls, dct, text, marks", load("s36_second.tsv"))
def test_second_set(spans, cls, dct, text, marks):
    got = spans(text, dct)
    if not marks:  # (a sentence with no timex: "not", and "name" ones such as "The Sunday Telegraph ran ...")
        assert got == []
    assert found(marks, got), got


# --- the value of a clock said in words --------------------------------------------------------------------------

@pytest.mark.parametrize("words, value", [
    ("11 o'clock", "T11:00"),
    ("at eight o’clock", "T08:00"),
    ("twelve o'clock", "T12:00"),
    ("10.30 o'clock", "T10:30"),
    ("half past ten", "T10:30"),
    ("a quarter past nine", "T09:15"),
    ("quarter to six", "T05:45"),
    ("a quarter to one", "T12:45"),  # the hour before one is twelve, not zero
    ("twenty past eleven", "T11:20"),
    ("twenty-five to four", "T03:35"),
    ("five to twelve", "T11:55"),
    ("10 minutes past 9", "T09:10"),
    ("1 minute to 3", "T02:59"),
    ("7 in the morning", "T07:00"),
    ("12 in the morning", "T00:00"),
    ("3 in the afternoon", "T15:00"),
    ("12 in the afternoon", "T12:00"),
    ("six in the evening", "T18:00"),
    ("eight o'clock at night", "T20:00"),
    ("11 at night", "T23:00"),
    ("6 at night", "T18:00"),
    ("half past six in the evening", "T18:30"),
    ("a quarter to eight in the morning", "T07:45"),
])
def test_a_clock_said_in_words(words, value):
    got = timex.normalize(words, DAY, "past", day="2027-04-21")
    assert (got.value, got.type, got.granularity, got.relative) == ("2027-04-21" + value, "TIME", "time", False)


@pytest.mark.parametrize("words", ["half to six", "35 minutes to six", "0 minutes to six", "2 at night", "12 at night", "5 at night",
                                   "13 o'clock", "0 o'clock", "60 minutes past 9", "half past", "seven"])
def test_no_clock_in_words_that_name_none(words):
    got = timex.normalize(words, DAY, "past", day="2027-04-21")
    assert got is None or got.granularity != "time"


def test_a_clock_in_words_with_no_day_waits_for_one():
    assert timex.normalize("half past ten", DAY, "past").value == "XXXX-XX-XXT10:30"


@pytest.mark.parametrize("text, expected", [
    ("The vote closes at eight o'clock in the evening.", ("eight o'clock in the evening", "2027-04-21T20:00")),
    ("The shelling began around 11 at night.", ("around 11 at night", "2027-04-21T23:00")),
    ("They met at half past six in the evening on Monday.", ("half past six in the evening", "2027-04-19T18:30")),
    ("The banks reopen at 9 in the morning.", ("9 in the morning", "2027-04-21T09:00")),
])
def test_a_clock_said_in_words_in_running_text(times, text, expected):
    assert expected in [g[:2] for g in times(text)]


def test_a_count_before_in_the_morning_is_no_clock(times):
    assert [g[:2] for g in times("The storm killed 7 in the morning.")] == [("the morning", "2027-04-21TMO")]
    assert _count_before_part("killed 7 in the morning", 7, 23)
    assert _count_before_part("killed 7 at night", 7, 17)
    assert not _count_before_part("at 7 in the morning", 3, 19)


# --- quarters and halves abbreviated ---------------------------------------------------------------------------

@pytest.mark.parametrize("words, value", [
    ("H2 2026", "2026-H2"),
    ("2026 H1", "2026-H1"),
    ("the fiscal H2 2025", "2025-H2"),
    ("H1 of 2024", "2024-H1"),
    ("H2 of last year", "2026-H2"),
])
def test_a_half_abbreviated(words, value):
    got = timex.normalize(words, DAY, "past")
    assert (got.value, got.granularity) == (value, "half")


def test_a_half_abbreviated_without_a_year_is_the_latest_begun():
    assert timex.normalize("H1", DAY, "past").value == "2027-H1"
    assert timex.normalize("H2", DAY, "past").value == "2026-H2"  # (2027's second half begins in July)
    assert timex.normalize("H2", DAY, "future").value == "2027-H2"
    assert timex.normalize("H2", dt.date(2027, 7, 15), "past").value == "2027-H2"  # begun on July 1
    assert timex.normalize("H1", dt.date(2027, 6, 30), "past").value == "2027-H1"


@pytest.mark.parametrize("text, expected", [
    ("Profits rose in Q1, the bank said.", ("Q1", "2027-Q1")),
    ("Output fell in Q3 2026.", ("Q3 2026", "2026-Q3")),
    ("Output fell in 2025 Q4.", ("2025 Q4", "2025-Q4")),
    ("The lender lost money in H2 2026.", ("H2 2026", "2026-H2")),
    ("Sales in Q2 of last year were flat.", ("Q2 of last year", "2026-Q2")),
])
def test_a_quarter_or_half_abbreviated_in_running_text(times, text, expected):
    assert expected in [g[:2] for g in times(text)]


@pytest.mark.parametrize("text", ["Cases of H1N1 rose sharply.", "The Q1-2 line was closed.", "Take the Q3/Q4 exit.",
                                  "Officials found H2S in the tunnel."])
def test_an_abbreviation_running_on_is_no_period(text):
    assert not timex.FAMILY_RE["qabbr"].search(text)


# --- a decade's plural coordinated after another ---------------------------------------------------------------

@pytest.mark.parametrize("text, plural", [
    ("in the 1960's and 1970's", True),
    ("in the 1960’s or 1970’s", True),
    ("the 1950's, 1960's", True),
    ("from the 1960's to 1970's", True),
    ("the 1960's through 1970's", True),
    ("in 1960 and 1970's", False),   # no decade plural before it
    ("the 1960's and the 1975's", False),
    ("1960's budget and 1970's", False),  # only a decade plural right before the conjunction
])
def test_a_decade_plural_after_a_coordinated_one(text, plural):
    assert timex.decade_plural(text, len(text)) is plural


def test_as_written_reads_a_coordinated_decade_plural():
    text = "soared in the 1960's and 1970's."
    a = text.index("1970")
    assert _as_written(text, a, a + 6) == "1970s"
    assert _as_written("repeated 1990's mistakes", 9, 15) == "1990's"  # a year's possessive, as written
    assert _as_written("in 2004", 3, 7) == "2004"


@pytest.mark.parametrize("text, expected", [
    ("Inflation soared in the 1960's and 1970's.", [("the 1960's", "196"), ("1970's", "197")]),
    ("Rents rose in the 1950's, 1960's and 1970's.", [("the 1950's", "195"), ("1960's", "196"), ("1970's", "197")]),
    ("The mill repeated 1990's mistakes and 2000's too.", [("1990", "1990"), ("2000", "2000")]),
])
def test_coordinated_decades_in_running_text(times, text, expected):
    assert [g[:2] for g in times(text)] == expected


# --- a weekday inside a name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Sunday Times first reported the deal.", []),
    ("He told the Sunday Telegraph on Friday that he would quit.", [("Friday", "2027-04-16")]),
    ("Officials said Tuesday Smith had fled.", [("Tuesday", "2027-04-20")]),  # no "the": a weekday
])
def test_a_weekday_after_the_opening_a_name(times, text, expected):
    assert [g[:2] for g in times(text)] == expected


# --- a clock said with o'clock takes the day written next to it, as "3 p.m. Thursday" does ---------------------

@pytest.mark.parametrize("words, value", [
    ("3 o'clock on Thursday", "2027-04-15T03:00"),
    ("Friday at nine o'clock", "2027-04-16T09:00"),
    ("eleven o'clock Tuesday", "2027-04-20T11:00"),
])
def test_an_oclock_clock_on_a_named_day(words, value):
    got = timex.normalize(words, DAY, "past")
    assert (got.value, got.type) == (value, "TIME")


def test_about_or_around_opens_a_clock_in_words(times):
    assert ("about 4 in the afternoon", "2027-04-21T16:00", "TIME", "APPROX") in \
        times("The shooting began at about 4 in the afternoon.")


def test_as_written_reads_a_curly_apostrophe_decade_plural():
    text = "in the 1960’s and 1970’s"
    assert _as_written(text, 18, 24) == "1970s"


# `_names_a_title` on parses built by hand (words, tags, heads as given), so each guard is met exactly

def _doc(pipeline, words, pos, deps, heads):
    from types import SimpleNamespace

    from spacy.tokens import Doc

    return SimpleNamespace(doc=Doc(pipeline.nlp.vocab, words=words, pos=pos, deps=deps, heads=heads))


def test_names_a_title_needs_the_and_a_proper_noun_ending_the_name(pipeline):
    from newsgraph.times import _names_a_title

    the_times = _doc(pipeline, ["the", "Sunday", "Times", "said"], ["DET", "PROPN", "PROPN", "VERB"],
                     ["det", "compound", "nsubj", "ROOT"], [2, 2, 3, 3])
    assert _names_a_title(the_times, 4, 10)
    assert not _names_a_title(the_times, 0, 3)  # not a single weekday token after "the" ("the" itself)
    # the weekday first in the text: nothing before it (not the text's last token, read from the end)
    first = _doc(pipeline, ["Sunday", "Times", "said", "the"], ["PROPN", "PROPN", "VERB", "DET"],
                 ["compound", "nsubj", "ROOT", "dobj"], [1, 2, 2, 2])
    assert not _names_a_title(first, 0, 6)
    # the weekday last in the text: no word after it
    last = _doc(pipeline, ["on", "the", "Sunday"], ["ADP", "DET", "PROPN"], ["ROOT", "det", "pobj"], [0, 2, 0])
    assert not _names_a_title(last, 7, 13)
    # a weekday and a part of the day (two tokens) is no name's first word
    two = _doc(pipeline, ["the", "Sunday", "morning", "Times", "said"], ["DET", "PROPN", "NOUN", "PROPN", "VERB"],
               ["det", "compound", "compound", "nsubj", "ROOT"], [3, 3, 3, 4, 4])
    assert not _names_a_title(two, 4, 18)
    # nothing there (a range of whitespace)
    spaced = _doc(pipeline, ["the", "Sunday", "Times"], ["DET", "PROPN", "PROPN"], ["det", "compound", "ROOT"], [2, 2, 2])
    assert not _names_a_title(spaced, 3, 4)
