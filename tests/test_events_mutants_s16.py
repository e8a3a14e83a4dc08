"""Tests for the events coder's survivors that session 15 left open (docs/testing.md, "Session 16,
s16-mut"). Each sentence is our own; each expectation is what a user sees: the event's type, trigger,
and the names of its source and target."""

import pytest

from eventsutil import named_events
from petrarch_util import verb_coder


def _event(pipeline, text, trigger):
    """The events of `text` whose trigger is `trigger`."""
    return [e for e in named_events(pipeline, text) if e[1] == trigger]


# ---- _stranded_agent: a by-phrase naming no one may hold the passive's real agent below it ---------

def test_a_by_phrase_naming_no_one_does_not_hide_the_agent_below_it(pipeline):
    # the parser makes "by the roadside" the passive's agent and hangs "by Ugandan troops" on
    # "roadside" (was: no source; _stranded_agent 1, 6, 7, which read phrases other than by-phrases, showed it)
    text = "The convoy was ambushed by the roadside by Ugandan troops."
    assert _event(pipeline, text, "ambushed") == [("ASSAULT", "ambushed", ["Ugandan troops"], [])]
    text = "The protesters were beaten by the dozen by Ugandan police."
    assert _event(pipeline, text, "beaten")[0][2] == ["Ugandan police"]


def test_a_by_phrase_naming_someone_is_the_agent_still(pipeline):
    text = "The village was attacked by unknown gunmen."
    assert _event(pipeline, text, "attacked")[0][2] == ["unknown gunmen"]
    text = "The convoy was ambushed by the roadside."
    assert _event(pipeline, text, "ambushed") == [("ASSAULT", "ambushed", [], [])]


def test_a_by_phrase_naming_someone_wins_over_a_later_phrase_s_by(pipeline):
    # the speech's "by" names who spoke, not who welcomed (_verb_participants 12: the later phrase's
    # by-phrase read first)
    text = "The ceasefire was welcomed by Uganda after a speech by the Kenyan president."
    assert _event(pipeline, text, "welcomed")[0][2] == ["Uganda"]


# ---- find_candidates: a --verbs verb read on its own phrase when it has a to-infinitive complement ---

COMBINE_VERBS = """--- PROMISE [030] ---
PROMISE
- * AID [033]
--- PLEDGE [030] ---
PLEDGE
- * + [031]
--- ATTACK [190] ---
ATTACK
"""


@pytest.fixture(scope="module")
def petrarch_code(tmp_path_factory):
    """(source, target, code) of a text coded as `evaluate --petrarch` codes it with COMBINE_VERBS."""
    return verb_coder(tmp_path_factory.mktemp("s16"), COMBINE_VERBS)


def test_a_verb_the_dictionary_does_not_list_leaves_its_complement_coded(petrarch_code):
    # "vowed" is no --verbs verb (our lexicon knows it): only "attack" codes (find_candidates 55, 56
    # read an unlisted verb's own phrase as if the dictionary had matched it)
    assert petrarch_code("Russia vowed to attack Ukraine.") == [("RUS", "UKR", "190")]


def test_an_upper_verb_pattern_does_not_read_an_uncoded_complement(petrarch_code):
    # PROMISE's `* AID` may not match the aid the complement "send" (no dictionary verb) names: the
    # promise's own block code (find_candidates 57: the complement's words read by the upper verb)
    assert petrarch_code("Russia promised to send aid to Ukraine.") == [("RUS", "UKR", "030")]


def test_an_actor_slot_is_read_on_the_verbs_own_phrase(petrarch_code):
    # PLEDGE's `* +`: the target is the actor in the verb's own phrase, not in its complement
    # (find_candidates 61: no way to tell an actor there)
    assert petrarch_code("Russia pledged Ukraine to send troops.") == [("RUS", "UKR", "031")]
