"""Session 38 (s38-bbcev): events.stage._without_nameless_nouns and events.coder._quoted_self.

An event noun naming neither actor nor recipient in an object or adjunct slot ("failed to come to an
agreement", "a recipient of state aid") is no PLOVER record (manual, "Required entities"); one that is
its clause's subject ("Talks resumed"), one ACLED codes, one naming someone stay. "I"/"we" inside a direct
quotation are its speaker. Sentences written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, e.trigger.text, [names[i] for i in e.source], [names[i] for i in e.target]) for e in doc.events]


@pytest.mark.parametrize("text, noun", [
    ("The move came after the two sides failed to come to an agreement after months of talks.", "agreement"),
    ("The plant was built as part of a partnership agreement in 1998.", "agreement"),
    ("He spoke of plenty of criticism in the weeks ahead.", "criticism"),
    ("The drug will be considered for approval next year.", "approval"),
    ("The move could prompt criticism in the weeks ahead.", "criticism"),
])
def test_a_nameless_noun_outside_the_subject_is_dropped(pipeline, text, noun):
    assert not [e for e in _events(pipeline, text) if e[1].lower().endswith(noun)]


def test_the_verb_of_the_same_sentence_stays(pipeline):
    got = _events(pipeline, "The move came after the two sides failed to come to an agreement after months of talks.")
    assert [e[1] for e in got] == ["come"]


@pytest.mark.parametrize("text, noun", [
    ("Talks resumed in Geneva on Monday.", "Talks"),                                  # the clause's subject
    ("Fresh talks in Geneva.", "talks"),                                              # a verbless sentence's root
    ("Police are investigating a shooting in the north of the city.", "shooting"),    # ACLED codes it
    ("Voters rejected the agreement between Ukraine and Poland.", "agreement"),       # names someone
    ("He spoke of Polish criticism of the plan.", "criticism"),                       # names someone
    ("The bank has been named as a recipient of state aid.", "aid"),                  # a material act
    ("Kenyan soldiers were near the bombing.", "bombing"),                           # a material act
])
def test_a_subject_an_acled_event_or_a_named_noun_stays(pipeline, text, noun):
    assert [e for e in _events(pipeline, text) if e[1].endswith(noun)]


def test_an_event_after_a_dropped_noun_stays(pipeline):
    got = _events(pipeline, "The plant was built as part of a partnership agreement. Chile condemned Peru on Friday.")
    assert [e[1] for e in got] == ["condemned"]


def test_an_uncoded_speaker_is_the_first_person_too(pipeline):
    got = _events(pipeline, 'Ms Kowalska said: "I have asked the Hungarian prime minister to resign."')
    (ev,) = [e for e in got if e[1].startswith("asked")]
    assert ev[2] == ["Kowalska"]


def test_first_person_outside_a_quotation_is_not_the_speaker(pipeline):
    # no quotation marks: "I" is the writer's (a reader's letter), no one the text names
    got = _events(pipeline, "I have asked the Hungarian prime minister to resign, wrote a reader from Pecs.")
    assert all(e[2] == [] for e in got if e[1].startswith("asked"))


def test_first_person_in_a_reported_clause_is_not_the_speaker(pipeline):
    # an indirect quotation's "I" is the writer's: "said I had criticised" tells what the writer did
    got = _events(pipeline, "Anders Lund, a Danish diplomat, said I had criticised Norway unfairly.")
    assert [e[2] for e in got if e[1] == "criticised"] == [[]]


def test_first_person_in_a_partial_quotation_is_its_speaker(pipeline):
    got = _events(pipeline, 'The Chilean minister said that "I have asked Peru to explain the raid".')
    assert [e[2] for e in got if e[1] == "asked"] == [["Chilean minister"]]


def test_only_the_quotation_s_own_words_are_its_speaker_s(pipeline):
    # a first quotation with no speaker the text names is passed over; the "I" before the second one is not its
    got = _events(pipeline, 'I asked the Polish envoy to leave, a reader wrote. '
                            '"I have asked Russia to withdraw," the Estonian minister said.')
    assert [e[2] for e in got if e[1] == "asked"] == [[], ["Estonian minister"]]
