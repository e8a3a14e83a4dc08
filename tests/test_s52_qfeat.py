"""Session 52 (s52-qfeat): the filter's features and the cue group find a span's root without making the Span
when the span is one token (`spans.span_root`, which the filter's features call directly since session 55 (through
`filter._root_of` before) and the stage's cue group since session 54 in place of its own `_cue_root`): each must
give exactly what `expand_span(...).root` gave, for every character stretch of a parse. Sentences of our own."""

from types import SimpleNamespace

import pytest

import newsgraph.attribution.filter as attribution_filter
from newsgraph.attribution.filter import _content_root
from newsgraph.nlp import load
from newsgraph import spans
from newsgraph.spans import expand_span

TEXT = ("The mayor said on Tuesday that the new bridge would not open before spring. "
        "“We are not ready,” a spokeswoman for the city council told reporters.")


@pytest.fixture(scope="module")
def sdoc():
    return load(None)(TEXT)


def _stretches(n):
    """Every (start, end) character pair of a text of n characters, start <= end, on a stride to keep it short."""
    return [(a, b) for a in range(0, n, 3) for b in range(a, min(n, a + 70) + 1, 2)]


def _old_root(sdoc, a, b, most=None):
    span = expand_span(sdoc, a, b)
    if span is None or not len(span) or (most is not None and len(span) > most):
        return None
    return span.root


def _root_of(sdoc, a, b, most=None):
    """The root alone, as the filter's features read `spans.span_root` (session 55 dropped filter._root_of, a
    wrapper doing just this)."""
    found = spans.span_root(sdoc, a, b, most)
    return None if found is None else found[0]


def test_root_of_is_the_expanded_spans_root_everywhere(sdoc):
    for a, b in _stretches(len(TEXT)):
        for most in (None, 1, 3):
            old, new = _old_root(sdoc, a, b, most), _root_of(sdoc, a, b, most)
            assert (old is None and new is None) or (new is not None and old is not None and new.i == old.i), (a, b, most)


def test_root_of_a_one_token_span_is_read_without_a_span(sdoc, monkeypatch):
    monkeypatch.setattr(spans, "Span", None)  # making a Span would fail
    a = TEXT.index("said")
    assert _root_of(sdoc, a, a + 4).text == "said"
    assert _root_of(sdoc, a + 1, a + 2).text == "said"  # widened to the whole token, as expand_span
    assert _root_of(sdoc, a + 4, a + 5) is None  # on the trailing space: an empty span


def test_root_of_a_longer_span_and_its_limit(sdoc):
    a, b = TEXT.index("the new bridge"), TEXT.index(" before")
    assert _root_of(sdoc, a, b).text == "open"
    assert _root_of(sdoc, a, b, 5) is None  # more tokens than `most`
    assert _root_of(sdoc, a, b, 6) is not None  # exactly `most` tokens (six) is kept


def test_content_root_names_a_nouns_lemma_or_the_roots_part_of_speech(sdoc):
    a = TEXT.index("the new bridge")
    assert _content_root(sdoc, [(a, a + len("the new bridge"))]) == "bridge"
    b = TEXT.index("would not open")
    assert _content_root(sdoc, [(b, b + len("would not open"))]) == "VERB"


def test_cue_root_is_the_expanded_spans_root_and_start_everywhere(sdoc):
    for a, b in _stretches(len(TEXT)):
        span = expand_span(sdoc, a, b)
        old = (span.root.i, span.start) if span is not None and len(span) else None
        new = spans.span_root(sdoc, a, b)
        assert (new[0].i, new[1]) == old if new is not None else old is None, (a, b)


def test_cue_root_of_a_one_token_cue_makes_no_span(sdoc, monkeypatch):
    monkeypatch.setattr(spans, "Span", None)  # making a Span would fail
    a = TEXT.index("told")
    root, start = spans.span_root(sdoc, a, a + 4)
    assert root.text == "told" and start == root.i


def test_particle_after_is_the_next_tokens_prt_or_prep_child():
    from newsgraph.attribution.filter import PARTICLE_LABELS, _particle_after
    sdoc = load(None)("Critics pointed to the deficit and the minister went after them, then looked at the figures.")
    found = [_particle_after(t) for t in sdoc]
    for t in sdoc:  # the definition: the cue's child right after it, labelled prt or prep
        nxt = next((c for c in t.children if c.i == t.i + 1 and c.dep_ in PARTICLE_LABELS), None)
        assert found[t.i] == (nxt.lower_ if nxt is not None else None), t.text
    assert found[1] == "to" and found[-1] is None  # "pointed to"; the last token has none after it


class _Frame:
    path, type, clause, verb, cue, source, subj = "clause", "speech", "main", None, None, None, None


def test_the_length_feature_counts_the_words_of_every_stretch(sdoc):
    a = TEXT.index("the new bridge")
    one = [(a, a + len("the new bridge would"))]  # four words
    two = [(a, a + len("the new")), (TEXT.index("would"), TEXT.index("would") + len("would not open"))]  # 2 + 3
    feats = lambda parts: [f for f in attribution_filter.features(SimpleNamespace(text=TEXT), sdoc, _Frame(), "indirect", parts)  # noqa: E731
                           if f.startswith("len=")]
    assert feats(one) == ["len=4-7"] and feats(two) == ["len=4-7"]
    assert feats([(a, a + len("the new"))]) == ["len=2-3"]


def test_content_root_names_proper_nouns_and_pronouns_and_stops_past_sixty_tokens():
    text = "Maria said they would come. " + "red " * 70 + "apples fell."
    sdoc = load(None)(text)
    assert _content_root(sdoc, [(0, 5)]) == "maria" and sdoc[0].pos_ == "PROPN"
    a = text.index("they")
    assert _content_root(sdoc, [(a, a + 4)]) == "they" and sdoc[2].pos_ == "PRON"
    start = sdoc[6].idx  # the first "red"
    sixty, sixty_one = sdoc[66].idx, sdoc[67].idx  # the ends of 60 and 61 tokens from it (tokens 6-65, 6-66)
    assert _content_root(sdoc, [(start, sixty)]) is not None
    assert _content_root(sdoc, [(start, sixty_one)]) is None


def test_span_root_keeps_a_span_of_most_tokens_and_refuses_a_longer_one(sdoc):
    a, b = TEXT.index("the new bridge"), TEXT.index(" before")  # six tokens, "open" their root
    root, start = spans.span_root(sdoc, a, b, 6)
    assert root.text == "open" and sdoc[start].text == "the"
    assert spans.span_root(sdoc, a, b, 5) is None
    assert spans.span_root(sdoc, a, a) is None  # no character: no token
