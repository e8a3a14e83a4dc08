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
    ("She was beaten with a metal pipe and left on the pavement.", "Attack"),
    ("Police said he was stabbed several times during an argument at a party.", "Attack"),
    ("They were executed by the militia in the village square.", "Attack"),
    ("Masked men dragged him from his car and beat him.", "Attack"),
    ("We were shot at from a rooftop as we crossed the bridge.", "Attack"),
    # no harm to anyone: a film, a golf score, a photo shoot
    ("He shot a short film about his grandmother last year.", "none"),
    ("She shot 68 in the final round to win the tournament.", "none"),
    ("They were shot for the cover of the magazine in a Paris studio.", "none"),
]

PROBES_B = [
    ("Three men detained at the checkpoint were questioned for several hours.", "Arrests"),
    ("The 40 migrants arrested in the raid were handed to immigration officials.", "Arrests"),
    ("Two escapees captured in the hills were returned to prison.", "Arrests"),
    ("The inmates, who had fled on Monday, were caught on Wednesday and taken back to jail.", "Arrests"),
    ("Four men were captured at a farmhouse and taken to the county jail.", "Arrests"),
    ("The warehouse had been broken into and looted overnight.", "Looting/property destruction"),
    ("Dozens of shops were looted during the night.", "Looting/property destruction"),
    ("The suspects, a father and his two sons, were captured on Friday near the state line.", "Arrests"),
]


@pytest.mark.parametrize("text,label", PROBES_A + PROBES_B)
def test_probe(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label
