"""Helpers shared by the events and actors test files (not a test module)."""
from pathlib import Path

import pytest

from newsgraph.evaluate import acled as ev_acled
from newsgraph.evaluate.events import _rank, asserted, plover_events

DATA = Path(__file__).with_name("data")


def named_events(pipeline, text, published="2009-03-25"):
    """(type, trigger text, source names, target names) of each event of `text`, in document order."""
    doc = pipeline.extract(text, name="t", published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, e.trigger.text, [names[i] for i in e.source], [names[i] for i in e.target])
            for e in doc.events]


def actor_codes(pipeline, text, published):
    """Entity name -> its actor code (None for an entity with no actor)."""
    doc = pipeline.extract(text, published=published)
    return {e.name: e.actor.code if e.actor else None for e in doc.entities}


def probe_rows(names, known_misses, columns: int):
    """pytest params of our own probe files in tests/data (tab-separated, `columns` columns, "#" comments): the
    last two columns (the label, the text), a text in `known_misses` a strict xfail."""
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fields = line.split("\t")
                assert len(fields) == columns, f"{name}: {line!r}"
                label, text = fields[-2:]
                marks = [pytest.mark.xfail(strict=True, reason="known miss")] if text in known_misses else []
                yield pytest.param(label, text, marks=marks, id=text[:60])


def top_event(pipeline, text, published="2024-06-01"):
    """The event the PLOVER evaluation counts for `text`: the best-ranked asserted one, or None."""
    doc = pipeline.extract(text, published=published)
    evs = [e for e in sorted(plover_events(list(doc.events)), key=_rank) if asserted(e)]
    return evs[0] if evs else None


def acled_predicted(pipeline, text, published="2016-05-10"):
    """The ACLED sub-event type (or "none") the evaluation predicts for `text`."""
    return ev_acled.predicted(pipeline.extract(text, name="t", published=published))
