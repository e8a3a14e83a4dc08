"""Session 50, s50-mutsyn: the mutants session 49 left open in `events/syntax.py: subjects`' pieces and in
`events/coder.py`'s `_noun_participants` and `_objects` pieces, killed on hand-built parses of our own
sentences (test_events_coder_mutants' `parse`: word:POS:dep:head[:lemma[:tag]]). Each test asserts what a
function answers on its input, never how it finds it, so a faster rewrite with the same outputs passes.
"""

import pytest

from newsgraph.events import syntax

from test_events_coder_mutants import parse


def _words(toks) -> list:
    return [t.text for t in toks]


# --- syntax._complement_subjects: a statement's participle when the statement is a passive subject ---

def test_a_participle_on_a_passive_subject_list_of_statements_is_the_lists():
    # "A statement and a letter were issued condemning the raid": the parser split the list into two
    # passive subjects; the participle on the first is the issued documents' (the verb's subjects), both
    d = parse("A:DET:det:1 statement:NOUN:nsubjpass:6 and:CCONJ:cc:1 a:DET:det:4 letter:NOUN:nsubjpass:6 "
              "were:AUX:auxpass:6:be:VBD issued:VERB:ROOT:6:issue:VBN condemning:VERB:acl:1:condemn:VBG "
              "the:DET:det:9 raid:NOUN:dobj:7")
    assert _words(syntax.subjects(d[7])) == ["statement", "letter"]


def test_a_participle_on_an_object_list_of_statements_is_the_issuers():
    # the same with the statement an object: "Kenya issued a statement condemning the raid"
    d = parse("Kenya:PROPN:nsubj:1 issued:VERB:ROOT:1:issue:VBD a:DET:det:3 statement:NOUN:dobj:1 "
              "condemning:VERB:acl:3:condemn:VBG the:DET:det:6 raid:NOUN:dobj:4")
    assert _words(syntax.subjects(d[4])) == ["Kenya"]


# --- syntax._gerund_subjects: an adjective's gerund is its subject's only where the adjective is predicated of it ---

@pytest.mark.parametrize("label", ["oprd", "xcomp", "ccomp"])
def test_an_object_predicate_adjectives_gerund_is_not_the_finders(label):
    # "Police found the men guilty of looting shops": the men looted, not the police; "guilty" is no
    # complement of a copula here, so the clause's subject is not the gerund's
    d = parse(f"Police:NOUN:nsubj:1 found:VERB:ROOT:1:find:VBD the:DET:det:3 men:NOUN:dobj:1:man "
              f"guilty:ADJ:{label}:1 of:ADP:prep:4 looting:VERB:pcomp:5:loot:VBG shops:NOUN:dobj:6:shop")
    assert "Police" not in _words(syntax.subjects(d[6]))


def test_a_copulas_adjective_lends_its_subject_to_the_gerund():
    # "The men were guilty of looting shops": the complement of "be" is said of its subject
    d = parse("The:DET:det:1 men:NOUN:nsubj:2:man were:AUX:ROOT:2:be:VBD guilty:ADJ:acomp:2 of:ADP:prep:3 "
              "looting:VERB:pcomp:4:loot:VBG shops:NOUN:dobj:5:shop")
    assert _words(syntax.subjects(d[5])) == ["men"]


# --- syntax._subject_hung_before: the climb up a fronted list's conjuncts, where conj arcs cross -----
# (parses no grammar decides; they pin where the climb may go: through token 1, never past token 0)

def test_the_climb_to_a_subject_after_a_comma_goes_through_token_one():
    # After(0) Rohan(1) ,(2) Gondor(3) and(4) Arnor(5) signed(6): Arnor -> Rohan (token 1, no comma
    # before it) -> Gondor, right after the comma and hung before "signed": the subject
    d = parse("After:ADP:prep:6 Rohan:PROPN:conj:3 ,:PUNCT:punct:3 Gondor:PROPN:conj:0 and:CCONJ:cc:1 "
              "Arnor:PROPN:conj:1 signed:VERB:ROOT:6:sign:VBD")
    assert _words(syntax.subjects(d[6])) == ["Gondor"]


def test_the_climb_stops_at_the_first_token():
    # Rohan(0) After(1) ,(2) Gondor(3) and(4) Arnor(5) signed(6): Arnor -> Rohan at token 0, where the
    # climb ends with no comma before it: no subject (it never wraps round to the sentence's end)
    d = parse("Rohan:PROPN:conj:3 After:ADP:prep:6 ,:PUNCT:punct:3 Gondor:PROPN:conj:1 and:CCONJ:cc:0 "
              "Arnor:PROPN:conj:0 signed:VERB:ROOT:6:sign:VBD")
    assert syntax.subjects(d[6]) == []
