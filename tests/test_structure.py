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


# --- whole articles, every section exactly (mutation testing, session 3) -----------------------------


def full(text, **kw):
    secs, dateline, facts = label_sections(text, **kw)
    for s in secs:
        assert text[s.start : s.end] == s.text
    assert dateline is None or dateline in secs
    return [(s.kind, s.start, s.end, s.text, s.attrs) for s in secs], facts


def test_article_with_title_byline_dateline_and_captioned_credits():
    text = ("Minister warns rivals ahead of vote\n"
            "By Jane Doe and John Roe, Reuters\n"
            "WASHINGTON, Jan. 25 (Reuters) \u2014 The minister warned rivals on Sunday.\n"
            "PARIS \u2014 France said it would not take part.\n"
            "Residents fled north. (Photo: Jane Roe/AFP)\n"
            "Soldiers patrol a street. (AP Photo/Evan Vucci)\n")
    secs, facts = full(text)
    assert secs == [
        ("title", 0, 35, "Minister warns rivals ahead of vote", {}),
        ("byline", 36, 69, "By Jane Doe and John Roe, Reuters", {"authors": ["Jane Doe", "John Roe"], "agency": "Reuters"}),
        ("dateline", 70, 101, "WASHINGTON, Jan. 25 (Reuters) \u2014", {"place": "Washington", "agency": "Reuters", "date": "Jan. 25"}),
        ("body", 102, 139, "The minister warned rivals on Sunday.", {}),
        ("body", 140, 183, "PARIS \u2014 France said it would not take part.", {}),  # only the lede has a dateline
        ("caption", 184, 205, "Residents fled north.", {}),
        ("credit", 206, 227, "(Photo: Jane Roe/AFP)",
         {"medium": "photo", "person": "Jane Roe", "agency": "AFP", "caption_before": True}),
        ("caption", 228, 253, "Soldiers patrol a street.", {}),
        ("credit", 254, 275, "(AP Photo/Evan Vucci)",
         {"medium": "photo", "person": "Evan Vucci", "agency": "AP", "caption_before": True}),
    ]
    assert facts == {"agency": "Reuters", "agency_basis": "byline 'By Jane Doe and John Roe, Reuters'"}


def test_trailing_credits_split_off_any_caption_but_not_a_bare_credit():
    secs, _ = full("A (Photo: Jane Roe/AFP)\nBody text follows here, officials said.")
    assert [s[:4] for s in secs] == [("caption", 0, 1, "A"), ("credit", 2, 23, "(Photo: Jane Roe/AFP)"),
                                     ("body", 24, 63, "Body text follows here, officials said.")]
    secs, _ = full("(Photo: Jane Roe/AFP)\nBody text follows here, officials said.")
    assert secs[0] == ("credit", 0, 21, "(Photo: Jane Roe/AFP)", {"medium": "photo", "person": "Jane Roe", "agency": "AFP"})
    # a line of 400 characters or more is a paragraph, and its parenthesis stays in it
    for n, split in ((399, True), (400, False)):
        line = "x" * (n - len(" (Photo: Jane Roe/AFP)")) + " (Photo: Jane Roe/AFP)"
        secs, _ = full("Body text, officials said.\n" + line)
        assert [s[0] for s in secs] == (["body", "caption", "credit"] if split else ["body", "body"])


def test_published_byline_caption_after_one_another():
    text = ("Body line one, officials said.\nPublished on 3 June 2026\nBy Jane Doe\n"
            "Caption: A soldier on patrol.\nPhoto: Jane Doe/AFP\nA short line after it\n")
    secs, facts = full(text)
    assert secs == [
        ("body", 0, 30, "Body line one, officials said.", {}),
        ("published", 31, 55, "Published on 3 June 2026", {"value_text": "3 June 2026"}),
        ("byline", 56, 67, "By Jane Doe", {"authors": ["Jane Doe"], "agency": None}),
        ("caption", 68, 97, "Caption: A soldier on patrol.", {}),
        ("credit", 98, 117, "Photo: Jane Doe/AFP", {"medium": "photo", "person": "Jane Doe", "agency": "AFP"}),
        ("body", 118, 139, "A short line after it", {}),  # the credit belongs to the caption above it
    ]
    assert facts == {"agency": None, "agency_basis": None}  # a photo agency is not the story's agency
    secs, _ = full("Caption: A soldier on patrol.\nPhoto: Jane Doe/AFP\nA short line after it")
    assert [s[0] for s in secs] == ["caption", "credit", "body"]


def test_the_short_line_after_a_credit_is_its_caption():
    secs, _ = full("Photo: Jane Doe/AFP\nA short line after it\nA body paragraph, officials said.\nCaption: the end.")
    assert [s[:2] for s in secs] == [("credit", 0), ("caption", 20), ("body", 42), ("caption", 76)]
    assert secs[1][4] == {"credit_start": 0}
    long_before = "Body " + "word " * 70 + "end."
    secs, _ = full(long_before + "\nPhoto: Jane Doe/AFP\nA short caption line.")
    assert [s[0] for s in secs] == ["body", "credit", "caption"] and secs[2][4] == {"credit_start": secs[1][1]}


