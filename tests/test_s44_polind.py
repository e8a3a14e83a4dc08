"""Session 44 (s44-polind): a quoted passage that stands where a sentence starts goes on from the speech before it
only when it is an utterance (stage._utterance): two or three words in marks that no sentence end closes are a
name, title or term of the writer's own sentence ("“Harbor Lights,” the new series, …"), not more of what the
speaker said. Wordings are our own."""

import pytest

from newsgraph.attribution.stage import UTTERANCE_MIN_WORDS, _utterance


def _passage(text: str, words: str) -> tuple[str, int, int]:
    s = text.index(words)
    return text, s, s + len(words)


@pytest.mark.parametrize("words", ["Big time.", "So, who?", "Never!", "We won.", "Not yet.”"])
def test_short_sentence_is_an_utterance(words):
    assert _utterance(*_passage(f"“{words}” she said.", words))


@pytest.mark.parametrize("words", ["Harbor Lights", "Related:", "Dover", "the big three", "Night Shift,"])
def test_short_phrase_without_sentence_end_is_no_utterance(words):
    assert not _utterance(*_passage(f"“{words}” ran for ten years.", words))


def test_four_words_are_an_utterance_without_a_sentence_end():
    # UTTERANCE_MIN_WORDS words make a clause even when the writer's comma closes them
    assert UTTERANCE_MIN_WORDS == 4
    assert _utterance(*_passage("“We are not done,” she said.", "We are not done"))
    assert not _utterance(*_passage("“We are done,” she said.", "We are done"))


def test_words_counted_only_inside_the_passage():
    text = "“Harbor Lights” ran for ten long years."
    assert not _utterance(text, 1, 14)
    assert _utterance(text, 1, len(text))


def test_closing_marks_and_spaces_after_the_sentence_end_do_not_hide_it():
    text = "“Okay then. ” and more"
    assert _utterance(text, 1, 12)
    assert _utterance("“Fine.’", 1, 7) and _utterance('"Fine."', 1, 7) and _utterance("“Fine.'", 1, 7)
    # a passage left open to the paragraph's end by a mistyped opening mark where the closing one belongs
    assert _utterance("“Fine. “", 1, 8) and _utterance("“Fine.‘", 1, 7) and _utterance("“Fine.»", 1, 7)
    assert _utterance("“Fine.«", 1, 7)
    assert not _utterance("“Fine“", 1, 6) and not _utterance("“Fine,", 1, 6)


def _att_with(doc, words: str):
    return [a for a in doc.attributions if any(words in c.text for c in a.content)]


def test_title_after_speech_is_not_the_speakers(pipeline):
    text = ("“The crew worked through every storm,” the director Hana Brill said at the premiere.\n\n"
            "“Harbor Lights” follows a fishing family on the northern coast.")
    doc = pipeline.extract(text)
    speech = _att_with(doc, "The crew worked through every storm")
    assert speech and not any("Harbor Lights" in c.text for a in speech for c in a.content)


def test_short_utterance_after_speech_goes_on_from_it(pipeline):
    text = ("“The crew worked through every storm,” the director Hana Brill said at the premiere.\n\n"
            "“Big time.”")
    doc = pipeline.extract(text)
    speech = _att_with(doc, "The crew worked through every storm")
    assert speech and any("Big time." in c.text for a in speech for c in a.content)
