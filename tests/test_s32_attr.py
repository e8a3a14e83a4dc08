"""Session 32 (s32-attr): "As the auditor pointed out, S". An "as" clause whose verb is a lexicon verb of speech
or writing that takes its content as a direct object ("point out", "mention", "outline", "document") and has
no object of its own: the "as" stands in the object slot, so S is what was said, as with the verbs of saying
("As X noted, S"). Verbs of thought ("As you know, …") and verbs without an object frame ("As she spoke, …")
give nothing; neither do generic cues. Our own sentences, as in scripts/attr_probes/probes7.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution import lexicon
from newsgraph.attribution.indirect import GENERIC, GENERIC_OBJ
from newsgraph.attribution.stage import _says_object, extract_all
from newsgraph.evaluate.polnear import match, scorable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes7.txt"


def _contents(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts}


@pytest.mark.parametrize("text, cue, content", [
    ("As the treasurer pointed out, the fund has lost money for three years running.", "pointed",
     "the fund has lost money for three years running"),
    ("As the coach mentioned after the game, two players will miss the final.", "mentioned",
     "two players will miss the final"),
    ("As the union's letter outlines, the new shifts break the existing contract.", "outlines",
     "the new shifts break the existing contract"),
])
def test_the_clause_an_as_clause_of_saying_modifies_is_its_content(pipeline, text, cue, content):
    assert (cue, content) in _contents(pipeline, text)


@pytest.mark.parametrize("text, cue", [
    ("As you know, the ferry does not run on Sundays.", "know"),
    ("As the mayor spoke, the crowd began to leave the square.", "spoke"),
])
def test_no_content_from_verbs_of_thought_or_without_an_object(pipeline, text, cue):
    assert not any(c == cue for c, _ in _contents(pipeline, text))


def test_which_cues_take_their_content_as_an_object():
    lex = lexicon.default()
    assert _says_object(lex.phrasal["point"]["out"])
    assert _says_object(lex.verbs["mention"])  # speech
    assert _says_object(lex.verbs["document"])  # writing
    assert not _says_object(lex.verbs["know"])  # thought, though it takes an object
    assert not _says_object(lex.verbs["speak"])  # speech with no object frame
    assert not _says_object(GENERIC_OBJ)  # a verb outside the lexicon: the filter has learnt nothing of its "as"
    assert not _says_object(GENERIC)


def test_the_probe_set_scores_as_labelled(pipeline):
    """probes7.txt through the stage and the evaluator's matching: at least the six found at the change's first
    run of the as-speech-obj family, and no more spurious than the two near misses with an object of their own."""
    arts = attr_probes.read_probes(str(PROBES))
    found = spurious = 0
    for art in arts:
        doc, parse = annotated(pipeline, art["text"])
        _, atts = extract_all(doc, parse)
        sysl = [scorable(doc, a) for a in atts]
        gold = [g for g in art["gold"] if not g["optional"]]
        pairs = match(gold, sysl, art["text"], 0.3)
        found += len(pairs)
        spurious += len(sysl) - len(pairs)
    assert found >= 6
    assert spurious <= 2
