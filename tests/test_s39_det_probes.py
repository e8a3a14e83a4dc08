"""Session 39 (s39-det): own probe sentences for events the stage missed on gold/acled_unfitted.jsonl's STUDY half,
written and labelled by ACLED's codebook before their first run (none is in any gold file). Class A: a violent act
whose victim is a personal pronoun (PLOVER codes ASSAULT whoever the target is; a pronoun names a person). Class B:
people taken into custody told in the passive or as a participle on the noun ("the men captured in the hills").
The last probes of class A are acts with no victim at all or no harm, which must stay none."""

import pytest

from newsgraph.evaluate import acled as ev_acled

PROBES_A = [
    ("He was shot twice in the stomach as he walked home from work.", "Attack"),
    ("She was shot in the leg outside her apartment late Saturday.", "Attack"),
    ("They were shot by a masked man who fled on foot.", "Attack"),
    ("A gunman walked up to the car and shot him through the window.", "Attack"),
    ("Witnesses said the robber shot her before running off with the cash.", "Attack"),
    # (left failing, strict: "beat" has no sense for a pronoun, people being beaten in contests too)
    pytest.param("She was beaten with a metal pipe and left on the pavement.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="beat takes no pronoun victim")),
    ("Police said he was stabbed several times during an argument at a party.", "Attack"),
    ("They were executed by the militia in the village square.", "Attack"),
    pytest.param("Masked men dragged him from his car and beat him.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="beat takes no pronoun victim")),
    ("We were shot at from a rooftop as we crossed the bridge.", "Attack"),
    # no harm to anyone: a film, a golf score, a photo shoot
    ("He shot a short film about his grandmother last year.", "none"),
    ("She shot 68 in the final round to win the tournament.", "none"),
    # (left failing, strict: a photo shoot of people reads as shooting them once a pronoun is a victim)
    pytest.param("They were shot for the cover of the magazine in a Paris studio.", "none",
                 marks=pytest.mark.xfail(strict=True, reason="a photo shoot of a pronoun")),
]

PROBES_B = [
    ("Three men detained at the checkpoint were questioned for several hours.", "Arrests"),
    ("The 40 migrants arrested in the raid were handed to immigration officials.", "Arrests"),
    # (left failing, strict: class B was not taken up; an escapee captured reads as ground taken)
    pytest.param("Two escapees captured in the hills were returned to prison.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="capture of escapees read as territory")),
    pytest.param("The inmates, who had fled on Monday, were caught on Wednesday and taken back to jail.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="'caught' codes no capture")),
    ("Four men were captured at a farmhouse and taken to the county jail.", "Arrests"),
    ("The warehouse had been broken into and looted overnight.", "Looting/property destruction"),
    ("Dozens of shops were looted during the night.", "Looting/property destruction"),
    ("The suspects, a father and his two sons, were captured on Friday near the state line.", "Arrests"),
]


@pytest.mark.parametrize("text,label", PROBES_A + PROBES_B)
def test_probe(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# A second set, written after the pronoun rule (coder._on_a_person / _person_pronoun) and labelled by the codebook
# before its first run, to see whether the rule holds on wordings it was not made from. Failures are reported, not
# fitted.
PROBES_2 = [
    ("Deputies said she was shot as she sat in her parked car.", "Attack"),
    # (left failing, strict: the pronoun is "found"'s object, the participle has none of its own)
    pytest.param("A passer-by found him shot in an alley behind the store.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="a pronoun object of the finding verb")),
    ("Someone shot them from a passing van.", "Attack"),
    ("I was shot in the shoulder during the robbery, the clerk said.", "Attack"),
    ("He was assassinated outside his home in 1994.", "Attack"),
    ("Gunmen abducted her on her way to school.", "Abduction/forced disappearance"),
    ("Officers arrested him at the airport on Tuesday.", "Arrests"),
    ("They were wounded when a man opened fire outside the club.", "Attack"),
    ("The militants executed them in front of the villagers.", "Attack"),
    ("She was kidnapped outside her office and held for a week.", "Abduction/forced disappearance"),
    # no harm: a film's scenes, a title race, a message, a plan carried out
    ("The director shot her scenes in a single afternoon.", "none"),
    ("The team fought them for the title until the final day.", "none"),
    ("He shot them a message on social media.", "none"),
    ("The committee executed it without delay.", "none"),
]


@pytest.mark.parametrize("text,label", PROBES_2)
def test_probe_2(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label
