"""Session 19 (s19b-attr): attribution rules, with sentences of our own."""

from stageutil import candidates


def _nominal(pipeline, text):
    return [c for c in candidates(pipeline, text) if c[0].startswith("noun")]


def test_a_cue_noun_equated_with_a_clause_by_be_takes_the_clause(pipeline):
    # "her worry is that …" says what the worry is, as "her worry that …" does
    found = _nominal(pipeline, "Her main worry is that the bridge will collapse before winter.")
    assert any(c[2] == "worry" and c[3] == ("that the bridge will collapse before winter",) for c in found)
    found = _nominal(pipeline, "The question was whether the council would vote at all.")
    assert any(c[2] == "question" and c[3][0].startswith("whether the council would vote") for c in found)


def test_a_cue_noun_with_a_plain_noun_complement_of_be_has_no_clause(pipeline):
    # "his idea is a good one" says nothing of what the idea is
    assert not any(c[2] == "idea" for c in _nominal(pipeline, "His idea was a good one."))


def _adjectives(pipeline, text):
    return [c for c in candidates(pipeline, text) if c[0] == "adjective"]


def test_a_clause_the_parser_hangs_on_the_copula_complements_the_adjective(pipeline):
    # "was clear that …": a copula takes no clause of its own; the clause is what the judge was clear about
    assert ("adjective", "speech", "clear", ("that the hearing would go ahead",), "The judge") in \
        _adjectives(pipeline, "The judge was clear that the hearing would go ahead.")


def test_extraposed_it_is_no_holder(pipeline):
    # "it is not clear whether …": "it" stands for the clause, so no one holds the stance (passes on the base,
    # which found no clause here; it fails if the copula fallback above takes "it" as the holder)
    assert not any(c[4] == "It" for c in _adjectives(pipeline, "It is not clear whether the council will vote on Monday."))
