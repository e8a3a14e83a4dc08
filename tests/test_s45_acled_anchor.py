"""Session 45 (s45-acled): an event from which years or decades are counted ("Ten years after the bombing of the
station, survivors laid wreaths") is named as a point in time, as after "since" or "anniversary of": the report's
event is the commemoration, no ACLED event of its own (events/acled.py ANCHORED). Sentences written for these tests
(none is in a gold file)."""

import pytest
from eventsutil import acled_predicted, event

from newsgraph.events.acled import ANCHORED, referred_to


@pytest.mark.parametrize("before", [
    "Ten years after the ", "A year after the ", "Two decades after the ", "Twenty years on from the ",
    "Years after the ", "Decades after Moscow's ",
])
def test_years_or_decades_counted_from_an_event_anchor_it(before):
    assert ANCHORED.search(before)


@pytest.mark.parametrize("before", [
    "Two days after the ",        # a recent event may still be the report's own
    "Hours after the ",
    "Ten years of ",              # a span, not a time counted from an event (SUMMED_UP's business)
    "Ten years earlier, ",
    "Police said the ",
])
def test_other_times_do_not_anchor(before):
    assert not ANCHORED.search(before)


def test_referred_to_reads_the_years_counted_from_the_event():
    assert referred_to(event("Five years after the massacre, relatives unveiled a plaque in the village square.",
                             "massacre", cameo="190"))
    assert not referred_to(event("Five days after the massacre, relatives buried the dead in the village square.",
                                 "massacre", cameo="190"))




@pytest.mark.parametrize("text,want", [
    ("Twenty years after the bombing of the embassy, diplomats laid flowers at its gates on Monday.", "none"),
    ("A decade after the massacre in the market, the town's mayor opened a museum on Sunday.", "none"),
    # the report's own act keeps its category beside the anchor
    ("Ten years after the siege of the town, gunmen attacked a bus outside it on Monday, killing four.", "Attack"),
    # a recent anchor named alone is still ranked, as before
    ("Two days after the bombing of the embassy, diplomats laid flowers at its gates on Monday.",
     "Remote explosive/landmine/IED"),
])
def test_snippets(pipeline, text, want):
    assert acled_predicted(pipeline, text, "2024-03-05") == want
