"""A country's possessive before an organisation's role words gives its country (session 12, lead): the
NER's name may hold the "'s" ("South Korea's" as one GPE) or start at the role words ("defence ministry"
as one ORG). Before, both fell to the article's focus country. Sentences written for these tests; in
each the focus is another country."""

from eventsutil import actor_codes

import pytest


def _codes(pipeline, text):
    return actor_codes(pipeline, text, "2024-11-20")


@pytest.mark.parametrize("text, name, code", [
    ("North Korea fired a missile, South Korea's military said.", "South Korea's military", "KORMIL"),
    ("South Korea's military said North Korea fired a missile.", "South Korea's military", "KORMIL"),
    ("South Korea is a democracy. Japan's defence ministry said the talks resumed. South Korea agreed.",
     "defence ministry", "JPNGOV"),
])
def test_the_possessor_country_wins_over_the_focus(pipeline, text, name, code):
    assert _codes(pipeline, text)[name] == code


@pytest.mark.parametrize("text, name, code", [
    # the knowledge base's "Ministry of Defence" is Britain's; after another country's possessive it is that one's
    ("Iraq's Ministry of Defence said its forces killed five militants.", "Ministry of Defence", "IRQMIL"),
    ("Iraq’s Ministry of Defence said its forces killed five militants.", "Ministry of Defence", "IRQMIL"),
    # the Phoenix dictionary's "National Security Council" is the American one
    ("Iraq's national security council banned the party last month.", "national security council", "IRQ"),
    ("The Ministry of Defence said British troops would stay.", "Ministry of Defence", "GBRMIL"),  # no possessive
    ("Iran's Hezbollah allies fired rockets.", "Hezbollah", "LBNUAF"),  # no state body: the group stays itself
])
def test_a_possessive_country_owns_a_state_body_of_another_countrys_name(pipeline, text, name, code):
    assert _codes(pipeline, text)[name] == code
