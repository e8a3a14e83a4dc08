"""Quotation marks: pairing them within a paragraph, and telling direct from partial quotes."""

from __future__ import annotations

import re

_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
# the single characters a passage opens and closes with (the straight mark both; '' apart: two characters)
OPENING_MARKS = frozenset(_PAIRS) | {'"'}
CLOSING_MARKS = frozenset(_PAIRS.values()) | {'"'}
_OPEN = re.compile(r"''|[“«„\"]|(?:(?<=^)|(?<=[\s(\[—–-]))‘")
# closing marks for a double quote: typed text mixes curly and straight marks (“…," he said)
_CLOSE_DOUBLE = re.compile(r"[”\"]")
_WORD = re.compile(r"[\w’'-]+")
# every character an _OPEN match starts with
_ANY_MARK = re.compile(r"['“«„\"‘]")


# --- quotation marks ---------------------------------------------------------------------------------

def _next_open(text: str, i: int, end: int):
    """_OPEN.search(text, i, end), found faster: every match starts at a mark _ANY_MARK finds with a
    plain scan, so _OPEN (whose look-behind alternative is tried at every character when searching)
    is only matched there; the first place it matches is the leftmost match, as search gives."""
    while True:
        c = _ANY_MARK.search(text, i, end)
        if c is None:
            return None
        m = _OPEN.match(text, c.start(), end)
        if m is not None:
            return m
        i = c.start() + 1


def find_marked(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open_mark, content_start, content_end, close_mark_end) for every quoted passage in text[start:end].

    A passage left open runs to the end of the stretch (the paragraph).
    """
    out = []
    i = start
    while True:
        m = _next_open(text, i, end)
        if not m:
            break
        o = m.start()
        ch = text[o]
        width = len(m.group())
        if ch == "'":  # ''…'': two apostrophes for a double mark (typewriter style, some archives)
            c = text.find("''", o + 2, end)
        elif ch in '"“':
            found = _CLOSE_DOUBLE.search(text, o + 1, end)
            c = found.start() if found else -1
        elif ch == "‘":
            if o + 1 < end and text[o + 1].isdigit():  # ‘90s: an apostrophe, not a quote
                i = o + 1
                continue
            c = _close_single(text, o + 1, min(end, o + 400))
            if c == -1:  # single quotes are short and closed; an unclosed ‘ is a stray mark
                i = o + 1
                continue
        else:
            c = text.find(_PAIRS[ch], o + 1, end)
        close_end = end if c == -1 else c + width
        if o > start and text[o - 1] == "=":  # href="…", onerror="…": markup or code, not speech
            i = close_end
            continue
        cs, ce = o + width, end if c == -1 else c
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;"):
            ce -= 1
        if ce > cs and _WORD.search(text, cs, ce):
            out.append((o, cs, ce, close_end))
        i = close_end
    return out


def _close_single(text: str, i: int, end: int) -> int:
    """The ’ closing a ‘ quote: one not followed by a letter (so not the apostrophe of don’t, it’s)."""
    while True:
        c = text.find("’", i, end)
        if c == -1:
            return -1
        if c + 1 >= end or not text[c + 1].isalnum():
            return c
        i = c + 1


def _is_direct(text: str, para_start: int, open_mark: int, cs: int) -> bool:
    if not (text[cs].isupper() or text[cs].isdigit() or text[cs] in "…."):
        return False
    j = open_mark - 1
    while j >= para_start and text[j].isspace():
        j -= 1
    return j < para_start or text[j] in ".!?:,;—–-”\"»)"

