"""Session 52 (s52-qverb): verb_content and the contents it tries read a cue's children's labels as ids (`Token.dep`)
rather than strings, and _clause_in_object walks an object's subtree only when a that-marked clause lies within its
edges. Each answer must be what the string reads and the full walk gave. Hand-made parses and own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.attribution import indirect
from newsgraph.attribution.indirect import _clause_in_object, _holds_any, _object_end, _topic_content, verb_content
from newsgraph.attribution.lexicon import Cue, Lexicon
from newsgraph.nlp import load


class _NoChildren:
    """A verb whose children may not be read: a test of a precheck that must answer without them."""

    def __init__(self, doc):
        self.doc = doc

    @property
    def children(self):
        raise AssertionError("read")


def _doc(words, heads, deps, tags=None, pos=None):
    return Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def _cue(*frames):
    return Cue(lemma="tell", cls="speech", frames=frozenset(frames), pos="verb")


# Tam told reporters at the briefing that fares would rise: the that-clause hung on the object's noun ("briefing")
TOLD_IN_OBJECT = (["Tam", "told", "reporters", "at", "the", "briefing", "that", "fares", "would", "rise"],
                  [1, 1, 1, 1, 5, 3, 9, 9, 9, 5],
                  ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "mark", "nsubj", "aux", "acl"])


@pytest.mark.parametrize("label", ["dobj", "obj", "ccomp", "advcl", "xcomp", "prep", "conj", "intj", "dative", "oprd",
                                   "prt"])
def test_each_label_id_is_the_one_the_vocab_gives_the_label(label):
    ids = (indirect._OBJECT_DEPS | {indirect._CCOMP} | indirect._OPEN_CLAUSE_DEPS | indirect._OBJECT_PHRASE_DEPS
           | indirect._PREDICATE_DEPS | indirect._PARTICLE_DEPS | {indirect._CONJ, indirect._INTJ})
    doc = _doc(["a", "b"], [0, 0], ["ROOT", label])
    assert doc[1].dep in ids and doc[1].dep_ == label  # a token labelled so carries the id the tables hold


def test_the_label_tables_hold_their_own_labels_only():
    strings = load().vocab.strings
    name = lambda ids: {strings[i] for i in ids}  # noqa: E731
    assert name(indirect._OBJECT_DEPS) == {"dobj", "obj"}
    assert name(indirect._OPEN_CLAUSE_DEPS) == {"advcl", "xcomp"}
    assert name(indirect._OBJECT_PHRASE_DEPS) == {"dobj", "dative", "prep"}
    assert name(indirect._PREDICATE_DEPS) == {"oprd", "xcomp", "ccomp"}
    assert name(indirect._PARTICLE_DEPS) == {"prep", "prt"}
    assert [strings[i] for i in (indirect._CCOMP, indirect._ADVCL, indirect._XCOMP, indirect._PREP, indirect._CONJ,
                                 indirect._INTJ)] == ["ccomp", "advcl", "xcomp", "prep", "conj", "intj"]


def test_holds_any_counts_both_edges_of_the_subtree():
    doc = _doc(*TOLD_IN_OBJECT)
    at = doc[3]  # "at the briefing that fares would rise": tokens 3-9
    assert _holds_any(at, frozenset({3})) and _holds_any(at, frozenset({9})) and _holds_any(at, frozenset({0, 5}))
    assert not _holds_any(at, frozenset({0, 2})) and not _holds_any(at, frozenset())
    assert not _holds_any(doc[2], frozenset({1, 3}))  # "reporters": token 2 alone


def test_clause_in_object_finds_the_that_clause_inside_a_phrase_after_the_cue():
    doc = _doc(*TOLD_IN_OBJECT)
    v = doc[1]
    assert _clause_in_object(v, list(v.children), doc[2], _cue("obj"), Lexicon()) == (7, 9, "clause")


class _Unwalked:
    """A child whose subtree must not be walked: its labels and edges are the token's own."""

    def __init__(self, tok):
        self.tok = tok

    def __getattr__(self, name):
        if name == "subtree":
            raise AssertionError("walked")
        return getattr(self.tok, name)


