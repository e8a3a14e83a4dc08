"""Session 17 (s17b-actors): a role noun modified by a group noun is a member of that group.

The Phoenix agents dictionary codes the compounds by the group (REBEL_COMMANDER, INSURGENT_LEADER,
SEPARATIST_LEADER, REBEL_SOLDIER [~REB]; OPPOSITION_LEADER [~OPP]; MILITIA [~UAF]). Sentences are ours.
"""


def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    return {e.name: e.actor.code for e in doc.entities if e.actor is not None and e.attrs.get("actor") is not False}


def test_a_rebel_commander_is_a_rebel_not_the_army(pipeline):
    codes = _codes(pipeline, "Rebel commanders in northern Freedonia agreed to a ceasefire with the army of Freedonia. "
                             "Militia commanders attacked a village near the border of Chad.")
    assert codes["Rebel commanders"].endswith("REB")
    assert codes["Militia commanders"] == "TCDUAF"
    assert not any(name == "Rebel commanders" and code.endswith("MIL") for name, code in codes.items())


def test_insurgent_and_police_posts_take_their_groups_sector(pipeline):
    codes = _codes(pipeline, "Insurgent leaders rejected the peace offer from the Afghan government.")
    assert codes["Insurgent leaders"] == "AFGREB"
    codes = _codes(pipeline, "Zimbabwean police commanders met opposition leaders in Harare.")
    assert codes["Zimbabwean police commanders"] == "ZWECOP"
    assert codes["opposition leaders"] == "ZWEOPP"


def test_a_state_forces_noun_gives_way_only_to_a_non_state_side(pipeline):
    codes = _codes(pipeline, "Ugandan rebel soldiers looted the town. Ugandan government troops retook it.")
    assert codes["Ugandan rebel soldiers"] == "UGAREB"
    assert codes["Ugandan government troops"].startswith("UGA") and "MIL" in codes["Ugandan government troops"]


def test_an_indefinite_member_of_a_side_is_an_actor(pipeline):
    """"a minister" is no one in particular, but "a rebel leader" is qualified by his side."""
    codes = _codes(pipeline, "A rebel leader said the fighters would withdraw from the town. "
                             "An opposition spokesman said the vote was rigged.")
    assert codes.get("A rebel leader", "").endswith("REB")
    assert codes.get("An opposition spokesman", "").endswith("OPP")


def test_a_rebel_title_makes_the_named_person_a_rebel(pipeline):
    codes = _codes(pipeline, "Sudanese rebel leader John Garang met Kenyan officials in Nairobi.")
    assert codes["John Garang"] == "SDNREB"


def test_a_group_noun_read_as_an_adjective_still_names_the_side(pipeline):
    codes = _codes(pipeline, "Indonesia said separatist leaders in Aceh rejected the offer.")
    assert codes["separatist leaders"] == "IDNREB"
