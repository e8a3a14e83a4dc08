"""Session 52 (s52-qsubj): `_own_subject` (under subject_outside, paid by every verb candidate) reads a verb's
subjects from a per-Doc table of the DEP and HEAD columns (columns.children_with) instead of making a Token of
every child, and `_inside` tests the quotation spans in a plain loop. Each answer must be the one the child walk
gave. Hand-made parses and own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph import columns
from newsgraph.attribution import speakers
from newsgraph.attribution.speakers import _inside, _own_subject
from newsgraph.columns import children_with
from newsgraph.nlp import load


def _doc(words, heads, deps, lemmas=None, tags=None):
    return Doc(load().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags)


# "Ana and Bo said Cy wrote it": two subjects, a clause with a subject of its own, a root
SAID = (["Ana", "and", "Bo", "said", "Cy", "wrote", "it"],
        [3, 0, 0, 3, 5, 3, 5],
        ["nsubj", "cc", "conj", "ROOT", "nsubj", "ccomp", "dobj"])
# "Ana , Bo said , was quoted": a second subject after the verb, a passive subject of "quote"
QUOTED = (["Ana", "was", "quoted", "by", "Bo"],
          [2, 2, 2, 2, 3],
          ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])


def _walk(t, labels):
    return [c.i for c in t.children if c.dep_ in labels]


@pytest.mark.parametrize("labels", [("nsubj",), ("nsubj", "csubj"), ("dobj", "conj"), ("ROOT",), ("nsubjpass",)])
def test_children_with_is_the_child_walk_for_every_token(labels):
    for parse in (SAID, QUOTED):
        doc = _doc(*parse)
        table = children_with(doc, labels)
        assert all(table.get(t.i, []) == _walk(t, labels) for t in doc)
        assert all(table[k] for k in table)  # (a token with no such child has no entry)


def test_children_with_gives_several_children_in_order_and_no_root_as_its_own_child():
    doc = _doc(["x", "y", "z", "w"], [1, 1, 1, 1], ["nsubj", "ROOT", "nsubj", "nsubj"])
    assert children_with(doc, ("nsubj",)) == {1: [0, 2, 3]}
    assert children_with(doc, ("ROOT",)) == {}  # the root is its own head, no child of itself


def test_children_with_is_made_once_per_doc_and_labels():
    doc = _doc(*SAID)
    first = children_with(doc, ("nsubj",))
    assert children_with(doc, ("nsubj",)) is first
    assert children_with(doc, ("dobj",)) is not first
    assert columns._CHILDREN[doc][("nsubj",)] is first


def test_own_subject_reads_the_subjects_from_the_table():
    doc = _doc(*SAID)
    assert _own_subject(doc[5]).i == 4  # "Cy wrote": its own subject
    assert _own_subject(doc[3]).i == 0  # of one subject (its conjunct "Bo" is no subject), that one


def test_own_subject_of_two_subjects_takes_the_last_before_the_verb():
    # "Ana , Bo said": both hung on the verb as subjects, neither a person by the parse: the nearest before it
    doc = _doc(["Ana", ",", "Bo", "said", "so"], [3, 3, 3, 3, 3], ["nsubj", "punct", "nsubj", "ROOT", "advmod"])
    assert _own_subject(doc[3]).i == 2
    doc = _doc(["Ana", "said", "Bo"], [1, 1, 1], ["nsubj", "ROOT", "nsubj"])
    assert _own_subject(doc[1]).i == 0  # one before it, one after: the one before


def test_own_subject_of_quote_takes_its_passive_subject_and_no_other_verb_does():
    doc = _doc(*QUOTED, lemmas=["Ana", "be", "quote", "by", "Bo"])
    assert _own_subject(doc[2]).i == 0  # "Ana was quoted": the passive subject
    other = _doc(*QUOTED, lemmas=["Ana", "be", "cite", "by", "Bo"])
    assert _own_subject(other[2]) is None  # "Ana was cited": no subject of its own


def test_own_subject_of_a_verb_other_than_quote_makes_no_token_of_its_children(monkeypatch):
    doc = _doc(*SAID, lemmas=["Ana", "and", "Bo", "say", "Cy", "write", "it"])
    verb = doc[3]

    class NoWalk:  # the verb with `children` forbidden: the table must answer
        def __getattr__(self, name):
            if name == "children":
                raise AssertionError("children read")
            return getattr(verb, name)

    assert _own_subject(NoWalk()).i == 0


def test_quote_lemma_id_is_the_vocab_s():
    doc = _doc(*QUOTED, lemmas=["Ana", "be", "quote", "by", "Bo"])
    assert doc[2].lemma == speakers._QUOTE and speakers.SUBJECT_LABELS == ("nsubj", "csubj")


@pytest.mark.parametrize("offset,spans,inside", [
    (5, [(0, 5)], False), (4, [(0, 5)], True), (0, [(0, 5)], True), (7, [(0, 5), (6, 8)], True),
    (5, [(0, 5), (6, 8)], False), (3, [], False), (9, [(10, 12), (8, 10)], True),
])
def test_inside_is_any_half_open_span(offset, spans, inside):
    assert _inside(offset, spans) is inside


# "It fails , said Hale": the inverted order after the content's comma (and a hand-made negated twin)
INVERTED = (["It", "fails", ",", "said", "Hale"], [1, 3, 3, 3, 3], ["nsubj", "ccomp", "punct", "ROOT", "nsubj"])
NEGATED = (["It", "fails", ",", "said", "Hale", "not"], [1, 3, 3, 3, 3, 3],
           ["nsubj", "ccomp", "punct", "ROOT", "nsubj", "neg"])


def test_inverted_subject_is_none_for_a_negated_verb_and_reads_the_table_not_the_children():
    tags = ["PRP", "VBZ", ",", "VBD", "NNP"]
    doc = _doc(*INVERTED, tags=tags)
    assert speakers._inverted_subject(doc[3]).i == 4
    neg = _doc(*NEGATED, tags=tags + ["RB"])
    assert speakers._inverted_subject(neg[3]) is None  # a tag question ("…, said Hale not"), no inversion
    verb = doc[3]

    class NoWalk:  # the verb with `children` forbidden
        def __getattr__(self, name):
            if name == "children":
                raise AssertionError("children read")
            return getattr(verb, name)

    assert speakers._inverted_subject(NoWalk()).i == 4
    assert speakers.NEG_LABELS == ("neg",)


@pytest.mark.parametrize("lemma", ["quote", "say"])
def test_own_subject_of_any_verb_takes_an_active_or_clausal_subject(lemma):
    # "Bo quoted Ana", "Leaving quoted Ana" (hand-made: a clause as subject); "quote" walks its children, others read
    # the table: the same answer
    active = _doc(["Bo", "quoted", "Ana"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], lemmas=["Bo", lemma, "Ana"])
    assert _own_subject(active[1]).i == 0
    clausal = _doc(["Leaving", "quoted", "Ana"], [1, 1, 1], ["csubj", "ROOT", "dobj"], lemmas=["leave", lemma, "Ana"])
    assert _own_subject(clausal[1]).i == 0


# --- the lead: the fallbacks of a verb with no subject of its own, in their order (mutants 28 and 29 of
# _own_subject, open after the runs against the older speaker files) ---

@pytest.mark.parametrize("root, surname, series, expected", [
    ("R", None, None, "R"), ("R", "S", "T", "R"), ("R", None, "T", "R"),
    (None, "S", None, "S"), (None, "S", "T", "S"), (None, None, "T", "T"), (None, None, None, None)])
def test_a_verb_with_no_subject_takes_the_first_fallback_that_answers(monkeypatch, root, surname, series, expected):
    from spacy.tokens import Doc

    from newsgraph.attribution import speakers
    from newsgraph.nlp import load

    doc = Doc(load().vocab, words=["said", "it"], heads=[0, 0], deps=["ROOT", "dobj"])
    monkeypatch.setattr(speakers, "root_noun_subject", lambda v: root)
    monkeypatch.setattr(speakers, "surname_subject", lambda v: surname)
    monkeypatch.setattr(speakers, "series_subject", lambda v: series)
    assert speakers._own_subject(doc[0]) == expected
