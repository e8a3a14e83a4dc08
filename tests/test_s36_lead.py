"""Session 36, the lead: a verb coordinated with a backdrop clause's verb is in that clause.

s36-extra flags `historical` an act told in an after/since/because clause on another act (the PLOVER manual's
mode for a setting). Its rule read the clause's first verb only, so in "marched after police shot and killed a
man" the second verb, "killed", stayed an asserted act of its own beside the flagged "shot" (and, with flags
differing, no longer merged into it), and the march came out as a protest with intervention.
"""

import pytest

from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _acts(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2024-03-05")
    # (a trigger may run over its object: "seized the border town"; its first word is the verb)
    return [(e.trigger.text.split()[0] if e.trigger else None, e.type, sorted(e.flags)) for e in doc.events]


@pytest.mark.parametrize("text,verbs", [
    ("Hundreds marched through the city on Sunday after police shot and killed an unarmed man.", {"shot", "killed"}),
    ("The two ministers met in Geneva on Friday after rebels shelled and seized the border town.", {"shelled", "seized"}),
    ("The government recalled its ambassador because militias attacked and looted the embassy.", {"attacked", "looted"}),
])
def test_coordinated_verbs_of_a_backdrop_clause_are_not_asserted(pipeline, text, verbs):
    acts = _acts(pipeline, text)
    asserted = {t for t, _, flags in acts if not flags}
    assert not (asserted & verbs), acts


def test_the_news_clause_keeps_its_own_coordinated_verbs(pipeline):
    # the coordination is the main clause's, not a backdrop's: both acts stay asserted
    acts = _acts(pipeline, "Rebels shelled and seized the border town on Friday.")
    assert any(t in ("shelled", "seized") and not flags for t, _, flags in acts), acts
