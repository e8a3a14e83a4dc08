"""Session 40 (s40-polcog): attributions whose cue is a state of mind, not a verb of saying (PolNeAR, after PARC,
attributes beliefs, intentions and feelings to their holder as it does assertions). The stage reads the clausal
families already: a thought verb with a that-clause, an intention verb with a to-infinitive, "is expected to", an
adjective of feeling with a that-clause. These pin that reading on our own sentences (the probe file
scripts/attr_probes/probes_s40polcog.txt, labelled before its first run), so that a rewrite of the stage's helpers
keeps it. The file's two other families (a belief noun inside a passive report, an object-experiencer verb) are
not pinned: PolNeAR's annotators mark the second in under a quarter of its occurrences (docs/accuracy.md)."""

import pytest

from attrutil import read_attr_probes
from newsgraph.evaluate.polnear import from_document, match, speaker_right

PINNED = ("thought-verb-that", "intention-verb-to", "expected-to", "adjective-clause")


ARTICLES = [a for a in read_attr_probes("probes_s40polcog.txt") if a["family"].split(" ")[0] in PINNED]


def test_the_pinned_families_are_all_in_the_file():
    assert sorted({a["family"].split(" ")[0] for a in ARTICLES}) == sorted(PINNED)
    assert len(ARTICLES) == 32


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a["text"][:40])
def test_a_state_of_mind_with_a_clausal_complement_is_attributed_to_its_holder(pipeline, art):
    text, (gold,) = art["text"], art["gold"]
    system = from_document(pipeline.extract(text, name="probe"))
    pairs = dict(match([gold], system, text, 0.3))
    assert 0 in pairs, f"not found: {text}"
    if gold["source"]:
        assert speaker_right(gold, system[pairs[0]]), f"wrong holder: {text}"
    else:  # "The bridge is expected to reopen …": no one holds the expectation in the sentence
        assert not system[pairs[0]]["source"]
