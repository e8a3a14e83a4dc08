"""Session 49 (s49-fixes): docs/accuracy.md and docs/testing.md, "Session 49, s49-fixes". Sentences written for
these tests.

1. A traveller's sector is read at the date of the trip when the text dates it (the actors stage's dated offices,
   `attrs.tenures`, read by events.stage._source_sectors), the article's date otherwise.
2. actors.tables' country_names has one order whatever the hash seed.
4. events.stage.absorb, split into short functions, keeps its behaviour (one event per act detailed by a clause).
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.actors import phoenix
from newsgraph.actors.cameo_dict import ActorEntry, DatedCode
from newsgraph.events.stage import place_countries
from newsgraph.events.tenures import tenure_sector
from test_actors_article import actors_stage, prepared

ROOT = Path(__file__).resolve().parent.parent


def _visits(pipeline, text, published="2026-06-01"):
    doc = pipeline.extract(text, name="t", published=published)
    cities = place_countries(doc)
    code = {e.id: e.actor.code if e.actor is not None else cities.get(e.id) for e in doc.entities}
    return [(e.cameo, tuple(code.get(i) for i in e.source), tuple(code.get(i) for i in e.target))
            for e in doc.events if e.type == "CONSULT" and e.mode == "visit"]


# --- 1. the sector at the act's own date -------------------------------------------------------------------

def test_a_former_president_s_dated_trip_while_in_office_is_a_visit(pipeline):
    # knowledge base: George W. Bush, USA GOV 2001-01-20 .. 2009-01-20; the article (2026) makes him USAELI
    visits = _visits(pipeline, "Former US president George W. Bush travelled to Iraq in December 2003.")
    assert ("042", ("USAELI",), ("IRQ",)) in visits


def test_the_same_trip_after_leaving_office_is_none(pipeline):
    assert _visits(pipeline, "Former US president George W. Bush travelled to Iraq in December 2015.") == []


def test_an_undated_trip_reads_the_article_s_date(pipeline):
    assert _visits(pipeline, "Former US president George W. Bush travelled to Iraq.") == []


def test_an_undated_trip_keeps_the_text_s_reading_at_the_article_s_date(pipeline):
    # in 2005 the table has Bush in office, but the text calls him former: the actors stage's reading stands
    assert _visits(pipeline, "Former US president George W. Bush travelled to Iraq.", "2005-06-01") == []


def test_another_event_s_date_does_not_date_the_trip(pipeline):
    # "the 1991 war" dates the war, not the trip (_event_date): the trip is the article's (2005, in office)
    assert ("042", ("USAGOV",), ("IRQ",)) in _visits(
        pipeline, "US President George W. Bush travelled to Iraq for talks about the 1991 war.", "2005-06-01")


def test_a_state_force_with_no_dated_office_keeps_its_sector(pipeline):
    assert ("042", ("NLDMIL",), ("BEL",)) in _visits(pipeline, "Dutch soldiers travelled to Belgium.")


def test_a_trip_dated_before_the_first_office_is_none(pipeline):
    # Marco Rubio: Secretary of State from 2025-01-21 in the table; in 2009 he held no office of it
    assert _visits(pipeline, "Marco Rubio travelled to Cuba in May 2009.") == []
    assert ("042", ("USAGOV",), ("CUB",)) in _visits(pipeline, "Marco Rubio travelled to Cuba in May 2025.")


def test_a_dictionary_person_s_dated_codes_date_the_trip(pipeline):
    # Phoenix: james callaghan GBRELI to 1976-04-05, GBRGOV 1976-04-05 .. 1979-05-04, GBRELI after
    assert ("042", ("GBRELI",), ("RUS",)) in _visits(pipeline, "James Callaghan travelled to Moscow in March 1977.",
                                                     "2004-03-02")
    assert _visits(pipeline, "James Callaghan travelled to Moscow in March 1982.", "2004-03-02") == []


def test_the_actors_stage_gives_a_tabled_person_his_dated_offices(pipeline):
    doc = pipeline.extract("George W. Bush spoke in Texas.", name="t", published="2026-06-01")
    bush = next(e for e in doc.entities if e.name == "George W. Bush")
    assert bush.attrs["tenures"] == [{"code": "USAGOV", "sector": "GOV", "start": "2001-01-20", "end": "2009-01-20"}]
    doc = pipeline.extract("The Dutch prime minister flew to Copenhagen.", name="t", published="2026-06-01")
    assert all("tenures" not in e.attrs for e in doc.entities)  # no table row, no dictionary: no dated office


def test_a_user_dictionary_s_person_gets_no_table_tenures(pipeline, tmp_path):
    actors = tmp_path / "a.txt"
    actors.write_text("GEORGE_W._BUSH [ARNGOV]\n", encoding="utf-8")
    stage = actors_stage(pipeline.nlp, actor_dicts=(str(actors),))
    doc, parse = prepared(pipeline, "George W. Bush spoke in Texas.", "2026-06-01")
    stage(doc, parse)
    bush = next(e for e in doc.entities if "Bush" in e.name)
    assert bush.actor.code == "ARNGOV" and "tenures" not in bush.attrs


def test_dated_offices_are_the_dictionary_s_codes_in_iso():
    entry = ActorEntry(phrases=["x"], codes=[DatedCode("GBRGOV", "19760405", "19790505"), DatedCode("GBRELI", None, None),
                                             DatedCode("IGOUNO", "20000101", None), DatedCode("GBR", None, "19500101")])
    assert phoenix.dated_offices(entry) == [
        {"code": "GBRGOV", "sector": "GOV", "start": "1976-04-05", "end": "1979-05-05"},
        {"code": "GBRELI", "sector": "ELI", "start": "", "end": ""},
        {"code": "IGOUNO", "sector": "UNO", "start": "2000-01-01", "end": ""},
        {"code": "GBR", "sector": None, "start": "", "end": "1950-01-01"},
    ]


def test_a_dictionary_end_past_its_month_s_last_day_is_given_as_the_next_real_day():
    # cameo_dict stores an inclusive limit plus one as a number ("<20070630" -> before "20070631"): the output is
    # a real date every real day compares against as before, so a reader can parse it
    entry = ActorEntry(phrases=["x"], codes=[DatedCode("GBRGOV", "19970502", "20070631"),
                                             DatedCode("GBRELI", "20071232", "20080230"),
                                             DatedCode("GBRLEG", "20040230", "20080229"),
                                             DatedCode("GBRJUD", "20050131", "20050132")])
    offices = phoenix.dated_offices(entry)
    assert [(o["start"], o["end"]) for o in offices] == [("1997-05-02", "2007-07-01"), ("2008-01-01", "2008-03-01"),
                                                         ("2004-03-01", "2008-02-29"), ("2005-01-31", "2005-02-01")]
    for o in offices:
        dt.date.fromisoformat(o["start"]), dt.date.fromisoformat(o["end"])


def test_a_dictionary_date_with_no_real_month_is_written_as_it_stands():
    # no calendar to roll it by: written as given rather than failing the whole article
    entry = ActorEntry(phrases=["x"], codes=[DatedCode("GBRGOV", "20071301", None)])
    assert phoenix.dated_offices(entry)[0]["start"] == "2007-13-01"


def _days(a, b):
    return dt.date.fromisoformat(a), dt.date.fromisoformat(b)


TENURES = [{"sector": "ELI", "start": "", "end": "2001-01-20"}, {"sector": "GOV", "start": "2001-01-20", "end": "2009-01-20"},
           {"sector": "LEG", "start": "2012-01-01", "end": ""}]


@pytest.mark.parametrize("first, last, sector", [
    ("2003-01-01", "2003-12-31", "GOV"),   # inside a state office
    ("2001-01-20", "2001-01-20", "GOV"),   # the first day is in it (start inclusive)
    ("2009-01-20", "2009-01-20", "ELI"),   # the end day is not (end exclusive), and no other office then
    ("2009-01-19", "2009-01-19", "GOV"),
    ("2009-01-01", "2009-12-31", "GOV"),   # an office that ends within the period was held in it
    ("2000-01-01", "2000-12-31", "ELI"),   # an office of no state sector
    ("2001-01-01", "2001-12-31", "GOV"),   # two offices in the year: the state's wins
    ("2010-01-01", "2010-12-31", "ELI"),   # none: an elite
    ("2013-05-01", "2013-05-31", "LEG"),   # an open end
])
def test_tenure_sector(first, last, sector):
    assert tenure_sector(TENURES, _days(first, last)) == sector


def test_tenure_sector_of_an_office_with_no_sector_is_the_next_one_or_elite():
    assert tenure_sector([{"sector": None, "start": "", "end": ""}], _days("2003-01-01", "2003-01-01")) == "ELI"
    assert tenure_sector([{"sector": None, "start": "", "end": ""}, {"sector": "MED", "start": "", "end": ""}],
                         _days("2003-01-01", "2003-01-01")) == "MED"
    assert tenure_sector([{"sector": "MED", "start": "", "end": ""}, {"sector": "MIL", "start": "2003", "end": ""}],
                         _days("2003-01-01", "2003-01-01")) == "MIL"


# --- 2. the country table under two hash seeds ---------------------------------------------------------------

TABLE = "from newsgraph.actors.tables import tables; import json; print(json.dumps(list(tables().country_names.items())))"


def _table_under(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", TABLE], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_country_names_keep_one_order_whatever_the_hash_seed():
    one, two = _table_under("1"), _table_under("2")
    assert len(one) > 500 and one == two


# --- 4. absorb: one event per act, its details absorbed -------------------------------------------------------

@pytest.mark.parametrize("text, events", [
    # a participle of the same type tells the outcome
    ("Gondorian troops shelled the town of Osgiliath, killing three civilians.",
     [("ASSAULT", "194", "shelled", ["Osgiliath"])]),
    ("Gondor ambushed a Mordor convoy, killing 12 soldiers.", [("ASSAULT", "193", "ambushed", ["Mordor"])]),
    # a purpose: one act, the target lent from the purpose clause
    ("Gondorian police used tear gas to disperse the protesters in Minas Tirith.",
     [("ASSAULT", "175", "tear gas", ["protesters"])]),
    ("Gondor telephoned Rohan to discuss the crisis.", [("CONSULT", "041", "telephoned", ["Rohan"])]),
    ("Gondor froze Mordor's state assets to pressure Mordor.",
     [("SANCTION", "163", "froze Mordor's state assets", ["Mordor"])]),
    # the verb's object noun says how: one event, the noun's sense
    ("Gondorian police fired tear gas at the protesters in Minas Tirith.",
     [("ASSAULT", "175", "fired", ["protesters"])]),
    # a protest's demand is its content
    ("Rohan staged rallies in Edoras, saying the Gondorian king must resign.",
     [("RETREAT", "0831", "resign", []), ("PROTEST", "141", "rallies", ["Gondorian king"])]),
    # an "in protest of" phrase is the act's aim
    ("The Rohan opposition continued a hunger strike in protest of the Gondorian ruling.",
     [("PROTEST", "142", "hunger strike", ["Gondorian"])]),
    # a verb restating its subject's event noun
    ("The Mordor attack killed ten Gondorian soldiers.", [("ASSAULT", "190", "attack", ["Gondorian soldiers"])]),
    ("A Mordor drone strike hit a Gondorian convoy, killing four soldiers.",
     [("ASSAULT", "195", "drone strike", ["Gondorian"])]),
    # a participle on a verb that codes nothing tells the outcome of its subject's event noun
    ("Clashes broke out in Osgiliath, leaving three Gondorian soldiers dead.",
     [("ASSAULT", "190", "Clashes", ["three Gondorian soldiers"])]),
    # an actorless noun inside a same-type event
    ("The Gondorian king visited Rohan for talks on trade.",
     [("CONSULT", "046", "visited", ["Rohan"]), ("CONSULT", "043", "visited", ["Gondorian king"])]),
])
def test_absorbed_details(pipeline, text, events):
    doc = pipeline.extract(text, name="t", published="2026-03-02")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, e.cameo, e.trigger.text, [names[i] for i in e.target]) for e in doc.events] == events
