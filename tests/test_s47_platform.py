"""Session 47 (s47-petrx): an attack whose doer is a weapon platform ("jets struck", "drones hit") takes the
platform's mode, as the CAMEO codebook codes it: 195 for an attack that uses military aircraft (taking precedence
when other weapons are named too), 1952 for unmanned ones, both the PLOVER modes aerial and drone. The complement
reading (`_mode_from_cues`) never looks at the subject, so "Syrian jets struck rebel positions" stayed a bare 190
(gold/petrarch_records_47.xml NG47-032, labelled by the codebook). Only platforms: "gunmen" names who attacked,
not how. Own sentences."""

from types import SimpleNamespace

import pytest

from newsgraph.events import stage
from newsgraph.events.lexicon import get_lexicon


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load

    return load()


@pytest.fixture(scope="module")
def cues():
    return get_lexicon().mode_cues["ASSAULT"]


def doer(nlp, text, word):
    doc = nlp(text)
    return SimpleNamespace(source_tokens=[next(t for t in doc if t.text == word)])


@pytest.mark.parametrize("text,word,mode", [
    ("Syrian jets struck rebel positions near Aleppo.", "jets", "aerial"),
    ("Russian drones hit a convoy near Kharkiv.", "drones", "drone"),
    ("Warplanes pounded the town overnight.", "Warplanes", "aerial"),  # (the written form, capitalised)
    ("Israeli helicopter gunships attacked the camp.", "gunships", "aerial"),  # a compound's platform word
    ("Gunmen attacked a police station in Kano.", "Gunmen", None),  # the doers, not a platform
    ("Troops backed by jets attacked the village.", "Troops", None),  # a platform in the doer's clause is no doer
    ("Rebels attacked the convoy.", "Rebels", None),
])
def test_platform_doer(nlp, cues, text, word, mode):
    assert stage._platform_doer(doer(nlp, text, word), cues) == mode


def test_platform_by_lemma(nlp, cues):
    # a form the cue list does not spell, read by its lemma
    c = doer(nlp, "Two bombers struck the bridge.", "bombers")
    c.source_tokens[0] = SimpleNamespace(lower_="bomberz", lemma_="bomber", children=[])
    assert stage._platform_doer(c, cues) == "aerial"


def test_no_source_no_platform(cues):
    assert stage._platform_doer(SimpleNamespace(source_tokens=[]), cues) is None


@pytest.fixture(scope="module")
def code(pipeline):
    return lambda text: pipeline.extract(text, name="t", published="2026-03-10")


@pytest.mark.parametrize("text,mode,cameo", [
    ("Syrian jets struck rebel positions near Aleppo on Monday.", "aerial", "195"),
    ("Russian drones hit a Ukrainian convoy near Kharkiv.", "drone", "195"),
    # the codebook's precedence: aircraft over the other arms named
    ("Syrian jets struck the town with rockets on Monday.", "aerial", "195"),
])
def test_platform_mode_in_the_stage(code, text, mode, cameo):
    ev = next(e for e in code(text).events if e.type == "ASSAULT")
    assert (ev.mode, ev.cameo) == (mode, cameo)


def test_gunmen_keep_the_bare_code(code):
    ev = next(e for e in code("Gunmen attacked a police station in Kano.").events if e.type == "ASSAULT")
    assert ev.mode is None and ev.cameo == "190"


def _tok(lower, lemma=None, children=(), dep="nsubj"):
    return SimpleNamespace(lower_=lower, lemma_=lemma or lower, children=list(children), dep_=dep)


@pytest.mark.parametrize("dep,mode", [("amod", "aerial"), ("compound", "aerial"), ("prep", None)])
def test_platform_modifier(cues, dep, mode):
    # "air units": the platform word as the doer's modifier; a word in another relation is not the doer's kind
    head = _tok("units", children=[_tok("air", dep=dep)])
    assert stage._platform_doer(SimpleNamespace(source_tokens=[head]), cues) == mode


def test_platform_by_written_form(cues):
    # the written form is read before the lemma (a lemma the cue list does not spell)
    assert stage._platform_doer(SimpleNamespace(source_tokens=[_tok("jets", "jetx")]), cues) == "aerial"


@pytest.mark.parametrize("name,dicts,gold,correct,extra", [
    # main 63ae93cd: 27 correct, 6 extra; "Pyrrhenian jets struck" (NG47-032) is now 195
    ("47", "46", 37, 28, 5),
    # the new honest set (labels committed before its first run, d1cd47c6): first run 43 correct, 16 extra
    ("51", "51", 59, 43, 16),
])
def test_built_in_verb_records(name, dicts, gold, correct, extra):
    """gold/petrarch_records_47.xml and _51.xml with the built-in verbs keep at least these correct and at most these
    extra (docs/accuracy.md, "Session 47, s47-petrx")."""
    from pathlib import Path

    from newsgraph.evaluate import petrarch as ep

    d = Path(__file__).resolve().parent.parent / "gold"
    opts = ep.pipeline_options(None, actors=[str(d / f"petrarch_records_{dicts}.actors.txt")],
                               agents=[str(d / f"petrarch_records_{dicts}.agents.txt")])
    r = ep.evaluate(str(d / f"petrarch_records_{name}.xml"), opts)
    assert r["gold_events"] == gold and r["correct"] >= correct and r["extra"] <= extra, r["misses"]
