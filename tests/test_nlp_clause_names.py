"""Parse repair (session 35, s35-petr): a name the NER ran over a clause boundary ("After Mordor troops attacked
Osgiliath, Gondor condemned Mordor": one organisation "Osgiliath, Gondor condemned Mordor"; "attacked Osgiliath
while Rohan troops withdrew": "Osgiliath while Rohan"). Hand-built parses give en_core_web_sm's readings."""

import pytest
from spacy.tokens import Doc

from newsgraph.nlp import _clause_pieces, _trim_entities, load

_POS = {"VB": "VERB", "NN": "NOUN", "CC": "CCONJ", ",": "PUNCT", "IN": "ADP", "DT": "DET", "TO": "PART", ".": "PUNCT"}


def _doc(spec: str, ents=None):
    """word/dep/head/tag[/pos] per token (head an index); `ents` spaCy's IOB strings, one per token."""
    toks = [t.split("/") for t in spec.split()]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks],
               heads=[int(t[2]) for t in toks], tags=[t[3] for t in toks], ents=ents,
               lemmas=[t[0].lower() for t in toks],
               pos=[t[4] if len(t) > 4 else _POS.get(t[3][:2], "PROPN" if t[3] == "NNP" else "X") for t in toks])


# After Mordor troops attacked Osgiliath , Gondor condemned Mordor .
GLUED = ("After/mark/3/IN/SCONJ Mordor/compound/2/NNP troops/nsubj/3/NNS attacked/advcl/7/VBD Osgiliath/dobj/3/NNP "
         ",/punct/7/, Gondor/nsubj/7/NNP condemned/ROOT/7/VBD Mordor/dobj/7/NNP ./punct/7/.")
# Mordor attacked Osgiliath while Rohan troops withdrew .
WHILE = ("Mordor/nsubj/1/NNP attacked/ROOT/1/VBD Osgiliath/dobj/1/NNP while/mark/6/IN/SCONJ Rohan/compound/5/NNP "
         "troops/nsubj/6/NNS withdrew/advcl/1/VBD ./punct/1/.")


