"""Session 20 (s20-codebook): detailed CAMEO codes an appeal, demand or rejection takes from what it
asks for or refuses, on our own sentences (never the codebook's examples)."""

import pytest


def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    return [(e.type, e.cameo) for e in doc.events]


@pytest.mark.parametrize("text", [
    "The rebel commanders turned down the army's offer of a truce in the mountains.",
    "Gondor rejected a proposal by Rohan for a ceasefire along the river.",
    "Mordor on Monday dismissed a Gondorian call for a cease-fire in Osgiliath.",
])
def test_refused_proposal_of_a_truce_is_a_refusal_to_de_escalate(pipeline, text):
    # CAMEO 1246 (codebook: "use this code for rejections of ceasefires"), not the proposal's 120
    assert ("REJECT", "1246") in _codes(pipeline, text)


@pytest.mark.parametrize("text,code", [
    ("Farmers' unions demanded that the cabinet scrap its new grain export policy.", "1042"),
    ("The opposition urged the government to repeal the media law before the vote.", "0242"),
    ("Teachers called on the ministry to reverse its language policy.", "0242"),
])
def test_asking_to_drop_a_policy_or_law_is_a_call_for_policy_change(pipeline, text, code):
    # CAMEO 0832's row: 0242 appeal for / 1042 demand for a change in policy
    assert ("REQUEST", code) in _codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The guerrillas flatly rejected the regional peace plan on Sunday.",
    "Gondor's parliament rejected the peace accord on Sunday.",
])
def test_rejecting_a_peace_plan_is_cameo_127(pipeline, text):
    assert ("REJECT", "127") in _codes(pipeline, text)


def test_rejecting_a_plan_without_peace_stays_a_rejection(pipeline):
    # only a plan to settle a dispute is 127: a trade plan is not
    assert ("REJECT", "127") not in _codes(pipeline, "Gondor's parliament rejected the trade plan on Sunday.")


@pytest.mark.parametrize("text,code", [
    ("Ghana offered two battalions of soldiers to the Liberian government on Monday.", "0332"),
    ("Norway pledged tents and blankets to the flood victims in Pakistan.", "0333"),
    ("The Malian government asked France for troops to secure the north.", "0232"),
])
def test_offers_and_appeals_take_the_kind_of_aid_from_what_is_given(pipeline, text, code):
    assert code in [c for _, c in _codes(pipeline, text)]


def test_accepting_troops_is_no_offer_of_military_aid(pipeline):
    # the one who accepts receives the troops: no intent to provide them
    assert "0332" not in [c for _, c in _codes(pipeline, "Mali accepted soldiers from Chad on Monday.")]


@pytest.mark.parametrize("text,code", [
    ("The junta expelled the remaining UN peacekeepers from the border zone.", "1661"),
    ("Baghdad expelled the nuclear inspectors on Tuesday.", "1662"),
    ("The military government expelled several humanitarian agencies from the camps.", "1663"),
])
def test_expulsion_subcoded_by_who_is_expelled(pipeline, text, code):
    # CAMEO 1661 peacekeepers, 1662 inspectors or observers, 1663 aid agencies
    assert ("SANCTION", code) in _codes(pipeline, text)


@pytest.mark.parametrize("text,code", [
    ("The Eritrean authorities admitted African Union peacekeepers into the disputed town.", "0861"),
    ("Pyongyang admitted the nuclear inspectors on Thursday.", "0862"),
    ("The junta finally allowed relief convoys into the flooded delta.", "0863"),
])
def test_allowed_presence_subcoded_by_who_is_let_in(pipeline, text, code):
    # CAMEO 0861 peacekeepers, 0862 inspectors, 0863 humanitarian agencies and their aid
    assert ("RETREAT", code) in _codes(pipeline, text)


@pytest.mark.parametrize("text,code", [
    ("The rebels rejected the bishop's proposal for holding talks in the capital.", "125"),
    ("The finance minister turned down a Japanese offer of providing economic aid.", "1221"),
])
def test_a_gerund_after_the_preposition_is_what_is_refused(pipeline, text, code):
    # the parser hangs "for holding", "of providing" as pcomp, not pobj: still the proposal's content
    assert ("REJECT", code) in _codes(pipeline, text)
