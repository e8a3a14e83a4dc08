"""Tests for the events coder's survivors that sessions 13 and 14 left open (docs/testing.md,
"Session 15, s15-mut"). Each sentence is our own; each expectation is what a user sees: the event's
type, trigger, and the names of its source and target. Every case tells apart a mutant the other
events tests let pass."""

from eventsutil import named_events


def _event(pipeline, text, trigger):
    """The events of `text` whose trigger is `trigger`."""
    return [e for e in named_events(pipeline, text) if e[1] == trigger]


# ---- responsible: a claim verb names the doer only with "responsibility"/"credit" as its object ----

def test_accepting_money_for_a_shelling_is_no_claim_of_it(pipeline):
    # "for" hangs on "accepted", whose object is money: Kenya is paid for the shelling, did not do it
    # (responsible 50: any preposition under a verb with such an object; 57: any object)
    text = "Kenya accepted money from Uganda for the shelling of Kenyan villages."
    assert _event(pipeline, text, "shelling") == [("ASSAULT", "shelling", [], ["Kenyan"])]


def test_accepting_responsibility_for_refugees_is_no_claim_of_a_later_bombing(pipeline):
    # the claimed responsibility is for the refugees; "after the bombing" only dates it (responsible 50)
    text = "Kenya accepted responsibility for the refugees after the bombing of the camp."
    assert _event(pipeline, text, "bombing") == [("ASSAULT", "bombing", [], [])]


# ---- _condition_words: an adjective completing the verb may carry its own phrases -----------------

def test_holding_people_captive_for_months_is_holding_them_captive(pipeline):
    # (was: nothing, while "held the Kenyan sailors captive." was an abduction: "captive" with its
    # own "for months" was not read; _condition_words 87, an adjective with any children, showed it)
    text = "Somali pirates held the Kenyan sailors captive for months."
    # (source: "Somali", untagged by the NER, is a nationality mention since s37-wrongact)
    assert _event(pipeline, text, "held") == [("ASSAULT", "held", ["Somali"], ["Kenyan"])]



def test_shot_dead_reads_the_bare_adjective_completing_the_verb(pipeline):
    # "dead" is the parser's acomp of "shot" here (_condition_words 78, 79: acomp not read)
    text = "Ugandan soldiers shot dead three Kenyan herders near the border."
    assert _event(pipeline, text, "shot") == [("ASSAULT", "shot", ["Ugandan soldiers"], ["Kenyan"])]


# ---- Participants.resolve: a list of actors is as long as it is ------------------------------------

def test_every_member_of_a_long_list_is_a_source(pipeline):
    # (was: the first five; the parser chains each item to the one before and the conjuncts were
    # followed four links deep; resolve 287/288, the depth not raised for a list read as an apposition,
    # showed it)
    text = "The United States, Britain, France, Germany, Italy, Japan and Canada condemned the attack."
    assert _event(pipeline, text, "condemned") == [
        ("ACCUSE", "condemned", ["United States", "United Kingdom", "France", "Germany", "Italy", "Japan",
                                 "Canada"], [])]
    text = ("The Kenyan government, the Ugandan parliament, the Tanzanian army, the Somali police, the Rwandan "
            "cabinet and the Burundian senate condemned the attack.")
    assert _event(pipeline, text, "condemned")[0][2] == [
        "Kenyan government", "Ugandan parliament", "Tanzanian army", "Somali police", "Rwandan government",
        "Burundian senate"]

