"""Session 56 (s56-attr): a that-clause after "wrote in a letter" (issue 12). Sentences and parses of our own.

en_core_web_sm reads "The senator wrote in a letter that the plan was flawed" as a relative clause of "letter"
whose subject is "that" (the clause's own subject "plan" hung on the auxiliary), and leaves "wrote" without
content; the parse repair `nlp.clauses_after_occasions` gave a verb of saying back such a clause only when
"that" was the relative's marker or object, and only for the verbs of saying (not "write", "explain").
"""

import pytest

from newsgraph.nlp import MEDIUM_SPEECH, _misread_relative, clauses_after_occasions, load


def _built(spec: str):
    """word/dep/head[/lemma/pos] per token (as tests/test_nlp.py builds them)."""
    from spacy.tokens import Doc

    toks = [t.split("/") for t in spec.split()]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks], heads=[int(t[2]) for t in toks],
               lemmas=[t[3] if len(t) > 3 else t[0].lower() for t in toks],
               pos=[t[4] if len(t) > 4 else "NOUN" for t in toks])


# "The senator <verb> in a letter that the plan was flawed ." with "plan" on the auxiliary, as the parser gives it
LETTER = ("The/det/1 senator/nsubj/2 {verb}/ROOT/2/{lemma}/VERB in/prep/2 a/det/5 letter/pobj/3 that/{tdep}/10 "
          "the/det/8 plan/nsubj/{shead} was/auxpass/10 flawed/relcl/5/flaw/VERB ./punct/2")


@pytest.mark.parametrize("verb, lemma, tdep, shead, moved", [
    ("wrote", "write", "nsubjpass", 9, True),  # the subject "plan" on the auxiliary
    ("wrote", "write", "nsubj", 10, True),  # ... or on the clause's verb
    ("explained", "explain", "nsubjpass", 9, True),  # a verb of reasoning
    ("said", "say", "nsubjpass", 9, True),
    ("spoke", "speak", "nsubjpass", 9, False),  # not a verb that reports a clause
    ("wrote", "write", "nsubjpass", 7, False),  # "plan" not a subject of the clause: "that" is its only one
])
def test_a_subject_that_beside_another_subject_is_the_marker(verb, lemma, tdep, shead, moved):
    doc = _built(LETTER.format(verb=verb, lemma=lemma, tdep=tdep, shead=shead))
    clauses_after_occasions(doc)
    assert (doc[10].head.i, doc[10].dep_) == ((2, "ccomp") if moved else (5, "relcl"))
    assert doc[6].dep_ == ("mark" if moved else tdep)


def test_a_relative_whose_only_subject_is_that_stays():
    # "He said in a letter that angered staff": a true relative clause, "that" its one subject
    doc = _built("He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/4 letter/pobj/2 that/nsubj/6 "
                 "angered/relcl/4/anger/VERB staff/dobj/6")
    before = [(t.head.i, t.dep_) for t in doc]
    clauses_after_occasions(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


@pytest.mark.parametrize("spec, misread", [
    # "that" the object, the clause's subject on its auxiliary: "in a letter that he would resign"
    ("The/det/1 senator/nsubj/2 wrote/ROOT/2/write/VERB in/prep/2 a/det/5 letter/pobj/3 that/dobj/9 he/nsubj/8 "
     "would/aux/9 resign/relcl/5/resign/VERB", True),
    # the object of the occasion's making: "in a letter that he would sign"
    ("The/det/1 senator/nsubj/2 wrote/ROOT/2/write/VERB in/prep/2 a/det/5 letter/pobj/3 that/dobj/9 he/nsubj/8 "
     "would/aux/9 sign/relcl/5/sign/VERB", False),
    # an object and no subject at all: "in a letter that moved him"
    ("The/det/1 senator/nsubj/2 wrote/ROOT/2/write/VERB in/prep/2 a/det/5 letter/pobj/3 that/dobj/7 "
     "moved/relcl/5/move/VERB", False),
    # "that" the marker is read as one whatever the clause holds (here no subject at all)
    ("He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/4 speech/pobj/2 that/mark/6 "
     "passed/relcl/4/pass/VERB", True),
    # a passive subject of its own on the auxiliary counts as a subject for "that" the subject
    ("He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/4 memo/pobj/2 that/nsubj/8 the/det/7 tax/nsubjpass/8 "
     "was/auxpass/8 cut/relcl/4/cut/VERB", True),
])
def test_which_relatives_are_misread(spec, misread):
    doc = _built(spec)
    that = next(t for t in doc if t.lower_ == "that")
    assert _misread_relative(that, that.head) is misread


def test_the_verbs_of_writing_and_reasoning_are_there_with_the_verbs_of_saying():
    from newsgraph.words import ANY_SPEECH

    assert ANY_SPEECH < MEDIUM_SPEECH
    assert {"write", "explain", "argue"} <= MEDIUM_SPEECH and "speak" not in MEDIUM_SPEECH


@pytest.mark.parametrize("text, cue, content", [
    ("The senator wrote in a letter that the plan was flawed.", "wrote", "that the plan was flawed"),
    ("The senator wrote in a letter that he would resign.", "wrote", "that he would resign"),
    ("The senator explained in a letter that he would resign.", "explained", "that he would resign"),
])
def test_the_written_clause_is_the_content_of_the_attribution(pipeline, text, cue, content):
    (a,) = pipeline.extract(text).attributions
    assert (a.cue.text, [c.text for c in a.content], a.source.text, a.type) == (cue, [content], "The senator", "writing")


def test_a_relative_of_the_medium_is_no_content(pipeline):
    assert pipeline.extract("He spoke in a hall that the city built.").attributions == []