def test_clause_in_object_walks_no_phrase_without_a_that_clause_in_it():
    # Tam told reporters at the briefing that fares would rise, the clause Tam's own (a ccomp): no walk of the
    # object or the phrase, and no clause found in them
    doc = _doc(TOLD_IN_OBJECT[0], [1, 1, 1, 1, 5, 3, 9, 9, 9, 1],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "mark", "nsubj", "aux", "ccomp"])
    v = doc[1]
    kids = [c if c.dep_ == "ccomp" else _Unwalked(c) for c in v.children]
    assert _clause_in_object(v, kids, doc[2], _cue("obj"), Lexicon()) is None
    # no that-marked clause in the whole article: none is looked for (the children are not read at all)
    plain = _doc(["Tam", "told", "reporters", "at", "the", "briefing"], [1, 1, 1, 1, 5, 3],
                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"])
    assert _clause_in_object(plain[1], [object()], plain[2], _cue("obj"), Lexicon()) is None


def test_clause_in_object_still_walks_the_phrase_that_holds_the_clause():
    doc = _doc(*TOLD_IN_OBJECT)
    v = doc[1]
    kids = [_Unwalked(c) if c.dep_ == "dobj" else c for c in v.children]  # "reporters": no clause in it
    assert _clause_in_object(v, kids, doc[2], _cue("obj"), Lexicon()) == (7, 9, "clause")


def test_topic_content_of_a_cue_without_the_about_frame_is_none_before_any_child_is_read():
    doc = _doc(["Tam", "spoke", "about", "fares"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"])
    v = doc[1]
    assert _topic_content(v, [object()], None, _cue("obj"), Lexicon()) is None
    assert _topic_content(v, list(v.children), None, _cue("about"), Lexicon()) == (3, 3, "prep")


def test_verb_content_reads_the_labels_by_id():
    # Tam called the plan a disgrace: object and predicate (oprd after the object), found through the ids
    doc = _doc(["Tam", "called", "the", "plan", "a", "disgrace"], [1, 1, 3, 1, 5, 1],
               ["nsubj", "ROOT", "det", "dobj", "det", "oprd"])
    assert verb_content(doc[1], _cue("obj"), Lexicon()) == (2, 5, "obj")
    assert _object_end(list(doc[1].children), doc[3], _cue("obj")) == 5


def test_as_label_reads_no_child_when_no_as_follows_the_end():
    # Tam saw the deal as a trap: the label after "deal" belongs to the content; ending elsewhere, nothing is read
    doc = _doc(["Tam", "saw", "the", "deal", "as", "a", "trap"], [1, 1, 3, 1, 1, 6, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"])
    assert indirect._as_label(doc[1], 3) == 6
    assert indirect._as_label(doc[1], 4) == 4 and indirect._as_label(doc[1], 6) == 6  # no "as" after: the end kept

    lone = _NoChildren(doc)
    assert indirect._as_label(lone, 2) == 2 and indirect._as_label(lone, 6) == 6


def test_as_label_of_a_subjectless_as_clause_after_the_end():
    # Tam saw the deal as being a trap: an advcl opening with "as" right after the object
    doc = _doc(["Tam", "saw", "the", "deal", "as", "being", "a", "trap"], [1, 1, 3, 1, 5, 1, 7, 5],
               ["nsubj", "ROOT", "det", "dobj", "mark", "advcl", "det", "attr"])
    assert indirect._as_label(doc[1], 3) == 7


def test_object_between_is_a_dobj_child_strictly_between_the_cue_and_the_clause():
    # Tam told Reuters, fares rose: "Reuters" the object between the cue and the clause head "rose"
    doc = _doc(["Tam", "told", "Reuters", ",", "fares", "rose"], [1, 1, 1, 1, 5, 1],
               ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ccomp"])
    v = doc[1]
    assert indirect._object_between(v, doc[5])
    assert not indirect._object_between(v, doc[2])  # (the object itself is not between)
    assert not indirect._object_between(doc[2], doc[5])  # ("fares" is no child of "Reuters")
    other = _doc(["Tam", "told", "us", ",", "fares", "rose"], [1, 1, 1, 1, 5, 1],
                 ["nsubj", "ROOT", "dative", "punct", "nsubj", "ccomp"])
    assert not indirect._object_between(other[1], other[5])  # a child between, not labelled dobj


def test_second_that_clause_reads_no_child_without_a_that_clause_after_the_content():
    # Tam said that fares rose, but that wages fell: the second clause taken on
    words = ["Tam", "said", "that", "fares", "rose", ",", "but", "that", "wages", "fell"]
    doc = _doc(words, [1, 1, 4, 4, 1, 1, 1, 9, 9, 1],
               ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "cc", "mark", "nsubj", "conj"])
    assert indirect._second_that_clause(doc[1], doc[4], 4, Lexicon()) == 9

    lone = _NoChildren(doc)
    assert indirect._second_that_clause(lone, doc[4], 9, Lexicon()) == 9  # no that-clause after token 9


# --- the lead, after a mutation run of these functions against the attribution test files (docs/testing.md,
# "Session 52, lead"): what the prechecks and the walks after them decide, case by case. Parses built by hand. ---

def _lemmatised(words, heads, deps, lemmas, pos, tags):
    return Doc(load().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)


def test_as_label_an_as_ending_the_sentence_and_no_other_preposition():
    # Tam saw it as: the label is the bare "as", the last token
    doc = _doc(["Tam", "saw", "it", "as"], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "prep"])
    assert indirect._as_label(doc[1], 2) == 3
    # In May Tam saw the deal as a trap: the earlier preposition ("In") is no label
    doc = _doc(["In", "May", "Tam", "saw", "the", "deal", "as", "a", "trap"], [3, 0, 3, 3, 5, 3, 3, 8, 6],
               ["prep", "pobj", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"])
    assert indirect._as_label(doc[3], 5) == 8
    # Tam saw the deal as well: an "as" that is no preposition is no label
    doc = _doc(["Tam", "saw", "the", "deal", "as", "well"], [1, 1, 3, 1, 1, 4], ["nsubj", "ROOT", "det", "dobj", "advmod", "advmod"])
    assert indirect._as_label(doc[1], 3) == 3


def test_object_between_counts_no_object_before_the_cue():
    # the deal Tam told, fares rose: "deal" a dobj of "told" before it, not between it and "rose"
    doc = _doc(["deal", "Tam", "told", ",", "fares", "rose"], [2, 2, 2, 2, 5, 2], ["dobj", "nsubj", "ROOT", "punct", "nsubj", "ccomp"])
    assert not indirect._object_between(doc[2], doc[5])
    doc = _doc(["Tam", "deal", "told", ",", "fares", "rose"], [2, 2, 2, 2, 5, 2], ["nsubj", "dobj", "ROOT", "punct", "nsubj", "ccomp"])
    assert not indirect._object_between(doc[2], doc[5])


@pytest.mark.parametrize("label", ["relcl", "advcl", "acl"])
def test_clause_in_object_takes_each_clause_label(label):
    words, heads, deps = TOLD_IN_OBJECT
    doc = _doc(words, heads, deps[:-1] + [label])
    v = doc[1]
    assert _clause_in_object(v, list(v.children), doc[2], _cue("obj"), Lexicon()) == (7, 9, "clause")


def test_clause_in_object_needs_the_that_to_mark_the_clause():
    # Tam told reporters at the briefing if that fare rose, and that Kim left: "rose" has a mark ("if") and a
    # "that" that is no mark; the that-clause ("left") hangs on the verb itself, outside the phrase
    doc = _doc(["Tam", "told", "reporters", "at", "the", "briefing", "if", "that", "fare", "rose", "and", "that",
                "Kim", "left"], [1, 1, 1, 1, 5, 3, 9, 8, 9, 5, 1, 13, 13, 1],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "mark", "det", "nsubj", "acl", "cc", "mark", "nsubj",
                "conj"])
    v = doc[1]
    assert _clause_in_object(v, list(v.children), doc[2], _cue("obj"), Lexicon()) is None


def test_topic_content_of_and_a_preposition_with_no_object():
    doc = _doc(["Tam", "spoke", "of", "fares"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"])
    assert _topic_content(doc[1], list(doc[1].children), None, _cue("about"), Lexicon()) == (3, 3, "prep")
    bare = _doc(["Tam", "spoke", "about", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "prep", "punct"])
    assert _topic_content(bare[1], list(bare[1].children), None, _cue("about"), Lexicon()) is None


SECOND = (["Tam", "said", "that", "fares", "rose", ",", "but", "that", "wages", "fell"],
          [1, 1, 4, 4, 1, 1, 1, 9, 9, 1],
          ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "cc", "mark", "nsubj", "conj"])


def test_second_that_clause_needs_a_that_clause_conjunct_right_after_the_first():
    doc = _doc(*SECOND)
    assert indirect._second_that_clause(doc[1], doc[4], 4, Lexicon()) == 9
    # a conjunct that opens with no "that" ("and left"), while a that-clause comes later: not taken on
    words = ["Tam", "said", "that", "fares", "rose", "and", "left", "so", "that", "Kim", "came"]
    doc = _doc(words, [1, 1, 4, 4, 1, 1, 1, 10, 10, 10, 6],
               ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "cc", "conj", "advmod", "mark", "nsubj", "advcl"])
    assert indirect._second_that_clause(doc[1], doc[4], 4, Lexicon()) == 4
    # a word between the first content and the "that" ("today"): no longer one list of two clauses
    words = ["Tam", "said", "that", "fares", "rose", "today", "that", "wages", "fell"]
    doc = _doc(words, [1, 1, 4, 4, 1, 1, 8, 8, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "npadvmod", "mark",
                                                     "nsubj", "conj"])
    assert indirect._second_that_clause(doc[1], doc[4], 4, Lexicon()) == 4


def test_second_that_clause_ends_before_a_further_cue_in_it():
    # Tam said that fares rose, but that wages fell, claiming that ...: the second clause ends before "claiming"
    words = SECOND[0] + [",", "claiming", "that", "rents", "fell"]
    heads = SECOND[1] + [9, 9, 14, 14, 11]
    deps = SECOND[2] + ["punct", "advcl", "mark", "nsubj", "ccomp"]
    lemmas = ["tam", "say", "that", "fare", "rise", ",", "but", "that", "wage", "fall", ",", "claim", "that", "rent",
              "fall"]
    doc = _lemmatised(words, heads, deps, lemmas, ["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "CCONJ", "SCONJ",
                                                   "NOUN", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB"],
                      ["NNP", "VBD", "IN", "NNS", "VBD", ",", "CC", "IN", "NNS", "VBD", ",", "VBG", "IN", "NNS", "VBD"])
    lex = Lexicon()
    assert "claim" in lex.verbs
    assert indirect._second_that_clause(doc[1], doc[4], 4, lex) == 9


def test_clause_in_object_passes_over_a_clause_marked_by_another_word():
    # Tam told reporters at the briefing if fares rose that wages fell: the first clause in the phrase is marked
    # "if", the second "that", and only the second is what Tam told
    doc = _doc(["Tam", "told", "reporters", "at", "the", "briefing", "if", "fares", "rose", "that", "wages", "fell"],
               [1, 1, 1, 1, 5, 3, 8, 8, 5, 11, 11, 5],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "mark", "nsubj", "acl", "mark", "nsubj", "acl"])
    v = doc[1]
    assert _clause_in_object(v, list(v.children), doc[2], _cue("obj"), Lexicon()) == (10, 11, "clause")
