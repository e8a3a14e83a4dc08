"""Session 43 (s43-petr): two general readings found by gold/petrarch_records_46.xml's first run (docs/accuracy.md
"Session 43, s43-petr"). (1) "called on X [to free ...]": the parser hangs an appeal's to-infinitive after its
on/to phrase as an adverbial; it is what the appeal asks, as "urged X to free" is (CAMEO 02/10 sub-codes).
(2) With the user's agent dictionaries, a member noun no agent entry names ("X Front militants") of a body the
user's actor dictionary codes takes the body's code whole (PETRARCH codes the phrase by the actor it holds).
Own sentences and names, in other words than the record files."""

import pytest

from newsgraph.evaluate.events import pipeline_options
from petrarch_util import agent_lines, codings, country_actors, write_dictionaries

ACTORS = country_actors({"WYNDORA": "WYN", "ESSOVIA": "ESV"}, end="_") + "GREY_LANTERN_FRONT_ [ESVREB]\n"
AGENTS = agent_lines("PRESIDENT", "GOVERNMENT", "SPOKESMAN {SPOKESMEN}")


def _code(opts, text):
    (got,) = codings([text], opts)
    return got


def test_called_on_x_to_act_is_what_the_appeal_asks(tmp_path):
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    # the parser hangs "to free ..." on "called" as an adverbial; it is what the appeal asks (0253, as "urged X to free")
    assert _code(opts, "The Wyndoran president called on Essovia to free the detained journalists.") == {
        ("WYNGOV", "ESV", "0253")}
    assert _code(opts, "Essovia urged Wyndora to free the detained journalists.") == {("ESV", "WYN", "0253")}
    # with no to-infinitive the appeal keeps its root code
    assert _code(opts, "The Wyndoran president called on Essovia over the detained journalists.") <= {
        ("WYNGOV", "ESV", "020")}


@pytest.mark.parametrize("text,asked", [
    ("The president called on Sudan to free the journalists.", None),  # (the parser's xcomp: no adverbial to read)
    ("The president called on Sudan so as to free the journalists.", True),
    ("The president called on Sudan freeing the journalists.", False),  # no "to": no infinitive asked for
    ("The president called on Sudan for them to free the journalists.", False),  # a subject of its own
    ("The president called on Sudan for them to be freed.", False),  # (a passive one)
    ("The president pleaded with Sudan to free the journalists.", False),  # "with" names no one asked
    ("The president called on Sudan yesterday to free the journalists.", False),  # not right after the phrase
])
def test_only_a_subjectless_infinitive_right_after_the_asked_phrase(text, asked):
    """What _asked_after_phrase reads: the verb's adverbial to-infinitive with no subject of its own, right after
    the object of the verb's on/upon/to phrase (the parse of each sentence is checked first: an advcl of the verb)."""
    from newsgraph.events import stage
    from newsgraph.nlp import load

    doc = load()(text)
    adv = [t for t in doc if t.dep_ == "advcl" and t.head.i == 2]
    assert (asked is None) == (not adv), [(t.text, t.dep_) for t in doc]
    if adv:
        assert stage._asked_after_phrase(adv[0], doc[2]) is asked


def test_members_of_a_user_coded_body_take_its_code(tmp_path):
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    assert _code(opts, "Grey Lantern Front fighters attacked Wyndora.") == {("ESVREB", "WYN", "190")}
    assert _code(opts, "A Grey Lantern Front commander threatened Wyndora.") == {("ESVREB", "WYN", "130")}


def test_a_user_agent_still_composes_with_the_body(tmp_path):
    """A member noun the agent dictionary names is no bare member: the agent's code is added (ours gives the
    body's country + GOV, PETRARCH ESVREBGOV: an older composition, noticed and left), never the body's code alone."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    got = _code(opts, "A Grey Lantern Front spokesman criticised Wyndora.")
    assert got and all(s.endswith("GOV") for s, t, c in got), got


def test_without_user_agents_the_built_in_reading_stands():
    """Outside PETRARCH's workflow (no agent dictionary) nothing changes: a knowledge-base group's fighters keep
    our composition."""
    got = _code(pipeline_options(None), "Hamas fighters attacked Israel.")
    assert {s for s, t, c in got} == {"PSEREB"}, got


REBEL_AGENTS = AGENTS + "REBEL [~REB]\nPOLICE {} [~COP]\n"


def test_an_agent_word_before_a_noun_only_our_table_knows(tmp_path):
    """PETRARCH mode: "rebel leaders", "rebel commanders" (the tagger's adjective, a compound or an amod) are
    the user's REBEL agent's, with no country: ---REB; our table's role of the head ("leader") adds nothing."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=REBEL_AGENTS))
    assert _code(opts, "The Wyndoran president held talks with rebel leaders in the capital.") == {
        ("WYNGOV", "---REB", "046")}
    assert _code(opts, "Police arrested rebel commanders.") == {("---COP", "---REB", "173")}
    # (the parser's amod: "rebel" an adjective modifying the noun, not a compound)
    assert _code(opts, "The Wyndoran envoy met rebel leaders.") == {("WYN", "---REB", "040")}  # (ENVOY: no agent here)



# Session 42's surviving mutants named as missing tests (docs/testing.md "Session 42, s42-petr"), own sentences.
S42_ACTORS = country_actors({"TAMBRIA": "TMB", "VOLKARA": "VLK"}) + "GRANITE_HOLDINGS_ [TMBBUS]\n"
S42_AGENTS = agent_lines("MINISTER", "GOVERNMENT")


def test_statement_patterns_read_actor_slots(tmp_path):
    """statement_pattern passes match_verb the actor test: a block of the claiming verb whose pattern has an actor
    slot (CAMEO.2.0's ALLEGE `* VICTORY AGAINST +` [111]) is matched with it, the slot filled by the actor."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=S42_ACTORS, agents=S42_AGENTS))
    assert _code(opts, "The Tambrian government claimed victory against Volkara.") == {("TMBGOV", "VLK", "111")}


def test_statement_patterns_need_the_users_actors_not_political_ones(tmp_path):
    """The statement pattern's two sides are the user's actors (_user_coded), not any political actor (the
    default _political): a country only our tables know keeps our lexicon's reading, and a firm of the user's
    dictionary (TMBBUS, no political actor) takes the pattern."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=S42_ACTORS, agents=S42_AGENTS))
    assert _code(opts, "The Tambrian government rejected accusations from France on Friday.") == {("TMBGOV", "FRA", "120")}
    assert _code(opts, "Granite Holdings rejected accusations from Volkara on Friday.") == {("TMBBUS", "VLK", "016")}


def test_an_agent_adjective_before_a_bare_noun(tmp_path):
    """The amod reading in _classified_head: "a Wyndoran official hostage" ("official" the parser's adjective of
    "hostage", a noun no dictionary lists) is the user's OFFICIAL agent of Wyndora, as PETRARCH reads the phrase."""
    agents = AGENTS + "OFFICIAL [~GOV]\n"
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=agents))
    assert _code(opts, "The Grey Lantern Front took a Wyndoran official hostage.") == {("ESVREB", "WYNGOV", "181")}
