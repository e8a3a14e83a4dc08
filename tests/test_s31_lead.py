"""The lead's review mends of session 31: the shared pieces `acled._last_word` and `stage._content_phrase_head`,
on hand-built parses of our own words (each test fails under the mutants the narrowed mutation run left)."""

import spacy
from spacy.tokens import Doc

from newsgraph.events.acled import _last_word
from newsgraph.events.stage import _content_phrase_head

VOCAB = spacy.blank("en").vocab


def test_last_word_of_a_trigger():
    assert _last_word("opened fire") == "fire"
    assert _last_word("rallied") == "rallied"
    assert _last_word("") == ""  # no word: nothing to match, and no IndexError
    assert _last_word("   ") == ""


def _parse(words, heads, deps):
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


def test_content_phrase_head_is_the_word_the_for_to_on_phrase_hangs_on():
    doc = _parse(["asked", "for", "talks"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert _content_phrase_head(doc[2]) == 0
    doc = _parse(["appeal", "to", "donors"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert _content_phrase_head(doc[2]) == 0


def test_content_phrase_head_needs_the_object_of_a_content_preposition():
    # another preposition's object ("met with envoys") names no content
    doc = _parse(["met", "with", "envoys"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert _content_phrase_head(doc[2]) is None
    # under "for" but not its object (a clause hung on it): no content phrase either
    doc = _parse(["asked", "for", "talking"], [0, 0, 1], ["ROOT", "prep", "pcomp"])
    assert _content_phrase_head(doc[2]) is None
