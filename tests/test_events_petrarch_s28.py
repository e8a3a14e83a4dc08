"""Session 28 (s28-petrprobe): families of misses and extras that gold/petrarch_records_11.xml's first
run showed, each probed on our own sentences in several wordings (not the record file's), labelled
before the fix. docs/accuracy.md "Session 28, s28-petrprobe" gives the counts; each case but the
guards failed on main (cf731cf9)."""

import pytest

from petrarch_util import case_fixtures

VERBS = """--- CONDEMN [122] ---
CONDEMN

--- CRITICIZE [121] ---
CRITICIZE

--- HAIL [041] ---
HAIL

--- WELCOME [041] ---
WELCOME

--- MEET [031:031] ---
MEET

--- VISIT [032:032] ---
VISIT

--- EXPEL [200] ---
EXPEL

--- ATTACK [223] ---
ATTACK

--- SAID [023] ---
SAID

--- RECALL [---] ---
RECALL
"""
ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
ARNOR [ARN]
ERIADOR [ERI]
ITHILEN [ITH]
DAGOLATH [DAG]
FREEDONIA [FRE]
SYLVANIA [SYL]
+SYLVANIAN
KLOPSTOKIA [KLO]
+KLOPSTOKIAN
RUFUS_FIREFLY_ [FREGOV]
"""
AGENTS = """PRESIDENT [~GOV]
FOREIGN_MINISTER [~GOVFRM]
MINISTER [~GOV]
SOLDIER [~MIL]
TROOPS {} [~MIL]
POLICE {} [~COP]
STUDENT [~EDU]
"""

CASES = {
    # an event noun's by-agent is who a reaction to the event is aimed at, also when the noun's "of"
    # names an actor first and the parser hangs "by" on the active verb (main: the of-phrase's actor)
    "Arnor welcomed the release of three Rohan soldiers by Mordor.": {("ARN", "MOR", "041")},
    "Gondor criticized the detention of Eriador students by Dagolath.": {("GON", "DAG", "121")},
    "Rohan on Monday hailed the release of two Arnor soldiers by Eriador as a goodwill gesture.":
        {("ROH", "ERI", "041")},
    # guards: no by-agent, the of-phrase's actor; a possessor agent; "by" + a gerund is a means
    "Arnor welcomed the release of three Rohan soldiers.": {("ARN", "ROHMIL", "041")},
    "Arnor welcomed Mordor's release of three Rohan soldiers.": {("ARN", "MOR", "041")},
    "Gondor condemned Mordor by recalling its envoy.": {("GON", "MOR", "122")},
    # ", then V ...": the second verb phrase of an asyndetic coordination shares the subject
    "Ithilen condemned Mordor, then hailed Gondor.": {("ITH", "MOR", "122"), ("ITH", "GON", "041")},
    "Rohan's president visited Arnor, later visited Eriador.": {("ROHGOV", "ARN", "032"), ("ROHGOV", "ERI", "032")},
    "Freedonia expelled two Sylvanian soldiers, then condemned Sylvania.":
        {("FRE", "SYLMIL", "200"), ("FRE", "SYL", "122")},
    # a name with "'s" after a title's comma is the possessor of the apposition's noun, not the
    # title's holder (main: the title went to the name, the subject lost its agent)
    "Sylvania's foreign minister, Gondor's former ally, condemned Mordor.": {("SYLGOVFRM", "MOR", "122")},
    "Klopstokia's president, Rufus Firefly's old rival, hailed Sylvania.": {("KLOGOV", "SYL", "041")},
    "Mordor condemned Sylvania's foreign minister, Gondor's former ally.": {("MOR", "SYLGOVFRM", "122")},
    # guard: a name after the title's comma is the title's holder
    "Freedonia's president, Rufus Firefly, hailed Sylvania.": {("FREGOV", "SYL", "041")},
    # a fronted adverbial clause is never coded, also on a main verb that codes nothing
    "A week after Mordor condemned Gondor, Rohan recalled its envoy.": set(),
    "Two days after Freedonia expelled Sylvanian soldiers, Sylvania recalled its envoy.": set(),
    # guard: a trailing one on a verb that codes nothing is passed up
    "Rohan recalled its envoy a week after Mordor condemned Gondor.": {("MOR", "GON", "122")},
}

BUILTIN = {
    # a clause after a parenthetical attribution ("X attacked Y, Z said, in the worst fighting since
    # ...") is no event: the attribution passes nothing up, and "since" makes a clause adverbial
    # wherever the parser hangs it (main: the signing coded between the two countries)
    "Mordor troops attacked Ithilen on Sunday, Gondor's president said, in the worst fighting since the two "
    "countries signed a truce.": {("MORMIL", "ITH", "190")},
    "Sylvanian troops attacked Freedonia on Monday, a Klopstokian minister said, days after Gondor and Rohan "
    "signed a pact.": {("SYLMIL", "FRE", "190")},
    # a clause with its own subject gives the main verb no mode (main: 183, the bombing's)
    "Mordor attacked Ithilen while Dagolath bombed Eriador.": {("MOR", "ITH", "190")},
    "Gondor attacked Mordor as Rohan shelled Dagolath.": {("GON", "MOR", "190")},
    # guard: the verb's own phrase still gives its mode
    "Mordor attacked Ithilen, shelling its villages.": {("MOR", "ITH", "194")},
}


dicts, coded, builtin = case_fixtures(CASES, BUILTIN, verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.mark.parametrize("text", list(CASES))
def test_s28_families_with_a_users_verbs(coded, text):
    assert coded[text] == CASES[text]


@pytest.mark.parametrize("text", list(BUILTIN))
def test_s28_families_with_builtin_verbs(builtin, text):
    assert builtin[text] == BUILTIN[text]
