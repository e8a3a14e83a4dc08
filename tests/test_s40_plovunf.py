"""Session 40 (s40-plovunf): a known person named before his first office is still of his country.

On real news no rule was written for (gold/plover_unfitted.jsonl), "Trump called for a ban ..." in 2015 had
a doer of no country: the knowledge base holds one row per office and tenure, and `pick` finds none when
every tenure starts after the article's date. The CAMEO actor dictionaries give a person an undated default
beside the dated office ranges ("GBRELI||" for Tony Blair): before his office he is an elite of his country.
A post in an international body (a row with no country) is the office's code and gives nothing before it.
Sentences written for these tests (docs/accuracy.md, "Session 40, s40-plovunf")."""

import pytest

from newsgraph.actors import kb as kbmod


def _kb():
    row = kbmod.KBRow
    return kbmod.KB([
        row(id=0, name="Ana Velasquez", aliases=("Velasquez",), type="PERSON", country="PER", sector="GOV",
            role="President", start="2021-07-28", end="", code=None),
        row(id=1, name="Ana Velasquez", aliases=("Velasquez",), type="PERSON", country="PER", sector="GOV",
            role="Prime Minister", start="2018-03-01", end="2020-01-01", code=None),
        # a person whose first post was in another country's government than his later one
        row(id=2, name="Tomas Ruiz Ortega", aliases=(), type="PERSON", country="ECU", sector="GOV",
            role="Foreign Minister", start="2012-01-01", end="2014-01-01", code="ECUGOV"),
        row(id=3, name="Tomas Ruiz Ortega", aliases=(), type="PERSON", country="BOL", sector="GOV",
            role="President", start="2020-01-01", end="", code=None),
        row(id=4, name="Karin Holm", aliases=(), type="PERSON", country=None, sector="IGO",
            role="Secretary-General", start="2022-01-01", end="", code="IGOUNO"),
        row(id=5, name="Andean Reform Party", aliases=(), type="ORG", country="PER", sector="PTY",
            role=None, start="2019-01-01", end="", code=None),
    ])


def test_before_the_first_office_a_person_is_an_elite_of_his_country():
    row = _kb().person("Ana Velasquez", "2015-06-01")
    assert (row.country, row.sector, row.role, row.code) == ("PER", "ELI", None, None)
    # an undated default: no tenure of the office it was taken from (its first row ended in 2020)
    assert (row.start, row.end, row.default) == ("", "", True)
    assert not kbmod.is_former(row, "2015-06-01")
    assert _kb().person("Velasquez", "2015-06-01").country == "PER"  # by the surname, as in office


def test_in_office_and_after_it_unchanged():
    kb = _kb()
    assert kb.person("Ana Velasquez", "2022-01-01").role == "President"
    between = kb.person("Ana Velasquez", "2020-06-01")
    assert between.role == "Prime Minister" and kbmod.is_former(between, "2020-06-01")


def test_the_first_office_gives_the_country():
    row = _kb().person("Tomas Ruiz Ortega", "2005-01-01")
    assert (row.country, row.sector, row.code) == ("ECU", "ELI", None)  # not the office's explicit code


def test_a_post_in_an_international_body_gives_nothing_before_it():
    assert _kb().person("Karin Holm", "2015-01-01") is None
    assert _kb().person("Karin Holm", "2023-01-01").code == "IGOUNO"


def test_the_organisation_lookup_finds_a_person_the_same_way():
    kb = _kb()
    row = kb.org("Ana Velasquez", "2015-06-01")  # a person the NER took for an organisation
    assert (row.country, row.sector) == ("PER", "ELI")
    assert kb.org("Andean Reform Party", "2010-01-01") is None  # a body before it existed: no default


