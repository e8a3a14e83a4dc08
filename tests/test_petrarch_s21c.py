"""Session 21, s21c-petr: how CAMEO.2.0's patterns meet the parse in the built-in verbs (no --verbs),
with a user's actor dictionary (PETRARCH's workflow). Own sentences."""

from __future__ import annotations

import pytest

from stageutil import user_dictionary_coder


@pytest.fixture(scope="module")
def code(tmp_path_factory):
    return user_dictionary_coder(tmp_path_factory.mktemp("s21c"))


def test_target_under_the_noun_of_the_verbs_own_preposition(code):
    # the parser hangs "with Mordor" on the noun "for" governs, not on the verb: the party of that noun's
    # own phrase is the target, as a direct object's own phrase names it ("demanded a deal with Mordor")
    assert code("Gondor pressed for a deal with Mordor.",
                "Gondor called for restraint with Mordor.") == [[("GON", "MOR", "100")], [("GON", "MOR", "025")]]


def test_target_phrase_the_parser_hangs_on_the_verb_of_an_event_noun(code):
    # "into Mordor" / "against Mordor" hang on the verb, not on the event noun it governs: they still name
    # the noun's target, as the noun's own phrase would ("an incursion into Mordor")
    assert code("Gondor led the incursion into Mordor.",
                "Gondor embarked on the offensive against Mordor.") == [[("GON", "MOR", "190")]] * 2


def test_pattern_coding_only_target_to_source(code):
    # CAMEO.2.0's OBTAIN `* TANKS` [:072], `* RICE` [:073]: the one it is obtained from gave it (PETRARCH2
    # codes the reversed pair), between the user's actors
    assert code("Gondor acquired tanks from Mordor.",
                "Gondor obtained rice from Mordor.") == [[("MOR", "GON", "072")], [("MOR", "GON", "073")]]
