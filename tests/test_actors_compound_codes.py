"""Compound actor codes in user dictionaries: `NAME [ABC/DEF/GHI]` names a group of actors, and an
event it takes part in is coded once for each of its codes (PETRARCH expands `XXX/YYY` codes into its
source and target lists, as for actors the sentence coordinates). A malformed slash is a load-time
error naming the file and line. All names here are fictional, written for these tests."""

import pytest

from newsgraph.actors import cameo_dict as cd
from newsgraph.evaluate import petrarch as ep
from newsgraph.model import Actor
from conftest import SHARED

FORMAT = SHARED / "data/cameo-dict-format"

ACTORS = """# fictional actors: a compound actor's codes are joined by '/'
VELMORA  [VEL]
KARSK  [KAR]
THE_BRANNIC_LEAGUE  [KAR/LUN/BEX]
+BRANNIC_LEAGUE
OSTRANE_ACCORD
\t[KAR/LUN <20100101]
\t[KAR/LUN/BEX]
"""

AGENTS = "SOLDIER [~MIL]\n"

RECORDS = """<Sentences>
<Sentence date="20200105" id="CMP-1"><Text>The Brannic League attacked Velmora on Monday.</Text>
<EventCoding sourcecode="KAR" targetcode="VEL" eventcode="190"/>
<EventCoding sourcecode="LUN" targetcode="VEL" eventcode="190"/>
<EventCoding sourcecode="BEX" targetcode="VEL" eventcode="190"/>
</Sentence>
<Sentence date="20200105" id="CMP-2"><Text>Velmora attacked the Brannic League on Monday.</Text>
<EventCoding sourcecode="VEL" targetcode="KAR" eventcode="190"/>
<EventCoding sourcecode="VEL" targetcode="LUN" eventcode="190"/>
<EventCoding sourcecode="VEL" targetcode="BEX" eventcode="190"/>
</Sentence>
<Sentence date="20200105" id="CMP-3"><Text>Karsk attacked the Brannic League on Monday.</Text>
<EventCoding sourcecode="KAR" targetcode="LUN" eventcode="190"/>
<EventCoding sourcecode="KAR" targetcode="BEX" eventcode="190"/>
</Sentence>
<Sentence date="20050105" id="CMP-4"><Text>The Ostrane Accord attacked Velmora on Monday.</Text>
<EventCoding sourcecode="KAR" targetcode="VEL" eventcode="190"/>
<EventCoding sourcecode="LUN" targetcode="VEL" eventcode="190"/>
</Sentence>
<Sentence date="20200105" id="CMP-5"><Text>Velmora and the Brannic League attacked Karsk on Monday.</Text>
<EventCoding sourcecode="VEL" targetcode="KAR" eventcode="190"/>
<EventCoding sourcecode="LUN" targetcode="KAR" eventcode="190"/>
<EventCoding sourcecode="BEX" targetcode="KAR" eventcode="190"/>
</Sentence>
</Sentences>
"""


def _actors(tmp_path, body=ACTORS):
    f = tmp_path / "compound.actors.txt"
    f.write_text(body)
    return f


def test_loader_keeps_every_code_of_a_compound(tmp_path):
    entries = {e.phrases[0]: e for e in cd.parse_actors(str(_actors(tmp_path)))}
    league = entries["the brannic league"]
    assert league.code_at("2020-01-01") == "KAR/LUN/BEX" and "brannic league" in league.phrases
    assert cd.split_codes(league.code_at(None)) == ["KAR", "LUN", "BEX"]
    accord = entries["ostrane accord"]  # a compound is date-restricted as any code
    assert accord.code_at("2005-01-01") == "KAR/LUN" and accord.code_at("2015-01-01") == "KAR/LUN/BEX"


