"""Session 20, lead: a destruction's harm is read up to another doer's event, not the same doer's next act
(the merge of s20-acled's "torched homes and killed six people" rule with s18b-mut's "robbed traders and
police shot a suspect" test). Sentences are our own."""

import pytest
from eventsutil import placed

from newsgraph.events.acled import _other_triggers, acled_for


def test_other_doers_events_are_those_with_a_doer_of_their_own():
    ev = placed(105, 110, source=("gunmen",))
    same, none = placed(120, 126, source=("gunmen",)), placed(130, 134, source=())
    other = placed(140, 145, source=("police",))
    events = [ev, same, none, other]
    assert _other_triggers(ev, events) == [(20, 26), (30, 34), (40, 45)]
    assert _other_triggers(ev, events, by_others=True) == [(40, 45)]
    both = placed(105, 110, source=("gunmen", "bandits"))
    assert _other_triggers(both, [placed(120, 126, source=("bandits", "gunmen"))],
                           by_others=True) == []


@pytest.mark.parametrize("text,trigger,want", [
    ("Gunmen looted shops and police shot two men.", "looted", "Looting/property destruction"),
    ("Militiamen burned houses and soldiers shot a looter.", "burned houses", "Looting/property destruction"),
    ("Militiamen burned houses and shot a farmer.", "burned houses", "Attack"),
])
def test_harm_by_another_doer_leaves_the_destruction_property(pipeline, text, trigger, want):
    doc = pipeline.extract(text, name="t", published="2024-03-05")
    found = {e.trigger.text: (acled_for(e, doc) or {}).get("sub_event_type") for e in doc.events}
    assert found[trigger] == want
