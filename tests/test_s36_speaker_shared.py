"""Session 36 (s36-polspk): the speaker of a verb of saying that has no subject of its own.

Two general constructions, own wordings (written before their first run): a verb coordinated with
earlier verbs of the same clause ("X toured the town, met owners and warned that ...") shares their
subject; a free participial adjunct set off by a comma ("X spoke in Akron, warning that ...") is the
act of the clause's subject, not of a noun nearer to it (an object, a place, a time)."""

import pytest


def speaker_at(doc, cue):
    """(source text, speaker entity name or None) of the attribution whose cue is `cue`."""
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue]
    assert found, [(a.cue.text if a.cue else None, a.source.text if a.source else None) for a in doc.attributions]
    a = found[-1]
    ent = doc.entity(a.speaker) if a.speaker else None
    return (a.source.text if a.source else None, ent.name if ent else None)


COORDINATED = [
    ("Laura Pike visited the clinic on Tuesday, thanked the nurses and warned that the budget would be cut.",
     "warned", "Laura Pike"),
    ("Senator Mark Ellison left the hearing early and later insisted that he had done nothing wrong.",
     "insisted", "Mark Ellison"),
    ("The union leaders rejected the offer, walked out of the talks and accused the company of bad faith.",
     "accused", "The union leaders"),
    ("Anna Kessler spoke for twenty minutes, listed her achievements and claimed that crime had fallen.",
     "claimed", "Anna Kessler"),
    ("Robert Lind, who chairs the committee, read a short statement and denied that he had met the lobbyists.",
     "denied", "Robert Lind"),
    ("The board of governors met on Friday, approved the budget and announced that fees would rise.",
     "announced", "The board of governors"),
    ("Helen Ross shrugged off the question, smiled at the cameras and said the campaign was going well.",
     "said", "Helen Ross"),
    ("Jorge Alvarez, the finance minister, returned from Brussels on Sunday but argued that a deal was still far off.",
     "argued", "Jorge Alvarez"),
]

PARTICIPLE = [
    ("Laura Pike spoke at a rally in Akron on Saturday, warning that the plant could close.", "warning", "Laura Pike"),
    ("Mark Ellison signed the order on Monday, arguing that the state could not wait any longer.", "arguing",
     "Mark Ellison"),
    ("The protesters marched to city hall, accusing the mayor of ignoring them.", "accusing", "The protesters"),
    ("Anna Kessler answered questions for an hour, insisting that her plan would cut taxes.", "insisting",
     "Anna Kessler"),
    ("Robert Lind met the families of the victims, telling them that the inquiry would be fair.", "telling",
     "Robert Lind"),
    ("Helen Ross criticized the ruling in a short interview, saying it would hurt small farmers.", "saying",
     "Helen Ross"),
    ("Tom Brandt ended the meeting abruptly, claiming that the vote had been rigged.", "claiming", "Tom Brandt"),
    ("Jorge Alvarez pushed back against his critics on Thursday, describing their charges as baseless.",
     "describing", "Jorge Alvarez"),
]


def _right(got, want):
    source, name = got
    return name == want or (source is not None and source == want)


@pytest.mark.parametrize("text, cue, want", COORDINATED)
def test_a_coordinated_verb_shares_the_clause_subject(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


@pytest.mark.parametrize("text, cue, want", PARTICIPLE)
def test_a_participle_after_a_comma_is_the_subject_s_act(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got
