"""Session 54 (s54-qcol): the per-Doc tables of columns.py and spans.py are DocStores, WeakKeyDictionaries that answer
`get` of the Doc met last from a slot instead of making a weak reference to look it up. The answers must be the
dictionary's whatever was done to it in between, a Doc that is gone must still leave the store, and the slot must not
keep it. Own sentences throughout."""

from __future__ import annotations

import gc
from weakref import WeakKeyDictionary, ref

import pytest

from newsgraph import columns, spans
from newsgraph.columns import DocStore
from newsgraph.nlp import load


class Key:
    """A weakly referable key, as a Doc is."""


def _pair():
    return DocStore(), WeakKeyDictionary()


def test_every_store_of_the_column_modules_is_a_docstore():
    stores = [v for m in (columns, spans) for v in vars(m).values() if isinstance(v, WeakKeyDictionary)]
    assert len(stores) == 8 and all(type(v) is DocStore for v in stores)


def test_get_is_the_dictionarys_through_every_change():
    a, b, c = Key(), Key(), Key()
    store, plain = _pair()
    steps = [
        ("set", a, 1), ("get", a), ("get", b), ("set", b, 2), ("get", a), ("get", b), ("get", b), ("set", a, 3),
        ("get", a), ("del", a), ("get", a), ("get", b), ("pop", b), ("get", b), ("set", c, 4), ("get", c),
        ("setdefault", c, 5), ("get", c), ("setdefault", a, 6), ("get", a), ("update", {c: 7}), ("get", c),
        ("popitem",), ("get", a), ("get", c), ("set", b, 8), ("get", b), ("clear",), ("get", b), ("get", a),
        ("set", a, 9), ("pop", a, None), ("pop", a, "none"), ("get", a), ("update", {b: 10}), ("get", b),
    ]
    for step in steps:
        outs = []
        for d in (store, plain):
            op, *args = step
            if op == "set":
                d[args[0]] = args[1]
                outs.append(None)
            elif op == "del":
                del d[args[0]]
                outs.append(None)
            elif op == "get":
                outs.append((d.get(args[0]), d.get(args[0], "absent")))
            elif op == "popitem":
                outs.append(d.popitem()[1] is not None)
            else:
                outs.append(getattr(d, op)(*args))
        assert outs[0] == outs[1], step
        assert dict(store.items()) == dict(plain.items()), step


def test_a_value_equal_to_the_default_is_still_the_stored_one():
    a = Key()
    store = DocStore()
    store[a] = None
    assert store.get(a, "absent") is None  # (stored None is no absence)
    b = Key()
    assert store.get(b, "absent") == "absent" and store.get(b) is None
    kept = []
    store[b] = kept
    assert store.get(b) is kept and store.get(a, "absent") is None and store.get(b, 0) is kept


def test_the_slot_follows_the_last_doc_met_by_get():
    a, b = Key(), Key()
    store = DocStore()
    store[a], store[b] = "A", "B"
    assert [store.get(k) for k in (a, b, a, a, b, b, a)] == list("ABAABBA")


def test_a_gone_key_leaves_and_matches_no_new_key():
    store = DocStore()
    a = Key()
    store[a] = "A"
    assert store.get(a) == "A"
    gone = ref(a)
    del a
    gc.collect()
    assert gone() is None and len(store) == 0  # the slot kept no strong reference to the key
    b = Key()
    assert store.get(b) is None and store.get(b, "absent") == "absent"


def test_none_is_no_key_even_after_the_last_doc_is_gone():
    store = DocStore()
    with pytest.raises(TypeError):
        store.get(None)  # (as a WeakKeyDictionary refuses it: no weak reference to None)
    a = Key()
    store[a] = "A"
    store.get(a)
    del a
    gc.collect()
    with pytest.raises(TypeError):
        store.get(None)  # (the dead slot answers None: it must not match)


def test_a_docs_tables_are_shared_and_leave_with_it():
    nlp = load()
    doc = nlp("The council said the bridge would open in May.")
    other = nlp("Nobody said anything.")
    first = columns.column_list(doc, columns.LOWER)
    assert columns.column_list(other, columns.LOWER) is not first
    assert columns.column_list(doc, columns.LOWER) is first  # (after another Doc: the dictionary's, not the slot's)
    assert spans.sentence_starts(doc) is spans.sentence_starts(doc)
    gone = ref(doc)
    n = len(columns._LISTS)
    del doc, first
    gc.collect()
    assert gone() is None and len(columns._LISTS) == n - 1


def test_update_takes_keywords_as_a_weak_key_dictionary_does():
    store, plain = _pair()
    for d in (store, plain):
        with pytest.raises(TypeError):
            d.update(word=1)  # (a str is no weak key: refused, not dropped)
    a = Key()
    store.update([(a, 1)])
    assert store.get(a) == 1 and store.setdefault(a) == 1 and store.setdefault(Key()) is None


def test_the_last_doc_is_answered_without_a_dictionary_look_up(monkeypatch):
    # the point of the store: a look-up of the Doc met last reads the slot, not WeakKeyDictionary.get (which makes a
    # weak reference to the key each time); any other key still goes to the dictionary
    a, b = Key(), Key()
    store = DocStore()
    store[b] = "B"
    store[a] = "A"

    def refused(self, key, default=None):
        raise AssertionError("looked up in the dictionary")

    monkeypatch.setattr(WeakKeyDictionary, "get", refused)
    assert store.get(a) == "A" and store.get(a, "absent") == "A"
    with pytest.raises(AssertionError):
        store.get(b)
