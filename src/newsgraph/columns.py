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
from weakref import ref as ref_to

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER
from spacy.strings import get_string_id

# Doc -> {attr id: read-only uint64 array}, and Doc -> {attr id: the array as a list of ints}
_ARRAYS: WeakKeyDictionary = WeakKeyDictionary()
_LISTS: WeakKeyDictionary = WeakKeyDictionary()
# Doc -> {labels: the indices of the tokens with a child labelled one of them}
_PARENTS: WeakKeyDictionary = WeakKeyDictionary()

# Doc -> {(label, lower form): the indices of the tokens with such a child}
_WORD_PARENTS: WeakKeyDictionary = WeakKeyDictionary()

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


def with_child(doc, labels: tuple[str, ...]) -> frozenset[int]:
    """The indices of the tokens of `doc` that have a child whose dependency label is one of `labels`: a token
    t is in it exactly when `any(c.dep_ in labels for c in t.children)`. Made once per Doc and label tuple from
    the DEP and HEAD columns (a read of `t.children` makes a Token for each child, through two generators)."""
    kept = _kept(_PARENTS, doc)
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


# Doc -> (child indices grouped by head, each group in text order; where each token's group starts, n + 1 of them;
# the DEP column as a list)
_CHILDREN: WeakKeyDictionary = WeakKeyDictionary()
# the Doc asked last (a weak reference) and its table: the rules ask about one Doc many times in a row, and a
# WeakKeyDictionary look-up (Python code) costs more than the walk it saves on a token with one or two children
_LAST_CHILDREN: tuple = (lambda: None, None)


def dep_ids(*labels: str) -> frozenset[int]:
    """The DEP column's ids of `labels` (a symbol's small id, else the string's hash: the same in every Doc), for
    `children(tok, deps)`."""
    return frozenset(get_string_id(label) for label in labels)


def _children_table(doc) -> tuple[list[int], list[int], list[int]]:
    """Every token's children from the HEAD column: (child indices sorted by head, each head's in text order;
    bounds, so that token i's children are order[bounds[i]:bounds[i + 1]]; the DEP column). Made once per Doc."""
    global _LAST_CHILDREN
    ref, table = _LAST_CHILDREN
    if ref() is doc:
        return table
    table = _CHILDREN.get(doc)
    if table is None:
        n = len(doc)
        at = np.arange(n, dtype=np.int64)
        heads = at + column(doc, HEAD).astype(np.int64)  # (HEAD is relative and wraps below zero as uint64)
        kids = np.flatnonzero(heads != at)  # (a root is its own head, no child of itself)
        order = kids[np.argsort(heads[kids], kind="stable")]  # (stable: each head's children stay in text order)
        bounds = np.searchsorted(heads[order], np.arange(n + 1), side="left")
        table = _CHILDREN[doc] = (order.tolist(), bounds.tolist(), column_list(doc, DEP))
    _LAST_CHILDREN = (ref_to(doc), table)
    return table


def children(tok, deps: frozenset[int] | None = None) -> list:
    """`list(tok.children)`, or with `deps` (dep_ids) the children whose dependency label is one of them:
    `[c for c in tok.children if c.dep_ in labels]`, the same Tokens in the same (text) order. spaCy's
    `children` scans the token's whole subtree for them and makes a Token for each through two generators, and
    each `dep_` asks the string store; here the children come from a table made once per Doc (the parse is not
    changed once the stages read it), their labels from the DEP column, and a Token is made only for a child kept.
    (spaCy's scan runs between the token's left and right edges, which hold every child: each child widens its
    head's edges to its own when the edges are set.)"""
    doc = tok.doc
    i = tok.i
    order, bounds, dep = _children_table(doc)
    found = order[bounds[i]:bounds[i + 1]]
    if deps is None:
        return [doc[k] for k in found]
    return [doc[k] for k in found if dep[k] in deps]
