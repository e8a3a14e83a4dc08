"""Session 21 (s21-triple): who did what to whom, on sentences written for these tests."""

import pytest


# A passive whose subject names no one ("sanctions were imposed on X by Y") is the active's object
# moved up: the agent acts, and the recipient is the one the verb's own phrases name, as in "Y
# imposed sanctions on X". Coded as `evaluate --petrarch` codes it, with our own actors.

def _dyads(texts):
    from petrarch_util import codings
    from newsgraph.evaluate.events import pipeline_options
    return codings(texts, pipeline_options(None))


@pytest.mark.parametrize("text, code", [
    ("Sanctions were imposed on Venezuela by Canada.", "163"),
    ("A trade embargo was imposed on Cuba by Mexico.", "163"),
    ("Emergency aid was given to Haiti by Brazil.", "070"),
])
def test_a_passive_moving_the_object_up_keeps_the_recipient(text, code):
    (got,) = _dyads([text])
    pairs = {(s, t) for s, t, c in got}
    assert any(s[:3] != "---" and t[:3] != "---" for s, t in pairs), got
    assert {(s[:3], t[:3], c[:2]) for s, t, c in got} & {("CAN", "VEN", code[:2]), ("MEX", "CUB", code[:2]),
                                                         ("BRA", "HTI", code[:2])}


def test_a_passive_with_an_actor_for_subject_is_unchanged():
    (got,) = _dyads(["Venezuela was criticized by Canada on Monday."])
    assert {(s[:3], t[:3]) for s, t, c in got} == {("CAN", "VEN")}


# A verb's object that is a role of no country ("the army", "the riot police") beside a target phrase
# that names a country ("against Mordor", "to Rohan"): the role is what the act moves or uses, the
# country its recipient (PETRARCH reads the pattern's `+` there); a role alone stays the target.

ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
"""
AGENTS = """RIOT_POLICE [~COP]
ARMY [~MIL]
PARLIAMENT [~LEG]
"""


@pytest.fixture(scope="module")
def role_dicts(tmp_path_factory):
    from petrarch_util import write_dictionaries
    return write_dictionaries(tmp_path_factory.mktemp("s21dicts"), actors=ACTORS, agents=AGENTS)


def test_a_role_of_no_country_leaves_the_target_to_the_named_country(role_dicts):
    from petrarch_util import coded_cases
    got = coded_cases(["Gondor sent the army to Mordor.",
                       "Gondor aimed the army against Rohan.",
                       "Gondor criticized the parliament on Tuesday."], role_dicts)
    assert {(s, t) for s, t, _ in got["Gondor sent the army to Mordor."]} == {("GON", "MOR")}
    assert {(s, t) for s, t, _ in got["Gondor aimed the army against Rohan."]} == {("GON", "ROH")}
    assert {(s, t) for s, t, _ in got["Gondor criticized the parliament on Tuesday."]} == {("GON", "---LEG")}


# "it" in a reported clause that resolves to no one: as the passive's subject or as the object, it
# cannot be its own clause's doer (that would be "itself"), so it is the speaker, who undergoes the act.

@pytest.mark.parametrize("text, code", [
    ("Venezuela said it was attacked by Colombia.", "190"),
    ("Venezuela said Colombia had attacked it.", "190"),
    ("Venezuela said Colombia accused it of lying.", "112"),
])
def test_a_reported_it_undergoing_the_act_is_the_speaker(text, code):
    (got,) = _dyads([text])
    assert ("COL", "VEN", code) in got


def test_a_reported_it_doing_the_act_stays_the_doer():
    (got,) = _dyads(["Colombia said it attacked Venezuela."])
    assert {(s, t) for s, t, _ in got} == {("COL", "VEN")}


# "condemned what it called X": the free relative's clause names the object the verb acts on.

@pytest.mark.parametrize("text, pair", [
    ("Syria condemned what it called Turkish aggression.", ("SYR", "TUR")),
    ("Iran denounced what it described as a US plot.", ("IRN", "USA")),
])
def test_what_it_called_names_the_target(text, pair):
    (got,) = _dyads([text])
    assert pair in {(s, t) for s, t, _ in got}


def test_a_verb_with_an_object_of_its_own_names_nothing_else(pipeline):
    from newsgraph.events.coder import _named_as
    sdoc = pipeline.nlp("Syria condemned the attack that Turkey called a mistake.")
    verb = next(t for t in sdoc if t.lower_ == "condemned")
    assert _named_as(verb) == []


# "officials from X and Y": a role whose from-phrase gives its country is each coordinated country's,
# as "the presidents of X and Y" is; a from-phrase that only says where they leave is no one's.

def test_a_role_from_coordinated_countries_is_each_countrys():
    got = _dyads(["Officials from Colombia and Venezuela met on Monday.",
                  "Troops from Kenya and Uganda attacked Somalia."])
    assert {("COLGOV", "VENGOV"), ("VENGOV", "COLGOV")} <= {(s, t) for s, t, _ in got[0]}
    assert {(s, t) for s, t, _ in got[1]} == {("KENMIL", "SOM"), ("UGAMIL", "SOM")}
