"""Session 38 (s38-polend): a cue's object that opens a list of noun phrases takes the whole list as its content
("praised the nurses, the ambulance crews and the firefighters"), however the parser hangs the later items
(`indirect.list_tail`). Sentences of our own (scripts/attr_probes/probes_s38polend_list*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import list_tail
from newsgraph.nlp import load
from newsgraph.pipeline import Pipeline
from newsgraph.stage import Options


@pytest.fixture(scope="module")
def nlp():
    return load(None)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Options(check_language=False))


def _tail(nlp, text, content):
    """The text list_tail gives for the content `content` (its first occurrence) of `text`."""
    doc = nlp(text)
    s = text.index(content)
    span = doc.char_span(s, s + len(content))
    end = list_tail(doc, span.start, span.end - 1)
    return text[s:doc[end].idx + len(doc[end])]


@pytest.mark.parametrize("text, content, whole", [
    ("The governor praised the nurses, the ambulance crews and the volunteer firefighters.", "the nurses",
     "the nurses, the ambulance crews and the volunteer firefighters"),
    ("The minister spoke about the drought, the price of grain and the future of the rural schools.", "the drought",
     "the drought, the price of grain and the future of the rural schools"),
    ("Protesters denounced the police chief, the city council, and the private security firm.", "the police chief",
     "the police chief, the city council, and the private security firm"),
])
def test_the_rest_of_a_plain_list_joins_the_content(nlp, text, content, whole):
    assert _tail(nlp, text, content) == whole


@pytest.mark.parametrize("text, content", [
    ("The governor praised the nurses.", "the nurses"),  # nothing after it
    ("The governor praised them, the ambulance crews and the volunteer firefighters.", "them"),  # no noun ends it
    ("The senator praised Maria Lopez, the sheriff and the county clerk.", "Maria Lopez"),  # a name: a comma describes it
    ("The council rejected the proposal, and the mayor left the chamber.", "the proposal"),  # a verb: a clause
    ("The coach criticized the referees, including the linesman and the umpire.", "the referees"),  # the writer's addition
    ("The governor praised the nurses, the crews — and the volunteer firefighters.", "the nurses"),  # a dash breaks it
    ("The governor praised the nurses, the ambulance crews, the volunteer firefighters.", "the nurses"),  # no and/or
    ("The governor praised the nurses, often the crews and the firefighters.", "the nurses"),  # a piece opens with no noun phrase
    ("The governor praised the nurses, the crews, often the medics and the firefighters.", "the nurses"),  # a later piece
    ("Farmers welcomed the rain, a relief after two dry summers and a poor harvest.", "the rain"),  # an apposition of it
])
def test_what_is_no_plain_list_stays_out(nlp, text, content):
    assert _tail(nlp, text, content) == content


def test_the_stage_gives_the_whole_list_as_the_content(pipeline):
    from newsgraph.evaluate.polnear import from_document
    text = "The minister spoke about the drought, the price of grain and the future of the rural schools."
    contents = [text[a:b] for att in from_document(pipeline.extract(text, name="list")) for a, b in att["content"]]
    assert contents == ["the drought, the price of grain and the future of the rural schools"]