def test_glued_date_and_lower_case_compound(tmp_path):
    (e,) = cd.parse_actors(str(_actors(tmp_path, "DUNMERE_PACT [kar/lun<911226]\n")))
    assert e.code_at("1990-01-01") == "KAR/LUN" and e.code_at("1995-01-01") is None


@pytest.mark.skipif(not FORMAT.exists(), reason="format examples not present")
def test_validation_dictionary_compounds_keep_all_codes():
    entries = {e.phrases[0]: e for e in cd.parse_actors(str(FORMAT / "PETR.Validate.actors.txt"))}
    assert entries["lorien"].code_at(None) == "ELR/GAL"
    assert entries["the shire"].code_at(None) == "FRO/BIL/SAM"


@pytest.mark.parametrize("body,line,reason", [
    ("VELMORA [VEL]\nKARSK [KAR/]\n", 2, "empty code beside '/'"),
    ("VELMORA [VEL]\n\nKARSK [/KAR]\n", 3, "empty code beside '/'"),
    ("KARSK [KAR//LUN]\n", 1, "empty code beside '/'"),
    ("KARSK\n\t[KAR/ >20100101]\n", 2, "empty code beside '/'"),
    ("KARSK [KAR/---]\n", 1, "bad code '---' in compound"),
    ("KARSK [KAR/L!N]\n", 1, "bad code 'L!N' in compound"),
])
def test_malformed_slash_names_file_and_line(tmp_path, body, line, reason):
    f = _actors(tmp_path, body)
    with pytest.raises(cd.DictionaryError) as err:
        cd.parse_actors(str(f))
    assert f"{f}:{line}" in str(err.value) and reason in str(err.value)


def test_compose_country_and_codes_of_a_compound():
    assert cd.compose("KAR/LUN", "MIL", False) == "KARMIL/LUNMIL"
    assert cd.compose("KAR/LUN", "NGO", True) == "NGOKAR/NGOLUN"
    assert cd.compose("KAR", "MIL", False) == "KARMIL"
    assert cd.country_part("KARGOV/KARMIL") == "KAR" and cd.country_part("KAR/LUN") is None
    assert Actor(code="KAR/LUN/BEX").codes() == ["KAR", "LUN", "BEX"]
    assert Actor(code="KARGOV").codes() == ["KARGOV"] and Actor().codes() == []


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("dicts")
    (d / "a.txt").write_text(ACTORS)
    (d / "g.txt").write_text(AGENTS)
    return Pipeline(ep.pipeline_options(None, actors=[str(d / "a.txt")], agents=[str(d / "g.txt")]))


def test_extract_one_entity_with_all_codes_as_event_source(pipe):
    doc = pipe.extract("The Brannic League attacked Velmora on Monday.", name="t", published="2020-01-06")
    league = next(e for e in doc.entities if e.actor and e.actor.code == "KAR/LUN/BEX")
    assert league.actor.country is None and league.actor.codes() == ["KAR", "LUN", "BEX"]
    (ev,) = [ev for ev in doc.events if ev.type == "ASSAULT"]
    assert ev.source == [league.id]  # one actor in the document, three codes for the coding
    assert ep._codings(doc) == [ep.Coding(s, "VEL", ev.cameo) for s in ("BEX", "KAR", "LUN")]


def test_agent_composes_with_each_code(pipe):
    doc = pipe.extract("Brannic League soldiers attacked Velmora on Monday.", name="t", published="2020-01-06")
    codes = {e.actor.code for e in doc.entities if e.actor}
    assert "KARMIL/LUNMIL/BEXMIL" in codes, codes


def test_petrarch_records_one_coding_per_code(tmp_path, pipe):
    f = tmp_path / "compound.xml"
    f.write_text(RECORDS)
    r = ep.evaluate(str(f), pipe.options)
    # CMP-3 and CMP-5: Karsk is one of the league, and no actor is coded against itself (KAR->KAR)
    assert r["gold_events"] == 13 and r["correct"] == 13 and r["extra"] == 0, r["misses"]
