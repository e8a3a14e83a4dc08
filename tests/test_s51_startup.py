"""Session 51, s51-startup: patterns compiled from engine code kept on disk (cache.Patterns) are the
patterns re.compile gives (`==` on re.Pattern compares flags, text and the engine code itself)."""

import os
import pickle
import re

import pytest

from newsgraph import cache

# own examples: named groups, flags set inline and by argument, look-behinds, non-ASCII, a repeat
SAMPLES = [
    (r"\b(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)\b", 0),
    (r"(?i:last|next) (?:week|month)", 0),
    (r"(?<=[Ff]or )the month\b(?![-'’])", 0),
    (r"\bair\s+strikes?\b|drone", re.IGNORECASE),
    (r"^(?:\s+[\w'’-]+){0,8}?\s+with\b", re.IGNORECASE | re.MULTILINE),
    (r"(a)(b)?(?P<c>c)*", 0),
    (r"(?P<num> \d+ ) \s (?P<unit> days | weeks )  # the verbose flag changes how the text parses", re.VERBOSE),
]
TEXTS = ["on 4 March", "LAST week and next month", "sales for the month rose", "an Air  Strike hit",
         " the rebels agreed with", "abcc", "", "the month-long strike", "12 Mai", "in 3 days"]


def _same(new, old):
    assert new == old  # flags, pattern text and engine code all equal
    assert (new.groups, dict(new.groupindex), new.flags) == (old.groups, dict(old.groupindex), old.flags)
    for t in TEXTS:
        assert [m.span() for m in new.finditer(t)] == [m.span() for m in old.finditer(t)]
        assert [m.groupdict() for m in new.finditer(t)] == [m.groupdict() for m in old.finditer(t)]
        assert [m.lastgroup for m in new.finditer(t)] == [m.lastgroup for m in old.finditer(t)]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    return tmp_path


def test_built_and_read_back_equal_re_compile(cache_dir, monkeypatch):
    first = cache.Patterns("t")
    built = [first.compile(p, f) for p, f in SAMPLES]
    first.close()
    for (p, f), rx in zip(SAMPLES, built):
        _same(rx, re.compile(p, f))

    def no_parse(*a):
        raise AssertionError("a pattern on disk was compiled again")
    monkeypatch.setattr(cache, "_engine_parts", no_parse)
    second = cache.Patterns("t")  # every pattern now comes from the file
    for p, f in SAMPLES:
        _same(second.compile(p, f), re.compile(p, f))


def test_file_rewritten_only_on_a_miss_and_keeps_only_patterns_used(cache_dir):
    a = cache.Patterns("t")
    a.compile("x+")
    a.compile("y+")
    a.close()
    path = a.path
    stamp = os.stat(path).st_mtime_ns
    b = cache.Patterns("t")
    b.compile("x+")
    b.close()  # nothing missed: the file is not written
    assert os.stat(path).st_mtime_ns == stamp
    assert set(cache._read(path)) == {("x+", 0), ("y+", 0)}
    c = cache.Patterns("t")
    c.compile("z+")
    c.close()  # a miss: written with this run's patterns only
    assert set(cache._read(path)) == {("z+", 0)}


def test_after_close_compile_is_re_compile(cache_dir, monkeypatch):
    p = cache.Patterns("t")
    p.close()
    seen = []
    monkeypatch.setattr(cache.re, "compile", lambda *a: seen.append(a) or "re")
    assert p.compile("q", re.I) == "re" and seen == [("q", re.I)]


def test_no_engine_internals_means_re_compile(cache_dir, monkeypatch):
    written = cache.Patterns("t")
    written.compile("w+")
    written.close()
    monkeypatch.setattr(cache, "_sre_compile", None)
    monkeypatch.delattr(cache, "_SRE_MAGIC")  # (absent with the engine's internals)
    p = cache.Patterns("t")  # a file from a run with them is not read
    assert p.known == {}
    _same(p.compile(*SAMPLES[0]), re.compile(*SAMPLES[0]))
    p.close()


def test_unreadable_file_means_building(cache_dir):
    a = cache.Patterns("t")
    (cache_dir / a.path.rsplit("/", 1)[1]).write_bytes(b"not a pickle")
    assert cache.Patterns("t").known == {}
    (cache_dir / a.path.rsplit("/", 1)[1]).write_bytes(pickle.dumps([1]))
    assert cache.Patterns("t").known == {}


def test_engine_key_names_the_python_build(monkeypatch):
    before = cache._engine_key()
    monkeypatch.setattr(cache.sys, "version", cache.sys.version + "x")
    assert cache._engine_key() != before
    changed = cache._engine_key()
    monkeypatch.setattr(cache, "_SRE_MAGIC", cache._SRE_MAGIC + 1)
    assert cache._engine_key() != changed and len(changed) == 16


def _patterns_in(value, depth=0):
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for v in value.values():
            yield from _patterns_in(v, depth + 1)


@pytest.mark.parametrize("module", ["newsgraph.timex", "newsgraph.times", "newsgraph.events.acled"])
def test_every_module_pattern_equals_re_compile(module):
    """Whether the module's patterns came from disk or were built: each is what re.compile makes of its
    text and flags (the same engine code), so every match is the same."""
    import importlib
    mod = importlib.import_module(module)
    found = [rx for v in vars(mod).values() for rx in _patterns_in(v)]
    assert len(found) > 10
    for rx in found:
        assert rx == re.compile(rx.pattern, rx.flags)