@pytest.mark.parametrize("after, caption", [
    ("Soldiers on patrol.", True),
    ("x" * 300, True),
    ("x" * 301, False),
    ("Soldiers on patrol. Two of them.", True),
    ("Soldiers on patrol. Two of them. Three.", False),
    ("\u201cWe will stay,\u201d one said.", False),
    ('"We will stay," one said.', False),
    ("\u00abWe will stay,\u00bb one said.", False),
])
def test_what_counts_as_a_caption_after_a_credit(after, caption):
    secs, _ = full("The minister spoke, officials said.\nPhoto: Jane Doe/AFP\n" + after)
    assert [s[0] for s in secs] == ["body", "credit", "caption" if caption else "body"]


def test_a_credit_never_relabels_what_follows_it():
    secs, _ = full("The minister spoke, officials said.\nPhoto: Jane Doe/AFP\nPublished on 3 June 2026")
    assert [s[0] for s in secs] == ["body", "credit", "published"]


@pytest.mark.parametrize("n, kind", [(119, "published"), (120, "body")])
def test_published_lines_are_short(n, kind):
    line = "Published on " + "x" * (n - len("Published on "))
    secs, _ = full("Body text, officials said.\n" + line)
    assert secs[1][0] == kind


@pytest.mark.parametrize("n, kind", [(99, "byline"), (100, "body")])
def test_bylines_are_short(n, kind):
    line = "By Jane " + "D" + "o" * (n - len("By Jane ") - 1)
    secs, _ = full("Body text, officials said.\n" + line)
    assert secs[1][0] == kind


@pytest.mark.parametrize("text, has_title, kinds", [
    ("Kyiv attacked\nRussian drones struck the capital overnight.", False, ["title", "body"]),
    ("Kyiv attacked\nRussian drones struck the capital overnight.", True, ["body", "body"]),
    ("Breaking news from Kyiv", False, ["body"]),  # a lone line is the story, not its title
    ("Attacked\nRussian drones struck the capital overnight.", False, ["body", "body"]),
    ("By Jane Doe\nRussian drones struck the capital overnight.", False, ["byline", "body"]),
    ("x" * 79 + " " + "y" * 80 + "\n\nRussian drones struck the capital overnight.", False, ["title", "body"]),  # 160
    ("x" * 79 + " " + "y" * 81 + "\n\nRussian drones struck the capital overnight.", False, ["body", "body"]),  # 161
])
def test_titles(text, has_title, kinds):
    secs, _ = full(text, has_title=has_title)
    assert [s[0] for s in secs] == kinds


def test_a_dateline_alone_on_its_line_and_the_agency_cited_after_a_title():
    secs, _ = full("WASHINGTON \u2014\nThe president spoke on Monday.", has_title=True)
    assert secs == [("dateline", 0, 12, "WASHINGTON \u2014", {"place": "Washington", "agency": None}),
                    ("body", 13, 43, "The president spoke on Monday.", {})]
    _, facts = full("Minister warns rivals\nThe plan was rejected, a diplomat told AFP on Monday.")
    assert facts == {"agency": "AFP", "agency_basis": "the text says 'told AFP'"}


@pytest.mark.parametrize("text, dateline, attrs", [
    ("WASHINGTON (Associated Press) \u2014 The president spoke.", "WASHINGTON (Associated Press) \u2014",
     {"place": "Washington", "agency": "AP"}),
    ("KYIV, Ukraine, March 3 (Reuters) - Drones struck.", "KYIV, Ukraine, March 3 (Reuters) -",
     {"place": "Kyiv", "agency": "Reuters", "region": "Ukraine", "date": "March 3"}),
    ("SAN JUAN DE LURIGANCHO \u2014 Police said on Monday.", "SAN JUAN DE LURIGANCHO \u2014",
     {"place": "San Juan De Lurigancho", "agency": None}),
    ("THE UNITED NATIONS SECURITY COUNCIL \u2014 voted on Monday.", None, None),  # five words: a headline
])
def test_dateline_places_agencies_and_dates(text, dateline, attrs):
    secs, _ = full(text)
    if dateline is None:
        assert [s[0] for s in secs] == ["body"]
    else:
        assert secs[0] == ("dateline", 0, len(dateline), dateline, attrs)
        assert secs[1][1] == len(dateline) + 1 and secs[1][3] == text[len(dateline) + 1 :]


def test_paragraph_lines_keep_their_offsets_and_text():
    secs, _ = full("  Indented body line here.\nThe index closed at a record, said STOXX")
    assert [s[1:4] for s in secs] == [(2, 26, "Indented body line here."), (27, 67, "The index closed at a record, said STOXX")]


def test_hard_wrapped_lines_join_only_when_long_and_unfinished():
    l40 = "The minister said on Monday that the tal"
    assert len(l40) == 40
    two = "The minister said on Monday that the talks with the\nneighbouring country would resume next week."
    assert [s[0] for s in full(two)[0]] == ["body"]
    assert len(full(l40 + "\nks would resume next week.")[0]) == 2  # 40 characters: not a wrapped line
    assert len(full(l40 + "k\ns would resume next week.")[0]) == 1  # 41
    three = ("The minister said on Monday that the talks with the\n"
             "neighbouring country would resume next week, he said.\n"
             "Officials did not say where.")
    assert len(full(three)[0]) == 3  # a sentence ends inside the block: one paragraph per line


