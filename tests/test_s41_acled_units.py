"""Session 41 (s41-acled): `acled._quarrel_of_persons` on events built by hand (sentences written for these tests; none
is in any gold file): a clash or fight with a person on one side, no armed side, no arms, no crowd and no one harmed
is a quarrel, no ACLED event; anything armed, crowded or harmful keeps the fight's category."""

from test_events_acled_notes import Doc, ev, sub

from newsgraph.events import acled

DOC = Doc(a=("Jane Hale", "PERSON", "GOV", "USA"), b=("John Roe", "PERSON", "LEG", "USA"),
          p=("Labour", "ORG", "PTY", "GBR"), q=("Tories", "ORG", "PTY", "GBR"),
          c=("Colonel Diaz", "PERSON", "MIL", "USA"), g=("Bo Tan", "PERSON", "REB", None))


def quarrel(s, trig="clashed", source=("a",), target=("b",), mode=None):
    e = ev("ASSAULT", mode, trig, s, source=source, target=target)
    return acled._quarrel_of_persons(e, DOC, s, trig, acled._Sides(e, DOC))


def test_a_quarrel_of_persons_is_no_acled_event():
    for s, trig in (("Jane Hale clashed with John Roe over the budget.", "clashed"),
                    ("Jane Hale fought with John Roe for years.", "fought"),
                    ("Jane Hale is fighting with John Roe again.", "fighting"),
                    ("Jane Hale clashes with John Roe often.", "clashes")):
        assert quarrel(s, trig), s
        assert sub(ev("ASSAULT", None, trig, s, source=("a",), target=("b",)), DOC) is None, s
    # told from either side: a party against a person, a person with no target found
    s = "Labour clashed with Jane Hale over the budget."
    assert quarrel(s, source=("p",), target=("a",)) and quarrel(s, source=("a",), target=())
    assert sub(ev("ASSAULT", None, "clashed", s, source=("p",), target=("a",)), DOC) is None


def test_no_person_or_another_verb_is_no_quarrel():
    s = "Labour clashed with the Tories over the budget."
    assert not quarrel(s, source=("p",), target=("q",))
    assert sub(ev("ASSAULT", None, "clashed", s, source=("p",), target=("q",)), DOC) == "Armed clash"
    # (session 46: one side found is enough, so a person as the only side found is a quarrel;
    # tests/test_s46_acled_units.py)
    assert quarrel("Jane Hale clashed with John Roe.", source=(), target=("b",))
    for trig in ("firefight", "battled", "exchanged"):
        assert not quarrel(f"Jane Hale {trig} with John Roe.", trig), trig


def test_an_armed_side_a_crowd_arms_or_harm_keep_the_fight():
    s = "Colonel Diaz clashed with John Roe over the budget."
    assert not quarrel(s, source=("c",), target=("b",)) and not quarrel(s, source=("b",), target=("c",))
    assert not quarrel("Bo Tan clashed with John Roe.", source=("g",), target=("b",))
    for s in ("Jane Hale clashed with soldiers at the gate.", "Jane Hale clashed with rebels near the town.",
              "Jane Hale clashed with rioters in the square.", "Jane Hale clashed with a mob outside.", "Jane Hale clashed with vigilantes.",
              "Jane Hale clashed with villagers in the market.", "Jane Hale clashed with John Roe at a rally.",
              "Jane Hale clashed with John Roe, who was injured.", "Jane Hale clashed with John Roe, who died.",
              "Jane Hale clashed with John Roe and threw a grenade."):
        assert not quarrel(s), s
    s = "Jane Hale clashed with John Roe."
    assert not quarrel(s, mode="explosives")  # a weapon the stage read from the words


def test_a_toll_over_recent_years_or_months_is_referred_to():
    for s, trig in (("Hundreds of farmers have been killed in land disputes in recent years.", "killed"),
                    ("Scores were detained over recent months.", "detained"),
                    ("Forty people were kidnapped during the recent decades of unrest.", "kidnapped"),
                    ("Ten men were shot in recent years.", "shot")):
        assert acled.referred_to(ev("ASSAULT", None, trig, s)), s
    # one recent event, or a few recent weeks, are still the report of it
    for s, trig in (("Gunmen killed four people in a recent attack.", "killed"),
                    ("Ten men were shot in recent weeks.", "shot"),
                    ("Ten men were shot in the recent clashes.", "shot")):
        assert not acled.referred_to(ev("ASSAULT", None, trig, s)), s
