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


def test_two_captions_with_trailing_credits_each_split_once():
    # label_sections 73 of the code before b9d8f51 (`i -= 2` after a split): from the second unit it went back to
    # the last one and split it out of turn, over and over (it never returned)
    text = ("Dockers walked out at the harbour on Friday, the union said.\n"
            "Cranes stand idle on the quay. (Photo: Ann Lee/AFP)\n"
            "The strike is the third this year, and talks are set for Monday.\n"
            "A picket line at the gate. (Photo: Tom Barr/Reuters)\n")
    secs, _, _ = sections(text)
    assert secs == [
        ("body", "Dockers walked out at the harbour on Friday, the union said."),
        ("caption", "Cranes stand idle on the quay."),
        ("credit", "(Photo: Ann Lee/AFP)"),
        ("body", "The strike is the third this year, and talks are set for Monday."),
        ("caption", "A picket line at the gate."),
        ("credit", "(Photo: Tom Barr/Reuters)"),
    ]
    credits = [s.attrs for s in label_sections(text)[0] if s.kind == "credit"]
    assert credits == [{"medium": "photo", "person": "Ann Lee", "agency": "AFP", "caption_before": True},
                       {"medium": "photo", "person": "Tom Barr", "agency": "Reuters", "caption_before": True}]


def test_a_caption_ending_in_two_credits_has_both_split_off():
    # The fault label_sections 72 (`i = 2` after a split, which looked at the caption piece again) showed:
    # only the last credit was split off and "(Picture: harbour webcam)" stayed inside the caption.
    text = ("Dockers walked out at the harbour on Friday, the union said.\n"
            "The strike is the third this year, and talks are set for Monday.\n"
            "Cranes stand idle on the quay. (Picture: harbour webcam) (Photo: Ann Lee/AFP)\n"
            "More walkouts are planned for next week at two other ports.\n")
    secs, _, _ = sections(text)
    assert secs[2:] == [
        ("caption", "Cranes stand idle on the quay."),
        ("credit", "(Picture: harbour webcam)"),
        ("credit", "(Photo: Ann Lee/AFP)"),
        ("body", "More walkouts are planned for next week at two other ports."),
    ]
    credits = [s.attrs for s in label_sections(text)[0] if s.kind == "credit"]
    assert credits == [{"medium": "photo", "person": None, "agency": None, "caption_before": True},
                       {"medium": "photo", "person": "Ann Lee", "agency": "AFP", "caption_before": True}]
