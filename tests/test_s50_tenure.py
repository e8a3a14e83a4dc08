"""Session 50 (s50-tenure): docs/accuracy.md and docs/testing.md, "Session 50, s50-tenure". Sentences written for
these tests.

An act the text dates itself reads its actors' sectors at that date (the actors stage's dated offices,
`attrs.tenures`), by one route, events.tenures.act_sector: the visit rule (session 49) and now the ACLED sides
(acled._Sides: a former official's order given in office is the state's). An undated act, or one dated only by the
article, keeps the sector the actors stage gave at the article's date.
"""

import datetime as dt

import pytest

from newsgraph.events import acled
from newsgraph.events.acled import acled_for
from newsgraph.events.tenures import act_bounds, act_sector, tenure_sector
from newsgraph.model import Actor, DateRef, Entity, Event, Span
from newsgraph.words import STATE_SECTORS

# --- the route: act_bounds, act_sector -----------------------------------------------------------------------

OWN_2003 = DateRef(value="2003-06", granularity="month", text="June 2003")
OWN_2009 = DateRef(value="2009-06", granularity="month", text="June 2009")
ARTICLE = DateRef(value="2003-06-15", granularity="day", text="document date")

# a person out of office at the article's date (ELI) who held a state office from 2001-05-01 to 2006-05-01
FORMER = [{"code": "FRAELI", "sector": "ELI", "start": "", "end": "2001-05-01"},
          {"code": "FRAGOV", "sector": "GOV", "start": "2001-05-01", "end": "2006-05-01"},
          {"code": "FRAELI", "sector": "ELI", "start": "2006-05-01", "end": ""}]
# a person in office at the article's date (GOV) since 2020-01-01, an elite before
SINCE_2020 = [{"code": "FRAELI", "sector": "ELI", "start": "", "end": "2020-01-01"},
              {"code": "FRAGOV", "sector": "GOV", "start": "2020-01-01", "end": ""}]


def _person(eid, name, sector, tenures=None):
    attrs = {"tenures": tenures} if tenures is not None else {}
    return Entity(id=eid, name=name, type="PERSON", actor=Actor(code="FRA" + sector, country="FRA", sector=sector),
                  attrs=attrs)


def test_an_act_dated_by_its_own_words_has_its_period():
    assert act_bounds(OWN_2003) == (dt.date(2003, 6, 1), dt.date(2003, 6, 30))
    assert act_bounds(DateRef(value="2009", granularity="year", text="in 2009")) == (dt.date(2009, 1, 1),
                                                                                     dt.date(2009, 12, 31))


def test_an_act_dated_only_by_the_article_or_not_at_all_has_no_period():
    assert act_bounds(ARTICLE) is None
    assert act_bounds(None) is None


def test_act_sector_reads_the_office_held_during_the_act():
    vell = _person("p1", "Dara Vell", "ELI", FORMER)
    assert act_sector(vell, act_bounds(OWN_2003), "ELI") == "GOV"
    assert act_sector(vell, act_bounds(OWN_2009), "ELI") == "ELI"


def test_act_sector_keeps_the_article_reading_without_a_period_or_dated_offices():
    vell = _person("p1", "Dara Vell", "ELI", FORMER)
    assert act_sector(vell, None, "ELI") == "ELI"
    assert act_sector(_person("p2", "Tomas Reyl", "MIL"), act_bounds(OWN_2003), "MIL") == "MIL"  # no tenures
    assert act_sector(None, act_bounds(OWN_2003), "GOV") == "GOV"  # no entity to read
    assert act_sector(_person("p3", "Ines Arvo", "GOV", []), act_bounds(OWN_2003), "GOV") == "GOV"  # empty list



# --- the ACLED sides ---------------------------------------------------------------------------------------

class _Doc:
    places = ()

    def __init__(self, *ents):
        self.ents = {e.id: e for e in ents}

    def entity(self, eid):
        return self.ents.get(eid)


def _blocked(sentence, date, source="p1"):
    at = sentence.index("blocked")
    return Event(id="e", type="PROTEST", mode="obstruct", cameo="144", source=[source], target=[],
                 trigger=Span(start=at, end=at + 7, text="blocked"),
                 evidence=Span(start=0, end=len(sentence), text=sentence), date=date)


def _sub(ev, doc):
    got = acled_for(ev, doc)
    return got and got["sub_event_type"]


def test_a_former_official_s_act_in_office_is_the_state_s():
    doc = _Doc(_person("p1", "Dara Vell", "ELI", FORMER))
    ev = _blocked("Dara Vell blocked the march at the bridge in June 2003.", OWN_2003)
    assert acled._Sides(ev, doc).src_sectors == {"GOV"}
    assert _sub(ev, doc) == "Protest with intervention"  # forces of the state stopping a march


@pytest.mark.parametrize("date", [OWN_2009, ARTICLE, None])
def test_the_same_act_later_or_undated_reads_the_article_s_sector(date):
    doc = _Doc(_person("p1", "Dara Vell", "ELI", FORMER))
    ev = _blocked("Dara Vell blocked the march at the bridge.", date)
    assert acled._Sides(ev, doc).src_sectors == {"ELI"}
    assert _sub(ev, doc) == "Peaceful protest"


def test_an_official_s_act_before_taking_office_is_no_state_s():
    doc = _Doc(_person("p1", "Ilsa Marrow", "GOV", SINCE_2020))
    assert _sub(_blocked("Ilsa Marrow blocked the march in June 2009.", OWN_2009), doc) == "Peaceful protest"
    assert _sub(_blocked("Ilsa Marrow blocked the march.", None), doc) == "Protest with intervention"


