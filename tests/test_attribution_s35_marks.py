"""Session 35 (s35-polprec): an attribution's quoted content takes its quotation marks and the punctuation
inside the closing one (`stage._with_marks`), as PolNeAR's contents do; quotes[] keeps the words alone.
Sentences of our own (scripts/attr_probes/probes_s35polprec_marks*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.stage import _with_marks


def _widened(text, inner):
    a = text.index(inner)
    s, e = _with_marks(text, a, a + len(inner))
    return text[s:e]


@pytest.mark.parametrize("text, inner, want", [
    ("“We lost,” the coach said.", "We lost", "“We lost,”"),
    ('"Not yet," said the clerk.', "Not yet", '"Not yet,"'),
    ("''It is over,'' the widow said.", "It is over", "''It is over,''"),
    ("He asked: «Why now?»", "Why now", "«Why now?»"),
    ("She wrote ‘come home’ on the card.", "come home", "‘come home’"),
    ("He said: “Enough!,” and left.", "Enough", "“Enough!,”"),  # two marks of punctuation inside
    ("He said: “Enough”", "Enough", "“Enough”"),  # the closing mark ends the text
    ("The widow said: ''It is over,'' and wept.", "It is over", "''It is over,''"),  # two apostrophes mid-text
])
def test_a_quoted_fragment_takes_its_marks(text, inner, want):
    assert _widened(text, inner) == want


@pytest.mark.parametrize("text, inner, want", [
    ("The mayor said the plan failed.", "the plan failed", "the plan failed"),  # no mark before: as it is
    ("“It runs on and on", "It runs on and on", "“It runs on and on"),  # left open: the opening mark only
    ("“Stop!?!” he said.", "Stop", "“Stop"),  # three marks of punctuation: not the quote's own
    ("“Late, he said.", "Late", "“Late"),  # a comma with no closing mark after it stays out
    ("The team's 'plan' failed.", "plan", "plan"),  # a straight single mark opens no passage
    ("“Go.”", "Go", "“Go.”"),  # the opening mark at the text's start
    ("Go home at once “", "Go home", "Go home"),  # a fragment at the text's start: nothing before it to take
    ("“Plan X” failed.", "Plan ", "“Plan "),  # only punctuation is skipped on the way to the closing mark
])
def test_what_is_no_quoted_fragment_keeps_its_bounds(text, inner, want):
    assert _widened(text, inner) == want


def test_the_content_takes_the_marks_and_the_quote_keeps_its_words(pipeline):
    doc = pipeline.extract("“We lost,” the coach said after the match.", name="t")
    att = next(a for a in doc.attributions if a.cue and a.cue.text == "said")
    assert [p.text for p in att.content] == ["“We lost,”"]
    assert [q.text for q in doc.quotes] == ["We lost"]


def test_a_split_quote_takes_the_marks_of_each_fragment(pipeline):
    doc = pipeline.extract('"Too late," he said, "far too late."', name="t")
    att = next(a for a in doc.attributions if a.cue and a.cue.text == "said")
    assert [p.text for p in att.content] == ['"Too late,"', '"far too late."']


@pytest.mark.parametrize("text, inner, want", [
    ("The mayor called it “a farce.” Then he left.", "it “a farce.", "it “a farce.”"),
    ('She said it was "unfair." Then she left.', 'it was "unfair', 'it was "unfair."'),
    ("He called it ''a farce,'' twice.", "it ''a farce", "it ''a farce,''"),
    ("He called it «a farce» twice.", "it «a farce", "it «a farce»"),
    ("It was “safe” and “clean.”", "It was “safe” and “clean", "It was “safe” and “clean.”"),
    ('He said "a" and "b." twice.', 'He said "a" and "b', 'He said "a" and "b."'),  # three straight marks: one open
    ("He said ''a'' and ''b.'' twice.", "He said ''a'' and ''b", "He said ''a'' and ''b.''"),
])
def test_a_content_ending_inside_a_quoted_phrase_takes_its_closing_mark(text, inner, want):
    assert _widened(text, inner) == want


@pytest.mark.parametrize("text, inner", [
    ("He called it “a farce”” twice.", "it “a farce”"),  # the phrase's mark is inside already
    ('He called it "a farce"" twice.', 'it "a farce"'),
    ("He called it ''a farce'''' twice.", "it ''a farce''"),
    ("He called it «a farce»» twice.", "it «a farce»"),
    ("It is Ann’s farce’ twice.", "It is Ann’s farce"),  # a single curly mark is an apostrophe too: not counted
])
def test_a_content_whose_quoted_phrases_are_closed_keeps_its_end(text, inner):
    assert _widened(text, inner) == inner
