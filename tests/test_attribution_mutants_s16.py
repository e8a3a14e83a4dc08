"""Session 16 (s16-mutq): the attribution stage's survivors session 14 left open (docs/testing.md, "Session 16,
s16-mutq"). Own sentences through the pipeline where a user sees the difference; helpers called directly on a
parsed or hand-built doc, each test naming the construction it stands for."""

from __future__ import annotations

import bisect

import pytest

from newsgraph.attribution.marks import find_marked
from newsgraph.attribution.speakers import Mentions
from newsgraph.attribution.stage import Frame, _introduces_next, group
from newsgraph.model import Quote
from stageutil import parsed


def hand_parse(words, heads, deps, pos=None):
    """A spaCy Doc with the given words, heads (absolute indices), labels and tags."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


# --- a verb after a quote that introduces the next one (_introduces_next) --------------------------------


def introduces(pipeline, text, verb="said", c=None):
    """_introduces_next for the first quoted passage of `text` and the verb `verb` after it."""
    _, parse = parsed(pipeline, text)
    sdoc = parse.doc
    marked = find_marked(text, 0, len(text))
    starts = [o for o, _, _, _ in marked]

    def masked(i):
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and i < marked[k][3]

    o, cs, ce, close = marked[0]
    tok = next(t for t in sdoc if t.text == verb and t.idx > close)
    return _introduces_next(text, ce, close if c is None else c, tok, masked)


def test_a_verb_ending_in_a_comma_before_the_next_quote_introduces_it(pipeline):
    assert introduces(pipeline, "“I was kidding.” To which she said, “Thank God it was a joke.”")


def test_a_verb_starting_right_at_the_closing_mark_may_introduce_the_next_quote(pipeline):
    # a verb whose first character is where the closing mark ends (no space between) is after the quote
    text = "“I was kidding.” To which she said, “Thank God it was a joke.”"
    verb_at = text.index("said")
    assert introduces(pipeline, text, c=verb_at)


def test_a_verb_without_a_comma_or_colon_before_the_next_quote_does_not_introduce_it(pipeline):
    assert not introduces(pipeline, "“I was kidding.” To which she said “Thank God it was a joke.”")


def test_a_verb_whose_comma_is_followed_by_words_does_not_introduce_the_next_quote(pipeline):
    # "she said, smiling, “…”": the walk stops at "smiling" (one token at a time), which opens no quote
    assert not introduces(pipeline, "“I was kidding.” To which she said, smiling, “Thank God it was a joke.”")
    assert not introduces(pipeline, "“I was kidding.” To which she said, smiling.")


def test_a_verb_and_comma_ending_the_text_introduce_nothing(pipeline):
    assert not introduces(pipeline, "“I was kidding.” To which she said,")


def test_a_next_quote_in_straight_single_marks_is_still_a_quote_it_introduces(pipeline):
    # find_marked takes no passage in single straight marks, so the mark is unmasked: its being a quote
    # token is enough
    assert introduces(pipeline, "“I was kidding.” To which she said, 'Thank God it was a joke.'")


# --- judging the candidates (group) with a filter of known scores ----------------------------------------

# "The spokesman confirmed that the president met the governors and offered details of the agenda." as a
# parser may give it: "offered" (the spokesman's next act) coordinated with "met", inside what "confirmed" says
MET_WORDS = "The spokesman confirmed that the president met the governors and offered details of the agenda .".split()
MET_HEADS = [1, 2, 2, 6, 5, 6, 2, 8, 6, 6, 6, 10, 11, 14, 12, 2]
MET_DEPS = ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj", "cc", "conj", "dobj", "prep",
            "det", "pobj", "punct"]
MET_POS = ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "ADP", "DET",
           "NOUN", "PUNCT"]


class Scores:
    """A filter whose score is given per path (feature `path=…`), lowered to 0 by the feature `nested`
    when `nested_low`."""

    def __init__(self, by_path, threshold=0.5, nested_low=False):
        self.by_path, self.threshold, self.nested_low, self.weights = by_path, threshold, nested_low, {}

    def score(self, feats):
        if self.nested_low and "nested" in feats:
            return 0.0
        return next(self.by_path[f[5:]] for f in feats if f.startswith("path="))


@pytest.fixture(scope="module")
def met(pipeline):
    from spacy.tokens import Doc

    spaces = [True] * len(MET_WORDS)
    spaces[-2] = spaces[-1] = False
    sdoc = Doc(pipeline.nlp.vocab, words=MET_WORDS, spaces=spaces, heads=MET_HEADS, deps=MET_DEPS, pos=MET_POS)
    doc, _ = parsed(pipeline, sdoc.text)
    assert doc.text == sdoc.text
    return doc, sdoc


def met_group(met, flt, cands=None):
    """group() over candidates (cue, content, path, source) of the hand-built parse; by default "confirmed"
    (content: all after "that") and "offered" (content: "details of the agenda"), both of path "clause"."""
    doc, sdoc = met
    text = doc.text

    def at(s):
        return text.index(s), text.index(s) + len(s)

    pieces = []
    for cue, content, path, source in cands:
        f = Frame(cue=at(cue), source=at(source) if source else None)
        f.path = path
        pieces.append((at(content), f))
    quotes = [Quote(id="", start=a, end=b, text=text[a:b], kind="indirect") for (a, b), _ in pieces]
    atts = group(doc, sdoc, quotes, [f for _, f in pieces], Mentions(doc), flt)
    return [(a.cue.text, [c.text for c in a.content]) for a in atts]


CONFIRMED = ("confirmed", "the president met the governors and offered details of the agenda", "clause", None)
OFFERED = ("offered", "details of the agenda", "next", None)


def test_group_cuts_the_speakers_next_act_out_of_the_content_holding_it(met):
    # both kept: "confirmed" ends where the coordinated "offered" begins (group hands the text and the
    # parse to _univocal; without either the two clash and the likelier alone stays)
    assert met_group(met, Scores({"clause": 0.9, "next": 0.8}, 0.5), [CONFIRMED, OFFERED]) == [
        ("confirmed", ["the president met the governors"]), ("offered", ["details of the agenda"])]


def test_group_keeps_a_candidate_scored_exactly_at_the_threshold(met):
    assert met_group(met, Scores({"clause": 0.5, "next": 0.5}, 0.5), [CONFIRMED, OFFERED]) == [
        ("confirmed", ["the president met the governors"]), ("offered", ["details of the agenda"])]


def test_group_judges_again_a_nested_candidate_whose_container_was_dropped(met):
    # "offered" lies in what "confirmed" says ("nested", scored 0); "confirmed" is dropped, so "offered"
    # is judged again without that feature and kept
    assert met_group(met, Scores({"clause": 0.1, "next": 0.9}, 0.5, nested_low=True), [CONFIRMED, OFFERED]) == [
        ("offered", ["details of the agenda"])]


def test_group_ranks_a_sure_stance_at_the_threshold(met):
    # a stance with a named holder is kept whatever its score, and ranks as if scored at the threshold: it
    # keeps its place before a clashing candidate (no next act: no cut) scored exactly there; ranked by
    # its raw 0.1 it would come last and go
    stance = ("confirmed", "the president met the governors and offered details of the agenda", "stance",
              "The spokesman")
    other = ("spokesman", "the president met the governors", "other", None)
    assert met_group(met, Scores({"stance": 0.1, "other": 0.5}, 0.5), [stance, other]) == [
        ("confirmed", ["the president met the governors and offered details of the agenda"])]
