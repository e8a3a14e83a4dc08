"""Session 43 (s43-wire): two steps of the events stage where the PLOVER wire set's gold events were lost.
1. A promise, pledge, threat or vow that is kept, honoured, fulfilled, carried out or made good on tells its act as
   done: the act is asserted and the commitment noun codes no AGREE or THREATEN of its own (the PLOVER manual:
   AGREE and THREATEN are commitments to future action; the acts themselves are those carried out).
2. An official's journey to a region of several states is a visit with no recipient (gold/plover_wire.md: "a visit
   is CONSULT visit (visitor the actor; a region, "East Africa", is no recipient)"), and AP's "_" dateline dash
   ends the dateline.
Own probe sentences (tests/data/s43_*_set*.tsv), labelled before any run. docs/accuracy.md, Session 43, s43-wire."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import probe_rows

KNOWN_MISSES: set[str] = set()


def _asserted(pipeline, text):
    """(type, source country codes) of every asserted event of `text`."""
    doc = pipeline.extract(text, published="1998-08-18")
    country = {e.id: (e.actor.country if e.actor else None) for e in doc.entities}
    return [(e.type, {country.get(s) for s in e.source} - {None}) for e in doc.events if asserted(e)]


def _check(pipeline, label, text):
    told = _asserted(pipeline, text)
    for want in label.split(","):
        sign, rest = want[0], want[1:]
        type_, _, src = rest.partition(":")
        hits = [s for t, s in told if t == type_]
        if sign == "-":
            assert not hits, told
        else:
            assert hits and (not src or any(src in s for s in hits)), told


SETS = ["s43_kept_set1.tsv", "s43_regionvisit_set1.tsv"]


@pytest.mark.parametrize("label, text", list(probe_rows(SETS, KNOWN_MISSES, 2)))
def test_probe(pipeline, label, text):
    _check(pipeline, label, text)
