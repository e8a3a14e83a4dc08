"""Which characters a match of a regular expression can start with, read from the pattern's parse tree.

`re.Pattern.match` tries the whole pattern at the position it is given: Python's engine checks a
pattern's possible first characters only when it searches, not when it matches. A caller that tries a
large pattern at many positions (times.pattern_spans tries each time family's alternation at every
token of a few words before a trigger) can skip a position whose character no match starts with, and
find exactly the same matches. Only ASCII characters are ever ruled out: a character outside ASCII is
always tried (case-insensitive matching relates some of them to ASCII letters: the Kelvin sign to "k").

The tree is read with the standard library's own parser (`re._parser`, Python 3.11 on); a construct it
does not know at the start of the pattern (a back-reference, a conditional group) rules nothing out.
"""

from __future__ import annotations

import hashlib
import re
import sys

from . import cache

try:  # the standard library's private regex parser: present from 3.11, but with no promise to stay
    from re import _compiler, _constants as C, _parser
except ImportError:  # a Python without it: nothing is ruled out, every position is tried
    _compiler = C = _parser = None

ASCII = frozenset(chr(i) for i in range(128))

_ATOMS = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY) if C else ()  # one character each
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT) if C else ()  # "\b", "^", look-arounds: they consume nothing
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) if C else ()


class _Unknown(Exception):
    """A construct at the start whose first characters are not worked out here."""


def _atom_chars(op, av, flags: int) -> frozenset[str]:
    """The ASCII characters one single-character item matches, under the flags in force where it stands
    (each tried against the item compiled alone: the engine's own case folding and categories)."""
    rx = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), flags)
    return frozenset(c for c in ASCII if rx.match(c))


def _first(items, flags: int) -> tuple[frozenset[str], bool]:
    """(the ASCII characters a match of the sequence `items` may start with, whether it may match the
    empty string)."""
    out: frozenset[str] = frozenset()
    for op, av in items:
        if op in _ATOMS:
            return out | _atom_chars(op, av, flags), False
        if op in _ZERO_WIDTH:
            continue  # (what it asserts only narrows what follows: the first consuming item decides)
        if op is C.SUBPATTERN:  # a group, with the flags it sets or clears: (?i:...)
            _, add, clear, sub = av
            chars, empty = _first(sub, (flags | add) & ~clear)
        elif op is C.BRANCH:
            chars, empty = frozenset(), False
            for alt in av[1]:
                c, e = _first(alt, flags)
                chars, empty = chars | c, empty or e
        elif op in _REPEATS:
            low, _, sub = av
            chars, empty = _first(sub, flags)
            empty = empty or low == 0
        elif op is C.ATOMIC_GROUP:
            chars, empty = _first(av, flags)
        else:
            raise _Unknown
        out |= chars
        if not empty:
            return out, False
    return out, True


def start_chars(rx: re.Pattern) -> frozenset[str] | None:
    """The ASCII characters a match of `rx` (tried with `rx.match(text, pos)`) may start with, or None when
    that is not known: any character may start one, or the pattern may match the empty string."""
    try:  # (without the private parser, `_parser.parse` is an AttributeError too)
        tree = _parser.parse(rx.pattern, rx.flags)
        chars, empty = _first(tree, tree.state.flags)
    except (_Unknown, AttributeError, TypeError):  # a construct, or a private interface, not known here
        return None
    return None if empty else chars


def never_starts(rx: re.Pattern) -> frozenset[str]:
    """The characters at which no match of `rx` starts: ASCII characters only, none when unknown."""
    chars = start_chars(rx)
    return frozenset() if chars is None else ASCII - chars


# Which words a match must hold, for a search that fails on most texts.
#
# A pattern anchored at the text's end ("\b(?:charged|accused|...)\s+...\s+of\s+$", events/acled.py's readings
# of the words before a trigger) is tried by `search` at every position of the text, and fails at almost all
# of them. But any match holds one of the literal words its leading alternation names: a text that holds none
# of them (case-folded when the pattern ignores case) has no match, and a substring test over the text costs
# a fraction of the search.

