"""Session 37 (s37-type): the sense of a verb by the kind of its object, on our own sentences labelled from the
PLOVER/CAMEO definitions before their first run (tests/data/s37_type_senses.tsv: "!TYPE" = any event but TYPE, or
none). docs/accuracy.md, Session 37, s37-type."""

import pytest

from eventsutil import probe_rows, top_event
from newsgraph.events.lexicon import make_sense

KNOWN_MISSES = {
    # hit's non-physical senses: "hit back at" has no sense; "hit X with sanctions" is coded 163, which our PLOVER
    # ontology types SANCTION (data/cameo2plover.tsv says COERCE: the label is disputed, the code is right)
    "The foreign minister hit back at critics of the peace plan on Friday.",
    "Washington hit the shipping company with fresh sanctions on Monday.",
    "The European Union hit three Belarusian officials with travel bans.",
    # charge with people as object and no means named: the lexicon's crowd-control sense lists crowd nouns only
    "Mounted police charged the marchers near the palace.",
    # "call X a Y" (a predicate nominal on the object) has no sense: praise and abuse read alike to the parse
    "The minister called the rebel leader a criminal.",
    "Beijing called the report a pack of lies.",
    # "sanctions against the junta" outranks the call for them
    "The senators called for sanctions against the junta.",
    # call with a person as object and no phone word is not read as a telephone call
    "The Pope called the Patriarch of Moscow to offer his condolences.",
    # "raid" is coded 171 (seize); a raid is an attack in PLOVER's ASSAULT
    "Special forces carried out a raid on a militant camp.",
    # (second set) a title with no name and no entity ("the captain of the tanker") is not taken for people
    "Customs officers held the captain of the tanker on Saturday.",
}


@pytest.mark.parametrize("label, text", list(probe_rows(["s37_type_senses.tsv"], KNOWN_MISSES, 3)))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    got = top.type if top is not None else None
    if label.startswith("!"):
        assert got != label[1:], (text, got)
    else:
        assert got == label, (text, got, top and top.cameo)


@pytest.mark.parametrize("label, text", list(probe_rows(["s37_type_senses2.tsv"], KNOWN_MISSES, 3)))
def test_probe_type_second_set(pipeline, label, text):
    test_probe_type(pipeline, label, text)


@pytest.mark.parametrize("text, type_", [
    # custody needs people as the object: a place held, a meeting held, its own gathering, a judgement on someone
    ("Police held them overnight in the central station.", "COERCE"),
    ("Troops held dozens of students after the march.", "COERCE"),
    ("The rebels held the town for three weeks before the army returned.", None),
    ("The ruling party held its congress in the capital.", None),
    ("The inquiry held the interior minister responsible for the deaths.", "ACCUSE"),
    # (written after the second probe set showed it) the adjective hung on the verb as an adverbial clause
    ("The court held the company liable for the spill.", None),
    ("Police held them overnight in the central station, witnesses said.", "COERCE"),
    # (for the mutants) a passive's subject is what is held; a verb clause on hold is no second predicate; another's
    # possessive is not the body's own; hold with no object holds no one
    ("Three aid workers were held by the militia in the north.", "COERCE"),
    ("Police held two journalists after they crossed the border.", "COERCE"),
    ("Police held his two ministers overnight.", "COERCE"),
    ("The old bridge held during the storm.", None),
    ("The two presidents held talks in Geneva.", "CONSULT"),
    ("Gondor held the presidency of the council last year.", None),
])
def test_custody_needs_people(pipeline, text, type_):
    top = top_event(pipeline, text)
    assert (top.type if top is not None else None) == type_, (text, top and top.cameo)


def test_person_object_is_a_condition():
    s = make_sense({"type": "COERCE", "cameo": "173", "person_object": True}, "test", "builtin")
    assert s.person_object and s.specificity == 1
