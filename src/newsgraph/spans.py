"""Token spans made without spaCy's slice handling, for the stages' busiest look-ups.

`doc[a:b]` goes through spaCy's `Doc.__getitem__`, which normalises the slice in Python
(`spacy.util.normalize_slice`: negative indices counted from the end, bounds clamped, a stop before the
start taken as the start) before it makes `Span(doc, start, stop)`: about half of the slice's cost.
When the bounds are already in order and inside the Doc, normalising changes nothing, so the Span is
made directly; any other pair goes to the slice itself, so the result is always the slice's.

`sentence_of(tok)` is `tok.sent` the same way: the sentence's bounds from the Doc's SENT_START column, found once.
"""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from spacy.attrs import SENT_START
from spacy.tokens import Span

from .columns import column


def token_span(doc, start: int, end: int) -> Span:
    """Exactly `doc[start:end]` (a Span of tokens [start, end)), cheaper when 0 <= start <= end <= len(doc)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


# Doc -> the indices its sentences start at (0 first), or None when `Token.sent` must answer itself (no sentence
# annotation, or a user hook); ints only (a Token would keep its Doc, and the weak dictionary's entry would then
# never go)
_SENT_STARTS: WeakKeyDictionary = WeakKeyDictionary()
_UNSET = object()


def _sentence_starts(doc) -> list[int] | None:
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks or not doc.has_annotation("SENT_START"):
        return None
    # a sentence starts at token 0 and wherever SENT_START is 1 (not -1, none; 0, unknown), as Span.sent reads it
    return [0] + [i for i in (column(doc, SENT_START) == 1).nonzero()[0].tolist() if i > 0]


def sentence_of(tok) -> Span:
    """Exactly `tok.sent`: the tokens from the last sentence start at or before `tok` (or the Doc's first) up to
    the next start after it (or the Doc's end). spaCy's property slices the Doc for the token, asks whether the Doc
    has sentence annotation (a walk over its tokens), walks to both ends and slices again: about 2 µs a call;
    here a bisection of the starts, found once per Doc from the SENT_START column."""
    doc = tok.doc
    starts = _SENT_STARTS.get(doc, _UNSET)
    if starts is _UNSET:
        starts = _SENT_STARTS[doc] = _sentence_starts(doc)
    if starts is None:
        return tok.sent
    k = bisect_right(starts, tok.i)
    return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))
