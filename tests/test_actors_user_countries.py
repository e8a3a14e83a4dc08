"""User actor dictionaries: a name with a bare state code composes with role nouns and agents
(PETRARCH's country + agent), and date-restricted codes follow the document date."""

import pytest

from newsgraph.actors import cameo_dict as cd
from conftest import SHARED

AGENTS = SHARED / "data/cameo-dict-format/PETR.Validate.agents.txt"

ACTORS = """FREEDONIA [FRE]
SYLVANIA [SYL]
+SYLVANIAN
UNITED_NATIONS [UNO]
+SECRETARY_GENERAL
ARGENTIN [ARG]
ERIADOR [ERI]
GONDOR_ [GON]
ARNOR_ [ARN]
PLO [PAL]
DURTHANG ORC [MORORC]
SYLVANIA_FOREIGN_MINISTRY [SYLFM]
OSTERLICH
\t[OST <200101]
\t[OSTGOV >200101]
"""


@pytest.fixture(scope="module")
def extract(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("dicts")
    actors = d / "fictional.actors.txt"
    actors.write_text(ACTORS)
    agents = [str(AGENTS)] if AGENTS.exists() else []
    pipe = Pipeline(pipeline_options(None, actors=[str(actors)], agents=agents))

    def run(text, published="2020-06-01"):
        doc = pipe.extract(text, name="t", published=published)
        return {" ".join(m.text for m in e.mentions[:1]): (e.actor.code if e.actor else None) for e in doc.entities}
    return run


def code_of(codes, start):
    got = [c for m, c in codes.items() if m.startswith(start)]
    assert got, codes
    return got[0]


@pytest.mark.parametrize("text,mention,code", [
    ("Freedonia's deputy prime minister arrived in Sylvania on Monday.", "Freedonia's deputy", "FREGOV"),
    ("The Freedonian government rejected the offer on Monday.", "The Freedonian government", "FREGOV"),
    # the agents file has FOREIGN_MINISTER [~GOVFRM]: the whole agent code follows the country's
    ("Freedonia's foreign minister flew home on Monday.", "Freedonia's foreign", "FREGOVFRM"),
    ("Freedonia President Rufus Firefly spoke on Monday.", "Rufus Firefly", "FREGOV"),
    ("Sylvanian officials denied the report on Monday.", "Sylvanian officials", "SYLGOV"),
    # a possessor the NER leaves untagged is read through the dictionary ("Gondor" is no NER name)
    ("Gondor's president visited Arnor on Monday.", "Gondor's president", "GONGOV"),
    ("Arnor's foreign minister visited Gondor on Monday.", "Arnor's foreign minister", "ARNGOVFRM"),
])
def test_dictionary_country_composes_with_role(extract, text, mention, code):
    codes = extract(text)
    assert code_of(codes, mention) == code


@pytest.mark.parametrize("text,mention,code", [
    ("Freedonia border police arrested two men on Monday.", "Freedonia border police", "FRECOP"),  # BORDER_POLICE [~COP]
    ("Three Sylvania soldiers were wounded on Monday.", "Three Sylvania soldiers", "SYLMIL"),  # SOLDIER [~MIL], plural
    ("The Freedonia government rejected the offer.", "The Freedonia government", "FREGOV"),  # GOVERNMENT [~GOV]
    ("The Freedonia Human Rights Body protested.", "The Freedonia Human Rights Body", "NGOFRE"),  # [NGO~]: before
    # two agents: each code in text order, as PETRARCH mixes them (GOVERNMENT ~GOV, SOLDIER ~MIL)
    ("Three Sylvania government soldiers were wounded.", "Three Sylvania government soldiers", "SYLGOVMIL"),
])
def test_a_dictionary_name_before_an_agent_noun_composes_with_it(extract, text, mention, code):
    """The dictionary's name is a modifier of the agent noun, not the whole actor: country + agent."""
    assert code_of(extract(text), mention) == code


def test_a_dictionary_name_that_ends_its_mention_is_the_actor(extract):
    """ "The Secretary General" carries a role of its own, but the dictionary's phrase is its head."""
    assert code_of(extract("The Secretary General praised Freedonia on Monday."), "The Secretary General") == "UNO"
    # a whole dictionary name that holds an agent noun (FOREIGN_MINISTRY [~GOV]) keeps its own code
    assert code_of(extract("The Sylvania Foreign Ministry said on Monday that talks had failed."),
                   "The Sylvania Foreign Ministry") == "SYLFM"


@pytest.mark.parametrize("text,mention,code", [
    ("Argentina protested on Monday.", "Argentina", "ARG"),  # ARGENTIN: a stem
    ("Eriadorian troops crossed the border.", "Eriadorian troops", "ERIMIL"),  # stem + agent
    ("Durthang orcs attacked the town.", "Durthang orcs", "MORORC"),  # the plural of a stem
])
def test_a_phrase_without_a_final_underscore_is_a_stem(extract, text, mention, code):
    assert code_of(extract(text), mention) == code


def test_a_stem_takes_only_word_endings_and_a_final_underscore_none(extract):
    codes = extract("Arnorian officials said the plot was foiled by Arnor.")
    assert codes["Arnor"] == "ARN"
    assert all(c != "ARN" for m, c in codes.items() if m.startswith("Arnorian"))  # ARNOR_: exact
    assert all(c != "PAL" for c in codes.values())  # PLO is not a stem of "plot"


def test_names_the_parser_joined_in_a_list_are_each_an_actor(extract):
    codes = extract("Mordor accused Arnor and Gondor of aggression.")  # one ORG "Arnor and Gondor" to the NER
    assert codes.get("Arnor") == "ARN" and codes.get("Gondor") == "GON", codes


def test_date_restricted_code_follows_document_date(extract):
    assert code_of(extract("Osterlich protested on Monday.", published="1999-05-01"), "Osterlich") == "OST"
    assert code_of(extract("Osterlich protested on Monday.", published="2021-05-01"), "Osterlich") == "OSTGOV"


def test_user_countries_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ACTORS + "UNITED_NATIONS_AGENCY [IGO]\nRUFUS_FIREFLY [FREGOV]\n")
    names = cd.user_countries(cd.parse_actors(str(f)), "2020-06-01")
    assert names["freedonia"] == "FRE" and names["freedonian"] == "FRE" and names["sylvanian"] == "SYL"
    assert "osterlich" not in names  # OSTGOV in 2020: a body, not a state
    assert "united nations agency" not in names and "rufus firefly" not in names
    assert cd.country_part("FREGOV") == "FRE" and cd.country_part("IGOUNO") is None


