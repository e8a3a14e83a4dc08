"""Session 22 (s22-triple): who did what to whom, on sentences written for these tests."""

import pytest


def _sides(pipeline, text, trigger):
    doc = pipeline.extract(text)

    def names(ids):
        return [doc.entity(i).name for i in ids]

    return [(names(e.source), names(e.target)) for e in doc.events if e.trigger and e.trigger.text == trigger]


# "Togo's arrest of two fishermen": with an of-phrase naming who undergoes it, the possessive of an
# event noun is its doer ("the army's destruction of the city"), not the one arrested, as it is
# alone ("Navalny's arrest").
@pytest.mark.parametrize("text, trigger, sides", [
    ("Ghana protested over Togo's arrest of two Ghanaian fishermen.", "arrest", (["Togo"], ["Ghanaian"])),
    ("France criticized Germany's expulsion of two French diplomats.", "expulsion",
     (["Germany"], ["two French diplomats"])),
    ("Kenya welcomed Uganda's release of two Kenyan journalists.", "release",
     (["Uganda"], ["two Kenyan journalists"])),
])
def test_the_possessive_of_an_event_noun_with_an_undergoer_is_its_doer(pipeline, text, trigger, sides):
    assert _sides(pipeline, text, trigger) == [sides]


def test_the_possessive_alone_is_still_the_one_who_undergoes_it(pipeline):
    ((_, target),) = _sides(pipeline, "Navalny's arrest drew protests in Moscow.", "arrest")
    assert target == ["Navalny"]


def _gsr_record(rid, text, event, source, target):
    return {"id": rid, "text": text, "event": event, "source": [{"code": source}], "target": [{"code": target}]}


def test_the_records_of_one_sentence_are_one_gold_sentence(tmp_path):
    """PLOVER's gold records give a sentence with two events as two records of the same text: read
    as one sentence with both events, so coding both counts each once, never one as extra."""
    import json

    from newsgraph.evaluate.base import heldout_split
    from newsgraph.evaluate.events import load_gold

    ids = [f"REC-{n}" for n in range(40)]
    a, b, c = [i for i in ids if heldout_split(i) == "dev"][:3]
    other = next(i for i in ids if heldout_split(i) == "heldout")
    text = "Chilean police fired on miners in Santiago, wounding four and arresting ten."
    records = [_gsr_record(a, text, "FIGHT", "CHL", "CHL"), _gsr_record(b, "Peru thanked Chile.", "COOPERATE", "PER", "CHL"),
               _gsr_record(c, text + " ", "COERCE", "CHL", "CHL"), _gsr_record(other, text, "COERCE", "CHL", "CHL")]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    items = load_gold(str(path), "dev")
    assert [(it.id, [e.type for e in it.events]) for it in items] == [(a, ["ASSAULT", "COERCE"]), (b, ["COOPERATE"])]
    # a twin record in the other split stays in its own split
    assert [(it.id, len(it.events)) for it in load_gold(str(path), "heldout")] == [(other, 1)]


def _triggers(pipeline, text):
    return [e.trigger.text for e in pipeline.extract(text).events if e.trigger]


# An act in a phrase of cause on a reaction ("over", "because of", "in protest at", "in response
# to"), whose doers the reaction names as its recipient, is what the reaction answers: the news is
# the reaction, and the act is in it already as its recipient.
@pytest.mark.parametrize("text, gone, kept", [
    ("Kenya complained to the African Union over Somali raids on its border towns.", "raids", "complained"),
    ("Spain protested to Morocco over the Moroccan seizure of two Spanish fishing boats.", "seizure", "protested"),
    ("Dozens of miners continued a hunger strike in protest of the Bolivian government's refusal to raise wages.",
     "refusal", "hunger strike"),
])
def test_the_act_a_reaction_answers_is_no_event_of_its_own(pipeline, text, gone, kept):
    triggers = _triggers(pipeline, text)
    assert kept in triggers and gone not in triggers, triggers


@pytest.mark.parametrize("text, trigger", [
    # what the reaction acts on or names through another phrase stays its own act
    ("France condemned the German attack on Poland.", "attack"),
    ("Chile yielded to demands from Peru.", "demands"),
    ("Kenya held talks with the rebels responsible for the attack.", "attack"),
    # a cause whose doers are not the reaction's recipients
    ("Kenya closed its border with Somalia because of fighting between Ethiopian and Eritrean troops.", "fighting"),
    # a time phrase naming the sides of the ceasefire itself (session 7)
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting between Bosnian and Slovenian "
     "troops.", "fighting"),
])
def test_an_act_the_reaction_does_not_answer_stays(pipeline, text, trigger):
    assert trigger in _triggers(pipeline, text)
