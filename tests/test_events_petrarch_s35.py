"""Session 35 (s35-petr): four families of hard sentence structure that gold/petrarch_records_21.xml found, in
other words than the record file, with the PETRARCH validation dictionaries (codes that verb dictionary's own):
- a verb conjoined to another with no subject of its own shares that one's: "its" on its object is the subject's
  ("Arnor expelled two Mordor diplomats and recalled its ambassador from Barad-dur": Arnor's ambassador, so the
  recall is aimed at the from-phrase);
- "Title Name of Country": the of-phrase on the titled name gives the country ("Foreign Minister Halbarad Turgon
  of Gondor" GONGOVFRM), also when the NER cut the name short;
- a name the NER ran over a clause boundary ("Osgiliath, Gondor condemned Mordor", "Osgiliath while Rohan") is
  cut into its names (tests/test_nlp_clause_names.py);
- an event noun's by-phrase hung on its of-phrase's noun ("the arrest of its ambassador by Mordor police") is
  the event's doer;
- a "to" infinitive the parser hung as an adverbial clause on a verb that codes nothing ("moved on Monday to
  restore ties") is passed up as a complement is; on a verb that codes, it stays uncoded;
- a title before a name the NER missed ("Gondor's Attorney General Hurin Emeldir") codes by its title.
docs/accuracy.md "Session 35, s35-petr" gives the counts."""

import pytest

from conftest import SHARED
from newsgraph.evaluate import petrarch as ep

DICTS = SHARED / "data/cameo-dict-format"
pytestmark = pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")


def _codings(text) -> set[str]:
    opts = ep.pipeline_options(None, verbs=[str(DICTS / "PETR.Validate.verbs.txt")],
                               actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    (got,) = ep.predict([ep.Record("t", text, "2015-06-01")], opts)
    return {f"{c.source} {c.target} {c.code}" for c in got}


@pytest.mark.parametrize("text, codings", [
    # a conjunct verb's "its": the shared subject's
    # (records_21's NG21-003: a shorter wording, "Rohan expelled ... the government in Edoras said", codes on main too)
    ("Arnor expelled two Mordor diplomats on Tuesday and recalled its ambassador from Barad-dur, the foreign "
     "ministry in Fornost said.", {"ARN MORGOV 200", "ARN MOR 195"}),
    # Title Name of Country
    ("President Elessar Telcontar of Gondor condemned Mordor on Friday.", {"GONGOV MOR 122"}),
    ("Foreign Minister Hirluin Pinnath of Rohan criticized Mordor on Tuesday.", {"ROHGOVFRM MOR 121"}),
    # the NER's "Imrahil" without "Belecthor": the of-phrase hangs on the name's last word (records_21's NG21-049)
    ("Prime Minister Beregond Hador of Arnor met President Imrahil Belecthor of Ithilen in Edoras on Friday.",
     {"ARNGOV ITHGOV 031"}),
    # a clause glued into one name by the NER
    ("After Dagolath rebels attacked Osgiliath, Eriador condemned Dagolath and recalled its ambassador from "
     "Barad-dur.", {"ERI DAG 122", "ERI MOR 195"}),
    # the by-phrase on the undergoer (records_21's NG21-034; "the detention of its diplomats by Mordor police"
    # has the parser hang "by" on the event noun, and codes on main too)
    ("Eriador denounced the arrest of its ambassador by Mordor police.", {"ERI MORCOP 122"}),
])
def test_hard_structures_code_as_the_dictionaries_say(text, codings):
    assert _codings(text) == codings


@pytest.mark.parametrize("text, codings", [
    ("Rohan moved on Thursday to restore diplomatic ties with Dagolath.", {"ROH DAG 064"}),
    ("The Arnor president went to Edoras on Friday to meet the Rohan prime minister.", {"ARNGOV ROHGOV 031"}),
    # on a verb that codes, the infinitive is the phrase's own and codes nothing
    ("Gondor expelled the Mordor ambassador on Friday to warn Dagolath.", {"GON MORGOV 200"}),
])
def test_an_infinitive_hung_as_an_adverbial_is_passed_up_only_from_a_verb_that_codes_nothing(text, codings):
    assert _codings(text) == codings


def test_a_title_before_a_name_the_ner_missed_codes_by_the_title():
    # (records_21's NG21-052; "Mordor's Interior Minister Gorbag Shagrat" is a name the NER finds, coded on main too)
    text = "Gondor's Attorney General Hurin Emeldir charged two Mordor officials with espionage."
    assert _codings(text) == {"GONGOV MORGOV 121"}


def test_a_titled_name_with_no_of_phrase_keeps_the_titles_country():
    assert _codings("Gondor Foreign Minister Halbarad Turgon criticized Dagolath on Monday.") == {"GONGOVFRM DAG 121"}


def test_a_title_with_a_country_before_it_keeps_that_country():
    # the title's own country word wins over a later of-phrase naming something else
    assert _codings("Gondor President Aldor of the ruling party condemned Mordor.") == {"GONGOV MOR 122"}
