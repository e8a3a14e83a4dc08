"""Session 45 (s45-petr): readings found by gold/petrarch_records_50.xml's first run and by issue 11's notes of
session 44 (docs/accuracy.md "Session 45, s45-petr"). (1) Capitals the Phoenix
dictionaries give a name in brackets ("IRISH_REPUBLICAN_ARMY_(IRA)_") are that name's, not a guess from another
name's initials. (2) A user agent written FORMER_PRESIDENT is one phrase. (3) A state under a copula ("were on
alert") has no verb PETRARCH2 codes. Own sentences and names, in other words than the record file."""

import pytest

from newsgraph.actors import phoenix
from newsgraph.actors.cameo_dict import ActorEntry, DatedCode
from newsgraph.evaluate.events import pipeline_options
from petrarch_util import agent_lines, codings, country_actors, write_dictionaries

ACTORS = country_actors({"WYNDORA": "WYN", "ESSOVIA": "ESV"}, end="_")
AGENTS = agent_lines("PRESIDENT", "GOVERNMENT", "MINISTER") + "TROOPS {} [~MIL]\nSOLDIER [~MIL]\n"


def _code(opts, text):
    (got,) = codings([text], opts)
    return got


def _entry(code):
    return ActorEntry(phrases=[], codes=[DatedCode(code, None, None)])


def test_capitals_a_name_states_in_brackets_are_that_names():
    table = {"ember valley army (eva)": _entry("XYZREB"), "ember valley army": _entry("XYZREB"),
             "eastern/western vineyards agency": _entry("NGOXYZ")}
    # the guess from the agency's initials (EVA, as "islamic/african relief agency" gives IRA) gives way to the
    # capitals the dictionary states; the agency's name spells EWVA when the slash joins two words
    assert phoenix._acronyms(table)["eva"].codes[0].code == "XYZREB"
    assert phoenix._stated_acronyms(table)["eva"].codes[0].code == "XYZREB"


@pytest.mark.parametrize("table", [
    # another body's name (an army's too) spells the same capitals with another code: left alone
    {"ember valley army (eva)": _entry("XYZREB"), "east volta army": _entry("ABCMIL")},
    {"ember valley army (eva)": _entry("XYZREB"), "east volta association": _entry("NGOABC")},
    # a bracket that is no initials of the name qualifies it
    {"ember valley (north)": _entry("XYZREB")},
    # two names state the same capitals with two codes
    {"ember valley army (eva)": _entry("XYZREB"), "east volta alliance (eva)": _entry("ABCREB")},
    # the dictionary lists the capitals as a phrase of their own
    {"ember valley army (eva)": _entry("XYZREB"), "eva": _entry("ABC")},
])
def test_stated_capitals_that_are_not_one_names_are_left_alone(table):
    assert "eva" not in phoenix._stated_acronyms(table)


@pytest.mark.parametrize("competitor", [
    "east/volta alliance",  # the slash joins two words: EVA
    "east volta-alliance",  # the body's noun after a hyphen
    "east-volta alliance",  # initials across the hyphen (EVA; without splitting it two words, no initials)
    "east volta-ward alliance",  # initials of the words as written (EVA; split at the hyphen, EVWA)
])
def test_every_spelling_of_a_body_name_competes(competitor):
    # (a name that is no body's comes first: the search goes on past it)
    table = {"ember valley army (eva)": _entry("XYZREB"), "zeta": _entry("ABC"), competitor: _entry("NGOABC")}
    assert "eva" not in phoenix._stated_acronyms(table)


def test_a_bracket_of_two_letters_is_no_stated_acronym():
    assert phoenix._stated_acronyms({"ember valley (ev)": _entry("XYZREB")}) == {}


def test_a_slash_joins_two_words_of_a_competing_name():
    # "islamic/african relief agency" spells IARA: it does not compete for IRA
    table = {"ember valley army (eva)": _entry("XYZREB"), "east/west valley agency": _entry("NGOABC")}
    assert phoenix._stated_acronyms(table)["eva"].codes[0].code == "XYZREB"
    table = {"ember valley army (eva)": _entry("XYZREB"), "east/west valley vine agency": _entry("NGOABC")}
    assert "eva" not in phoenix._stated_acronyms({**table, "east valley agency": _entry("NGOABC")})


def test_the_ira_is_the_irish_republican_army(pipeline):
    doc = pipeline.extract("The IRA attacked a British army patrol in Belfast.", name="t", published="1990-01-01")
    ira = next(e for e in doc.entities if e.name == "IRA")
    assert ira.actor is not None and ira.actor.code == "WEUREB"  # IRISH_REPUBLICAN_ARMY_(IRA)_, not NGOSDNMOS


def test_a_former_title_agent_is_one_phrase(tmp_path):
    with_former = write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS + "FORMER_PRESIDENT [~ELI]\n")
    opts = pipeline_options(None, **with_former)
    assert _code(opts, "Wyndora's former president criticised Essovia.") == {("WYNELI", "ESV", "111")}
    # the words of the phrase must stand together, as PETRARCH matches an agent's words
    assert _code(opts, "The former Wyndoran president criticised Essovia.") == {("WYNGOV", "ESV", "111")}
    other = tmp_path / "other"
    other.mkdir()
    opts = pipeline_options(None, **write_dictionaries(other, actors=ACTORS, agents=AGENTS))
    assert _code(opts, "Wyndora's former president criticised Essovia.") == {("WYNGOV", "ESV", "111")}


def test_a_state_under_a_copula_has_no_verb_petrarch_codes(tmp_path):
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    # CAMEO.2.0 has no BE verb: "were on alert" codes nothing, though PUT `* (ON ALERT) (ALONG BORDER)` [152] does
    assert _code(opts, "Wyndoran troops were on alert along the border with Essovia.") == set()
    assert _code(opts, "Wyndora put its troops on alert along the border with Essovia.") == {("WYN", "ESV", "152")}
