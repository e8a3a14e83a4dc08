"""Session 55, s55-mut: the mutation debt session 54 left open (docs/testing.md), as behaviour a reader wants.

- events.stage._time_index: which times date an event (a clock time by its day, a season or a quarter not at
  all, a range's start word not), the parser's bare years when the times stage found no time, and a recased
  headline's words dated only by times of the headline itself (a body's date no longer lands on its last word).
- places.street_matches: a stray capitalised "And"/"Or" between a list of roads' commas is no road, nor a sentence's
  opening adverb or connective, or a time, before its comma ("However, Elm and Oak roads were shut": "However"
  was a place of feature street).
Our own sentences throughout.
"""
import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.events.stage import _time_index
from newsgraph.model import Document

PUBLISHED = "2026-05-06"


def _dates(pipeline, text, kind="ACCUSE"):
    doc = pipeline.extract(text, published=PUBLISHED)
    return [(e.date.value, e.date.granularity, e.date.text) for e in doc.events if e.type == kind]


def test_a_clock_time_alone_dates_its_event_by_its_day(pipeline):
    # no separate day is named: the clock time's own value gives the day, as a day
    assert _dates(pipeline, "Kenya criticised Uganda at 10am yesterday.") == [("2026-05-05", "day", "10am yesterday")]


@pytest.mark.parametrize("text", [
    "Kenya criticised Uganda in the spring of 2024.",
    "Kenya criticised Uganda in the third quarter of 2024.",
    "Kenya criticised Uganda in the week of 4 May.",
])
def test_a_time_no_calendar_reads_dates_no_event(pipeline, text):
    # an event's date is a day, month, year or decade the corpus can sort and filter by ("2024-SP" is none)
    assert _dates(pipeline, text) == [(PUBLISHED, "day", "document date")]


def test_a_time_passed_over_does_not_stop_the_later_ones(pipeline):
    # the duration dates nothing, and the year after it still dates the second event
    doc = pipeline.extract("Kenya has criticised Uganda for two years. Kenya criticised Sudan in 2024.",
                           published=PUBLISHED)
    assert [e.date.value for e in doc.events if e.type == "ACCUSE"] == [PUBLISHED, "2024"]


@pytest.mark.parametrize("text", [
    "Kenya criticised Uganda through 2024.",
    "Through 2024, Kenya criticised Uganda.",   # the range word is the text's first word
])
def test_a_range_through_a_year_dates_no_event(pipeline, text):
    assert _dates(pipeline, text) == [(PUBLISHED, "day", "document date")]


def test_a_time_opening_the_text_dates_its_event(pipeline):
    # the text's last word is "through": a time opening the text has no word before it, not that one
    assert _dates(pipeline, "Yesterday Kenya criticised Uganda and the deal fell through") == [
        ("2026-05-05", "day", "Yesterday")]


def _parsed(words, dates):
    """A hand-built parse of `words` (one space after each) whose DATE entities cover the token ranges `dates`."""
    sdoc = Doc(spacy.blank("en").vocab, words=words)
    sdoc.ents = [Span(sdoc, a, b, label=label) for a, b, label in dates]
    return Document(text=sdoc.text), sdoc


@pytest.mark.parametrize("words, dates, expected", [
    # the parser's bare years, alone or after "in"/"the", date history when the times stage found no time
    (["Kenya", "condemned", "the", "2003", "invasion"], [(2, 4, "DATE")], {2: ("2003", "year", "the 2003", "condemned")}),
    (["They", "met", "in", "1998"], [(2, 4, "DATE")], {2: ("1998", "year", "in 1998", "met")}),
    (["They", "met", "in", "1998"], [(3, 4, "DATE")], {3: ("1998", "year", "1998", "in")}),
    # a year inside another entity, a number that is no year, a capitalised "In"/"The", a longer phrase: none
    (["They", "met", "in", "1998"], [(3, 4, "CARDINAL")], {}),
    (["They", "sold", "1700", "cars"], [(2, 3, "DATE")], {}),
    (["In", "1998", "they", "met"], [(0, 2, "DATE")], {}),
    (["They", "met", "in", "May", "1998"], [(3, 5, "DATE")], {}),
])
def test_the_parsers_years_stand_in_when_the_times_stage_found_none(words, dates, expected):
    doc, sdoc = _parsed(words, dates)
    assert _time_index(doc, sdoc) == expected


