"""Session 38 (s38-bbcev): the second probe set, written after the fixes (docs/accuracy.md, "Session 38,
s38-bbcev"), to see whether they generalise: other nouns and other speakers, own sentences."""

import pytest

from tests.test_s38_bbcev_probes import SUBJECT_KEPT, _countries, _doc


@pytest.mark.parametrize("text, noun", [
    ("The merger talks collapsed on Tuesday evening.", "talks"),
    pytest.param("Approval is expected within weeks, the regulator's staff believe.", "approval", marks=SUBJECT_KEPT),
    pytest.param("A fresh inquiry is now all but certain.", "inquiry", marks=SUBJECT_KEPT),
    ("The promise of lower fares drew thousands of new customers.", "promise"),
    ("Support for the measure has fallen to a third of voters.", "support"),
    pytest.param("Negotiations resumed after a two-day pause.", "negotiations", marks=SUBJECT_KEPT),
    ("The loan will be repaid over twenty years.", "loan"),
    pytest.param("Complaints have risen sharply since the new rules came in.", "complaints", marks=SUBJECT_KEPT),
])
def test_more_nouns_naming_no_one(pipeline, text, noun):
    doc = _doc(pipeline, text)
    assert not [e for e in doc.events if e.trigger and noun in e.trigger.text.lower()]


@pytest.mark.parametrize("text, noun, source, target", [
    ("Clashes erupted in Mogadishu on Sunday, leaving four people dead.", "clashes", None, None),
    ("Protests spread to three more cities in Bolivia overnight.", "protests", None, None),
    ("Morocco's offer of talks was welcomed in Madrid.", "offer", ["MAR"], None),
    ("The expulsion of two Belgian diplomats surprised observers.", "expulsion", None, ["BEL"]),
])
def test_a_noun_acled_codes_or_one_naming_someone_stays(pipeline, text, noun, source, target):
    doc = _doc(pipeline, text)
    evs = [e for e in doc.events if e.trigger and noun in e.trigger.text.lower()]
    assert evs
    src, tgt = _countries(doc, noun)
    if source is not None:
        assert src == source
    if target is not None:
        assert tgt == target


@pytest.mark.parametrize("text, verb, source, target", [
    ('"I phoned the Algerian president this morning," the Tunisian prime minister said.', "phoned", "TUN", "DZA"),
    ('Chile\'s interior minister said: "We arrested three Bolivian smugglers at the border."', "arrested", "CHL", "BOL"),
    ('"I have invited Vietnam\'s president to Manila," Philippine President Ferdinand Marcos said.',
     "invited", "PHL", "VNM"),
    ('"We condemned the Eritrean incursion," Ethiopia\'s foreign minister told parliament.', "condemned", "ETH", "ERI"),
    ('"I asked Uruguay to extradite the suspect," the Argentine justice minister said on Tuesday.',
     "asked", "ARG", "URY"),
    ('"We signed a gas deal with Azerbaijan," said the Georgian energy minister.', "signed", "GEO", "AZE"),
    ('The Mongolian president said: "I thanked China for its help with the floods."', "thanked", "MNG", "CHN"),
    ('"I criticised the Indonesian authorities openly," Malaysia\'s prime minister said.', "criticised", "MYS", "IDN"),
])
def test_more_first_person_speakers(pipeline, text, verb, source, target):
    src, tgt = _countries(_doc(pipeline, text), verb)
    assert src == [source] and target in tgt
