"""Talks and discussions are negotiations (CAMEO 046: "'Holding talks' and 'discussions' are treated
as negotiations"), whatever verb opens them (session 7)."""

import pytest


@pytest.fixture(scope="module")
def extract():
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline(pipeline_options(None))
    return lambda text: pipe.extract(text, name="t", published="2020-06-01")


@pytest.mark.parametrize("text", [
    "Peru began talks with Chile on Monday.",
    "Peru opened peace talks with Chile on Monday.",
    "Peru started discussions with Chile on Monday.",
])
def test_talks_are_negotiations(extract, text):
    doc = extract(text)
    codes = {ev.cameo for ev in doc.events if ev.type == "CONSULT"}
    assert codes == {"046"}, [(ev.type, ev.cameo) for ev in doc.events]


def test_a_meeting_is_still_a_consultation(extract):
    doc = extract("Peru's president met Chile's president in Santiago.")
    assert {ev.cameo for ev in doc.events} == {"040"}


@pytest.mark.parametrize("text,code", [
    # the complement verb codes nothing of its own: the talks it goes back to are the appeal's content
    ("France urged Russia to return to negotiations on Monday.", "026"),
    ("Iran agreed to return to talks with Britain on Monday.", "036"),
])
def test_going_back_to_talks_is_what_the_appeal_or_intent_is_about(extract, text, code):
    doc = extract(text)
    heads = [ev.cameo for ev in doc.events if ev.type in ("REQUEST", "AGREE")]
    assert heads == [code], [(ev.type, ev.cameo) for ev in doc.events]
