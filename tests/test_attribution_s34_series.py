"""Session 34 (s34-attrp): a series of verbs whose earlier conjunct ends in a quoted phrase ("The senator
called the treaty “worthless,” attacked the negotiators and said …"). The parser reads the comma and closing
mark as the end of a fronted quotation, hangs the first conjunct on the next verb as its complement and leaves
that verb with no subject; `speakers.series_subject` gives it the complement's subject. Sentences of our own;
the stand-in token tests call the rule directly, one condition each (scripts/attr_probes/probes13.txt holds
the probe set)."""

import pytest

from newsgraph.attribution.speakers import series_subject


def _sources(doc, cue):
    return [a.source.text if a.source else None for a in doc.attributions if a.cue and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, want", [
    ("The senator summed up the pact as “useless,” attacked the diplomats and said the deal should be dropped.",
     "said", "The senator"),
    ("The senator summed up the pact as “useless,” attacked the diplomats and said the deal should be dropped.",
     "attacked", "The senator"),
    ("The governor described the plan as “fair,” thanked the assembly and promised that no clinic would close.",
     "promised", "The governor"),
    ("The mayor backs “steady growth,” opposes “wild sprawl” and recalled that the river had flooded twice.",
     "recalled", "The mayor"),
    # the first conjunct hung as an adverbial clause ("summed" with no "when" of its own)
    ("Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said she "
     "should not even be allowed to run.", "said", "Trump"),
])
def test_a_later_verb_of_the_series_is_the_first_subjects(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


@pytest.mark.parametrize("text, cue, want", [
    ("“The pact is useless,” said the senator, who voted against it.", "said", "the senator"),
    ("“No clinic will close,” promised the governor.", "promised", "the governor"),
])
def test_a_real_fronted_quotation_keeps_its_inverted_speaker(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


# --- the rule on stand-in tokens ------------------------------------------------------------------------------

class Tok:
    def __init__(self, i, text="w", dep="dep", tag="NN", pos="NOUN"):
        self.i, self.text, self.dep_, self.tag_, self.pos_ = i, text, dep, tag, pos
        self.is_quote = text in ("“", "”", '"')
        self.children, self.head, self.left_edge = [], self, self


def _series(tag="VBD", conj_pos="VERB", conj_after=True, comp_dep="ccomp", comp_before=True, marks=(",", "”"),
            opener_at=4, subj_dep="nsubj", subj_at=1):
    """ "The(0) senator(1) called(2) it(3) “(4) bad(5) ,(6) ”(7) attacked(8) them(9) and(10) said(11) …" with the
    verb at 8; `marks` the tokens between the quoted word and the verb; `opener_at` where the opening mark is
    (None: no mark); the complement's subject at `subj_at`."""
    words = ["The", "senator", "called", "it", "“" if opener_at == 4 else "x", "bad", *marks]
    toks = [Tok(k, w) for k, w in enumerate(words)]
    v = Tok(len(toks), "attacked", dep="ROOT", tag=tag, pos="VERB")
    toks += [v, Tok(v.i + 1, "them"), Tok(v.i + 2, "and"), Tok(v.i + 3, "said", dep="conj", tag="VBD", pos=conj_pos)]
    comp = toks[2] if comp_before else toks[-1]
    comp.dep_, comp.pos_, comp.tag_ = comp_dep, "VERB", "VBD"
    comp.left_edge = toks[0]
    subj = toks[subj_at]
    subj.dep_ = subj_dep
    comp.children = [subj, toks[3]]
    conj = toks[v.i + 3] if conj_after else toks[0]
    if not conj_after:
        conj.dep_, conj.pos_ = "conj", conj_pos
    v.children = [comp, toks[v.i + 1], conj]
    doc = list(toks)
    for t in toks:
        t.doc = doc
    return v, subj


def test_series_subject_gives_the_complements_subject():
    v, subj = _series()
    assert series_subject(v) is subj
    for tag in ("VBZ", "VBP"):
        v, subj = _series(tag=tag)
        assert series_subject(v) is subj, tag
    v, subj = _series(subj_dep="nsubjpass")
    assert series_subject(v) is subj
    v, subj = _series(conj_pos="AUX")
    assert series_subject(v) is subj
    v, subj = _series(marks=("”", ","))  # the mark before the comma ("‘bad’, attacked")
    assert series_subject(v) is subj


def test_series_subject_needs_a_finite_verb_with_a_later_conjunct():
    assert series_subject(_series(tag="VBG")[0]) is None
    assert series_subject(_series(tag="VB")[0]) is None
    assert series_subject(_series(conj_pos="NOUN")[0]) is None  # "attacked them and the plan"
    assert series_subject(_series(conj_after=False)[0]) is None  # a conjunct before it is no series after it


def test_series_subject_needs_a_complement_before_the_verb():
    assert series_subject(_series(comp_dep="xcomp")[0]) is None
    assert series_subject(_series(comp_before=False)[0]) is None


def test_series_subject_takes_an_adverbial_clause_without_a_conjunction():
    v, subj = _series(comp_dep="advcl")
    assert series_subject(v) is subj
    v, _ = _series(comp_dep="advcl")
    comp = v.children[0]
    comp.children.append(Tok(0, "when", dep="mark"))  # "When the senator called it “bad,” …": a real adverbial
    assert series_subject(v) is None
    v, subj = _series()
    v.children[0].children.append(Tok(0, "that", dep="mark"))  # (a complement keeps its "that")
    assert series_subject(v) is subj


def test_series_subject_needs_the_closing_mark_and_its_opener():
    assert series_subject(_series(marks=(",",))[0]) is None  # no quotation at all: a plain comma
    assert series_subject(_series(opener_at=None)[0]) is None  # a closing mark with no opening one


def test_series_subject_only_when_the_quotation_opens_after_the_subject():
    # '“The pact is bad,” said …': the subject inside the marks is the quotation's own
    assert series_subject(_series(subj_at=5)[0]) is None
    assert series_subject(_series(subj_at=4)[0]) is None  # (the subject at the mark itself: not before it)
    assert series_subject(_series(subj_dep="dobj")[0]) is None  # no subject in the complement


def test_series_subject_looks_for_the_opener_down_to_the_complements_first_word():
    v, subj = _series()
    v.children[0].left_edge = v.doc[3]  # the complement's first word right before the opening mark
    assert series_subject(v) is subj
