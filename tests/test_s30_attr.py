"""Session 30 (s30-attr): a clause before a cue that has its own complement after it (a preposition its lexicon
entry names, or a to-infinitive) is no content of that cue: a verb fills its complement once, and the fronted
content of "X, she said" fills an empty slot. Words after the cue that say when, where or how often the words
were said fill no slot, so the clause before stays the content; so does an object the cue addresses ("…, the
mayor assured commuters"). Our own sentences, as in
scripts/attr_probes/probes5.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution.stage import extract_all
from newsgraph.evaluate.polnear import match, scorable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes5.txt"


def _contents(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts}


@pytest.mark.parametrize("text, cue, content, before", [
    ("Crime fell sharply last year; the mayor pointed to the new night patrols.", "pointed",
     "the new night patrols", "Crime fell sharply last year"),
    ("Wages have stalled for a decade; the unions are pushing for a higher minimum wage.", "pushing",
     "a higher minimum wage", "Wages have stalled for a decade"),
    ("The harbour silted up long ago - the council intends to dredge it next spring.", "intends",
     "to dredge it next spring", "The harbour silted up long ago"),
    ("The talks collapsed on Friday; both delegations complained about the mediator.", "complained",
     "the mediator", "The talks collapsed on Friday"),
])
def test_the_complement_after_the_cue_is_its_content(pipeline, text, cue, content, before):
    found = _contents(pipeline, text)
    assert (cue, content) in found
    assert (cue, before) not in found


@pytest.mark.parametrize("text, cue, content", [
    ("The talks will resume next week, the mediator said on Friday.", "said", "The talks will resume next week"),
    ("The bridge must close at once, the engineers argued for the second time.", "argued",
     "The bridge must close at once"),
    ("The results are final, the chairwoman commented on television.", "commented", "The results are final"),
    ("Fares will not rise this year, the transport secretary assured commuters.", "assured",
     "Fares will not rise this year"),
    ("Nobody will lose a pension, the chairman promised the employees.", "promised",
     "Nobody will lose a pension"),
])
def test_the_clause_before_stays_the_content_when_no_complement_follows(pipeline, text, cue, content):
    assert (cue, content) in _contents(pipeline, text)


def test_the_probe_set_scores_as_labelled(pipeline):
    """probes5.txt through the stage and the evaluator's matching: every gold attribution found, nothing spurious."""
    arts = attr_probes.read_probes(str(PROBES))
    assert len(arts) == 17 and all(len(a["gold"]) == 1 for a in arts)
    for art in arts:
        doc, parse = annotated(pipeline, art["text"])
        _, atts = extract_all(doc, parse)
        system = [scorable(doc, a) for a in atts]
        assert len(match(art["gold"], system, art["text"], 0.3)) == 1 == len(system), (art["text"], system)
