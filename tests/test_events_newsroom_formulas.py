"""Newsroom formulas that are no events (session 11, lead): a source's request to stay unnamed is not an
appeal to anyone. Sentences written for these tests."""

import pytest


def _requests(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.trigger.text, [doc.entity(i).name for i in e.target]) for e in doc.events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Two soldiers died, said a military source who asked not to be identified.",
    "An aide, who asked not to be quoted by name, said the talks had failed.",
    "The official, who requested anonymity, said Iran rejected the offer.",
    "A diplomat, who asked for anonymity because the talks are private, said Iran rejected the offer.",
])
def test_asking_to_stay_unnamed_is_no_request(pipeline, text):
    assert _requests(pipeline, text) == []


@pytest.mark.parametrize("text, target", [
    ("Poland asked Germany not to identify the victims.", ["Germany"]),  # active: asks Germany to keep a name back
    ("Egypt asked Israel not to be named as a mediator.", ["Israel"]),  # a request to someone
    ("Hungary asked the EU for money.", ["EU"]),
    ("The newspaper asked the government about anonymity for its sources.", ["government"]),  # not "for"
])
def test_requests_to_someone_stay(pipeline, text, target):
    assert [t for _, t in _requests(pipeline, text)] == [target]


@pytest.mark.parametrize("text", [
    "Ukraine asked not to be excluded from the talks.",  # a negated passive, but no naming
    "Ukraine asked to join the talks.",
])
def test_other_requests_without_an_object_stay(pipeline, text):
    assert len(_requests(pipeline, text)) == 1
