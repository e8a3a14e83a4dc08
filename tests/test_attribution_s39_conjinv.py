"""Session 39 (s39-polfront): a verb of saying after a comma that closes its sentence with its speaker after it
("The mill is still running, but it is losing money, said its owner") is a reporting clause in the inverted order;
the parser joins it to the clause before it as one more conjunct, and the stage proposed nothing for it. The
clause before the comma is its content and the noun after it its speaker (indirect.conjoined_inversion). Sentences
of our own (scripts/attr_probes/probes_s39polfront*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import conjoined_inversion


def _by_cue(doc, cue):
    return [(" | ".join(p.text for p in a.content), a.source.text if a.source else None)
            for a in doc.attributions if a.cue and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The clinic has enough vaccine for now, but supplies will run short by March, warned the county health "
     "director.", "warned", "The clinic has enough vaccine for now, but supplies will run short by March",
     "the county health director"),
    ("The ferry will run on Saturday, but the evening crossing has been cancelled, announced the port authority.",
     "announced", "The ferry will run on Saturday, but the evening crossing has been cancelled", "the port authority"),
])
def test_an_inverted_reporting_clause_joined_as_a_conjunct_reports_the_clause_before_it(pipeline, text, cue,
                                                                                         content, speaker):
    assert _by_cue(pipeline.extract(text, name="t"), cue) == [(content, speaker)]


def _verb(pipeline, text, cue):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == cue)


def test_the_rule_on_the_parse(pipeline):
    v = _verb(pipeline, "The ferry will run on Saturday, but the evening crossing has been cancelled, announced "
              "the port authority.", "announced")
    assert v.dep_ == "conj"  # the parse the rule is for
    (a, b), speaker = conjoined_inversion(v)
    assert v.doc[a:b + 1].text == "The ferry will run on Saturday, but the evening crossing has been cancelled"
    assert speaker.text == "authority"


@pytest.mark.parametrize("text, cue", [
    # a conjunction before the verb: a second act of the subject, nothing before the comma is reported
    ("The union rejected the offer, walked out at noon, and warned the city.", "warned"),
    # words after the speaker: not a reporting clause closing the sentence
    ("The ferry will run on Saturday, but the evening crossing has been cancelled, announced the port authority "
     "on its website with a long apology to passengers.", "announced"),
])
def test_not_the_inverted_order(pipeline, text, cue):
    v = _verb(pipeline, text, cue)
    assert conjoined_inversion(v) is None


def test_a_verb_that_is_no_conjunct_is_left_to_the_other_readings(pipeline):
    v = _verb(pipeline, "The ferry will run on Saturday, the port authority announced.", "announced")
    assert v.dep_ != "conj" and conjoined_inversion(v) is None


@pytest.mark.parametrize("text, content, speaker", [
    # the clause before has an empty subject ("There will be …") or a passive one
    ("There will be no ferry on Saturday, but buses will run, announced the port authority.",
     "There will be no ferry on Saturday, but buses will run", "authority"),
    ("The evening crossing was cancelled, but the morning ferry will run, announced the port authority.",
     "The evening crossing was cancelled, but the morning ferry will run", "authority"),
])
def test_the_clause_before_may_have_an_empty_or_passive_subject(pipeline, text, content, speaker):
    v = _verb(pipeline, text, "announced")
    (a, b), who = conjoined_inversion(v)
    assert (v.doc[a:b + 1].text, who.text) == (content, speaker)


def test_a_pronoun_after_the_verb_is_no_inverted_speaker(pipeline):
    v = _verb(pipeline, "The mill is still running, but it is losing money, reminded them.", "reminded")
    assert v.dep_ == "conj" and conjoined_inversion(v) is None


@pytest.mark.parametrize("text, cue, content, speaker", [
    # the speaker parsed as the verb's subject, with an apposition
    ("In nearby Elkton, the old paper mill is hanging on, but it is under heavy pressure from cheap imports, said "
     "the mill's general manager, Rosa Lind.", "said",
     "In nearby Elkton, the old paper mill is hanging on, but it is under heavy pressure from cheap imports",
     "manager"),
    # a proper name
    ("The clinic has enough vaccine for now, but supplies will run short by March, warned Ellen Marsh.", "warned",
     "The clinic has enough vaccine for now, but supplies will run short by March", "Marsh"),
])
def test_the_speaker_after_the_verb_as_subject_or_name(pipeline, text, cue, content, speaker):
    v = _verb(pipeline, text, cue)
    (a, b), who = conjoined_inversion(v)
    assert (v.doc[a:b + 1].text, who.text) == (content, speaker)


@pytest.mark.parametrize("text, cue", [
    # one word after the speaker: the reporting clause does not close the sentence
    ("The clinic has enough vaccine for now, but supplies will run short by March, warned the director today.",
     "warned"),
    # a list of acts with no subject: nothing before the comma is a reported clause
    ("Closed the road at noon, cleared the snow by dusk, reported the crew.", "reported"),
])
def test_no_closing_speaker_or_no_clause(pipeline, text, cue):
    v = _verb(pipeline, text, cue)
    assert v.dep_ == "conj" and conjoined_inversion(v) is None


def test_a_verb_with_its_own_subject_before_it_has_an_object_after_it(pipeline):
    v = _verb(pipeline, "The budget is late, and the mayor, a Democrat, told reporters.", "told")
    assert v.dep_ == "conj" and conjoined_inversion(v) is None
    assert ("The budget is late, and the mayor, a Democrat", "reporters") not in _by_cue(
        pipeline.extract("The budget is late, and the mayor, a Democrat, told reporters.", name="t"), "told")
