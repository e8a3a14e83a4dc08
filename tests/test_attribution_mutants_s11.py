"""Session 11 (s11-mut-attr): mutants of attribution/indirect.py that session 10 left open (`as_content`,
`_around`, `_reports_back`). Small texts of our own through the pipeline, every candidate collected with
the path that found it (no filter), compared whole: (path, type, cue, contents, source)."""

import pytest

from stageutil import candidates


# --- "As X noted, CLAUSE" (as_content) and the ranges around an inner clause (_around) ----------------------


@pytest.mark.parametrize("text, content", [
    # the clause after the as-clause, without its full stop (_around's trailing punctuation)
    ("As the mayor noted, the bridge will close in May.", ("the bridge will close in May",)),
    # a copula (tagged AUX) heads the main clause: still the clause the as-clause modifies
    ("As the mayor noted, the bridge is old.", ("the bridge is old",)),
    # an adverb or conjunction opening the sentence is no content, nor the comma after it
    ("Still, as the mayor noted, the bridge will close in May, and the ferry will run.",
     ("the bridge will close in May, and the ferry will run",)),
    ("And, as the mayor noted on Monday, the bridge will close in May.", ("the bridge will close in May",)),
])
def test_an_as_clause_of_saying_attributes_the_clause_it_modifies(pipeline, text, content):
    assert candidates(pipeline, text) == [("inverted", "speech", "noted", content, "the mayor")]


def test_a_one_word_piece_before_an_inner_cue_is_content(pipeline):
    # the subject alone before the inner clause is a fragment of its own (one token), the rest after it
    # starts past the comma
    assert candidates(pipeline, "Prices, the mayor said, rose sharply.") == [
        ("inverted", "speech", "said", ("Prices", "rose sharply"), "the mayor")]
    assert candidates(pipeline, "Prices, as the mayor noted, rose sharply.") == [
        ("inverted", "speech", "noted", ("Prices", "rose sharply"), "the mayor")]


def test_brackets_around_the_sentence_are_no_content(pipeline):
    # the opening and closing brackets are punctuation at the pieces' edges, which the stage's own trim
    # (spaces, commas, dashes, full stops) would not remove
    assert candidates(pipeline, "(Prices, the mayor said, rose sharply.)") == [
        ("inverted", "speech", "said", ("Prices", "rose sharply"), "the mayor")]


def test_a_trailing_as_clause_attributes_the_clause_before_it_without_the_comma(pipeline):
    assert candidates(pipeline, "The bridge will close in May, as the mayor noted.") == [
        ("inverted", "speech", "noted", ("The bridge will close in May",), "the mayor")]


def test_an_as_clause_without_a_subject_or_opened_by_another_word_is_no_cue(pipeline):
    # "As noted": no one named who noted it; "Before the mayor testified": a time, not a report
    assert candidates(pipeline, "As noted, the bridge will close in May.") == []
    assert candidates(pipeline, "Before the mayor testified, the bridge closed.") == []


# --- a trailing report the parser hung on an object cue (_reports_back) -------------------------------------


def test_a_trailing_report_after_a_plain_comma_is_not_the_object_cues_content(pipeline):
    # no quotation mark before the report, only the comma right before its first word
    assert candidates(pipeline, "The city expressed its deep concern, a senior official told Reuters on Monday.") == [
        ("clause", "speech", "told", ("The city expressed its deep concern",), "a senior official"),
        ("obj", "speech", "expressed", ("its deep concern",), "The city")]


# --- a participle right after a finite verb of saying (speakers._after_finite_verb) -------------------------


def _act(doc, cue):
    a = next(a for a in doc.attributions if a.cue is not None and a.cue.text == cue)
    return a.source.text if a.source is not None else None, doc.entity(a.speaker).name if a.speaker else None


@pytest.mark.parametrize("text, source, speaker", [
    # present tense, third person singular (VBZ) and plural (VBP) verbs are finite too
    ("Ralph Toller spoke for an hour. “Too much hate,” he says, blaming some of it on the new mayor.",
     "he", "Ralph Toller"),
    ("Ralph Toller and Ana Ruiz spoke for an hour. “Too much hate,” they say, blaming some of it on the new mayor.",
     "they", None),
    # the verb's own subject, not the word right before the verb (a place in the subject's phrase)
    ("“Too much hate,” the mayor of Lisbon said, blaming some of it on the press.", "the mayor of Lisbon", "mayor"),
    # no subject the parser gave the verb: the name right after it ("said Ralph Toller")
    ("“Too much hate,” said Ralph Toller, blaming some of it on the new mayor.", "Ralph Toller", "Ralph Toller"),
])
def test_a_participle_after_a_finite_verb_of_saying_is_its_speakers_act(pipeline, text, source, speaker):
    assert _act(pipeline.extract(text), "blaming") == (source, speaker)



# --- the understood subject of a participle or gerund (speakers._subject) -----------------------------------


def test_an_adverbial_participle_before_a_passive_takes_its_surface_subject(pipeline):
    # an advcl participle (not a gerund under a preposition): the passive main clause's subject claimed it
    doc = pipeline.extract("Claiming that the vote was rigged, the candidate was taken to court by the party.")
    assert _act(doc, "Claiming") == ("the candidate", None)
