"""Session 38 (s38-bbcev): own probe sentences for the two largest error classes found by judging 250
events of 44 BBC politics/business articles nobody had tuned on (docs/accuracy.md, "Session 38, s38-bbcev").

1. An event noun that names no one, neither actor nor recipient ("the agreement is the latest of many",
   "final approval should be a formality"): the PLOVER manual ("Required entities") codes no event without
   an explicit actor; a recipient alone is kept (sector UNK).
2. "I" or "we" inside a direct quotation: the quotation's speaker, who the quotes stage names, acts
   ('"I have asked India to reopen the border," the minister said').

Regression probes, written and committed before their first run; sentences are our own."""

import pytest

# The rule as kept (events.stage._without_nameless_nouns) leaves a nameless noun that is its clause's subject:
# dropping those too cost one CAMEO codebook example of the CHECK half (the codebook's examples tell such a
# subject as the act reported, "Talks resumed"), so these probes, written before the first run, stay open.
SUBJECT_KEPT = pytest.mark.xfail(strict=True, reason="a nameless event noun that is its clause's subject is kept")


def _doc(pipeline, text):
    return pipeline.extract(text, name="t", published="2026-06-01")


def _countries(doc, verb):
    from newsgraph.events.stage import place_countries
    cities = place_countries(doc)
    country = {e.id: e.actor.country if e.actor else cities.get(e.id) for e in doc.entities}
    evs = [e for e in doc.events if e.trigger and verb in e.trigger.text.lower()]
    assert evs, [e.trigger.text for e in doc.events if e.trigger]
    ev = evs[0]
    return [country[i] for i in ev.source], [country[i] for i in ev.target]


# --- class 1: an event noun naming no one is no PLOVER record -----------------------------------------------
@pytest.mark.parametrize("text, noun", [
    ("The agreement is expected to lift trade across the region by a fifth.", "agreement"),
    pytest.param("Final approval should now be little more than a formality, analysts said.", "approval", marks=SUBJECT_KEPT),
    pytest.param("Investigations later found that thousands of forms had gone missing.", "investigation", marks=SUBJECT_KEPT),
    pytest.param("Criticism of the scheme has grown louder in recent weeks.", "criticism", marks=SUBJECT_KEPT),
    ("The arrests followed months of undercover surveillance.", "arrests"),
    pytest.param("Talks dragged on well past midnight without a breakthrough.", "talks", marks=SUBJECT_KEPT),
    pytest.param("Years of heavy borrowing left the utility with unpaid loans of 4bn dollars.", "loans",
                 marks=pytest.mark.xfail(strict=True, reason="a material act's noun (AID) is kept")),
    ("The threat of a strike hung over the holiday season.", "threat"),
])
def test_an_event_noun_naming_no_one_is_not_coded(pipeline, text, noun):
    doc = _doc(pipeline, text)
    assert not [e for e in doc.events if e.trigger and noun in e.trigger.text.lower()]


@pytest.mark.parametrize("text, noun, source, target", [
    ("Hungary's agreement with Austria on border checks took effect on Monday.", "agreement", ["HUN"], None),
    ("The arrest of the Estonian consul angered officials in Tallinn.", "arrest", None, ["EST"]),
    ("Kenyan police opened an investigation into the mayor's finances.", "investigation", ["KEN"], None),
    ("Colombian criticism of the Venezuelan plan grew sharper.", "criticism", ["COL"], None),
])
def test_an_event_noun_naming_someone_stays(pipeline, text, noun, source, target):
    src, tgt = _countries(_doc(pipeline, text), noun)
    if source is not None:
        assert src == source
    if target is not None:
        assert tgt == target


# --- class 2: "I" and "we" in a direct quotation are its speaker ---------------------------------------------
@pytest.mark.parametrize("text, verb, source, target", [
    ('Nepal\'s foreign minister said: "I have asked India to reopen the border crossings."', "asked", "NPL", "IND"),
    ('"We have recalled our ambassador from Lima," the Ecuadorian foreign minister said.',
     "recalled", "ECU", "PER"),
    ('"I urged the Kenyan president to release the journalists," Tanzania\'s president told reporters.',
     "urged", "TZA", "KEN"),
    ('The Polish prime minister told reporters: "I have invited the German chancellor to Warsaw."',
     "invited", "POL", "DEU"),
    ('"I met the Iranian envoy twice last week," said the Swiss foreign minister.', "met", "CHE", "IRN"),
    ('"We accused Moscow of breaking the accord," Latvia\'s president said on Friday.', "accused", "LVA", "RUS"),
    ('"I criticised the Thai junta in my speech," the Cambodian prime minister said.', "criticised", "KHM", "THA"),
    ('"We have sent 200 tonnes of grain to Malawi," said a spokesman for the Zambian government.',
     "sent", "ZMB", "MWI"),
])
def test_first_person_in_a_quotation_is_its_speaker(pipeline, text, verb, source, target):
    src, tgt = _countries(_doc(pipeline, text), verb)
    assert src == [source] and target in tgt


def test_a_named_doer_inside_the_quotation_keeps_its_act(pipeline):
    doc = _doc(pipeline, '"Serbian troops shelled our villages," the Bosnian minister said.')
    src, _ = _countries(doc, "shelled")
    assert src == ["SRB"]
