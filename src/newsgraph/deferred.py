"""Regular expressions compiled on first use, for a large pattern that most runs never try.

Compiling a pattern is almost all Python (the standard library's parser and code generator): timex.FIND_RE, every
time pattern in one alternation, costs about 0.09 s of CPU at import, and a run reads it only for an article whose
metadata gives no date and that has a dated "Published" line. A `DeferredPattern` keeps the text and flags and
compiles them the first time anything else of the pattern is asked for; what it answers is the compiled pattern's
own. A run that forks workers from a built pipeline calls `build_all` first (pipeline._Pool), so every
worker shares the one compiled in the parent instead of compiling its own.
"""

from __future__ import annotations

import re

_DEFERRED: list[DeferredPattern] = []  # every one made, for build_all


class DeferredPattern:
    """`re.compile(pattern, flags)`, made when first used; `pattern` and `flags` are known without it."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern | None = None
        _DEFERRED.append(self)

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("__"):
            # (a special name is the object's own: a copy or an unpickling asks for these before the slots are set)
            raise AttributeError(name)
        return getattr(self.compiled(), name)  # (finditer, match, search, groupindex ...: the compiled pattern's)


def build_all() -> None:
    """Compile every deferred pattern now (before workers fork, so that they share them)."""
    for d in _DEFERRED:
        d.compiled()
