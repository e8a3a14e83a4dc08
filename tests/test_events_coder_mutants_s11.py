"""Tests for survivors of the mutation runs over the events coder that session 10 left open
(`_objects` and `_noun_participants` in events/coder.py; docs/testing.md, "Session 11, s11-mut-coder").
Each sentence is our own; each expectation is what a user sees: the event's type, trigger, and the
names of its source and target. Every case tells apart a mutant the other events tests let pass (an
`and` turned into `or`, a `+=` into `=`, a preposition read where it should not be)."""

import pytest

from eventsutil import named_events


def _events(pipeline, text):
    return named_events(pipeline, text)


# ---- a verb's target (_objects) -------------------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # a dative that names no one ("the agency") does not stop the search: the loan is for Haiti
    ("Japan granted the agency a loan for Haiti.",
     [("AID", "granted the agency a loan", ["Japan"], ["Haiti"])]),
    # asylum sought "in" a country is asked of that country, not of the one fled "from"
    ("Five Cuban doctors sought asylum from Venezuela in Colombia.",
     [("REQUEST", "sought asylum", ["Cuban doctors"], ["Colombia"])]),
    # anger "at the killings" names no one: whom it is expressed to is still found
    ("Egypt expressed its anger at the killings to Israel.",
     [("ACCUSE", "expressed its anger", ["Egypt"], ["Israel"]), ("ASSAULT", "killings", [], [])]),
    # a refusal is aimed at who pressed "despite" it, not at who called for it in another phrase
    ("Iran refused to attend the summit, following calls from Russia for a boycott.",
     [("REJECT", "refused", ["Iran"], []), ("REQUEST", "calls", ["Russia"], ["Iran"])]),
    # ... nor at the one the pressure is "on" (the parser hangs "from the European Union" on the
    # party, so no one is found: the point is that the party pressed is not the target)
    ("The president refused to resign despite pressure on the ruling party from the European Union.",
     [("REJECT", "refused", ["president"], []), ("RETREAT", "resign", ["president"], [])]),
    # a demand's clause names its addressee by its subject only: the talks' party is not addressed
    ("Kenya insisted on its demand that the talks include Somalia.",
     [("REQUEST", "insisted", ["Kenya"], []), ("CONSULT", "talks", [], ["Somalia"])]),
])
def test_a_verb_s_target_comes_from_the_right_phrase(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- an event noun's actors (_noun_participants) --------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # who helps a withdrawal ("with Egypt's help") is not the one left
    ("The withdrawal of Israeli troops with Egypt's help ended on Monday.",
     [("RETREAT", "withdrawal", ["Israeli troops"], [])]),
    # sanctions "from" X are X's (a sanction's code is in CAMEO's 16x, its type's quad class is 3)
    ("Sanctions from the European Union hit Iran's economy.",
     [("SANCTION", "Sanctions", ["European Union"], ["Iran"])]),
    # a later phrase that names no actor does not replace an earlier one: the possessor stays the
    # doer beside "by drones", the possessor beside "of troops", the adjective beside "from its reserves"
    ("Russia's attack on Ukraine by drones killed ten people.",
     [("ASSAULT", "attack", ["Russia"], ["Ukraine"])]),
    ("Iran's deployment of troops to Syria alarmed Israel.",
     [("MOBILIZE", "deployment", ["Iran", "troops"], ["Syria"])]),
    ("Japanese aid from its emergency reserves reached Haiti on Monday.",
     [("AID", "aid", ["Japanese"], ["Haiti"])]),
    # a visit framing a verb that codes nothing: its subject visits the place the verb goes "to" ("sailed": session
    # 32, s32-visit, made "flew to" a visit of its own)
    ("The Chinese premier sailed to Nigeria on a visit.",
     [("CONSULT", "visit", ["Chinese premier"], ["Nigeria"]), ("CONSULT", "visit", ["Nigeria"], ["Chinese premier"])]),
])
def test_an_event_noun_s_actors_come_from_its_own_phrases(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- session 10's rules: a copula's predicate noun, a conjunct excluded by "not" ------------------

@pytest.mark.parametrize("text,events", [
    # a copula with no subject of its own (a second conjunct) still classifies, codes no threat
    ("Iran funds militias and remains a threat to Israel.", [("AID", "funds", ["Iran"], ["militias"])]),
    # a pronoun or a named group as the subject is an actor the predicate classifies
    ("It is a threat to Israel.", []),
    ("Islamists are a threat to Kenya.", []),
])
def test_a_copula_s_predicate_noun_codes_no_event(pipeline, text, events):
    assert _events(pipeline, text) == events


def test_a_conjunct_after_but_not_is_excluded(pipeline):
    # (the parser hangs this "not" on the "but", not on the conjunct)
    assert _events(pipeline, "Kenya condemned Somalia but not Ethiopia.") == [
        ("ACCUSE", "condemned", ["Kenya"], ["Somalia"])]


# ---- bugs two of the mutants showed (fixed) ------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # the source named as the possessor of its own envoy is "its" envoy: the target is the country
    # the envoy leaves (was: the envoy; `_objects` 44, any possessor, gave Somalia)
    ("Kenya recalled Kenya's envoy to Somalia on Friday.",
     [("SANCTION", "recalled Kenya's envoy", ["Kenya"], ["Somalia"])]),
    ("Kenya recalled its envoy to Somalia on Friday.",
     [("SANCTION", "recalled its envoy", ["Kenya"], ["Somalia"])]),
    # "away from X" with "away" an adverb to the parser: X (was: no target; `_objects` 249 gave Israel)
    ("Syria moved its troops away from Israel.", [("MOBILIZE", "moved its troops", ["Syria"], ["Israel"])]),
])
def test_own_envoy_and_away_from(pipeline, text, events):
    assert _events(pipeline, text) == events
