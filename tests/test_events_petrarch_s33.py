"""Session 33 (s33-petr): three families of the BUILT-IN verbs that gold/petrarch_records_15.xml probes, in other
words than the record file (our own sentences and our own small actor and agent dictionaries; the codes are the
CAMEO codebook's, with the record files' conventions: one coding per source-target pair, an [A:B] code in the
sentence's direction):
- receive / get / win + an event noun + "from Y": the act is Y's (a warning, a request or an offer with what it is
  for, a delegation or a visit hosted, backing, a protest received);
- exchange / trade + a plural noun between coordinated subjects: each side does it to the other, and what is
  exchanged ("ambassadors") is no party;
- noun compounds whose head fixes the sense: a protest note or letter (or "a note of protest") is a diplomatic
  protest (114), a protest march a demonstration (141), ceasefire talks are talks (046) and no ceasefire.
docs/accuracy.md "Session 33, s33-petr" gives the counts."""

import pytest

from petrarch_util import coded_cases, write_dictionaries

ACTORS = """GONDOR_ [GON]
+GONDORIAN
MORDOR_ [MOR]
ROHAN_ [ROH]
ARNOR_ [ARN]
ERIADOR_ [ERI]
"""
AGENTS = """PRESIDENT [~GOV]
GOVERNMENT [~GOV]
AMBASSADOR [~GOV]
WORKER [~LAB]
"""

CASES = {
    # receive + event noun + from Y: Y is the source
    "Eriador got a warning on Monday from Gondor.": {("GON", "ERI", "130")},
    "Arnor received a request for economic aid from Rohan.": {("ROH", "ARN", "0231")},
    "Mordor received an offer of humanitarian aid from Eriador.": {("ERI", "MOR", "0333")},
    "Gondor's president received a delegation from Rohan.": {("GONGOV", "ROH", "043")},
    "Mordor got a visit from Arnor's president.": {("MOR", "ARNGOV", "043")},
    "Eriador won the backing of Mordor.": {("MOR", "ERI", "051")},
    "Arnor received a protest from Gondor over the arrests.": {("GON", "ARN", "114")},
    # exchange + plural noun: coordinated subjects each on the other; a with-phrase in the sentence's direction
    "Arnor and Rohan exchanged prisoners.": {("ARN", "ROH", "0841"), ("ROH", "ARN", "0841")},
    "Gondor and Eriador exchanged ambassadors.": {("GON", "ERI", "054"), ("ERI", "GON", "054")},
    "Rohan and Mordor exchanged threats.": {("ROH", "MOR", "130"), ("MOR", "ROH", "130")},
    "Arnor and Gondor traded accusations.": {("ARN", "GON", "112"), ("GON", "ARN", "112")},
    "Mordor and Gondor exchanged fire.": {("MOR", "GON", "193"), ("GON", "MOR", "193")},
    "Gondor exchanged prisoners with Mordor.": {("GON", "MOR", "0841")},
    # the head of a noun compound fixes the sense
    "Rohan handed a protest letter to Mordor.": {("ROH", "MOR", "114")},
    "Eriador received a note of protest from Arnor.": {("ARN", "ERI", "114")},
    "Gondor sent a protest note to Eriador.": {("GON", "ERI", "114")},
    "Arnor and Mordor opened ceasefire talks.": {("ARN", "MOR", "046"), ("MOR", "ARN", "046")},
    "Gondorian workers held a protest march against Rohan.": {("GONLAB", "ROH", "141")},
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    dicts = write_dictionaries(tmp_path_factory.mktemp("d"), actors=ACTORS, agents=AGENTS)
    return coded_cases(CASES, dicts)


# en_core_web_sm reads "opened ceasefire talks" as a verb with two objects, not a compound (the compound rule
# never sees it): left, a parse error, not the family (first run of this file, session 33)
PARSED_APART = {"Arnor and Mordor opened ceasefire talks."}


@pytest.mark.parametrize("text", [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="parsed as two objects"))
                                  if t in PARSED_APART else t for t in CASES])
def test_built_in_verbs_code_the_family(coded, text):
    assert coded[text] == CASES[text]
