"""Session 10 (s10-petr): classes of extra events in PETRARCH coding, on our own sentences (not the
record files'). Each case but the guards failed on main (0668f4d); docs/events.md "Session 10,
s10-petr" says why each rule is PETRARCH2's reading or CAMEO's."""

import pytest

from newsgraph.evaluate.events import pipeline_options
from petrarch_util import codings, write_dictionaries

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
}


@pytest.fixture(scope="module")
def dicts(tmp_path_factory):
    return write_dictionaries(tmp_path_factory.mktemp("d"), verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.fixture(scope="module")
def coded(dicts):
    opts = pipeline_options(None, dicts["verbs"], dicts["actors"], dicts["agents"])
    return dict(zip(CASES, codings(list(CASES), opts)))


@pytest.mark.parametrize("text", list(CASES))
def test_petrarch_extra_classes(coded, text):
    assert coded[text] == CASES[text]


BUILTIN = {
    # a copula's noun classifies its subject, no act: no THREATEN 130 from "threat"
    "Gondor believes Mordor is a threat to Ithilen.": set(),
    "Mordor remains a threat to Rohan.": set(),
    # guard: an event noun in argument position is coded
    "Mordor launched an attack on Ithilen.": {("MOR", "ITH", "190")},
}


@pytest.fixture(scope="module")
def builtin(dicts):
    opts = pipeline_options(None, None, dicts["actors"], dicts["agents"])
    return dict(zip(BUILTIN, codings(list(BUILTIN), opts)))


@pytest.mark.parametrize("text", list(BUILTIN))
def test_builtin_extra_classes(builtin, text):
    assert builtin[text] == BUILTIN[text]
