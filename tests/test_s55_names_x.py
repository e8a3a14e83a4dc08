"""Session 55 (s55-names): three actor-name defects (docs/testing.md, "Session 55, s55-names").
1. A nominal's span opened at the hyphen of a compound whose left half is no modifier ("Leeds-based firm" gave
   an actor "-based firm"): the half compound is dropped, as is a free-standing dash before the phrase.
Sentences written for these tests."""

import pytest


def _names(doc):
    return [m.text for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize("text, want", [
    ("A Leeds-based firm said on Monday that it would cut its prices.", "firm"),
    ("Well-known companies raised their wages in March.", "companies"),
    ("Highly-skilled workers left the valley last year.", "workers"),
    ("Prices rose sharply - Polish farmers protested outside the ministry.", "Polish farmers"),
])
def test_no_mention_opens_at_a_hyphen(pipeline, text, want):
    names = _names(pipeline.extract(text, name="t", published="2026-12-01"))
    assert not [n for n in names if n.startswith("-")], names
    assert want in names, names


@pytest.mark.parametrize("text, want", [
    ("On Friday anti-smoking groups protested outside the council offices.", "anti-smoking groups"),
    ("The vice-chairman resigned after the vote.", "The vice-chairman"),
])
def test_a_whole_compound_stays_in_the_name(pipeline, text, want):
    assert want in _names(pipeline.extract(text, name="t", published="2026-12-01"))
