"""An armed force named after its cause is a non-state group, not a state's military (session 11, lead):
the sentences are written for these tests; actor codes and ACLED categories through the whole pipeline."""

import pytest


def _actor(pipeline, text: str, name: str):
    doc = pipeline.extract(text, published="2026-03-02")
    ent = next(e for e in doc.entities if e.name == name)
    return doc, ent.actor


@pytest.mark.parametrize("text, name", [
    ("The Free Syrian Army said it shelled government positions near Aleppo.", "Free Syrian Army"),
    ("The Kachin Independence Army attacked an army outpost near Laiza in Myanmar.", "Kachin Independence Army"),
    ("The Ogaden Liberation Army claimed an ambush in eastern Ethiopia.", "Ogaden Liberation Army"),
])
def test_a_force_named_after_a_cause_is_a_rebel_group(pipeline, text, name):
    _, actor = _actor(pipeline, text, name)
    assert actor.sector == "REB"


@pytest.mark.parametrize("text, name, code", [
    ("The Iraqi Army said it shelled militant positions near Mosul.", "Iraqi Army", "IRQMIL"),
    ("The Royal Thai Army sent troops to the border.", "Royal Thai Army", "THAMIL"),
])
def test_a_state_army_stays_military(pipeline, text, name, code):
    _, actor = _actor(pipeline, text, name)
    assert actor.code == code


def test_a_rebel_group_taking_a_camp_overtakes_territory(pipeline):
    """The group's own "Liberation" is no retaking, and a non-state group never regains for a government."""
    doc = pipeline.extract("The Karen National Liberation Army seized a military camp near the Thai border.",
                           published="2026-03-02")
    assert [e.acled["sub_event_type"] for e in doc.events if e.acled] == ["Non-state actor overtakes territory"]
    doc = pipeline.extract("The army recaptured the town from the rebels on Sunday.", published="2026-03-02")
    assert [e.acled["sub_event_type"] for e in doc.events if e.acled] == ["Government regains territory"]
    doc = pipeline.extract("Rebels retook the town on Sunday.", published="2026-03-02")
    assert [e.acled["sub_event_type"] for e in doc.events if e.acled] == ["Non-state actor overtakes territory"]


def test_a_rebel_attack_on_an_army_post_is_a_clash(pipeline):
    doc = pipeline.extract("The Kachin Independence Army attacked an army outpost near Laiza in Myanmar.",
                           published="2026-03-02")
    assert [e.acled["sub_event_type"] for e in doc.events if e.acled] == ["Armed clash"]


def test_only_the_names_own_words_count(pipeline):
    """A cause word earlier in the text is not in the army's name."""
    doc = pipeline.extract("Rebels attacked Mosul on Monday. The Iraqi Army said it shelled their positions.",
                           published="2026-03-02")
    assert next(e.actor.code for e in doc.entities if e.name == "Iraqi Army") == "IRQMIL"


def test_a_role_in_a_name_gives_the_role_once(pipeline):
    """(mutants of roles._role_in_name) the name's role noun is the actor's role, is not read again as a
    nominal of its own, and a role of no sector ("bloc") gives the name no sector."""
    doc = pipeline.extract("The Iraqi Army said it shelled militant positions near Mosul.", published="2026-03-02")
    assert [(e.name, e.actor.role) for e in doc.entities if e.actor and e.actor.sector] == [("Iraqi Army", "army")]
    doc = pipeline.extract("The Arab Bloc said it would boycott the vote in Iraq.", published="2026-03-02")
    assert next(e.actor for e in doc.entities if e.name == "Arab Bloc") is None
