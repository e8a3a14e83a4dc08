"""Session 36 (s36-mutaff): the mutants of codes._dictionary_affiliations that every covering test file let
live (docs/testing.md, "Session 36, s36-mutaff"). Its two older branches: an officer of a body a dictionary
codes with a country takes the country (and the body's sector unless its own title's sector stands), and an
officer of a body the user's dictionary codes without a country (an NGO, an IGO) takes the body's code,
with the user agent of its own noun composed as PETRARCH composes it. Sentences and names invented."""

from types import SimpleNamespace

import pytest

from conftest import SHARED
from newsgraph.actors.article import ActorCluster
from newsgraph.actors.codes import _dictionary_affiliations

AGENTS = SHARED / "data/cameo-dict-format/PETR.Validate.agents.txt"

ACTORS = """SYLVANIA [SYL]
OXBRIDGE RELIEF FUND [NGOOXB]
MIRKWOOD LEAGUE [IGOMRK]
RUFUS_FIREFLY_ [FREGOV]
"""


def _cluster(type_="ORG", country=None, code=None, sector=None, cls=None, ctx=(), **attrs):
    return ActorCluster(type=type_, country=country, code=code, sector=sector, cls=cls, attrs=attrs, ctx=set(ctx))


def _run(*clusters):  # (no user agent dictionaries: the article context as a run without --agents has it)
    _dictionary_affiliations(SimpleNamespace(clusters=list(clusters), res=SimpleNamespace(user_agents=False)))


# ---- a body a dictionary codes with a country: its officer takes the country --------------------------

def _state_body(source="dictionary"):
    return _cluster(country="FRE", code="FREREB", sector="REB", code_source=source)


@pytest.mark.parametrize("source", ["dictionary", "phoenix"])
def test_an_uncoded_officer_takes_the_bodys_country_and_sector(source):
    c = _cluster(org=_state_body(source))
    _run(c)
    assert (c.country, c.sector, c.code) == ("FRE", "REB", None)


def test_a_sector_the_title_gave_stands():
    # "Firefly's soldiers": the soldiers are the military of the country, not the leader's government
    c = _cluster(sector="MIL", cls="grp", ctx={"sector"}, org=_state_body())
    _run(c)
    assert (c.country, c.sector) == ("FRE", "MIL")


def test_a_leader_whose_sector_came_from_no_title_takes_the_bodys():
    # as _affiliations: "X leader" is the body's, whatever default sector the cluster carried
    c = _cluster(sector="GOV", cls="lead", org=_state_body())
    _run(c)
    assert (c.country, c.sector) == ("FRE", "REB")


def test_a_leader_whose_title_said_the_sector_keeps_it():
    c = _cluster(sector="GOV", cls="lead", ctx={"sector"}, org=_state_body())
    _run(c)
    assert (c.country, c.sector) == ("FRE", "GOV")


def test_an_officer_with_a_default_sector_keeps_it():
    # only a leader's default sector gives way to the body's; an official's stays
    c = _cluster(sector="GOV", cls="off", org=_state_body())
    _run(c)
    assert (c.country, c.sector) == ("FRE", "GOV")


def test_a_body_coded_by_no_dictionary_gives_nothing():
    c = _cluster(org=_cluster(country="FRE", code="FREREB", sector="REB"))
    _run(c)
    assert (c.country, c.sector, c.code) == (None, None, None)


# ---- a body the user's dictionary codes with no country: its officer takes the body's code ---------------

def _ngo(source="dictionary", code="NGOOXB"):
    return _cluster(code=code, sector=code[:3] if code else None, code_source=source)


@pytest.mark.parametrize("agent, code", [(("LAB", False), "NGOOXBLAB"), (("MED", True), "MEDNGOOXB")])
def test_the_officers_agent_composes_with_the_bodys_code(agent, code):
    c = _cluster(org=_ngo(), agent=agent)
    _run(c)
    assert (c.code, c.country, c.attrs["code_source"]) == (code, None, "dictionary + agent")


