"""Session 20 (s20-codebook): detailed CAMEO codes an appeal, demand or rejection takes from what it
asks for or refuses, on our own sentences (never the codebook's examples)."""

import pytest




def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    return [(e.type, e.cameo) for e in doc.events]


@pytest.mark.parametrize("text", [
    "The rebel commanders turned down the army's offer of a truce in the mountains.",
    "Gondor rejected a proposal by Rohan for a ceasefire along the river.",
    "Mordor on Monday dismissed a Gondorian call for a cease-fire in Osgiliath.",
])
def test_refused_proposal_of_a_truce_is_a_refusal_to_de_escalate(pipeline, text):
    # CAMEO 1246 (codebook: "use this code for rejections of ceasefires"), not the proposal's 120
    assert ("REJECT", "1246") in _codes(pipeline, text)
