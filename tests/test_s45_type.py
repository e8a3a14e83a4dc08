"""Session 45 (s45-type): a settlement of a conflict agreed to or rejected is CAMEO 037 / 127 (codebook 037 "Offer,
promise, agree to ... reach a comprehensive settlement, agreement, or resolution to conflict"; 127 "Reject plan,
agreement to settle dispute"), on our own sentences labelled from those definitions before their first run
(tests/data/s45_type_codes.tsv; "!CODE": a near miss, any code but CODE). docs/accuracy.md, Session 45, s45-type."""

import pytest

from eventsutil import assert_top_code, probe_rows, type_codes
from newsgraph.events.stage import _settlement, _settling_category


@pytest.mark.parametrize("code, text", list(probe_rows(("s45_type_codes.tsv",), (), 3)))
def test_probe_code(pipeline, code, text):
    assert_top_code(pipeline, code, text)


@pytest.mark.parametrize("text, code", [
    # the object as a passive's subject
    ("The peace plan was rejected by the rebels on Sunday.", "127"),
    # "agreed on": the on-phrase is what is agreed to, as the to-phrase is
    ("The two sides agreed on a formula for settling the dispute over the islands.", "037"),
    # "peace" as an adjective the parser labels amod, or a compound
    ("Gondor accepted the peace accord on Friday.", "037"),
    # the plan's to-infinitive, and its for-phrase naming a settlement or an end to the conflict
    ("The rebels accepted a plan to end the war in the south.", "037"),
    ("Gondor rejected a proposal for an end to the conflict.", "127"),
    # a settlement itself, with an of- or to-phrase naming the conflict
    ("The factions agreed to an end to the war.", "037"),
    ("Mordor rejected any settlement of the conflict on Monday.", "127"),
    # the plan's of- and on-phrases, and a participle clause of it
    ("The rebels accepted the offer of a settlement of the conflict.", "037"),
    ("The rebels accepted a proposal on resolving the dispute.", "037"),
    ("The rebels accepted a deal ending the war.", "037"),
    ("The rebels accepted a plan that would end the war.", "037"),
])
def test_settlements_agreed_to_or_rejected(pipeline, text, code):
    assert code in [c for _, c in type_codes(pipeline, text)]


@pytest.mark.parametrize("text, code", [
    # a plan's content that settles nothing, or a settlement of no conflict (a bare "settlement" may be a colony)
    ("The rebels accepted a plan to end the curfew in the capital.", "037"),
    ("The rebels accepted a plan for ending the dispute's costs in court.", "037"),
    ("Gondor rejected the settlement on the hill.", "127"),
    ("Gondor rejected a settlement of the debt.", "127"),
    ("The ministers agreed to a plan for an end to the subsidy.", "037"),
    # the object of the verb, not a phrase of time or place
    ("The rebels agreed in the peace talks to free the hostages.", "037"),
    # a clause of the plan that ends no conflict, or does something else to it
    ("The rebels accepted a deal ending the curfew.", "037"),
    ("The rebels accepted a plan drafted by the mediators of the war.", "037"),
])
def test_no_settlement_no_037_or_127(pipeline, text, code):
    assert code not in [c for _, c in type_codes(pipeline, text)]


def test_the_settlement_is_not_sub_coded_by_the_plans_content(pipeline):
    # "ending the civil war" alone would be a de-escalation (1246), but a plan for ending the war is a settlement:
    # the content refines no further than 127
    assert ("REJECT", "127") in type_codes(pipeline, "The rebels rejected a plan for ending the civil war.")
    assert ("REJECT", "1246") not in type_codes(pipeline, "The rebels rejected a plan for ending the civil war.")


@pytest.mark.parametrize("type_, cameo, ok", [
    ("AGREE", "030", True), ("AGREE", "032", True), ("REJECT", "120", True), ("REJECT", "125", True),
    ("AGREE", "0331", False), ("REJECT", "1246", False),  # a four-digit code already says what
    ("AGREE", "120", False), ("REJECT", "030", False),  # another category than the type's
    ("CONCEDE", "080", False), (None, "030", False),
])
def test_settling_category(type_, cameo, ok):
    assert _settling_category(type_, cameo) is ok


class _Tok:
    """A hand-built parse token: the parser gives each of these shapes only now and then ("peace" tagged as an
    adjective, a phrase or a clause hung on the plan noun under another label), so the tests build them."""

    def __init__(self, text, dep, pos="NOUN", kids=()):
        self.lower_ = self.lemma_ = text
        self.dep_, self.pos_, self.children = dep, pos, list(kids)


def _rejected(plan):
    return _Tok("reject", "ROOT", "VERB", [plan])


def _end_of_war(dep):
    return _Tok("end", dep, kids=[_Tok("of", "prep", "ADP", [_Tok("war", "pobj")])])


def test_peace_as_an_adjective_makes_a_peace_plan():
    assert _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("peace", "amod", "ADJ")])))
    assert not _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("new", "amod", "ADJ")])))


def test_a_plan_is_for_what_its_for_phrase_names_not_any_phrase():
    # "a plan for the end of the war" settles it; "a plan after the end of the war" is only dated by it
    assert _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("for", "prep", "ADP", [_end_of_war("pobj")])])))
    assert not _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("after", "prep", "ADP", [_end_of_war("pobj")])])))


def test_a_plan_is_for_what_its_clause_names_not_a_verb_coordinated_with_it():
    # "a plan to end the war" (acl) settles it; a verb the parser coordinated with the noun tells another act
    ending = [_Tok("war", "dobj")]
    assert _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("end", "acl", "VERB", ending)])))
    assert not _settlement(_rejected(_Tok("plan", "dobj", kids=[_Tok("end", "conj", "VERB", ending)])))
