"""Session 18 (s18-plover): an event naming no one, neither actor nor recipient, in a sentence whose
news names someone is that news's setting, purpose or detail, not a record of its own (PLOVER
manual, "Required entities"; events/stage.py `_without_anonymous_details`) when it is told in a
subordinate clause. A sentence naming no one keeps its event, and so does an event in the named
act's own clause (what the act works on)."""

import pytest


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-06-02")
        return [(e.type, [doc.entity(i).name for i in e.source], [doc.entity(i).name for i in e.target])
                for e in doc.events]
    return run


def test_a_purpose_naming_no_one_beside_a_named_act_is_no_event(coded):
    evs = coded("Kenya hosted the Ugandan president for a visit aimed at establishing closer economic relations.")
    assert any(t == "CONSULT" for t, _, _ in evs), evs
    assert all(src or tgt for _, src, tgt in evs), evs


def test_a_sentence_naming_no_one_keeps_its_event(coded):
    assert [t for t, _, _ in coded("A bomb exploded in a crowded market on Tuesday.")] == ["ASSAULT"]


def test_each_sentence_is_judged_on_its_own(coded):
    # the second sentence's blast names no one, and no act of its own sentence does: kept
    evs = coded("Kenyan police detained two journalists. A bomb exploded in a crowded market on Tuesday.")
    assert [t for t, _, _ in evs] == ["COERCE", "ASSAULT"], evs


def test_an_event_the_named_act_works_on_is_kept(coded):
    evs = coded("Kenyan police are investigating a shooting in Nairobi.")
    assert [t for t, _, _ in evs] == ["ACCUSE", "ASSAULT"], evs
