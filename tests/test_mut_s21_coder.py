"""Session 21, s21-mut: the coder's open survivors (s20-mutev's unclassified `_condition_words` ones) that the
coder's full test list still leaves alive (docs/testing.md, "Session 21, s21-mut"). The rule reads only a
token's label, tag, part of speech, lemma and children, so each test gives it the parse it is written for by
hand (a spaCy `Doc` with its heads and labels, our own words), one edge changed a test."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.events.coder import _condition_words


VOCAB = English().vocab  # (a bare Vocab has no lower-case forms)


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def _shot(result_word, result_pos, result_tag):
    """"The reporter was shot <result>.": the result hung on the passive as its oprd."""
    return _doc(("The", 1, "det", "DET", "DT", "the"), ("reporter", 3, "nsubjpass", "NOUN", "NN", "reporter"),
                ("was", 3, "auxpass", "AUX", "VBD", "be"), ("shot", 3, "ROOT", "VERB", "VBN", "shoot"),
                (result_word, 3, "oprd", result_pos, result_tag, result_word.lower()), (".", 3, "punct", "PUNCT", ".", "."))


def test_a_passives_resultative_adjective_is_read_as_its_actives_word():
    # _condition_words 29-31, 33-35: "was shot dead" reads "dead" as "shot dead" does (a sense's prep word)
    objs, preps, _, _ = _condition_words(_shot("dead", "ADJ", "JJ")[3])
    assert "dead" in preps
    assert None not in preps
    assert "reporter" in objs and "reporter" not in preps
    # a noun in that place (as in "was named chairman") is an object only
    objs, preps, _, _ = _condition_words(_shot("chairman", "NOUN", "NN")[3])
    assert "chairman" in objs and "chairman" not in preps


def test_a_bare_adjective_with_its_own_subject_completes_the_verb():
    # _condition_words 116, 117: "They held the sailors captive." with "sailors" parsed as the subject of
    # "captive" (a ccomp): the adjective still completes "held" ("hold captive")
    doc = _doc(("They", 1, "nsubj", "PRON", "PRP", "they"), ("held", 1, "ROOT", "VERB", "VBD", "hold"),
               ("the", 3, "det", "DET", "DT", "the"), ("sailors", 4, "nsubj", "NOUN", "NNS", "sailor"),
               ("captive", 1, "ccomp", "ADJ", "JJ", "captive"), (".", 1, "punct", "PUNCT", ".", "."))
    _, preps, _, _ = _condition_words(doc[1])
    assert "captive" in preps
    # with a child of another label (a determiner of its own) it is no bare adjective
    doc = _doc(("They", 1, "nsubj", "PRON", "PRP", "they"), ("held", 1, "ROOT", "VERB", "VBD", "hold"),
               ("the", 3, "det", "DET", "DT", "the"), ("sailors", 4, "dobj", "NOUN", "NNS", "sailor"),
               ("captive", 1, "ccomp", "ADJ", "JJ", "captive"), (".", 1, "punct", "PUNCT", ".", "."))
    _, preps, _, _ = _condition_words(doc[1])
    assert "captive" not in preps
