"""Session 30 (s30-mut2): kills of the surviving mutants of s30-attr's new helpers in attribution/indirect.py
(`_complement_after`, `_occasion_count`, `_addressee`; docs/testing.md, "Session 30, s30-mut2"). Hand-built spaCy
parses of our own short sentences, so each test sets exactly the one property (entity type, tag, lemma, frame) the
mutant changes, and no parser choice can hide it."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.attribution.indirect import _addressee, _complement_after, _occasion_count
from newsgraph.attribution.lexicon import Cue

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, tags=None, lemmas=None, ents=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags or ["XX"] * len(words),
               lemmas=lemmas or [w.lower() for w in words], ents=ents or ["O"] * len(words))


def _object_of(verb, lemma, obj, tag, obj_lemma, ent="O"):
    """"She <verb> <obj> ." with `obj` the verb's direct object."""
    doc = _doc(["She", verb, obj, "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
               tags=["PRP", "VBD", tag, "."], lemmas=["she", lemma, obj_lemma, "."], ents=["O", "O", ent, "O"])
    return doc[1], doc[2]


@pytest.mark.parametrize("obj, tag, obj_lemma, ent", [
    ("Smith", "NNP", "Smith", "B-PERSON"),          # a person named (only the entity type says so)
    ("Siemens", "NNP", "Siemens", "B-ORG"),         # an organisation
    ("Labour", "NNP", "Labour", "B-NORP"),          # a party or group
    ("Russia", "NNP", "Russia", "B-GPE"),           # a country
    ("them", "PRP", "they", "O"),                   # a hearer pronoun
    ("Democrats", "NNPS", "Democrat", "O"),         # a plural proper noun with no entity type
    ("Committee", "NNP", "Committee", "O"),         # a body, its lemma capitalised (the lookup lowers it)
])
def test_an_addressed_object(obj, tag, obj_lemma, ent):
    assert _addressee(*_object_of("assured", "assure", obj, tag, obj_lemma, ent))


@pytest.mark.parametrize("verb, lemma, obj, tag, obj_lemma, ent", [
    ("preferred", "prefer", "Clinton", "NNP", "Clinton", "B-PERSON"),   # a person, but no verb of addressing
    ("assured", "assure", "passage", "NN", "passage", "O"),             # what is assured, not whom
])
def test_no_addressed_object(verb, lemma, obj, tag, obj_lemma, ent):
    assert not _addressee(*_object_of(verb, lemma, obj, tag, obj_lemma, ent))


def _time_noun(words, ents):
    """"for <words...> time": the modifiers of "time" as its children."""
    n = len(words)
    all_words = ["for"] + words + ["time"]
    heads = [0] + [n + 1] * n + [0]
    deps = ["ROOT"] + ["det" if w in ("the", "that") else "amod" for w in words] + ["pobj"]
    lemmas = [w.lower() for w in all_words]
    return _doc(all_words, heads, deps, lemmas=lemmas, ents=["O"] + ents + ["O"])[n + 1]


@pytest.mark.parametrize("words, ents, want", [
    (["the", "third"], ["O", "B-ORDINAL"], True),
    (["the", "last"], ["O", "O"], True),
    (["the", "next"], ["O", "O"], True),
    (["the", "same"], ["O", "O"], True),
    (["that"], ["O"], False),            # "for that time": which time, not how often
    (["the", "busy"], ["O", "O"], False),
])
def test_occasion_count(words, ents, want):
    assert _occasion_count(_time_noun(words, ents)) is want


def _cue(frames):
    return Cue("complain", "say", frozenset(frames), "verb")


def test_a_to_infinitive_fills_only_a_cue_with_the_to_frame():
    doc = _doc(["She", "wants", "to", "go"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"])
    v = doc[1]
    assert _complement_after(v, _cue({"to"}), list(v.children))
    assert not _complement_after(v, _cue({"obj"}), list(v.children))


def test_a_preposition_with_no_object_fills_nothing():
    doc = _doc(["Staff", "complained", "about"], [1, 1, 1], ["nsubj", "ROOT", "prep"])
    v = doc[1]
    assert not _complement_after(v, _cue({"about"}), list(v.children))


@pytest.mark.parametrize("obj, ent, want", [
    ("prices", "O", True),
    ("Monday", "B-DATE", False),    # when it was said
    ("noon", "B-TIME", False),
])
def test_a_preposition_naming_when_fills_nothing(obj, ent, want):
    doc = _doc(["Staff", "complained", "about", obj], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ents=["O", "O", "O", ent])
    v = doc[1]
    assert _complement_after(v, _cue({"about"}), list(v.children)) is want
