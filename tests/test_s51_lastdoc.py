"""Session 51 (s51-lastdoc): the per-Doc tables (`columns.PerDoc`) answer the last Doc asked about from a weak
reference to it. Each answer must be the very value the dictionary holds for that Doc: two Docs alternated get their
own, a freed Doc's slot answers for no later Doc (even one made at its address), and every change to an entry
empties the slot."""

from __future__ import annotations

import gc

import pytest
import spacy
from spacy.attrs import IDX, LOWER

from newsgraph import columns, spans
from newsgraph.columns import PerDoc, column, column_list, head_list, with_child, with_child_word

NLP = spacy.blank("en")


class Made:
    """A `make` for PerDoc.of that counts its calls and makes a fresh object each time."""

    def __init__(self, value=None):
        self.calls, self.value = 0, value

    def __call__(self, doc):
        self.calls += 1
        return [doc.text] if self.value is None else self.value


def _doc(text="The talks resumed on Monday."):
    return NLP(text)


def test_a_doc_is_answered_with_the_value_the_dictionary_holds_and_made_once():
    store, make, doc = PerDoc(), Made(), _doc()
    first = store.of(doc, make)
    assert first == [doc.text] and make.calls == 1
    assert store.of(doc, make) is first and store[doc] is first and store.get(doc) is first and make.calls == 1


def test_two_docs_alternated_each_get_their_own_value():
    store, make = PerDoc(), Made()
    a, b = _doc("One text here."), _doc("Another text, longer.")
    va, vb = store.of(a, make), store.of(b, make)
    assert va is not vb
    for _ in range(3):  # each question after the other Doc's: the slot holds the other one
        assert store.of(a, make) is va and store.of(b, make) is vb
        assert store.of(a, make) is va and store.of(a, make) is va  # and twice in a row: the slot's answer
    assert make.calls == 2 and len(store) == 2


def test_a_kept_none_is_a_value_not_a_miss():
    store, make, doc = PerDoc(), Made(), _doc()
    calls = []

    def make_none(d):
        calls.append(d)

    assert store.of(doc, make_none) is None and store.of(doc, make_none) is None
    store.of(_doc("Other."), make)  # the slot moves on: the None is read back from the dictionary, not made again
    assert store.of(doc, make_none) is None and len(calls) == 1


def test_a_freed_doc_leaves_no_answer_for_a_new_doc():
    store, make = PerDoc(), Made()
    for _ in range(20):  # a new Doc is often made where the freed one was: id() would match, the weak reference not
        doc = _doc("The same words each time.")
        old_value, old_id = store.of(doc, make), id(doc)
        del doc
        gc.collect()
        assert store._last is columns._NO_DOC  # the reference's callback emptied the slot as the Doc went
        assert len(store) == 0
        new = _doc("The same words each time.")
        new_value = store.of(new, make)
        assert new_value is not old_value and store[new] is new_value
        if id(new) == old_id:
            break
        del new
    assert make.calls >= 2


def test_a_freed_doc_drops_its_value_from_the_slot_too():
    store, doc = PerDoc(), _doc()

    class Value:
        pass

    value = store.of(doc, lambda d: Value())
    import weakref

    gone = weakref.ref(value)
    del value, doc
    gc.collect()
    assert gone() is None  # the slot does not keep a freed Doc's table alive


def test_moving_on_to_another_doc_and_freeing_the_first_keeps_the_slot():
    store, make = PerDoc(), Made()
    a, b = _doc("First."), _doc("Second.")
    store.of(a, make)
    vb = store.of(b, make)
    del a
    gc.collect()  # a's reference left the slot when b came: its end must not empty b's slot
    assert store._last[0]() is b and store._last[1] is vb and store.of(b, make) is vb and make.calls == 2


@pytest.mark.parametrize("change", ["set", "del", "pop", "popitem", "setdefault", "update", "clear", "ior"])
def test_every_change_to_an_entry_empties_the_slot(change):
    store, make, doc = PerDoc(), Made(), _doc()
    kept = store.of(doc, make)
    replaced = ["replaced"]
    if change == "set":
        store[doc] = replaced
    elif change == "del":
        del store[doc]
    elif change == "pop":
        store.pop(doc)
    elif change == "popitem":
        store.popitem()
    elif change == "setdefault":  # (the Doc is there: nothing changes, but the slot is emptied all the same)
        store.setdefault(doc, replaced)
    elif change == "update":
        store.update({doc: replaced})
    elif change == "clear":
        store.clear()
    else:
        store |= {doc: replaced}
    assert store._last is columns._NO_DOC
    got = store.of(doc, make)
    assert got is store[doc]
    if change in ("set", "update", "ior"):
        assert got is replaced and make.calls == 1
    elif change == "setdefault":
        assert got is kept and make.calls == 1
    else:
        assert got is not kept and make.calls == 2


def test_clearing_empties_the_dictionary_and_the_slot():
    store, make, doc = PerDoc(), Made(), _doc()
    first = store.of(doc, make)
    store.clear()
    assert len(store) == 0 and store._last[0]() is not doc
    assert store.of(doc, make) is not first and make.calls == 2


def test_a_non_doc_is_refused_as_the_dictionary_refuses_it():
    store = PerDoc()
    with pytest.raises(TypeError):
        store.of(None, Made())
    doc = _doc()
    store.of(doc, Made())
    del doc
    gc.collect()
    with pytest.raises(TypeError):  # the freed Doc's slot does not answer for None (a dead reference's answer)
        store.of(None, Made())


def test_the_stores_answer_two_alternated_docs_with_their_own_tables():
    a = _doc("You said the talks resumed on Monday in Paris.")
    b = _doc("They met. You agreed.")
    for _ in range(2):
        for doc in (a, b, a, b):
            assert column(doc, LOWER).tolist() == [NLP.vocab.strings[t.lower_] for t in doc]
            assert column_list(doc, IDX) == [t.idx for t in doc]
            assert head_list(doc) == [t.head.i for t in doc]
            assert with_child(doc, ("nsubj",)) == frozenset()  # (a blank pipeline: no dependencies)
            assert with_child_word(doc, "nsubj", "you") == frozenset()
            assert spans._char_bounds(doc)[0] == [t.idx for t in doc]
            assert spans.expand_bounds(doc, 0, 3) == (0, 1)
    assert columns._LISTS.of(a, columns._new_table) is columns._LISTS[a]
    assert spans._char_bounds(a) is spans._CHAR_BOUNDS[a] and spans._char_bounds(b) is spans._CHAR_BOUNDS[b]


def test_the_sentence_starts_are_kept_per_doc_with_a_none_answered_by_spacy():
    doc = NLP("One sentence here. Another one there.")
    for i, t in enumerate(doc):
        t.is_sent_start = i in (0, 4)
    plain = _doc("No sentence marks at all.")
    for _ in range(2):
        assert spans.sentence_of(doc[5]).start == 4 and spans.sentence_of(doc[1]).end == 4
        with pytest.raises(ValueError):  # no sentence annotation: spaCy's own tok.sent answers (and refuses)
            spans.sentence_of(plain[0])
    assert spans._SENT_STARTS[doc] == [0, 4] and spans._SENT_STARTS[plain] is None


def test_a_new_table_is_empty_and_new_each_time():
    doc = _doc()
    first = columns._new_table(doc)
    assert first == {} and columns._new_table(doc) is not first