def test_a_clause_glued_into_one_name_is_cut_at_its_comma_and_its_verb():
    doc = _doc(GLUED, ["O"] * 4 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    _trim_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Osgiliath", "ORG"), ("Gondor", "ORG"), ("Mordor", "ORG")]


def test_a_subordinating_conjunction_whose_clause_is_outside_cuts_the_name():
    doc = _doc(WHILE, ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    _trim_entities(doc)
    assert [e.text for e in doc.ents] == ["Osgiliath", "Rohan"]


@pytest.mark.parametrize("spec, span", [
    # a verb with no subject inside the name before it: the name's own word
    ("The/det/1/DT Committee/nsubj/5/NNP to/aux/3/TO Protect/relcl/1/VB Journalists/dobj/3/NNPS said/ROOT/5/VBD", (0, 5)),
    # a comma with a word hung across it ("Paris, France": the country an apposition of the city)
    ("Paris/pobj/4/NNP ,/punct/0/, France/appos/0/NNP in/prep/4/IN went/ROOT/4/VBD", (0, 3)),
])
def test_names_with_no_clause_boundary_stay_whole(spec, span):
    assert _clause_pieces(_doc(spec), *span) == [span]


def test_a_verb_whose_subject_is_before_the_name_does_not_cut_it():
    # "Gondor / condemned Mordor Ltd": the subject outside the name [1, 4)
    doc = _doc("Gondor/nsubj/1/NNP condemned/ROOT/1/VBD Mordor/compound/3/NNP Ltd/dobj/1/NNP")
    assert _clause_pieces(doc, 1, 4) == [(1, 4)]


def test_pieces_drop_the_boundary_word_and_the_punctuation_at_their_edges():
    doc = _doc(GLUED)
    assert _clause_pieces(doc, 4, 9) == [(4, 5), (6, 7), (8, 9)]
    # "After" opens the clause whose verb is inside the name: no cut there; the verb with its subject cuts
    assert _clause_pieces(doc, 0, 5) == [(0, 3), (4, 5)]


# mutation tests (docs/testing.md "Session 35, s35-petr")

def test_a_passive_verb_with_its_subject_inside_cuts_the_name():
    doc = _doc("Rohan/nsubjpass/2/NNP was/auxpass/2/VBD expelled/ROOT/2/VBN Gondor/dobj/2/NNP")
    assert _clause_pieces(doc, 0, 4) == [(0, 2), (3, 4)]


def test_a_subject_at_the_names_first_word_counts():
    assert _clause_pieces(_doc(GLUED), 6, 9) == [(6, 7), (8, 9)]


def test_a_comma_right_before_the_names_last_word_cuts():
    doc = _doc("Gondor/nsubj/1/NNP condemned/ROOT/1/VBD Mordor/dobj/1/NNP ,/punct/1/, Rohan/nsubj/5/NNP won/conj/1/VBD")
    assert _clause_pieces(doc, 0, 5) == [(0, 1), (2, 3), (4, 5)]


def test_a_name_with_no_clause_word_keeps_its_commas():
    # "Osgiliath, Gondor" alone, and s34-petr's "Lee and Rohan, Gondor" (items of one list): `_listed_names`' call
    assert _clause_pieces(_doc(GLUED), 4, 7) == [(4, 7)]


def test_a_comma_before_the_name_is_no_cut_of_it():
    # "Yesterday , in Edoras Gondor condemned Mordor": the name [4, 7) starts after the comma
    doc = _doc("Yesterday/npadvmod/5/NN ,/punct/5/, in/prep/5/IN Edoras/pobj/2/NNP Gondor/nsubj/5/NNP "
               "condemned/ROOT/5/VBD Mordor/dobj/5/NNP")
    assert _clause_pieces(doc, 4, 7) == [(4, 5), (6, 7)]


def test_a_conjunction_whose_verb_is_the_names_first_word_or_right_after_it():
    # a conjunction hung on the name's own first word is inside; on the word right after the name, outside
    doc = _doc("Attacked/ROOT/0/VBD/VERB Rohan/dobj/0/NNP while/mark/0/IN/SCONJ")
    assert _clause_pieces(doc, 0, 3) == [(0, 3)]
    assert _clause_pieces(_doc(WHILE), 2, 6) == [(2, 3), (4, 6)]


@pytest.mark.parametrize("spec, span, pieces", [
    # the word before the comma hangs on the one after it: no cut there (the verb with its subject cuts)
    ("Springfield/compound/2/NNP ,/punct/2/, Illinois/nsubj/3/NNP won/ROOT/3/VBD Mordor/dobj/3/NNP", (0, 5),
     [(0, 3), (4, 5)]),
    # the word after the comma hangs on the name's first word ("Paris, France" in a glued clause)
    ("Paris/dobj/5/NNP ,/punct/0/, France/appos/0/NNP Gondor/nsubj/4/NNP won/ccomp/5/VBD said/ROOT/5/VBD", (0, 5),
     [(0, 4)]),
    # words hung on the comma itself hang across nothing
    ("Gondor/nsubj/1/NNP ,/ROOT/1/, Rohan/nsubj/3/NNP won/conj/1/VBD Mordor/dobj/3/NNP", (0, 5),
     [(0, 1), (2, 3), (4, 5)]),
    # the word before the comma hangs on the word right after the name: no word of the name across it
    ("Osgiliath/dobj/5/NNP ,/punct/5/, Gondor/nsubj/3/NNP condemned/ccomp/5/VBD Mordor/dobj/3/NNP said/ROOT/5/VBD",
     (0, 5), [(0, 1), (2, 3), (4, 5)]),
])
def test_a_comma_cuts_only_where_no_word_of_the_name_hangs_across_it(spec, span, pieces):
    assert _clause_pieces(_doc(spec), *span) == pieces


def test_punctuation_and_spaces_at_a_pieces_edges_are_no_part_of_it():
    doc = _doc("Gondor/nsubj/1/NNP condemned/ROOT/1/VBD (/punct/1/-LRB-/PUNCT Mordor/dobj/1/NNP )/punct/1/-RRB-/PUNCT")
    assert _clause_pieces(doc, 0, 5) == [(0, 1), (3, 4)]
    spaced = Doc(load().vocab, words=["Mordor", "attacked", "Osgiliath", "\n"], deps=["nsubj", "ROOT", "dobj", "dep"],
                 heads=[1, 1, 1, 2], tags=["NNP", "VBD", "NNP", "_SP"], pos=["PROPN", "VERB", "PROPN", "SPACE"])
    assert _clause_pieces(spaced, 0, 4) == [(0, 1), (2, 3)]
    # a last piece of punctuation only, at the text's end
    assert _clause_pieces(_doc("Gondor/nsubj/1/NNP condemned/ROOT/1/VBD ./punct/1/."), 0, 3) == [(0, 1)]


def test_two_cuts_side_by_side_leave_no_empty_piece():
    doc = _doc("Gondor/nsubj/1/NNP condemned/ROOT/1/VBD ,/punct/1/, Rohan/nsubj/4/NNP won/conj/1/VBD")
    assert _clause_pieces(doc, 0, 4) == [(0, 1), (3, 4)]
