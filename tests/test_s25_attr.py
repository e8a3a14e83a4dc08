"""Session 25 (s25-attr): attribution readings found on the PolNeAR train study half, tested on sentences of
our own: a dash sets off the writer's closing aside as a comma does (a hyphen typed with spaces is a dash),
a capitalised quoted title after a possessive, "on" or a noun naming a work is a name and not quoted words,
and "like"/"love"/"hate" take a to-infinitive and "warn" an object with one."""

import pytest
from stageutil import candidates

from newsgraph.attribution.indirect import _sets_off
from newsgraph.attribution.stage import _composition_title


def _content(pipeline, text, cue):
    return [c[3] for c in candidates(pipeline, text) if c[2] == cue]


def _attributed(pipeline, text):
    return [(a.cue.text if a.cue else None, [p.text for p in a.content]) for a in pipeline.extract(text).attributions]


# --- a dash sets off a closing aside -------------------------------------------------------------------

@pytest.mark.parametrize("dash", ["-", "—"])
def test_an_infinitive_content_ends_before_an_apposition_after_a_dash(pipeline, dash):
    found = _content(pipeline, f"The council agreed to fund the library {dash} the oldest building in the town.", "agreed")
    assert found and all(c == ("to fund the library",) for c in found)


def test_an_object_ends_before_an_apposition_after_a_spaced_hyphen(pipeline):
    # the apposition hangs on the object itself: "a result" is the writer's gloss on the predicted win
    found = _content(pipeline, "She predicted a narrow win in the county vote - a result that her rivals disputed.",
                     "predicted")
    assert found and all(c == ("a narrow win in the county vote",) for c in found)


def test_an_object_ends_before_a_relative_clause_after_a_dash(pipeline):
    found = _content(pipeline, "The mayor praised the plan for a new bridge - which the council approved in May.", "praised")
    assert found and all(c == ("the plan for a new bridge",) for c in found)


def test_a_clause_content_ends_before_a_relative_clause_after_a_dash(pipeline):
    found = _content(pipeline, "Officials said the bridge would close in June - which drivers had feared for months.", "said")
    assert found and all(c == ("the bridge would close in June",) for c in found)


def test_a_hyphen_inside_a_word_cuts_nothing(pipeline):
    found = _content(pipeline, "The mayor said the well-known plan for the river would cost less than the old one.", "said")
    assert found and all(c == ("the well-known plan for the river would cost less than the old one",) for c in found)


def test_sets_off_reads_spacing_around_a_hyphen(pipeline):
    doc = pipeline.nlp("They backed the pre-war plan - a bold one, he said — and left (quickly).")
    marks = {t.text + str(t.i): _sets_off(t) for t in doc if t.text in ("-", "—", ",", "(")}
    hyphens = [t for t in doc if t.text == "-"]
    assert len(hyphens) == 2
    inside, spaced = hyphens
    assert not _sets_off(inside)  # "pre-war": no space on either side
    assert _sets_off(spaced)
    assert all(v for k, v in marks.items() if not k.startswith("-"))
    # a hyphen with a space after it only ("the pre- and post-war years") is no dash
    doc = pipeline.nlp("the pre- and post-war years")
    assert not any(_sets_off(t) for t in doc if t.text == "-")


def test_sets_off_takes_its_own_marks(pipeline):
    doc = pipeline.nlp("a plan (new) - for now")
    paren = next(t for t in doc if t.text == "(")
    hyphen = next(t for t in doc if t.text == "-")
    assert _sets_off(paren) and not _sets_off(paren, frozenset({","}))
    assert _sets_off(hyphen, frozenset({","}))  # a spaced hyphen is a dash whatever the marks


def test_a_hyphen_opening_a_text_is_no_dash(pipeline):
    doc = pipeline.nlp("- a plan")
    assert doc[0].text == "-" and not _sets_off(doc[0])


# --- quoted titles --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"The plan will fail," Lee said on the network\'s "Morning Roundup" on Sunday.',
    '"The plan will fail," Lee wrote in her memoir "Roads Home."',
    '"The plan will fail," Lee said on "Face the Nation."',
    '"The plan will fail," Lee said of the governor\'s "Fresh Start" program.',
])
def test_a_quoted_title_is_no_part_of_the_content(pipeline, text):
    assert _attributed(pipeline, text) == [(text.split('," ')[1].split()[1], ['"The plan will fail,"'])]


def test_a_quoted_title_after_a_paraphrase_is_not_added_to_it(pipeline):
    assert _attributed(pipeline, 'Lee said the plan would fail, speaking on NBC\'s "Meet the Press."') == \
        [("said", ["the plan would fail"])]


