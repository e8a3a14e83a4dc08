"""Tests for the events coder's survivors that session 15 left open (docs/testing.md, "Session 16,
s16-mut"). Each sentence is our own; each expectation is what a user sees: the event's type, trigger,
and the names of its source and target."""

from eventsutil import named_events


def _event(pipeline, text, trigger):
    """The events of `text` whose trigger is `trigger`."""
    return [e for e in named_events(pipeline, text) if e[1] == trigger]


# ---- _stranded_agent: a by-phrase naming no one may hold the passive's real agent below it ---------

def test_a_by_phrase_naming_no_one_does_not_hide_the_agent_below_it(pipeline):
    # the parser makes "by the roadside" the passive's agent and hangs "by Ugandan troops" on
    # "roadside" (was: no source; _stranded_agent 1, 6, 7, which read phrases other than by-phrases, showed it)
    text = "The convoy was ambushed by the roadside by Ugandan troops."
    assert _event(pipeline, text, "ambushed") == [("ASSAULT", "ambushed", ["Ugandan troops"], [])]
    text = "The protesters were beaten by the dozen by Ugandan police."
    assert _event(pipeline, text, "beaten")[0][2] == ["Ugandan police"]


def test_a_by_phrase_naming_someone_is_the_agent_still(pipeline):
    text = "The village was attacked by unknown gunmen."
    assert _event(pipeline, text, "attacked")[0][2] == ["unknown gunmen"]
    text = "The convoy was ambushed by the roadside."
    assert _event(pipeline, text, "ambushed") == [("ASSAULT", "ambushed", [], [])]

