"""times.py's helpers one by one, with hand-made inputs and spaCy `Doc`s built with fixed heads and
tags (no parser in the way): written to kill the mutants `scripts/mutate.py times` left alive
(docs/testing.md, session 4)."""

import pytest

from newsgraph.times import _trim


def _trimmed(text, start=0, end=None):
    a, b = _trim(text, start, len(text) if end is None else end)
    return text[a:b]


# --- _trim: a candidate span shrunk past edge punctuation, prepositions and a possessive 's ---------

@pytest.mark.parametrize("text, out", [
    ("  (on Monday), ", "Monday"),
    ("“Monday”", "Monday"),
    ("in and on Monday", "Monday"),  # several leading prepositions
    ("During March", "March"),  # in any case
    ("between 2001 and 2003", "2001 and 2003"),
    ("from 2001 to 2003", "2001 to 2003"),
    ("at noon", "noon"),
    ("at least three days", "at least three days"),  # a modifier, not the preposition
    ("At most two weeks", "At most two weeks"),
    ("on", "on"),  # nothing after it: kept
    ("Monday's", "Monday"),
    ("Monday’s", "Monday"),
    ("the year's.", "the year"),
    ("10 a.m.", "10 a.m."),
    ("10 p.m.,", "10 p.m."),
    ("10 A.M.", "10 A.M."),
    ("March 3.", "March 3"),
    ("March 3 and", "March 3"),
    ("Monday and Tuesday or", "Monday and Tuesday"),
    ("2003 -", "2003"),
    ("2003 – ,", "2003"),
    ("the end of", "the end"),
    ("Monday of and to", "Monday"),  # up to three trailing joiners
    ("Monday, Tuesday", "Monday, Tuesday"),
    ("Monday to Friday", "Monday to Friday"),
    ("to", "to"),
    ("(Monday)", "Monday"),
    ("'90s", "90s"),
    ("", ""),
])
def test_trim(text, out):
    assert _trimmed(text) == out


def test_trim_inside_a_longer_text_keeps_offsets():
    text = "He left on Monday, he said. Talks begin at 10 a.m. tomorrow."
    a = text.index("on Monday")
    assert _trim(text, a, a + len("on Monday,")) == (a + 3, a + 9)
    b = text.index("at 10")
    assert text.__getitem__(slice(*_trim(text, b, b + len("at 10 a.m.")))) == "10 a.m."
    # a span that ends before the text does: the characters after it are not looked at
    c = text.index("Monday")
    assert _trim(text, c, c + 6) == (c, c + 6)


def test_trim_lead_word_needs_its_space_inside_the_span():
    text = "on Monday"
    assert _trim(text, 0, 2) == (0, 2)  # "on" alone: the space after it is outside the span
    assert _trim(text, 0, 3) == (3, 3)  # "on ": a preposition and nothing after it, nothing left
