"""Session 37 (s37-uncoded): events not made at all. CAMEO 064 is "exchange or share intelligence or
information"; parties that pool what they know share it, so "pool" with an intelligence-like object is a
COOPERATE 064 act, as "share" and "exchange" already were; pooled savings or cars are no event (the object
list). Sentences written for these tests (docs/accuracy.md, "Session 37, s37-uncoded")."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.cameo, e.trigger.text if e.trigger else None) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay pooled intelligence about cattle smugglers last month.",
    "Greek and Cypriot coastguards have pooled their data on migrant boats.",
    "Tunisia and Algeria pooled information on militants crossing the mountains.",
    "Danish and Swedish police pooled evidence against the gang in March.",
])
def test_pooled_intelligence_is_shared(pipeline, text):
    evs = _events(pipeline, text)
    assert any(t == "COOPERATE" and c == "064" and "pool" in (w or "") for t, c, w in evs), evs


@pytest.mark.parametrize("text", [
    "The villagers pooled their money to repair the well.",
    "Neighbours in Leeds pooled their cars for the school run.",
])
def test_pooled_things_other_than_knowledge_are_no_event(pipeline, text):
    assert not any(w and "pool" in w for _, _, w in _events(pipeline, text))


# CAMEO 111 "criticize or denounce": the verbs of open rebuke the lexicon lacked
@pytest.mark.parametrize("text, verb", [
    ("Portugal's president berated Angola over the jailing of journalists.", "berated"),
    ("The Austrian chancellor upbraided Hungary for blocking the sanctions.", "upbraided"),
    ("Ghana chided Burkina Faso over the border closures.", "chided"),
    ("Mexico reproached Guatemala for its treatment of migrants.", "reproached"),
    ("The Dutch foreign minister excoriated Iran over the executions.", "excoriated"),
    ("Canada admonished India over the diplomat's expulsion.", "admonished"),
])
def test_rebuke_verbs_are_criticism(pipeline, text, verb):
    evs = _events(pipeline, text)
    assert ("ACCUSE", "111", verb) in evs, evs


# CAMEO 1711 "confiscate, seize, or expropriate property"
@pytest.mark.parametrize("text, verb", [
    ("Greek coastguards impounded a Turkish trawler near Lesbos.", "impounded"),
    ("Bolivia expropriated a Spanish power company's local unit.", "expropriated"),
    ("Militiamen requisitioned food from farmers in Tigray.", "requisitioned"),
    ("Gunmen commandeered an Afghan airliner in Kandahar.", "commandeered"),
])
def test_property_taken_is_confiscation(pipeline, text, verb):
    evs = _events(pipeline, text)
    assert ("COERCE", "1711", verb) in evs, evs


# CAMEO 162 "reduce or stop material aid": lending and disbursements stopped
@pytest.mark.parametrize("text, verb", [
    ("The Asian Development Bank suspended lending to Laos.", "suspended"),
    ("The IMF has frozen disbursements to Ghana.", "frozen"),
    ("Germany halted lending to Niger after the coup.", "halted"),
])
def test_lending_stopped_is_aid_stopped(pipeline, text, verb):
    evs = _events(pipeline, text)
    assert any(t == "SANCTION" and c == "162" and (w or "").startswith(verb) for t, c, w in evs), evs


@pytest.mark.parametrize("text", [
    "Kenyan banks cut lending rates again in May.",
    "Moody's cut Ethiopia's credit rating on Friday.",
])
def test_rates_and_ratings_cut_are_no_aid_stopped(pipeline, text):
    assert not any(c == "162" for _, c, _ in _events(pipeline, text))
