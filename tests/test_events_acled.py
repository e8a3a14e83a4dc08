"""ACLED categories from PLOVER type, mode, code and actors (our own sentences)."""

import pytest

from newsgraph.events.acled import acled_for
from newsgraph.model import Event, Span


class FakeDoc:
    def __init__(self, sectors):
        self.sectors = sectors

    def entity(self, eid):
        from newsgraph.model import Actor, Entity

        return Entity(id=eid, name=eid, type="ORG", actor=Actor(code="XXX" + self.sectors[eid], country="XXX",
                                                                 sector=self.sectors[eid]))


def ev(type_, mode=None, trigger="x", source=(), target=(), cameo=None):
    return Event(id="e", type=type_, mode=mode, cameo=cameo, source=list(source), target=list(target),
                 trigger=Span(start=0, end=len(trigger), text=trigger))


DOC = FakeDoc({"army": "MIL", "rebels": "REB", "villagers": "CVL", "gov": "GOV"})


@pytest.mark.parametrize("event,expected", [
    (ev("ASSAULT", "aerial", "air strike"), ("Explosions/Remote violence", "Air/drone strike")),
    (ev("ASSAULT", "suicide-attack", "blew himself up"), ("Explosions/Remote violence", "Suicide bomb")),
    (ev("ASSAULT", None, "clashed", ["army"], ["rebels"]), ("Battles", "Armed clash")),
    (ev("ASSAULT", "firearms", "shot", ["rebels"], ["villagers"]), ("Violence against civilians", "Attack")),
    (ev("ASSAULT", "abduct", "kidnapped"), ("Violence against civilians", "Abduction/forced disappearance")),
    (ev("ASSAULT", None, "threw a grenade"), ("Explosions/Remote violence", "Grenade")),
    (ev("PROTEST", "demo", "marched"), ("Protests", "Peaceful protest")),
    (ev("PROTEST", "riot", "rioted"), ("Riots", "Violent demonstration")),
    (ev("ASSAULT", "crowd-control", "tear gas"), ("Protests", "Protest with intervention")),
    (ev("COERCE", "arrest", "arrested"), ("Strategic developments", "Arrests")),
    (ev("COERCE", "seize", "retook", ["army"]), ("Battles", "Government regains territory")),
    (ev("COERCE", "seize", "captured", ["rebels"]), ("Battles", "Non-state actor overtakes territory")),
    (ev("SUPPORT", None, "signed a ceasefire", cameo="057"), ("Strategic developments", "Agreement")),
    (ev("RETREAT", "withdraw", "withdrew"), ("Strategic developments", "Non-violent transfer of territory")),
])
def test_acled_categories(event, expected):
    got = acled_for(event, DOC)
    assert (got["event_type"], got["sub_event_type"]) == expected


def test_trade_agreement_is_no_acled_agreement():
    assert acled_for(ev("SUPPORT", None, "signed a trade agreement", ["gov"], ["gov"], cameo="057"), DOC) is None


def test_verbal_events_have_none():
    assert acled_for(ev("ACCUSE", "disapprove", "condemned"), DOC) is None
    assert acled_for(ev("CONSULT", None, "met"), DOC) is None
