"""Session 38, s38-speedq: work the quotes and places stages did for nothing, left out before it is done, each
held equal to what it replaced.

The texts are our own wordings, written for this file (not from any corpus): clause heads that are verbs
outside the cue lexicon, learnt by the filter or not ("allowed", "won", "visited", "glimpsed"), beside cues of
the lexicon, stance nouns and adjectives."""

import pytest

from newsgraph.attribution import filter as attribution_filter
from newsgraph.attribution import indirect, lexicon
from newsgraph.attribution import stage as qstage
from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

from stageutil import annotated

TEXTS = [
    "The mayor of Kelport allowed the ferries to sail, and the harbour crew won the cup on Sunday.",
    "Marta Velk visited the mill and glimpsed the river, then said that the dam would hold.",
    "The union's plan drew criticism from the council, which was eager to end the strike.",
    "Officials decided to close the bridge; residents took the news badly and built a barricade.",
    "The board released a statement that the accounts were sound, and the auditors endorsed it.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)]


@pytest.fixture(scope="module")
def docs():
    return [p.doc for p in parse_many(load(), [(t, _body(t)) for t in TEXTS])]


def _proposable(flt):
    return lambda lemma: flt.weights.get(f"lemma={lemma}", 0.0) > qstage.GENERIC_MIN_WEIGHT


def _index(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_a_verb_outside_the_lexicon_the_filter_has_not_learnt_is_no_candidate(docs):
    lex, flt = lexicon.default(), attribution_filter.default()
    weight = lambda lemma: flt.weights.get(f"lemma={lemma}", 0.0)  # noqa: E731
    assert weight("win") <= 0 and weight("visit") <= 0 and weight("glimpse") <= 0 and weight("allow") > 0
    assert "win" not in lex.verbs and "allow" not in lex.verbs
    first, second = docs[0], docs[1]
    every = indirect.candidates(first, lex, flt)
    kept = indirect.candidates(first, lex, flt, _proposable(flt))
    assert _index(first, "won") in every and _index(first, "won") not in kept
    assert _index(first, "allowed") in kept  # learnt by the filter: still proposed
    every = indirect.candidates(second, lex, flt)
    kept = indirect.candidates(second, lex, flt, _proposable(flt))
    for word in ("visited", "glimpsed"):
        assert _index(second, word) in every and _index(second, word) not in kept
    assert _index(second, "said") in kept  # a cue of the lexicon is a candidate whatever `proposable` says
    assert kept == sorted(kept) and len(set(kept)) == len(kept)


def test_without_proposable_every_clause_head_stays(docs):
    lex, flt = lexicon.default(), attribution_filter.default()
    for doc in docs:
        assert indirect.candidates(doc, lex, flt, None) == indirect.candidates(doc, lex, flt)
        assert set(indirect.clause_heads(doc)) <= set(indirect.candidates(doc, lex, True))


def test_nouns_and_adjectives_heading_a_clause_stay_whatever_their_lemma(docs):
    """A noun or an adjective outside the lexicon's sets may still be a stance noun or a cue adjective whose
    lemma the lemmatizer capitalised: the filter's lemma test is the verbs' only."""
    for doc in docs:
        heads = indirect.clause_heads(doc)
        kept = indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: False)
        assert kept == [i for i in heads if doc[i].pos_ in ("NOUN", "ADJ")]
        everything = indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: True)
        assert everything == [i for i in heads if doc[i].pos_ in ("NOUN", "ADJ", "VERB")]


def test_the_lemma_asked_about_is_the_lower_case_lemma(docs):
    asked = []
    doc = docs[0]
    heads = indirect.clause_heads(doc)
    indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: asked.append(lemma) or False)
    assert asked == [doc[i].lemma_.lower() for i in heads if doc[i].pos_ == "VERB"] and "allow" in asked


def test_the_stage_finds_what_it_found_with_every_clause_head(pipeline, monkeypatch):
    """The left-out heads were never attributions: extract_all with the filter finds the same quotes and
    attributions as when every clause head is a candidate (the code before this session)."""
    found = []
    for text in TEXTS + [" ".join(TEXTS)]:
        doc, parse = annotated(pipeline, text)
        found.append(qstage.extract_all(doc, parse))
    everything = indirect.candidates
    monkeypatch.setattr(qstage, "candidates", lambda sdoc, lex, generic=False, proposable=None:
                        everything(sdoc, lex, generic))
    for text, (quotes, atts) in zip(TEXTS + [" ".join(TEXTS)], found):
        doc, parse = annotated(pipeline, text)
        q2, a2 = qstage.extract_all(doc, parse)
        assert [repr(q) for q in quotes] == [repr(q) for q in q2]
        assert [repr(a) for a in atts] == [repr(a) for a in a2]
    assert any(atts for _, atts in found)
