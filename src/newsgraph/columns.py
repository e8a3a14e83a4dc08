"""Token attributes as columns, read from a parse once for every stage that wants them.

The stages read token attributes from `Doc.to_array` rather than from Token objects (a Token per word,
and a string-store look-up per attribute, cost more than the rules' own work). But each stage asked
for its own few columns: an article's IDX, LOWER and SENT_START were each made three or four times,
at about 10 microseconds a column, and a sentence's `Span.to_array` (events' span_forms) walks its
attribute ids as numpy scalars: one sentence's costs more than the whole Doc's. Here each column is made
once per Doc, on first need, and kept while the Doc lives (a weak reference: the Doc's end drops it).

A parse is not changed once the stages read it (nlp.py's repairs run while parsing, and read the Doc
itself), so a column made by one stage is the column every later one would have made. The columns
are shared: the arrays are read-only, and a caller must not change the lists.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary, ref

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER


class PerDoc(WeakKeyDictionary):
    """Doc -> a value made from it once, dropped at the Doc's end (a weak key); `of` answers the last Doc first.

    The stages ask these tables about one article's Doc hundreds of times in a row (the quotes stage alone over 200
    times an article). WeakKeyDictionary.get makes a weak reference to its key and hashes it on every call; `of`
    first asks whether the Doc is the last one it answered for, by a weak reference to that Doc compared by identity
    (never by id(): a new Doc made at a freed one's address shares its id), and answers with the value the dictionary
    holds for it. The slot is a copy of one entry, so it must never outlive it: the weak reference's callback empties
    it as its Doc is freed (it neither answers for a freed Doc nor keeps its table alive), and every other way of
    changing an entry empties it too.
    """

    def __init__(self) -> None:
        super().__init__()
        self._last = _NO_DOC  # (a weak reference to the last Doc answered for, its value)

    def of(self, doc, make):
        """The value kept for `doc`, made by `make(doc)` and kept on first need."""
        last_ref, value = self._last
        if last_ref() is doc:
            return value
        value = self.data.get(ref(doc), _ABSENT)  # (WeakKeyDictionary.get, but a kept None is a value here)
        if value is _ABSENT:
            value = make(doc)
            super().__setitem__(doc, value)
        self._last = (ref(doc, self._forget), value)
        return value

    def _forget(self, dead: ref) -> None:
        """Called as the slot's Doc is freed (unless the slot has moved on, which drops this reference first)."""
        if self._last[0] is dead:
            self._last = _NO_DOC

    # every change to an entry empties the slot: the next `of` reads the dictionary again
    def __setitem__(self, doc, value) -> None:
        self._last = _NO_DOC
        super().__setitem__(doc, value)

    def __delitem__(self, doc) -> None:
        self._last = _NO_DOC
        super().__delitem__(doc)

    def pop(self, doc, *default):
        self._last = _NO_DOC
        return super().pop(doc, *default)

    def popitem(self):
        self._last = _NO_DOC
        return super().popitem()

    def setdefault(self, doc, default=None):
        self._last = _NO_DOC
        return super().setdefault(doc, default)

    def update(self, other=None, /, **kwargs) -> None:
        self._last = _NO_DOC
        super().update(other, **kwargs)

    def clear(self) -> None:
        self._last = _NO_DOC
        self.data.clear()


class _Nobody:
    """What the empty slot's weak reference points at: no caller passes one as a Doc, so it answers for none."""


_NOBODY = _Nobody()
_NO_DOC = (ref(_NOBODY), None)
_ABSENT = object()

# Doc -> {attr id: read-only uint64 array}, and Doc -> {attr id: the array as a list of ints}
_ARRAYS: PerDoc = PerDoc()
_LISTS: PerDoc = PerDoc()
# Doc -> {labels: the indices of the tokens with a child labelled one of them}
_PARENTS: PerDoc = PerDoc()

# Doc -> {(label, lower form): the indices of the tokens with such a child}
_WORD_PARENTS: PerDoc = PerDoc()
# Doc -> the index of each token's head
_HEAD_INDEX: PerDoc = PerDoc()

# label tuples several modules ask `with_child` about: one tuple, so each Doc's set is made once for them all
PASSIVE_LABELS = ("auxpass", "nsubjpass")


def _new_table(doc) -> dict:
    """A Doc's own table in a store of tables (`PerDoc.of` makes it, empty, on the first question about the Doc)."""
    return {}


def column(doc, attr: int) -> np.ndarray:
    """`doc.to_array(attr)`: one attribute (a spacy.attrs id) of every token, as uint64 (HEAD is relative
    to the token and wraps below zero, as to_array gives it); read-only."""
    cols = _ARRAYS.of(doc, _new_table)
    arr = cols.get(attr)
    if arr is None:
        arr = cols[attr] = doc.to_array(attr)
        arr.flags.writeable = False  # (shared by every caller: none may write into it)
    return arr


def column_list(doc, attr: int) -> list[int]:
    """column(doc, attr) as Python ints, made once (tolist costs about as much as the column)."""
    lists = _LISTS.of(doc, _new_table)
    out = lists.get(attr)
    if out is None:
        out = lists[attr] = column(doc, attr).tolist()
    return out


def head_list(doc) -> list[int]:
    """The index of each token's head (`t.head.i` of every token, a root its own), as Python ints, made once per Doc
    from the HEAD column: each `.head` read makes a Token."""
    return _HEAD_INDEX.of(doc, _head_index)


def _head_index(doc) -> list[int]:
    rel = column(doc, HEAD).astype(np.int64)  # (relative, and uint64: a head before its token wraps to negative)
    return (np.arange(len(rel), dtype=np.int64) + rel).tolist()


def with_child(doc, labels: tuple[str, ...]) -> frozenset[int]:
    """The indices of the tokens of `doc` that have a child whose dependency label is one of `labels`: a token
    t is in it exactly when `any(c.dep_ in labels for c in t.children)`. Made once per Doc and label tuple from
    the DEP and HEAD columns (a read of `t.children` makes a Token for each child, through two generators)."""
    kept = _PARENTS.of(doc, _new_table)
    found = kept.get(labels)
    if found is None:
        dep, head = column(doc, DEP), column(doc, HEAD)
        strings = doc.vocab.strings
        hit = dep != dep
        for label in labels:  # (the labels' ids as the vocab stores them: a symbol's is a small id)
            hit |= dep == dep.dtype.type(strings[label])
        found = kept[labels] = _heads_of(hit, head)
    return found


def _heads_of(hit: np.ndarray, head: np.ndarray) -> frozenset[int]:
    """The indices of the heads of the tokens marked in `hit` (a token that is its own head is a root: no child of
    itself)."""
    idx = np.flatnonzero(hit & (head != 0))
    return frozenset((idx + head[idx].astype(np.int64)).tolist())  # HEAD: relative


def with_child_word(doc, label: str, lower: str) -> frozenset[int]:
    """The indices of the tokens of `doc` with a child labelled `label` whose lower-case form is `lower`: t is in it
    exactly when `any(c.dep_ == label and c.lower_ == lower for c in t.children)`. Made once per Doc and pair from
    the DEP, LOWER and HEAD columns: a rule that needs such a child ("you" as a subject) passes over every other
    token without making a Token for each of its children."""
    kept = _WORD_PARENTS.of(doc, _new_table)
    found = kept.get((label, lower))
    if found is None:
        dep, low, head = column(doc, DEP), column(doc, LOWER), column(doc, HEAD)
        strings = doc.vocab.strings
        if label in strings and lower in strings:  # (asked without adding: a form no token has is in no column)
            found = _heads_of((dep == dep.dtype.type(strings[label])) & (low == low.dtype.type(strings[lower])), head)
        else:
            found = frozenset()
        kept[(label, lower)] = found
    return found
