"""Session 38 (s38-mut): tests closing the survivors of the mutation runs of session 37's changes not mutated before
(docs/testing.md "Session 38, s38-mut"). Own wordings; docs built word by word, so only the code under test reads
them."""
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import _word_before

_VOCAB = spacy.blank("en").vocab


def _words(text: str) -> Doc:
    """A Doc of the words of `text` split at "|", a space after each word that has one after it in `text`."""
    parts = text.split("|")
    words = [p.rstrip(" ") for p in parts]
    spaces = [p.endswith(" ") for p in parts]
    return Doc(_VOCAB, words=words, spaces=spaces)


@pytest.mark.parametrize("text, k, want", [
    # two tokens written together before "by": the word is both, and stops at the space before them
    ("a |big |(|march |by", 4, "(march"),
    # three ("sit-in"), after two words
    ("a |long |sit|-|in |by", 5, "sit-in"),
    # four ("U.N.-led" split as written), after a word
    ("the |U.N.|-|led|, |then", 5, "u.n.-led,"),
    # one word, after a word written with no space after it
    ("he |said: |\"|strike |by", 4, "\"strike"),
    # the doc's first word glued to the next two
    ("anti|-|war |march", 3, "anti-war"),
])
def test_word_before_is_the_whole_written_word(text, k, want):
    """`_word_before` (session 37, nlp.collective_participles' test of the event noun): every token written with no
    space before the next one is part of the word, and no token more; an odd and an even number of such tokens, and
    a word after one with a space after it."""
    assert _word_before(_words(text), k) == want


def test_word_before_the_first_token_is_empty():
    assert _word_before(_words("march |by"), 0) == ""
