"""Factuality flags straight from parses (no pipeline): the clause rules and quotation spans."""

import pytest

from newsgraph.events.factuality import clause_flags, quoted_spans


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load

    return load()


def flags_of(nlp, text, word, is_noun=False, triggers=None):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    types = {}
    for w, t in (triggers or {}).items():
        types[next(x.i for x in doc if x.text == w)] = t
    return clause_flags(tok, is_noun, types)


def test_plain_past_is_factual(nlp):
    assert flags_of(nlp, "Israel attacked Gaza.", "attacked") == (set(), False)


def test_negation_and_modality(nlp):
    assert "negated" in flags_of(nlp, "Israel did not attack Gaza.", "attack")[0]
    assert "hypothetical" in flags_of(nlp, "Israel could attack Gaza.", "attack")[0]
    f, commit = flags_of(nlp, "Israel will attack Gaza.", "attack")
    assert "future" in f and commit


def test_governing_verbs(nlp):
    assert "negated" in flags_of(nlp, "Iran refused to meet the envoy.", "meet")[0]
    f, commit = flags_of(nlp, "Iran plans to meet the envoy.", "meet")
    assert "future" in f and not commit
    f, commit = flags_of(nlp, "Iran agreed to meet the envoy.", "meet")
    assert "future" in f and commit
    assert "hypothetical" in flags_of(nlp, "If Iran attacks, Israel will respond.", "attacks")[0]


def test_reported_would_is_a_commitment(nlp):
    f, commit = flags_of(nlp, "Iraq said it would allow the inspectors back.", "allow")
    assert f == {"future"} and commit
    assert "hypothetical" in flags_of(nlp, "A deal would be a breakthrough.", "deal", is_noun=True)[0]


def test_noun_modifiers_and_content_of_requests(nlp):
    assert "negated" in flags_of(nlp, "There were no talks on Monday.", "talks", is_noun=True)[0]
    assert "future" in flags_of(nlp, "The planned summit was announced.", "summit", is_noun=True)[0]
    f, _ = flags_of(nlp, "Egypt called for talks between the parties.", "talks", is_noun=True, triggers={"called": "REQUEST"})
    assert "hypothetical" in f


def test_quoted_spans():
    text = 'He said "we attacked" and “they fled” today.'
    spans = quoted_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ['"we attacked"', "“they fled”"]
