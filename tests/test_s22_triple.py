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
