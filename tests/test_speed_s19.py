"""Session 19 (s19-speed): work the stages no longer do, because its result could not change what
they output. Each test checks that the work is skipped where it cannot matter and still done where
it can (the output itself is pinned by the events, attribution and places test files). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events import coder


@pytest.fixture
def cameo_matches(monkeypatch, pipeline):
    """The verbs coder.cameo_sense matched against the built-in CAMEO.2.0 patterns."""
    seen: list[str] = []
    real = coder.match_verb

    def counting(vd, tok, is_actor, complements=True):
        seen.append(tok.lower_)
        return real(vd, tok, is_actor, complements)

    monkeypatch.setattr(coder, "match_verb", counting)
    return seen


@pytest.mark.parametrize("text, verb", [
    ("Shell bought Exxon last year.", "bought"),  # firms: no political actor does it
    ("The crowd jeered loudly at the referee.", "jeered"),  # no actor at all
    ("Venezuela was jeered by the crowd.", "jeered"),  # a passive: its agent does it, not its subject
])
def test_no_cameo_match_without_a_political_doer(pipeline, cameo_matches, text, verb):
    """cameo_sense codes a verb only between political actors (_two_sided); with none doing it, the
    verb's patterns are not matched at all (a third of the events stage's time on BBC news)."""
    pipeline.extract(text, published="2026-03-04")
    assert verb not in cameo_matches


@pytest.mark.parametrize("text, verb, cameo", [
    ("Venezuela jeered Colombia at the summit.", "jeered", "111"),
    ("Colombia was jeered by Venezuela at the summit.", "jeered", None),
])
def test_a_political_doer_still_gets_its_match(pipeline, cameo_matches, text, verb, cameo):
    doc = pipeline.extract(text, published="2026-03-04")
    assert verb in cameo_matches
    if cameo:
        assert cameo in [e.cameo for e in doc.events]
