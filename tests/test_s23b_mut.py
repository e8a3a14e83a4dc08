"""Session 23 (s23b-mut): the mutants session 23 left open or did not run (docs/testing.md, "Session 23,
s23b-mut"). Sentences are our own; parser readings are pinned on hand-built parses (a spaCy `Doc` with its heads
and labels, our own words), as in tests/test_s23_attr.py."""

from eventsutil import event
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _subject
from newsgraph.events.acled import _crowd_before

VOCAB = English().vocab
LEMMAS = {"got": "get", "aides": "aide"}


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags), lemmas=lemmas)


# --- speakers._object_controller: a complement that is not the tried verb's own child ------------------------

def test_causative_reached_through_a_noun_infinitive_gives_the_subject():
    # "Aides got the chance to try to argue it .": "argue" is the complement of "try", not of "got"; _subject walks
    # argue -> try (xcomp) -> got (an infinitive on the object noun), with "argue" still the complement it came
    # from. The one who argues is who got the chance, not the chance (`came_from.head.i != v.i`, and the `or`
    # that joins it, decide this)
    doc = _doc(("Aides", 1, "nsubj", "NOUN", "NNS"), ("got", 1, "ROOT", "VERB", "VBD"),
               ("the", 3, "det", "DET", "DT"), ("chance", 1, "dobj", "NOUN", "NN"),
               ("to", 5, "aux", "PART", "TO"), ("try", 3, "acl", "VERB", "VB"),
               ("to", 7, "aux", "PART", "TO"), ("argue", 5, "xcomp", "VERB", "VB"),
               ("it", 7, "dobj", "PRON", "PRP"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[7]).text == "Aides"


# --- acled._crowd_before: only the words before the trigger -----------------------------------------------

def test_crowd_that_suffered_a_passive_act_is_not_its_doer():
    # the passive verb is the trigger: "were" ends what comes before it, so the crowd underwent the act
    sentence = "Protesters were beaten near the square."
    assert not _crowd_before(event(sentence, "beaten", cameo="180"), sentence)


def test_a_crowd_word_as_the_trigger_is_not_named_before_it():
    # the trigger itself names the crowd: no one is named before it acting
    sentence = "A riot broke out in the market."
    assert not _crowd_before(event(sentence, "riot", cameo="180"), sentence)


def test_crowd_named_before_the_trigger_is_its_doer():
    sentence = "Protesters stoned a police post."
    assert _crowd_before(event(sentence, "stoned", cameo="180"), sentence)


# --- times.run: "since" before an expression makes it a time already begun, parse or none ------------------

def _times_unparsed(text, published):
    """doc.times as (text, value, mod) after the stage ran over a blank-English Doc: no parser, so no token has
    a head and _under_since cannot see the "since"; only the stage's cue before the expression reads it."""
    import spacy

    from newsgraph.model import Document, Published
    from newsgraph.nlp import Parse
    from newsgraph.times import run

    doc = Document(text=text, published=Published(value=published), sections=[])
    run(doc, Parse(doc=spacy.blank("en")(text), sections=[]))
    return [(t.text, t.value, t.mod) for t in doc.times]


def test_since_the_end_of_a_unit_is_the_last_end_reached():
    # in mid-March the end of the month that has begun since is February's; the year's, last year's
    assert _times_unparsed("Sales are flat since the end of the month.", "2027-03-12") == \
        [("the end of the month", "2027-02", "END")]
    assert _times_unparsed("Sales are flat since the end of the year.", "2027-03-12") == \
        [("the end of the year", "2026", "END")]
