"""Session 28, s28-mutsettle: three of the four survivors s26-mutind left open in attribution/indirect.py
(`_without_aside` 7 and 53, `_writers_tail` 12; docs/testing.md, "Session 28, s28-mutsettle"). Own words, Docs
built by hand on a blank English vocab (the shapes are set exactly, whatever a parser model reads), the
functions called directly; each test pairs the shape the rule keeps with the one it cuts."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.indirect import _clause_tokens, _without_aside

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def _text(doc, a, b):
    return doc[a:b + 1].text


# ---------------------------------------------------------------- _without_aside


def _pressed(first: str, second: str):
    """"The mayor vowed to press ahead , FIRST SECOND the council objects ." with the clause on "press" (the
    infinitive content is tokens 3..11)."""
    first_dep = "advmod"
    return _doc(("The", 1, "det", "DET", "DT"), ("mayor", 2, "nsubj", "NOUN", "NN"),
                ("vowed", 2, "ROOT", "VERB", "VBD"), ("to", 4, "aux", "PART", "TO"),
                ("press", 2, "xcomp", "VERB", "VB"), ("ahead", 4, "advmod", "ADV", "RB"),
                (",", 4, "punct", "PUNCT", ","), (first, 11, first_dep, "ADV", "RB"),
                (second, 11, "mark", "SCONJ", "IN"), ("the", 10, "det", "DET", "DT"),
                ("council", 11, "nsubj", "NOUN", "NN"), ("objects", 4, "advcl", "VERB", "VBZ"),
                (".", 2, "punct", "PUNCT", "."))


def test_a_concession_even_if_stays_in_the_infinitive_content():
    # (`_without_aside` 53: `"even" or next word "as"` cut every clause opening on "even".) "vowed to press
    # ahead, even if the council objects" vows a conditional commitment: the condition is the speaker's, part
    # of what was vowed, not the writer's contrast; only "even as" (the writer's "while") is cut
    kept = _pressed("even", "if")
    assert _text(kept, 3, _without_aside(kept, 3, 11)) == "to press ahead , even if the council objects"
    cut = _pressed("even", "as")
    assert _text(cut, 3, _without_aside(cut, 3, 11)) == "to press ahead"


def _revealed(label: str, head: int):
    """"The minister promised to reveal , within days , who leaked the memo ." with "leaked" hung on `head`
    as `label` (the infinitive content is tokens 3..12)."""
    return _doc(("The", 1, "det", "DET", "DT"), ("minister", 2, "nsubj", "NOUN", "NN"),
                ("promised", 2, "ROOT", "VERB", "VBD"), ("to", 4, "aux", "PART", "TO"),
                ("reveal", 2, "xcomp", "VERB", "VB"), (",", 4, "punct", "PUNCT", ","),
                ("within", 4, "prep", "ADP", "IN"), ("days", 6, "pobj", "NOUN", "NNS"),
                (",", 4, "punct", "PUNCT", ","), ("who", 10, "nsubj", "PRON", "WP"),
                ("leaked", head, label, "VERB", "VBD"), ("the", 12, "det", "DET", "DT"),
                ("memo", 10, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", "."))


def test_a_question_opened_by_who_after_a_comma_is_what_was_promised():
    # (`_without_aside` 7: `relcl or left edge "which"/"who"` took any clause opening on "who" for an aside.)
    # "promised to reveal, within days, who leaked the memo": the embedded question is the object of "reveal"
    # (ccomp), what was promised, though a comma-set adverbial stands before it; only a relative clause so
    # opened is the writer's aside
    question = _revealed("ccomp", 4)
    assert _text(question, 3, _without_aside(question, 3, 12)) == "to reveal , within days , who leaked the memo"
    # the same words with the clause read as a relative on "days" (as en_core_web_sm reads them): cut
    relative = _revealed("relcl", 7)
    assert _text(relative, 3, _without_aside(relative, 3, 12)) == "to reveal , within days"


# ---------------------------------------------------------------- _writers_tail (through _clause_tokens)


def _rose():
    """"The report said that prices rose , while according to the bank wages fell ." with "according to the
    bank" on "rose" and "while" on "fell", the contrast clause, itself on "rose"."""
    return _doc(("The", 1, "det", "DET", "DT"), ("report", 2, "nsubj", "NOUN", "NN"),
                ("said", 2, "ROOT", "VERB", "VBD"), ("that", 5, "mark", "SCONJ", "IN"),
                ("prices", 5, "nsubj", "NOUN", "NNS"), ("rose", 2, "ccomp", "VERB", "VBD"),
                (",", 5, "punct", "PUNCT", ","), ("while", 13, "mark", "SCONJ", "IN"),
                ("according", 5, "prep", "VERB", "VBG"), ("to", 8, "prep", "ADP", "IN"),
                ("the", 11, "det", "DET", "DT"), ("bank", 9, "pobj", "NOUN", "NN"),
                ("wages", 13, "nsubj", "NOUN", "NNS"), ("fell", 5, "advcl", "VERB", "VBD"),
                (".", 2, "punct", "PUNCT", "."))


def test_a_contrast_whose_mark_ends_the_content_is_still_cut():
    # (`_writers_tail` 12: `x.left_edge.i < b`.) "according to the bank" on the reported clause ends the
    # content before it, here right after "while", which opens the contrast "while … wages fell" (its mark
    # on "fell", an arc crossing the attribution's: a tree spaCy's pseudo-projective parser can give). The
    # contrast opens at the content's last token, so it is still the writer's and goes with its mark: the
    # content is "prices rose", not "prices rose , while"
    doc = _rose()
    assert doc[13].left_edge.i == 7 and doc[8].left_edge.i == 8
    a, b = _clause_tokens(doc[5])
    assert _text(doc, a, b) == "prices rose"
