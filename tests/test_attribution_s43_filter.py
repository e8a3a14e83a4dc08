"""Session 43 (s43-filter), issue 12: the learned candidate filter's keep/drop decisions on our own probe sentences
(scripts/attr_probes/probes_s43filter.txt, labelled before its first run): verbs of saying with a clause, stance
acts by verbs outside the say-lexicon, nouns of saying with a that-clause and intentions are kept with their
speakers; acts with an object and clause-free narration give no attribution."""

import pytest

from attrutil import read_attr_probes
from newsgraph.evaluate.polnear import from_document, match, speaker_right

ARTICLES = read_attr_probes("probes_s43filter.txt")
KEPT = ("say-clause", "stance-act", "noun-that", "intention")
NONE = ("act-object", "act-clause-free")


def test_every_family_is_in_the_file():
    assert sorted({a["family"].split(" ")[0] for a in ARTICLES}) == sorted(KEPT + NONE)
    assert len(ARTICLES) == 22


@pytest.mark.parametrize("art", [a for a in ARTICLES if a["family"].split(" ")[0] in KEPT], ids=lambda a: a["text"][:40])
def test_a_report_or_stance_is_kept_with_its_speaker(pipeline, art):
    text, (gold,) = art["text"], art["gold"]
    system = from_document(pipeline.extract(text, name="probe"))
    pairs = dict(match([gold], system, text, 0.3))
    assert 0 in pairs, f"dropped: {text}"
    assert speaker_right(gold, system[pairs[0]]), f"wrong speaker: {text}"
    assert len(system) == 1, f"more than the one attribution: {text}"


@pytest.mark.parametrize("art", [a for a in ARTICLES if a["family"].split(" ")[0] in NONE], ids=lambda a: a["text"][:40])
def test_an_act_that_reports_nothing_is_dropped(pipeline, art):
    assert from_document(pipeline.extract(art["text"], name="probe")) == [], art["text"]
