"""Session 26 (s26-speed): the stages' shortcuts give what the long way gives.

- spans.token_span(doc, a, b) is doc[a:b] for every pair of ints (a Span made directly when the bounds
  are in order and inside the Doc, spaCy's slice otherwise);
- times.pattern_spans finds its trigger words in the lower column as an array instead of reading every
  token's id as a Python int: the long way is written out here as it stood before, and both read the
  same texts.

Our own sentences."""

import re

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import spans as spans_mod
from newsgraph import times
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


# --- times.pattern_spans: triggers found in the array --------------------------------------------

def _old_token_columns(sdoc):
    arr = sdoc.to_array(times._TOKEN_ATTRS)
    if not len(arr):
        return [], [], [], [], []
    return tuple(arr.T.tolist())


def _old_pattern_spans(text, cols):
    """times.pattern_spans as it stood at e86dd434 (every token's lower id a Python int in a list)."""
    idx, length, lower, etype, _ = cols
    n = len(idx)
    out = []
    last_end = -1
    for i, h in enumerate(lower):
        fam = times._TRIGGERS.get(h)
        if fam is None or idx[i] < last_end or (fam == "year" and etype[i] in times._NOT_YEAR_ENTS):
            continue
        rx = times.FAMILY_RE[fam]
        j = min(n - 1, i + 4)
        wend = idx[j] + length[j]
        for k in range(max(0, i - times.FAMILY_BACK.get(fam, 5)), i + 1):
            s = idx[k - 2] if k >= 2 and lower[k - 1] == times._HYPHEN and lower[k - 2] in times._TENS_WORDS else idx[k]
            m = times._window_match(rx, text, s, wend)
            if m is None or m.end() <= idx[i]:
                continue
            inner = next((g for g, v in m.groupdict().items() if v and g.startswith("inner")), None)
            a, b = m.span(inner) if inner else m.span()
            if b - a == 3 and text[a:b] == "May":
                prev = text[max(0, a - 12):a].split()
                if not prev or prev[-1].lower() not in times._BARE_MONTH_OK:
                    break
            out.append((a, b))
            last_end = b
            break
    return out


_WORDS = ["the", "council", "met", "on", "Monday", "last", "week", "twenty", "-", "one", "years", "ago", "May",
          "may", "in", "March", "2019", "1500", "since", "June", "this", "morning", "next", "year", "thirty",
          "-", "five", "days", "later", ",", "of", "early", "spring", "Sunday", "'s", "turnout", "was", "sixty",
          "percent", "at", "noon", "two", "decades", "Christmas", "Eve", "a", "quarter", "century", "-old", "."]
_LABELS = [None, "DATE", "TIME", "CARDINAL", "PERSON", "MONEY"]


@st.composite
def _texts(draw):
    """A text of our words and some entities on them (a blank-English Doc: its own tokenizer)."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40))
    text = " ".join(words)
    text = re.sub(r" - ", "-", text) if draw(st.booleans()) else text  # "twenty-one", "thirty-five"
    return text, draw(st.lists(st.sampled_from(_LABELS), min_size=0, max_size=8))


_BLANK = []


def _blank_doc(text, labels):
    if not _BLANK:
        _BLANK.append(spacy.blank("en"))
    doc = _BLANK[0](text)
    ents, k = [], 0
    for label in labels:  # one-token entities, on every other token from the start
        if k >= len(doc):
            break
        if label is not None and not doc[k].is_space:
            ents.append(doc[k:k + 1])
            ents[-1].label_ = label
        k += 2
    doc.ents = ents
    return doc


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_pattern_spans_from_the_array_are_the_long_ways(case):
    text, labels = case
    doc = _blank_doc(text, labels)
    assert times.pattern_spans(text, times.token_columns(doc)) == _old_pattern_spans(text, _old_token_columns(doc))
    assert times.date_entities(times.token_columns(doc)) == times.date_entities(_old_token_columns(doc))


@pytest.mark.parametrize("text", [
    "The strike began twenty-one years ago and ended in May.",
    "Turnout was thirty-five percent on Sunday, two days later.",
    "Since June 2019 the council has met every Monday morning.",
    "A total of 1500 troops left in March.",
    "Theresa May spoke. In May she resigned.",
    "",
])
def test_pattern_spans_on_parsed_sentences_are_the_long_ways(text):
    nlp = load()
    (p,) = parse_many(nlp, [(text, _body(text))])
    cols = times.token_columns(p.doc)
    assert times.pattern_spans(text, cols) == _old_pattern_spans(text, _old_token_columns(p.doc))
    assert times.date_entities(cols) == times.date_entities(_old_token_columns(p.doc))


def test_token_columns_lists_all_but_the_lower_ids():
    doc = _blank_doc("On Monday twenty-one years ago", ["DATE"])
    idx, length, lower, etype, iob = times.token_columns(doc)
    old = _old_token_columns(doc)
    assert (idx, length, etype, iob) == (old[0], old[1], old[3], old[4])
    assert all(type(c) is list for c in (idx, length, etype, iob))
    assert lower.dtype.name == "uint64" and lower.tolist() == old[2]
    empty = times.token_columns(spacy.blank("en")(""))
    assert empty[:2] == ([], []) and empty[3:] == ([], []) and len(empty[2]) == 0 and empty[2].dtype.name == "uint64"
