"""Session 35 (s35-nest): reports inside a report's clause. PolNeAR marks the outer report only when the inner
one is its clausal complement ("The minister said the opposition claimed the vote was rigged": one
attribution, its content running over "claimed"; census in docs/accuracy.md), and two when the parser hangs a
parallel report inside the first ("…, while a third said it was getting worse"). No rule was kept (splitting
nested reports never raised F1 on TRAIN-CHECK); these pin today's behaviour on our own probe sets
(scripts/attr_probes/probes_s35nest*.txt), so that a later splitting rule shows what it changes."""

import sys
from pathlib import Path

from stageutil import annotated

from newsgraph.attribution.stage import extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes"


def _atts(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts}


def test_an_embedded_report_stays_inside_the_outer_content(pipeline):
    atts = _atts(pipeline, "The minister said the opposition claimed the vote was rigged.")
    assert atts == {("said", "the opposition claimed the vote was rigged")}


def test_a_parallel_report_after_while_is_a_second_attribution(pipeline):
    atts = _atts(pipeline, "The governor said the budget was balanced, while her opponent argued it relied on borrowing.")
    assert atts == {("said", "the budget was balanced"), ("argued", "it relied on borrowing")}


def test_probes_s35nest_figures():
    found = {}
    for name in ("probes_s35nest.txt", "probes_s35nest_b.txt", "probes_s35nest_c.txt"):
        t = attr_probes.run(str(PROBES / name))["total"]
        found[name] = (t["gold"], t["found"], t["speaker"], t["spurious"])
    # B and C: "Police estimated the crowd at 5,000, while organisers put it at 20,000": "put" takes the main
    # clause as an inverted reporting clause's content (left open, docs/accuracy.md)
    assert found == {"probes_s35nest.txt": (15, 15, 15, 0), "probes_s35nest_b.txt": (12, 11, 10, 0),
                     "probes_s35nest_c.txt": (8, 7, 6, 0)}
