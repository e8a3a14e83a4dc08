"""Session 55 (s55-attr): what a reader meets in `attributions[]` (issue 12). Sentences of our own.

- A speech cue delivered in a written medium is writing: docs/schema.md lists statements, letters and posts under
  `writing`, while "said in a statement" used to come out as `speech` with medium `statement`. Spoken media
  (an interview, a press conference) stay speech, and beliefs and intentions keep their class.
"""

import pytest

from newsgraph.attribution.speakers import MEDIA, WRITTEN_MEDIA
from newsgraph.attribution.stage import Frame, _delivered_type


def _only(doc):
    (a,) = doc.attributions
    return a.type, a.medium, a.cue.text


@pytest.mark.parametrize("text, expected", [
    ("In a statement, the ministry said the border would reopen next week.", ("writing", "statement", "said")),
    ("The company said in a press release that profits rose.", ("writing", "statement", "said")),
    ("The governor said in a tweet that schools would stay open.", ("writing", "post", "said")),
    ("In a letter to the council, the residents said the park should stay open.", ("writing", "letter", "said")),
    ("According to a report from the watchdog, the river is polluted.", ("writing", "report", "According to")),
    # spoken media stay speech
    ("The coach said in an interview with the BBC that the team was tired.", ("speech", "interview", "said")),
    ("The mayor told reporters at a press conference that the bridge would close.",
     ("speech", "press conference", "told")),
    ("The mayor said the bridge would close.", ("speech", None, "said")),
])
def test_a_speech_cue_in_a_written_medium_is_writing_and_in_a_spoken_one_speech(pipeline, text, expected):
    assert _only(pipeline.extract(text)) == expected


@pytest.mark.parametrize("medium", sorted(set(MEDIA.values()) | {"writing"}))
def test_only_speech_changes_class_and_only_in_a_written_medium(medium):
    written = medium in WRITTEN_MEDIA
    assert _delivered_type(Frame(type="speech", medium=medium)) == ("writing" if written else "speech")
    for cls in ("writing", "thought", "intention"):  # a belief stated in a letter is still a belief
        assert _delivered_type(Frame(type=cls, medium=medium)) == cls
    assert _delivered_type(Frame(type="speech")) == "speech"


def test_the_written_media_are_media_the_stage_can_find():
    # a name here that _medium_and_outlet never gives would be dead: every one is a MEDIA value or write's own
    assert WRITTEN_MEDIA <= set(MEDIA.values()) | {"writing"}
    assert {"statement", "letter", "post", "email", "report"} <= WRITTEN_MEDIA
    assert not WRITTEN_MEDIA & {"interview", "speech", "press conference", "briefing", "hearing", "broadcast"}


# --- the filter's source feature reads spans.span_root directly (filter._root_of, a wrapper, is gone) ----------

SOURCE_TEXT = "Maria Lopez said we would win. She told the old mayor so, and he , you , it and they agreed."


@pytest.fixture(scope="module")
def source_parse():
    from types import SimpleNamespace

    from newsgraph.nlp import load

    return SimpleNamespace(text=SOURCE_TEXT), load(None)(SOURCE_TEXT)


def _source(parse, phrase, subj=None):
    import re
    from types import SimpleNamespace

    from newsgraph.attribution.filter import _source_feature

    doc, sdoc = parse
    a = re.search(rf"\b{phrase}\b" if phrase.strip() else phrase, SOURCE_TEXT).start()  # the word, not inside one
    return _source_feature(doc, sdoc, SimpleNamespace(source=(a, a + len(phrase)), subj=subj))


def test_the_source_feature_names_a_pronoun_or_the_first_person_in_any_case(source_parse):
    assert _source(source_parse, "we") == "src=first_person"
    assert _source(source_parse, "She") == "src=pronoun"  # (lower-cased before the look-up)
    for pronoun in ("he", "you", "it", "they"):
        assert _source(source_parse, pronoun) == "src=pronoun", pronoun


def test_the_source_feature_reads_the_phrases_root_or_the_frames_subject(source_parse):
    _, sdoc = source_parse
    mayor = next(t for t in sdoc if t.text == "mayor")
    assert _source(source_parse, "the old mayor") == "src=NOUN" and not mayor.ent_type_  # the root, not "the"
    lopez = next(t for t in sdoc if t.text == "Lopez")
    assert _source(source_parse, "Maria Lopez") == f"src={lopez.ent_type_ or lopez.pos_}"
    assert _source(source_parse, "Maria Lopez", subj=mayor) == "src=NOUN"  # the subject the frame found wins
    assert _source(source_parse, " ") == "src=other"  # no token under the phrase: no root


def test_the_source_feature_of_a_frame_with_no_source(source_parse):
    from types import SimpleNamespace

    from newsgraph.attribution.filter import _source_feature

    assert _source_feature(*source_parse, SimpleNamespace(source=None, subj=None)) == "src=none"
