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


class _Mention:
    def __init__(self, i, j):
        self.i, self.j = i, j


class _Cluster:
    def __init__(self, *spans):
        self.mentions = [_Mention(i, j) for i, j in spans]


@pytest.mark.parametrize("mentions, s, e, found, expected", [
    # the phrase after [s, e) reaches the mention's end (the head): no modifier, nothing after it either (first: on
    # the next cases the `or` mutant hangs)
    ([(0, 3)], 0, 1, [(1, 3)], None),
    # the phrase after [s, e) is read from where [s, e) ends, whatever else `found` holds (here not [s, e) itself)
    ([(0, 4)], 0, 1, [(1, 2)], (1, 2)),
    ([(0, 4)], 0, 1, [(1, 2), (2, 3)], (2, 3)),
])
def test_next_to_head_reads_from_the_end_of_the_phrase(mentions, s, e, found, expected):
    """`actors.codes._next_to_head` (session 37) walks from the end of [s, e) through the phrases that start where
    the last one ended. (s37-fict's three mutants of that walk, `or` for `and`, `span[1] == k`, `span[0] != k`, hang
    on its own cases, where `found` holds [s, e); these cases give each a wrong answer instead of a hang.)"""
    from newsgraph.actors.codes import _next_to_head

    assert _next_to_head(_Cluster(*mentions), s, e, {span: None for span in found}) == expected


class _Word:
    """A capitalised proper-noun token stand-in, as tests/test_actors_glued_peoples_s37.py's `_Tok`."""

    def __init__(self, text):
        self.text, self.is_title, self.pos_, self.is_sent_start = text, True, "PROPN", False
        self.text_with_ws = text + " "


@pytest.mark.parametrize("words, expected", [
    # a three-word adjective after a one-word one: the walk goes on before the three words, to "Braskistani"
    (["Braskistani", "Upper", "Tamber", "Veldorian"], True),
    (["Upper", "Tamber", "Veldorian", "Braskistani"], True),
    (["Upper", "Tamber", "Veldorian"], False),  # one adjective of three words is one word of a list
])
def test_country_list_steps_over_a_three_word_adjective(words, expected):
    """`actors.context.country_list` (session 37) counts a name of three words as one and reads on before its first
    word. (s37-fict's mutant `k = wide[0] + 1` hangs on two-word names; on three words it stops inside the name.)"""
    from newsgraph.actors import context
    from newsgraph.actors.cameo_dict import WithUserCountries
    from newsgraph.actors.tables import tables

    t = WithUserCountries(tables(), {"braskistani": "BSK", "upper tamber veldorian": "UTV"})
    assert context.country_list([_Word(w) for w in words], 0, len(words), t) is expected
