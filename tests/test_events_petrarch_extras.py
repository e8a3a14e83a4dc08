"""Session 10 (s10-petr): classes of extra events in PETRARCH coding, on our own sentences (not the
record files'). Each case but the guards failed on main (0668f4d); docs/events.md "Session 10,
s10-petr" says why each rule is PETRARCH2's reading or CAMEO's."""

import pytest

from newsgraph.evaluate.events import pipeline_options
from petrarch_util import case_fixtures, codings

VERBS = """--- CONDEMN [122] ---
CONDEMN

--- SAID [023] ---
SAID

--- ATTACK [223] ---
ATTACK

--- FEARS [022] ---
FEARS

--- EXPECT [050] ---
EXPECT

--- SEIZE [210] ---
SEIZE

--- ARREST [212] ---
ARREST

--- CRITICIZE [121] ---
CRITICIZE

--- WARN [160] ---
WARN

--- MEET [031:031] ---
MEET
"""
ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
ARNOR [ARN]
ITHILEN [ITH]
"""
AGENTS = """PRESIDENT [~GOV]
SOLDIER [~MIL]
TROOPS {} [~MIL]
"""

CASES = {
    # a verb of thought or feeling reports its clause as a saying does: the clause's event, no dyad
    # with the clause's subject (FEARS [022] reads as CAMEO's appeal family, which kept Mordor)
    "Rohan fears Mordor will attack Ithilen.": {("MOR", "ITH", "223")},
    "Arnor expects that Mordor will condemn Gondor.": {("MOR", "GON", "122")},
    # ... its clause coding nothing gives it no target (no dyad at all)
    "Rohan fears Mordor is angry.": set(),
    # guard: an actor the verb names outside a clause stays its target
    "Rohan fears Mordor.": {("ROH", "MOR", "022")},
    # a fronted adverbial phrase with a gerund clause is not coded (as a fronted adverbial clause)
    "After meeting Rohan's president on Monday, the Gondor foreign minister said Mordor had attacked Ithilen.":
        {("MOR", "ITH", "223")},
    "Before condemning Mordor, Arnor attacked Ithilen.": {("ARN", "ITH", "223")},
    # an embedded question asserts nothing
    "Rohan's president wondered if Mordor would attack Arnor.": set(),
    "Gondor asked whether Mordor had attacked Ithilen.": set(),
    # a condition tells no event, also on a verb that codes nothing (an after-clause there is passed up)
    "Tension will rise if Mordor attacks Ithilen.": set(),
    "Gondor said it was ready to condemn Mordor if Mordor attacked Ithilen.": {("GON", "MOR", "122")},
    "Tension rose after Mordor attacked Ithilen.": {("MOR", "ITH", "223")},  # (guard)
    # a gerund in the phrase of a verb that codes is that verb's: no event of its own
    "Rohan warned Mordor against attacking Ithilen.": {("ROH", "MOR", "160")},
    # ... but one in the phrase of a verb that codes nothing is coded (guard)
    "Rohan joined Gondor in condemning Mordor.": {("ROH", "MOR", "122")},
    # a direct yes/no question asserts nothing; a wh-question takes its event as given (guard)
    "Will Rohan attack Gondor?": set(),
    "Has Gondor condemned Mordor?": set(),
    "Why did Mordor attack Ithilen?": {("MOR", "ITH", "223")},
    # "has yet to" is a negation
    "Gondor has yet to condemn Mordor.": set(),
    "Rohan is yet to condemn Arnor.": set(),
    # holding back from an act is not doing it
    "Gondor refrained from criticizing Mordor.": set(),
    "Rohan abstained from condemning Arnor.": set(),
    # a parenthetical attribution the parser hangs on the clause's subject ("Mordor, a Gondor
    # official said, attacked"): the clause keeps its subject, the speaker says
    "Mordor, a Gondor official said, attacked Ithilen.": {("MOR", "ITH", "223")},
    "Mordor, Gondor's defence minister said, was preparing to attack Ithilen.": {("MOR", "ITH", "223")},
    # ... and a real apposition on a saying's subject is no parenthesis (guard)
    "Rohan, a close ally of Gondor, said Mordor attacked Ithilen.": {("MOR", "ITH", "223")},
    # with the user's agents, a role only the built-in table knows is no PETRARCH agent (---OPP) ...
    "Mordor troops attacked dozens of protesters.": set(),
    # ... one the user's agents list is (guard)
    "Mordor troops attacked twelve soldiers.": {("MORMIL", "---MIL", "223")},
    # a conjunct its own "not" excludes is no target ...
    "Gondor condemned Mordor, but not Ithilen.": {("GON", "MOR", "122")},
    "Gondor condemned Mordor and not Ithilen.": {("GON", "MOR", "122")},
    # ... but "not only X but also Y" lists both (guard)
    "Gondor condemned not only Mordor but also Ithilen.": {("GON", "MOR", "122"), ("GON", "ITH", "122")},
}


@pytest.mark.parametrize("text", list(CASES))
def test_petrarch_extra_classes(coded, text):
    assert coded[text] == CASES[text]


BUILTIN = {
    # a copula's noun classifies its subject, no act: no THREATEN 130 from "threat"
    "Gondor believes Mordor is a threat to Ithilen.": set(),
    "Mordor remains a threat to Rohan.": set(),
    # a parenthetical attribution hung on the clause's subject (both modes)
    "Mordor, a Gondor official said, attacked Ithilen.": {("MOR", "ITH", "190")},
    # guard: an event noun in argument position is coded
    "Mordor launched an attack on Ithilen.": {("MOR", "ITH", "190")},
}


dicts, coded, builtin = case_fixtures(CASES, BUILTIN, verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.mark.parametrize("text", list(BUILTIN))
def test_builtin_extra_classes(builtin, text):
    assert builtin[text] == BUILTIN[text]


def test_builtin_denial_addresses_no_one_in_its_clause(dicts):
    """"denied that its troops had attacked Ithilen": the clause is what is denied, its subject (the
    denier's own troops) is no target (main: MOR -> MORMIL 120); the denial keeps the denied act's
    recipient, as PETRARCH2's dyad for a denial has it."""
    opts = pipeline_options(None, None, dicts["actors"], dicts["agents"])
    (got,) = codings(["Mordor denied that its troops had attacked Ithilen."], opts)
    assert {(s, t) for s, t, _ in got} == {("MOR", "ITH")}
