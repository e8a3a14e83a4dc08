"""Session 40, s40-speedq: the first three characters a match can start with (regex_start.start_prefixes,
start_windows), and times.pattern_spans, which tries a token only where the text's next three characters are one
of its family's starts (docs/benchmarks.md, "Session 40, s40-speedq").

The starts are read from the compiled patterns' parse trees; these tests check them against the engine itself: on
small patterns exactly, on every time family by matching at every position of our own sentences (and of every
ASCII character put before them), and pattern_spans against trying every token. Own wordings throughout."""

from __future__ import annotations

import itertools
import random
import re
import string

import pytest

from newsgraph import regex_start
from newsgraph.model import Section
from newsgraph.nlp import load, parse_many
from newsgraph.places import _after_place_preposition
from timeutil import pattern_spans_every_token
from newsgraph.regex_start import ASCII, start_chars, start_prefixes, start_windows, start_windows_each


@pytest.mark.parametrize("pattern, k, starts", [
    (r"the|a", 3, {"the", "a"}),  # ("a" the whole match)
    (r"(?i:may)", 2, {"ma", "mA", "Ma", "MA"}),
    (r"(?:last|next) week", 3, {"las", "nex"}),
    (r"x*y", 3, {"y", "xy", "xxy", "xxx"}),
    (r"x{2,}", 4, {"xx", "xxx", "xxxx"}),
    (r"x*?y", 2, {"y", "xy", "xx"}),
    (r"(?:x?)+y", 2, {"y", "xy", "xx"}),
    (r"(?>ab)c", 3, {"abc"}),
    (r"(?<=for )a while", 3, {"a w"}),  # (a look-behind consumes nothing)
    (r"\bQ[1-4]\b", 3, {"Q1", "Q2", "Q3", "Q4"}),
    (r"(?:the )?year", 3, {"the", "yea"}),
    (r"(?i:a)b|(?-i:C)d", 2, {"ab", "Ab", "Cd"}),
    (r"\d{4}", 2, {a + b for a in string.digits for b in string.digits}),
    (r"(a)\1", 1, {"a"}),  # (the back-reference comes after the first character)
    (r"ab|abc", 3, {"ab", "abc"}),
    (r"a{64}", 2, {"aa"}),  # (64 repeats at the least are read; more are not)
])
def test_start_prefixes_of_small_patterns(pattern, k, starts):
    assert start_prefixes(re.compile(pattern), k) == frozenset(starts)


def test_start_prefixes_read_the_flags_the_pattern_was_compiled_with():
    assert start_prefixes(re.compile("may", re.IGNORECASE), 2) == {"ma", "mA", "Ma", "MA"}


@pytest.mark.parametrize("pattern, k", [(r"a*", 2), (r"(?:a|)", 3), (r"\b", 1), (r"(a)\1", 2), (r"(a)?(?(1)b|c)", 2),
                                        (r"", 1), (r"a{65}", 2)])
def test_a_pattern_that_may_match_empty_or_is_not_read_gives_no_starts(pattern, k):
    assert start_prefixes(re.compile(pattern), k) is None
    assert start_windows(re.compile(pattern), k) is None


def test_one_character_starts_are_the_start_characters_of_every_time_family():
    from newsgraph.timex import FAMILY_RE

    for rx in FAMILY_RE.values():
        assert start_prefixes(rx, 1) == start_chars(rx)


def test_a_set_too_large_is_cut_shorter_never_dropped(monkeypatch):
    monkeypatch.setattr(regex_start, "_PREFIX_LIMIT", 50)
    assert start_prefixes(re.compile(r"[a-z]{3}"), 3) == frozenset(string.ascii_lowercase)  # 17,576 -> 26 letters
    # an open start shorter than the others is kept as it is ("q" open, next to the done "ab"..."zz" cut to letters)
    assert start_prefixes(re.compile(r"q[a-z]{3}|[a-z]{2}"), 3) == frozenset(string.ascii_lowercase)
    assert start_windows(re.compile(r"[a-z]{3}"), 3) is None  # (a letter alone stands for 16,384 windows)
    assert start_prefixes(re.compile(r"Q|[a-z]{3}"), 3) == frozenset(string.ascii_lowercase) | {"Q"}
    # the alternatives' 101 starts cut at the branch: a whole match as short as the cut ("Q") is kept, as a start
    # that anything may follow: nothing is joined to it after ("Qx" is no start: "Q" stands for "Qx" and "Qy")
    assert start_prefixes(re.compile(r"(?:Q|[a-e][a-j]|[f-j][a-j])x"), 3) == frozenset("abcdefghijQ")
    # a set of exactly the limit is kept whole
    monkeypatch.setattr(regex_start, "_PREFIX_LIMIT", 25)
    assert start_prefixes(re.compile(r"[a-e]{2}"), 2) == {a + b for a in "abcde" for b in "abcde"}
    monkeypatch.setattr(regex_start, "_PREFIX_LIMIT", 24)
    assert start_prefixes(re.compile(r"[a-e]{2}"), 2) == frozenset("abcde")


