"""Session 12 (s12-mut-struct): tests written against the survivors of structure.py's `_dateline` and
`label_sections` mutants (docs/testing.md, "Session 12, s12-mut-struct"). Own sentences throughout."""

import pytest

from newsgraph.structure import label_sections


def sections(text, **kw):
    secs, dateline, facts = label_sections(text, **kw)
    for s in secs:
        assert text[s.start : s.end] == s.text
    return [(s.kind, s.text) for s in secs], dateline, facts


@pytest.mark.parametrize("text", ["(AFP) --", "(Reuters) --\n", "(AP) —–", "Harbour workers strike\n(AFP) --"])
def test_an_agency_tag_with_nothing_after_its_dashes_is_no_dateline(text):
    # The bug _dateline 35 showed: the agency-only pattern took one dash of two lazily, so the second
    # dash passed for the lede and "(AFP) --" alone was a dateline "(AFP) -" over a body "-".
    secs, dateline, facts = sections(text)
    assert dateline is None
    assert secs[-1] == ("body", text.strip().splitlines()[-1])
    assert facts == {"agency": None, "agency_basis": None}


def test_an_agency_tag_with_a_double_dash_before_its_lede_takes_both_dashes():
    secs, dateline, facts = sections("(AFP) -- Dockers walked out at the harbour on Friday.")
    assert dateline.text == "(AFP) --" and dateline.attrs == {"place": None, "agency": "AFP"}
    assert secs == [("dateline", "(AFP) --"), ("body", "Dockers walked out at the harbour on Friday.")]
    assert facts["agency"] == "AFP"
