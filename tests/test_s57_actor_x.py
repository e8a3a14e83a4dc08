"""Session 57 (s57-actor): actor codings a reader finds wrong (issues 11-13; docs/testing.md, "Session 57,
s57-actor").
1. A spokesperson whose phrase names no body speaks for the body the text links them to (an earlier
   spokesperson of a named body, or the organisation of the same or the sentence before), and is nobody's
   government when the text links none: the role table's GOV is no default.
2. A body named by a token the NER leaves untagged right before the role ("3 spokesperson X") is a body of
   no known kind: no GOV either.
3. A lone name token matches a known person's surname only when the spelling is strong evidence.
4. A definite description is not the name that governs it ("The SEC said the firm ...": two bodies).
5. `PhoenixActors._spelt_otherwise` measures with rapidfuzz, as `_spelling_of` does.
Sentences written for these tests."""

import pytest


def _extract(pipeline, text):
    return pipeline.extract(text, name="t", published="2026-12-01")


def _entity(doc, text):
    found = [e for e in doc.entities if e.name == text or any(m.text == text for m in e.mentions)]
    assert found, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    return found[0]


# 1. a spokesperson naming no body --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Heavy rain fell across the north on Tuesday. The spokesman said the roads would reopen soon.", "The spokesman"),
    ("Heavy rain fell across the north on Tuesday. Mary Holt, a spokeswoman, said the roads would reopen.",
     "Mary Holt"),
    ("Brightwater Foods said on Monday it would close two plants. The spokesman said staff would be moved.",
     "The spokesman"),
])
def test_a_spokesperson_of_no_body_is_no_government(pipeline, text, name):
    actor = _entity(_extract(pipeline, text), name).actor
    assert actor is None or actor.sector != "GOV", actor


@pytest.mark.parametrize("text, name, code", [
    ("The Home Office said on Monday the rules would change. The spokesman said the change was overdue.",
     "The spokesman", "GBRGOV"),
    ("The Home Office said on Monday the rules would change. Mary Holt, a spokeswoman, said it was overdue.",
     "Mary Holt", "GBRGOV"),
    ("The French government said on Monday the border would reopen. The spokesman said it would be soon.",
     "The spokesman", "FRAGOV"),
])
def test_a_spokesperson_speaks_for_the_body_just_named(pipeline, text, name, code):
    actor = _entity(_extract(pipeline, text), name).actor
    assert actor is not None and actor.code == code, actor


def test_the_spokesman_is_the_earlier_spokesman_of_a_named_body(pipeline):
    text = ("A Home Office spokesman said the rules would change in May. Critics in Leeds and Hull said the plan "
            "was late. Ministers have not replied. The spokesman added that the change was overdue.")
    doc = _extract(pipeline, text)
    later = _entity(doc, "The spokesman")
    assert "A Home Office spokesman" in [m.text for m in later.mentions]
    assert later.actor is not None and later.actor.code == "GBRGOV", later.actor


def test_the_body_must_be_near_the_spokesperson(pipeline):
    text = ("The Home Office said on Monday the rules would change. Heavy rain fell across the north. Roads were "
            "shut in Leeds. The spokesman said the roads would reopen.")
    actor = _entity(_extract(pipeline, text), "The spokesman").actor
    assert actor is None or actor.sector != "GOV", actor


def test_a_news_medium_is_nobodys_employer(pipeline):
    text = "Heavy rain fell on Tuesday, the BBC reported. The spokesman said the roads would reopen."
    actor = _entity(_extract(pipeline, text), "The spokesman").actor
    assert actor is None or actor.sector not in ("GOV", "MED"), actor


# 2. a body named by an untagged token before the role ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mobile operator 3 spokesperson Jane Holt said the network was working normally.", "Jane Holt"),
    ("Network 3 spokesman Ed Finch said the outage was over.", "Ed Finch"),
])
def test_a_numbered_body_before_the_role_is_no_government(pipeline, text, name):
    actor = _entity(_extract(pipeline, text), name).actor
    assert actor is None or actor.sector != "GOV", actor
