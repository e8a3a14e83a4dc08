"""Session 38, lead: the two behaviours of `actors.context._before_role` that s38-suite's mutation run left
untested (its 4 survivors): a name the NER ran into a user agent phrase is cut where the phrase starts and read
as an organisation's; a name that ends before the phrase is returned as it is, label and all."""

import spacy
from spacy.tokens import Doc, Span

from newsgraph.actors.context import _before_role


def _doc(words, ent, label):
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, ent[0], ent[1], label=label)]
    return doc


def test_a_name_run_into_the_agent_phrase_is_cut_where_the_phrase_starts_and_read_as_an_organisation():
    doc = _doc(["The", "Zembla", "Trading", "river", "pilots", "struck"], (1, 5), "GPE")
    span = _before_role(doc, doc.ents[0], 3)  # the agent phrase "river pilots" starts at token 3
    assert (span.start, span.end, span.text, span.label_) == (1, 3, "Zembla Trading", "ORG")


def test_a_name_that_ends_where_the_phrase_starts_is_returned_as_it_is():
    doc = _doc(["The", "Zembla", "river", "pilots", "struck"], (1, 2), "GPE")
    span = _before_role(doc, doc.ents[0], 2)
    assert span is doc.ents[0] or (span.start, span.end, span.label_) == (1, 2, "GPE")
    assert span.label_ == "GPE"


def test_a_name_that_ends_before_the_phrase_is_returned_as_it_is():
    doc = _doc(["The", "Zembla", ",", "river", "pilots", "struck"], (1, 2), "NORP")
    assert _before_role(doc, doc.ents[0], 3).label_ == "NORP"
