"""Session 22, s22b-mutnew: survivors of mutmut's mutants on the lines session 22 changed (s22-time: times.py,
timex.py; s22-speaker: attribution/speakers.py, attribution/stage.py), killed here (docs/testing.md, "Session 22,
s22b-mutnew"). Own phrases and sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import normalize

FRIDAY = dt.date(2027, 3, 12)


# ---------------------------------------------------------------- timex: _r_from_day, _r_day_of_month


@pytest.mark.parametrize("text, value", [
    ("three days from today", "2027-03-15"),      # _r_from_day 34, 35, 42, 47: days are days, not weeks or months
    ("one day from tomorrow", "2027-03-14"),
    ("two years from today", "2029-03-12"),       # 58, 60, 62, 63: a year is twelve months
    ("a year from today", "2028-03-12"),
    ("two months from today", "2027-05-12"),
])
def test_units_from_a_day_move_it_by_that_unit(text, value):
    n = normalize(text, FRIDAY)
    assert (n.value, n.granularity, n.type) == (value, "day", "DATE")  # 48, 49, 80, 81: still one day


def test_a_year_from_the_last_day_of_february_in_a_leap_year_is_the_last_day_of_february():
    assert normalize("a year from today", dt.date(2028, 2, 29)).value == "2029-02-28"


@pytest.mark.parametrize("text", ["a week from today", "two years from tuesday", "the 15th of this month"])
def test_a_day_counted_from_an_unknown_today_is_an_unknown_day(text):
    # _r_from_day 23-25, _r_day_of_month 21-23: no document date, no value, but a day
    n = normalize(text)
    assert (n.value, n.granularity, n.type) == (None, "day", "DATE")


@pytest.mark.parametrize("text", ["1.5 weeks from today", "a few days from today"])
def test_a_count_that_is_no_whole_number_names_no_day(text):
    # _r_from_day 19 (`and` for `or`): half a week on from today is no day to name
    assert normalize(text, FRIDAY) is None


@pytest.mark.parametrize("anchor, text, value", [
    (dt.date(2026, 11, 4), "the 15th of this month", "2026-11-15"),  # _r_day_of_month 33: a two-digit month
    (dt.date(2026, 12, 20), "the 2nd of last month", "2026-11-02"),
    (dt.date(2026, 12, 20), "the 2nd of next month", "2027-01-02"),
])
def test_a_day_of_a_month_with_two_digits(anchor, text, value):
    n = normalize(text, anchor)
    assert (n.value, n.granularity, n.type) == (value, "day", "DATE")  # 37, 38: a day


# ---------------------------------------------------------------- times: _trim, candidate_spans, _compound_unit

from test_times_timebank import times  # noqa: E402,F401 (the fixture: (text, value, type) of a text's times)


@pytest.mark.parametrize("text, span, value", [
    # a fix, not only a kill: "n't" is joined to its verb ("won't"), so no word boundary comes before its "n";
    # the verb "last" after it was left in the duration
    ("The drought won't last two more years.", "two more years", "P2Y"),
    ("The ceasefire didn't last three weeks.", "three weeks", "P3W"),
    ("Our savings can't last six months.", "six months", "P6M"),
    ("The fog'll last two hours, pilots were told.", "two hours", "PT2H"),
    # _trim 50: the modal or "to" opening the text
    ("To last five years, a roof needs care.", "five years", "P5Y"),
    ("Will last two days, the forecast says of the storm.", "two days", "P2D"),
    # _trim 55: past "last " and no further ("a week", not "week")
    ("The inquiry is expected to last a week.", "a week", "P1W"),
    ("The outage could last an hour.", "an hour", "PT1H"),
])
def test_the_verb_last_before_a_count_stays_out_of_the_duration(times, text, span, value):
    found = times(text, "2027-03-12")
    assert (span, value, "DURATION") in found, found


@pytest.mark.parametrize("text, span, value", [
    # _trim 33 (`or`): "to" or a modal before a time that does not open with "last" trims nothing
    # (session 32: the day a passive moves a thing to is the coming one, `times._moved_to`; it was the last one)
    ("The hearing was moved to Tuesday.", "Tuesday", "2027-03-16"),
    ("Talks will resume to March 20.", "March 20", "2027-03-20"),
    ("The vote was put off to next week.", "next week", "2027-W11"),
])
def test_a_time_after_to_or_a_modal_keeps_its_first_word(times, text, span, value):
    found = times(text, "2027-03-12")
    assert (span, value, "DATE") in found, found


@pytest.mark.parametrize("text", [
    "Year-on-year, exports rose by a tenth.",  # _compound_unit 17: the compound opening the text
    "Month-over-month sales were flat.",
    "Day-to-day running costs went up.",
])
def test_a_compound_opening_the_text_is_no_time(times, text):
    found = times(text, "2027-03-12")
    assert found == [], found


def test_last_opening_a_stretch_with_no_verb_before_it_stays_in_it(times):
    # _trim 33 (`or`): "last" is trimmed only when a verb's "to" or modal stands before it
    found = times("Last three years were hard for farmers.", "2027-03-12")
    assert ("Last three years", "P3Y", "DURATION") in found, found


def test_the_verb_last_before_many_leaves_the_vague_duration_whole(times):
    # _trim 55 (`start += 6`): one character past "last " cuts the count itself
    found = times("The siege could last many months.", "2027-03-12")
    assert ("many months", "PXM", "DURATION") in found, found


# ---------------------------------------------------------------- speakers: _inverted_subject (via _own_subject)
# Hand-built parses (own words): a spaCy Doc with its heads, labels, parts of speech and tags, so the reading
# the parser may give is fixed.

from spacy.lang.en import English  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from newsgraph.attribution.speakers import _own_subject  # noqa: E402

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def _said(name_rows, verb=("said", "VBD"), end=((".", "PUNCT", "."),)):
    """"Taxes will rise , <verb> <name rows> <end>", the parser giving the verb both "Taxes" and the name as
    subjects; name rows: (word, offset of its head within the name or None for the verb, label, pos, tag)."""
    rows = [("Taxes", 4, "nsubj", "NOUN", "NNS"), ("will", 2, "aux", "AUX", "MD"), ("rise", 4, "ccomp", "VERB", "VB"),
            (",", 4, "punct", "PUNCT", ","), (verb[0], 4, "ROOT", "VERB", verb[1])]
    rows += [(w, 4 if h is None else 5 + h, d, p, t) for w, h, d, p, t in name_rows]
    rows += [(w, 4, "punct", p, t) for w, p, t in end]
    return _doc(*rows)


@pytest.mark.parametrize("verb, name, speaker", [
    (("says", "VBZ"), [("Hale", None, "nsubj", "PROPN", "NNP")], "Hale"),             # 9, 10: a present "says"
    (("say", "VBP"), [("officials", None, "nsubj", "NOUN", "NNS")], "officials"),      # 11, 12, 54, 55: "say", a noun
    (("said", "VBD"), [("he", None, "nsubj", "PRON", "PRP")], "he"),                   # 56, 57: a pronoun
    (("said", "VBD"), [("the", 1, "det", "DET", "DT"), ("mayor", None, "nsubj", "NOUN", "NN")], "mayor"),  # 38, 39
    (("said", "VBD"), [("senior", 1, "amod", "ADJ", "JJ"), ("aides", None, "nsubj", "NOUN", "NNS")], "aides"),  # 40, 41
    (("said", "VBD"), [("two", 1, "nummod", "NUM", "CD"), ("aides", None, "nsubj", "NOUN", "NNS")], "aides"),  # 42, 43
    (("said", "VBD"), [("Ann", 1, "flat", "PROPN", "NNP"), ("Lee", None, "nsubj", "PROPN", "NNP")], "Lee"),  # 36, 37
])
def test_the_name_after_an_inverted_verb_is_its_speaker(verb, name, speaker):
    doc = _said(name, verb)
    assert _own_subject(doc[4]).text == speaker


def test_an_inverted_verb_ending_the_text_reads_the_name_before_the_end():
    # 16 (`v.i + 2`): "…, said Hale" with nothing after the name
    assert _own_subject(_said([("Hale", None, "nsubj", "PROPN", "NNP")], end=())[4]).text == "Hale"


def test_a_verb_ending_the_text_after_a_comma_has_no_name_after_it():
    # 4, 15, 17: "…, said" cut off: no word after the verb to read (no IndexError), the subject before it
    doc = _said([], end=())
    assert _own_subject(doc[4]).text == "Taxes"


def test_a_participle_after_a_comma_is_no_inverted_verb():
    # 5 (`and` for the first `or`): "…, leaving critics": a participle takes no inverted speaker
    doc = _said([("critics", None, "nsubj", "NOUN", "NNS")], verb=("leaving", "VBG"))
    assert _own_subject(doc[4]).text == "Taxes"


def test_an_object_after_a_verb_after_a_comma_is_not_its_subject():
    # 47 (`and` for the first `or`): "Prices fell , hit the farmers ." : "the farmers" is what was hit
    doc = _doc(("Prices", 1, "nsubj", "NOUN", "NNS"), ("fell", 1, "ROOT", "VERB", "VBD"), (",", 1, "punct", "PUNCT", ","),
               ("hit", 1, "conj", "VERB", "VBD"), ("the", 5, "det", "DET", "DT"), ("farmers", 3, "dobj", "NOUN", "NNS"),
               (".", 1, "punct", "PUNCT", "."))
    got = _own_subject(doc[3])
    assert got is None or got.text != "farmers"


def _aside(comma_on_name: bool, comma: bool = True):
    """"The plan , said Hale , would fail .": the parser hangs "Hale" on "fail" (the content, a ccomp of "said")."""
    rows = [("The", 1, "det", "DET", "DT"), ("plan", 7, "nsubj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","),
            ("said", 3, "ROOT", "VERB", "VBD"), ("Hale", 7, "nsubj", "PROPN", "NNP")]
    if comma:
        rows.append((",", 4 if comma_on_name else 7, "punct", "PUNCT", ","))
    n = len(rows)
    rows += [("would", n + 1, "aux", "AUX", "MD"), ("fail", 3, "ccomp", "VERB", "VB"), (".", 3, "punct", "PUNCT", ".")]
    return _doc(*rows)


@pytest.mark.parametrize("comma_on_name", [False, True])
def test_a_name_set_off_by_commas_after_an_inverted_verb_is_its_speaker(comma_on_name):
    # 32, 62-66, 71-80: the aside "…, said Hale, …", whichever word the parser hangs the closing comma on
    assert _own_subject(_aside(comma_on_name)[3]).text == "Hale"


def test_a_name_not_set_off_after_an_inverted_verb_is_the_contents_subject():
    # 65, 67, 75, 76 (the set-off test loosened): "The plan, said Hale would fail": no aside, no inverted speaker
    got = _own_subject(_aside(False, comma=False)[3])
    assert got is None or got.text != "Hale"


def test_a_name_ending_the_text_after_an_inverted_verb_hung_on_the_content():
    # 68, 70: "Plans fail , said Hale" with "Hale" hung on "fail" and nothing after it (no IndexError)
    doc = _doc(("Plans", 1, "nsubj", "NOUN", "NNS"), ("fail", 3, "ccomp", "VERB", "VBP"), (",", 3, "punct", "PUNCT", ","),
               ("said", 3, "ROOT", "VERB", "VBD"), ("Hale", 1, "nsubj", "PROPN", "NNP"))
    got = _own_subject(doc[3])
    assert got is None or got.text != "Hale"


# ---------------------------------------------------------------- stage: _credit_line, _named_colon


def _speakers(doc):
    """(cue, source, speaker_text, the speaker entity's name and type) of every attribution with a cue."""
    ents = {e.id: (e.name, e.type) for e in doc.entities}
    return [(a.cue.text, a.source.text if a.source else None, a.speaker_text, ents.get(a.speaker))
            for a in doc.attributions if a.cue is not None]


def test_a_credit_line_names_a_person_as_the_speaker_entity(pipeline):
    # _credit_line 39, 40, 43, 44: the speaker is the entity and its words, not only the source span
    doc = pipeline.extract('Visitors wrote in the guest book.\n\n"We came a long way to see this."\n\n-Anna Lopez, Dover.')
    [(cue, source, text, (name, kind))] = _speakers(doc)
    assert (cue, source, text, kind) == ("-", "Anna Lopez", "Anna Lopez", "PERSON")
    assert name.endswith("Anna Lopez")  # (the tokenizer keeps the dash on the name: the entity is "-Anna Lopez")


def test_a_credit_line_may_name_an_organisation(pipeline):
    # _credit_line 26, 27: a company or body signs a quote as a person does
    doc = pipeline.extract('The council issued a reply.\n\n"We will review every claim."\n\n-Acme Corp., in a statement.')
    assert [s[:3] for s in _speakers(doc) if s[0] == "-"] == [("-", "Acme Corp.", "Acme Corp.")]
    assert [s[3][1] for s in _speakers(doc) if s[0] == "-"] == ["ORG"]


def test_a_name_in_parentheses_before_a_colon_is_the_speaker_entity(pipeline):
    # _named_colon 76, 77, 80, 81
    doc = pipeline.extract('Rep. Ann Lee (R-Ohio): "We have not seen a single page of that report."')
    assert _speakers(doc) == [(":", "Ann Lee", "Ann Lee", ("Ann Lee", "PERSON"))]


def test_a_surname_alone_before_a_colon_is_the_speaker(pipeline):
    # _named_colon 8, 9 (`len(before) <= 2`, `< 3`): a paragraph "Olsen:" of one word and the colon
    doc = pipeline.extract('The panel heard from Maria Olsen.\n\nOlsen:\n\n"We were never told about the plan."')
    assert _speakers(doc) == [(":", "Olsen", "Olsen", ("Maria Olsen", "PERSON"))]
    assert [a.kind for a in doc.attributions] == ["direct"]


def test_an_initial_with_its_full_stop_stays_in_the_name_before_a_colon(pipeline):
    # _named_colon 32, 33: the "." of "M." is no punctuation ending the name
    doc = pipeline.extract('The hearing ran late.\n\nPollster Jeffrey M. Jones: "Support has fallen for a third month."')
    assert _speakers(doc) == [(":", "Jeffrey M. Jones", "Jeffrey M. Jones", ("Jeffrey M. Jones", "PERSON"))]
