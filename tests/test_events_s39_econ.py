"""Session 39 (s39-econ): unit tests of events.coder._market_demand, the market sense of the noun "demand"
(a quantity buyers want, no one's act: PLOVER REQUEST and CAMEO 10 are demands an actor makes of another),
branch by branch, and of what it must leave (docs/accuracy.md, "Session 39, s39-econ")."""

import pytest

from newsgraph.events.coder import _market_demand


def _demand(pipeline, text):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.lower_ in ("demand", "demands"))


@pytest.mark.parametrize("text", [
    "Demand for nickel rose in March.",                             # a bare singular: a mass noun
    "The Thai firm cited the weak demand for rubber.",              # a market modifier (its form)
    "He pointed to the stronger demand for rubber.",                # a market modifier (its lemma)
    "Its demand rebounded in the spring.",                          # the subject of a quantity that moves
    "The cuts were meant to revive the demand for loans.",          # the object of a verb that moves a quantity
    "Rice prices rose as supply and demand tightened.",             # paired with supply (demand the conjunct)
    "Rice prices rose as the supply and the demand tightened.",     # the same, with articles (not a mass noun)
    "He cited the consumer demand for rubber.",                     # a market noun as compound
    "Rice prices rose as the demand and supply tightened.",         # paired with supply (supply the conjunct)
])
def test_the_market_sense(pipeline, text):
    assert _market_demand(_demand(pipeline, text))


@pytest.mark.parametrize("text", [
    "The union repeated its demands for a pay rise.",               # plural: the act
    "The union made a demand for a pay rise.",                      # a count noun with its article
    "The union made a fresh demand for a pay rise.",                # a modifier that is no market word
    "The strikers' growing demands were rejected.",                 # plural, though "growing" is a market word
    "Poland's demand that Berlin pay was rejected.",                # a possessive, no market word
    "Union renews demand for pay rise",                             # a headline's bare noun
    "The government met the demand of the strikers.",               # "meet" moves no quantity
    "The union's demand and the employers' offer were far apart.",  # paired, but not with supply
    "They demand a recount.",                                       # the verb
])
def test_the_act_stays(pipeline, text):
    assert not _market_demand(_demand(pipeline, text))


@pytest.mark.parametrize("text, kept", [
    ("Japanese consumer demand fell for a third month.", False),
    ("Toyota said it would build a plant in Turkey to meet rising demand for hybrid cars.", False),
    ("Poland's foreign minister said Poland's demand that Germany pay reparations stood.", True),
])
def test_in_the_pipeline(pipeline, text, kept):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    got = [e.type for e in doc.events if e.trigger and "demand" in e.trigger.text.lower()]
    assert ("REQUEST" in got) == kept, got