def test_coordinated_countries_share_the_agent(extract):
    """"Freedonian and Sylvanian officials": PETRARCH codes FREGOV and SYLGOV, one group per country."""
    codes = set(extract("Freedonian and Sylvanian officials held talks on Monday.").values())
    assert {"FREGOV", "SYLGOV"} <= codes


@pytest.mark.skipif(not AGENTS.exists(), reason="PETRARCH validation agents not present")
@pytest.mark.parametrize("text,mention,code", [
    # FORCES, DISSIDENT, ARMY are not in the validation agents file: PETRARCH codes the country alone
    ("Sylvanian forces shelled the town on Monday.", "Sylvanian forces", "SYL"),
    ("Eriador granted asylum to three Sylvanian dissidents.", "three Sylvanian dissidents", "SYL"),
    # ... while the file's own agents still compose (TROOPS {} [~MIL])
    ("Sylvanian troops shelled the town on Monday.", "Sylvanian troops", "SYLMIL"),
])
def test_with_user_agents_only_they_add_agent_codes(extract, text, mention, code):
    """Session 6: given --agents, our own role table adds no agent code (the sector stays known)."""
    assert code_of(extract(text), mention) == code


def test_without_user_agents_our_roles_add_their_sector(tmp_path):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    actors = tmp_path / "a.txt"
    actors.write_text("SYLVANIA [SYL]\n+SYLVANIAN\n")
    pipe = Pipeline(pipeline_options(None, actors=[str(actors)]))
    doc = pipe.extract("Sylvanian forces shelled the town on Monday.", name="t", published="2020-06-01")
    assert any(e.actor and e.actor.code == "SYLMIL" for e in doc.entities)