# the characters outside ASCII that Python's case-insensitive matching takes for an ASCII letter while their
# `str.lower()` is no such letter (dotted and dotless i, long s; the Kelvin sign lowers to "k" itself):
# a text with one of them is searched, never gated (tests/test_s39_speedev.py checks the list against the engine)
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f")


def _needed(items) -> frozenset[str] | None:
    """Literal strings one of which every match of the sequence `items` holds, or None when none is known:
    the first run of literal characters that must be matched, found in order through the groups, alternations
    and repeats that must match at least once."""
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if op is C.SUBPATTERN:
            _, add, clear, sub = av
            if (add | clear) & re.IGNORECASE:
                raise _Unknown  # (case-blind in part: one folding rule for the whole pattern only)
            found = _needed(sub)
        elif op is C.BRANCH:
            alts = [_needed(alt) for alt in av[1]]
            found = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in _REPEATS and av[0] >= 1:
            found = _needed(av[2])
        elif op is C.ATOMIC_GROUP:
            found = _needed(av)
        else:
            continue  # (a set, a boundary, an optional part: it names no word every match holds)
        if found is not None:
            return found
    return frozenset({"".join(run)}) if run else None


def needed_words(rx: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `rx` holds (lower case when it ignores case), or None when that is
    not known. Only ASCII words are given: a word outside ASCII, folded, may match what `lower` does not give."""
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
        words = _needed(tree)
    except (_Unknown, AttributeError, TypeError):
        return None
    if words is None or isinstance(rx.pattern, bytes) or not all(w.isascii() for w in words):
        return None  # (a bytes pattern's text is bytes: its words would be searched as str)
    words = {w.lower() for w in words} if rx.flags & re.IGNORECASE else set(words)
    # (a word holding another is held only where that one is: "charges" where "charge" is)
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


class Gated:
    """A compiled pattern whose `search(text)` first asks whether the text holds one of the words every match
    holds (needed_words), and answers None at once when it holds none: the same answer as the pattern's own
    search, found without trying the pattern at every position. Anything else is the pattern's own."""

    __slots__ = ("rx", "words", "folded")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        words = needed_words(rx)
        # the words as one literal alternation, searched case-sensitively (on the lowered text when the pattern
        # ignores case): the engine skips to the words' first letters, where the pattern's own case-blind
        # search tries every position
        self.words = None if words is None else re.compile("|".join(map(re.escape, sorted(words))))
        self.folded = bool(rx.flags & re.IGNORECASE)

    def search(self, text: str, *bounds):
        if self.words is not None and not bounds:
            if not self.folded:
                if self.words.search(text) is None:
                    return None
            elif (text.isascii() or FOLDS_TO_ASCII.isdisjoint(text)) and self.words.search(text.lower()) is None:
                return None
        return self.rx.search(text, *bounds)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            # (a special name, `__deepcopy__`, `__setstate__` ..., is the gate's own: else a copy of the gate
            # would be the bare pattern, and an unpickling would ask the pattern before it is set)
            raise AttributeError(name)
        return getattr(self.rx, name)  # (match, sub, pattern, flags ...: the pattern's own)


# The first few characters a match can start with.
#
# A first character rules little out before a time family's trigger: "t" opens "the", "this", "that" but also "to",
# "their", "they". The first k characters rule out far more, and are read from the same tree: the strings a match's
# first k characters can be, or (a match shorter than k) the whole match. A sequence's are its items' joined, a
# branch's the union of its alternatives', a repeat's those of its counts; a set too large to keep is cut shorter
# (a shorter start, fewer words ruled out: never a position wrongly skipped).

_PREFIX_LIMIT = 4096  # the most strings a set may hold before its strings are cut a character shorter


def _cut(done: frozenset[str], open_: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(done, open_) with its strings cut shorter until they number at most _PREFIX_LIMIT: an open string is one a
    match starts with (more may follow), a done one the whole match."""
    while len(done) + len(open_) > _PREFIX_LIMIT:
        n = max(map(len, done | open_)) - 1
        open_ = frozenset(s[:n] for s in open_) | frozenset(s[:n] for s in done if len(s) >= n)
        done = frozenset(s for s in done if len(s) < n)
    return done, open_


def _join(a, b, k: int):
    """The starts of a match of `a` followed by one of `b` (each a (done, open_) pair), at most k characters."""
    a_done, a_open = a
    b_done, b_open = b
    done, open_ = set(), set(a_open)
    for s in a_done:
        for t in b_open:
            open_.add((s + t)[:k])
        for t in b_done:
            u = s + t
            (open_ if len(u) >= k else done).add(u[:k])
    return _cut(frozenset(done), frozenset(open_))


def _starts(items, flags: int, k: int):
    """(done, open_): every match of the sequence `items` is a string in done, or starts with one in open_ (ASCII
    matches only: a match holding a character outside ASCII in its first k is not described)."""
    out = (frozenset({""}), frozenset())
    for op, av in items:
        if not out[0]:
            break  # (every match's first k characters are known: what follows cannot change them)
        if op in _ATOMS:
            part = (frozenset(_atom_chars(op, av, flags)), frozenset())
        elif op in _ZERO_WIDTH:
            continue
        elif op is C.SUBPATTERN:
            _, add, clear, sub = av
            part = _starts(sub, (flags | add) & ~clear, k)
        elif op is C.BRANCH:
            alts = [_starts(alt, flags, k) for alt in av[1]]
            part = _cut(frozenset().union(*(a[0] for a in alts)), frozenset().union(*(a[1] for a in alts)))
        elif op in _REPEATS:
            part = _repeat_starts(av, flags, k)
        elif op is C.ATOMIC_GROUP:
            part = _starts(av, flags, k)
        else:
            raise _Unknown
        out = _join(out, part, k)
    return out


def _repeat_starts(av, flags: int, k: int):
    """The starts of `sub` repeated low to high times. Past k repeats nothing new starts: a repeat that matched
    nothing adds nothing, and k that each matched something already hold k characters."""
    low, high, sub = av
    one = _starts(sub, flags, k)
    if low > 64:
        raise _Unknown
    cur = (frozenset({""}), frozenset())
    done, open_ = (cur if low == 0 else (frozenset(), frozenset()))
    for n in range(1, min(high, max(low, k)) + 1):
        cur = _join(cur, one, k)
        if n >= low:
            done, open_ = _cut(done | cur[0], open_ | cur[1])
    return done, open_


def start_prefixes(rx: re.Pattern, k: int) -> frozenset[str] | None:
    """Strings of at most k ASCII characters such that a match of `rx` (by `rx.match(text, pos)`) whose first k
    characters are ASCII starts with one of them; None when that is not known (a construct not read here, or a
    pattern that may match the empty string)."""
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
        done, open_ = _starts(tree, tree.state.flags, k)
    except (_Unknown, AttributeError, TypeError):
        return None
    out = done | open_
    return None if "" in out else out


def start_windows(rx: re.Pattern, k: int) -> frozenset[str] | None:
    """The k-character ASCII strings a text at a position may start with where `rx.match` can match there, when the
    text holds k characters from that position on and all are ASCII: one set test per position. A start shorter
    than k (a match of fewer characters, or a start cut short) stands for each of its ASCII continuations; None when
    the starts are not known or one is so short its continuations would number more than _PREFIX_LIMIT."""
    starts = start_prefixes(rx, k)
    if starts is None or any(len(ASCII) ** (k - len(s)) > _PREFIX_LIMIT for s in starts):
        return None
    out = {s for s in starts if len(s) == k}
    for s in starts:
        tails = [s]
        while len(tails[0]) < k:
            tails = [t + c for t in tails for c in ASCII]
        if len(s) < k:
            out.update(tails)
    return frozenset(out)


def start_windows_each(name: str, patterns: dict[str, re.Pattern], k: int) -> dict[str, frozenset[str] | None]:
    """start_windows of each pattern, kept in the package's cache (reading large patterns' trees costs a fifth of a
    second; the pickle, a millisecond), keyed by the patterns and flags themselves, the width and Python's version."""
    key = hashlib.sha1(repr((sys.version_info[:2], k, sorted((n, rx.pattern, rx.flags) for n, rx in patterns.items())))
                       .encode()).hexdigest()[:16]
    return cache.cached(f"{name}-{key}", [__file__], lambda: {n: start_windows(rx, k) for n, rx in patterns.items()})
