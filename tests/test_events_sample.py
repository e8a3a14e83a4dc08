"""The events stage on the bundled sample: the events the issue names, with sensible actors."""

from newsgraph.model import check_offsets


def _name(doc, eid):
    return doc.entity(eid).name


def _find(doc, type_, trigger_word):
    return [e for e in doc.events if e.type == type_ and trigger_word in e.trigger.text]


def test_offsets(sample_doc):
    assert sample_doc.events
    assert check_offsets(sample_doc) == []


def test_rubio_warns_iraq(sample_doc):
    (ev,) = _find(sample_doc, "THREATEN", "warned")
    assert "Rubio" in " ".join(_name(sample_doc, s) for s in ev.source)
    assert [_name(sample_doc, t) for t in ev.target] == ["Iraq"]
    assert ev.flags == []
    assert ev.cameo == "130" and ev.quad_class == 3 and ev.goldstein == -4.4
    assert (ev.date.value, ev.date.text) == ("2026-01-25", "Sunday")


def test_framework_supports_maliki(sample_doc):
    (ev,) = [e for e in _find(sample_doc, "SUPPORT", "support") if e.trigger.text == "support"]
    assert "Coordination Framework" in " ".join(_name(sample_doc, s) for s in ev.source)
    assert "Maliki" in " ".join(_name(sample_doc, t) for t in ev.target)
    assert ev.flags == []
    assert (ev.date.value, ev.date.text) == ("2026-01-24", "Saturday")


def test_phone_call(sample_doc):
    (ev,) = _find(sample_doc, "CONSULT", "interview")
    assert ev.mode == "phone" and ev.cameo == "041"
    assert "Rubio" in " ".join(_name(sample_doc, s) for s in ev.source)
    assert "Soudani" in " ".join(_name(sample_doc, t) for t in ev.target)


def test_negative_opinion(sample_doc):
    (ev,) = _find(sample_doc, "ACCUSE", "opinion")
    assert "United States" in " ".join(_name(sample_doc, s) for s in ev.source)
    assert "Maliki" in " ".join(_name(sample_doc, t) for t in ev.target)
    assert ev.flags == []


def test_protest_and_repression(sample_doc):
    (protest,) = [e for e in sample_doc.events if e.type == "PROTEST"]
    assert protest.flags == [] and protest.mode == "demo"
    assert protest.date.value == "2025-12" and protest.date.granularity == "month"
    assert "demonstrations" in " ".join(r.text for r in protest.restatements)
    (repression,) = _find(sample_doc, "COERCE", "repressed")
    assert repression.flags == []
    assert repression.source == protest.target  # the protested authority repressed


def test_strikes_on_iran(sample_doc):
    (ev,) = _find(sample_doc, "ASSAULT", "strikes")
    assert sorted(_name(sample_doc, s) for s in ev.source) == ["American", "Israeli"] or len(ev.source) == 2
    assert [_name(sample_doc, t) for t in ev.target] == ["Iran"]
    assert ev.flags == []


def test_history_is_flagged_when_dated(pipeline, sample_text):
    doc = pipeline.extract(sample_text, name="sample", published="2026-01-26")
    (inv,) = _find(doc, "ASSAULT", "invasion")
    assert "historical" in inv.flags


def test_nothing_factual_from_the_hypothetical_sentence(sample_doc):
    sent = next(s for s in sample_doc.sections if "rare breakthrough" in s.text)
    inside = [e for e in sample_doc.events if sent.start <= e.trigger.start < sent.end]
    assert all(e.flags for e in inside)
