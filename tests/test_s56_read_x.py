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