def test_no_time_no_index():
    doc, sdoc = _parsed(["They", "met"], [])
    assert _time_index(doc, sdoc) == {}


HEADLINE = "Kenya Condemns Uganda Over Border Raid\n\n"


def test_a_body_date_does_not_date_the_headlines_last_word(pipeline):
    # the recased headline's parse ends with it: the body's date is no word of the headline
    doc = pipeline.extract(HEADLINE + "Officials met in Nairobi on 3 May 2024.", published=PUBLISHED)
    dates = {e.trigger.text: e.date.value for e in doc.events}
    assert dates == {"Condemns": PUBLISHED, "Raid": PUBLISHED, "met": "2024-05-03"}


def test_a_date_before_a_headline_does_not_date_it(pipeline):
    doc = pipeline.extract("Officials met in Nairobi on 3 May 2024.\n\n" + HEADLINE + "Officials met again.",
                           published=PUBLISHED)
    dates = [(e.trigger.text, e.date.value) for e in doc.events]
    assert dates[:3] == [("met", "2024-05-03"), ("Condemns", PUBLISHED), ("Raid", PUBLISHED)]


def test_the_headlines_own_date_still_dates_it(pipeline):
    doc = pipeline.extract("Kenya Condemns Uganda Over 2003 Border Raid\n\nOfficials met in Nairobi on 3 May 2024.",
                           published=PUBLISHED)
    assert {e.trigger.text: e.date.value for e in doc.events} == {"Condemns": PUBLISHED, "Raid": "2003",
                                                                   "met": "2024-05-03"}



def test_a_headline_after_a_dated_sentence_keeps_its_own_date(pipeline):
    # the earlier sentence's date is passed over, and the headline's own year still read after it
    doc = pipeline.extract("Officials met in Nairobi on 3 May 2024.\n\nKenya Condemns Uganda Over 2003 Border Raid\n\n"
                           "Officials met again.", published=PUBLISHED)
    assert [(e.trigger.text, e.date.value) for e in doc.events][:3] == [("met", "2024-05-03"), ("Condemns", PUBLISHED),
                                                                       ("Raid", "2003")]


def test_a_time_right_after_a_headlines_last_character_is_no_word_of_it():
    # a headline's parse ends with its last character: a time glued to it ("...Raid.Monday") is the next sentence's
    from newsgraph.model import TimeExpr

    sdoc = Doc(spacy.blank("en").vocab, words=["Kenya", "condemns", "raid", "."], spaces=[True, True, False, False])
    text = sdoc.text + "Monday"
    t = TimeExpr(id="t1", start=len(sdoc.text), end=len(text), text="Monday", value="2026-05-04", granularity="day")
    assert _time_index(Document(text=text, times=[t]), sdoc) == {}
    inside = TimeExpr(id="t2", start=15, end=19, text="raid", value="2026-05-04", granularity="day")
    assert _time_index(Document(text=text, times=[inside]), sdoc) == {2: ("2026-05-04", "day", "raid", "condemns")}

# ---- places.street_matches: a list of roads ("Elm and Oak roads")


def _roads(text, sdoc=None, blocked=()):
    from newsgraph import places
    from newsgraph.places.spans import SpanIndex

    sdoc = spacy.blank("en")(text) if sdoc is None else sdoc
    return [(text[a:b], label) for a, b, label in places.street_matches(sdoc, text, SpanIndex(list(blocked)))]