def test_start_windows_hold_each_short_start_with_every_continuation():
    got = start_windows(re.compile(r"\bQ[1-4]\b|\bHY1"), 3)
    assert got == {f"Q{d}{c}" for d in "1234" for c in ASCII} | {"HY1"}
    assert start_windows(re.compile(r"(?:last|next) week"), 3) == {"las", "nex"}
    assert start_windows(re.compile(r"the|a"), 3) is None  # ("a" and two characters more: 16,384 windows)


_SMALL = [r"(?:the |a )?(?:last|next) (?:week|year)", r"\d{1,2}(?:st|nd)? (?:May|June)", r"(?i:q[1-4])(?: \d\d)?",
          r"(?<=at )\d+(?:[:.]\d\d)?(?: ?[ap]m)?", r"(?:x?y)*z", r"[^ab]c|ab?", r"(?>a|ab)c", r"(?:mid-)?(?i:march)\b"]


@pytest.mark.parametrize("pattern", _SMALL)
def test_no_match_starts_outside_its_windows_on_random_texts(pattern):
    rx = re.compile(pattern)
    rng = random.Random(40)
    alphabet = "aebcdhkmnqstwxyzJMQ0123 -.:\u2019\u212a"
    for k in (1, 2, 3, 4):
        windows = start_windows(rx, k)
        if windows is None:
            continue
        matched = 0
        texts = ["".join(rng.choice(alphabet) for _ in range(12)) for _ in range(400)]
        texts += ["at 10.30 pm", "at 9pm", "the next year", "a last week", "Q4 25", "q2 19", "mid-March", "3rd May",
                  "12 June", "xyyxyz", "abc", "ac", "dc"]
        for text in texts:
            for p in range(len(text)):
                if rx.match(text, p) is not None:
                    matched += 1
                    w = text[p:p + k]
                    assert w in windows or len(w) < k or not w.isascii(), (pattern, k, text, p)
        assert matched >= 1


_TEXTS = [
    "Late on Thursday night, roughly two and a half weeks ago, the board met again; by mid-April 2021 it met "
    "every other week, and since the autumn of 1998 three times a month at 9.15am local time.",
    "In the 1970s and in '82 (before the 20th century's end?) the mill ran for a long while; in Q3 2019 and the "
    "following quarter sales fell, and the day after tomorrow is Boxing Day, in the summer of \u201996 at noon.",
    "The report \u2014 published this week \u2014 says recently five minutes past seven o'clock in the evening, "
    "for the next two decades, on Friday 4 June, the previous Tuesday, and currently at 11 tonight until H2.",
]


def test_a_time_familys_match_never_starts_outside_its_windows():
    from newsgraph.times import _START_WIDTH, _STARTS, FAMILY_RE

    texts = _TEXTS + [c + " " + _TEXTS[0][:70] for c in sorted(ASCII)] + [c + "Q1" for c in sorted(ASCII)]
    matched = 0
    for fam, rx in FAMILY_RE.items():
        windows = _STARTS[fam]
        assert windows is not None and len(windows) < 4096  # (each family rules something out)
        for text in texts:
            for p in range(len(text)):
                if rx.match(text, p) is not None:
                    matched += 1
                    w = text[p:p + _START_WIDTH]
                    assert w in windows or len(w) < _START_WIDTH or not w.isascii(), (fam, text[p:p + 30])
    assert matched > 300


def test_three_characters_rule_out_what_the_first_alone_does_not():
    from newsgraph.regex_start import never_starts
    from newsgraph.times import _STARTS, FAMILY_RE

    for fam, word in [("weekday", "to "), ("unit", "the"), ("month", "sai"), ("year", "ins"), ("duration", "thr")]:
        assert word[0] not in never_starts(FAMILY_RE[fam])
    assert "to " not in _STARTS["weekday"] and "Fri" in _STARTS["weekday"] and "sai" not in _STARTS["month"]
    assert "thr" in _STARTS["duration"] and "ins" not in _STARTS["year"] and "in " in _STARTS["year"]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)] if text else []


def test_pattern_spans_find_what_trying_every_token_finds():
    from newsgraph.times import pattern_spans, token_columns

    texts = _TEXTS + ["Profits rose in Q1", "It is the summer of \u201996", "Rain.", ""]
    spans = []
    for text, parse in zip(texts, parse_many(load(), [(t, _body(t)) for t in texts])):
        cols = token_columns(parse.doc)
        got = pattern_spans(text, cols)
        assert got == pattern_spans_every_token(text, cols)
        spans.append([text[a:b] for a, b in got])
    assert sum(map(len, spans)) >= 25
    assert spans[3] == ["Q1"]  # (two characters before the text ends: tried, no three to test)
    assert "\u201996" in spans[4][-1]  # (a curly apostrophe, outside ASCII: tried)


