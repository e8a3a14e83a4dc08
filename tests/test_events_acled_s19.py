"""ACLED sub-event types, session 19 (s19-acled): general gaps found by coding short news-style sentences
written for this session (/tmp only; none is in a gold file), one per ACLED sub-event type and wording."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # "protest and arrested": a protest is background only to a noun phrase after it ("protest the
    # arrests"), not to the next verb of the clause; the case-blind name pattern took any word for a name
    ("Security forces broke up a student protest and arrested 25 people.", "Protest with intervention"),
    ("Police stopped the march and detained its organisers.", "Protest with intervention"),
    # ... a protest over an arrest is still the protest (the arrest its grievance)
    ("Hundreds of students marched to protest the arrest of their union leader.", "Peaceful protest"),
    ("Villagers protested over the Governor's arrest on Monday.", "Peaceful protest"),
])
def test_background_names_are_capitalised(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a passive's resultative adjective completes the verb as the active's does ("shot dead a lawyer"):
    # the parser makes it an object predicate (oprd), which the lexicon's particle condition now reads
    ("A prominent lawyer was shot dead outside his office.", "Attack"),
    ("Two soldiers were shot dead by militants at a checkpoint.", "Armed clash"),
    # ... no resultative, no shooting of someone
    ("The film was shot in the desert last year.", "none"),
])
def test_passive_resultative(snippet, text, want):
    assert snippet(text) == want
