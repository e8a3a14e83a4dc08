"""Subjects the parser splits (session 7): "X and his Y counterpart held talks" parsed as two
subjects of the verb, the "and" left on the first, is one coordinated subject."""

import spacy
from spacy.tokens import Doc

from newsgraph.events.syntax import subjects


def _doc(words, heads, deps):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_second_subject_after_a_dangling_and_is_a_conjunct():
    words = ["Firefly", "and", "his", "Sylvanian", "counterpart", "held", "talks"]
    heads = [5, 0, 4, 4, 5, 5, 5]
    deps = ["nsubj", "cc", "poss", "amod", "nsubj", "ROOT", "dobj"]
    doc = _doc(words, heads, deps)
    assert [t.text for t in subjects(doc[5])] == ["Firefly", "counterpart"]


def test_two_subjects_without_a_coordinator_keep_the_first():
    words = ["Firefly", "his", "counterpart", "held", "talks"]
    heads = [3, 2, 3, 3, 3]
    deps = ["nsubj", "poss", "nsubj", "ROOT", "dobj"]
    doc = _doc(words, heads, deps)
    assert [t.text for t in subjects(doc[3])] == ["Firefly"]


def test_a_proper_conjunct_is_left_to_the_coordination():
    words = ["Firefly", "and", "Trentino", "held", "talks"]
    heads = [3, 0, 0, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "dobj"]
    doc = _doc(words, heads, deps)
    assert [t.text for t in subjects(doc[3])] == ["Firefly"]
