"""The lead's tests for session 39: the open mutants s39-polfront left in `indirect.conjoined_inversion` (14 and 15,
the punctuation exemption among the verb's left children; 43, the climb over conjuncts), on hand-built parses, as
the parser hangs no comma on the verb in the sentences tried and no coordinated clause inside another was written."""

import spacy
from spacy.tokens import Doc

from newsgraph.attribution.indirect import conjoined_inversion

VOCAB = spacy.blank("en").vocab


def _doc(rows):
    words, heads, deps, pos = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos))


def test_comma_hung_on_the_verb_is_no_word_of_its_own():
    # "The mill runs, said its owner." with the comma before "said" hung on "said" itself
    doc = _doc([("The", 1, "det", "DET"), ("mill", 2, "nsubj", "NOUN"), ("runs", 2, "ROOT", "VERB"),
                (",", 4, "punct", "PUNCT"), ("said", 2, "conj", "VERB"), ("its", 6, "poss", "PRON"),
                ("owner", 4, "nsubj", "NOUN"), (".", 2, "punct", "PUNCT")])
    span, speaker = conjoined_inversion(doc[4])
    assert span == (0, 2) and speaker.i == 6


def test_the_climb_stops_at_the_first_clause_that_is_no_conjunct():
    # "Officials think the mill runs, said its owner.": the coordinated clause "the mill runs" sits inside
    # "think"'s clause; the content is that clause, not the whole sentence before the comma
    doc = _doc([("Officials", 1, "nsubj", "NOUN"), ("think", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
                ("mill", 4, "nsubj", "NOUN"), ("runs", 1, "ccomp", "VERB"), (",", 4, "punct", "PUNCT"),
                ("said", 4, "conj", "VERB"), ("its", 8, "poss", "PRON"), ("owner", 6, "nsubj", "NOUN"),
                (".", 1, "punct", "PUNCT")])
    span, speaker = conjoined_inversion(doc[6])
    assert span == (2, 4) and speaker.i == 8


def test_a_word_of_its_own_before_the_verb_refuses_the_rule():
    # "The mill runs, owner, said board.": a subject of "said" before its comma; the noun after is its object
    doc = _doc([("The", 1, "det", "DET"), ("mill", 2, "nsubj", "NOUN"), ("runs", 2, "ROOT", "VERB"),
                (",", 2, "punct", "PUNCT"), ("owner", 6, "nsubj", "NOUN"), (",", 6, "punct", "PUNCT"),
                ("said", 2, "conj", "VERB"), ("board", 6, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")])
    assert conjoined_inversion(doc[6]) is None
