"""Session 52, s52-startup: the stages' start-up made cheaper with every output the same (docs/benchmarks.md,
"Session 52, s52-startup"). timex.FIND_RE is compiled on first use (`deferred.DeferredPattern`), once in the parent
of forked workers; timex._alt's text no longer depends on PYTHONHASHSEED. Own words only."""

import copy
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(code: str, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


# --- timex._alt over a set --------------------------------------------------------------------------------------

def test_every_normalizing_pattern_has_one_text_whatever_the_hash_seed():
    """A set of strings iterates in an order that changes with PYTHONHASHSEED; the rule of the "now", "recently",
    "soon" words was built from such a set, so its text differed from one process to the next (seeds 1 and 2 gave
    two texts before the change)."""
    code = "from newsgraph import timex; print(repr([(rx.pattern, rx.flags) for rx, _ in timex.RULES]))"
    assert _run(code, "1") == _run(code, "2")


def test_alt_puts_a_sets_words_in_order_and_keeps_a_lists_order():
    from newsgraph.timex import _alt

    assert _alt({"bb", "aa", "c"}) == _alt(["aa", "bb", "c"]) == "aa|bb|c"
    assert _alt(frozenset({"yy", "xx"})) == "xx|yy"
    assert _alt(["bb", "aa", "c"]) == "bb|aa|c"  # (a list's, or a dict's, own order is kept: their patterns unchanged)
    assert _alt({"a", "ccc", "bb"}) == "ccc|bb|a"  # (the longest first, as before)


def test_the_rule_of_the_reference_words_matches_exactly_those_words():
    """The rule is tried with fullmatch: it matches a text exactly when the text is one of the words, whatever the
    words' order in it."""
    from newsgraph import timex

    words = timex.PRESENT_WORDS | timex.PAST_WORDS | timex.FUTURE_WORDS
    rx = next(rx for rx, handler in timex.RULES if handler is timex._r_ref)
    assert all(rx.fullmatch(w) for w in words)
    for w in ("recently seen", "the soon", "nows", "in the coming day", "Recently"):
        assert rx.fullmatch(w) is None


# --- DeferredPattern ----------------------------------------------------------------------------------------------

def test_find_re_is_not_compiled_at_import_and_equals_re_compile_of_its_text():
    code = ("import re; from newsgraph import timex, times\n"
            "print(timex.FIND_RE._compiled is None)\n"
            "text = '|'.join(f'(?:{p})' for p in timex.FIND_PATTERNS)\n"
            "print(times.FIND_RE is timex.FIND_RE, timex.FIND_RE.pattern == text, timex.FIND_RE.flags == 0)\n"
            "print(timex.FIND_RE.compiled() == re.compile(text))\n")
    assert _run(code, "0").split() == ["True"] * 5


def test_a_deferred_pattern_compiles_once_on_first_use_and_answers_as_the_pattern(monkeypatch):
    from newsgraph import deferred

    monkeypatch.setattr(deferred, "_DEFERRED", [])
    calls = []
    real = re.compile
    monkeypatch.setattr(deferred.re, "compile", lambda *a: calls.append(a) or real(*a))
    d = deferred.DeferredPattern(r"(?P<n>\d+) (?P<u>days?)", re.IGNORECASE)
    assert (d.pattern, d.flags, calls) == (r"(?P<n>\d+) (?P<u>days?)", re.IGNORECASE, [])
    text = "in 3 DAYS and 10 days"
    assert [m.span() for m in d.finditer(text)] == [(3, 9), (14, 21)]
    assert d.match(text, 3)["u"] == "DAYS" and d.search(text).lastgroup == "u" and d.groupindex == {"n": 1, "u": 2}
    assert calls == [(r"(?P<n>\d+) (?P<u>days?)", re.IGNORECASE)]  # (once, with the flags)
    assert d.compiled() is d.compiled() and d.compiled() == re.compile(d.pattern, re.IGNORECASE)
    assert deferred._DEFERRED == [d]


def test_a_deferred_patterns_special_names_are_its_own():
    """A copy asks for __deepcopy__/__reduce_ex__ ... on a bare object: those are not the compiled pattern's."""
    from newsgraph.deferred import DeferredPattern

    d = DeferredPattern("ab+")
    with pytest.raises(AttributeError, match="__not_there__"):
        d.__not_there__
    assert d._compiled is None  # (asking for a special name compiled nothing)
    c = copy.copy(d)
    assert c is not d and c.pattern == "ab+" and c.match("abb").end() == 3


def test_build_all_compiles_every_deferred_pattern(monkeypatch):
    from newsgraph import deferred

    monkeypatch.setattr(deferred, "_DEFERRED", [])
    a, b = deferred.DeferredPattern("x+"), deferred.DeferredPattern("y", re.I)
    deferred.build_all()
    assert a._compiled == re.compile("x+") and b._compiled == re.compile("y", re.I)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_a_forking_pool_compiles_the_deferred_patterns_before_its_workers_start(monkeypatch):
    """Workers forked from the parent share its compiled patterns instead of each compiling its own."""
    import gc

    from newsgraph import deferred, pipeline

    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
    monkeypatch.setattr(pipeline, "settled_pipeline", lambda options: types.SimpleNamespace(options=options))
    d = deferred.DeferredPattern("zz")
    monkeypatch.setattr(deferred, "_DEFERRED", [d])
    seen = []
    monkeypatch.setattr(pipeline, "_Worker", lambda *a: seen.append(d._compiled) or types.SimpleNamespace(
        job=None, conn=None, stop=lambda now: None, reap=lambda: None))
    try:
        pool = pipeline._Pool(pipeline.Options(), 2)
        pool.close(finished=False)
    finally:
        gc.unfreeze()
    assert seen == [re.compile("zz")] * 2


def test_a_run_in_one_process_leaves_the_deferred_patterns_alone(monkeypatch):
    from newsgraph import deferred, pipeline

    d = deferred.DeferredPattern("qq")
    monkeypatch.setattr(deferred, "_DEFERRED", [d])
    monkeypatch.setattr(pipeline, "settled_pipeline", lambda options: types.SimpleNamespace(run=lambda arts: iter(())))
    assert list(pipeline.extract_many([], pipeline.Options(), workers=1)) == []
    assert d._compiled is None
