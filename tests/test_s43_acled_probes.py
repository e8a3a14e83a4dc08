"""Session 43 (s43-acled): own probe sentences (own wordings, in no gold file), labelled by the ACLED codebook
before their first run.

GATHERING_ARRESTS: an arrest whose reason is having organised or led a gathering, vigil or assembly. The codebook's
Protest with intervention is a protest that forces act against while it happens; people arrested afterwards for
having organised one are Arrests, as the project already reads "arrested for organising a protest"
(`events.acled.ORGANISED`). Controls: people arrested at the gathering itself are the protest's intervention.
"""

import pytest

from eventsutil import acled_predicted

PUBLISHED = "2025-03-12"

GATHERING_ARRESTS = [
    ("Police arrested two union leaders on Monday for organising an illegal gathering outside the factory.", "Arrests"),
    ("Authorities detained a student activist for allegedly organising a vigil for the victims.", "Arrests"),
    ("Three opposition figures were arrested over organising an unauthorised assembly in the capital.", "Arrests"),
    ("Police arrested a priest for leading a prayer gathering that defied the ban.", "Arrests"),
    # controls: held at the gathering, or for organising a protest (read before)
    ("Police detained 30 people who had gathered outside parliament to demand new elections.",
     "Protest with intervention"),
    ("Riot police arrested dozens of mourners at a candlelight vigil in the city centre.", "Protest with intervention"),
    ("Police arrested ten people for organising a protest against the new tax.", "Arrests"),
]


# Written after the first fix, when gold/acled_unfitted_4.jsonl showed the charge told with its organiser after the
# gathering ("over a vigil he organised"); labelled before their first run.
ORGANISED_AFTER = [
    ("Two activists were arrested on Tuesday over a rally they organised outside the embassy last week.", "Arrests"),
    ("The authorities detained a union leader for a strike he had called in March.", "Arrests"),
    ("Police detained a pastor over a prayer vigil that he organised without a permit.", "Arrests"),
    # controls: held at or during the gathering the arrested organised
    ("Police detained dozens of people at a rally they had organised outside parliament.", "Protest with intervention"),
    ("Police arrested 15 students during a vigil that they held on campus.", "Protest with intervention"),
]


@pytest.mark.parametrize("text,label", GATHERING_ARRESTS)
def test_gathering_arrest(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


@pytest.mark.parametrize("text,label", ORGANISED_AFTER)
def test_organised_after(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# Written after both fixes (labelled before their first run): new wordings of the same family and controls.
AFTER = [
    ("Security agents arrested the organiser of Sunday's vigil on Wednesday for holding an unlicensed gathering.",
     "Arrests"),
    ("A teachers' union official was detained over the strike they had called for Monday.", "Arrests"),
    ("Prosecutors ordered the arrest of five students over a demonstration which they staged at the university.",
     "Arrests"),
    # controls
    ("Police arrested dozens of people who gathered in the main square for a vigil on Sunday evening.",
     "Protest with intervention"),
    ("Officers detained 12 protesters as they held a sit-in outside the ministry.", "Protest with intervention"),
]


# Known misses of AFTER, left: "for holding an unlicensed gathering" (ORGANISED's verbs before the gathering do not list
# "holding"; the arrested also named "the organiser of Sunday's vigil"); "ordered the arrest" (an order, no arrest
# made: the stage gives it no category, and by the codebook my label is arguable, kept as committed).
AFTER_MISSES = {AFTER[0][0], AFTER[2][0]}
AFTER = [pytest.param(t, lab, marks=pytest.mark.xfail(strict=True, reason="known miss")) if t in AFTER_MISSES
         else (t, lab) for t, lab in AFTER]


@pytest.mark.parametrize("text,label", AFTER)
def test_after(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label
