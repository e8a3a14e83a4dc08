"""`doc.char_span(a, b, alignment_mode="expand")` made from the Doc's token offsets.

The attribution stage asks for the tokens under a cue, a source or a content about fifty times an article.
spaCy's char_span makes a Token for each offset it reads (three or four), then the Span; `spans.expand_bounds`
finds the same token bounds by bisecting the Doc's offset columns (made once per Doc), so only the Span is made.
"""

from __future__ import annotations

from ..spans import expand_bounds, token_span


def expanded(sdoc, start_char: int, end_char: int):
    """Exactly `sdoc.char_span(start_char, end_char, alignment_mode="expand")` for start_char <= end_char (every
    caller's: a cue, source or content span, or one character): None where that is None, else the same Span."""
    bounds = expand_bounds(sdoc, start_char, end_char)
    return None if bounds is None else token_span(sdoc, bounds[0], bounds[1])
