"""ACLED probes of session 48 (s48-acled): own sentences labelled by the ACLED codebook before any run
(tests/data/s48_acled_probes.tsv). A present participle of violence set on a noun that only says which group is meant
("help forces fighting the group") is no atomic event; s48-acled's rule for it (`_group_described`) was withdrawn by
the lead the same session: it also took the category from a participle that reports the incident itself, the one
act of its sentence the ACLED view codes (a held-aside item lost; docs/accuracy.md, "Summary ... session 48"). The
probes main misses are strict known misses, so a fix shows as an XPASS; the others hold."""

from pathlib import Path

import pytest

from eventsutil import probe_rows, acled_predicted

# the probes main misses: four of the "describing" ones, and a participle beside a killing, where the participle's
# armed clash outranks the killing's attack (the probe file's own first words pick them)
MISSED_STARTS = ("The government pledged", "Washington has quietly", "The minister met", "The charity runs",
                 "Soldiers fighting the rebels")
KNOWN_MISSES = {
    line.split("\t")[2]
    for line in (Path(__file__).parent / "data" / "s48_acled_probes.tsv").read_text(encoding="utf-8").splitlines()
    if line.count("\t") == 2 and line.split("\t")[2].startswith(MISSED_STARTS)
}


@pytest.mark.parametrize("want, text", list(probe_rows(("s48_acled_probes.tsv",), KNOWN_MISSES, 3)))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want
