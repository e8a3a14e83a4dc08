"""Session 46 (s46-acled): `acled._quarrel_of_persons` widened (sentences written for these tests; none is in any gold
file). A firm (business or multinational sector) is a non-combatant side as a person is, and one side found is
enough: a clash or fight with a firm or a person whose doer the actors stage could not name, with nothing armed,
crowded or harmful in the sentence, is a quarrel, no ACLED event (the codebook's battle needs two organised armed
groups)."""

from test_events_acled_notes import Doc, ev, sub

from newsgraph.events import acled

DOC = Doc(f=("Dunmore Mutual", "ORG", "BUS", "USA"), m=("Orvell Group", "ORG", "MNC", None),
          a=("Jane Hale", "PERSON", "GOV", "USA"), q=("Tories", "ORG", "PTY", "GBR"),
          k=("Red Valley Cartel", "ORG", "CRM", "MEX"), u=("Orvell Group", "ORG", "UAF", None))


def quarrel(s, trig, source=(), target=("f",), mode=None):
    e = ev("ASSAULT", mode, trig, s, source=source, target=target)
    return acled._quarrel_of_persons(e, DOC, s, trig, acled._Sides(e, DOC))


def test_a_quarrel_with_a_firm_is_no_acled_event():
    for s, trig in (("She has been fighting with Dunmore Mutual over the claim for months.", "fighting"),
                    ("The tenants fought with Dunmore Mutual about the repairs.", "fought"),
                    ("The council clashed with Dunmore Mutual over the contract.", "clashed")):
        assert quarrel(s, trig), s
        assert sub(ev("ASSAULT", None, trig, s, target=("f",)), DOC) is None, s
    # a multinational, and a firm as the doer with no other side found
    s = "He clashed with Orvell Group over the pipeline."
    assert quarrel(s, "clashed", target=("m",))
    s = "Dunmore Mutual fought with its reinsurers for a year."
    assert quarrel(s, "fought", source=("f",), target=())


def test_one_side_found_is_enough_for_a_person():
    s = "Later she clashed with Jane Hale over the budget."
    assert quarrel(s, "clashed", source=(), target=("a",))
    assert sub(ev("ASSAULT", None, "clashed", s, target=("a",)), DOC) is None


def test_no_person_or_firm_an_armed_or_criminal_side_keep_the_fight():
    s = "Later they clashed with the Tories over the budget."
    assert not quarrel(s, "clashed", target=("q",))  # a party: no sign of a quarrel the rule reads
    assert not quarrel("Gunmen clashed with the Red Valley Cartel.", "clashed", target=("k",))
    assert not quarrel("They clashed with the Red Valley Cartel.", "clashed", target=("k",))  # a cartel is no firm
    assert not quarrel("They clashed with Orvell Group.", "clashed", target=("u",))  # an armed group's sector
    assert not quarrel("They clashed with nobody.", "clashed", target=())
    for s in ("Dunmore Mutual guards clashed with soldiers at the gate.",
              "Dunmore Mutual staff fought with protesters outside the office.",
              "Dunmore Mutual staff fought with a mob outside the office.",
              "She fought with Dunmore Mutual guards, who were injured.",
              "She fought with Dunmore Mutual guards and shot one dead."):
        assert not quarrel(s, "fought" if "fought" in s else "clashed"), s
    assert not quarrel("She clashed with Dunmore Mutual.", "clashed", mode="explosives")
    assert not quarrel("She battled Dunmore Mutual.", "battled")  # a verb of combat itself, not of a quarrel
