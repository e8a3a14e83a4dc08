"""Session 54, s54-tidy: the CAMEO/PETRARCH dictionary readers as PETRARCH2 reads the same lines."""

from __future__ import annotations

import pytest

from newsgraph.actors import cameo_dict as cd


def _actors(tmp_path, text: str) -> list:
    path = tmp_path / "two_digit.actors"
    path.write_text(text, encoding="utf-8")
    return cd.parse_actors(str(path))


@pytest.mark.parametrize("yy,century", [("00", "20"), ("29", "20"), ("30", "20"), ("31", "19"), ("99", "19")])
def test_a_two_digit_year_is_20yy_up_to_30_and_19yy_after_as_petrarch2_reads_it(yy, century):
    assert cd._date("a.actors", 4, f"{yy}0615") == f"{century}{yy}0615"


def test_a_restriction_from_year_30_is_in_force_in_2030_not_in_1930(tmp_path):
    # a made-up republic whose government code starts in (20)30 and whose old code ended in (20)30 too
    entries = _actors(tmp_path, "NEW_ARCADIA_\n  [NAR]\n  [NARGOV >300101]\n  [ARCOLD <300630]\n"
                                "OLD_DOMINION_ [DOM 310101-311231]\n")
    arcadia, dominion = entries
    assert [c.after for c in arcadia.codes] == [None, "20300101", None]
    assert arcadia.codes[2].before == "20300631"
    assert arcadia.code_at("2029-12-31") == "ARCOLD"
    assert arcadia.code_at("2030-07-01") == "NARGOV"
    assert arcadia.code_at("1930-07-01") == "ARCOLD"  # before 2030-06-30: the old code (read as 1930, NARGOV)
    assert (dominion.codes[0].after, dominion.codes[0].before) == ("19310101", "19311232")
    assert dominion.code_at("1931-05-01") == "DOM"
