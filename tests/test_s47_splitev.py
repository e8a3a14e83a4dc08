"""Session 47 (s47-splitev): tests for the short functions `code_events` was split into, through the
pipeline's events (docs/testing.md, Session 47, s47-splitev). Own sentences, invented places."""

import pytest


def _events(pipeline, text):
    return pipeline.extract(text, name="t", published="2009-03-25").events


@pytest.mark.parametrize("text, flags", [
    # events.stage._trigger_types: an accusation's content is alleged, but an attack condemned happened (the
    # condemning sense is ACCUSE with the "disapprove" mode, whose trigger type lends no content flag)
    ("Rohan accused Gondor of attacking the town of Edoras.", ["alleged"]),
    ("Rohan condemned Gondor for attacking the town of Edoras.", []),
])
def test_an_accused_attack_is_alleged_and_a_condemned_one_happened(pipeline, text, flags):
    assaults = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert [e.flags for e in assaults] == [flags]
