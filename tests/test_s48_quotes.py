"""Session 48 (s48-quotes): the attribution stage's speed work, outputs unchanged.

`spans.expand_span` (charspans.expanded until the lead merged the two copies) is `doc.char_span(a, b, alignment_mode="expand")` made from the Doc's offsets; `_outer_kinds` was
the "nested"/"nested_known" test of `_nesting` without the list of every holder (session 56: the stage reads
`_holder_kind` of the `_holders` table, and the search is the tests' oracle, attrutil); `_indirect` reads a candidate's
start from the IDX column and makes its Token only when it lies outside the marks and in a section quotes are
looked for in. Own sentences throughout."""

from __future__ import annotations

import pytest

from newsgraph.spans import expand_span as expanded
from attrutil import nesting
from newsgraph.attribution.stage import _GENERIC_ONLY, _KNOWN, Frame, _holder_kind, _holders, cue_starts, extract_all
from newsgraph.nlp import load
from stageutil import annotated, candidates

# double spaces, a newline, a paragraph break, punctuation with no space after it, a last word with no trailing space
TEXT = ("The harbour master said  that the ferry was late.\nHe added:\n\n\u201cWe will sail at noon,\u201d "
        "crew members said (loudly) on Tuesday-evening.   Gulls circled")


@pytest.fixture(scope="module")
def sdoc():
    return load()(TEXT)


def _pairs(doc):
    return [(a, a + n) for a in range(-3, len(doc.text) + 3) for n in (0, 1, 2, 4, 11)]


def test_expanded_is_the_expanded_char_span_for_every_pair(sdoc):
    for a, b in _pairs(sdoc):
        want, got = sdoc.char_span(a, b, alignment_mode="expand"), expanded(sdoc, a, b)
        assert (got is None) == (want is None), (a, b)
        if want is not None:
            assert (got.start, got.end, got.doc) == (want.start, want.end, want.doc), (a, b)


def test_expanded_spans_hold_tokens_none_and_empty_spans(sdoc):
    got = [expanded(sdoc, a, b) for a, b in _pairs(sdoc)]
    assert None in got and any(s is not None and len(s) == 0 for s in got) and any(s is not None and len(s) > 2 for s in got)
    c = sdoc[0].idx + len(sdoc[0])  # the space after "The" starts the next token and holds none
    assert len(expanded(sdoc, c, c + 1)) == 0 and expanded(sdoc, c - 1, c).start == 0


def _frame(at: int, path: str) -> Frame:
    f = Frame(cue=(at, at + 4))
    f.path = path
    return f


def _outer_kinds(f, cands):
    """The kind of holder the stage's table finds for f's cue (f added with no content when not among `cands`)."""
    if not any(g is f for g, _, _ in cands):
        cands = cands + [(f, [9], [])]
    return _holder_kind(_holders(cands, cue_starts(cands)).get(id(f), ((), ()))[0])


def test_outer_kinds_says_whether_a_lexicon_cues_content_or_only_a_generic_ones_holds_the_cue():
    f = _frame(50, "clause")
    known, generic, beside = _frame(10, "clause"), _frame(20, "generic-clause"), _frame(90, "clause")
    assert _outer_kinds(f, [(f, [0], [(40, 60)])]) is None  # its own content does not hold it
    assert _outer_kinds(f, [(beside, [1], [(60, 80)]), (f, [0], [(55, 70)])]) is None  # a content ending at it, one after
    assert _outer_kinds(f, [(generic, [1], [(30, 51)])]) == _GENERIC_ONLY  # the cue's first character inside
    assert _outer_kinds(f, [(generic, [1], [(30, 40), (50, 55)]), (known, [2], [(0, 5)])]) == _GENERIC_ONLY
    assert _outer_kinds(f, [(generic, [1], [(30, 60)]), (known, [2], [(45, 49), (50, 52)])]) == _KNOWN
    assert _outer_kinds(f, [(known, [2], [(50, 60)]), (generic, [1], [(30, 60)])]) == _KNOWN


def test_nesting_names_nested_known_only_for_a_lexicon_holder():
    f, generic, known = _frame(50, "clause"), _frame(20, "generic-clause"), _frame(10, "clause")
    cands = [(f, [0], [(60, 70)]), (generic, [1], [(30, 60)])]
    assert nesting(f, [(60, 70)], cands) == ["nested"]
    cands.append((known, [2], [(45, 55)]))
    assert nesting(f, [(60, 70)], cands) == ["nested", "nested_known"]


def test_a_cue_inside_quotation_marks_is_no_indirect_candidate_and_one_outside_is(pipeline):
    text = ("\u201cThe engineers said the bridge is safe,\u201d the mayor wrote on Monday. "
            "Residents said the repairs were slow.")
    cues = {(c[2], c[3]) for c in candidates(pipeline, text)}
    assert ("said", ("the repairs were slow",)) in cues
    assert not any(cue == "said" and content == ("the bridge is safe",) for cue, content in cues)


def test_a_cue_in_a_section_quotes_are_not_looked_for_in_is_no_candidate(pipeline):
    doc, parse = annotated(pipeline, "Officials said the road would reopen soon.")
    _, atts = extract_all(doc, parse, flt=None)
    assert [a.cue.text for a in atts] == ["said"]
    for sec in doc.sections:
        sec.kind = "caption"  # (a kind outside QUOTE_SECTIONS)
    parse.sections = doc.sections
    _, atts = extract_all(doc, parse, flt=None)
    assert atts == []


