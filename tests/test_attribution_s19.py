"""Session 19 (s19-attr): attribution rules, with sentences of our own."""

from stageutil import candidates


def _passives(pipeline, text):
    return [c for c in candidates(pipeline, text) if c[0].startswith("passive") or c[0] == "adjective"]


def test_a_reduced_relative_of_a_cue_attributes_the_noun_it_modifies(pipeline):
    # "the levy known as the window tax" = the levy which is known as …: the noun is the passive's subject
    assert ("passive-bare", "thought", "known", ("the old levy", "the window tax"), None) in \
        _passives(pipeline, "The town repealed the old levy known as the window tax.")
    # with an agent, the agent is the source
    found = _passives(pipeline, "The mayor defended a budget criticized by the council as reckless.")
    assert any(c[2] == "criticized" and c[3][0] == "a budget" and c[4] == "the council" for c in found)


def test_a_participle_with_an_object_of_its_own_is_no_reduced_relative(pipeline):
    # an active participle ("the group backing the plan") keeps the object as the content, as before
    found = candidates(pipeline, "The union announced a strike called by its members last week.")
    assert not any(c[2] == "announced" and c[0].startswith("passive") for c in found)
