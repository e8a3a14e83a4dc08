"""Session 34 (s34-lemma): the small model's lemmatizer makes "hop" of "hopes", "hoped", "hoping" and "slat" of
"slates", "slated", "slating", so the "hope" and "slate" in times.py's verb lists never matched. Every reader of
those lists now asks `nlp.verb_lemma`; so do `nlp.hyphenated_verbs`, which never repaired "gang-raped" (the model
makes "rap" of "raped"), and the events stage's `_spliced` (a clause before "hoped" is what was hoped). One test
per reader, own sentences (none from an evaluation corpus); on 010c0c33's code every case of the "mended" tests
fails, and the controls pass on both."""

import pytest

from newsgraph.events import stage as events_stage
from newsgraph.nlp import hyphenated_verbs, verb_lemma
from stageutil import checked

WED = "2026-03-11"  # a Wednesday: last Friday 03-06, next Friday 03-13
OCT = "2026-10-02"  # a Friday in October: the September just gone is 2026-09, the next one 2027-09
DEC = "2026-12-02"  # a Wednesday in December: the January just gone is 2026-01, the next one 2027-01


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


class _Tok:
    def __init__(self, lower, lemma):
        self.lower_, self.lemma_ = lower, lemma


@pytest.mark.parametrize("lower, lemma, expected", [
    ("hopes", "hop", "hope"), ("hoped", "hop", "hope"), ("hoping", "hop", "hope"),
    ("slates", "slat", "slate"), ("slated", "slat", "slate"), ("slating", "slat", "slate"),
    ("rapes", "rap", "rape"), ("raped", "rap", "rape"), ("raping", "rap", "rape"),
    ("hopped", "hop", "hop"), ("slats", "slat", "slat"), ("rapped", "rap", "rap"), ("planned", "plan", "plan"),
])
def test_lemma_mends_only_the_misread_forms(lower, lemma, expected):
    assert verb_lemma(_Tok(lower, lemma)) == expected


@pytest.mark.parametrize("text, published, expected", [
    # verb_tense, an infinitive under a participle the tagger calls VBN (FUTURE_HEADS)
    ("The hearings were slated to reopen on Friday, a clerk said.", WED, [("Friday", "2026-03-13")]),
    # verb_tense, the same under a "slated" the tagger calls VBD (the _SCHEDULE test of a past head)
    ("Lawmakers slated to vote on Friday met the president.", WED, [("Friday", "2026-03-13")]),
    # verb_tense's passive branch: a present passive of a plan is its future, not the September just gone
    ("The referendum is slated for September.", OCT, [("September", "2027-09")]),
    # _scheduled_for: a reduced relative's day, the thing told as still to come
    ("The auction, slated for Friday, will be postponed.", WED, [("Friday", "2026-03-13")]),
    # _told_in_past: a date hanging on a passive hope, like one on "was expected", is not fixed in the past by the
    # report's tense: the nearest January, which lies ahead
    ("An end to the strike was hoped for in January.", DEC, [("January", "2027-01")]),
])
def test_a_slated_or_hoped_plan_looks_ahead(times, text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text", [
    "The farmer hopes one day to buy back the land.",
    "Her parents hoped one day to see her play at Wembley.",
])
def test_one_day_after_a_hope_is_someday(times, text):
    assert times(text, WED) == [("one day", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "Workers hoped soon to return home.",
    "The families were hoping soon for news.",
])
def test_soon_after_a_past_hope_still_looks_ahead(times, text):
    assert times(text, WED) == [("soon", "FUTURE_REF")]


@pytest.mark.parametrize("text, expected", [
    ("Two goats hopped over the fence on Friday.", [("Friday", "2026-03-06")]),  # a real "hop" is no hope
    ("The crew hoped to dock on Friday, but the engine failed.", [("Friday", "2026-03-06")]),  # a past hope
    ("The storm soon hopped across the bay.", []),  # "soon" after a past hop: no time after now
])
def test_controls_stay(times, text, expected):
    assert times(text, WED) == expected


@pytest.mark.parametrize("text, subject, obj", [
    ("Soldiers gang-raped women in the village.", "Soldiers", "women"),
    ("Fighters gang-raped girls in the town.", "Fighters", "girls"),
])
def test_gang_raped_is_repaired_as_the_clause_verb(pipeline, text, subject, obj):
    doc = pipeline.nlp(text)
    hyphenated_verbs(doc)
    verb = next(t for t in doc if t.lower_ == "raped")
    kids = {c.text: c.dep_ for c in verb.children}
    assert verb.dep_ == "ROOT" and kids[subject] == "nsubj" and kids[obj] == "dobj"


@pytest.mark.parametrize("text, clause, spliced", [
    ("The rebels would seize the town within days, the commander hoped.", "seize", False),
    ("The truce will hold, the envoy hopes.", "hold", False),
    ("Aid would reach the camps by Friday, officials were hoping.", "reach", False),
    ("Thousands marched in the capital, police detained dozens.", "marched", True),  # two clauses, no thought
])
def test_a_clause_before_a_hope_is_its_content_not_a_spliced_clause(pipeline, text, clause, spliced):
    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.text == clause)
    assert verb.dep_ == "ccomp" and events_stage._spliced(verb) is spliced
