"""Session 31 (s31-petr): families of misses that gold/petrarch_records_13.xml's first run showed with
the BUILT-IN verbs, each probed on our own sentences in other wordings than the record file's and
the probe files' (scripts/petr_probes/s31_*.txt), labelled before the fix. docs/accuracy.md
"Session 31, s31-petr" gives the counts; each case but the guards failed on main (3e907065)."""

import pytest

from petrarch_util import case_fixtures

ACTORS = """GONDOR_ [GON]
MORDOR_ [MOR]
ROHAN_ [ROH]
ARNOR_ [ARN]
ERIADOR_ [ERI]
"""
AGENTS = """MINISTER [~GOV]
PRIME_MINISTER [~GOV]
GOVERNMENT [~GOV]
ARMY {ARMIES} [~MIL]
"""

BUILTIN = {
    # criticism told by a phrasal or prepositional verb is the codebook's 111 "Criticize or denounce"
    "Arnor railed against Eriador's government on Friday.": {("ARN", "ERIGOV", "111")},
    "Eriador's minister spoke out against Rohan on Sunday.": {("ERIGOV", "ROH", "111")},
    "Rohan spoke against Arnor at the assembly.": {("ROH", "ARN", "111")},
    # guards: "hit out at" (listed before), "lashed out at" with nothing after the target
    "Gondor hit out at Rohan.": {("GON", "ROH", "111")},
    "Gondor's prime minister lashed out at Arnor on Monday.": {("GONGOV", "ARN", "111")},
    # a cooperative act in the passive with coordinated by-agents: each on the other, as a
    # coordinated active subject ("Eriador and Arnor signed a pact")
    "A border accord was signed by Mordor and Eriador on Sunday.": {("MOR", "ERI", "057"), ("ERI", "MOR", "057")},
    "A trade deal was signed by Arnor and Eriador.": {("ARN", "ERI", "057"), ("ERI", "ARN", "057")},
    # guards: a one-way act with coordinated by-agents; the active compound subject
    "Mordor was shelled by Gondor and Rohan.": {("GON", "MOR", "194"), ("ROH", "MOR", "194")},
    "Eriador and Arnor signed a pact.": {("ERI", "ARN", "057"), ("ARN", "ERI", "057")},
    # imposing a blockade is 191 "Impose blockade, restrict movement" (the codebook's own name)
    "Gondor imposed a blockade on Mordor's harbour on Monday.": {("GON", "MOR", "191")},
    "Rohan's army imposed a blockade on Eriador.": {("ROHMIL", "ERI", "191")},
    # guard: other impositions keep their codes
    "Arnor imposed sanctions on Eriador.": {("ARN", "ERI", "163")},
    # an appeal or demand told by a light verb's noun is sub-coded by what its for-phrase asks for,
    # as the verb's is (0233 humanitarian aid, 106 talks, 0253 release of persons)
    "Arnor made an appeal to Rohan for humanitarian aid on Friday.": {("ARN", "ROH", "0233")},
    "Mordor issued a demand for talks with Gondor.": {("MOR", "GON", "106")},
    "Eriador made a plea to Arnor for the release of its soldiers.": {("ERI", "ARN", "0253")},
    # guard: a noun appeal naming nothing asked for
    "Rohan made an appeal to Gondor on Monday.": {("ROH", "GON", "020")},
}


dicts, _, builtin = case_fixtures(builtin=BUILTIN, actors=ACTORS, agents=AGENTS)


@pytest.mark.parametrize("text", list(BUILTIN))
def test_s31_families_with_builtin_verbs(builtin, text):
    assert builtin[text] == BUILTIN[text]
