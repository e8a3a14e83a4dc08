"""Session 29 (s29-attrtrain): "X is preparing to V" is no attribution (an activity the writer narrates, not a
statement or a state of X's mind); the intention verbs stay cues. Our own sentences, as in
scripts/attr_probes/probes3.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution import lexicon
from newsgraph.attribution.stage import extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes3.txt"


def _attributions(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return [(a.cue.text if a.cue else None, a.source.text if a.source else None, tuple(p.text for p in a.content),
             a.type) for a in atts]


def test_prepare_is_no_cue_of_the_lexicon():
    lex = lexicon.default()
    assert "prepare" not in lex.verbs
    assert "prepares" not in lex.forms and "preparing" not in lex.forms and "prepared" not in lex.forms
    for lemma in ("plan", "intend", "aim", "hope", "want", "vow"):
        assert lex.verbs[lemma].cls == "intention"


@pytest.mark.parametrize("text", [
    "The president is preparing to leave for the summit on Thursday.",
    "Rescue crews prepared to enter the collapsed mine at dawn.",
    "The central bank prepares to raise interest rates for the second time this year.",
    "Troops along the border were preparing to withdraw.",
    "As the governor prepared to sign the budget, protesters gathered outside the statehouse.",
])
def test_getting_ready_to_act_is_no_attribution(pipeline, text):
    assert _attributions(pipeline, text) == []


def test_words_about_preparing_stay_inside_what_was_said(pipeline):
    atts = _attributions(pipeline, "Aides said the president was preparing to leave for the summit on Thursday.")
    assert atts == [("said", "Aides", ("the president was preparing to leave for the summit on Thursday",), "speech")]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The president plans to leave for the summit on Thursday.", "plans", "The president",
     "to leave for the summit on Thursday"),
    ("The central bank intends to raise interest rates for the second time this year.", "intends",
     "The central bank", "to raise interest rates for the second time this year"),
    ("Rescue crews aim to enter the collapsed mine at dawn.", "aim", "Rescue crews", "to enter the collapsed mine at dawn"),
])
def test_an_intention_verb_is_still_an_attribution(pipeline, text, cue, source, content):
    assert _attributions(pipeline, text) == [(cue, source, (content,), "intention")]


def test_the_probe_set_scores_as_labelled(pipeline):
    """probes3.txt through the scorer: the near misses give nothing, every gold attribution is found."""
    arts = attr_probes.read_probes(str(PROBES))
    near = [a for a in arts if a["family"].startswith("preparing (near misses")]
    assert len(near) == 10 and all(not a["gold"] for a in near)
    spurious = []
    for art in near:
        spurious += _attributions(pipeline, art["text"])
    assert spurious == []