def test_an_officer_with_no_agent_takes_the_bodys_code():
    c = _cluster(org=_ngo())
    _run(c)
    assert (c.code, c.country, c.attrs["code_source"]) == ("NGOOXB", None, "dictionary")


@pytest.mark.parametrize("country, code", [("SYL", "SYLGOV"), (None, "IGOUNO")])
def test_a_coded_officer_keeps_its_code(country, code):
    c = _cluster(country=country, code=code, org=_ngo(), agent=("LAB", False))
    _run(c)
    assert (c.code, c.country, "code_source" in c.attrs) == (code, country, False)


def test_the_phoenix_dictionarys_regional_body_codes_no_officer():
    # a regional code (no state, not international) from the Phoenix dictionary: not the user's code
    c = _cluster(org=_ngo("phoenix", "AFRREB"), agent=("MIL", False))
    _run(c)
    assert (c.code, c.country, "code_source" in c.attrs) == (None, None, False)


def test_an_uncoded_body_codes_no_officer():
    c = _cluster(org=_cluster(), agent=("LAB", False))
    _run(c)
    assert (c.code, c.country, "code_source" in c.attrs) == (None, None, False)


def test_a_coded_body_without_officers_is_left_alone():
    body = _ngo()
    _run(body)
    assert (body.code, body.country, body.attrs["code_source"]) == ("NGOOXB", None, "dictionary")


# ---- the same through the pipeline, with a user's dictionaries ------------------------------------------

@pytest.fixture(scope="module")
def user(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    if not AGENTS.exists():
        pytest.skip("shared PETRARCH validation agents not present")
    d = tmp_path_factory.mktemp("dicts")
    (d / "m.actors.txt").write_text(ACTORS)
    pipe = Pipeline(pipeline_options(None, actors=[str(d / "m.actors.txt")], agents=[str(AGENTS)]))
    return lambda text: pipe.extract(text, name="t", published="2020-06-01")


def _coded(doc, text):
    (e,) = [e for e in doc.entities if any(m.text == text for m in e.mentions)]
    return e.actor.code if e.actor else None, e.attrs.get("code_source")


@pytest.mark.parametrize("text, who, code", [
    # WORKER [~LAB]: the body's code and the agent, as PETRARCH composes them
    ("Oxbridge Relief Fund workers accused Sylvania of theft.", "Oxbridge Relief Fund workers",
     ("NGOOXBLAB", "dictionary + agent")),
    ("Mirkwood League soldiers attacked a Sylvania convoy.", "Mirkwood League soldiers", ("IGOMRKMIL", "dictionary + agent")),
    # a leader: no agent, the body's code alone
    ("The Oxbridge Relief Fund's leader accused Sylvania of theft.", "The Oxbridge Relief Fund's leader",
     ("NGOOXB", "dictionary")),
])
def test_officers_of_a_body_the_user_dictionary_codes_without_a_country(user, text, who, code):
    assert _coded(user(text), who) == code


def test_soldiers_of_a_person_the_dictionary_codes_are_his_countrys_military(user):
    # RUFUS_FIREFLY_ [FREGOV]: his soldiers take FRE from the dictionary's code (without it: MIL alone)
    assert _coded(user("Rufus Firefly's soldiers attacked Sylvania."), "Rufus Firefly's soldiers")[0] == "FREMIL"


# ---- roles.take_role: a second title adds what the first left out ----------------------------------------

@pytest.fixture(scope="module")
def builtin():
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline(pipeline_options(None))
    return lambda text: pipe.extract(text, name="t", published="2020-06-01")


@pytest.mark.parametrize("text, code", [
    ("Spokesman Tomas Brekovic, a Chilean diplomat, criticised Peru on Monday.", "CHLGOV"),
    ("The spokesman, Tomas Brekovic, a Chilean diplomat, criticised Peru on Monday.", "CHLGOV"),
])
def test_a_second_title_gives_the_country_the_first_left_out(builtin, text, code):
    # "Spokesman" says no country; the apposition's "a Chilean diplomat" does (not the story's other side, PER)
    assert _coded(builtin(text), "Tomas Brekovic")[0] == code
