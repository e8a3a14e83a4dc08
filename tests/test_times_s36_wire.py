"""Session 36 (s36-aquaint): own wire-style sentences (scripts/timex_own_sets/s36_wire_anchor.tsv and
s36_wire_anchor2.tsv, labelled before their first run) as regression tests: relative words told from a dated
dateline's day when it lies one to three days before the document date (times.dateline_day), anchoring on the
writing day or the time named last, and a bare weekday's direction by its verb's tense."""

import pytest

from timeutil import load_marked
from newsgraph.evaluate import timeml

# set 1's "N units later" labels are mine, not TimeML's: the corpora mark "Three days" (P3D) with "later" a signal
LABEL_SLIPS = {"Two days later", "three days later", "a week later"}


DOCS = load_marked("s36_wire_anchor.tsv") + load_marked("s36_wire_anchor2.tsv")


@pytest.fixture(scope="module")
def predicted():
    return timeml.predict(DOCS)


def test_the_sets_hold_every_class():
    counts = {c: sum(d["cls"] == c for d in DOCS) for c in ("dl", "an", "tn", "dl2")}
    assert counts == {"dl": 9, "an": 9, "tn": 10, "dl2": 10}


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_each_labelled_expression_is_found_with_its_value(predicted, doc):
    got = {(t["start"], t["end"]): t["value"] for t in predicted[doc["id"]]}
    for g in doc["times"]:
        if g["text"] in LABEL_SLIPS:
            continue
        assert got.get((g["start"], g["end"])) == g["value"], (g["text"], doc["text"])
    assert len(got) == len(doc["times"])  # nothing else marked


def test_the_label_slips_are_the_corpora_duration(predicted):
    slips = [(t["text"], t["value"]) for d in DOCS for t in predicted[d["id"]] if t["text"] + " later" in LABEL_SLIPS]
    assert sorted(slips) == [("Two days", "P2D"), ("a week", "P1W"), ("three days", "P3D")]
