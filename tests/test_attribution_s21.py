"""Session 21 (s21-attr): attribution rules, with sentences of our own."""

from stageutil import annotated, candidates

from newsgraph.attribution.stage import extract_all


def _attributions(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return [(a.cue.text if a.cue else None, tuple(p.text for p in a.content)) for a in atts]


def test_a_sentence_after_a_quote_ending_in_a_period_reports_its_own_content(pipeline):
    # the quote closes its own sentence ("… county.”); "She noted" opens the next one with an object of its own:
    # what she noted is the rally, not the quote before it
    text = ("The mayor spoke in Dover on Monday. “We expect to carry the county easily.” "
            "She noted a rally planned for Friday in the town square.")
    found = candidates(pipeline, text)
    noted = [c for c in found if c[2] == "noted"]
    assert noted and all(c[3] == ("a rally planned for Friday in the town square",) for c in noted)


def test_a_clause_after_a_quote_ending_in_a_period_is_not_merged_with_it(pipeline):
    text = ("The union met on Tuesday. “Our members are tired of waiting.” "
            "The chairwoman added that a strike vote would follow in May.")
    atts = _attributions(pipeline, text)
    added = [a for a in atts if a[0] == "added"]
    assert added and all(not any("tired of waiting" in p for p in a[1]) for a in added)
    assert any("a strike vote would follow in May" in p for a in added for p in a[1])


def test_a_bare_verb_after_a_quote_still_attributes_it(pipeline):
    # no content of its own: the verb after the closing mark frames the quote (question or statement)
    for text in ("“Why would we wait?” the chairwoman asked.", "“Why would we wait?” she asked reporters."):
        atts = _attributions(pipeline, text)
        assert any(a[0] == "asked" and any("Why would we wait" in p for p in a[1]) for a in atts), text


def test_a_split_quote_with_a_comma_keeps_its_verb(pipeline):
    atts = _attributions(pipeline, "“We will not wait,” the chairwoman said, adding that the vote would be in May.")
    assert any(a[0] == "said" and any("We will not wait" in p for p in a[1]) for a in atts)


def test_a_question_quote_is_not_the_content_of_a_clause_reported_after_it(pipeline):
    # "?" closes the quote's sentence; "said" has a clause of its own, which is what was said (an object alone,
    # '“Why?” she asked reporters', names the addressee and still frames the quote: see the test above)
    text = "The hearing ran late. “Why now?” The senator said the timing of the vote was suspicious."
    atts = _attributions(pipeline, text)
    said = [a for a in atts if a[0] == "said"]
    assert said and all(not any("Why now" in p for p in a[1]) for a in said)
    assert any("the timing of the vote was suspicious" in p for a in said for p in a[1])
