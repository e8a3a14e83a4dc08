"""Sections: datelines, credits, captions, published lines, bylines, titles; agencies named."""

import pytest

from newsgraph.structure import agency_code, label_sections


def kinds(text, **kw):
    secs, dateline, facts = label_sections(text, **kw)
    for s in secs:
        assert text[s.start : s.end] == s.text
    return [(s.kind, s.text) for s in secs], dateline, facts


@pytest.mark.parametrize(
    "lede,place,agency",
    [
        ("WASHINGTON (AP) — The president said on Monday he would veto the bill.", "Washington", "AP"),
        ("KYIV, Ukraine (Reuters) - Russian drones struck the capital overnight.", "Kyiv", "Reuters"),
        ("BEIRUT, Jan 25 (Reuters) - Israeli strikes hit southern Lebanon.", "Beirut", "Reuters"),
        ("PARIS — France recalled its ambassador.", "Paris", None),
        ("Paris, France (CNN) — Protesters filled the streets.", "Paris", "CNN"),
        ("(Ottawa) The government tabled its budget on Tuesday.", "Ottawa", None),
        ("NEW DELHI (AFP) - India and Pakistan agreed to talks.", "New Delhi", "AFP"),
    ],
)
def test_datelines(lede, place, agency):
    secs, dateline, facts = kinds(lede)
    assert dateline is not None
    assert dateline.attrs["place"] == place
    assert dateline.attrs["agency"] == agency
    assert secs[1][0] == "body" and not secs[1][1].startswith((" ", "—", "-"))
    if agency:
        assert facts["agency"] == agency


@pytest.mark.parametrize(
    "lede",
    [
        "Israel - the country said - will respond.",
        "The President (Joe Biden) spoke.",
        "US officials said on Monday that talks would resume.",
    ],
)
def test_no_false_datelines(lede):
    _, dateline, _ = kinds(lede)
    assert dateline is None


def test_credits_and_captions():
    text = (
        "Troops moved into the town on Monday, officials said.\n"
        "PHOTO JOHN SMITH, REUTERS\n"
        "Soldiers patrol a street in the town.\n"
        "The army said the operation would last a week and more units would follow soon after that.\n"
        "Residents fled north. (Photo: Jane Roe/AFP)\n"
        "Getty Images\n"
        "Officials met again on Tuesday to discuss the plan and agreed to meet once more.\n"
    )
    secs, _, _ = kinds(text)
    ks = [k for k, _ in secs]
    assert ks == ["body", "credit", "caption", "body", "caption", "credit", "credit", "body"]


def test_credit_attrs():
    secs, _, _ = label_sections("Text of the story goes here and on.\nPHOTO ATTA KENARE, AGENCE FRANCE-PRESSE\nA caption.\n")
    credit = next(s for s in secs if s.kind == "credit")
    assert credit.attrs == {"medium": "photo", "person": "ATTA KENARE", "agency": "AFP"}
    secs, _, _ = label_sections("Story text goes here.\n(AP Photo/Evan Vucci)\n")
    credit = next(s for s in secs if s.kind == "credit")
    assert credit.attrs["agency"] == "AP" and credit.attrs["person"] == "Evan Vucci"


def test_published_byline_title():
    text = "Minister warns rivals ahead of vote\nBy Jane Doe and John Roe, Reuters\nPublished at 10:32, January 25, 2026\nThe minister warned rivals on Sunday.\n"
    secs, _, facts = kinds(text)
    assert [k for k, _ in secs] == ["title", "byline", "published", "body"]
    assert facts["agency"] == "Reuters"
    empty = label_sections("Body sentence here.\nPublished at\nMore body here.")[0]
    pub = next(s for s in empty if s.kind == "published")
    assert pub.attrs["value_text"] is None


