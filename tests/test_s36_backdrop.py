"""Session 36 (s36-extra): an event noun told as the backdrop of another event of its sentence ("met following
Russia's invasion of Ukraine", "because of the government's crackdown") is flagged `historical`, PLOVER's
auxiliary mode for an event told as setting, so it is no asserted record even when it names its doers; the
sentence's own act stays the best event. Own probe sentences (tests/data/s36_backdrop_set*.tsv), labelled
before any run. docs/accuracy.md, Session 36, s36-extra."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import DATA, top_event

# Known misses (strict xfail), left alone: an actorless event noun after "after" is dropped as a backdrop
# (_background) even when nothing else in the sentence is an act, so the sentence codes nothing (also before this
# branch).
KNOWN_MISSES = {"Three soldiers died in hospital after a rebel ambush near Kidal."}
# Controls changed on purpose by a later session, with the reason. s44-reported: an event noun in a phrase of prior
# time on a main clause telling neither another act nor the act's toll is that clause's setting (the wire honest
# set's label of the same construction on real text, "shares were depressed ... after Mr. Lawson's resignation": no
# event; CAMEO codebook 192's example codes the retaking, not the fighting it followed): no asserted event.
NOW_BACKDROPS = {"Markets in Tehran slumped after the American strike on Iranian nuclear sites."}


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            top, word, text = line.split("\t")
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if text in KNOWN_MISSES else []
            yield pytest.param(top, word, text, marks=marks, id=text[:60])


def _check(pipeline, top, word, text):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    best = top_event(pipeline, text)
    if text in NOW_BACKDROPS:
        assert best is None and told.get(word.lstrip("=")) is False
        return
    assert best is not None and best.type == top
    if word.startswith("~"):
        assert told.get(word[1:]) in (None, True)  # no backdrop (absorbed, or asserted)
    elif word.startswith("="):
        assert told.get(word[1:]) is True  # the news stays asserted
    else:
        assert told.get(word) is not True  # the backdrop is no asserted record


@pytest.mark.parametrize("top, word, text", list(_rows("s36_backdrop_set1.tsv")))
def test_backdrop_probe_set1(pipeline, top, word, text):
    _check(pipeline, top, word, text)


@pytest.mark.parametrize("top, word, text", list(_rows("s36_backdrop_set2.tsv")))
def test_backdrop_probe_set2(pipeline, top, word, text):
    _check(pipeline, top, word, text)


@pytest.mark.parametrize("top, word, text", list(_rows("s36_backdrop_set3.tsv")))
def test_backdrop_probe_set3(pipeline, top, word, text):
    _check(pipeline, top, word, text)


@pytest.mark.parametrize("top, word, text", list(_rows("s36_backdrop_set4.tsv")))
def test_backdrop_probe_set4(pipeline, top, word, text):
    _check(pipeline, top, word, text)


def test_the_noun_of_an_in_protest_phrase_is_not_flagged_as_a_backdrop(pipeline):
    doc = pipeline.extract("Workers occupied the factory in protest at the arrest of their union leader.",
                           published="2024-06-01")
    flags = {e.trigger.text: e.flags for e in doc.events}
    assert "historical" not in flags.get("protest", [])
    assert "historical" in flags["arrest"]


@pytest.mark.parametrize("top, word, text", list(_rows("s36_backdrop_set5.tsv")))
def test_backdrop_probe_set5(pipeline, top, word, text):
    _check(pipeline, top, word, text)


@pytest.mark.parametrize("text, word", [
    ("Moscow retaliated by expelling ten Polish diplomats.", "expelling ten Polish diplomats"),  # the means: no backdrop
    ("Mali accused France of arming the Tuareg rebels.", "arming"),  # what is alleged: no backdrop
])
def test_a_gerund_after_another_preposition_is_no_backdrop(pipeline, text, word):
    doc = pipeline.extract(text, published="2024-06-01")
    flags = {e.trigger.text: e.flags for e in doc.events}
    assert "historical" not in flags[word]