def test_the_target_side_is_read_at_the_act_s_date_too():
    doc = _Doc(_person("p1", "Dara Vell", "ELI", FORMER), _person("p2", "Ilsa Marrow", "GOV", SINCE_2020))
    ev = Event(id="e", type="ASSAULT", mode="seize", source=["p2"], target=["p1"], date=OWN_2003)
    sides = acled._Sides(ev, doc)
    assert sides.src_sectors == {"ELI"} and sides.tgt_sectors == {"GOV"}
    assert sides.tgt(STATE_SECTORS, acled.STATE_WORDS) and not sides.src(STATE_SECTORS, acled.STATE_WORDS)


def test_a_side_of_no_sector_has_none_whatever_the_date():
    nobody = Entity(id="p1", name="Dara Vell", type="PERSON", actor=Actor(code=None, country=None, sector=None))
    doc = _Doc(nobody, Entity(id="o1", name="the Harbour Guild", type="ORG", actor=None))
    for date in (OWN_2003, None):
        ev = Event(id="e", type="ASSAULT", mode="seize", source=["p1"], target=["o1"], date=date)
        assert acled._Sides(ev, doc).src_sectors == set() and acled._Sides(ev, doc).tgt_sectors == set()


def test_a_dated_person_with_no_article_sector_reads_the_office_of_the_act():
    # a code of country alone at the article's date: the dated offices still say what the person was then
    bare = Entity(id="p1", name="Dara Vell", type="PERSON", actor=Actor(code="FRA", country="FRA", sector=None),
                  attrs={"tenures": FORMER})
    assert acled._Sides(_blocked("Dara Vell blocked the march.", OWN_2003), _Doc(bare)).src_sectors == {"GOV"}
    assert acled._Sides(_blocked("Dara Vell blocked the march.", None), _Doc(bare)).src_sectors == set()


def test_a_named_force_of_no_country_is_still_an_armed_group():
    army = Entity(id="a1", name="Vessel Liberation Army", type="ORG", actor=Actor(code="MIL", country=None, sector="MIL"))
    ev = Event(id="e", type="ASSAULT", mode="seize", source=["a1"], target=[], date=OWN_2003)
    assert acled._Sides(ev, _Doc(army)).src_sectors == {"REB"}


# --- through the pipeline (the knowledge base's tenures) -----------------------------------------------------

def _acled_subs(pipeline, text, published="2026-06-01"):
    doc = pipeline.extract(text, name="t", published=published)
    return [e.acled["sub_event_type"] for e in doc.events if e.type == "PROTEST" and e.acled]


def test_a_former_president_s_dated_act_in_office_is_the_state_s(pipeline):
    # knowledge base: George W. Bush, USA GOV 2001-01-20 .. 2009-01-20; the article (2026) makes him USAELI
    text = "Former US president George W. Bush blocked the march at the bridge in June 2003."
    assert _acled_subs(pipeline, text) == ["Protest with intervention"]


def test_the_former_president_s_act_undated_keeps_the_article_s_reading(pipeline):
    text = "Former US president George W. Bush blocked the march at the bridge."
    assert _acled_subs(pipeline, text) == ["Peaceful protest"]


def test_an_act_dated_before_the_office_is_no_state_s(pipeline):
    # Marco Rubio: Secretary of State from 2025-01-21 in the table (USAGOV at the article's date)
    assert _acled_subs(pipeline, "Marco Rubio blocked the march at the bridge in May 2009.") == ["Peaceful protest"]
    assert _acled_subs(pipeline, "Marco Rubio blocked the march at the bridge in May 2025.") == [
        "Protest with intervention"]
    assert _acled_subs(pipeline, "Marco Rubio blocked the march at the bridge.") == ["Protest with intervention"]


# --- the sides' other readings, unchanged, pinned under mutation (docs/testing.md) ---------------------------

def _org(eid, name, sector, code=None, country=None):
    return Entity(id=eid, name=name, type="ORG", actor=Actor(code=code, country=country, sector=sector))


def test_a_side_of_several_actors_has_every_one_s_sector_and_names_in_order():
    doc = _Doc(_person("p1", "Dara Vell", "ELI", FORMER), _person("p2", "Ilsa Marrow", "GOV", SINCE_2020))
    ev = Event(id="e", type="ASSAULT", mode="seize", source=["zz", "p1", "p2"], target=[], date=None)
    sides = acled._Sides(ev, doc)  # ("zz": an id with no entity is passed over, not the end of the side)
    assert sides.src_sectors == {"ELI", "GOV"}
    assert sides.src_text == "Dara Vell ; Ilsa Marrow" and sides.src_names == "Dara Vell ; Ilsa Marrow"


def test_a_sector_is_read_by_its_first_three_letters():
    assert acled._sector(_org("o1", "the ministry", "GOVX", country="FRA"), "GOVX") == "GOV"


def test_a_generic_force_opening_a_sentence_is_no_armed_group():
    assert acled._sector(_org("o1", "Army units", "MIL"), "MIL") == "MIL"  # no country, capitalised, generic
    assert acled._sector(_org("o1", "Vessel Liberation Army", "MIL"), "MIL") == "REB"


def test_an_international_force_is_no_armed_group():
    assert acled._sector(_org("o1", "Harbour Watch Mission", "COP", code="IGOCOP"), "COP") == "COP"
    assert acled._sector(_org("o1", "Harbour Watch Mission", "COP", code="XYZCOP"), "COP") == "REB"
