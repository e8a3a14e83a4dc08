"""CAMEO 0873 (demobilize: disband, hand over or lay down weapons) and 191 (a blockade by armed
forces, not a civilian obstruction, 144) as the CAMEO codebook defines them."""

import pytest


@pytest.mark.parametrize("text, type_, cameo, trigger", [
    ("The militia disbanded on Monday.", "RETREAT", "0873", "disbanded"),
    ("The government disbanded the paramilitary units on Monday.", "RETREAT", "0873", "disbanded"),
    ("The FARC rebels handed over their weapons to the United Nations on Tuesday.", "RETREAT", "0873", "handed"),
    ("The rebels laid down their arms on Tuesday.", "RETREAT", "0873", "laid"),
    ("Russian forces blocked the humanitarian corridor out of Mariupol on Sunday.", "COERCE", "191", "blocked"),
    ("Israeli troops blocked the road to the border crossing.", "COERCE", "191", "blocked"),
    ("Farmers blocked the road to the border crossing.", "PROTEST", "144", "blocked"),
])
def test_codes(pipeline, text, type_, cameo, trigger):
    doc = pipeline.extract(text, published="2024-05-06")
    assert [(e.type, e.cameo) for e in doc.events if e.trigger.text.startswith(trigger)] == [(type_, cameo)]


@pytest.mark.parametrize("text", ["The president disbanded the parliament on Friday.",
                                  "The Red Cross handed over the prisoners' letters to their families."])
def test_not_demobilization(pipeline, text):
    doc = pipeline.extract(text, published="2024-05-06")
    assert not [e for e in doc.events if e.cameo == "0873"]
