"""An act of speech after a reported clause is the speaker's (nlp.speakers_next_acts), so its event
has the speaker as source, not the reported clause's subject."""

from eventsutil import named_events


def test_the_speakers_appeal_after_a_reported_clause(pipeline):
    events = named_events(pipeline, "Foreign ministry spokesperson Mao Ning said the United States had "
                                    "violated its commitments and urged Washington to stop arming Taiwan.")
    urged = [e for e in events if e[1] == "urged"]
    assert urged and urged[0][0] == "REQUEST" and urged[0][2] == ["Mao Ning"]


def test_the_speakers_vow_after_a_reported_attack(pipeline):
    events = named_events(pipeline, "Pakistan said the strikes killed 26 civilians and vowed to respond.")
    vowed = [e for e in events if e[1] == "vowed"]
    assert vowed and vowed[0][2] == ["Pakistan"]
    killed = [e for e in events if e[1] == "killed"]
    assert killed and killed[0][2] == []  # the strikes' side is not named
