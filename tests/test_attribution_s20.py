"""Session 20 (s20-attr): attribution rules, with sentences of our own."""

from stageutil import candidates


def test_a_main_verb_the_parser_hangs_on_its_own_subject_is_active(pipeline):
    # the parser reads "found" as a relative on "analysts" (the sentence's root); a participle with a clause
    # after it is no passive, so the analysts found it - before, a speakerless 'passive-bare' candidate
    found = candidates(pipeline, "Two budget analysts, Ana Ruiz and Tom Berg, found in March that the county had overspent.")
    assert ("clause", "speech", "found", ("that the county had overspent",), "Two budget analysts") in \
        [(c[0], "speech", c[2], c[3], c[4]) for c in found]


def test_a_true_reduced_passive_relative_stays_passive(pipeline):
    # "a budget criticized by the council": a by-agent and no object, the passive reading stands
    found = candidates(pipeline, "A budget criticized by the council as reckless was passed on Friday.")
    assert any(c[2] == "criticized" and c[4] == "the council" for c in found)


def test_a_surname_the_tagger_reads_as_an_adverb_is_the_subject(pipeline):
    # "Early described …", "Will believes …": the tagger takes the surname for an adverb or a modal and the verb
    # has no subject; the text named the person in full, so the word is the surname and the source
    found = candidates(pipeline, "The essayist Mark Early praised the plan. Early described the vote as a relief.")
    assert any(c[2] == "described" and c[4] == "Early" for c in found)
    found = candidates(pipeline, "The columnist George Will disliked the plan on Friday. Will believes the governor could win the state.")
    assert any(c[2] == "believes" and c[4] == "Will" for c in found)


def test_a_title_case_word_no_person_is_named_by_stays_no_subject(pipeline):
    # a subjectless fragment: "Just" is no surname, since no one in the text is called that
    found = candidates(pipeline, "Just saw the mayor on the bus.")
    assert not any(c[4] == "Just" for c in found)


def test_as_reported_by_x_attributes_the_main_clause_to_x(pipeline):
    # "As reported by the Tribune, <clause>" is the passive of "as the Tribune reported, <clause>": the clause
    # is what was reported, the by-agent who reported it
    found = candidates(pipeline, "As reported by the Tribune, the mayor plans to resign in June.")
    assert any(c[2] == "reported" and c[3] == ("the mayor plans to resign in June",) and c[4] == "the Tribune" for c in found)


def test_as_expected_with_no_verb_of_saying_stays_no_attribution(pipeline):
    # "as expected by analysts" is no verb of saying: no reported clause (guards the reach of the rule above)
    found = candidates(pipeline, "As expected by most analysts, the bank raised rates.")
    assert not any(c[2] == "expected" for c in found)
