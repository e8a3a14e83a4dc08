"""times.py's helpers one by one, with hand-made inputs and spaCy `Doc`s built with fixed heads and
tags (no parser in the way): written to kill the mutants `scripts/mutate.py times` left alive
(docs/testing.md, session 4)."""

import pytest

from newsgraph.times import _trim


def _trimmed(text, start=0, end=None):
    a, b = _trim(text, start, len(text) if end is None else end)
    return text[a:b]


# --- _trim: a candidate span shrunk past edge punctuation, prepositions and a possessive 's ---------

@pytest.mark.parametrize("text, out", [
    ("  (on Monday), ", "Monday"),
    ("“Monday”", "Monday"),
    ("in and on Monday", "Monday"),  # several leading prepositions
    ("During March", "March"),  # in any case
    ("between 2001 and 2003", "2001 and 2003"),
    ("from 2001 to 2003", "2001 to 2003"),
    ("at noon", "noon"),
    ("at least three days", "at least three days"),  # a modifier, not the preposition
    ("At most two weeks", "At most two weeks"),
    ("on", "on"),  # nothing after it: kept
    ("Monday's", "Monday"),
    ("Monday’s", "Monday"),
    ("the year's.", "the year"),
    ("10 a.m.", "10 a.m."),
    ("10 p.m.,", "10 p.m."),
    ("10 A.M.", "10 A.M."),
    ("March 3.", "March 3"),
    ("March 3 and", "March 3"),
    ("Monday and Tuesday or", "Monday and Tuesday"),
    ("2003 -", "2003"),
    ("2003 – ,", "2003"),
    ("the end of", "the end"),
    ("Monday of and to", "Monday"),  # up to three trailing joiners
    ("Monday, Tuesday", "Monday, Tuesday"),
    ("Monday to Friday", "Monday to Friday"),
    ("to", "to"),
    ("(Monday)", "Monday"),
    ("'90s", "90s"),
    ("", ""),
])
def test_trim(text, out):
    assert _trimmed(text) == out


def test_trim_inside_a_longer_text_keeps_offsets():
    text = "He left on Monday, he said. Talks begin at 10 a.m. tomorrow."
    a = text.index("on Monday")
    assert _trim(text, a, a + len("on Monday,")) == (a + 3, a + 9)
    b = text.index("at 10")
    assert text.__getitem__(slice(*_trim(text, b, b + len("at 10 a.m.")))) == "10 a.m."
    # a span that ends before the text does: the characters after it are not looked at
    c = text.index("Monday")
    assert _trim(text, c, c + 6) == (c, c + 6)


def test_trim_lead_word_needs_its_space_inside_the_span():
    text = "on Monday"
    assert _trim(text, 0, 2) == (0, 2)  # "on" alone: the space after it is outside the span
    assert _trim(text, 0, 3) == (3, 3)  # "on ": a preposition and nothing after it, nothing left


# --- _nearby_day: the day a bare clock time is on -------------------------------------------------

from newsgraph.model import Document, Published, Section  # noqa: E402
from newsgraph.timex import Norm, normalize  # noqa: E402
from newsgraph.times import _nearby_day, infer_published, published_from_line  # noqa: E402


def _spans(text, *phrases):
    """items (start, end) of each phrase (its first occurrence after the previous one) and their Norms."""
    items, at = [], 0
    for p in phrases:
        a = text.index(p, at)
        items.append((a, a + len(p)))
        at = a + len(p)
    return items


def _day(v):
    return Norm(v, "day")


CLOCK = Norm("T10:00", "time", "TIME")


@pytest.mark.parametrize("text, phrases, norms, i, day", [
    ("at 10am on Monday", ("10am", "Monday"), (CLOCK, _day("2026-01-19")), 0, "2026-01-19"),
    ("at 10am, Monday", ("10am", "Monday"), (CLOCK, _day("2026-01-19")), 0, "2026-01-19"),
    ("at noon today", ("noon", "today"), (CLOCK, _day("2026-01-19")), 0, "2026-01-19"),
    ("at 10am of Monday", ("10am", "Monday"), (CLOCK, _day("2026-01-19")), 0, "2026-01-19"),
    # a day after it but not right after: not its day
    ("at 10am, before Monday", ("10am", "Monday"), (CLOCK, _day("2026-01-19")), 0, None),
    # a month after it is not a day
    ("at 10am in March", ("10am", "March"), (CLOCK, Norm("2026-03", "month")), 0, None),
    # the last day named shortly before it in the same line
    ("Monday at 10am", ("Monday", "10am"), (_day("2026-01-19"), CLOCK), 1, "2026-01-19"),
    ("On Monday, officials met at 10am", ("Monday", "10am"), (_day("2026-01-19"), CLOCK), 1, "2026-01-19"),
    ("Monday, then March, then 10am", ("Monday", "March", "10am"),
     (_day("2026-01-19"), Norm("2026-03", "month"), CLOCK), 2, "2026-01-19"),  # past a month to a day
    ("Monday.\nAt 10am", ("Monday", "10am"), (_day("2026-01-19"), CLOCK), 1, None),  # another line
    ("Monday" + " " * 37 + "at 10am", ("Monday", "10am"), (_day("2026-01-19"), CLOCK), 1, "2026-01-19"),  # 40 apart
    ("Monday" + " " * 38 + "at 10am", ("Monday", "10am"), (_day("2026-01-19"), CLOCK), 1, None),  # 41 apart
    ("Monday, when at 10am on Friday", ("Monday", "10am", "Friday"),
     (_day("2026-01-19"), CLOCK, _day("2026-01-23")), 1, "2026-01-23"),  # the day after it first
    ("at 10am", ("10am",), (CLOCK,), 0, None),
    ("PAST_REF at 10am", ("PAST_REF", "10am"), (Norm("PAST_REF", "past"), CLOCK), 1, None),
    ("2026-01-19TMO, at 10am", ("2026-01-19TMO", "10am"), (Norm("2026-01-19TMO", "part_of_day", "TIME"), CLOCK), 1, None),
])
def test_nearby_day(text, phrases, norms, i, day):
    assert _nearby_day(_spans(text, *phrases), list(norms), i, text) == day


# --- infer_published: the document date from the text's own dates --------------------------------

def _items(*specs):
    return [(text, normalize(text), tense, kind) for text, tense, kind in specs]


