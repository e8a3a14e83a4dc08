"""Session 27 (s27-speaker): who speaks, resolved to an entity, on short passages of our own.

A named person later called "he"/"she"/"the minister", an organisation later "the company"/"it", an
institution speaking, and unnamed sources ("a person familiar with the matter") that must stay anonymous.
The last tests pin s27's fix: an abbreviated title before a name ("Sen.", "Gov.", "Rep.") is that person's
role, so a later "the senator"/"the governor" is the same person."""

import pytest


def speakers(doc):
    """(cue, source text, speaker entity name or None) of every attribution, in text order."""
    out = []
    for a in doc.attributions:
        ent = doc.entity(a.speaker) if a.speaker else None
        out.append((a.cue.text if a.cue else None, a.source.text if a.source else None, ent.name if ent else None))
    return out


def last_speaker(doc, cue):
    found = [s for s in speakers(doc) if s[0] == cue]
    assert found, speakers(doc)
    return found[-1][1:]


# --- pronouns -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, want", [
    ('Senator Mark Ellison visited the factory on Monday. "We will keep these jobs here," he said.', "said",
     ("he", "Mark Ellison")),
    ("Governor Laura Pike toured the flooded towns on Tuesday. She said the state would pay for the repairs.", "said",
     ("She", "Laura Pike")),
    ("Tom Brandt, the mayor of Dover, opened the new bridge. The crowd was small. He said the city had waited "
     "ten years for it.", "said", ("He", "Tom Brandt")),
    ("Mark Ellison won the primary on Tuesday.\n\nHe told supporters in Columbus that the fight had just begun.",
     "told", ("He", "Mark Ellison")),
    ("Helen Ross arrived late. She apologised to the hosts. Later she said the flight had been delayed.", "said",
     ("she", "Helen Ross")),
])
def test_pronoun_speaker_is_the_person_named_before(pipeline, text, cue, want):
    assert last_speaker(pipeline.extract(text), cue) == want


def test_each_speaker_of_a_dialogue_keeps_their_own_pronoun(pipeline):
    doc = pipeline.extract('Robert Lind spoke first. "Taxes must fall," he said. Anna Kessler disagreed. '
                           '"They must rise," she said.')
    assert [s[2] for s in speakers(doc) if s[0] == "said"] == ["Robert Lind", "Anna Kessler"]


# --- nominals and institutions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, want", [
    ("Foreign Minister Karl Weiss arrived in Cairo on Sunday. The minister told reporters that a deal was close.",
     "told", ("The minister", "Karl Weiss")),
    ("Governor Laura Pike signed the bill. The law takes effect in May, said the governor.", "said",
     ("the governor", "Laura Pike")),
    ("President Joe Biden met the union leaders on Monday. Wages must rise, the president said.", "said",
     ("the president", "Joe Biden")),
    ("Mark Ellison, a Treasury official, briefed reporters. The deficit will shrink next year, according to the "
     "official.", "according to", ("the official", "Mark Ellison")),
    ("Boeing delivered fewer planes in March. The company said supply problems had slowed production.", "said",
     ("The company", "Boeing")),
    ("Boeing delivered fewer planes in March. It said supply problems had slowed production.", "said",
     ("It", "Boeing")),
    ("The State Department said on Friday that the embassy would reopen next week.", "said",
     ("The State Department", "State Department")),
])
def test_nominal_and_institution_speakers(pipeline, text, cue, want):
    assert last_speaker(pipeline.extract(text), cue) == want


# --- anonymous sources stay anonymous ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Talks between the two companies resumed on Monday, a person familiar with the matter said.", "said",
     "a person familiar with the matter"),
    ("The deal could be signed this week, according to people familiar with the talks.", "according to",
     "people familiar with the talks"),
    ("Officials said the bridge would stay closed until June.", "said", "Officials"),
])
def test_unnamed_sources_get_no_entity(pipeline, text, cue, source):
    assert last_speaker(pipeline.extract(text), cue) == (source, None)


# --- abbreviated titles (s27's fix) ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, want", [
    ("Sen. Maria Olsen of Oregon criticised the plan on Monday. The senator said it would raise costs for farmers.",
     "said", ("The senator", "Maria Olsen")),
    ('Sen. Maria Olsen criticised the plan on Monday. "It will hurt farmers," the senator said.', "said",
     ("the senator", "Maria Olsen")),
    ("Gov. Laura Pike signed the bill. The governor said it would take effect in May.", "said",
     ("The governor", "Laura Pike")),
    ("Rep. Tom Hale voted against the bill. The representative said it had been written in a hurry.", "said",
     ("The representative", "Tom Hale")),
])
def test_abbreviated_title_before_a_name_is_the_later_role_noun(pipeline, text, cue, want):
    assert last_speaker(pipeline.extract(text), cue) == want


def test_abbreviated_title_joins_only_its_own_role(pipeline):
    # "the governor" after "Sen. Maria Olsen" is someone else: the title says senator, not governor
    doc = pipeline.extract("Sen. Maria Olsen criticised the plan on Monday. The governor said it would raise costs.")
    assert last_speaker(doc, "said") == ("The governor", "governor")
