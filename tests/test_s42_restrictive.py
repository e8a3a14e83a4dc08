"""Session 42 (s42-wire): an act told inside a restrictive relative clause ("Arabs who have spurned him", "a store
owner they took hostage", "those who say that ...") says which people the sentence means, by an act it takes as
known: the setting of the sentence's news, not news of its own (gold/plover_wire.md: "a backdrop act in a
relative or nominal clause is left out"; the PLOVER manual's auxiliary mode `historical`). It is flagged
`historical`, so no asserted record. A non-restrictive clause, set off by a comma, asserts its act and stays.
Own probe sentences (tests/data/s42_restrictive_set*.tsv), labelled before any run. docs/accuracy.md, Session 42,
s42-wire."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import DATA


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, text = line.split("\t")
            yield pytest.param(word, text, id=text[:60])


def _check(pipeline, word, text):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {}
    for e in doc.events:
        if e.trigger:
            told[e.trigger.text.split()[0]] = told.get(e.trigger.text.split()[0], False) or asserted(e)
    if word.startswith("="):
        assert told.get(word[1:]) is True  # the news stays asserted
    else:
        assert told.get(word) is not True  # the presupposed act is no asserted record


@pytest.mark.parametrize("word, text", list(_rows("s42_restrictive_set1.tsv")))
def test_restrictive_probe_set1(pipeline, word, text):
    _check(pipeline, word, text)


@pytest.mark.parametrize("word, text", list(_rows("s42_restrictive_set2.tsv")))
def test_restrictive_probe_set2(pipeline, word, text):
    _check(pipeline, word, text)
