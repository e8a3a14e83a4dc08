"""Session 47 (s47-speed): the quotes and actors stages' look-ups that want only the bounds of `doc.char_span(a, b,
alignment_mode="expand")` (or the token of a one-character span) read them from the Doc's offsets
(`spans.expand_bounds`, `spans.word_at`) instead of making the Span; their answers must be the span's at every
character."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.nlp import load
from newsgraph.spans import expand_bounds, word_at

# own sentences: double spaces, a newline, a paragraph break (whitespace tokens), punctuation with no space after
# it, and a last word with no trailing space
TEXT = ("The minister said  that the plan had failed.\nShe added:\n\n\u201cWe will try again,\u201d "
        "aides said (quietly) on Friday-night.   Rivals laughed")


def _span_bounds(doc, a, b):
    span = doc.char_span(a, b, alignment_mode="expand")
    return None if span is None else (span.start, span.end)


def _span_word(doc, c):
    span = doc.char_span(c, c + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


@pytest.fixture(scope="module")
def parsed():
    return load()(TEXT)


def _chars(doc):
    return range(-3, len(doc.text) + 3)  # outside the text too: before it, at its end, past it


def _pairs(doc):
    return [(a, a + n) for a in _chars(doc) for n in (0, 1, 2, 5, 13)]  # (an end before the start: spaCy raises E035)


def test_expand_bounds_are_the_spans_bounds_for_every_pair(parsed):
    got = [expand_bounds(parsed, a, b) for a, b in _pairs(parsed)]
    assert got == [_span_bounds(parsed, a, b) for a, b in _pairs(parsed)]
    assert None in got and any(s == e for s, e in filter(None, got)) and any(e - s > 2 for s, e in filter(None, got))


def test_word_at_is_the_spans_token_at_every_character(parsed):
    got = [word_at(parsed, c) for c in _chars(parsed)]
    assert got == [_span_word(parsed, c) for c in _chars(parsed)]


def test_a_trailing_space_starts_the_next_token_and_holds_no_word(parsed):
    c = parsed[0].idx + len(parsed[0])  # the space after "The"
    assert expand_bounds(parsed, c, c + 1) == (1, 1) and word_at(parsed, c) is None
    assert expand_bounds(parsed, c - 1, c) == (0, 1) and word_at(parsed, c - 1) == 0


def test_the_end_of_the_text_holds_no_token(parsed):
    n = len(parsed.text)
    assert expand_bounds(parsed, n - 1, n) == (len(parsed) - 1, len(parsed)) and word_at(parsed, n - 1) == len(parsed) - 1
    assert expand_bounds(parsed, n, n + 1) is None and expand_bounds(parsed, 0, n + 1) is None
    assert word_at(parsed, n) is None


def test_hand_built_docs_without_spaces_and_empty():
    vocab = load().vocab
    glued = Doc(vocab, words=["a", "bc", "d"], spaces=[False, False, True])
    for doc in (glued, Doc(vocab, words=[]), Doc(vocab, words=["x"], spaces=[False])):
        cs = _chars(doc)
        assert [expand_bounds(doc, a, b) for a, b in _pairs(doc)] == [_span_bounds(doc, a, b) for a, b in _pairs(doc)]
        assert [word_at(doc, c) for c in cs] == [_span_word(doc, c) for c in cs]


def test_spacy_refuses_an_empty_token():
    """What lets a bisection of the starts stand for spaCy's search: no two tokens start at one character."""
    with pytest.raises(ValueError, match="E031"):
        Doc(load().vocab, words=["a", "", "b"])


def test_the_offsets_are_read_once_per_doc(parsed):
    """The point of the change: the offsets are made on the first look-up and kept while the Doc lives."""
    from newsgraph.spans import _char_bounds

    first = _char_bounds(parsed)
    assert first[2] == len(parsed.text) and all(a is b for a, b in zip(first, _char_bounds(parsed)))


def test_in_participle_reads_the_token_at_the_fragments_first_character():
    """A hand parse: "She spoke citing one two" with "one" hung on the cue and "two" on the participle. The fragment
    opening at "one" is not inside the participle clause although the word after it is: the token read is the one
    at the fragment's first character, not the one after it."""
    from newsgraph.attribution.stage import _in_participle

    words = ["She", "spoke", "citing", "one", "two"]
    doc = Doc(load().vocab, words=words, heads=[1, 1, 1, 1, 2], deps=["nsubj", "ROOT", "advcl", "dobj", "dobj"],
              tags=["PRP", "VBD", "VBG", "CD", "CD"])
    text, verb = doc.text, doc[1]
    assert not _in_participle(text, doc, verb, verb.idx + len(verb), doc[3].idx)
    assert _in_participle(text, doc, verb, verb.idx + len(verb), doc[4].idx)  # (the word the participle governs)
