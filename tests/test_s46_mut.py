"""Session 46 (s46-mut): the settlement reading's plan phrases read as the coder reads a phrase, and the open
survivors of session 45 (docs/testing.md, Session 46, s46-mut). Own sentences and hand-built parses."""

import pytest

from newsgraph.events.stage import _settlement


class _Tok:
    """A hand-built parse token (as tests/test_s45_type.py builds them)."""

    def __init__(self, text, dep, pos="NOUN", kids=()):
        self.lower_ = self.lemma_ = text
        self.dep_, self.pos_, self.children = dep, pos, list(kids)


def _rejected(plan):
    return _Tok("reject", "ROOT", "VERB", [plan])


def test_a_plans_repeated_preposition_is_one_phrase():
    # "rejected a plan for new roads and for the end of the war": the second "for", coordinated with the first,
    # names what the plan is for as the first does (coder.pobjs: one phrase whose objects are both)
    end_of_war = _Tok("end", "pobj", kids=[_Tok("of", "prep", "ADP", [_Tok("war", "pobj")])])
    second = _Tok("for", "conj", "ADP", [end_of_war])
    assert _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("for", "prep", "ADP", [_Tok("road", "pobj"), second])])))
    # a coordinated preposition of another word is another phrase ("for new roads and after the war")
    other = _Tok("after", "conj", "ADP", [end_of_war])
    assert not _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("for", "prep", "ADP", [_Tok("road", "pobj"), other])])))


def _events(pipeline, text):
    return pipeline.extract(text, name="t", published="2009-03-25").events


@pytest.mark.xfail(strict=True, raises=AssertionError, reason="known miss: a complaint's repeated preposition (\"about X and about Y\") "
                   "keeps its first party only (events.coder._objects' ACCUSE loop returns objs[:1]), while the "
                   "same parties coordinated under one preposition are both targets")
def test_a_complaints_repeated_preposition_names_both_parties(pipeline):
    complaint = [e for e in _events(pipeline, "Chad complained about Libyan raids and about Sudanese incursions.")
                 if e.type == "ACCUSE"]
    assert complaint and len(complaint[0].target) == 2


def test_a_complaints_coordinated_parties_are_both_targets(pipeline):
    complaint = [e for e in _events(pipeline, "Chad complained about Libya and Sudan.") if e.type == "ACCUSE"]
    assert complaint and len(complaint[0].target) == 2