@pytest.mark.parametrize("text", ["Water rose near Elm, And, and Oak roads.", "Water rose near Elm, Or, and Oak roads."])
def test_a_stray_capitalised_conjunction_in_a_list_of_roads_names_no_road(text):
    # a slip of the keyboard between the list's commas is no road called "And" or "Or" (even with no word classes)
    assert _roads(text) == [("Elm", "STREETS"), ("Oak", "STREETS")]


def _tagged(words, pos):
    """A hand-tagged parse of `words`, spaced as written (no space before a comma or a full stop)."""
    spaces = [nxt not in (",", ".") for nxt in words[1:]] + [False]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)


@pytest.mark.parametrize("first, pos", [("However", "ADV"), ("Then", "ADV"), ("Overnight", "ADV"), ("Still", "ADV"),
                                        ("So", "CCONJ"), ("Although", "SCONJ"), ("Inside", "ADP"), ("Both", "DET"),
                                        ("Everyone", "PRON"), ("Alas", "INTJ")])
def test_a_sentences_opening_word_before_a_list_of_roads_is_no_road(first, pos):
    words = [first, ",", "Elm", "and", "Oak", "roads", "were", "shut", "."]
    sdoc = _tagged(words, [pos, "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "AUX", "VERB", "PUNCT"])
    assert _roads(sdoc.text, sdoc) == [("Elm", "STREETS"), ("Oak", "STREETS")]


@pytest.mark.parametrize("pos", ["PROPN", "NOUN", "ADJ", "VERB", "NUM"])
def test_a_list_of_roads_keeps_its_first_name_whatever_else_the_parser_calls_it(pos):
    # "Crabgrass, Owens and Harris roads": the first item is a road, whether the parser reads it a name or not
    words = ["Crabgrass", ",", "Owens", "and", "Harris", "roads", "were", "shut", "."]
    sdoc = _tagged(words, [pos, "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "AUX", "VERB", "PUNCT"])
    assert [name for name, _ in _roads(sdoc.text, sdoc)] == ["Crabgrass", "Owens", "Harris"]


def test_the_word_class_read_is_the_items_first_words():
    # a two-word item ("Old Mill") is read by its first word's class; a later adverb does not drop it
    words = ["Near", "Old", "Mill", "and", "Oak", "roads", "."]
    sdoc = _tagged(words, ["ADP", "PROPN", "ADV", "CCONJ", "PROPN", "NOUN", "PUNCT"])
    assert [name for name, _ in _roads(sdoc.text, sdoc)] == ["Old Mill", "Oak"]



def test_the_word_class_is_read_where_the_parsers_token_runs_past_the_name():
    # a tokeniser that keeps the comma on the word ("However,"): its word class still speaks for "However"
    sdoc = Doc(spacy.blank("en").vocab, words=["However,", "Elm", "and", "Oak", "roads", "shut", "."],
               spaces=[True, True, True, True, True, False, False], pos=["ADV", "PROPN", "CCONJ", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert [name for name, _ in _roads(sdoc.text, sdoc)] == ["Elm", "Oak"]

@pytest.mark.parametrize("label, kept", [("DATE", False), ("TIME", False), ("PERSON", True), ("ORG", True)])
def test_a_time_the_parser_found_before_a_list_of_roads_is_no_road(label, kept):
    # "Yesterday, Elm and Oak roads": the parser's date is the sentence's time; its person or firm may name a road
    text = "Yesterday, Elm and Oak roads were shut."
    got = _roads(text, blocked=[(0, 9, label)])
    assert [name for name, _ in got] == (["Yesterday"] if kept else []) + ["Elm", "Oak"]


@pytest.mark.parametrize("text", ["However, Elm and Oak roads were closed.", "Overnight, Elm and Oak roads were closed."])
def test_an_opening_adverb_is_no_place(pipeline, text):
    assert [(p.name, p.feature) for p in pipeline.extract(text).places] == [("Elm", "street"), ("Oak", "street")]
