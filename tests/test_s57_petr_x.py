"""Session 57 (s57-petr): a reading of PETRARCH2's found by classing the misses of the built-in-verbs record files
46/47/50/51 (docs/accuracy.md "Session 57, s57-petr"): between the user's actors, a statement verb (CAMEO 01x) whose
topic's own words code no actor takes the actor of the topic's phrases ("remarked on the drought in X": X), as
PETRARCH2 reads a noun phrase, and that actor is the topic's, not the statement's venue. Own sentences and names, in
other words than gold/petrarch_records_57.xml."""

import pytest

from newsgraph.evaluate import petrarch as ep
from newsgraph.evaluate.events import pipeline_options
from petrarch_util import agent_lines, codings, country_actors, write_dictionaries

ACTORS = country_actors({"PELLANDRIA": "PLD", "KORVATHIA": "KRV", "ZUBERRA": "ZBR", "TARVIA": "TRA"}, end="_")
AGENTS = agent_lines("PRESIDENT", "GOVERNMENT", "MINISTER", "SPOKESMAN {SPOKESMEN}") + \
    "POLICE {} [~COP]\nREBEL [~REB]\nOPPOSITION {} [~OPP]\nARMY {ARMIES} [~MIL]\n"

CASES = {
    # (1) the topic's own phrase names the actor, one level or more below the preposition or the object
    "The Pellandrian president remarked on the drought in Korvathia.": {("PLDGOV", "KRV", "010")},
    "Zuberra mentioned the fishing quotas of Pellandria.": {("ZBR", "PLD", "010")},
    "The Korvathian government commented on the fate of prisoners from Zuberra.": {("KRVGOV", "ZBR", "010")},
    "Korvathia remarked on the fate of families of prisoners from Zuberra.": {("KRV", "ZBR", "010")},
    "Zuberra mentioned the floods in Pellandria.": {("ZBR", "PLD", "010")},
    # a topic that names no actor at any level: no dyad, so nothing
    "The Zuberran minister commented on the rainfall.": set(),
    # a negated statement stays uncoded whatever its topic names
    "The Pellandrian president did not comment on the unrest in Zuberra.": set(),
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    opts = pipeline_options(None, **write_dictionaries(tmp_path_factory.mktemp("d"), actors=ACTORS, agents=AGENTS))
    texts = list(CASES)
    return dict(zip(texts, codings(texts, opts)))


@pytest.mark.parametrize("text", list(CASES))
def test_petrarch_reading(coded, text):
    assert coded[text] == CASES[text]
