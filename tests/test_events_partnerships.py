"""A partnership between states is a relation: suspending, freezing, ending or breaking one is CAMEO 16x,
restoring one 050 (session 12, lead). Sentences written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.cameo, e.type, [doc.entity(i).actor.code for i in e.source], [doc.entity(i).actor.code for i in e.target])
            for e in doc.events]


@pytest.mark.parametrize("text, cameo", [
    ("The European Union suspended its strategic partnership with Azerbaijan on Saturday.", "161"),
    ("Canada halted its partnership with Azerbaijan.", "161"),
    ("Canada downgraded its partnership with Azerbaijan.", "161"),
    ("Canada froze its partnership with Azerbaijan.", "160"),
])
def test_a_partnership_suspended(pipeline, text, cameo):
    events = _events(pipeline, text)
    assert (cameo, "SANCTION") in [(c, t) for c, t, _, _ in events]
    assert any(t == ["AZE"] for c, _, _, t in events if c == cameo)


def test_a_partnership_restored(pipeline):
    events = _events(pipeline, "Canada restored its partnership with Azerbaijan.")
    assert [(c, t) for c, t, _, _ in events] == [("050", "SUPPORT")]


def test_a_partnership_signed_is_no_sanction(pipeline):
    assert all(t != "SANCTION" for _, t, _, _ in _events(pipeline, "Canada signed a partnership with Azerbaijan."))
