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

from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER

# Doc -> {attr id: read-only uint64 array}, and Doc -> {attr id: the array as a list of ints}
_ARRAYS: WeakKeyDictionary = WeakKeyDictionary()
_LISTS: WeakKeyDictionary = WeakKeyDictionary()
# Doc -> {labels: the indices of the tokens with a child labelled one of them}
_PARENTS: WeakKeyDictionary = WeakKeyDictionary()

# Doc -> {(label, lower form): the indices of the tokens with such a child}
_WORD_PARENTS: WeakKeyDictionary = WeakKeyDictionary()
# Doc -> the index of each token's head
_HEAD_INDEX: WeakKeyDictionary = WeakKeyDictionary()
# Doc -> {labels: {a token's index: the indices of its children labelled one of them}}
_CHILDREN: WeakKeyDictionary = WeakKeyDictionary()

# label tuples several modules ask `with_child` about: one tuple, so each Doc's set is made once for them all
PASSIVE_LABELS = ("auxpass", "nsubjpass")


def _kept(store: WeakKeyDictionary, doc) -> dict:
    """The Doc's own table in `store`, made empty on first need."""
    kept = store.get(doc)
    if kept is None:
        kept = store[doc] = {}
    return kept


def column(doc, attr: int) -> np.ndarray:
    """`doc.to_array(attr)`: one attribute (a spacy.attrs id) of every token, as uint64 (HEAD is relative
    to the token and wraps below zero, as to_array gives it); read-only."""
    cols = _kept(_ARRAYS, doc)
    arr = cols.get(attr)
    if arr is None:
        arr = cols[attr] = doc.to_array(attr)
        arr.flags.writeable = False  # (shared by every caller: none may write into it)
    return arr


def column_list(doc, attr: int) -> list[int]:
    """column(doc, attr) as Python ints, made once (tolist costs about as much as the column)."""
    lists = _kept(_LISTS, doc)
    out = lists.get(attr)
    if out is None:
        out = lists[attr] = column(doc, attr).tolist()
    return out


def head_list(doc) -> list[int]:
    """The index of each token's head (`t.head.i` of every token, a root its own), as Python ints, made once per Doc
    from the HEAD column: each `.head` read makes a Token."""
    out = _HEAD_INDEX.get(doc)
    if out is None:
        rel = column(doc, HEAD).astype(np.int64)  # (relative, and uint64: a head before its token wraps to negative)
        out = _HEAD_INDEX[doc] = (np.arange(len(rel), dtype=np.int64) + rel).tolist()
    return out


def with_child(doc, labels: tuple[str, ...]) -> frozenset[int]:
    """The indices of the tokens of `doc` that have a child whose dependency label is one of `labels`: a token
    t is in it exactly when `any(c.dep_ in labels for c in t.children)`. Made once per Doc and label tuple from
    the DEP and HEAD columns (a read of `t.children` makes a Token for each child, through two generators)."""
    kept = _kept(_PARENTS, doc)
    found = kept.get(labels)
    if found is None:
        hit, head = _labelled(doc, labels)
        found = kept[labels] = _heads_of(hit, head)
    return found


def children_with(doc, labels: tuple[str, ...]) -> dict[int, list[int]]:
    """For each token of `doc` with a child whose dependency label is one of `labels`, the indices of those children
    in order: `[c.i for c in t.children if c.dep_ in labels]` is `children_with(doc, labels).get(t.i, [])`. Made once
    per Doc and label tuple from the DEP and HEAD columns: a rule that wants a verb's subjects reads them without
    making a Token, and a string-store look-up of its label, for each of the verb's other children."""
    kept = _kept(_CHILDREN, doc)
    found = kept.get(labels)
    if found is None:
        hit, head = _labelled(doc, labels)
        idx = np.flatnonzero(hit & (head != 0))  # (a root is its own head: no child of itself)
        found = kept[labels] = {}
        for child, parent in zip(idx.tolist(), (idx + head[idx].astype(np.int64)).tolist()):
            found.setdefault(parent, []).append(child)  # (ascending, as Token.children gives them)
    return found


def _labelled(doc, labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(which tokens of `doc` carry one of the dependency `labels`, the HEAD column), for with_child and
    children_with."""
    dep, head = column(doc, DEP), column(doc, HEAD)
    strings = doc.vocab.strings
    hit = dep != dep
    for label in labels:  # (the labels' ids as the vocab stores them: a symbol's is a small id)
        hit |= dep == dep.dtype.type(strings[label])
    return hit, head


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
    kept = _kept(_WORD_PARENTS, doc)
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
