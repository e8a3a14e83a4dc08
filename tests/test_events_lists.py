"""Lists and accusations the parser splits oddly (session 7)."""

import pytest


@pytest.fixture(scope="module")
def extract():
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline(pipeline_options(None))
    return lambda text: pipe.extract(text, name="t", published="2020-06-01")


def _pairs(doc, cameo=None):
    code = {e.id: e.actor.code for e in doc.entities if e.actor}
    return {(code.get(s), code.get(t), ev.cameo) for ev in doc.events for s in ev.source for t in ev.target
            if cameo is None or ev.cameo == cameo}


def test_list_read_as_an_apposition_gives_every_source(extract):
    # parsed: government -appos-> parliament -conj-> Bolivia
    doc = extract("The Chilean government, Peru's parliament and Bolivia condemned Venezuela.")
    sources = {s for s, _, _ in _pairs(doc, "111")}
    assert {"CHLGOV", "PERLEG", "BOL"} <= sources, _pairs(doc)


def test_list_read_as_two_subjects_gives_every_source(extract):
    # parsed: government and parliament both nsubj, Chile a conjunct of parliament
    doc = extract("The Peruvian government, Bolivia's parliament and Chile criticized Venezuela on Monday.")
    sources = {s for s, _, _ in _pairs(doc, "111")}
    assert {"PERGOV", "BOLLEG", "CHL"} <= sources, _pairs(doc)


def test_accusation_phrase_on_the_last_accused(extract):
    doc = extract("Ukraine accused Russia and its allies of war crimes on Monday.")
    assert ("UKR", "RUS", "1124") in _pairs(doc), _pairs(doc)


@pytest.mark.parametrize("text", [
    "Peru accused Chile of smuggling weapons across the border.",
    "Peru accused Chile of drug trafficking on Monday.",
])
def test_smuggling_and_trafficking_are_crimes(extract, text):
    doc = extract(text)
    assert ("PER", "CHL", "1121") in _pairs(doc), _pairs(doc)
