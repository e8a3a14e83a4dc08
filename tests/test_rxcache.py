"""rxcache: patterns compiled while the pipeline is built are made from code kept on disk, and are the
Patterns re.compile makes (CPython's Pattern equality compares the pattern, the flags and the code)."""

from __future__ import annotations

import os
import pickle
import re

import pytest

from newsgraph import rxcache

# Texts with what the compiler must carry through: named groups (groupindex, indexgroup), inline and
# given flags, look-arounds, a verbose pattern, repeats, a bytes pattern, a large alternation.
PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?: (?P<year>\d{4}))?", 0),
    (r"(?i)\bthe (?:last|next) (\w+)", 0),
    (r"""(?x) ^ \s* (?P<who>[^:]+?) \s* : # a speaker
         \s* (?P<said>.+)$""", re.MULTILINE),
    (r"(?<![A-Z])[A-Z]{2,5}(?![a-z])", 0),
    (r"(?P<first> [A-Z]\w+ ) \s (?P<last> [A-Z]\w+ )  # two capitalised words", re.VERBOSE),
    (r"colou?r|grey|gray", re.IGNORECASE),
    (b"[\\x00-\\x1f]+", 0),
    ("|".join(f"w{i}x" for i in range(400)), 0),
]
TEXTS = ["On 12 March 2021 the last Summit", "Said Ana Lopez", "SPEAKER: what was said", "NATO and UNs", "Grey or COLOR",
         "\x01\x02", "w17x and w399x"]


def _probe(pattern, flags):
    rx = re.compile(pattern, flags)
    subject = [t.encode() for t in TEXTS] if isinstance(pattern, bytes) else TEXTS
    return rx, [[m.span() + (m.groupdict(), m.lastgroup) for m in rx.finditer(t)] for t in subject]


@pytest.fixture()
def cachedir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


def test_patterns_made_inside_equal_re_compile_first_time_and_from_disk(cachedir, monkeypatch):
    plain = [_probe(p, f) for p, f in PATTERNS]
    re.purge()
    with rxcache.compiled_patterns():
        built = [_probe(p, f) for p, f in PATTERNS]
    (path,) = cachedir.iterdir()  # written on leaving
    assert path.name.startswith("regex-code-")
    with open(path, "rb") as fh:
        assert set(pickle.load(fh)) == {(p, f) for p, f in PATTERNS}

    def no_compiling(*_args):
        raise AssertionError("compiled again instead of read from the kept code")

    monkeypatch.setattr(rxcache, "_compile_args", no_compiling)
    re.purge()
    with rxcache.compiled_patterns():
        kept = [_probe(p, f) for p, f in PATTERNS]
    for (rx0, m0), (rx1, m1), (rx2, m2) in zip(plain, built, kept):
        assert rx0 == rx1 == rx2  # pattern, flags and compiled code alike
        assert (rx0.groups, rx0.groupindex) == (rx1.groups, rx1.groupindex) == (rx2.groups, rx2.groupindex)
        assert m0 == m1 == m2
    assert any(m for _, m in plain)  # the probes do match something


def test_flags_given_as_regexflag_or_int_are_one_entry_and_the_same_object_comes_back(cachedir):
    with rxcache.compiled_patterns():
        a = re.compile(r"\bab+c", re.I | re.M)
        b = re.compile(r"\bab+c", int(re.I | re.M))
        c = re.compile(a)  # a Pattern passes through as in re
    assert a is b is c
    assert a.flags == re.compile(r"\bab+c", re.I | re.M).flags


def test_re_compile_is_given_back_after_the_block_even_when_it_raises(cachedir):
    before = re._compile
    with pytest.raises(KeyError):
        with rxcache.compiled_patterns():
            assert re._compile is not before
            raise KeyError("x")
    assert re._compile is before and not rxcache._active


def test_a_bad_pattern_raises_res_own_error_and_is_not_kept(cachedir):
    with pytest.raises(re.error) as plain:
        re.compile(r"(?P<a>x)(?P<a>y)")
    with pytest.raises(re.error) as inside:
        with rxcache.compiled_patterns():
            re.compile(r"(?P<a>x)(?P<a>y)")
    assert str(inside.value) == str(plain.value)
    assert list(cachedir.iterdir()) == []
    with pytest.raises(TypeError):
        with rxcache.compiled_patterns():
            re.compile(12)


def test_debug_goes_to_re_and_is_not_kept(cachedir, capsys):
    with rxcache.compiled_patterns():
        re.compile(r"a|b", re.DEBUG)
    assert "SUCCESS" in capsys.readouterr().out  # re printed its code: its own compile ran
    assert list(cachedir.iterdir()) == []


