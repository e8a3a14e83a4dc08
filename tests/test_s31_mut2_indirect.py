"""Session 31 (s31-mut2): kills of surviving mutants on the older lines of `attribution.indirect.verb_content`
(docs/testing.md, "Session 31, s31-mut2"). Hand-built spaCy parses of our own short sentences, so the parse is the
one each branch is for and no parser choice can hide it; the cues are the built-in lexicon's."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.attribution import lexicon
from newsgraph.attribution.indirect import verb_content

VOCAB = spacy.blank("en").vocab
LEX = lexicon.default()


def _doc(words, heads, deps, pos=None, lemmas=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos or ["X"] * len(words),
               lemmas=lemmas or [w.lower() for w in words])


def _content(doc, i, lemma):
    cue = LEX.verbs[lemma]
    assert "obj" in cue.frames
    found = verb_content(doc[i], cue, LEX)
    return None if found is None else (doc[found[0]:found[1] + 1].text, found[2])


def test_said_nothing_is_no_content():
    doc = _doc(["The", "mayor", "said", "nothing", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
               pos=["DET", "NOUN", "VERB", "PRON", "PUNCT"])
    assert _content(doc, 2, "say") is None


def test_said_nothing_with_a_modifier_is_content():
    # "nothing new about the plan": a negative object that is said of something is what was said
    doc = _doc(["The", "mayor", "said", "nothing", "new", "."], [1, 2, 2, 2, 3, 2],
               ["det", "nsubj", "ROOT", "dobj", "amod", "punct"], pos=["DET", "NOUN", "VERB", "PRON", "ADJ", "PUNCT"])
    assert _content(doc, 2, "say") == ("nothing new", "obj")


def test_an_interjection_before_a_cue_with_an_object_is_the_writers():
    # "Well, the mayor admitted the error.": the interjection is a discourse marker; the object is what was admitted
    doc = _doc(["Well", ",", "the", "mayor", "admitted", "the", "error", "."], [4, 4, 3, 4, 4, 6, 4, 4],
               ["intj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
               pos=["INTJ", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert _content(doc, 4, "admit") == ("the error", "obj")


def test_an_interjection_is_the_content_of_a_cue_without_object():
    # "Yes, the mayor said.": the interjection is what was said
    doc = _doc(["Yes", ",", "the", "mayor", "said", "."], [4, 4, 3, 4, 4, 4],
               ["intj", "punct", "det", "nsubj", "ROOT", "punct"], pos=["INTJ", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"])
    assert _content(doc, 4, "say") == ("Yes", "obj")


def test_a_second_that_clause_with_its_own_conjunct_is_content():
    # "She predicted that wages would fall, but that bonuses would rise and prices would slip.": the second
    # that-clause, hung on the cue as its conjunct, is content up to its end (its own conjunct "prices would slip"
    # is no further cue, which the lexicon says)
    words = ["She", "predicted", "that", "wages", "would", "fall", ",", "but", "that", "bonuses", "would", "rise",
             "and", "prices", "would", "slip", "."]
    heads = [1, 1, 5, 5, 5, 1, 1, 1, 11, 11, 11, 1, 11, 15, 15, 11, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "cc", "mark", "nsubj", "aux", "conj", "cc",
            "nsubj", "aux", "conj", "punct"]
    pos = ["PRON", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "SCONJ", "NOUN", "AUX", "VERB", "CCONJ",
           "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos=pos)
    assert _content(doc, 1, "predict") == ("wages would fall , but that bonuses would rise and prices would slip",
                                           "clause")


def _found(doc, i, lemma):
    found = verb_content(doc[i], LEX.verbs[lemma], LEX)
    return None if found is None else (doc[found[0]:found[1] + 1].text, found[2])


def _she(verb, prep, obj, prep_dep="prep"):
    """"She <verb> <prep> <obj> ." with <obj> the preposition's object."""
    return _doc(["She", verb, prep, obj, "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", prep_dep, "pobj", "punct"],
                pos=["PRON", "VERB", "ADP", "PROPN", "PUNCT"], lemmas=["she", verb, prep, obj.lower(), "."])


@pytest.mark.parametrize("obj, want", [
    ("Obamacare", ("Obamacare", "prep")),   # a topic, any name
    ("Twitter", None),                      # where it was said, not what
    ("Facebook", None),
])
def test_commented_on_a_platform_is_no_content(obj, want):
    assert "on" in LEX.verbs["comment"].frames
    assert _found(_she("commented", "on", obj), 1, "comment") == want


@pytest.mark.parametrize("dep", ["prep", "prt"])
def test_a_frame_word_the_parser_made_a_particle_still_takes_its_object(dep):
    # "She complained about prices.": the parser may attach "about" as a particle with its object under it
    assert _found(_she("complained", "about", "prices"), 1, "complain") is not None
    assert _found(_she("complained", "about", "prices", prep_dep=dep), 1, "complain") == ("prices", "prep")
