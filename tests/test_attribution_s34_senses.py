"""Session 34 (s34-attrp): senses of cue verbs that report no one's words or thoughts, fixed by their
construction (`stage._other_sense`): "call off"/"call up", telling things apart, claiming a thing won or a life
taken, calling a meeting, a still picture's scene. Their reporting senses stay. Sentences of our own; the
stand-in token tests call the rule directly, one condition each (scripts/attr_probes/probes14.txt holds the
probe set)."""

import pytest

from newsgraph.attribution.stage import _other_sense


def _cues(doc):
    return [a.cue.text for a in doc.attributions if a.cue]


@pytest.mark.parametrize("text, verb", [
    ("The airline called off the merger after the regulators objected.", "called"),
    ("The army called up its reserves in the spring.", "called"),
    ("Few shoppers could tell the two brands apart.", "tell"),
    ("Only experts can tell the difference between the coins.", "tell"),
    ("A cyclist from Norway claimed the prize on Sunday.", "claimed"),
    ("The flood claimed the lives of two farmers.", "claimed"),
    ("The mayor called a meeting of the council for Monday.", "called"),
    ("The picture shows the old mill beside the river.", "shows"),
])
def test_a_non_reporting_sense_gives_no_attribution(pipeline, text, verb):
    assert verb not in _cues(pipeline.extract(text, name="t"))


@pytest.mark.parametrize("text, verb", [
    ("The cyclist claimed that the race had been fixed.", "claimed"),
    ("The mayor called the plan a disgrace.", "called"),
    ("The chairman told the staff that the plant would close.", "told"),
    ("The survey shows that most voters want lower taxes.", "shows"),
    ("The premier called an election for June.", "called"),  # PolNeAR marks the announcement
])
def test_the_reporting_sense_stays(pipeline, text, verb):
    assert verb in _cues(pipeline.extract(text, name="t"))


# --- the rule on stand-in tokens ------------------------------------------------------------------------------

class Tok:
    def __init__(self, text, dep="dep", lemma=None, tag="NN", children=()):
        self.text, self.lower_, self.dep_, self.tag_ = text, text.lower(), dep, tag
        self.lemma_ = lemma if lemma is not None else text.lower()
        self.children = list(children)


def verb(lemma, *kids):
    return Tok(lemma, dep="ROOT", lemma=lemma, tag="VBD", children=kids)


def test_particles_that_make_another_verb():
    assert _other_sense(verb("call", Tok("off", "prt")))
    assert _other_sense(verb("call", Tok("up", "prt")))
    assert _other_sense(verb("Call", Tok("OFF", "prt")))  # the lemma and particle read in lower case
    assert not _other_sense(verb("call", Tok("off", "advmod")))  # only as the verb's particle
    assert not _other_sense(verb("call", Tok("on", "prt")))  # "called on X to": a demand
    assert not _other_sense(verb("tell", Tok("off", "prt")))  # (the pair, not the particle alone)


def test_telling_apart():
    assert _other_sense(verb("tell", Tok("apart", "advmod")))
    assert not _other_sense(verb("tell", Tok("apart", "prt")))
    assert not _other_sense(verb("say", Tok("apart", "advmod")))
    assert _other_sense(verb("tell", Tok("difference", "dobj")))


def test_objects_of_another_sense():
    for lemma, obj in (("claim", "life"), ("claim", "prize"), ("claim", "nomination"), ("call", "meeting"),
                       ("call", "recess"), ("claim", "Title")):
        assert _other_sense(verb(lemma, Tok(obj, "dobj"))), (lemma, obj)
    assert not _other_sense(verb("claim", Tok("victory", "dobj")))  # a declaration: reported
    assert not _other_sense(verb("call", Tok("election", "dobj")))  # an announcement: reported
    assert not _other_sense(verb("claim", Tok("prize", "pobj")))  # only as the direct object
    assert not _other_sense(verb("show", Tok("prize", "dobj")))  # (the verb's own objects)


def test_a_second_complement_keeps_the_reporting_sense():
    for dep in ("oprd", "xcomp", "ccomp", "dative"):  # "called the meeting a farce", "claimed the prize was …"
        assert not _other_sense(verb("call", Tok("meeting", "dobj"), Tok("x", dep))), dep
    assert _other_sense(verb("call", Tok("meeting", "dobj"), Tok("x", "prep")))


def test_a_still_picture_shows_a_scene():
    assert _other_sense(verb("show", Tok("photo", "nsubj"), Tok("crowd", "dobj")))
    assert _other_sense(verb("show", Tok("Map", "nsubj")))
    assert not _other_sense(verb("show", Tok("video", "nsubj"), Tok("crowd", "dobj")))  # a video can show speech
    assert not _other_sense(verb("show", Tok("photo", "dobj")))  # the picture is what is shown
    assert not _other_sense(verb("see", Tok("photo", "nsubj")))


def test_a_picture_showing_a_clause_with_a_tense_or_a_that_reports():
    scene = Tok("gathered", "ccomp", tag="VBN", children=[Tok("crowd", "nsubj")])
    assert _other_sense(verb("show", Tok("photo", "nsubj"), scene))  # "shows a crowd gathered outside"
    for tag in ("VBD", "VBZ", "VBP"):
        finite = Tok("was", "ccomp", tag=tag)
        assert not _other_sense(verb("show", Tok("photo", "nsubj"), finite)), tag
    for dep in ("mark", "aux", "auxpass"):
        marked = Tok("held", "ccomp", tag="VBN", children=[Tok("x", dep)])
        assert not _other_sense(verb("show", Tok("photo", "nsubj"), marked)), dep
