"""Where an event happened: the literal place a stretch of its text names, read from the places stage's output.

The events stage reads `doc.places` (a declared need) through this module, not through the places stage's own code,
as it reads an actor's offices through `tenures.py` (session 57: until then `place_for_span` lived in the places
stage's module, which the events stage imported).
"""
from __future__ import annotations

import re

from ..model import Document, Place

_STRONG_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|around|within)\s+(?:the\s+)?\w*\s?$",
                              re.IGNORECASE)


def place_for_span(doc: Document, start: int, end: int) -> Place | None:
    """The literal place a stretch of text (e.g. an event's sentence) is located at, or None.

    Prefers a place after a locative preposition ("in Gaza", "near the border of X"), then the most
    specific place (city/admin/region before country), then the first in the text.
    """
    best, best_rank = None, None
    for p in doc.places:
        for m in p.mentions:
            if m.kind == "name" and start <= m.start and m.end <= end:  # literal places only
                before = doc.text[max(start, m.start - 30):m.start]
                locative = 0 if _STRONG_LOCATIVE.search(before) else 1
                specific = 0 if p.feature in ("city", "admin") else 1 if p.feature == "region" else 2
                rank = (locative, specific, m.start)
                if best_rank is None or rank < best_rank:
                    best, best_rank = p, rank
    return best
