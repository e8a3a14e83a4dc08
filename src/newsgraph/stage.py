"""What a stage is, and the options a run hands to every stage.

A stage is a function that adds to a Document, given the article's parse. It declares what it
requires and what it provides (stanza-style), and the pipeline checks the order when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Options:
    """Settings a run carries to every stage (and to worker processes)."""

    model: str | None = None
    published: str | None = None  # --published: overrides metadata and inference
    check_language: bool = True
    actor_dicts: list[str] = field(default_factory=list)  # CAMEO/PETRARCH actor dictionaries (--actors)
    agent_dicts: list[str] = field(default_factory=list)  # (--agents)
    verb_dicts: list[str] = field(default_factory=list)  # (--verbs)
    batch_size: int = 32  # articles per nlp.pipe stream


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable  # run(doc: Document, parse: Parse, options: Options) -> None
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
