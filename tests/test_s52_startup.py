"""Session 52, s52-startup: timex._alt's text no longer depends on PYTHONHASHSEED (docs/benchmarks.md, "Session 52,
s52-startup"; the deferred compile of FIND_RE it also measured was not landed). Own words only."""

import os
import subprocess
import sys
from pathlib import Path


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
