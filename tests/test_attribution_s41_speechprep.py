"""Session 41 (s41-polind): indirect speech whose cue is a speech or writing act. PolNeAR train's missed ones were
traced and classed by construction (docs/accuracy.md, "Session 41, s41-polind"); no class cleared the F1 bar, so no
stage code changed. The stage already reads four of the constructions on our own sentences (the probe file
scripts/attr_probes/probes_s41polind.txt, labelled before its first run): a verb of saying whose content is its
preposition's object ("warned of X", "called for X"), a verb of saying whose object names the act's content
("announced a plan to X"), "according to" before, after and inside its content, and a statement or interview named
beside the cue. These pin that reading, speaker included, so that a rewrite of the stage's helpers keeps it. The
file's other two families (a speech noun with a preposition, a speech noun before a copula) are not pinned: their
misses there are a parser's error ("remarks on the tariff angered …") and a noun the lexicon lacks ("answer")."""

import pytest

from attrutil import read_attr_probes
from newsgraph.evaluate.polnear import from_document, match, speaker_right

PINNED = ("verb-prep-object", "nominal-content", "according-to", "named-occasion")
OCCASION_WORDS = ("statement", "interview", "letter", "news conference", "court filing", "post on social media")


ARTICLES = [a for a in read_attr_probes("probes_s41polind.txt") if a["family"].split(" ")[0] in PINNED]


def _found(pipeline, art):
    text, (gold,) = art["text"], art["gold"]
    system = from_document(pipeline.extract(text, name="probe"))
    pairs = dict(match([gold], system, text, 0.3))
    assert 0 in pairs, f"not found: {text}"
    return text, gold, system[pairs[0]]


def test_the_pinned_families_are_all_in_the_file():
    assert sorted({a["family"].split(" ")[0] for a in ARTICLES}) == sorted(PINNED)
    assert len(ARTICLES) == 24


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a["text"][:40])
def test_indirect_speech_is_attributed_to_its_speaker(pipeline, art):
    text, gold, found = _found(pipeline, art)
    assert speaker_right(gold, found), f"wrong speaker: {text}"


@pytest.mark.parametrize("art", [a for a in ARTICLES if a["family"].startswith("named-occasion")],
                         ids=lambda a: a["text"][:40])
def test_the_named_occasion_stays_out_of_the_content(pipeline, art):
    # "said in a statement on Tuesday that …": the statement is where the words were said, not what was said
    text, _, found = _found(pipeline, art)
    content = " ".join(text[a:b] for a, b in found["content"])
    assert not any(w in content for w in OCCASION_WORDS), content