def test_hard_wrapped_paragraphs_are_joined():
    text = ("The foreign minister said on Monday that the talks with the neighbouring\n"
            "country would resume next week, after a pause of several months caused by\n"
            "the dispute over the border.\n\nA second paragraph follows here.\n")
    secs, _, _ = kinds(text)
    assert [k for k, _ in secs] == ["body", "body"]
    assert secs[0][1].count("\n") == 2


def test_agency_codes():
    assert agency_code("Associated Press") == "AP"
    assert agency_code("AGENCE FRANCE-PRESSE") == "AFP"
    assert agency_code("Reuters") == "Reuters"
    assert agency_code("Nobody Press") is None


def test_agency_cited_in_text():
    _, _, facts = label_sections("The plan was rejected, a diplomat told AFP on Monday.")
    assert facts["agency"] == "AFP" and "told AFP" in facts["agency_basis"]


# --- datelines and agencies, exactly (mutation testing showed these paths unchecked) -------------


@pytest.mark.parametrize("text, dateline, attrs", [
    ("(Washington) The minister spoke on Monday.", "(Washington)", {"place": "Washington", "agency": None}),
    ("(Washington, AFP) - The minister spoke.", "(Washington, AFP) -", {"place": "Washington", "agency": "AFP"}),
    ("(Kyiv, Foo News) - The minister spoke.", "(Kyiv, Foo News) -", {"place": "Kyiv", "agency": "Foo News"}),
    ("(AFP) - The minister spoke on Monday in Paris.", "(AFP) -", {"place": None, "agency": "AFP"}),
    ("Baghdad, Iraq (AP) -- The minister spoke.", "Baghdad, Iraq (AP) --",
     {"place": "Baghdad", "agency": "AP", "region": "Iraq"}),
    ("NEW YORK, March 3 (Reuters) - Stocks fell.", "NEW YORK, March 3 (Reuters) -",
     {"place": "New York", "agency": "Reuters", "date": "March 3"}),
    ("WASHINGTON \u2014 The president spoke on Monday.", "WASHINGTON \u2014", {"place": "Washington", "agency": None}),
])
def test_datelines_exactly(text, dateline, attrs):
    sections, dl, facts = label_sections(text)
    assert dl is not None and (dl.text, dl.attrs) == (dateline, attrs)
    assert [s.kind for s in sections] == ["dateline", "body"] and sections[0] is dl
    assert facts == ({"agency": attrs["agency"], "agency_basis": f"dateline {dateline!r}"} if attrs["agency"]
                     else {"agency": None, "agency_basis": None})


@pytest.mark.parametrize("text", ["BAGHDAD: The minister spoke.", "Beirut \u2013 Talks went on as planned today."])
def test_not_datelines(text):
    sections, dl, facts = label_sections(text)
    assert dl is None and [s.kind for s in sections] == ["body"] and facts["agency"] is None


def test_agency_codes():
    assert [agency_code(x) for x in ["AFP.", " afp ", "Agence  France-Presse", "REUTERS", "The Associated Press",
                                     None, "", "Nobody"]] == ["AFP", "AFP", "AFP", "Reuters", "AP", None, None, None]


@pytest.mark.parametrize("line, attrs", [
    ("PHOTO: Jane Doe / AFP", {"medium": "photo", "person": "Jane Doe", "agency": "AFP"}),
    ("(AFP PHOTO / Jane Doe)", {"medium": "photo", "person": "Jane Doe", "agency": "AFP"}),
    ("AP Photo/Hadi Mizban", {"medium": "photo", "person": "Hadi Mizban", "agency": "AP"}),
    ("Getty Images", {"medium": "photo", "person": None, "agency": "Getty Images"}),
    ("PHOTO: " + "Jane Doe " * 14, None),  # over 120 characters: a sentence, not a credit
    ("Photo: the minister arrives", None),  # no name, no agency
])
def test_credit_attrs_exactly(line, attrs):
    from newsgraph.structure import _credit_attrs

    assert _credit_attrs(line) == attrs
