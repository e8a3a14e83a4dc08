"""Session 29, s29-speed: places' name_matches reads only the tokens a name can start at (a capitalised word of
two or more characters tagged PROPN, NOUN or ADJ), and goes on past the end of each name it finds. Hand-built
parses of our own words (the default gazetteer)."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph import places
from newsgraph.places import name_matches
from newsgraph.places.spans import SpanIndex

VOCAB = English().vocab
PN = "PROPN"


def _matches(words, pos):
    d = Doc(VOCAB, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    return [d.text[a:b] for a, b, _ in name_matches(d, d.text, places.gazetteer(), SpanIndex([]))]


def test_a_word_inside_a_name_found_starts_no_name_of_its_own_and_the_next_name_is_read():
    # "Africa", "Guinea" and "Wales" are places too: none is read again inside the longer name found; "Paris"
    # after it still is
    assert _matches(["in", "South", "Africa", "and", "in", "Paris", "."], ["ADP", PN, PN, "CCONJ", "ADP", PN, "PUNCT"]) \
        == ["South Africa", "Paris"]
    assert _matches(["in", "Papua", "New", "Guinea", "."], ["ADP", PN, PN, PN, "PUNCT"]) == ["Papua New Guinea"]
    assert _matches(["in", "New", "South", "Wales", "."], ["ADP", PN, PN, PN, "PUNCT"]) == ["New South Wales"]
    # two names side by side: the second starts right where the first ends
    assert _matches(["from", "Paris", "London", "flights"], ["ADP", PN, PN, "NOUN"]) == ["Paris", "London"]


def test_words_that_cannot_start_a_name_are_passed_over_wherever_they_are():
    # lower-case words, one-letter capitals and capitals tagged otherwise, before, between and after the names
    words = ["A", "man", "in", "Paris", "said", "I", "Went", "to", "Berlin", "."]
    pos = ["DET", "NOUN", "ADP", PN, "VERB", "PRON", "VERB", "ADP", PN, "PUNCT"]
    assert _matches(words, pos) == ["Paris", "Berlin"]
    assert _matches(["a", "b", "C"], ["DET", "NOUN", PN]) == []
