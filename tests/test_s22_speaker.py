"""Session 22 (s22-speaker): speakers of attributions, with sentences of our own.

Parser readings that a sentence may or may not get from the model are pinned on hand-built parses (a spaCy
`Doc` with its heads and labels, our own words); the rest goes through the pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _subject
from test_attribution_mutants_s14 import attributions

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


# --- inverted order: "…, said Smith" ---------------------------------------------------------------------

def test_inverted_verb_takes_the_name_after_it_not_the_fronted_subject():
    # "The failure of the talks signals a strike, said Hale.": the parser gave "said" both the content's
    # subject and the name after it; in this order the speaker is the one after the verb
    doc = _doc(("The", 1, "det", "DET", "DT"), ("failure", 6, "nsubj", "NOUN", "NN"),
               ("signals", 6, "ccomp", "VERB", "VBZ"), ("a", 4, "det", "DET", "DT"),
               ("strike", 2, "dobj", "NOUN", "NN"), (",", 6, "punct", "PUNCT", ","),
               ("said", 6, "ROOT", "VERB", "VBD"), ("Hale", 6, "nsubj", "PROPN", "NNP"), (".", 6, "punct", "PUNCT", "."))
    assert _subject(doc[6]).text == "Hale"


def test_verb_not_after_a_comma_keeps_its_own_subject_order():
    # no inversion: "Officials said Hale …" with two subjects stays as before (the one before the verb)
    doc = _doc(("Officials", 1, "nsubj", "NOUN", "NNS"), ("said", 1, "ROOT", "VERB", "VBD"),
               ("Hale", 1, "nsubj", "PROPN", "NNP"), ("left", 1, "ccomp", "VERB", "VBD"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[1]).text == "Officials"


def test_inverted_aside_inside_the_content_names_the_speaker(pipeline):
    # "X, said Y, …": the parser makes Y the subject of the content's verb; set off by commas, Y is the speaker
    doc = pipeline.extract("The plan, said Tom Hale and two aides, would never pass the council.")
    assert [a[2:] for a in attributions(doc.attributions)] == [("said", "Tom Hale and two aides")]
    doc = pipeline.extract("The mayor, said Tom Hale, never forgets a slight.")
    assert [a[2:] for a in attributions(doc.attributions)] == [("said", "Tom Hale")]


def test_plain_inverted_order_still_works(pipeline):
    doc = pipeline.extract("Taxes will rise next year, said the mayor.")
    assert attributions(doc.attributions) == [("indirect", ["Taxes will rise next year"], "said", "the mayor")]


# --- "Name (party-state): “…”" --------------------------------------------------------------------------

def test_name_with_party_and_state_before_the_colon_speaks_the_quote(pipeline):
    doc = pipeline.extract('Rep. Ann Lee (R-Ohio): "We have not seen a single page of that report."')
    assert attributions(doc.attributions) == [("direct", ['"We have not seen a single page of that report."'], ":", "Ann Lee")]
    doc = pipeline.extract('The hearing ran late.\n\nSen. Maria Olsen (D-Ore.): "Nobody here has seen the numbers."')
    assert [a[2:] for a in attributions(doc.attributions)] == [(":", "Maria Olsen")]


def test_a_parenthesis_that_never_opens_gives_no_speaker(pipeline):
    # a colon after a closing bracket with no opening one near: no name to read
    from newsgraph.attribution.stage import _past_parenthesis

    class T:
        def __init__(self, text):
            self.text = text

    toks = [T(":"), T(")")] + [T("x")] * 10
    assert _past_parenthesis(toks, False) == []
    toks = [T(":"), T(")"), T("D"), T("("), T("Olsen")]
    assert [t.text for t in _past_parenthesis(toks, False)] == ["Olsen"]
    toks = [T(":"), T("Olsen")]
    assert [t.text for t in _past_parenthesis(toks, False)] == ["Olsen"]


# --- credit lines: "“…”\n\n-Anna Lopez, Dover." ---------------------------------------------------------------

def test_dash_credit_line_after_a_quote_paragraph_names_the_speaker(pipeline):
    doc = pipeline.extract('Delegates spoke to us on the floor.\n\n"We came a long way to see this, and it was worth every '
                           'mile."\n\n-Anna Lopez, Dover.\n\n"The speech went on too long."\n\n- Tom Hale, tweeting after the speech.')
    assert [a[2:] for a in attributions(doc.attributions)] == [("-", "Anna Lopez"), ("-", "Tom Hale")]


def test_quote_paragraph_followed_by_ordinary_text_stays_unattributed(pipeline):
    doc = pipeline.extract('Delegates spoke to us on the floor.\n\n"We came a long way to see this."\n\nThe hall emptied slowly.')
    assert [a[2:] for a in attributions(doc.attributions)] == [(None, None)]
    # a dash line that names no one is no credit
    doc = pipeline.extract('Delegates spoke to us on the floor.\n\n"We came a long way to see this."\n\n- more to come.')
    assert all(a[3] is None for a in attributions(doc.attributions))
