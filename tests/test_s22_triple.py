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
