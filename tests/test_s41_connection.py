"""Session 41 (s41-plovtb): an event noun in a phrase "in connection with X" on another act of its sentence
("arrested in connection with the bombing of the embassies") is that act's backdrop, as an event noun after
"after", "following", "because of" is (s36-extra, stage._backdrop_noun): flagged `historical`, PLOVER's auxiliary
mode for an event told as the setting of the news, so it is no asserted record even when it names its undergoers.
Own probe sentences (tests/data/s41_connection_set*.tsv), labelled before any run. docs/accuracy.md, Session 41,
s41-plovtb."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import DATA, top_event


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            top, word, text = line.split("\t")
            yield pytest.param(top, word, text, id=text[:60])


def _check(pipeline, top, word, text):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    best = top_event(pipeline, text)
    assert best is not None and best.type == top
    if word.startswith("="):
        assert told.get(word[1:]) is True  # the news stays asserted
    else:
        assert told.get(word) is not True  # the backdrop is no asserted record


@pytest.mark.parametrize("top, word, text", list(_rows("s41_connection_set1.tsv")))
def test_connection_probe_set1(pipeline, top, word, text):
    _check(pipeline, top, word, text)


@pytest.mark.parametrize("top, word, text", list(_rows("s41_connection_set2.tsv")))
def test_connection_probe_set2(pipeline, top, word, text):
    _check(pipeline, top, word, text)


def test_an_in_phrase_is_a_phrase_of_cause_only_with_a_noun_of_cause(pipeline):
    from newsgraph.events import stage

    doc = pipeline.nlp("Police arrested two men in the capital in connection with the bombing.")
    ins = [t for t in doc if t.lower_ == "in"]
    assert [stage._cause_phrase(t) for t in ins] == [False, True]
    assert [stage._answer_noun(t) for t in doc if t.lower_ in ("capital", "connection")] == [False, True]


def test_an_event_in_a_plain_in_phrase_stays_asserted(pipeline):
    # (the place phrase "in the capital" sets no backdrop: only "in connection with" does)
    doc = pipeline.extract("Police arrested two men in the capital in connection with the killing of a judge.",
                           published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    assert told.get("arrested") is True and told.get("killing") is not True