@pytest.mark.parametrize("text, verb, date, source", [
    ("Javier Milei criticised Brazil's trade policy in a radio interview.", "criticised", "2019-03-05", "ARGELI"),
    ("Donald Trump attacked China over its huge trade surplus.", "attacked", "2015-07-01", "USAELI"),
    ("Javier Milei criticised Brazil's trade policy in a radio interview.", "criticised", "2024-03-05", "ARGGOV"),
])
def test_the_pipeline_codes_the_doer(pipeline, text, verb, date, source):
    doc = pipeline.extract(text, name="t", published=date)
    code = {e.id: e.actor.code if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.trigger and verb in e.trigger.text.lower()]
    assert [code[i] for i in ev.source] == [source]


def test_the_dictionarys_dated_office_still_wins(pipeline):
    # the table's first row for Putin starts in May 2000; the Phoenix dictionary knows him as prime minister
    # from August 1999 (RUSGOV), which the table's undated default must not hide
    doc = pipeline.extract("Vladimir Putin accused Georgia of sheltering Chechen rebels.", name="t",
                           published="1999-12-01")
    code = {e.id: e.actor.code if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.trigger and "accused" in e.trigger.text.lower()]
    assert [code[i] for i in ev.source] == ["RUSGOV"]


def test_what_the_article_says_of_him_beats_the_dictionarys_default(pipeline):
    # Abbas's first row in the table is of 2005, and the dictionary's undated default for him is PSEELI;
    # the article makes him the party's leader, so the party's sector, as when he is in office
    doc = pipeline.extract("Angry activists of the Fatah Party rallied in Gaza against the party's leader "
                           "Mahmoud Abbas.", name="t", published="2000-01-01")
    (abbas,) = [e for e in doc.entities if e.name == "Mahmoud Abbas"]
    assert abbas.actor.code == "PSEPTY"


# ---- a word alone is no one's surname code -------------------------------------------------------------
# s40-plovunf coded a person named by one word ("Mugabe", "Mr Chirac") as the Phoenix dictionary's one person
# of that surname. On 300 BBC business stories it coded companies and common words instead (Ferrari VCTGOV,
# Audi LBNGOV, Kraft ESTGOVBUS, "Time" MNGELI, "Bill" GNQGOV): the lead took it out. These pin that a lone
# word takes no namesake's code.

@pytest.mark.parametrize("text, verb, source", [
    # a fuller name in the text that the dictionary does not list: someone else, not its Mandela
    ("John Mandela, a farmer, accused Uganda of stealing cattle.", "accused", None),
    ("Peter Mugabe owns a shop in Leeds. Mugabe accused Britain of racism.", "accused", None),
])
def test_a_lone_word_takes_no_namesakes_code(pipeline, text, verb, source):
    doc = pipeline.extract(text, name="t", published="2000-01-01")
    country = {e.id: e.actor.country if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.trigger and verb in e.trigger.text.lower()]
    assert [country[i] for i in ev.source] in ([source], [] if source is None else [source])


def test_a_faith_is_no_ones_surname(pipeline):
    # the dictionary has persons surnamed Islam; the faith the NER tags as an organisation is none of them
    doc = pipeline.extract("The cleric rejected the minister's ignorant view of Islam.", name="t", published="2016-05-10")
    (islam,) = [e for e in doc.entities if e.name == "Islam"]
    assert islam.actor is None or islam.actor.country is None


def test_the_tables_person_is_not_the_dictionarys_namesake(pipeline):
    # "Merz" alone is the table's Friedrich Merz (its default before his office), not the Swiss namesake the
    # dictionary lists by that surname
    doc = pipeline.extract("Speaking in Berlin, Merz accused Turkey of blackmailing Europe.", name="t",
                           published="2016-03-08")
    country = {e.id: e.actor.country if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.trigger and "accused" in e.trigger.text.lower()]
    assert [country[i] for i in ev.source] == ["DEU"]


@pytest.mark.parametrize("text, name", [
    ("Ferrari reported record profits as demand for its sports cars grew.", "Ferrari"),
    ("Audi said it would recall 10,000 cars with faulty brakes.", "Audi"),
])
def test_a_company_is_no_namesakes_government(pipeline, text, name):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    for e in doc.entities:
        if e.name == name:
            assert e.actor is None or e.actor.sector != "GOV", (name, e.actor)