@pytest.mark.parametrize("line, attrs", [
    ("Photo by John Smith/Reuters", {"medium": "photo", "person": "John Smith", "agency": "Reuters"}),
    ("Photo credit: Jane Doe/AFP", {"medium": "photo", "person": "Jane Doe", "agency": "AFP"}),
    ("PHOTO CREDIT JANE DOE", {"medium": "photo", "person": "JANE DOE", "agency": None}),
    ("Photo: Byron Smith", {"medium": "photo", "person": "Byron Smith", "agency": None}),
    ("Photos: Jane Doe", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Photo (Jane Doe)", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Photo: Malcolm X", {"medium": "photo", "person": "Malcolm X", "agency": None}),
    ("Photo: Jane Doe via Getty Images", {"medium": "photo", "person": "Jane Doe", "agency": "Getty Images"}),
    ("Photo: staff/AFP", {"medium": "photo", "person": "staff", "agency": "AFP"}),
    ("Photo: Jane Doe, John Roe/Reuters", {"medium": "photo", "person": "Jane Doe, John Roe", "agency": "Reuters"}),
    ("Photo: Smith", {"medium": "photo", "person": "Smith", "agency": None}),
    ("Photo: Anna Maria De La Cruz", {"medium": "photo", "person": "Anna Maria De La Cruz", "agency": None}),
    ("Photo: Anna Maria De La Cruz Lopez", None),  # six words: not a name
    ("Photograph: Jane Doe", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Picture: Jane Doe", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Images: Jane Doe", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Credit: Jane Doe", {"medium": "photo", "person": "Jane Doe", "agency": None}),
    ("Illustration: Jane Doe", {"medium": "illustration", "person": "Jane Doe", "agency": None}),
    ("Video: Jane Doe", {"medium": "video", "person": "Jane Doe", "agency": None}),
    ("Photo: Xinhua", {"medium": "photo", "person": None, "agency": "Xinhua"}),
])
def test_credit_lines(line, attrs):
    from newsgraph.structure import _credit_attrs

    assert _credit_attrs(line) == attrs


@pytest.mark.parametrize("n, credit", [(120, True), (121, False)])
def test_credit_lines_are_at_most_120_characters(n, credit):
    from newsgraph.structure import _credit_attrs

    line = "Photo: J" + "a" * (n - len("Photo: J/AFP")) + "/AFP"
    assert len(line) == n and (_credit_attrs(line) is not None) == credit


def test_a_trailing_credit_without_a_name_is_still_a_credit():
    secs, _ = full("The house burned down overnight. (Photo: courtesy of the family)")
    assert secs == [("caption", 0, 32, "The house burned down overnight.", {}),
                    ("credit", 33, 64, "(Photo: courtesy of the family)",
                     {"medium": "photo", "person": None, "agency": None, "caption_before": True})]


@pytest.mark.parametrize("text", ["(Washington) \n -- Rubio", "(Washington)\n-- Rubio said the talks failed.",
                                  "WASHINGTON \n -- Rubio said the talks failed."])
def test_a_dateline_never_runs_into_the_next_line(text):
    # found by `make fuzz` (session 8): the dateline patterns' spaces match a line break, so a place
    # alone on its line took the dash of the next and overlapped the section after it
    sections, dateline, _ = label_sections(text)
    assert dateline is None
    for a, b in zip(sections, sections[1:]):
        assert a.end <= b.start
    assert all(text[s.start:s.end] == s.text for s in sections)
    assert "".join(s.text for s in sections).replace(" ", "") == text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("text, attrs", [
    ("LISBON, June 4 (Xinhua) --\n\nThe cabinet met on Friday to approve the budget.",
     {"place": "Lisbon", "agency": "Xinhua", "date": "June 4"}),
    ("OSLO (Reuters) -\n\nThe central bank held its rate on Thursday.", {"place": "Oslo", "agency": "Reuters"}),
    ("LISBON, June 4 --\n\nThe cabinet met on Friday to approve the budget.",  # a date without an agency
     {"place": "Lisbon", "agency": None, "date": "June 4"}),
])
def test_a_dated_or_agency_dateline_alone_on_the_first_line_is_no_title(text, attrs):
    secs, dateline, _ = kinds(text)
    assert secs[0][0] == "dateline" and dateline.attrs == attrs
    assert "title" not in [k for k, _ in secs]


def test_a_short_first_line_without_a_dateline_is_still_a_title():
    secs, dateline, _ = kinds("Budget passes after long night\n\nThe cabinet met on Friday to approve the budget.")
    assert secs[0] == ("title", "Budget passes after long night") and dateline is None
    secs, dateline, _ = kinds("LISBON --\n\nThe cabinet met on Friday to approve the budget.")  # neither date nor agency
    assert secs[0][0] == "title"
