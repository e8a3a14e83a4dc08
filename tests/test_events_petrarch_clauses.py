"""Session 9 (s9-petr): clause structure in PETRARCH coding, on our own sentences (not the record
files'): coordinated clauses the parser reads as one object list, a verb of saying and its reported
clause, adverbial clauses on verbs that code nothing, and an order's small clause ("ordered X held").
Each case but the guards failed on main (fd22c42); docs/events.md "Session 9, s9-petr" says why each
rule is PETRARCH2's reading."""

import pytest

from petrarch_util import case_fixtures, coded_cases

VERBS = """--- CONDEMN [122] ---
CONDEMN

--- SAID [023] ---
SAID

--- ATTACK [223] ---
ATTACK

--- HAIL [041] ---
HAIL

--- ORDER [---] ---
ORDER
- $ * + HELD [212]

--- HELD [210] ---
HELD

--- ARREST [212] ---
ARREST

--- SHOULD [101] ---
SHOULD
"""
ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
ARNOR [ARN]
ITHILEN [ITH]
DAGOLATH [DAG]
"""
AGENTS = """PRESIDENT [~GOV]
DIPLOMAT [~GOV]
SOLDIER [~MIL]
"""

CASES = {
    # coordinated clauses the parser reads as "condemned [Ithilen and Rohan]" + a subjectless "said"
    "Arnor condemned Ithilen and Rohan said Mordor attacked Gondor.": {("ARN", "ITH", "122"), ("MOR", "GON", "223")},
    "Arnor condemned Ithilen and Rohan hailed Gondor.": {("ARN", "ITH", "122"), ("ROH", "GON", "041")},
    # ... a real list of objects stays one (guard)
    "Arnor condemned Ithilen and Rohan on Monday.": {("ARN", "ITH", "122"), ("ARN", "ROH", "122")},
    # a saying codes no dyad with the subject of the clause it reports, also when that codes nothing
    "Arnor condemned Ithilen on Monday and Rohan said Mordor was angry.": {("ARN", "ITH", "122")},
    # ... and one whose clause a dictionary modal codes (its subject "there") is no SAID [023] of its own
    # (guard: main's reports_coded_event dropped it; the unified rule first missed the expletive)
    "Rohan said there should be more pressure on Mordor.": {("ROH", "MOR", "101")},
    # an adverbial clause on a verb that codes nothing is passed up (PETRARCH2), ...
    "Mordor was angry after Arnor condemned Ithilen.": {("ARN", "ITH", "122")},
    "Rohan said Mordor was angry after Arnor condemned Ithilen.": {("ARN", "ITH", "122")},
    # ... not one on a verb that codes an event, nor a fronted one (guards)
    "Arnor condemned Ithilen after Rohan attacked Mordor.": {("ARN", "ITH", "122")},
    "After Rohan attacked Mordor, Arnor condemned Ithilen.": {("ARN", "ITH", "122")},
    # an order's small clause is the order's verb phrase (ORDER `$ * + HELD`) ...
    "Gondor ordered Mordor diplomats held.": {("GON", "MORGOV", "212")},
    "The Rohan president ordered two Dagolath soldiers held on Monday.": {("ROHGOV", "DAGMIL", "212")},
    # ... and an act ordered is done by the one who orders it, to the clause's subject
    "Gondor ordered two Mordor diplomats arrested.": {("GON", "MORGOV", "212")},
}


dicts, coded, _ = case_fixtures(CASES, verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.mark.parametrize("text", list(CASES))
def test_clauses_with_a_verb_dictionary(coded, text):
    assert coded[text] == CASES[text]


BUILTIN = {
    # the built-in verbs: the act an order's small clause names, by the one who orders it (as
    # "ordered the arrest of" is), "held" there being custody; the order itself is no second event
    "Gondor ordered two Mordor diplomats arrested.": {("GON", "MORGOV", "173")},
    "Gondor ordered Mordor diplomats held.": {("GON", "MORGOV", "173")},
    "The Rohan president ordered two Dagolath soldiers held on Monday.": {("ROHGOV", "DAGMIL", "173")},
    # "held" elsewhere is no detention (guard)
    "Gondor held talks with Mordor on Monday.": {("GON", "MOR", "046")},
    # coordinated clauses, built-in verbs
    "Gondor criticized Mordor and Rohan hailed Arnor.": {("GON", "MOR", "111"), ("ROH", "ARN", "051")},
}


def test_clauses_with_the_builtin_verbs(dicts):
    assert coded_cases(BUILTIN, {k: dicts[k] for k in ("actors", "agents")}) == BUILTIN
