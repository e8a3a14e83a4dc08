"""The parse repairs of tests/test_nlp_lists.py (session 34, s34-petr) through the whole pipeline, with the
PETRARCH validation dictionaries: sentences en_core_web_sm misreads with names it does not know (each fails
on main ffc45b70 but the Monday one, which pins that a date stays an adverbial)."""

import pytest

from conftest import SHARED
from newsgraph.evaluate import petrarch as ep

DICTS = SHARED / "data/cameo-dict-format"
pytestmark = pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")


def _codings(text, verbs=True) -> set[str]:
    opts = ep.pipeline_options(None, verbs=[str(DICTS / "PETR.Validate.verbs.txt")] if verbs else None,
                               actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    (got,) = ep.predict([ep.Record("t", text, "2015-06-01")], opts)
    return {f"{c.source} {c.target} {c.code}" for c in got}


@pytest.mark.parametrize("text, codings", [
    # the NER's one organisation "Rohan, Gondor"
    ("Rohan, Gondor and Ithilen condemned Mordor.", {"ROH MOR 122", "GON MOR 122", "ITH MOR 122"}),
    # "Dagolath" hung on the verb as an adverbial
    ("Dagolath, Eriador and Calenardhon denounced Mordor.", {"DAG MOR 122", "ERI MOR 122", "CAL MOR 122"}),
    ("Monday, Gondor and Rohan condemned Mordor.", {"GON MOR 122", "ROH MOR 122"}),
    # the Oxford comma's fragment: "Rohan" the root, "Arnor" its apposition
    ("Rohan, Arnor, and Eriador condemned Dagolath.", {"ROH DAG 122", "ARN DAG 122", "ERI DAG 122"}),
    ("Eriador, Rohan, and Gondor criticized Mordor.", {"ERI MOR 121", "ROH MOR 121", "GON MOR 121"}),
])
def test_lists_of_fictional_names_code_every_member(text, codings):
    assert _codings(text) == codings


def test_in_protest_at_names_no_target_of_the_act():
    text = "Rohan on Tuesday recalled its ambassador from Dagolath in protest at the arrest of three Rohan diplomats."
    assert {c.rsplit(" ", 1)[0] for c in _codings(text, verbs=False)} == {"ROH DAG"}
