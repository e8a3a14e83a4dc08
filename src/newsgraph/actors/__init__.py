"""Actors: one entity per real-world actor, with roles, affiliations and CAMEO-style codes (issue 3).

`stage.ActorsStage` is the pipeline stage; `entity_for_span` finds the entity a character span belongs to.
See docs/actors.md.
"""

from __future__ import annotations

from ..model import Document, Entity


def entity_for_span(doc: Document, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end) (the tightest one when several do)."""
    return doc.entity_for_span(start, end)
