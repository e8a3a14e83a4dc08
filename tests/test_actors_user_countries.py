"""User actor dictionaries: a name with a bare state code composes with role nouns and agents
(PETRARCH's country + agent), and date-restricted codes follow the document date."""

import pytest

from newsgraph.actors import cameo_dict as cd
from conftest import SHARED

AGENTS = SHARED / "data/cameo-dict-format/PETR.Validate.agents.txt"

ACTORS = """FREEDONIA [FRE]
SYLVANIA [SYL]
+SYLVANIAN
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
    ("Freedonia's foreign minister flew home on Monday.", "Freedonia's foreign", "FREGOV"),
    ("Freedonia President Rufus Firefly spoke on Monday.", "Rufus Firefly", "FREGOV"),
    ("Sylvanian officials denied the report on Monday.", "Sylvanian officials", "SYLGOV"),
])
def test_dictionary_country_composes_with_role(extract, text, mention, code):
    codes = extract(text)
    assert code_of(codes, mention) == code


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