def test_the_families_windows_are_kept_in_the_cache_keyed_by_the_patterns_and_width(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    pats = {"a": re.compile(r"(?:last|next) week"), "b": re.compile(r"\d\d")}
    got = start_windows_each("test-windows", pats, 3)
    assert got == {"a": {"las", "nex"}, "b": {a + b + c for a, b in itertools.product(string.digits, repeat=2)
                                              for c in ASCII}}
    assert len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr(regex_start, "start_windows", lambda rx, k: pytest.fail("built again"))
    assert start_windows_each("test-windows", pats, 3) == got
    monkeypatch.undo()
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    assert start_windows_each("test-windows", pats, 2)["a"] == {"la", "ne"}  # (another width, another key)
    assert len(list(tmp_path.iterdir())) == 2


# --- places._after_place_preposition: the name found first, the words before it read back ----------------------

def _pattern_after(name: str, text: str) -> bool:
    """The plain form: the preposition, its spaces and the name, searched as one pattern."""
    return re.search(rf"\b(?:in|at|near|from|to|outside)\s+{re.escape(name)}\b", text) is not None


@pytest.mark.parametrize("text, name", [
    ("The ferry left from Harwick at dawn.", "Harwick"),
    ("xoutside Harwick", "Harwick"),                       # a preposition inside a longer word: no boundary before it
    ("outside Harwick", "Harwick"),                        # the preposition at the text's start
    ("Harwick said it would stay in Harwick", "Harwick"),  # the second place of the name is the one after "in"
    ("Harwickshire lies near Harwicks", "Harwick"),        # neither ends where a word ends
    ("Rain fell in\u00a0\u2003Harwick", "Harwick"),        # spaces outside ASCII are spaces to \s
    ("Rain fell in\u200bHarwick", "Harwick"),              # a zero-width space is none
    ("Rain fell in Harwick_", "Harwick"),                  # an underscore is a word character
    ("the drive to Harwick", "Harwick"),
    ("the drive To Harwick", "Harwick"),                   # lower-case prepositions only
    ("the drive at\n\n  Harwick", "Harwick"),
    ("inHarwick", "Harwick"),                              # no space
    ("In from  Harwick", "Harwick"),
    ("fell in Harwick", "Harwick "),                       # a name ending in a space
    ("fell in  Harwick", " Harwick"),                      # ... or starting with one: the pattern's own search
    ("fell in Harwick", ""),
    ("ferries from X to Y", "X"),                          # a name of one character
    ("from U.S.", "U.S."),                                 # a name ending in a full stop, at the text's end
    ("to U.S.A.", "U.S."),
    ("", "Harwick"),
])
def test_after_place_preposition_is_the_pattern_at_the_edges(text, name):
    assert _after_place_preposition(name, text) == _pattern_after(name, text)


def test_after_place_preposition_is_the_pattern_on_random_texts():
    rng = random.Random(41)
    pieces = ["in", "at", "to", "near", "from", "outside", "into", "Kent", "Kent's", "Kentish", " ", "  ", "\n", "\u00a0",
              ",", ".", "-", "x", "_"]
    hits = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for name in ("Kent", "Kent's", "in"):
            want = _pattern_after(name, text)
            hits += want
            assert _after_place_preposition(name, text) == want, (text, name)
    assert hits > 60


def test_re_space_is_str_isspace():
    """The read back over the spaces before a name uses str.isspace for the pattern's \\s: the same characters."""
    import sys

    assert all((re.fullmatch(r"\s", chr(c)) is not None) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_pattern_spans_tries_no_token_whose_next_three_characters_open_no_match(monkeypatch):
    """The positions pattern_spans asks a family's pattern about: none whose three characters the family rules out,
    and fewer than the tokens of the reach (the test above shows the answers are the same)."""
    from newsgraph import times

    tried = []

    class Recording:
        def __init__(self, fam, rx):
            self.fam, self.rx = fam, rx

        def match(self, text, pos):
            tried.append((self.fam, text, pos))
            return self.rx.match(text, pos)

    monkeypatch.setattr(times, "FAMILY_RE", {fam: Recording(fam, rx) for fam, rx in times.FAMILY_RE.items()})
    texts = _TEXTS[:2]
    for text, parse in zip(texts, parse_many(load(), [(t, _body(t)) for t in texts])):
        times.pattern_spans(text, times.token_columns(parse.doc))
    for fam, text, pos in tried:
        w = text[pos:pos + times._START_WIDTH]
        assert w in times._STARTS[fam] or len(w) < times._START_WIDTH or not w.isascii(), (fam, w)
    gated = len(tried)
    tried.clear()
    monkeypatch.setattr(times, "_STARTS", {fam: None for fam in times._STARTS})  # every token of the reach tried
    for text, parse in zip(texts, parse_many(load(), [(t, _body(t)) for t in texts])):
        times.pattern_spans(text, times.token_columns(parse.doc))
    assert 20 < gated < len(tried) * 2 / 3
