"""Session 44, s44-speed: `columns.children`, a token's children read from a per-Doc table of the HEAD and DEP
columns, held equal to spaCy's `Token.children` walk (and its label-filtered comprehensions) on every token.

The texts are our own wordings, written for this file (subjects, objects, agents, coordinated verbs, clauses with
"to", relative clauses, a parenthetical "the engineer explained"), parsed by the project's model with its repairs;
the hand-built Docs give arcs the model seldom makes (crossing arcs, several roots, a token whose head is far off)."""

import gc

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph import columns
from newsgraph.columns import children, dep_ids
from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

TEXTS = [
    "The harbour master of Kelport said on Monday that the ferries would sail again in April.",
    "These repairs, the engineer explained, were finished before the storm arrived.",
    "The mill was bought by the council, which had promised to keep it open, and the workers cheered.",
    "Marta Velk and her deputy told reporters they would resign if the board rejected the plan to sell the farm.",
    "Rohan condemned the raid on the depot, while Gondor asked Mordor to withdraw its troops from the border.",
    "Officials were quoted as saying that the dam could fail, and urged residents to leave their homes.",
]
LABEL_SETS = [("nsubj", "csubj", "nsubjpass"), ("dobj",), ("aux",), ("agent",), ("prep",), ("conj",), ("pobj",),
              ("dobj", "obj", "attr", "oprd", "nsubjpass"), ("ccomp",), ("no-such-label",)]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)]


@pytest.fixture(scope="module")
def docs():
    return [p.doc for p in parse_many(load(), [(t, _body(t)) for t in TEXTS + [" ".join(TEXTS)]])]


def _hand_built():
    """A Doc with crossing arcs (token 1 heads 4 across 2-3, token 2 heads 5), two roots (0 and 6) and a token hung
    on the far end (7 under 0)."""
    words = ["a", "b", "c", "d", "e", "f", "g", "h"]
    heads = [0, 0, 6, 2, 1, 2, 6, 0]
    deps = ["ROOT", "dobj", "nsubj", "aux", "prep", "conj", "ROOT", "punct"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def _indices(tokens):
    return [t.i for t in tokens]


def test_children_are_the_walks_children_in_its_order(docs):
    for doc in docs + [_hand_built()]:
        for t in doc:
            assert _indices(children(t)) == _indices(t.children)
    assert any(len(children(t)) > 2 for t in docs[0])  # (a verb with several children, in text order)


@pytest.mark.parametrize("labels", LABEL_SETS)
def test_labelled_children_are_the_filtered_walk(docs, labels):
    ids = dep_ids(*labels)
    for doc in docs + [_hand_built()]:
        for t in doc:
            assert _indices(children(t, ids)) == [c.i for c in t.children if c.dep_ in labels]


def test_the_hand_built_doc_has_the_arcs_it_is_meant_to():
    doc = _hand_built()
    assert _indices(children(doc[0])) == [1, 7]  # (a root's children on both sides of a crossing arc)
    assert _indices(children(doc[2])) == [3, 5]
    assert _indices(children(doc[6])) == [2]
    assert _indices(children(doc[0], dep_ids("punct"))) == [7]
    assert children(doc[7]) == []


def test_dep_ids_are_the_dep_columns_ids(docs):
    strings = docs[0].vocab.strings
    assert dep_ids("nsubj", "dobj") == frozenset({strings["nsubj"], strings["dobj"]})
    assert dep_ids("no-such-label") == frozenset({strings.add("no-such-label")})  # (a hash, not a symbol)
    assert dep_ids() == frozenset()


def test_two_docs_asked_in_turn_each_get_their_own_children(docs):
    a, b = docs[0], docs[1]
    for _ in range(2):  # (the last Doc asked is kept: asking the other must not read its table)
        assert _indices(children(a[0].head)) == _indices(a[0].head.children)
        assert _indices(children(b[0].head)) == _indices(b[0].head.children)
    for t, u in zip(a, b):
        assert _indices(children(t)) == _indices(t.children)
        assert _indices(children(u)) == _indices(u.children)


def test_no_doc_is_kept_past_its_life():
    doc = _hand_built()
    children(doc[0])
    assert doc in columns._CHILDREN
    assert columns._LAST_CHILDREN[0]() is doc
    kept = len(columns._CHILDREN)
    del doc
    gc.collect()
    assert len(columns._CHILDREN) == kept - 1
    assert columns._LAST_CHILDREN[0]() is None  # (a weak reference: the Doc's end leaves it empty)
