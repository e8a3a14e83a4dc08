"""times._trim: the edges of a time expression's span (mutation testing, session 4)."""

import pytest

from newsgraph.times import _trim


def trimmed(s, start=0, end=None):
    a, b = _trim(s, start, len(s) if end is None else end)
    return s[a:b]


@pytest.mark.parametrize("text, expected", [
    ("on Monday", "Monday"), ("in March", "March"), ("at noon", "noon"), ("during 2003", "2003"),
    ("and on Monday", "Monday"), ("between 2003 and", "2003"), ("from 2003 to", "2003"), ("For 2003", "2003"),
    ("at least three days", "at least three days"), ("At most two weeks", "At most two weeks"),
    ("on", "on"),  # a lone preposition stays: nothing to trim it from
    ('"Monday,"', "Monday"), ("(March 5)", "March 5"), ("[2003];", "2003"), ("“Monday”", "Monday"),
    ("Monday's", "Monday"), ("Monday’s", "Monday"), ("Monday's.", "Monday"), ("Monday's,", "Monday"),
    ("10 a.m.", "10 a.m."), ("10 P.M.", "10 P.M."), ("at 10 a.m.)", "10 a.m."), ("10 p.m.,", "10 p.m."),
    ("Monday and", "Monday"), ("2003 -", "2003"), ("March 5 to", "March 5"), ("Monday and, of", "Monday"),
    ("Monday, or", "Monday"), ("June 2003 –", "June 2003"),
    ("standard", "standard"), ("Monday.", "Monday"), ("Monday!?", "Monday"),
])
def test_trim(text, expected):
    assert trimmed(text) == expected


def test_trim_within_a_longer_text_and_empty_spans():
    text = "He left on Monday, and came back"
    a, b = _trim(text, 8, 19)  # "on Monday, "
    assert text[a:b] == "Monday" and (a, b) == (11, 17)
    assert _trim(",,,", 0, 3) == (3, 3)
    assert _trim("", 0, 0) == (0, 0)
    assert _trim("in", 0, 2) == (0, 2)
    # only the span is read: a word of the text before it is no preposition of the span
    assert _trim("on Monday", 3, 9) == (3, 9)
    assert _trim("on Monday", 0, 2) == (0, 2)  # nor a space after it
    assert _trim("Monday and more", 0, 10) == (0, 6)
