"""Session 35 (s35-mutfocus): the mobilisation branch of `acled._category` (a base set up, a change to group activity;
s35-acled's rule that a mobilisation of no force is none unless fighting men are named, `acled.FIGHTING_MEN`), run
against its mutants (docs/testing.md, "Session 35, s35-mutfocus"). What its survivors lacked: a base named with no base
set up and a base verb with no base named; a civilian-looking headquarters set up by an army ("a company
headquarters": an army company's); and the words the rule reads at a sentence's very start ("Reservists were called
up", "Campaign headquarters were opened"), where the rule's joined trigger-and-sentence text must still see a whole word.
Sentences written for these tests and labelled from ACLED's codebook before their first run."""

import pytest

from eventsutil import acled_predicted

CHANGE, BASE, NONE = "Change to group/activity", "Headquarters or base established", "none"
LOOTING = "Looting/property destruction"


@pytest.mark.parametrize("want, text", [
    (CHANGE, "The army sent more troops to its base near the border."),  # a base named, none set up
    (CHANGE, "The rebels built up their forces along the front line."),  # a base verb, no base
    (BASE, "The army set up a company headquarters at the airfield."),  # an army company's headquarters
    (BASE, "Reinforcements set up a new camp outside the town."),
    (BASE, "Recruits built a camp in the hills."),
    (CHANGE, "Reservists were called up on Monday."),
    # the coder makes no event of "were sent to the front" (event detection, not the ACLED rules)
    pytest.param(CHANGE, "Conscripts were sent to the eastern front.", marks=pytest.mark.xfail(strict=True)),
    # (labelled for the wrong event: the sentence's counted event is the raid, a looting, which is right)
    (LOOTING, "Setting up a base in the hills, the rebels raided nearby villages."),
    # written after the first run, for mutant 220 (the base verb only at the sentence's start):
    (CHANGE, "Conscripts were deployed to the eastern front."),
    (BASE, "Setting up a new base, the army moved 500 troops to the north."),
    # written after the second run, for mutant 213 (a campaign office at the sentence's start, forces named near it;
    # the first wording, "Party headquarters were set up ... police presence", gave the coder no event at all)
    (NONE, "Campaign headquarters were opened near a military checkpoint."),
])
def test_mobilisation(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want
