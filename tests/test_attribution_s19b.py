"""Session 19 (s19b-attr): attribution rules, with sentences of our own."""

from stageutil import candidates


def _nominal(pipeline, text):
    return [c for c in candidates(pipeline, text) if c[0].startswith("noun")]


def test_a_cue_noun_equated_with_a_clause_by_be_takes_the_clause(pipeline):
    # "her worry is that …" says what the worry is, as "her worry that …" does
    found = _nominal(pipeline, "Her main worry is that the bridge will collapse before winter.")
    assert any(c[2] == "worry" and c[3] == ("the bridge will collapse before winter",) for c in found)
    found = _nominal(pipeline, "The question was whether the council would vote at all.")
    assert any(c[2] == "question" and c[3][0].startswith("whether the council would vote") for c in found)


def test_a_cue_noun_with_a_plain_noun_complement_of_be_has_no_clause(pipeline):
    # "his idea is a good one" says nothing of what the idea is
    assert not any(c[2] == "idea" for c in _nominal(pipeline, "His idea was a good one."))
