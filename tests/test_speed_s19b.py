"""Session 19 (s19b-speed): CAMEO.2.0 matches the events stage no longer makes, because their result
could not change what it outputs (coder._refinable). The tests check that the match is skipped where
it cannot matter, still made where it can, and that the events come out as the slow path (every
match made) gives them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events import coder


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.type, e.cameo, e.mode, tuple(e.source), tuple(e.target), e.trigger.text) for e in doc.events]


def test_no_refining_match_without_a_pattern_that_could_fit(pipeline, cameo_matches):
    """"criticised": no CAMEO.2.0 pattern of the verb with ACCUSE's type has its words in the
    sentence, so the lexicon's sense stands without matching the patterns."""
    assert _events(pipeline, "Russia criticised Ukraine over the attack.")[0][:2] == ("ACCUSE", "111")
    assert "criticised" not in cameo_matches


def test_a_pattern_that_could_fit_is_still_matched(pipeline, cameo_matches):
    """"cut diplomatic ties": a pattern of CUT with DIPLOMATIC TIES may refine the sense (our 162 to its 161, break
    diplomatic relations), so the match is made and gives its code. ("closed the border", this test's sentence until
    session 32, needs no match now: CAMEO.2.0 lists `* BORDER` twice, 172 then 191, PETRARCH2 keeps the last, and 191
    is our lexicon's own code, so no pattern could change it.)"""
    assert ("SANCTION", "161") in [e[:2] for e in _events(pipeline, "India cut diplomatic ties with Pakistan.")]
    assert "cut" in cameo_matches


@pytest.mark.parametrize("text", [
    "Russia criticised Ukraine over the attack.",
    "France closed the border with Spain on Monday.",
    "China accused Japan of provoking a crisis.",
    "The army arrested two opposition leaders in the capital.",
    "Germany sent troops to the border with Poland.",
    "Iran threatened to block the strait, and Oman urged restraint.",
    "Police fired tear gas at protesters who had blocked the main road.",
    "Kenya expelled the Somali ambassador and suspended flights to Mogadishu.",
])
def test_events_as_the_slow_path_gives_them(pipeline, monkeypatch, text):
    fast = _events(pipeline, text)
    monkeypatch.setattr(coder, "_refinable", lambda *a: True)  # every verb's patterns matched
    assert _events(pipeline, text) == fast