@pytest.mark.parametrize("specs, value", [
    ((("May 2, 2024", "past", "body"), ("April 30, 2024", None, "body")), "2024-05-02"),
    ((("May 2, 2024", "present", "body"),), None),  # a present-tense date in the body may be ahead
    ((("May 2, 2024", "present", "caption"),), "2024-05-02"),
    ((("2024-05-02", "past", "body"),), "2024-05-02"),
    ((("10am", "past", "body"),), None),  # a clock time is no date
    ((("May 2, 2024", "past", "body"), ("1994", "past", "body")), "2024-05-02"),  # an earlier year
    ((("May 2, 2024", "past", "body"), ("2025", "past", "body")), None),  # a later year told in the past
    ((("May 2, 2024", "past", "body"), ("June 2024", "past", "body")), None),
    ((("May 2, 2024", "past", "body"), ("May 2024", "past", "body")), "2024-05-02"),  # its own month began before
    ((("May 2, 2024", "past", "body"), ("the 2020s", "past", "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("2025", "future", "body")), "2024-05-02"),  # a year ahead, in the future
    ((("May 2, 2024", "past", "body"), ("2025", None, "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("before 2025", "past", "body")), "2024-05-02"),  # a bound, not an event
    ((("May 2, 2024", "past", "body"), ("since 2025", "past", "body")), "2024-05-02"),
    # 2 May 2024 was a Thursday
    ((("May 2, 2024", "past", "body"), ("Thursday", "past", "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("Friday", "past", "body")), "2024-05-03"),
    ((("May 2, 2024", "past", "body"), ("Wednesday", "past", "body")), "2024-05-08"),  # the Wednesday after it
    ((("May 2, 2024", "past", "body"), ("Wednesday", None, "body")), "2024-05-08"),
    ((("May 2, 2024", "past", "body"), ("Saturday", "past", "body"), ("Sunday", "past", "body")), "2024-05-05"),
    ((("May 2, 2024", "past", "body"), ("Sunday", "future", "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("Sunday", "present", "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("last Sunday", "past", "body")), "2024-05-02"),  # not a bare weekday
])
def test_infer_published(specs, value):
    got = infer_published(_items(*specs))
    assert (got.value, got.inferred) == (value, True)


def test_infer_published_says_why():
    assert "no absolute day date" in infer_published(_items(("2024", "past", "body"))).basis
    got = infer_published(_items(("May 2, 2024", "past", "body"), ("2025", "past", "body")))
    assert "'May 2, 2024'" in got.basis and "'2025'" in got.basis
    got = infer_published(_items(("May 2, 2024", "past", "body"), (" Friday ", "past", "body")))
    assert "'May 2, 2024'" in got.basis and "'Friday'" in got.basis and got.value == "2024-05-03"
    assert "no past-tense weekday" in infer_published(_items(("May 2, 2024", "past", "body"))).basis


@pytest.mark.parametrize("specs, value", [
    # a month or month-day without its year beside the dated day: another year (news style), or a later event
    ((("Aug. 10, 1988", "past", "body"), ("Oct. 20", "past", "body")), None),
    ((("Aug. 7, 1998", "past", "body"), ("April", "past", "body"), ("Monday", "past", "body")), None),
    ((("May 2, 2024", "past", "body"), ("early June", "past", "body")), None),
    ((("May 2, 2024", "past", "body"), ("2 May", "past", "body")), "2024-05-02"),  # the dated day again
    ((("Sept. 11, 2001", "past", "body"), ("Sept. 11", None, "body")), "2001-09-11"),
    ((("Sept. 11, 2001", "past", "body"), ("Sept. 12", None, "body")), None),  # another day of that month
    ((("Feb. 29, 2024", "past", "body"), ("Feb. 29", None, "body")), "2024-02-29"),  # a leap day repeated
    ((("May 2, 2024", "past", "body"), ("last month", "past", "body")), "2024-05-02"),  # no month named
    ((("May 2, 2024", "past", "body"), ("yesterday", "past", "body")), "2024-05-02"),
    ((("May 2, 2024", "past", "body"), ("Friday", "past", "body")), "2024-05-03"),  # a weekday is no month
    # a caption's full date is its style, not a sign of another year: the month beside it does not block
    ((("January 19, 2026", None, "caption"), ("the end of December", "past", "body"), ("Sunday", "past", "body")),
     "2026-01-25"),
    ((("January 19, 2026", None, "caption"), ("January 21, 2026", "past", "body"), ("December", "past", "body")),
     None),  # the latest dated day is the body's
])
def test_infer_published_yearless_month(specs, value):
    got = infer_published(_items(*specs))
    assert (got.value, got.inferred) == (value, True)


def test_infer_published_yearless_month_says_which():
    got = infer_published(_items(("Aug. 10, 1988", "past", "body"), (" Oct. 20 ", "past", "body")))
    assert "'Oct. 20' names a month without its year beside 'Aug. 10, 1988'" in got.basis


# --- published_from_line: a dated 'Published' line ------------------------------------------------

def _doc_with(*sections):
    text = "\n".join(s[1] for s in sections)
    secs, at = [], 0
    for kind, line, attrs in sections:
        secs.append(Section(kind=kind, start=at, end=at + len(line), text=line, attrs=attrs))
        at += len(line) + 1
    return Document(text=text, sections=secs)


@pytest.mark.parametrize("sections, value", [
    ((("published", "Published: January 19, 2026", {"value_text": "January 19, 2026"}),), "2026-01-19"),
    ((("published", "Updated 19/01/2026 10:00", {"value_text": "19/01/2026 10:00"}),), "2026-01-19"),
    ((("published", "Published 2026-01-19T10:00:00Z", {"value_text": "2026-01-19T10:00:00Z"}),), "2026-01-19"),
    ((("published", "Published: Jan 19", {"value_text": "Jan 19"}),), None),  # no year: not read against the clock
    ((("published", "Updated 2 hours ago", {"value_text": "2 hours ago"}),), None),
    ((("published", "Published", {}),), None),
    ((("body", "January 19, 2026", {"value_text": "January 19, 2026"}),), None),  # not a published line
    ((("published", "Published: January 2026", {"value_text": "January 2026"}),
      ("published", "Updated: January 20, 2026", {"value_text": "January 20, 2026"})), "2026-01-20"),
    ((("published", "Published: January 19, 2026", {"value_text": "January 19, 2026"}),
      ("published", "Updated: January 20, 2026", {"value_text": "January 20, 2026"})), "2026-01-19"),  # the first
])
def test_published_from_line(sections, value):
    got = published_from_line(_doc_with(*sections))
    if value is None:
        assert got is None
    else:
        assert (got.value, got.inferred) == (value, False)
        assert got.basis.startswith("dated line ")


def test_published_from_line_names_the_line():
    got = published_from_line(_doc_with(("published", " Published: January 19, 2026 ", {"value_text": "January 19, 2026"})))
    assert got.basis == "dated line 'Published: January 19, 2026'"


# --- pattern_spans / date_entities: candidates from the token arrays -------------------------------

_BLANK = []


def _cols(text, ents=()):
    """token_columns of a blank-English Doc of `text` with the given (phrase, label) entities set."""
    import spacy

    from newsgraph.times import token_columns

    if not _BLANK:
        _BLANK.append(spacy.blank("en"))
    doc = _BLANK[0](text)
    doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label=label) for w, label in ents]
    return token_columns(doc)


def _found(text, ents=()):
    from newsgraph.times import pattern_spans

    return [text[a:b] for a, b in pattern_spans(text, _cols(text, ents))]


@pytest.mark.parametrize("text, ents, spans", [
    ("He left on Monday.", (), ["Monday"]),
    ("last Monday morning he", (), ["last Monday morning"]),  # "morning" is inside the first match: not again
    ("at 10 a.m. on Tuesday", (), ["10 a.m.", "Tuesday"]),
    ("She said three days ago that", (), ["three days ago"]),
    ("during the 1990s", (), ["the 1990s"]),
    ("Christmas Eve 2019", (), ["Christmas Eve 2019"]),
    ("In fiscal 2024 the", (), ["fiscal 2024"]),
    ("a total of 1500 troops", (), ["1500"]),  # "of 1500": the year inside, not the preposition
    ("a total of 1500 troops", (("1500", "CARDINAL"),), []),  # a count is not a year
    ("It cost 2003 dollars", (("2003", "MONEY"),), []),
    ("It ended in May.", (), ["May"]),
    ("Theresa May said", (), []),  # a capitalised "May" alone after a name is not a month
    ("May we go", (), []),
    ("on Monday and Tuesday", (("Monday", "DATE"), ("Tuesday", "DATE")), ["Monday", "Tuesday"]),
    ("", (), []),
    ("nothing to see here", (), []),
    ("Monday he left", (), ["Monday"]),  # a trigger at the very start
    ("in May we met", (), ["May"]),  # "in" at the very start still allows a bare "May"
    ("It starts at 9pm.", (), ["9pm"]),  # three characters, but not "May"
])
def test_pattern_spans(text, ents, spans):
    assert _found(text, ents) == spans


@pytest.mark.parametrize("text, ents, spans", [
    ("It rose in 2003 and 2004", (("2003 and 2004", "DATE"),), ["2003 and 2004"]),
    ("on Monday and Tuesday", (("Monday", "DATE"), ("Tuesday", "DATE")), ["Monday", "Tuesday"]),
    ("on Monday Tuesday", (("Monday", "DATE"), ("Tuesday", "TIME")), ["Monday", "Tuesday"]),  # two kinds: two
    ("on Monday Tuesday", (("Monday", "DATE"), ("Tuesday", "DATE")), ["Monday", "Tuesday"]),  # two entities
    ("at 10 a.m. sharp", (("10 a.m.", "TIME"),), ["10 a.m."]),
    ("Paris in 2003", (("Paris", "GPE"), ("2003", "DATE")), ["2003"]),
    ("", (), []),
])
def test_date_entities(text, ents, spans):
    from newsgraph.times import date_entities

    assert [text[a:b] for a, b in date_entities(_cols(text, ents))] == spans


# --- clause_tense: the tense of the verb an expression hangs on -----------------------------------

def _parse(tokens, spaces=None):
    """tokens: (word, head index, dep, tag, pos, lemma) -> a Parse over a Doc with exactly that tree."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.nlp import Parse

    if not _BLANK:
        _BLANK.append(spacy.blank("en"))
    words, heads, deps, tags, pos, lemmas = zip(*tokens)
    doc = Doc(_BLANK[0].vocab, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps), tags=list(tags),
              pos=list(pos), lemmas=list(lemmas))
    return Parse(doc=doc, sections=[])


def _tense(tokens, phrase):
    from newsgraph.times import clause_tense

    p = _parse(tokens)
    a = p.doc.text.index(phrase)
    return clause_tense(p, a, a + len(phrase))


HE = ("he", 1, "nsubj", "PRP", "PRON", "he")
MET_ON_SUNDAY = [HE, ("met", 1, "ROOT", "VBD", "VERB", "meet"), ("on", 1, "prep", "IN", "ADP", "on"),
                 ("Sunday", 2, "pobj", "NNP", "PROPN", "Sunday")]
WILL_MEET_ON_SUNDAY = [("he", 2, "nsubj", "PRP", "PRON", "he"), ("will", 2, "aux", "MD", "AUX", "will"),
                       ("meet", 2, "ROOT", "VB", "VERB", "meet"), ("on", 2, "prep", "IN", "ADP", "on"),
                       ("Sunday", 3, "pobj", "NNP", "PROPN", "Sunday")]
# "he said on Monday he would resign", with "on Monday" hung on "resign" (as the small parser does)
SAID_ON_MONDAY = [HE, ("said", 1, "ROOT", "VBD", "VERB", "say"), ("on", 6, "prep", "IN", "ADP", "on"),
                  ("Monday", 2, "pobj", "NNP", "PROPN", "Monday"), ("he", 6, "nsubj", "PRP", "PRON", "he"),
                  ("would", 6, "aux", "MD", "AUX", "would"), ("resign", 1, "ccomp", "VB", "VERB", "resign")]
SAID_MONDAY = [HE, ("said", 1, "ROOT", "VBD", "VERB", "say"), ("Monday", 5, "npadvmod", "NNP", "PROPN", "Monday"),
               ("he", 5, "nsubj", "PRP", "PRON", "he"), ("would", 5, "aux", "MD", "AUX", "would"),
               ("resign", 1, "ccomp", "VB", "VERB", "resign")]
# "he said Monday resigns ...": a verb right after the expression keeps it
MONDAY_THEN_VERB = [HE, ("said", 1, "ROOT", "VBD", "VERB", "say"), ("Monday", 3, "npadvmod", "NNP", "PROPN", "Monday"),
                    ("resigns", 1, "ccomp", "VBZ", "VERB", "resign")]
LEFT_LAST_MONDAY = [HE, ("left", 1, "ROOT", "VBD", "VERB", "leave"), ("last", 3, "amod", "JJ", "ADJ", "last"),
                    ("Monday", 1, "npadvmod", "NNP", "PROPN", "Monday")]
DUE_ON_MONDAY = [("due", 0, "ROOT", "JJ", "ADJ", "due"), ("on", 0, "prep", "IN", "ADP", "on"),
                 ("Monday", 1, "pobj", "NNP", "PROPN", "Monday")]
NO_VERB = [("the", 1, "det", "DT", "DET", "the"), ("meeting", 1, "ROOT", "NN", "NOUN", "meeting"),
           ("on", 1, "prep", "IN", "ADP", "on"), ("Sunday", 2, "pobj", "NNP", "PROPN", "Sunday")]
MODAL_ROOT = [HE, ("may", 1, "ROOT", "MD", "AUX", "may"), ("on", 1, "prep", "IN", "ADP", "on"),
              ("Sunday", 2, "pobj", "NNP", "PROPN", "Sunday")]


@pytest.mark.parametrize("tokens, phrase, tense", [
    (MET_ON_SUNDAY, "Sunday", "past"),
    (MET_ON_SUNDAY, "on Sunday", "past"),
    (WILL_MEET_ON_SUNDAY, "Sunday", "future"),
    (SAID_ON_MONDAY, "Monday", "past"),  # the verb right before "on Monday", not the later one
    (SAID_MONDAY, "Monday", "past"),
    (MONDAY_THEN_VERB, "Monday", "present"),
    (LEFT_LAST_MONDAY, "last Monday", "past"),  # the expression's root is its last token here
    (LEFT_LAST_MONDAY, "left last", "past"),  # a verb inside the expression is its own root
    (DUE_ON_MONDAY, "Monday", "future"),
    (MODAL_ROOT, "Sunday", "future"),
    (NO_VERB, "Sunday", None),
])
def test_clause_tense(tokens, phrase, tense):
    assert _tense(tokens, phrase) == tense


def test_clause_tense_of_nothing():
    from newsgraph.times import clause_tense

    p = _parse(MET_ON_SUNDAY)
    assert clause_tense(p, 3, 3) is None


# --- run: the stage over a blank-English Doc (no tagger or parser: no clause tense) ----------------

def _run(text, published=None, ents=(), sections=()):
    """doc.times as (text, value, type) and the publication date after the stage ran."""
    from newsgraph.nlp import Parse
    from newsgraph.times import run

    if not _BLANK:
        _cols("")
    sdoc = _BLANK[0](text)
    sdoc.ents = [sdoc.char_span(text.index(w), text.index(w) + len(w), label=label) for w, label in ents]
    secs = [Section(kind=k, start=text.index(s), end=text.index(s) + len(s), text=s, attrs=at) for k, s, at in sections]
    doc = Document(text=text, published=Published(value=published), sections=secs)
    run(doc, Parse(doc=sdoc, sections=secs))
    for t in doc.times:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value, t.type) for t in doc.times], doc.published.value


MID_MARCH = "2026-03-15"


@pytest.mark.parametrize("text, published, ents, times", [
    # the time under discussion: "that year" is the last year named, not one a comparison reached
    ("Sales rose in 2003. That year profit fell.", MID_MARCH, [("That year", "DATE")],
     [("2003", "2003", "DATE"), ("That year", "2003", "DATE")]),
    ("Sales rose in 2003. Two years later profit fell. That year costs rose.", MID_MARCH,
     [("Two years later", "DATE"), ("That year", "DATE")],
     [("2003", "2003", "DATE"), ("Two years later", "2005", "DATE"), ("That year", "2003", "DATE")]),
    # "a year" after an amount or a count is a rate (TimeML SET); alone, a duration
    ("Profit was $10m a year and $2m a day.", MID_MARCH, [], [("a year", "P1Y", "SET"), ("a day", "P1D", "SET")]),
    ("It earns 5% a year.", MID_MARCH, [], [("a year", "P1Y", "SET")]),
    ("It happens twice a day.", MID_MARCH, [], [("twice a day", "P1D", "SET")]),  # TimeML: the count is in the set (freq 2X)
    ("It took a year.", MID_MARCH, [], [("a year", "P1Y", "DURATION")]),
    # "the year ending June 30": a stretch of a year
    ("The year ending June 30 was good.", MID_MARCH, [],
     [("The year", "P1Y", "DURATION"), ("June 30", "2026-06-30", "DATE")]),
    # "as soon as / as early as" a weekday: the earliest a coming event may happen (2026-01-14 is a Wednesday)
    ("He may leave as soon as Tuesday.", "2026-01-14", [], [("Tuesday", "2026-01-20", "DATE")]),
    ("He may leave as early as Tuesday.", "2026-01-14", [], [("Tuesday", "2026-01-20", "DATE")]),
    ("He may leave on Tuesday.", "2026-01-14", [], [("Tuesday", "2026-01-13", "DATE")]),
    # "ended Oct. 31": a period that has ended lies in the past, however near the next Oct. 31
    ("The deal closes Oct. 31.", "2026-09-01", [], [("Oct. 31", "2026-10-31", "DATE")]),
    # the nine months: a year earlier than the year of the quarter reported
    ("In the third quarter of 2025 sales rose. For the nine months profit rose; a year earlier it fell.", MID_MARCH,
     [("a year earlier", "DATE")],
     [("the third quarter of 2025", "2025-Q3", "DATE"), ("the nine months", "P9M", "DURATION"),  # (its article: s37)
      ("a year earlier", "2024", "DATE")]),
    # "the quarter" is the quarter the report named, even after a day ("ended Sept. 30") was named
    ("Sales rose in the third quarter of 2025. The quarter ended Sept. 30. In the quarter costs fell.", MID_MARCH,
     [("the quarter", "DATE")],
     [("the third quarter of 2025", "2025-Q3", "DATE"), ("The quarter", "2025-Q3", "DATE"),
      ("Sept. 30", "2025-09-30", "DATE"), ("the quarter", "2025-Q3", "DATE")]),
    ("In the latest period sales rose.", MID_MARCH, [], []),  # a "period" names a time only in a report on one
    # clock times take the day next to them, else the last day named, else the document date
    ("He met at 10 a.m. on Monday, May 4, 2026 and at noon.", "2026-05-10", [],
     [("10 a.m.", "2026-05-04T10:00", "TIME"), ("Monday, May 4, 2026", "2026-05-04", "DATE"),
      ("noon", "2026-05-04T12:00", "TIME")]),
    ("He met on May 2, 2024. Then at 10 a.m. he left.", MID_MARCH, [],
     [("May 2, 2024", "2024-05-02", "DATE"), ("10 a.m.", "2024-05-02T10:00", "TIME")]),
    ("At 10 a.m. he left.", MID_MARCH, [], [("10 a.m.", "2026-03-15T10:00", "TIME")]),
    ("At 10 a.m. he left.", None, [], [("10 a.m.", "XXXX-XX-XXT10:00", "TIME")]),
    ("Since 2022 he has led.", MID_MARCH, [], [("2022", "2022", "DATE")]),  # the signal stays outside
    ("CBS's 60 Minutes aired.", MID_MARCH, [], []),  # a title, not a time
    ("He left on Monday.", "not a date", [], [("Monday", None, "DATE")]),  # no anchor: relative values null
])
def test_run(text, published, ents, times):
    assert _run(text, published, ents)[0] == times


def test_run_skips_bylines_and_reads_a_published_line():
    text = "By Jane Doe on Monday\nHe left on Monday."
    assert _run(text, "2026-01-14", sections=[("byline", "By Jane Doe on Monday", {})]) == (
        [("Monday", "2026-01-12", "DATE")], "2026-01-14")
    text = "Published: January 19, 2026\nHe left on Monday."
    line = ("published", "Published: January 19, 2026", {"value_text": "January 19, 2026"})
    assert _run(text, None, sections=[line]) == (
        [("January 19, 2026", "2026-01-19", "DATE"), ("Monday", "2026-01-19", "DATE")], "2026-01-19")


def test_run_infers_the_date_when_none_is_given():
    # 2 May 2024 was a Thursday: the Monday after it is the 6th, so the text was written on or after it
    assert _run("He left on May 2, 2024 and returned Monday.") == (
        [("May 2, 2024", "2024-05-02", "DATE"), ("Monday", "2024-05-06", "DATE")], "2024-05-06")


def test_run_a_period_that_ended_on_a_date_is_past():
    times, _ = _run("The quarter ended Oct. 31.", "2026-09-01")
    assert ("Oct. 31", "2025-10-31", "DATE") in times  # not the Oct. 31 two months ahead




def test_clause_tense_expands_a_span_cut_inside_a_token():
    assert _tense(MET_ON_SUNDAY, "unday") == "past"
    assert _tense(MET_ON_SUNDAY, "n Sun") == "past"


def test_infer_published_basis_lines():
    assert infer_published(_items(("2024", "past", "body"))).basis == \
        "no metadata date and no absolute day date in the text to infer one from"
    got = infer_published(_items(("May 2, 2024", "past", "body"), ("Saturday", "past", "body"),
                                 ("Sunday", "past", "body")))
    assert got.basis == ("earliest date on or after the latest absolute date ('May 2, 2024') with past-tense "
                         "'Saturday', 'Sunday' falling between that date and publication")


def test_a_month_beginning_on_the_dated_day_does_not_block_inference():
    assert infer_published(_items(("June 1, 2024", "past", "body"), ("June 2024", "past", "body"))).value == "2024-06-01"
    assert infer_published(_items(("May 31, 2024", "past", "body"), ("June 2024", "past", "body"))).value is None


def test_published_from_line_reads_past_other_sections_and_old_years():
    doc = _doc_with(("body", "Some text", {"value_text": "nothing"}), ("caption", "A caption", {}),
                    ("published", "Published: January 19, 2026", {"value_text": "January 19, 2026"}))
    assert published_from_line(doc).value == "2026-01-19"
    # the line's own reading first: parse_date refuses years before 1800 (a guard for its own callers)
    doc = _doc_with(("published", "Published: 19 January 1750", {"value_text": "19 January 1750"}))
    assert published_from_line(doc).value == "1750-01-19"


# clause_tense: more trees
# "it rained , Monday he will resign": a span across two subtrees takes its first token whose head lies outside
ACROSS = [("it", 1, "nsubj", "PRP", "PRON", "it"), ("rained", 1, "ROOT", "VBD", "VERB", "rain"),
          (",", 1, "punct", ",", "PUNCT", ","), ("Monday", 1, "npadvmod", "NNP", "PROPN", "Monday"),
          ("he", 6, "nsubj", "PRP", "PRON", "he"), ("will", 6, "aux", "MD", "AUX", "will"),
          ("resign", 1, "conj", "VB", "VERB", "resign")]
# "Said Monday he would resign": the verb right before the expression is the first token
SAID_FIRST = [("Said", 0, "ROOT", "VBD", "VERB", "say"), ("Monday", 4, "npadvmod", "NNP", "PROPN", "Monday"),
              ("he", 4, "nsubj", "PRP", "PRON", "he"), ("would", 4, "aux", "MD", "AUX", "would"),
              ("resign", 0, "ccomp", "VB", "VERB", "resign")]
# "the vote is on Monday": a copula (AUX) heads the clause
VOTE_IS = [("the", 1, "det", "DT", "DET", "the"), ("vote", 2, "nsubj", "NN", "NOUN", "vote"),
           ("is", 2, "ROOT", "VBZ", "AUX", "be"), ("on", 2, "prep", "IN", "ADP", "on"),
           ("Monday", 3, "pobj", "NNP", "PROPN", "Monday")]
# a modal the tagger calls MD whatever its part of speech
MODAL_X = [HE, ("may", 1, "ROOT", "MD", "X", "may"), ("on", 1, "prep", "IN", "ADP", "on"),
           ("Sunday", 2, "pobj", "NNP", "PROPN", "Sunday")]


@pytest.mark.parametrize("tokens, phrase, tense", [
    (ACROSS, "Monday he", "past"),
    (ACROSS, "he will", "future"),
    (SAID_FIRST, "Monday", "past"),
    (VOTE_IS, "Monday", "present"),
    (MODAL_X, "Sunday", "future"),
])
def test_clause_tense_more_trees(tokens, phrase, tense):
    assert _tense(tokens, phrase) == tense


# --- run with a parse: the tense rules of the stage -------------------------------------------------

def _run_tree(tokens, published, sections=(), spaces=None, ents=()):
    """The stage over a Doc with a hand-built tree; sections: (kind, first word index, last word index);
    ents: (first word index, end word index, label) the parser would have found."""
    from spacy.tokens import Span

    from newsgraph.times import run

    p = _parse(tokens, spaces)
    p.doc.ents = [Span(p.doc, i, j, label=label) for i, j, label in ents]
    text = p.doc.text
    secs = [Section(kind=k, start=p.doc[i].idx, end=p.doc[j].idx + len(p.doc[j]), text=p.doc[i:j + 1].text)
            for k, i, j in sections]
    p.sections[:] = secs
    p.__post_init__()
    doc = Document(text=text, published=Published(value=published), sections=secs)
    run(doc, p)
    return [(t.text, t.value) for t in doc.times]


# "Obama meets Putin on Sunday" (2026-01-14 is a Wednesday)
MEETS_ON_SUNDAY = [("Obama", 1, "nsubj", "NNP", "PROPN", "Obama"), ("meets", 1, "ROOT", "VBZ", "VERB", "meet"),
                   ("Putin", 1, "dobj", "NNP", "PROPN", "Putin"), ("on", 1, "prep", "IN", "ADP", "on"),
                   ("Sunday", 3, "pobj", "NNP", "PROPN", "Sunday")]
# "since Tuesday he will lead"
SINCE_TUESDAY = [("Since", 4, "prep", "IN", "ADP", "since"), ("Tuesday", 0, "pobj", "NNP", "PROPN", "Tuesday"),
                 ("he", 4, "nsubj", "PRP", "PRON", "he"), ("will", 4, "aux", "MD", "AUX", "will"),
                 ("lead", 4, "ROOT", "VB", "VERB", "lead")]


def test_headline_present_is_past_but_body_present_looks_ahead():
    assert _run_tree(MEETS_ON_SUNDAY, "2026-01-14", [("title", 0, 4)]) == [("Sunday", "2026-01-11")]
    assert _run_tree(MEETS_ON_SUNDAY, "2026-01-14", [("body", 0, 4)]) == [("Sunday", "2026-01-18")]


def test_since_a_weekday_points_back_whatever_the_verb():
    assert _run_tree(SINCE_TUESDAY, "2026-01-14") == [("Tuesday", "2026-01-13")]
    lower = [(w.lower() if i == 0 else w, *rest) for i, (w, *rest) in enumerate(SINCE_TUESDAY)]
    assert _run_tree(lower, "2026-01-14") == [("Tuesday", "2026-01-13")]
    # without "since" the future verb looks ahead
    on = [("On", *SINCE_TUESDAY[0][1:])] + SINCE_TUESDAY[1:]
    assert _run_tree(on, "2026-01-14") == [("Tuesday", "2026-01-20")]


def test_ever_since_a_weekday_points_back():
    ever = [("Ever", 1, "advmod", "RB", "ADV", "ever")] + [
        (w, h + 1, *rest) for w, h, *rest in SINCE_TUESDAY]
    ever[1] = ("since", 5, "prep", "IN", "ADP", "since")
    assert _run_tree(ever, "2026-01-14") == [("Tuesday", "2026-01-13")]


def _left_as(words, monday_head=None):
    """"he left <words> Monday" with a past verb; the words hang on the verb, Monday on the last of them."""
    toks = [HE, ("left", 1, "ROOT", "VBD", "VERB", "leave")]
    for w in words:
        toks.append((w, 1, "advmod", "RB", "ADV", w.lower()))
    toks.append(("Monday", len(toks) - 1 if monday_head is None else monday_head, "pobj", "NNP", "PROPN", "Monday"))
    return toks


@pytest.mark.parametrize("words, value", [
    (("as", "soon", "as"), "2026-01-19"),  # the earliest a coming event may happen, even in a past clause
    (("AS", "SOON", "AS"), "2026-01-19"),
    (("as", "soon", "as", "on"), "2026-01-19"),
    (("as", "early", "as"), "2026-01-12"),  # "police knew as early as Monday": looks back
    (("on",), "2026-01-12"),
])
def test_as_soon_as_a_weekday_in_a_past_clause(words, value):
    assert _run_tree(_left_as(words), "2026-01-14") == [("Monday", value)]


def test_as_soon_as_at_the_start_of_the_text():
    toks = [("As", 5, "advmod", "RB", "ADV", "as"), ("soon", 5, "advmod", "RB", "ADV", "soon"),
            ("as", 5, "advmod", "RB", "ADV", "as"), ("Monday", 5, "npadvmod", "NNP", "PROPN", "Monday"),
            ("he", 5, "nsubj", "PRP", "PRON", "he"), ("left", 5, "ROOT", "VBD", "VERB", "leave")]
    assert _run_tree(toks, "2026-01-14") == [("Monday", "2026-01-19")]


# "It follows Tuesday's declaration": a weekday owning a known event is a past one, whatever the verb
FOLLOWS = [("It", 1, "nsubj", "PRP", "PRON", "it"), ("follows", 1, "ROOT", "VBZ", "VERB", "follow"),
           ("Tuesday", 4, "poss", "NNP", "PROPN", "Tuesday"), ("'s", 2, "case", "POS", "PART", "'s"),
           ("declaration", 1, "dobj", "NN", "NOUN", "declaration")]
FOLLOWS_SPACES = [True, True, False, True, False]


@pytest.mark.parametrize("apostrophe", ["'s", "’s"])
def test_present_weekday_with_a_possessive_is_past(apostrophe):
    toks = list(FOLLOWS)
    toks[3] = (apostrophe, *toks[3][1:])
    assert _run_tree(toks, "2026-01-14", spaces=FOLLOWS_SPACES) == [("Tuesday", "2026-01-13")]


def test_present_weekday_without_a_possessive_looks_ahead():
    toks = [("It", 1, "nsubj", "PRP", "PRON", "it"), ("opens", 1, "ROOT", "VBZ", "VERB", "open"),
            ("Tuesday", 1, "npadvmod", "NNP", "PROPN", "Tuesday")]
    assert _run_tree(toks, "2026-01-14") == [("Tuesday", "2026-01-20")]


def _run_full(text, published=None, ents=()):
    """doc.times as (text, value, granularity, type, mod)."""
    from newsgraph.nlp import Parse
    from newsgraph.times import run

    if not _BLANK:
        _cols("")
    sdoc = _BLANK[0](text)
    sdoc.ents = [sdoc.char_span(text.index(w), text.index(w) + len(w), label=label) for w, label in ents]
    doc = Document(text=text, published=Published(value=published))
    run(doc, Parse(doc=sdoc, sections=[]))
    return [(t.text, t.value, t.granularity, t.type, t.mod) for t in doc.times]


@pytest.mark.parametrize("text, times", [
    ("5% a year.", [("a year", "P1Y", "set", "SET", None)]),  # the amount at the very start of the text
    ("He earns $5 an hour.", [("an hour", "PT1H", "set", "SET", None)]),
    ("ended Oct. 31.", [("Oct. 31", "2025-10-31", "day", "DATE", None)]),  # "ended" at the very start
])
def test_run_at_the_start_of_the_text(text, times):
    assert _run_full(text, "2026-09-01") == times


def test_run_anchors_on_a_published_date_time():
    assert _run("He left on Monday.", "2026-01-14T10:00:00Z")[0] == [("Monday", "2026-01-12", "DATE")]


def test_run_the_year_ago_period_is_a_year_before_the_year_named():
    text = "Sales rose in 2025. In the year-ago period they fell."
    assert _run(text, MID_MARCH, [("the year-ago period", "DATE")])[0] == [
        ("2025", "2025", "DATE"), ("the year-ago period", "2024", "DATE")]


def test_run_a_comparison_counts_from_the_day_named_after_the_quarter():
    """"a year earlier" after "the third quarter ... Sept. 30": a year before the day named last, not
    the quarter (only "the quarter", "the period" go back to the quarter reported)."""
    text = "In the third quarter of 2025 sales rose. On Sept. 30, 2025 they fell. A year earlier they rose."
    assert _run(text, MID_MARCH, [("A year earlier", "DATE")])[0] == [
        ("the third quarter of 2025", "2025-Q3", "DATE"), ("Sept. 30, 2025", "2025-09-30", "DATE"),
        ("A year earlier", "2024", "DATE")]


def test_run_the_year_ending_is_a_duration():
    assert _run_full("The year ending June 30 was good.", MID_MARCH)[0] == ("The year", "P1Y", "duration", "DURATION", None)


@pytest.mark.parametrize("published, value", [("2026-03-15", "2025"), (None, None)])
def test_run_nine_months_without_a_quarter_named_compare_with_the_documents_year(published, value):
    text = "For the nine months profit rose; a year earlier it fell."
    assert _run(text, published, [("a year earlier", "DATE")])[0] == [
        ("the nine months", "P9M", "DURATION"), ("a year earlier", value, "DATE")]  # (the article: session 37)


def test_run_a_duration_does_not_end_the_quarter_under_discussion():
    text = "In the third quarter of 2025 sales rose for three years. The quarter was good."
    assert _run(text, MID_MARCH, [("three years", "DATE"), ("The quarter", "DATE")])[0] == [
        ("the third quarter of 2025", "2025-Q3", "DATE"), ("three years", "P3Y", "DURATION"),
        ("The quarter", "2025-Q3", "DATE")]


def test_trim_at_least_is_read_inside_the_span_only():
    assert _trim("at least", 0, 3) == (3, 3)  # "at " alone: a preposition, whatever follows the span


def test_verb_tense_of_will_whatever_its_tag():
    from newsgraph.times import verb_tense

    doc = _parse([("will", 0, "ROOT", "VBP", "VERB", "will")]).doc
    assert verb_tense(doc[0]) == "future"


def test_run_clock_time_on_a_new_line_takes_the_last_day_named():
    text = "He met on May 2, 2024.\nThen at 10 a.m. he left."
    assert _run(text, MID_MARCH)[0] == [("May 2, 2024", "2024-05-02", "DATE"), ("10 a.m.", "2024-05-02T10:00", "TIME")]


def test_run_keeps_unresolved_periods_only_without_a_document_date():
    assert _run("In the latest period sales rose.")[0] == [("the latest period", None, "DATE")]
    assert _run("In the latest period sales rose.", MID_MARCH)[0] == []
    # the word "period" after the expression does not count
    assert _run("That day the period ended.", MID_MARCH, [("That day", "DATE")])[0] == [("That day", None, "DATE")]


def test_run_numbers_its_times_in_text_order():
    from newsgraph.nlp import Parse
    from newsgraph.times import run

    text = "On May 2, 2024 and on May 3, 2024 he left."
    doc = Document(text=text, published=Published(value=MID_MARCH))
    _cols("")  # the blank pipeline, built once
    run(doc, Parse(doc=_BLANK[0](text), sections=[]))
    assert [(t.id, t.text) for t in doc.times] == [("t1", "May 2, 2024"), ("t2", "May 3, 2024")]


# --- verb_tense: the survivors session 3 left ---------------------------------------------------------

def _vt(tokens, i):
    from newsgraph.times import verb_tense

    return verb_tense(_parse(tokens).doc[i])


@pytest.mark.parametrize("tokens, i, tense", [
    # a verb spelt the same in past and present, tagged VBP: the tagger cannot tell (None); VBZ is present
    ([("stocks", 1, "nsubj", "NNS", "NOUN", "stock"), ("hurt", 1, "ROOT", "VBP", "VERB", "hurt")], 1, None),
    ([("it", 1, "nsubj", "PRP", "PRON", "it"), ("cut", 1, "ROOT", "VBZ", "VERB", "cut")], 1, "present"),
    # "had planned to leave": a plan overtaken is past, not a coming event
    ([HE, ("had", 2, "aux", "VBD", "AUX", "have"), ("planned", 2, "ROOT", "VBN", "VERB", "plan"),
      ("to", 4, "aux", "TO", "PART", "to"), ("leave", 2, "xcomp", "VB", "VERB", "leave")], 4, "past"),
    ([HE, ("had", 2, "auxpass", "VBD", "AUX", "have"), ("planned", 2, "ROOT", "VBN", "VERB", "plan"),
      ("to", 4, "aux", "TO", "PART", "to"), ("leave", 2, "xcomp", "VB", "VERB", "leave")], 4, "past"),
    ([HE, ("has", 2, "aux", "VBZ", "AUX", "have"), ("planned", 2, "ROOT", "VBN", "VERB", "plan"),
      ("to", 4, "aux", "TO", "PART", "to"), ("leave", 2, "xcomp", "VB", "VERB", "leave")], 4, "future"),
    # a participle joined to a future one: "will be arrested and charged"
    ([HE, ("will", 3, "aux", "MD", "AUX", "will"), ("be", 3, "auxpass", "VB", "AUX", "be"),
      ("arrested", 3, "ROOT", "VBN", "VERB", "arrest"), ("and", 3, "cc", "CC", "CCONJ", "and"),
      ("charged", 3, "conj", "VBN", "VERB", "charge")], 5, "future"),
    # "he wants it finished": a participle complement of a present verb
    ([HE, ("wants", 1, "ROOT", "VBZ", "VERB", "want"), ("it", 3, "nsubj", "PRP", "PRON", "it"),
      ("finished", 1, "xcomp", "VBN", "VERB", "finish")], 3, "present"),
    ([HE, ("said", 1, "ROOT", "VBD", "VERB", "say"), ("it", 3, "nsubjpass", "PRP", "PRON", "it"),
      ("finished", 1, "ccomp", "VBN", "VERB", "finish")], 3, "past"),
    # a bare verb joined to a future one: "will meet and discuss", "will make them leave"
    ([HE, ("will", 2, "aux", "MD", "AUX", "will"), ("meet", 2, "ROOT", "VB", "VERB", "meet"),
      ("and", 2, "cc", "CC", "CCONJ", "and"), ("discuss", 2, "conj", "VB", "VERB", "discuss")], 4, "future"),
    ([HE, ("will", 2, "aux", "MD", "AUX", "will"), ("make", 2, "ROOT", "VB", "VERB", "make"),
      ("them", 4, "nsubj", "PRP", "PRON", "they"), ("leave", 2, "xcomp", "VB", "VERB", "leave")], 4, "future"),
    ([HE, ("will", 2, "aux", "MD", "AUX", "will"), ("make", 2, "ROOT", "VB", "VERB", "make"),
      ("them", 4, "nsubj", "PRP", "PRON", "they"), ("leave", 2, "ccomp", "VB", "VERB", "leave")], 4, None),
])
def test_verb_tense_more(tokens, i, tense):
    assert _vt(tokens, i) == tense


def test_ever_since_read_whole_points_back():
    ever = [("Ever", 1, "advmod", "RB", "ADV", "ever")] + [(w, h + 1, *rest) for w, h, *rest in SINCE_TUESDAY]
    ever[1] = ("since", 5, "prep", "IN", "ADP", "since")
    assert _run_tree(ever, "2026-01-14", ents=[(0, 3, "DATE")]) == [("Tuesday", "2026-01-13")]


def test_starting_a_weekday_keeps_the_clause_tense():
    """Only "since" points back: "starting Tuesday he will lead" is the coming Tuesday."""
    toks = [("Starting", 4, "prep", "VBG", "VERB", "start")] + SINCE_TUESDAY[1:]
    assert _run_tree(toks, "2026-01-14", ents=[(0, 2, "DATE")]) == [("Tuesday", "2026-01-20")]


# "Obama visits Paris in September", on 2026-04-24: September 2026 is 130 days ahead, 2025's ended 206 days ago
VISITS = [("Obama", 1, "nsubj", "NNP", "PROPN", "Obama"), ("visits", 1, "ROOT", "VBZ", "VERB", "visit"),
          ("Paris", 1, "dobj", "NNP", "PROPN", "Paris"), ("in", 1, "prep", "IN", "ADP", "in"),
          ("September", 3, "pobj", "NNP", "PROPN", "September")]


def test_headline_present_is_past_for_a_month_too():
    assert _run_tree(VISITS, "2026-04-24", [("title", 0, 4)]) == [("September", "2025-09")]
    assert _run_tree(VISITS, "2026-04-24", [("body", 0, 4)]) == [("September", "2026-09")]  # present: the nearest


def test_run_per_year_after_an_amount_is_a_rate():
    assert _run_full("It pays $5 per year.", "2026-01-14", [("per year", "DATE")]) == [
        ("per year", "P1Y", "set", "SET", None)]


def _chain(tag, n, to=False):
    """"he will meet and v1 and v2 ..." (each verb joined to the one before), or with to=True "he will
    try to v1 to v2 ...": n verbs after the future one; returns the tokens and the index of the last."""
    toks = [HE, ("will", 2, "aux", "MD", "AUX", "will"), ("meet" if not to else "try", 2, "ROOT", "VB", "VERB", "try")]
    prev = 2
    for k in range(n):
        if to:
            toks.append(("to", len(toks) + 1, "aux", "TO", "PART", "to"))
            toks.append((f"go{k}", prev, "xcomp", "VB", "VERB", f"go{k}"))
        else:
            toks.append((f"go{k}", prev, "conj", tag, "VERB", f"go{k}"))
        prev = len(toks) - 1
    return toks, prev


@pytest.mark.parametrize("tag, to", [("VB", False), ("VBN", False), ("VBG", False), ("VB", True)])
def test_verb_tense_follows_up_to_three_joins(tag, to):
    """A verb takes the tense of the verb it is joined to, three joins up at most (a bound against
    runaway chains: the fourth gives the verb's own reading)."""
    toks, last = _chain(tag, 3, to)
    assert _vt(toks, last) == "future"
    toks, last = _chain(tag, 4, to)
    assert _vt(toks, last) == {"VB": None, "VBN": "past", "VBG": None}[tag]


# --- session 5: forms TimeBank taught (each checked against the dev third, docs/accuracy.md) ----------

@pytest.mark.parametrize("text, ents, times", [
    ("It hit its quarter-century low.", [], []),  # a span of 25 years, not a quarter
    ("He lost in the quarter-finals.", [], []),  # a round of a tournament
    ("Good evening from Havana.", [("evening", "TIME")], []),  # a greeting
    ("He left in the evening.", [("the evening", "TIME")], [("the evening", "2026-03-15TEV", "TIME")]),
    # the night an event names: no day to give it
    ("He slept through the night of the attack.", [("the night", "TIME")], []),
    ("He slept through the night.", [("the night", "TIME")], [("the night", "2026-03-15TNI", "TIME")]),
    ("It made money after several quarters of losses; three-quarters of it went.", [],
     [("several quarters", "PXQ", "DURATION")]),  # "three-quarters" is a fraction
    ("In the third quarter of 2025 sales rose. For the quarter a year ago, it lost money.",
     [("a year ago", "DATE")],
     [("the third quarter of 2025", "2025-Q3", "DATE"), ("the quarter a year ago", "2024-Q3", "DATE")]),
    ("Sales rose in the third quarter of 2025, up from the period a year earlier.", [("a year earlier", "DATE")],
     [("the third quarter of 2025", "2025-Q3", "DATE"), ("the period a year earlier", "2024-Q3", "DATE")]),
])
def test_run_session5_forms(text, ents, times):
    assert _run(text, MID_MARCH, ents)[0] == times


# "a morning show" / "the show in the morning"
MORNING_SHOW = [("a", 2, "det", "DT", "DET", "a"), ("morning", 2, "compound", "NN", "NOUN", "morning"),
                ("show", 2, "ROOT", "NN", "NOUN", "show")]
SHOW_IN_MORNING = [("the", 1, "det", "DT", "DET", "the"), ("show", 1, "ROOT", "NN", "NOUN", "show"),
                   ("in", 1, "prep", "IN", "ADP", "in"), ("the", 4, "det", "DT", "DET", "the"),
                   ("morning", 2, "pobj", "NN", "NOUN", "morning")]


# "in morning trading": no determiner before the modifier, still a time
IN_MORNING_TRADING = [("in", 2, "prep", "IN", "ADP", "in"), ("morning", 2, "compound", "NN", "NOUN", "morning"),
                      ("trading", 2, "ROOT", "NN", "NOUN", "trading")]


def test_run_a_part_of_day_that_classifies_a_noun_is_no_time():
    assert _run_tree(MORNING_SHOW, MID_MARCH, ents=[(1, 2, "TIME")]) == []
    assert _run_tree(IN_MORNING_TRADING, MID_MARCH, ents=[(1, 2, "TIME")]) == [("morning", "2026-03-15TMO")]
    assert _run_tree(SHOW_IN_MORNING, MID_MARCH, ents=[(3, 5, "TIME")]) == [("the morning", "2026-03-15TMO")]


def test_run_the_day_a_quarter_ended_keeps_that_quarter_under_discussion():
    text = "Net rose in the third quarter ended Sept. 30, 2025. A year ago it lost money."
    assert _run(text, MID_MARCH, [("A year ago", "DATE")])[0] == [
        ("the third quarter", "2025-Q3", "DATE"), ("Sept. 30, 2025", "2025-09-30", "DATE"), ("A year ago", "2024-Q3", "DATE")]
    # a day named on its own is the new topic: "a year ago" is then counted from the document date
    text = "Net rose in the third quarter. On Sept. 30, 2025, it sold a unit. A year ago it lost money."
    assert _run(text, MID_MARCH, [("A year ago", "DATE")])[0][-1] == ("A year ago", "2025", "DATE")


@pytest.mark.parametrize("text, times", [
    ("The post-1959 politics split families.", [("post-1959", "1959", "DATE", "AFTER")]),
    ("Pre-1990 rules apply.", [("Pre-1990", "1990", "DATE", "BEFORE")]),
    ("The post-1959-era politics.", []),  # a year inside a longer compound: left to the parser
    ("It will seek financing at a later date.", [("a later date", "FUTURE_REF", "DATE", None)]),
    ("It will seek financing later, on a date to be set.", []),
])
def test_run_year_prefixes_and_a_later_date(text, times):
    from newsgraph.nlp import Parse
    from newsgraph.times import run

    if not _BLANK:
        _cols("")
    doc = Document(text=text, published=Published(value=MID_MARCH))
    run(doc, Parse(doc=_BLANK[0](text), sections=[]))
    assert [(t.text, t.value, t.type, t.mod) for t in doc.times] == times
