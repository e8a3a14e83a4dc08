"""Session 33 (s33-attr): an attribution's content opens with the complementiser "that" of the clause it is
("said [that the ferry would resume]"), as PolNeAR's content does and as "whether S" / "if S" already did;
quotes[] keeps the bare clause. A bare clause, a relative "that" inside the content and a clause no cue reports
are left as they were. Our own sentences, as in scripts/attr_probes/probes10.txt."""

import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from stageutil import annotated

from newsgraph.attribution.stage import _with_complementiser, extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes10.txt"


def _out(pipeline, text):
    doc, parse = annotated(pipeline, text)
    quotes, atts = extract_all(doc, parse)
    return ({(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts},
            {q.text for q in quotes})


@pytest.mark.parametrize("text, cue, content", [
    ("The harbour master said that the ferry service would resume in April.", "said",
     "that the ferry service would resume in April"),
    ("Ms. Varga told reporters on Friday that the bridge repairs were finished.", "told",
     "that the bridge repairs were finished"),
    ("The coach admitted after the match that his players had looked tired.", "admitted",
     "that his players had looked tired"),
])
def test_a_that_clause_content_starts_at_its_complementiser(pipeline, text, cue, content):
    atts, quotes = _out(pipeline, text)
    assert (cue, content) in atts
    assert content.removeprefix("that ") in quotes  # quotes[] keeps the bare clause


@pytest.mark.parametrize("text, cue, content", [
    ("The harbour master said the ferry service would resume in April.", "said",
     "the ferry service would resume in April"),
    ("Residents complained about the plan that the council approved in March.", "complained",
     "the plan that the council approved in March"),
])
def test_a_content_without_a_complementiser_before_it_starts_where_it_did(pipeline, text, cue, content):
    atts, _ = _out(pipeline, text)
    assert (cue, content) in atts


def test_only_a_mark_whose_clause_the_fragment_holds_is_taken(pipeline):
    """Hand-built parses of "Jo said that rain fell": "that" the mark of "fell", inside the fragment (taken);
    "that" a determiner (left); "that" a mark whose head lies outside the fragment (left)."""
    words = ["Jo", "said", "that", "rain", "fell"]

    def doc(heads, deps):
        return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps)

    d = doc([1, 1, 4, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"])
    rain, end = d[3].idx, len(d.text)
    assert _with_complementiser(d, [(rain, end)]) == [(d[2].idx, end)]
    assert _with_complementiser(d, [(0, 2), (rain, end)]) == [(0, 2), (d[2].idx, end)]  # each fragment
    assert _with_complementiser(d, [(rain, d[3].idx + 4)]) == [(rain, d[3].idx + 4)]  # "fell" outside it
    d = doc([1, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "nsubj", "ccomp"])
    assert _with_complementiser(d, [(rain, end)]) == [(rain, end)]
    d = doc([1, 1, 1, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"])
    assert _with_complementiser(d, [(rain, end)]) == [(rain, end)]


def test_probes10_every_labelled_content_is_found_with_its_boundaries(pipeline):
    from newsgraph.evaluate.polnear import from_document, match

    for art in attr_probes.read_probes(str(PROBES)):
        text = art["text"]
        system = from_document(pipeline.extract(text, name="probe"))
        gold = [g for g in art["gold"] if not g["optional"]]
        pairs = dict(match(gold, system, text, 0.3))
        for gi, g in enumerate(gold):
            assert gi in pairs, text
            got = [text[a:b].strip(" .") for a, b in system[pairs[gi]]["content"]]
            assert got == [text[a:b] for a, b in g["content"]], text
