"""Session 22 (s22-triple): who did what to whom, on sentences written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text)
    return [(e.type, e.trigger.text if e.trigger else None) for e in doc.events]


# An act told in a phrase of another event's trigger, whose doer that event names as its recipient,
# is what the event answers (the complaint, the concession, the protest is the news); the act is in
# the sentence already as the reaction's recipient, and is no event of its own.
@pytest.mark.parametrize("text, gone, kept", [
    ("Kenya complained to the African Union over Somali raids on its border towns.", "raids", "complained"),
    ("Chile yielded to demands from Peru.", "demands", "yielded"),
    ("Spain protested to Morocco over the Moroccan seizure of two Spanish fishing boats.", "seizure", "protested"),
    ("Dozens of miners continued a hunger strike in protest of the Bolivian government's refusal to raise wages.",
     "refusal", "hunger strike"),
])
def test_the_act_a_reaction_answers_is_no_event_of_its_own(pipeline, text, gone, kept):
    triggers = [t for _, t in _events(pipeline, text)]
    assert kept in triggers and gone not in triggers, triggers


@pytest.mark.parametrize("text, trigger", [
    # the direct object of a condemnation is what it names, coded as before
    ("France condemned the German attack on Poland.", "attack"),
    # the fighting's sides are not the closure's recipient: its own act
    ("Kenya closed its border with Somalia because of fighting between Ethiopian and Eritrean troops.", "fighting"),
    # a time phrase naming the sides of the ceasefire itself (session 7)
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting between Bosnian and Slovenian "
     "troops.", "fighting"),
])
def test_an_act_the_other_event_does_not_answer_stays(pipeline, text, trigger):
    assert trigger in [t for _, t in _events(pipeline, text)]
