"""The quotes stage (attribution/stage.py) on small texts of my own, each pinning the exact output of the
real pipeline where a mutant of the session-11 run changed it (docs/testing.md, "Session 11,
s11-mut-stage")."""

from __future__ import annotations


def quotes(doc):
    """(kind, text, cue, speaker text) of every quote, in text order."""
    return [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker_text) for q in doc.quotes]


def attributions(doc):
    """(kind, content pieces, cue, source) of every attribution, in text order."""
    return [(a.kind, [c.text for c in a.content], a.cue.text if a.cue else None, a.source.text if a.source else None)
            for a in doc.attributions]


# --- a paragraph ending with "X said:" before a quote (_colon_cue) -----------------------------------------


def test_a_passive_verb_of_saying_before_the_colon_is_not_the_quotes_cue(pipeline):
    # the aides told the senator; what follows the colon is the senator's
    doc = pipeline.extract("Told by aides to stop, the senator shouted:\n\n“We will build the bridge.”")
    assert quotes(doc) == [("direct", "We will build the bridge.", "shouted", "the senator")]
    assert attributions(doc) == [("indirect", ["to stop"], "Told", "aides"),
                                 ("direct", ["“We will build the bridge.”"], "shouted", "the senator")]
    doc = pipeline.extract("It was announced on Monday:\n\n“The bridge will open in May.”")
    assert quotes(doc) == [("direct", "The bridge will open in May.", None, None)] and attributions(doc) == []


def test_a_lexicon_verb_ending_the_paragraph_before_the_quote_is_its_cue(pipeline):
    doc = pipeline.extract("Nurse Ella Potts echoed:\n\n“The ward is full every night.”")
    assert quotes(doc) == [("direct", "The ward is full every night.", "echoed", "Nurse Ella Potts")]
    assert attributions(doc) == [("direct", ["“The ward is full every night.”"], "echoed", "Nurse Ella Potts")]


def test_a_verb_whose_object_is_a_statement_before_the_colon_is_the_cue(pipeline):
    doc = pipeline.extract("Officials gave these remarks:\n\n“We will build the bridge.”")
    assert quotes(doc) == [("direct", "We will build the bridge.", "gave", "Officials")]
    assert attributions(doc) == [("mixed", ["these remarks", "“We will build the bridge.”"], "gave", "Officials")]
    # passive, the statement its subject: no one is named as giving it
    doc = pipeline.extract("The following statement was issued:\n\n“We mourn a friend.”")
    assert quotes(doc) == [("direct", "We mourn a friend.", None, None)] and attributions(doc) == []


def test_a_verb_of_saying_inside_quotation_marks_before_the_colon_is_not_the_cue(pipeline):
    doc = pipeline.extract("The council's motto, “say less,” was read aloud by Anna Berg, who said:\n\n"
                           "“We will build the bridge.”")
    assert quotes(doc) == [("partial", "say less", "said", "Anna Berg, who"),
                           ("direct", "We will build the bridge.", "said", "Anna Berg, who")]


def test_a_passive_report_named_before_the_colon_is_the_quotes_medium(pipeline):
    # no subject and no speaker, but the verb of saying still frames the quote as the report's
    doc = pipeline.extract("As noted in the report:\n\n“We will build the bridge.”")
    assert quotes(doc) == [("direct", "We will build the bridge.", "noted", None)]
    assert doc.quotes[0].medium == "report"
    assert attributions(doc) == [("direct", ["“We will build the bridge.”"], "noted", None)]


# --- the words a cue's object holds before a partial quote (_object_lead) -----------------------------------


def test_a_partial_quote_opening_the_cues_object_has_no_lead_not_even_its_mark(pipeline):
    doc = pipeline.extract("Mayor Tom Reed called “a disaster” what the council did to the budget.")
    assert quotes(doc) == [("partial", "a disaster", "called", "Mayor Tom Reed")]
    assert attributions(doc) == [("partial", ["“a disaster”"], "called", "Mayor Tom Reed")]
    doc = pipeline.extract("Mayor Tom Reed called the new budget plan “a disaster for every family.”")
    assert attributions(doc) == [("partial", ["the new budget plan “a disaster for every family.”"], "called",
                                  "Mayor Tom Reed")]


def test_a_partial_quote_in_the_cues_prepositional_phrase_leads_from_the_preposition(pipeline):
    doc = pipeline.extract("Mayor Tom Reed spoke of “a disaster for every family.”")
    assert quotes(doc) == [("partial", "a disaster for every family.", "spoke", "Mayor Tom Reed")]
    assert attributions(doc) == [("partial", ["of “a disaster for every family.”"], "spoke", "Mayor Tom Reed")]
