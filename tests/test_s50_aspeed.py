"""Session 50 (s50-aspeed): the actors stage's per-document look-ups, output unchanged.

- `spans.expand_bounds_each`: every NER mention's tokens found at once (find_mentions), each pair's answer
  `expand_bounds`' own;
- `clusters._in_country` (tried and dropped: a guard by `columns.with_child_word` cost a DEP column and a table per
  article, about what it saved): its readings pinned, which kill two of the base's surviving mutants;
All sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.actors.clusters import _in_country
from newsgraph.actors.mentions import find_mentions
from newsgraph.nlp import load
from newsgraph.spans import expand_bounds, expand_bounds_each
from test_actors_article import context_after, tok

TEXT = ("The envoy said  that the talks had stalled.\nHe added:\n\n\u201cWe will return,\u201d "
        "aides said (softly) on Sunday-morning.   Critics scoffed")


@pytest.fixture(scope="module")
def parsed():
    return load()(TEXT)


def _pairs(doc):
    chars = range(-3, len(doc.text) + 3)
    return [(a, a + n) for a in chars for n in (0, 1, 2, 6, 11)]


def test_expand_bounds_each_is_expand_bounds_of_every_pair_in_order(parsed):
    pairs = _pairs(parsed)
    got = expand_bounds_each(parsed, pairs)
    assert got == [expand_bounds(parsed, a, b) for a, b in pairs]
    assert None in got and any(s == e for s, e in filter(None, got)) and any(e - s > 2 for s, e in filter(None, got))
    assert expand_bounds_each(parsed, list(reversed(pairs))) == list(reversed(got))  # in the pairs' order, not sorted


def test_expand_bounds_each_of_no_pairs_and_of_hand_built_docs(parsed):
    assert expand_bounds_each(parsed, []) == []
    vocab = load().vocab
    for doc in (Doc(vocab, words=["a", "bc", "d"], spaces=[False, False, True]), Doc(vocab, words=[]),
                Doc(vocab, words=["x"], spaces=[False])):
        assert expand_bounds_each(doc, _pairs(doc)) == [expand_bounds(doc, a, b) for a, b in _pairs(doc)]


def test_each_ner_mention_keeps_its_own_tokens(pipeline):
    text = "Minister Tomas Varga met Elena Brandt in Vienna. Varga later flew to Ankara with Brandt."
    ctx = context_after(pipeline, text, find_mentions)
    got = {(ctx.sd[m.i:m.j].text, m.text, ctx.text[m.start:m.end]) for m in ctx.mentions}
    for name in ("Tomas Varga", "Elena Brandt", "Vienna", "Varga", "Ankara", "Brandt"):
        assert (name, name, name) in got  # tokens and characters agree for every mention, the later ones too
    assert [m.start for m in ctx.mentions] == sorted(m.start for m in ctx.mentions)


def test_in_country_reads_an_in_phrase_and_passes_over_a_node_without_one(pipeline):
    text = "Farmers in Kenya protested on Monday. Teachers marched in the morning. Workers struck at dawn."
    ctx = context_after(pipeline, text, find_mentions)
    assert _in_country(ctx, ctx.sd[tok(ctx, "Farmers")]) == "KEN"
    assert _in_country(ctx, ctx.sd[tok(ctx, "marched")]) is None  # an "in" child that names no country
    assert _in_country(ctx, ctx.sd[tok(ctx, "struck")]) is None  # no "in" child at all
    assert _in_country(ctx, ctx.sd[tok(ctx, "Kenya")]) is None


def test_in_country_one_in_deeper(pipeline):
    text = "Two soldiers died in a clash in Nigeria."
    ctx = context_after(pipeline, text, find_mentions)
    assert _in_country(ctx, ctx.sd[tok(ctx, "died")]) == "NGA"



def test_in_country_reads_only_the_in_child_of_a_node_with_one(pipeline):
    # (another preposition on the same node names a country: not where they are)
    text = "Traders from Ghana in the valley protested."
    ctx = context_after(pipeline, text, find_mentions)
    assert _in_country(ctx, ctx.sd[tok(ctx, "Traders")]) is None


def test_in_country_goes_one_in_deeper_and_no_further(pipeline):
    text = "A guard was hurt in a fire in a hotel in Nigeria."  # hurt -> in a fire -> in a hotel -> in Nigeria
    ctx = context_after(pipeline, text, find_mentions)
    assert _in_country(ctx, ctx.sd[tok(ctx, "hurt")]) is None
    assert _in_country(ctx, ctx.sd[tok(ctx, "fire")]) == "NGA"
