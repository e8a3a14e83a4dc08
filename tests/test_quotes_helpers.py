"""Quotes: the colon cue and the innermost-quote lookup, pinned (mutation testing, session 3)."""

from types import SimpleNamespace

from newsgraph.attribution.stage import quote_at

LEAD = "Party leader Pat Caddell spoke at the rally on Monday.\n\n"
PLAN = "The plan is to win the vote in every state next year."


def test_a_cue_ending_its_paragraph_with_a_colon_attributes_the_next_paragraph(pipeline):
    doc = pipeline.extract(LEAD + "Caddell explained:\n\n" + PLAN)
    assert [(q.text, q.kind, q.speaker_text) for q in doc.quotes] == [(PLAN[:-1], "indirect", "Caddell")]  # without its full stop
    assert [(a.speaker_text, a.cue.text) for a in doc.attributions] == [("Caddell", "explained")]


def test_a_cue_without_content_or_colon_attributes_nothing(pipeline):
    doc = pipeline.extract(LEAD + "Caddell agreed.\n\n" + PLAN)
    assert doc.quotes == [] and doc.attributions == []


def test_quote_at_finds_the_innermost_quote_holding_the_span():
    outer, inner, other = (SimpleNamespace(id=i, start=s, end=e) for i, s, e in
                           (("outer", 0, 100), ("inner", 10, 50), ("other", 60, 90)))
    doc = SimpleNamespace(quotes=[outer, inner, other])
    assert quote_at(doc, 20, 30).id == "inner"
    assert quote_at(doc, 10, 50).id == "inner"  # the bounds count as inside
    assert quote_at(doc, 5, 20).id == "outer"  # starts before the inner quote
    assert quote_at(doc, 40, 55).id == "outer"  # ends after it
    assert quote_at(doc, 95, 101) is None
    doc.quotes = [inner, outer]  # the order of the list does not matter
    assert quote_at(doc, 20, 30).id == "inner"
