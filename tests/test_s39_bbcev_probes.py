"""Session 39 (s39-bbcev): own probe sentences for three classes of false events found in the judged BBC
politics/business events of session 38 (docs/accuracy.md, "Session 39, s39-bbcev").

1. "X said Y must/should do Z" read as a demand where Y is nothing that can be asked to act (an abstract
   or economic noun, "nobody"): CAMEO 10 ("Demand") needs a party who is asked; "growth should recover"
   is a forecast, "diversity must not mean division" a judgement.
2. "warned of the dangers/risk/potential of X" read as THREATEN: the PLOVER manual's THREATEN is "threats,
   coercive or forceful warnings with serious potential repercussions" whose mode is the content of the
   threat (what the threatener would do); a warning of a danger is CAMEO's pessimistic comment (012),
   which PLOVER does not code.
3. A plea in court ("pleaded guilty", "a not guilty plea") read as REQUEST: CAMEO 02 ("Appeal") is a
   request to someone; a defendant's answer to a charge asks nothing of anyone.

Regression probes, written and committed before their first run; the sentences are our own."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.trigger.text.lower() if e.trigger else "") for e in doc.events]


def _codes(pipeline, text):
    from newsgraph.events.stage import place_countries
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    cities = place_countries(doc)
    country = {e.id: e.actor.country if e.actor else cities.get(e.id) for e in doc.entities}
    return [(e.type, [country[i] for i in e.source], [country[i] for i in e.target]) for e in doc.events]


# --- class 1: a "must/should" clause whose subject cannot be asked is no demand -----------------------------
@pytest.mark.parametrize("text", [
    '"Diversity must not mean division," the bishop said.',
    "The central bank said growth should recover by the spring.",
    pytest.param("He said the economy must expand faster if debt is to fall.", marks=pytest.mark.xfail(strict=True, reason="a definite or plural non-agent subject is left: the parse alone "
                                                     "does not tell it from a person or body ('the prince', 'brokers')")),
    '"Nobody should doubt our resolve," the general said.',
    "Analysts said prices should fall once the harvest is in.",
    pytest.param("The report said exports should pick up in the second half.", marks=pytest.mark.xfail(strict=True, reason="a definite or plural non-agent subject is left: the parse alone "
                                                     "does not tell it from a person or body ('the prince', 'brokers')")),
    "The chancellor said inflation should ease next year.",
    "She argued that good design should make buildings cheaper to heat.",
])
def test_a_must_clause_with_no_one_to_ask_is_no_demand(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, _ in got if t == "REQUEST"], got


@pytest.mark.parametrize("text, target", [
    ("The Swedish foreign minister said Iran must halt its enrichment programme.", "IRN"),
    ("The Kenyan president said the rebels in Somalia should lay down their arms.", None),
    ("Germany's chancellor said Greece must cut its spending.", "GRC"),
    ("Brazil's president said the mining firms should pay for the clean-up.", None),
])
def test_a_must_clause_asking_someone_stays_a_demand(pipeline, text, target):
    got = _codes(pipeline, text)
    reqs = [g for g in got if g[0] == "REQUEST"]
    assert reqs, got
    if target:
        assert target in reqs[0][2], got


# --- class 2: a warning of a danger is no threat ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor of the central bank warned of the risks of raising rates too quickly.",
    "Doctors have warned of the dangers of skipping childhood vaccinations.",
    "The report warns of the potential for flooding along the east coast.",
    "The French finance minister warned of the danger of a trade war.",
    "Teachers are warning of the dangers of cutting school budgets.",
    "The Dutch prime minister warned of the possibility of a recession next year.",
    "Engineers warned of the risk of a collapse at the old dam.",
    "Economists warn of the prospect of higher fuel bills this winter.",
])
def test_a_warning_of_a_danger_is_no_threat(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, trig in got if t == "THREATEN" and "warn" in trig], got


@pytest.mark.parametrize("text", [
    "Iran warned of retaliation if its tankers were seized.",
    "The Russian president warned Georgia against any attack on South Ossetia.",
    "China warned of serious consequences if Taiwan declared independence.",
    "North Korea warned of a military response to the joint exercises.",
])
def test_a_warning_of_ones_own_act_stays_a_threat(pipeline, text):
    got = _events(pipeline, text)
    assert [t for t, _ in got if t == "THREATEN"], got


# --- class 3: a plea in court is no appeal --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The lorry driver pleaded guilty to causing death by dangerous driving.",
    "The former mayor pleaded not guilty to all eleven charges.",
    "His guilty plea was accepted by the judge on Monday.",
    "The accountant entered a plea of not guilty at the crown court.",
    "Both men pleaded innocent to the fraud charges.",
    "Lawyers said the banker would plead guilty next week.",
    "Defendants who plead guilty early are given shorter sentences.",
    "A late guilty plea should not earn a large discount, the committee said.",
])
def test_a_plea_in_court_is_no_appeal(pipeline, text):
    got = _events(pipeline, text)
    assert not [t for t, trig in got if t == "REQUEST" and "plea" in trig], got


@pytest.mark.parametrize("text", [
    "The Afghan president pleaded with Pakistan to close the border camps.",
    "The United Nations made a plea to Sudan for access to Darfur.",
    "Aid agencies pleaded for more money for Niger.",
    "The Chilean minister repeated his plea to Argentina for more gas.",
])
def test_a_plea_to_someone_stays_an_appeal(pipeline, text):
    got = _events(pipeline, text)
    assert [t for t, trig in got if t == "REQUEST" and "plea" in trig], got
