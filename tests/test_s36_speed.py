"""Session 36, s36-speed: character offsets turned back into tokens without spaCy's `Doc.char_span`.

`spans.char_span(doc, a, b)` must be exactly `doc.char_span(a, b, alignment_mode="expand")` (the only mode the stages'
busy callers use): the same Span (same token bounds, no label) or the same None, and the same error where spaCy
raises one. Each test asks both over every pair of offsets of our own texts, written for this file, and of texts
built to reach the edges: whitespace tokens, runs of spaces and newlines, a text opening with whitespace, a text
ending in it, offsets before the text and past its end, an end before the start, an empty Doc, and an article
parsed in sections and joined into one Doc (nlp.join_docs)."""

import pytest

from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

TEXTS = [
    "The ferry from Kelport sank on Tuesday, and the harbour master said nobody was hurt.",
    "  Two spaces open this one;  two more sit in it,\n\nand a blank line too.  ",
    "\"We will not leave,\" the fisherman said. Then he left.\n",
    "Prices in Vellmoor rose 4.5% in May - the fastest since 2019 (officials say).",
    "a",
    " ",
    "Zo\u00eb's caf\u00e9 \u2014 na\u00efve, \u00fcber-busy \u2014 closed.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)]


def _sections():
    """One article in three sections (a title, a caption, the body), parsed piece by piece and joined."""
    title = "Storm closes the Kelport ferry"
    caption = "The quay on Monday."
    body = "The harbour master said on Monday that the ferries would sail again in April."
    text = f"{title}\n\n{caption}\n\n{body}"
    a = len(title) + 2
    b = a + len(caption) + 2
    return text, [Section(kind="title", start=0, end=len(title), text=title),
                  Section(kind="caption", start=a, end=a + len(caption), text=caption),
                  Section(kind="body", start=b, end=len(text), text=body)]


@pytest.fixture(scope="module")
def docs():
    items = [(t, _body(t)) for t in TEXTS] + [_sections()]
    out = [p.doc for p in parse_many(load(), items)]
    assert len(out[-1]) > 20 and out[-1].text == items[-1][0]
    return out


def _spacy(doc, a, b):
    try:
        span = doc.char_span(a, b, alignment_mode="expand")
    except Exception as exc:  # (kept: the new function must fail in the same way)
        return ("error", type(exc))
    return None if span is None else (span.start, span.end, span.label)


def _ours(doc, a, b):
    from newsgraph.spans import char_span

    try:
        span = char_span(doc, a, b)
    except Exception as exc:
        return ("error", type(exc))
    assert span is None or span.doc is doc
    return None if span is None else (span.start, span.end, span.label)


def test_char_span_is_spacys_for_every_pair_of_offsets(docs):
    asked = found = 0
    for doc in docs:
        n = len(doc.text)
        for a in range(-2, n + 3):
            for b in range(-2, n + 3):
                want = _spacy(doc, a, b)
                assert _ours(doc, a, b) == want, (doc.text, a, b)
                asked += 1
                found += want is not None and want[0] != "error"
    assert found > asked // 3  # (most pairs inside a text do make a span)


def test_char_span_in_whitespace_expands_as_spacy_does(docs):
    from newsgraph.spans import char_span

    doc = docs[1]  # "  Two spaces open this one;  two more ..."
    first = char_span(doc, 0, 1)  # a whitespace token of its own
    assert (first.start, first.end) == (0, 1) and doc[0].is_space
    gap = doc.text.index(";  two") + 1  # the space after ";": the trailing whitespace of ";"
    at = char_span(doc, gap, gap + 1)
    assert at is not None and len(at) <= 1
    assert (at.start, at.end) == (doc.char_span(gap, gap + 1, alignment_mode="expand").start,
                                  doc.char_span(gap, gap + 1, alignment_mode="expand").end)
    assert char_span(doc, len(doc.text), len(doc.text) + 1) is None
    assert char_span(doc, -1, 3) is None


def test_char_span_of_an_empty_doc_is_none():
    from spacy.tokens import Doc

    from newsgraph.spans import char_span

    doc = Doc(load().vocab, words=[])
    assert char_span(doc, 0, 1) is None and doc.char_span(0, 1, alignment_mode="expand") is None
    assert char_span(doc, 0, 0) is None


def test_char_span_keeps_each_docs_own_offsets(docs):
    """The offsets are kept per Doc: asking one Doc never answers for another."""
    from newsgraph.spans import char_span

    short, long_ = docs[4], docs[0]  # "a", and a sentence
    assert char_span(short, 0, 1).text == "a"
    span = char_span(long_, 4, 9)
    assert span.text == "ferry" and span.doc is long_
    assert char_span(short, 4, 9) is None
    assert char_span(short, 0, 1).doc is short


def test_char_span_over_a_joined_doc_crosses_sections_as_spacy_does(docs):
    from newsgraph.spans import char_span

    doc = docs[-1]
    text = doc.text
    a, b = text.index("Kelport"), text.index("Monday") + len("Monday")
    span = char_span(doc, a, b)
    assert span.text.startswith("Kelport") and span.text.endswith("Monday")
    want = doc.char_span(a, b, alignment_mode="expand")
    assert (span.start, span.end) == (want.start, want.end)
