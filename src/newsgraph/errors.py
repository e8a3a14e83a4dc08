"""Errors a user can cause or fix. The CLI prints them as one line, never as a traceback."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base for every error newsgraph reports to a user."""


class InputError(NewsgraphError):
    """One input could not be read or is not something newsgraph handles (names the file and reason)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ModelError(NewsgraphError):
    """The spaCy pipeline is missing or not the one newsgraph can use."""