def test_a_quoted_phrase_in_lower_case_after_a_possessive_stays(pipeline):
    # "fresh start" is the governor's words taken up, not a title
    found = _attributed(pipeline, '"The plan will fail," Lee said of the governor\'s "fresh start" program.')
    assert len(found) == 1 and any("fresh start" in p for p in found[0][1])


@pytest.mark.parametrize("before, quoted, title", [
    ("She spoke on NBC's ", "Meet the Press", True),
    ("She spoke on the networks' ", "Meet the Press", True),
    ("She spoke on ", "Meet the Press", True),
    ("on ", "Meet the Press", True),
    ("She wrote in the book, ", "Roads Home", True),
    ("She praised the album ", "Red 2", True),
    ("She spoke on NBC's ", "meet the press", False),  # not capitalised
    ("She spoke on NBC's ", "the Press", False),  # a title's first word is capitalised
    ("She spoke on NBC's ", "One Two Three Four Five Six Seven", False),  # too long for a title read this way
    ("She spoke to ", "Meet the Press", False),  # no possessive, "on" or work noun before it
    ("She said the Don", "Meet the Press", False),  # "on" must be a word of its own
    ("She spoke upon ", "Meet the Press", False),
    ("", "Meet the Press", False),
])
def test_composition_title(before, quoted, title):
    text = before + "“" + quoted + "” today."
    o = len(before)
    assert _composition_title(text, 0, o, o + 1, o + 1 + len(quoted)) is title


def test_composition_title_reads_only_its_paragraph():
    para = "Lee spoke on\n"
    text = para + "“Meet the Press” today."
    o = len(para)
    assert _composition_title(text, o, o, o + 1, o + 15) is False
    assert _composition_title(text, 0, o, o + 1, o + 15) is True


# --- cue frames -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("All five candidates would like to shrink the education department.", "like",
     "to shrink the education department"),
    ("Teachers love to complain about the new rules.", "love", "to complain about the new rules"),
    ("He hates to lose an argument with his brother.", "hates", "to lose an argument with his brother"),
    ("Doctors warned the minister not to cut the hospital budget.", "warned",
     "the minister not to cut the hospital budget"),
])
def test_verbs_of_liking_and_warning_take_an_infinitive(pipeline, text, cue, content):
    found = _content(pipeline, text, cue)
    assert found and all(c == (content,) for c in found)


def test_like_and_warn_keep_their_other_frames(pipeline):
    assert _content(pipeline, "The manager likes the new office.", "likes") == [("the new office",)]
    assert _content(pipeline, "Doctors warned of a shortage of nurses.", "warned") == [("a shortage of nurses",)]


# --- mutation tests (s25-attr's own lines) ---------------------------------------------------------------

def test_a_spaced_hyphen_second_in_the_text_is_a_dash(pipeline):
    doc = pipeline.nlp("A - b")
    assert doc[1].text == "-" and _sets_off(doc[1])


def test_a_hyphen_opening_a_text_is_no_dash_whatever_the_text_ends_with(pipeline):
    doc = pipeline.nlp("- a plan ")  # the last token has a space after it: doc[-1] is no word before the hyphen
    assert doc[0].text == "-" and not _sets_off(doc[0])


def test_a_spaced_hyphen_is_a_dash_whatever_follows_the_next_word(pipeline):
    doc = pipeline.nlp("They won - big.")
    hyphen = next(t for t in doc if t.text == "-")
    assert not doc[hyphen.i + 1].whitespace_ and _sets_off(hyphen)


def test_a_bracket_does_not_close_a_phrase_as_a_dash_does(pipeline):
    # "(" opens an aside that may close inside the phrase; only a comma or dash is read as closing it
    found = _content(pipeline, "Officials said the bridge would close in June (which drivers had feared).", "said")
    assert found and all("feared" in c[-1] for c in found)
    found = _content(pipeline, "The council agreed to fund the library (the oldest building in the town).", "agreed")
    assert found and all("oldest building" in c[-1] for c in found)
    found = _content(pipeline, "The mayor praised the plan for a new bridge (which the council approved in May).",
                     "praised")
    assert found and all("approved" in c[-1] for c in found)


def test_a_title_does_not_end_the_reading_of_the_passages_after_it(pipeline):
    text = '"The plan will fail," Lee said on "Face the Nation." "We will vote no," she added.'
    assert ("added", ['"We will vote no,"']) in _attributed(pipeline, text)


def test_a_title_of_six_words_is_read(pipeline):
    before = "She spoke on "
    text = before + "“One Two Three Four Five Six” today."
    assert _composition_title(text, 0, len(before), len(before) + 1, len(text) - 8) is True
