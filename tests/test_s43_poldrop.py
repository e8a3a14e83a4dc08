"""Session 43 (s43-poldrop): what the attribution stage's later steps (the nested drop, _unnested, _univocal, the
content edits) lose and gain on PolNeAR train (docs/accuracy.md). No rule was kept: every step removes more
wrong candidates than right ones, and PolNeAR's gold never nests one attribution's cue inside another's content
(0 of 9,813 weighted gold attributions on TRAIN-STUDY). These pin today's behaviour on our own probe set
(scripts/attr_probes/probes_s43poldrop.txt), so that a later change to those steps shows what it moves."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes_s43poldrop.txt"


def test_probes_s43poldrop_figures():
    t = attr_probes.run(str(PROBES))["total"]
    # the one miss: "but would not give a date for its reopening": the parser hangs "give" on "close", inside
    # the first content, where a second cue is a nested report (dropped; re-admitting such next acts lost F1)
    assert (t["gold"], t["found"], t["speaker"], t["spurious"]) == (14, 13, 8, 0)
