"""Regular expressions compiled while the pipeline is built, kept on disk as the engine's code.

Importing the stages' modules and building their tables compiles several hundred patterns (the times
families, the places and actors tables, the events lexicon), some of them 20,000 characters long.
Python parses and compiles each in Python (`re._parser`, `re._compiler`): about 0.3 s of CPU a
process, before the first article, in the parent that every worker waits for (docs/benchmarks.md,
session 41, s41-speedwp). What that work ends in is one call, `_sre.compile(pattern, flags, code,
groups, groupindex, indexgroup)`, whose `code` is a list of integers. Inside `compiled_patterns()` a
pattern compiled before (same text, same flags) is made by that same call with the arguments kept from
last time, so the Pattern is the one `re.compile` gives (same code, flags, groups and names); anything
else goes to `re` as usual. A thread that opens the block while another's is open gets no block of
its own (re's functions are the other's until it closes).

The table lives in the cache directory (cache.py) in a file named for the Python build and this
module's source: another interpreter (whose opcodes may differ) or a change here starts a new one.
A missing or unwritable directory only means compiling as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import sys
import threading
from collections.abc import Iterator

# More kept patterns than this and the file keeps only the last run's: a pattern built from a set (its
# alternatives in hash order, which changes between processes) adds one new text each process.
MAX_PATTERNS = 5_000

_active = False
_lock = threading.Lock()


@contextlib.contextmanager
def compiled_patterns() -> Iterator[None]:
    """While this is open, `re.compile` (and re's other functions) on a str or bytes pattern reuse the
    compiled code kept on disk; on leaving, patterns not yet kept are added. Not re-entrant: an inner
    use inside an open one does nothing."""
    global _active
    with _lock:  # two threads building pipelines at once: one block, and re._compile given back once
        if _active or not _supported():
            owner = False
        else:
            owner = _active = True
    if not owner:
        yield
        return
    original = re._compile
    new: dict = {}
    try:
        path = _path()
        kept = _read(path)
        made: dict = {}  # (type, text, flags) -> Pattern: compiled twice, the same object (as re's cache gives)
        used: dict = {}

        def compile_(pattern, flags):
            flags = flags.value if isinstance(flags, re.RegexFlag) else flags
            if type(pattern) not in (str, bytes) or not isinstance(flags, int) or flags & _UNCACHED:
                return original(pattern, flags)  # a Pattern, a bad type, DEBUG: re's own answer (or error)
            key = (type(pattern), pattern, flags)
            rx = made.get(key)
            if rx is None:
                args = kept.get((pattern, flags))
                if args is None:
                    args = new[(pattern, flags)] = _compile_args(pattern, flags)
                used[(pattern, flags)] = args
                rx = made[key] = _sre.compile(pattern, *args)
            return rx

        re._compile = compile_
        yield
    finally:
        with _lock:
            re._compile = original
            _active = False
        if new:
            _write(path, {**kept, **new} if len(kept) + len(new) <= MAX_PATTERNS else used)


try:  # the engine and the compiler's internals (CPython 3.11-3.13); elsewhere nothing is cached
    import _sre
    from re import _compiler, _parser

    _UNCACHED = re.DEBUG | getattr(re, "TEMPLATE", 0)
except ImportError:  # pragma: no cover - another implementation
    _sre = None


def _supported() -> bool:
    return _sre is not None and hasattr(re, "_compile") and hasattr(_compiler, "_code")


def _compile_args(pattern, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern, with the code's opcodes as
    plain ints (re's named constants do not pickle). Raises re.error for a bad pattern, as re does."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _path() -> str:
    from . import cache

    build = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
    key = cache.fingerprint([__file__]) + hashlib.sha1(build.encode()).hexdigest()[:8]
    return os.path.join(cache.directory(), f"regex-code-{key}.pickle")


def _read(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            table = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _write(path: str, table: dict) -> None:
    """Atomically (other processes may be reading the file); an unwritable directory is no error."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
