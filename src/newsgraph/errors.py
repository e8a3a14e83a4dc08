"""Errors a user can cause or fix: each says in one line what was wrong and, where it helps, how to fix it.

The CLI turns them into one line on stderr and an exit code (`newsgraph.cli.exit_code`), the web app
into a JSON error with an HTTP status (`newsgraph.web.app.HTTP_ERRORS`); neither shows a traceback.

    NewsgraphError          base (anything else the user must fix)
    ├── UsageError          a bad option or argument value (CLI exit 2)
    │   └── QueryError      a bad corpus query: date, order, period, table (exit 2; HTTP 422)
    ├── NotFoundError       a corpus query names what the store does not hold: an actor (exit 1; HTTP 404)
    ├── InputError          one input cannot be read or handled: names it and why (exit 1)
    │   └── DictionaryError a CAMEO/PETRARCH dictionary line that cannot be read: file, line, why
    ├── ExtractionError     a stage failed on one article; the batch goes on (exit 1)
    ├── ModelError          the spaCy pipeline is missing or unusable (set-up: exit 3)
    ├── PipelineError       the stages or their settings cannot make a pipeline (set-up: exit 3)
    └── StoreError          the corpus store cannot be opened or migrated (set-up: exit 3)

Errors cross process boundaries (worker processes send failures back with pickle), so every class
must survive a pickle round trip even when its constructor takes several arguments: the base
class records the constructor's arguments and `__reduce__` replays them (plain Exception pickling
would call the class with the formatted message alone and fail).
"""

from __future__ import annotations


def _rebuild(cls, args: tuple, kwargs: dict):
    return cls(*args, **kwargs)


class NewsgraphError(Exception):
    """Base for every error newsgraph reports to a user."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args)
        self._ctor = (args, kwargs)  # what __reduce__ replays; subclasses need not know
        return self

    def __reduce__(self):
        args, kwargs = getattr(self, "_ctor", (self.args, {}))
        state = {k: v for k, v in self.__dict__.items() if k != "_ctor"}
        return _rebuild, (type(self), args, kwargs), state or None


class UsageError(NewsgraphError):
    """An option or argument has a value newsgraph cannot use (the message names it)."""


class QueryError(UsageError, ValueError):
    """A corpus query has a bad value: a date, sort order, period or table name (a ValueError too,
    for callers written when the queries raised that)."""


class NotFoundError(NewsgraphError):
    """A corpus query names something the store does not hold (an actor no name, alias, id or code
    matches): said as such, never an empty answer that reads as "nothing happened between them"."""


class InputError(NewsgraphError):
    """One input could not be read or is not something newsgraph handles (names the file and reason)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class DictionaryError(InputError):
    """A CAMEO/PETRARCH dictionary (actors, agents) has a line that cannot be read."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}", reason)
        self.path = path
        self.line = line


class ExtractionError(NewsgraphError):
    """A stage failed on one article: reported for that article, the batch goes on."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ModelError(NewsgraphError):
    """The spaCy pipeline is missing or not the one newsgraph can use."""


class PipelineError(NewsgraphError):
    """The stages cannot make a pipeline: a needed field has no provider, two stages write one field,
    or a stage is given settings it does not take."""


class StoreError(NewsgraphError):
    """The corpus store cannot be opened, read or upgraded (missing, locked, or an old schema read-only)."""
