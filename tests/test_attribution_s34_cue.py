"""Session 34 (s34-cue), issue 12: attributions found at another cue. A reporting clause closed by a comma
before the verb of the clause it hangs on ("At the time, she said, she was considering a run") frames that
whole clause, even when the clause is itself a report; PolNeAR marks the outer level (its speaker is the
source), and the clause's own report, nested in it, is left unmarked. `indirect.frames_report` lifts
inverted_content's guard for a head that reports on its own ("He said it would rain, she added" keeps it).
Sentences of our own (scripts/attr_probes/probes16.txt and probes17.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import frames_report


def _by_cue(doc):
    return {a.cue.text: (a.source.text if a.source else None, [c.text for c in a.content])
            for a in doc.attributions if a.cue}


@pytest.mark.parametrize("text, cue, source, words", [
    ("In private, several donors said, they feared the campaign was running out of money.", "said",
     "several donors", "they feared the campaign"),
    ("If the talks fail, the union leader warned, the workers plan to strike in March.", "warned",
     "the union leader", "the workers plan to strike"),
    ("The mayor, aides said, thinks the plan will fail.", "said", "aides", "thinks the plan will fail"),
    ("Even now, the farmer says, his neighbours expect the river to flood again.", "says", "the farmer",
     "his neighbours expect"),
])
def test_a_parenthetical_before_a_report_takes_the_whole_clause(pipeline, text, cue, source, words):
    found = _by_cue(pipeline.extract(text, name="t"))
    assert cue in found
    assert found[cue][0] == source
    assert any(words in c for c in found[cue][1])


def test_the_nested_report_is_not_kept_beside_it(pipeline):
    found = _by_cue(pipeline.extract("In private, several donors said, they feared the campaign was running out of "
                                     "money.", name="t"))
    assert "feared" not in found


@pytest.mark.parametrize("text, cue, source", [
    ("Aides said the mayor thinks the plan will fail.", "said", "Aides"),
    ("Officials believe the dam will hold, the minister said.", "said", "the minister"),
])
def test_a_report_before_its_reporting_clause_keeps_its_own_speaker(pipeline, text, cue, source):
    found = _by_cue(pipeline.extract(text, name="t"))
    assert found[cue][0] == source


# --- the rule on parsed sentences, one condition each -----------------------------------------------------------

def _pair(nlp, text, cue, head):
    doc = nlp(text)
    return next(t for t in doc if t.text == cue), next(t for t in doc if t.text == head)


@pytest.mark.parametrize("text, cue, head, want", [
    ("In private, several donors said, they feared the worst.", "said", "feared", True),  # the comma is the cue's child
    ("At noon the mayor said, he believes the plan will fail.", "said", "believes", True),
    ("He said the storm would pass, she added.", "added", "said", False),  # the cue after its head
    ("Donors said they feared the worst.", "said", "feared", False),  # no comma: the head is the cue's own clause
])
def test_frames_report(pipeline, text, cue, head, want):
    v, h = _pair(pipeline.nlp, text, cue, head)
    assert frames_report(v, h) is want


class Tok:
    def __init__(self, i, text, doc):
        self.i, self.text, self.doc = i, text, doc
        self.right_edge = self


def test_frames_report_needs_the_comma_before_the_head():
    words = ["she", "said", ",", "plans"]
    doc = []
    doc.extend(Tok(k, w, doc) for k, w in enumerate(words))
    v, h = doc[1], doc[3]
    v.right_edge = doc[2]  # the comma as the cue's last child
    assert frames_report(v, h)
    v.right_edge = v  # the comma after the cue's subtree
    assert frames_report(v, h)
    assert not frames_report(v, doc[2])  # the comma is the head itself, not before it
    doc[2].text = ";"
    v.right_edge = v
    assert not frames_report(v, h)
    last = doc[:2]  # the cue ends the sentence
    for t in last:
        t.doc = last
    assert not frames_report(last[1], last[1])


# --- a parenthetical the parser read as an adverbial clause (indirect.bare_parenthetical) -------------------------

def test_an_adverbial_parenthetical_takes_the_clause_after_it(pipeline):
    found = _by_cue(pipeline.extract("In the spring, the principal recalled, parents demanded that the school close "
                                     "early.", name="t"))
    assert found["recalled"][0] == "the principal"
    assert any("parents demanded that the school close early" in c for c in found["recalled"][1])


@pytest.mark.parametrize("text, cue", [
    ("Just as the critics warned, the plan failed.", "warned"),  # opened by its own conjunction
    ("When she asked, the clerk refused.", "asked"),
])
def test_an_adverbial_clause_with_its_own_conjunction_is_no_parenthetical(pipeline, text, cue):
    from newsgraph.attribution.indirect import bare_parenthetical

    doc = pipeline.nlp(text)
    v = next(t for t in doc if t.text == cue)
    assert v.dep_ == "advcl"
    assert not bare_parenthetical(v, v.head)
    assert cue not in _by_cue(pipeline.extract(text, name="t"))


def test_bare_parenthetical_on_the_parse(pipeline):
    from newsgraph.attribution.indirect import bare_parenthetical

    doc = pipeline.nlp("In the spring, the principal recalled, parents demanded that the school close early.")
    v = next(t for t in doc if t.text == "recalled")
    assert v.dep_ == "advcl" and bare_parenthetical(v, v.head)
    doc = pipeline.nlp("Since the principal recalled the rule, parents demanded that the school close early.")
    v = next(t for t in doc if t.text == "recalled")
    assert not bare_parenthetical(v, v.head)


@pytest.mark.parametrize("text", [
    "All told, the campaign spent $90 million in the state.",  # read as an adverbial clause
    "All told, the campaign hopes to raise $90 million.",  # read as a parenthetical
])
def test_all_told_reports_nothing(pipeline, text):
    assert "told" not in _by_cue(pipeline.extract(text, name="t"))


def test_all_told_needs_all_alone(pipeline):
    from newsgraph.attribution.indirect import all_told

    doc = pipeline.nlp("All told, the campaign spent $90 million in the state.")
    assert all_told(doc[1])
    doc = pipeline.nlp("In private, several donors told reporters, they feared the worst.")
    assert not all_told(next(t for t in doc if t.text == "told"))
    doc = pipeline.nlp("In private, they all told reporters, they feared the worst.")
    assert not all_told(next(t for t in doc if t.text == "told"))


class Word:
    def __init__(self, text, dep, children=()):
        self.lower_, self.dep_, self.children = text.lower(), dep, list(children)


def test_all_told_ignores_the_comma_the_parser_hangs_on_it():
    assert all_told_of(Word("told", "advcl", [Word("All", "nsubj"), Word(",", "punct")]))
    assert not all_told_of(Word("told", "advcl", [Word("All", "nsubj"), Word("us", "dobj")]))
    assert not all_told_of(Word("said", "advcl", [Word("All", "nsubj")]))


def all_told_of(v):
    from newsgraph.attribution.indirect import all_told

    return all_told(v)
