"""Session 41 (s41-polmatch): a reported clause's verb coordinated with a second verb that has no subject. Verbs
coordinated with one another share their form (tense, or a progressive's auxiliary), so a second verb whose form
differs from the cue's ("says the board is delaying the vote and hiding …", "said she backs … but wants …") is the
reported clause's second predicate: the content runs on through it, and it is no speaker's next act that would end
the outer content (`indirect.other_form`, read by `indirect.trim_nested` and `stage._next_act`). A second verb of
the cue's own form ("said … and warned …") stays as it was. Probes: scripts/attr_probes/probes_s41polmatch.txt."""

import pytest
from spacy.tokens import Doc

from newsgraph.attribution.indirect import other_form, trim_nested
from newsgraph.attribution.lexicon import default as default_lexicon
from newsgraph.attribution.stage import Frame, _next_act


def _contents(doc, cue):
    return [" ".join(s.text for s in a.content) for a in doc.attributions if a.cue and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, want", [
    ("The union says the board is delaying the vote and denying that members asked for it.", "says",
     "the board is delaying the vote and denying that members asked for it"),
    ("A spokeswoman said the minister backs the deal but wants a review of the fishing quotas.", "said",
     "the minister backs the deal but wants a review of the fishing quotas"),
])
def test_a_second_verb_of_another_form_stays_in_the_content(pipeline, text, cue, want):
    assert _contents(pipeline.extract(text, name="t"), cue) == [want]


@pytest.mark.parametrize("text, cue, want", [
    ("The treasurer said the fund was solvent and warned that costs would rise.", "said", "the fund was solvent"),
    ("The coach says the schedule is too long, but conceded that the players need the games.", "says",
     "the schedule is too long"),
])
def test_a_second_verb_of_the_cues_form_or_of_neither_still_ends_the_content(pipeline, text, cue, want):
    assert _contents(pipeline.extract(text, name="t"), cue) == [want]


def test_the_speakers_next_act_keeps_its_own_content(pipeline):
    doc = pipeline.extract("The treasurer said the fund was solvent and warned that costs would rise.", name="t")
    assert _contents(doc, "said") == ["the fund was solvent"]
    assert _contents(doc, "warned") == ["that costs would rise"]


# --- hand-built parses ---------------------------------------------------------------------------------------------

def _doc(pipeline, rows):
    """rows: (word, tag, pos, dep, head index, lemma)."""
    return Doc(pipeline.nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def _said(pipeline, cue_tag="VBZ", second_tag="VBG", second_dep="conj", cue_pos="VERB", clause_tag="VBG"):
    """ "Aides say the mayor is hiding it and denying that it exists ." """
    rows = [("Aides", "NNS", "NOUN", "nsubj", 1, "aide"), ("say", cue_tag, cue_pos, "ROOT", 1, "say"),
            ("the", "DT", "DET", "det", 3, "the"), ("mayor", "NN", "NOUN", "nsubj", 5, "mayor"),
            ("is", "VBZ", "AUX", "aux", 5, "be"), ("hiding", clause_tag, "VERB", "ccomp", 1, "hide"),
            ("it", "PRP", "PRON", "dobj", 5, "it"), ("and", "CC", "CCONJ", "cc", 5, "and"),
            ("denying", second_tag, "VERB", second_dep, 5, "deny"), ("that", "IN", "SCONJ", "mark", 11, "that"),
            ("it", "PRP", "PRON", "nsubj", 11, "it"), ("exists", "VBZ", "VERB", "ccomp", 8, "exist"),
            (".", ".", "PUNCT", "punct", 1, ".")]
    return _doc(pipeline, rows)


@pytest.mark.parametrize("cue_tag, clause_tag, second_tag, want", [
    ("VBZ", "VBG", "VBG", True),   # "says … is hiding … and denying": the clause's form, not the cue's
    ("VBD", "VBZ", "VBZ", True),   # "said … hides … and denies"
    ("VBP", "VBD", "VBN", True),   # "say … hid … and denied" (the tagger's bare past)
    ("VBG", "VBG", "VBG", False),  # the cue's form too: ambiguous
    ("VBD", "VBN", "VBD", False),  # past, past and past
    ("VBZ", "VBZ", "VBD", False),  # "says … is …, but conceded": the second verb is neither's: the writer's drift
    ("VB", "VBG", "VBG", False),   # "did say", "to insist": a bare cue has no form of its own
    ("VBZ", "VBG", "MD", False),   # a modal: no form
    ("VBZ", "VB", "VB", False),    # bare verbs in the clause ("would hide … and deny")
    ("NN", "VBG", "VBG", False),   # a tag that is no verb's
])
def test_other_form_compares_the_three_verbs_forms(pipeline, cue_tag, clause_tag, second_tag, want):
    doc = _said(pipeline, cue_tag=cue_tag, second_tag=second_tag, clause_tag=clause_tag)
    assert other_form(doc[8], doc[1]) is want


@pytest.mark.parametrize("cue_pos, want", [("VERB", True), ("AUX", True), ("NOUN", False)])
def test_other_form_needs_a_verb_as_cue(pipeline, cue_pos, want):
    # the tagger marks "says"/"said" AUX at times (tests/test_attribution_mutants_s14.py)
    doc = _said(pipeline, cue_tag="VBZ", cue_pos=cue_pos)
    assert other_form(doc[8], doc[1]) is want


@pytest.mark.parametrize("cue_tag, second_dep, end", [
    ("VBZ", "conj", 11),  # another form: the content runs to "exists"
    ("VBG", "conj", 6),   # the cue's form (-ing) too: the speaker's next act, cut before "and"
    ("VBZ", "advcl", 6),  # ", denying …" hung as an adverbial participle: still cut
])
def test_trim_nested_keeps_a_conjunct_of_another_form(pipeline, cue_tag, second_dep, end):
    doc = _said(pipeline, cue_tag=cue_tag, second_dep=second_dep)
    assert trim_nested(doc[5], 2, 11, default_lexicon()) == end


@pytest.mark.parametrize("cue_tag, outer, want", [
    ("VBZ", True, False),   # "say" and "denying": other forms, no next act of the speaker
    ("VBG", True, True),    # same forms: the next act, as before
    ("VBZ", False, True),   # no outer frame known: as before
])
def test_next_act_asks_the_outer_cues_form(pipeline, cue_tag, outer, want):
    doc = _said(pipeline, cue_tag=cue_tag)
    d = doc.text.index("denying")
    s = doc.text.index(" say ") + 1
    assert _next_act(doc, Frame(cue=(d, d + 7)), Frame(cue=(s, s + 3)) if outer else None) is want


def test_next_act_needs_a_parse_and_a_cue(pipeline):
    doc = _said(pipeline)
    d = doc.text.index("denying")
    assert _next_act(None, Frame(cue=(d, d + 7))) is False
    assert _next_act(doc, Frame(cue=None)) is False
