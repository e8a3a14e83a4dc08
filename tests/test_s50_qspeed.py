"""Session 50 (s50-qspeed): a frame's speaker phrase is found once (from_verb's is handed to speaker_of when the
frame is resolved), and `spans._char_bounds` answers from one look-up per Doc. Each answer must be what finding it
again gave. Hand-made parses and own sentences throughout."""

from __future__ import annotations

import pytest
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from newsgraph.attribution import speakers
from newsgraph.attribution import stage as attribution_stage
from newsgraph.attribution.speakers import speaker_of
from newsgraph.attribution.stage import Frame
from newsgraph.columns import column_list
from newsgraph.nlp import load
from newsgraph.spans import _char_bounds


def _doc(words, heads, deps, tags):
    return Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_speaker_of_uses_the_phrase_it_is_given(monkeypatch):
    doc = _doc(["Hale", "said", "so"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NNP", "VBD", "RB"])
    seen = []
    monkeypatch.setattr(speakers, "_resolve", lambda head, mentions, text, span: (seen.append(span) or (None, "x", None)))
    asked = []
    monkeypatch.setattr(speakers, "phrase_span", lambda *a: asked.append(a) or (0, 99))
    assert speaker_of(doc[0], None, doc.text, doc[1], (0, 4)) == (None, "x", None, (0, 4))
    assert asked == []  # given: not found again
    assert speaker_of(doc[0], None, doc.text, doc[1]) == (None, "x", None, (0, 99))  # none given: found
    assert asked == [(doc[0], doc.text, doc[1])] and seen == [(0, 4), (0, 99)]


def test_phrase_known_only_for_the_subject_and_verb_it_was_found_for():
    subj, verb, other = object(), object(), object()
    f = Frame(source=(3, 8))
    f.subj, f.verb = subj, verb
    assert f._phrase_known() is None  # from no phrase_span
    f.phrased = (subj, verb)
    assert f._phrase_known() == (3, 8)
    f.subj = other  # an agent or a reporter put there later
    assert f._phrase_known() is None
    f.subj, f.verb = subj, other
    assert f._phrase_known() is None


def test_resolve_hands_speaker_of_the_phrase_from_verb_found(monkeypatch, pipeline):
    from stageutil import annotated

    doc, parse = annotated(pipeline, "The minister said on Monday that the bridge would reopen.")
    sdoc = parse.doc
    verb = next(t for t in sdoc if t.lower_ == "said")
    mentions = speakers.Mentions(doc)
    mentions.quoted = []
    att = attribution_stage.from_verb(verb, mentions, doc.text, lazy=True)
    assert att.phrased == (att.subj, verb) and doc.text[slice(*att.source)] == "The minister"
    given = []
    real = attribution_stage.speaker_of
    monkeypatch.setattr(attribution_stage, "speaker_of", lambda *a: given.append(a[3:]) or real(*a))
    att.resolve(mentions, doc.text)
    assert given == [(verb, (0, 12))] and att.source == (0, 12)
    again = attribution_stage.from_verb(verb, mentions, doc.text, lazy=True)
    again.subj = next(t for t in sdoc if t.lower_ == "minister")  # a new Token: the phrase is found afresh
    again.resolve(mentions, doc.text)
    assert given[1] == (verb, None) and again.source == (0, 12)


def test_char_bounds_are_the_columns_and_the_texts_end_made_once():
    doc = load()("Rain fell.  Then it stopped ")
    found = _char_bounds(doc)
    assert found == (column_list(doc, IDX), column_list(doc, LENGTH), len(doc.text)) and _char_bounds(doc) is found
    empty = load()("")
    assert _char_bounds(empty) == ([], [], 0)


def _walked_head_outside(span):
    return next((t.head.i for t in span if not span.start <= t.head.i < span.end), None)


def test_head_outside_is_the_walk_over_the_passage_at_every_span():
    """Every span of a parsed text (own words: a quotation, a clause, a root that heads itself): the head of the
    first token hung outside it, as the walk over its tokens found it; None for a whole sentence (its root heads
    itself, inside) and for an empty span."""
    from newsgraph.attribution.stage import _head_outside

    doc = load()('Hale said the plan "will fail badly," and aides agreed. It rained.')
    found = {(a, b): _head_outside(doc[a:b]) for a in range(len(doc) + 1) for b in range(a, len(doc) + 1)}
    assert found == {(a, b): _walked_head_outside(doc[a:b]) for a, b in found}
    sent = next(doc.sents)
    assert _head_outside(doc[sent.start:sent.end]) is None and _head_outside(doc[2:2]) is None
    assert sum(h is not None for h in found.values()) > len(found) // 2  # (most spans do have one)
    quote = doc[5:8]  # will fail badly
    assert [t.text for t in quote] == ["will", "fail", "badly"] and doc[_head_outside(quote)].text == "said"


@pytest.mark.parametrize("text, said, near", [
    ('Hale said the plan "will fail badly," and aides agreed.', "said", None),  # a verb of saying right above
    ('She dismissed the "fake news" reports on Monday.', None, "dismissed"),  # a lexicon cue two steps up
])
def test_governing_cue_walks_up_from_the_passages_head_outside(text, said, near):
    from newsgraph.attribution import lexicon
    from newsgraph.attribution.stage import _governing_cue

    doc = load()(text)
    o = text.index('"')
    c = text.index('"', o + 1)
    found, near_tok, _ = _governing_cue(doc.char_span(o + 1, c, alignment_mode="expand"), text, c, c + 1,
                                        lambda i: False, None, lexicon.default())
    assert (found.text if found is not None else None, near_tok.text if near_tok is not None else None) == (said, near)
