"""Session 39 (s39-bbcev): a second probe set for the three classes of tests/test_s39_bbcev_probes.py, written
after the fix (events.coder._askable, _danger_warned, _court_plea) in new wordings, to see whether the rules
hold beyond the sentences they were written against. Sentences are our own."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.trigger.text.lower() if e.trigger else "") for e in doc.events]


# --- class 1 ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The forecaster said unemployment should peak in the autumn.",
    '"Tolerance must never become indifference," the archbishop told the synod.',
    "Officials insisted that the currency should hold its value.",
    "The minister said the recovery must not be taken for granted.",
    pytest.param("Bankers said demand for loans should stay weak until March.", marks=pytest.mark.xfail(
        strict=True, reason="an event noun as the subject ('demand', also economic demand) is kept as askable")),
    '"No one should be surprised by these figures," the economist said.',
    "He wrote that patience must not turn into complacency.",
    "The survey said house prices should rise by about 3%.",
])
def test_after_no_one_asked_no_demand(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, _ in got if t == "REQUEST"], got


@pytest.mark.parametrize("text", [
    "The Norwegian envoy said Sri Lanka's government must return to the talks.",
    "The opposition leader said ministers should resign over the scandal.",
    "Japan's foreign minister said North Korea must free the abducted citizens.",
    pytest.param("The ceasefire must be respected by every side, the Egyptian mediator said.", marks=pytest.mark.xfail(
        strict=True, reason="no demand on the base either: the clause before 'said' is not parsed as its ccomp")),
    "The Ethiopian prime minister said the fighting must stop at once.",
])
def test_after_someone_asked_is_a_demand(pipeline, text):
    got = _events(pipeline, text)
    assert [t for t, _ in got if t == "REQUEST"], got


# --- class 2 ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Firefighters warned of the danger of more fires in the hills.",
    "The watchdog cautioned about the risks of lending to first-time buyers.",
    "Scientists warn of the possibility of a larger quake.",
    "The head of the IMF warned of the perils of protectionism.",
    "Farmers warned of the likelihood of food shortages after the drought.",
    "Union leaders have warned of the potential for job losses at the plant.",
    "The Spanish health minister warned of the hazards of passive smoking.",
    "Retailers warned of the prospect of a weak Christmas.",
])
def test_after_a_danger_warned_of_is_no_threat(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, trig in got if t == "THREATEN" and ("warn" in trig or "caution" in trig)], got


@pytest.mark.parametrize("text", [
    "Turkey warned of military action against the Kurdish fighters.",
    "The Israeli army warned residents of Gaza of imminent strikes.",
    "Washington warned Tehran against any move to close the strait.",
    "Pakistan warned of a firm response to any Indian incursion.",
])
def test_after_a_threat_stays(pipeline, text):
    got = _events(pipeline, text)
    assert [t for t, _ in got if t == "THREATEN"], got


# --- class 3 ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Belgian businessman pleaded guilty to tax evasion.",
    "All four defendants pleaded not guilty at the Old Bailey.",
    "The court heard his plea of guilty to two counts of fraud.",
    "She is expected to plead innocent at her next hearing.",
    "Prosecutors welcomed the guilty pleas from the three directors.",
    "After pleading guilty, the trader was fined 50,000 pounds.",
    pytest.param("The soldier changed his plea to guilty on the second day of the trial.", marks=pytest.mark.xfail(
        strict=True, reason="'to guilty' hangs on the verb 'changed', not on the noun 'plea'")),
    "Early guilty pleas save victims from giving evidence, the minister said.",
])
def test_after_a_court_plea_is_no_appeal(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, trig in got if t == "REQUEST" and "plea" in trig], got


@pytest.mark.parametrize("text", [
    "The mayor of Kabul pleaded with NATO commanders to stop the night raids.",
    "Haiti's president made an urgent plea to the United States for food aid.",
    "Relatives of the hostages pleaded for their release in a video message.",
    "The Greek prime minister renewed his plea to Germany for debt relief.",
])
def test_after_a_plea_to_someone_stays(pipeline, text):
    got = _events(pipeline, text)
    assert [t for t, trig in got if t == "REQUEST" and "plea" in trig], got