def test_an_inner_block_does_nothing(cachedir):
    with rxcache.compiled_patterns():
        outer = re._compile
        with rxcache.compiled_patterns():
            assert re._compile is outer
            re.compile(r"inner (\d+)")
        assert re._compile is outer and rxcache._active
        assert list(cachedir.iterdir()) == []  # the outer block writes, once, when it ends
    (path,) = cachedir.iterdir()
    with open(path, "rb") as fh:
        assert (r"inner (\d+)", 0) in pickle.load(fh)


def test_a_second_thread_opens_no_block_of_its_own_and_re_compile_comes_back_once(cachedir):
    import threading

    before = re._compile
    inside, release, seen = threading.Event(), threading.Event(), []

    def first():
        with rxcache.compiled_patterns():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=first)
    t.start()
    assert inside.wait(10)
    with rxcache.compiled_patterns():  # the other thread's block is open: this one does nothing
        seen.append(re._compile)
    assert re._compile is seen[0] is not before and rxcache._active
    release.set()
    t.join(10)
    assert re._compile is before and not rxcache._active


def test_kept_patterns_accumulate_up_to_the_limit_then_only_the_last_runs(cachedir, monkeypatch):
    with rxcache.compiled_patterns():
        re.compile("first")
    with rxcache.compiled_patterns():
        re.compile("second")
    (path,) = cachedir.iterdir()
    with open(path, "rb") as fh:
        assert set(pickle.load(fh)) == {("first", 0), ("second", 0)}
    monkeypatch.setattr(rxcache, "MAX_PATTERNS", 2)
    re.purge()
    with rxcache.compiled_patterns():
        re.compile("second")
        re.compile("third")
    with open(path, "rb") as fh:
        assert set(pickle.load(fh)) == {("second", 0), ("third", 0)}


def test_nothing_new_writes_nothing(cachedir):
    with rxcache.compiled_patterns():
        re.compile("once")
    (path,) = cachedir.iterdir()
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp - 10**9, stamp - 10**9))
    re.purge()
    with rxcache.compiled_patterns():
        re.compile("once")
    assert path.stat().st_mtime_ns == stamp - 10**9


def test_an_unreadable_table_or_unwritable_directory_only_means_compiling(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocker / "sub"))  # a directory under a file cannot exist
    re.purge()
    with rxcache.compiled_patterns():
        assert re.compile(r"x(y)").groups == 1
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    path = rxcache._path()
    os.makedirs(os.path.dirname(path))
    with open(path, "wb") as fh:
        fh.write(b"not a pickle")
    re.purge()
    with rxcache.compiled_patterns():
        assert re.compile(r"x(y)").groups == 1
    with open(path, "rb") as fh:
        assert set(pickle.load(fh)) == {(r"x(y)", 0)}  # rewritten whole
    with open(path, "wb") as fh:
        pickle.dump([("x(y)", 0)], fh)  # a pickle, but not a table
    re.purge()
    with rxcache.compiled_patterns():
        assert re.compile(r"x(y)").groups == 1
    with open(path, "rb") as fh:
        assert set(pickle.load(fh)) == {(r"x(y)", 0)}


def test_the_file_is_named_for_the_python_build(cachedir, monkeypatch):
    first = rxcache._path()
    monkeypatch.setattr(rxcache.sys, "version", rxcache.sys.version + " other")
    assert rxcache._path() != first and os.path.dirname(first) == str(cachedir)


def test_the_stages_are_built_inside_the_block(cachedir):
    from newsgraph import pipeline
    from newsgraph.stage import Stage

    seen = []

    class Probe(Stage):
        name = "probe"

        def __init__(self, nlp, settings=None):
            super().__init__(nlp, settings)
            seen.append(rxcache._active)

        def __call__(self, doc, parse):
            pass

    pipeline.Pipeline(stages=[Probe])
    assert seen == [True] and not rxcache._active


def test_without_the_engines_internals_nothing_is_cached(cachedir, monkeypatch):
    """Another implementation (no `_sre`), or a Python whose compiler has no `_code`: re as it is."""
    before = re._compile
    for name, value in (("_sre", None), ("_compiler", object())):
        with monkeypatch.context() as m:
            m.setattr(rxcache, name, value)
            with rxcache.compiled_patterns():
                assert re._compile is before
                re.compile(r"plain (\w+)")
    assert list(cachedir.iterdir()) == []
