"""Session 17 (s17-plover): an intent, rejection, demand or threat whose content is an act aimed at
a place (a protest, an attack, a deployment there) names that place's people as its recipient,
as it takes a target the content names (docs/events.md, "Session 17")."""

import pytest


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-06-02")
        return [(e.type, [doc.entity(i).actor.code if doc.entity(i).actor else None for i in e.source],
                 [doc.entity(i).name for i in e.target]) for e in doc.events]
    return run


@pytest.mark.parametrize("text, type_, target", [
    ("Leaders of the Kenyan opposition agreed to postpone the demonstration in Nairobi until next month.",
     "AGREE", "Nairobi"),
    ("The Kenyan opposition threatened to stage protests in Nairobi.", "THREATEN", "Nairobi"),
    ("The rebels threatened to attack military posts in Mali.", "THREATEN", "Mali"),
])
def test_the_content_aimed_at_a_place_gives_the_recipient(coded, text, type_, target):
    assert any(t == type_ and tgt == [target] for t, _, tgt in coded(text)), coded(text)


def test_a_meeting_place_is_no_recipient(coded):
    # talks are held somewhere, not aimed at it: CONSULT is no act on a place
    evs = coded("The Kenyan opposition and the government agreed to hold talks in Geneva.")
    assert evs and all("Geneva" not in tgt for _, _, tgt in evs)


def test_a_content_with_its_own_target_keeps_it(coded):
    evs = coded("The Kenyan opposition agreed to postpone the march against the government in Nairobi.")
    assert any(t == "AGREE" and tgt and "Nairobi" not in tgt for t, _, tgt in evs), evs
