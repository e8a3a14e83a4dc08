"""Token spans made without spaCy's slice handling, for the stages' busiest look-ups.

`doc[a:b]` goes through spaCy's `Doc.__getitem__`, which normalises the slice in Python
(`spacy.util.normalize_slice`: negative indices counted from the end, bounds clamped, a stop before the
start taken as the start) before it makes `Span(doc, start, stop)`: about half of the slice's cost.
When the bounds are already in order and inside the Doc, normalising changes nothing, so the Span is
made directly; any other pair goes to the slice itself, so the result is always the slice's.
"""

from __future__ import annotations

from spacy.tokens import Span


def token_span(doc, start: int, end: int) -> Span:
    """Exactly `doc[start:end]` (a Span of tokens [start, end)), cheaper when 0 <= start <= end <= len(doc)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]
