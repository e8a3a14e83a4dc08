"""Session 29 (s29-petr): families of misses and extras that gold/petrarch_records_12.xml's first run
showed (own actor, agent and verb dictionaries), each probed on our own sentences in other wordings
than the record file's, labelled before the fix. docs/accuracy.md "Session 29, s29-petr" gives the
counts; each case but the guards failed on main (36b68e32)."""

import pytest

from petrarch_util import case_fixtures

VERBS = """--- CRITICIZE [111] ---
CRITICIZE
CONDEMN

--- VISIT [042:043] ---
VISIT

--- ARREST [173] ---
ARREST

--- SEND [070] ---
SEND {SENDS SENT SENDING}
PROVIDE
- * REFUGE (TO +) [075]
- * PLAN (TO +) [036]
- * BOX (TO +) [073]
"""
ACTORS = """GONDOR_ [GON]
MORDOR_ [MOR]
ROHAN_ [ROH]
ARNOR_ [ARN]
ERIADOR_ [ERI]
"""
AGENTS = """MINISTER [~GOV]
SOLDIER [~MIL]
ARMY {ARMIES} [~MIL]
POLICE {} [~COP]
STUDENT [~EDU]
JOURNALIST [~MED]
FARMER [~AGR]
REFUGEE [~REF]
"""

CASES = {
    # an agent noun that classifies a head no dictionary lists gives the phrase its agent, as
    # PETRARCH reads every word of a noun phrase (main: the bare country)
    "Gondor student protesters criticized Mordor.": {("GONEDU", "MOR", "111")},
    "Mordor condemned the Rohan army units on Tuesday.": {("MOR", "ROHMIL", "111")},
    "Arnor police investigators arrested two Eriador journalists.": {("ARNCOP", "ERIMED", "173")},
    "Eriador farmer cooperatives condemned Gondor.": {("ERIAGR", "GON", "111")},
    # guards: the agent as head; a modifier no dictionary lists adds nothing
    "Gondor students criticized Mordor.": {("GONEDU", "MOR", "111")},
    "Mordor condemned Rohan border villages.": {("MOR", "ROH", "111")},
    # a noun no one's right before "from": of the actor it comes from (main: no source)
    "Emissaries from Arnor condemned Mordor.": {("ARN", "MOR", "111")},
    "A delegation from Eriador visited Arnor on Monday.": {("ERI", "ARN", "042")},
    "Arnor was visited by a delegation from Eriador.": {("ERI", "ARN", "042")},
    # guards: no "from", no source; a role noun ("mission") already took its "from" on main
    "A delegation visited Arnor on Monday.": set(),
    "A trade mission from Rohan visited Gondor.": {("ROH", "GON", "042")},
    # -es makes a plural only after s, x, z, ch, sh: "refugees" is no REFUGE, "planes" no PLAN
    # (main: 075 and 036)
    "Gondor sent the refugees to Rohan.": {("GON", "ROH", "070")},
    "Mordor sent planes to Arnor.": {("MOR", "ARN", "070")},
    # guards: the word itself, and a sibilant's -es plural
    "Gondor provided refuge to Rohan refugees.": {("GON", "ROHREF", "075")},
    "Mordor sent a plan to Arnor.": {("MOR", "ARN", "036")},
    "Eriador sent boxes of food to Gondor.": {("ERI", "GON", "073")},
}

BUILTIN = {
    # relief goods given are humanitarian aid, CAMEO 073 (main: 070)
    "Gondor sent vaccines to Rohan.": {("GON", "ROH", "073")},
    "Arnor provided tents and blankets to Eriador.": {("ARN", "ERI", "073")},
    # persons handed over or returned: 0841 (main: 084)
    "Mordor handed back four soldiers to Gondor.": {("MOR", "GON", "0841")},
    "Rohan returned six hostages to Arnor.": {("ROH", "ARN", "0841")},
    # pulling out of talks halts negotiations, 164 (main: 0874)
    "Gondor pulled out of talks with Mordor.": {("GON", "MOR", "164")},
    # expelling aid workers, 1663 (main: 174)
    "Mordor expelled Gondor relief workers.": {("MOR", "GON", "1663")},
    # guards: troops pulling out, journalists expelled
    "Gondor soldiers pulled out of Mordor.": {("GONMIL", "MOR", "0874")},
    "Mordor expelled Gondor journalists.": {("MOR", "GONMED", "174")},
}


dicts, coded, builtin = case_fixtures(CASES, BUILTIN, verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.mark.parametrize("text", list(CASES))
def test_s29_families_with_a_users_verbs(coded, text):
    assert coded[text] == CASES[text]


@pytest.mark.parametrize("text", list(BUILTIN))
def test_s29_families_with_builtin_verbs(builtin, text):
    assert builtin[text] == BUILTIN[text]
