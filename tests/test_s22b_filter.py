"""Session 22 (s22b-filter): candidates that report no one's words or thoughts, with sentences of our own."""

from newsgraph.attribution.stage import extract_all
from stageutil import annotated
from test_attribution_mutants_s14 import attributions


# --- a question put to "you" asks for a view, it reports none --------------------------------------------

def test_question_to_you_is_no_attribution(pipeline):
    for text in ("Do you support the new stadium plan?", "What do you think of the new stadium plan?",
                 "Will you vote for the mayor again next spring?",
                 "Do you really believe the council will approve it?"):
        assert pipeline.extract(text).attributions == [], text


def test_statement_about_you_and_a_question_reported_stay(pipeline):
    # no auxiliary before "you", no question mark: a statement of the reader's view, as before
    doc = pipeline.extract("You support the new stadium plan.")
    assert attributions(doc.attributions) == [("indirect", ["the new stadium plan"], "support", "You")]
    # the question is dropped, the one who asked it keeps what was asked
    doc = pipeline.extract('The mayor asked the crowd, "Do you support the new stadium plan?"')
    assert [(a[2], a[3]) for a in attributions(doc.attributions)] == [("asked", "The mayor")]


# --- the reporting clause after its content is a verb of saying or thinking ------------------------------

def _proposed(pipeline, text):
    """Every candidate with its path, verbs outside the lexicon proposed too (as `collect` does)."""
    doc, parse = annotated(pipeline, text)
    col = []
    atts = extract_all(doc, parse, flt=None, collect=col)[1]
    return [(a[2], [f for f in feats if f.startswith("path=")][0]) for a, (_, feats) in zip(attributions(atts), col)]


def test_verb_outside_the_lexicon_is_no_reporting_clause(pipeline):
    # "came", "stood" narrate: the clause before them is not what anyone says
    assert _proposed(pipeline, "Ticket sales rose by a third last year, almost half of which came from tourists.") == []
    assert ("stood", "path=generic-inverted") not in _proposed(
        pipeline, "The museum never stopped its tour while the guards stood outside.")


def test_lexicon_verb_after_its_content_still_reports_it(pipeline):
    assert _proposed(pipeline, "The bridge will stay shut until spring, the engineers fear.") == [("fear", "path=clause")]


# --- the newsroom's labels before a colon are no speakers -------------------------------------------------

def _colon_sources(pipeline, text):
    return [a[3] for a in attributions(pipeline.extract(text).attributions) if a[2] == ":"]


def test_desk_label_or_exclamation_before_a_colon_is_no_source(pipeline):
    for text in ("Breaking: The council has voted to close the old bridge for good.",
                 "The Latest: Council votes to close the old bridge for good.",
                 "Wow: The council has voted to close the old bridge for good."):
        assert _colon_sources(pipeline, text) == [], text
    opening = "Bridge to close\n\nThe council voted on Monday to close the old bridge.\n\n"
    for label in ("CORRECTION: An earlier version of this story gave the wrong date for the vote.",
                  "UPDATE: The mayor has since asked the council to reconsider."):
        assert _colon_sources(pipeline, opening + label) == [], label


def test_a_poll_or_a_speaker_before_a_colon_stays(pipeline):
    assert _colon_sources(pipeline, "Poll: Most residents want the old bridge kept open.") == ["Poll"]
    opening = "Bridge to close\n\nThe council voted on Monday to close the old bridge.\n\n"
    assert _colon_sources(pipeline, opening + "HALE: We will not close it without a second vote.") == ["HALE"]
