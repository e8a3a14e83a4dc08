"""Tests for survivors of mutation runs over the events coder (events/coder.py; docs/testing.md,
"Session 13, s13-mut-coder"): session 12's open survivors and the functions never run before.
Each sentence is our own; each expectation is what a user sees: the event's type, trigger, and the
names of its source and target. Every case tells apart a mutant the other events tests let pass."""

from eventsutil import named_events


def _event(pipeline, text, trigger):
    """The events of `text` whose trigger is `trigger`."""
    return [e for e in named_events(pipeline, text) if e[1] == trigger]


# ---- Participants._of_conjuncts: only an of-phrase's conjuncts name other countries' groups --------

def test_ministers_in_two_countries_are_not_those_countries_ministers(pipeline):
    # Tanzania's ministers exist (the first sentence), but Kenyan ministers *in* Tanzania are Kenyan
    text = ("The ministers of Kenya and Tanzania met in Nairobi. "
            "Kenyan ministers in Uganda and Tanzania condemned the attack on Somalia.")
    assert _event(pipeline, text, "condemned") == [("ACCUSE", "condemned", ["ministers"], ["Somalia"])]


# ---- _defied: "in opposition at X" -------------------------------------------------------------

def test_a_protest_in_opposition_at_a_government_targets_it(pipeline):
    text = "Kenyan students protested in opposition at the Ugandan government."
    assert _event(pipeline, text, "protested") == [("PROTEST", "protested", ["Kenyan students"],
                                                    ["Ugandan government"])]


# ---- responsible: who the sentence says did the act ---------------------------------------------

def test_accepting_an_apology_for_an_attack_is_no_claim_of_it(pipeline):
    # "accepted" is a claim verb only with "responsibility"/"credit"; the apology's object is not
    text = "Kenya accepted an apology for the attack on its embassy."
    assert not any("Kenya" in e[2] for e in _event(pipeline, text, "attack"))


def test_the_rebels_responsible_for_an_attack_did_it_whatever_their_role(pipeline):
    # (was: only an object, "held the rebels responsible for"; a bug responsible mutant 34 showed)
    text = "Kenya held talks with the rebels responsible for the attack."
    assert _event(pipeline, text, "attack") == [("ASSAULT", "attack", ["rebels"], [])]
    text = "The rebels responsible for the bombing were arrested by Kenyan police."
    assert _event(pipeline, text, "bombing") == [("ASSAULT", "bombing", ["rebels"], [])]


def test_took_credit_for_names_the_doer_when_for_hangs_on_the_verb(pipeline):
    # (was: no doer when the parser hangs "for" on "took", as here; responsible mutants 41 and 43)
    text = "Al-Shabaab took credit for the bombing of the Kenyan embassy."
    assert _event(pipeline, text, "bombing") == [("ASSAULT", "bombing", ["Al-Shabaab"], ["Kenyan"])]
