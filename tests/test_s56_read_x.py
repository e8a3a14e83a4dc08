"""Session 56, s56-read: the lead's read-again findings of session 55 (one home for a word list two stages share,
rapidfuzz for the dictionary's spelling check, the attribution search oracle kept in the tests, `query events`
resolving an actor once and /v1/events agreeing with the CLI, `query actor` at 80 columns). Sentences of our own."""

from types import SimpleNamespace

import pytest


# --- item 1: the meeting nouns live in newsgraph.words; both stages read that one list -------------------------

@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


def _two_word_org(blank, text):
    doc = blank(text)
    return SimpleNamespace(sd=doc, in_role=set()), SimpleNamespace(i=0, j=2)


def test_both_stages_read_the_one_list_of_meeting_nouns():
    from newsgraph import words
    from newsgraph.actors import clusters
    from newsgraph.events import coder

    assert coder.MEETING_NOUNS is words.MEETING_NOUNS
    assert words.MEETING_NOUNS <= clusters.BODY_WORDS
    assert {"summit", "agreement", "accord", "treaty", "talks"} <= words.MEETING_NOUNS


def test_a_capital_before_any_meeting_noun_is_no_persons_first_name(blank):
    from newsgraph import words
    from newsgraph.actors.clusters import _personal_name

    for noun in sorted(words.MEETING_NOUNS):
        ctx, x = _two_word_org(blank, f"Paris {noun.capitalize()}")
        assert len(ctx.sd) == 2 and not _personal_name(ctx, x, "Paris"), noun
    ctx, x = _two_word_org(blank, "Paris Hilton")
    assert _personal_name(ctx, x, "Paris")  # a word that names no body or meeting: a person's surname


# --- item 2: the dictionary's spelling check is rapidfuzz's Indel similarity, nine in ten at least -------------

def _body(*phrases):
    return SimpleNamespace(phrases=list(phrases))


def test_a_spelling_of_a_bodys_name_is_nine_in_ten_of_its_letters():
    from newsgraph.actors.phoenix import _spelling_of

    assert _spelling_of("The Food & Agriculture Organisation", _body("food and agriculture organization"))
    assert _spelling_of("Co Op", _body("co-op"))  # a hyphen on either side is a space
    assert _spelling_of("Anti-Defamation League", _body("anti defamation league"))
    assert not _spelling_of("Securities and Exchange Commission", _body("sunsat energy council"))
    assert _spelling_of("abcdefghiX", _body("zzz", "abcdefghij"))  # 18 of 20 letters: exactly nine in ten, any phrase
    assert not _spelling_of("abcdefghX", _body("abcdefghi"))  # 16 of 18: below
    assert not _spelling_of("abcdefghXY", _body("abcdefghij"))  # 16 of 20


def test_typos_that_cross_still_count_every_letter_alike():
    """difflib's ratio took the longest block first and lost letters on the far side of a crossing (0.86 here);
    the longest common subsequence keeps them (0.91)."""
    from difflib import SequenceMatcher

    from newsgraph.actors.phoenix import _spelling_of

    name, phrase = "anti efamation lageure", "anti defamation league"
    assert SequenceMatcher(None, name, phrase).ratio() < 0.9  # (what the old measure said)
    assert _spelling_of(name, _body(phrase))
