"""Session 41 (s41-acled): own probe sentences (own wordings, in no gold file), written and labelled by the ACLED
codebook before their first run, for a family found in the STUDY halves of gold/acled_unfitted.jsonl: a clash or a
fight of persons (politicians, a family, relatives) with no arms, no crowd and no one hurt. ACLED's battle is a
violent interaction between two organised armed groups, and its riots are a crowd's violence; a quarrel of persons
told with "clashed" or "fought" is neither, nor any other ACLED event. A clash of forces, of armed men, of a crowd
with police, or one that kills or wounds keeps its category.
"""

import pytest

from newsgraph.evaluate import acled as ev_acled

PROBES = [
    # quarrels of persons: none
    ("The prime minister clashed with the opposition leader over school funding on Wednesday.", "none"),
    ("Senator Alice Warren clashed repeatedly with the bank's chief executive.", "none"),
    ("The Kennedy family clashed with the new leadership of the party.", "none"),
    ("Margaret Hale fought with her own cabinet throughout the autumn.", "none"),
    ("The governor and the mayor clashed again on Tuesday about the city's budget.", "none"),
    ("Anyone who is fighting with their parents should read this book, she said.", "none"),
    # clashes of armed sides or crowds, or that harm: keep their category
    ("Soldiers clashed with rebels near the border on Tuesday.", "Armed clash"),
    ("Protesters clashed with police outside parliament after the vote.", "Violent demonstration"),
    ("Police officers clashed with a gunman who opened fire from a rooftop.", "Armed clash"),
    ("Militants fought with government troops for six hours in the town.", "Armed clash"),
]


@pytest.mark.parametrize("text,label", PROBES)
def test_probe(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# A second set, written after `acled._quarrel_of_persons` was, to see whether it holds on wordings it was not made from
# (labelled by the codebook before their first run; failures here are reported, not fitted).
PROBES_2 = [
    ("The finance minister has clashed with the central bank governor over interest rates.", "none"),
    ("Congressman Tom Reyes fought with the White House over the spending bill.", "none"),
    # (left failing, strict: no side is a named person, the rule's sign of a quarrel; "candidates" and kin nouns name
    # no PERSON entity)
    pytest.param("The two candidates clashed on Thursday night about taxes and health care.", "none",
                 marks=pytest.mark.xfail(strict=True, reason="no PERSON side")),
    ("The chairman clashed with shareholders at the company's annual meeting.", "none"),
    pytest.param("Her brother fought with their father over the family farm for a decade.", "none",
                 marks=pytest.mark.xfail(strict=True, reason="no PERSON side")),
    ("Government troops clashed with Islamist fighters on the outskirts of the city.", "Armed clash"),
    ("Students clashed with riot police who fired tear gas at the demonstration.", "Violent demonstration"),
    ("A farmer was stabbed to death when he fought with cattle thieves on his land.", "Attack"),
    ("Rival militias fought for control of the airport on Saturday.", "Armed clash"),
]


@pytest.mark.parametrize("text,label", PROBES_2)
def test_probe_2(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# Tolls and counts run over recent years or months (written before `OVER_A_PERIOD` read "in recent years", labelled
# by the codebook before their first run): ACLED codes each event on its own day and place, and a total "in recent
# years" tells none of them, as "over the past two years" already did not; one event "in a recent attack" is reported.
RECENT = [
    ("Hundreds of farmers have been killed in land disputes in recent years.", "none"),
    ("Dozens of reporters have been detained by the security services in recent months.", "none"),
    ("More than 40 aid workers were kidnapped in the region during recent years.", "none"),
    ("Gunmen killed four passengers in an attack on a bus on Sunday.", "Attack"),
    ("Police arrested 12 people in a recent raid on a warehouse in the port.", "Arrests"),
]


@pytest.mark.parametrize("text,label", RECENT)
def test_recent_period(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# A second set for "in recent years", written after the OVER_A_PERIOD change and labelled before its first run.
RECENT_2 = [
    ("Several opposition activists have been abducted in the capital in recent months.", "none"),
    ("At least 200 civilians were killed by landmines over recent decades, the report said.", "none"),
    ("Protesters have repeatedly clashed with police in the northern city in recent years.", "none"),
    ("Two soldiers were killed when rebels ambushed their convoy in a recent attack near the border.", "Armed clash"),
    ("Riot police dispersed a recent protest by teachers outside the ministry with tear gas.",
     "Protest with intervention"),
]


@pytest.mark.parametrize("text,label", RECENT_2)
def test_recent_period_2(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label
