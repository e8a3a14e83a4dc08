"""Helpers shared by the events and actors test files (not a test module)."""
from pathlib import Path

import pytest

from newsgraph.evaluate import acled as ev_acled
from newsgraph.evaluate.events import _rank, asserted, plover_events
from newsgraph.model import DateRef, Event, Span

DATA = Path(__file__).with_name("data")


def event(sentence="x", trigger="x", *, at=None, offset=0, sub=None, date=None, **fields) -> Event:
    """An Event built by hand: its evidence `sentence` starts at document offset `offset` (None: no evidence), its
    `trigger` (None: no trigger) at document offset `at`, else where it first occurs in the sentence (at `offset`
    without one); `sub` an ACLED sub-event type (its `acled` pair), `date` an ISO value (its DateRef); any other
    Event field by name (id "e", type "ASSAULT" and confidence 0.9 unless given; source, target, flags as lists)."""
    if at is None and trigger is not None:
        at = offset + (0 if sentence is None else sentence.index(trigger))
    fields = {"id": "e", "type": "ASSAULT", "confidence": 0.9, **fields}
    fields.update({k: list(fields[k]) for k in ("source", "target", "flags") if k in fields})
    return Event(**fields,
                 evidence=None if sentence is None else Span(start=offset, end=offset + len(sentence), text=sentence),
                 trigger=None if trigger is None else Span(start=at, end=at + len(trigger), text=trigger),
                 acled=None if sub is None else {"event_type": ev_acled.SUB_EVENT_TYPES[sub], "sub_event_type": sub},
                 date=None if date is None else DateRef(value=date))


def coded(type_, source=(), target=(), **fields) -> Event:
    """An event as the events evaluation reads it: PLOVER type, source and target entity ids, dated 2026-01-01, with
    a trigger "x" at 0 and no evidence sentence."""
    return event(None, type=type_, source=source, target=target, date="2026-01-01", **fields)


def placed(start, end, base=100, source=("x",), **fields) -> Event:
    """An event whose trigger spans document offsets start..end (None: no trigger) of a 50-character sentence
    starting at `base` (None: no sentence), its doers `source`."""
    return event(None if base is None else "x" * 50, None if start is None else "x" * (end - start), at=start,
                 offset=base or 0, source=source, **fields)


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


def assert_top_code(pipeline, code, text):
    """The top event of `text` (`top_event`) has CAMEO `code`; "!CODE" (a near miss): any code but CODE."""
    top = top_event(pipeline, text)
    assert top is not None, text
    if code.startswith("!"):
        assert top.cameo != code[1:], (text, top.type, top.cameo)
    else:
        assert top.cameo == code, (text, top.type, top.cameo)


def acled_predicted(pipeline, text, published="2016-05-10"):
    """The ACLED sub-event type (or "none") the evaluation predicts for `text`."""
    return ev_acled.predicted(pipeline.extract(text, name="t", published=published))


def top_type(pipeline, text):
    """The PLOVER type of `text`'s top event (`top_event`), or None."""
    ev = top_event(pipeline, text)
    return ev.type if ev is not None else None


def type_probe_params(probes, known_misses, reason="missed"):
    """pytest params of (sentence, type, group) probe tuples, a sentence in `known_misses` a strict xfail."""
    return [pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason=reason)) if p[0] in known_misses else p
            for p in probes]


def type_codes(pipeline, text, published="2009-03-25"):
    """Every event of `text` as (PLOVER type, CAMEO code), in order."""
    return [(e.type, e.cameo) for e in pipeline.extract(text, name="t", published=published).events]