# a relative clause set off by a comma, one that is not, and a sentence with two roots' worth of heads
RELATIVES = ("The council said the report, which critics had praised, was late. Voters who stayed home regret it. "
             "She argued that the fee the city set was fair.")


@pytest.fixture(scope="module")
def rdoc():
    return load()(RELATIVES)


def test_relatives_in_are_the_walks_relcl_tokens_for_every_range(rdoc):
    from newsgraph.attribution.indirect import _relatives_in

    n, seen = len(rdoc), 0
    for a in range(-2, n + 2):
        for b in range(a - 1, n + 3):
            want = [x.i for x in rdoc[max(a, 0):max(b, 0)] if x.dep_ == "relcl"] if a >= 0 else None
            if want is None:
                continue
            got = [x.i for x in _relatives_in(rdoc, a, b)]
            assert got == want, (a, b)
            seen += bool(got)
    assert seen and sum(t.dep_ == "relcl" for t in rdoc) >= 2


def test_span_head_is_the_first_token_headed_outside_the_span_or_a_root(rdoc):
    from newsgraph.attribution.indirect import _span_head

    n, found = len(rdoc), set()
    for a in range(0, n):
        for b in range(a, n + 2):
            want = next((t.i for t in rdoc[a:b + 1] if not a <= t.head.i <= b or t.head.i == t.i), None)
            got = _span_head(rdoc, a, b)
            assert (got.i if got is not None else None) == want, (a, b)
            found.add(want)
    assert None not in found or len(found) > 3
    assert any(t.head.i < t.i for t in rdoc) and any(t.head.i > t.i for t in rdoc)


def test_relatives_in_read_the_first_token_too():
    from spacy.tokens import Doc

    from newsgraph.attribution.indirect import _relatives_in

    # a hand-made parse whose first token is labelled relcl (no parser gives one; the function must still see it)
    hand = Doc(load().vocab, words=["left", "people", "cheered"], heads=[1, 2, 2], deps=["relcl", "nsubj", "ROOT"])
    assert [t.i for t in _relatives_in(hand, 0, 3)] == [0]
    assert [t.i for t in _relatives_in(hand, 1, 3)] == []


def test_span_head_of_an_empty_span_is_none(rdoc):
    from newsgraph.attribution.indirect import _span_head

    assert all(_span_head(rdoc, a, a - 1) is None for a in range(len(rdoc)))


def test_masker_answers_inside_a_passage_from_its_opening_to_before_its_close_end():
    from newsgraph.attribution.stage import _masker

    masked = _masker([(10, 20), (30, 40)])
    assert [masked(i) for i in (5, 9, 10, 19, 20, 25, 30, 35, 39, 40, 50)] == \
        [False, False, True, True, False, False, True, True, True, False, False]


def _speakerless(cue=(8, 14), unnamed=False, speaker=None, speaker_text=None) -> Frame:
    f = Frame(cue=cue, speaker=speaker, speaker_text=speaker_text)
    f.unnamed = unnamed
    return f


SO_CALLED = "the so-called plan"  # the cue "called" at 7-13, "so-" before it
PLAIN = "the newly called plan"  # the cue "called" at 10-16, no "so" before it


def test_unsaid_term_is_a_short_or_so_called_passage_of_a_cue_without_a_speaker():
    from newsgraph.attribution.stage import _unsaid_term

    plain, so = _speakerless((10, 16)), _speakerless((7, 13))
    assert _unsaid_term(PLAIN, plain, 3) and not _unsaid_term(PLAIN, plain, 4)  # three words at most, unless so-called
    assert _unsaid_term(SO_CALLED, so, 9)
    assert not _unsaid_term(PLAIN, _speakerless((10, 16), speaker="e1"), 2)
    assert not _unsaid_term(PLAIN, _speakerless((10, 16), speaker_text="aides"), 2)
    # a passive cue with no agent says someone said it, unless the marks set off a so-called name
    assert not _unsaid_term(PLAIN, _speakerless((10, 16), unnamed=True), 2)
    assert _unsaid_term(SO_CALLED, _speakerless((7, 13), unnamed=True), 2)


def test_nesting_names_the_cues_its_content_holds_known_or_generic_but_not_its_own():
    f, gen, known, after = _frame(10, "clause"), _frame(30, "generic-clause"), _frame(40, "clause"), _frame(60, "clause")
    cands = [(f, [0], [(20, 60)]), (gen, [1], [(70, 80)]), (known, [2], [(85, 90)]), (after, [3], [(95, 99)])]
    assert nesting(f, [(20, 60)], cands) == ["nests", "nests_known"]  # a cue at 60 (its end) is outside
    assert nesting(f, [(20, 35)], cands) == ["nests"]  # only the generic one
    assert nesting(f, [(5, 20)], cands) == []  # its own cue at 10 is not one it holds
    assert nesting(f, [(30, 31)], cands) == ["nests"]  # a cue at the content's first character
    assert nesting(f, [(35, 40)], cands) == []  # a cue right at the content's end is outside it
    outer = _frame(50, "clause")
    assert _outer_kinds(outer, [(known, [2], [(30, 50)])]) is None  # a content ending right at the cue does not hold it
