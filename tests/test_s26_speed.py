"""Session 26 (s26-speed): the stages' shortcuts give what the long way gives.

spans.token_span(doc, a, b) is doc[a:b] for every pair of ints (a Span made directly when the bounds are
in order and inside the Doc, spaCy's slice otherwise).

Our own sentences."""

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import spans as spans_mod
from newsgraph.nlp import load, parse_many
from newsgraph.model import Section
from newsgraph.spans import token_span

_SENTENCES = [
    "The mayor of Riverton said on Tuesday that the bridge would reopen in March.",
    "Workers who had waited twenty-one years for the rail link cheered, and the council met again.",
    "\"We will not stop,\" she told reporters outside the hall. Nobody answered.",
    "A storm hit the coast late on Friday night; two boats sank near Harbour Point.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)] if text else []


@pytest.fixture(scope="module")
def docs():
    nlp = load()
    texts = [" ".join(_SENTENCES), _SENTENCES[0], "Rain.", ""]
    return [p.doc for p in parse_many(nlp, [(t, _body(t)) for t in texts])]


def _same(x, y):
    assert type(x) is type(y)
    assert (x.start, x.end, x.label, x.kb_id, x.id) == (y.start, y.end, y.label, y.kb_id, y.id)
    assert x == y and x.doc is y.doc
    assert [t.i for t in x] == [t.i for t in y] and x.text == y.text


# --- spans.token_span ----------------------------------------------------------------------------

@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_token_span_is_the_slice_for_any_pair_of_ints(docs, data):
    doc = data.draw(st.sampled_from(docs))
    n = len(doc)
    a = data.draw(st.integers(-n - 3, n + 3))
    b = data.draw(st.integers(-n - 3, n + 3))
    _same(token_span(doc, a, b), doc[a:b])


def test_token_span_is_the_slice_at_every_pair_of_a_short_doc(docs):
    doc = docs[1]
    n = len(doc)
    for a in range(-n - 2, n + 3):
        for b in range(-n - 2, n + 3):
            _same(token_span(doc, a, b), doc[a:b])


@pytest.fixture
def slicing(monkeypatch):
    """The pairs spaCy's slice normalised (Doc.__getitem__ calls spacy.util.normalize_slice on a slice)."""
    seen = []
    real = spacy.util.normalize_slice

    def counting(length, start, stop, step=None):
        seen.append((start, stop))
        return real(length, start, stop, step)

    monkeypatch.setattr(spacy.util, "normalize_slice", counting)
    return seen


def test_bounds_in_order_and_inside_the_doc_make_the_span_directly(docs, slicing):
    doc = docs[1]
    n = len(doc)
    pairs = [(0, 0), (0, 1), (0, n), (n, n), (n - 1, n), (2, 5), (3, 3)]
    for a, b in pairs:
        s = token_span(doc, a, b)
        assert (s.start, s.end) == (a, b)
    assert slicing == []  # no slice was normalised
    doc[2:5]
    assert slicing == [(2, 5)]  # (the patch sees the slice's own normalising)


@pytest.mark.parametrize("a, b", [(-1, 3), (3, -1), (5, 2), (0, 10_000), (-10_000, 2), (4, 10_000)])
def test_other_bounds_go_to_the_slice(docs, slicing, a, b):
    doc = docs[1]
    s = token_span(doc, a, b)
    assert slicing == [(a, b)]
    _same(s, doc[a:b])


def test_token_span_of_the_empty_doc(docs, slicing):
    doc = docs[3]
    assert len(doc) == 0
    _same(token_span(doc, 0, 0), doc[0:0])
    assert slicing == [(0, 0)]  # (the slice's own, for the comparison)
    _same(token_span(doc, 0, 1), doc[0:1])


def test_the_module_makes_spacy_spans():
    assert spans_mod.Span is spacy.tokens.Span
