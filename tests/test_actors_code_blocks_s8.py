"""An actor dictionary's code block (`cameo_dict._parse_code`): the survivors of session 8's mutation run
(docs/testing.md, "Session 8, s8-mutate"): the null codes, a date glued to an upper-case code, date
ranges' limits and the errors naming file, line and reason."""

import pytest

from newsgraph.actors import cameo_dict as cd
from newsgraph.errors import DictionaryError


@pytest.mark.parametrize("null", ["---", "+++", "###"])
def test_tabari_null_codes_discard_the_phrase(null):
    assert cd._parse_code("a.txt", 3, null) == cd.DatedCode("")
    assert cd._parse_code("a.txt", 3, "abc") == cd.DatedCode("ABC")


def test_a_date_glued_to_an_upper_case_code():
    assert cd._parse_code("a.txt", 3, "ONO<911226") == cd.DatedCode("ONO", before="19911227")
    assert cd._parse_code("a.txt", 3, "ONO/GOV>911226") == cd.DatedCode("ONO/GOV", after="19911226")


def _in_force(block, *dates):
    entry = cd.ActorEntry(["x"], [cd._parse_code("a.txt", 3, block), cd.DatedCode("DEF")])
    return [entry.code_at(d) for d in dates]


def test_a_date_range_holds_both_ends_and_may_be_one_day():
    # (the exclusive end is the end day plus one as a number: "19911232" still sorts before 1992)
    assert _in_force("ABC 910101-911231", "1990-12-31", "1991-01-01", "1991-12-31", "1992-01-01") == \
        ["DEF", "ABC", "ABC", "DEF"]
    assert _in_force("ABC 910101 - 910101", "1990-12-31", "1991-01-01", "1991-01-02") == ["DEF", "ABC", "DEF"]
    assert _in_force("ABC 910102-910103", "1991-01-01", "1991-01-02", "1991-01-03", "1991-01-04") == \
        ["DEF", "ABC", "ABC", "DEF"]


@pytest.mark.parametrize("block,reason", [("  ", "empty code block []"), ("ABC 2011x", "bad date restriction")])
def test_a_bad_code_block_names_file_line_and_reason(block, reason):
    with pytest.raises(DictionaryError) as err:
        cd._parse_code("actors.txt", 7, block)
    assert (err.value.path, err.value.line) == ("actors.txt", 7)
    assert str(err.value).startswith(f"actors.txt:7: {reason}")


def test_a_range_that_ends_before_it_starts_is_skipped_with_a_note_as_petrarch_skips_it():
    """(session 53: was an error, which made the production Phoenix country dictionary unusable)"""
    notes = []
    assert cd._parse_code("actors.txt", 7, "ABC 911231-910101", notes) is None
    assert cd._parse_code("actors.txt", 7, "ABC 911231-910101") is None  # no notes asked for: none kept
    assert notes == ["actors.txt:7: date range '911231-910101' ends before it starts: "
                                          "this code is skipped, as PETRARCH skips it"]
