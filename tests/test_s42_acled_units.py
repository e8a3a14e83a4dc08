"""Session 42 (s42-acled): `acled._blown_up` on events built by hand (sentences written for these tests; none is in any
gold file): a destruction told by "blow up" is an explosive's (Remote explosive/landmine/IED), not looting or property
destruction; another destroying verb, another mode or "blow" without "up" keeps its category."""

from test_events_acled_notes import ev, sub

from newsgraph.events import acled


def test_blown_up_property_is_a_remote_explosive():
    for s, trig in (("Rebels blew up a railway bridge in the east.", "blew"),
                    ("Militants blow up pipelines every month.", "blow"),
                    ("The fighters were blowing up power lines.", "blowing"),
                    ("The bridge was blown up by retreating troops.", "blown"),
                    ("The militia blows up a depot.", "blows"),
                    ("Rebels blew up a railway bridge in the east.", "blew up")):
        e = ev("ASSAULT", "destroy", trig, s)
        assert acled._blown_up(e, s, trig), s
        assert sub(e) == "Remote explosive/landmine/IED", s


def test_other_destruction_or_modes_keep_their_category():
    s = "Rebels burned down a police post in the east."
    assert not acled._blown_up(ev("ASSAULT", "destroy", "burned", s), s, "burned")
    assert sub(ev("ASSAULT", "destroy", "burned", s)) == "Looting/property destruction"
    s = "Rebels blew the doors off a police post."  # "blow" with no "up"
    assert not acled._blown_up(ev("ASSAULT", "destroy", "blew", s), s, "blew")
    s = "Rebels blew up a railway bridge."
    assert not acled._blown_up(ev("ASSAULT", None, "blew", s), s, "blew")  # only the destroying sense
    s = "Rebels upblew a bridge."  # the word itself, not a word ending in it
    assert not acled._blown_up(ev("ASSAULT", "destroy", "upblew", s), s, "upblew")
    s = "Rebels blew upward a bridge."
    assert not acled._blown_up(ev("ASSAULT", "destroy", "blew", s), s, "blew")
    assert acled._blown_up(ev("ASSAULT", "destroy", "BLEW", "Rebels BLEW UP a bridge."), "Rebels BLEW UP a bridge.",
                           "BLEW")
