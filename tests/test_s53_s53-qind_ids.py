"""Session 53 (s53-qind): list_tail's gate and tail tests, and the phrase and clause walks of indirect.py and
speakers.py, read token ids (`Token.dep`, `orth`, `tag`, `pos`, `ent_type` and the LOWER, ORTH and TAG columns)
instead of strings looked up in the store for every word. Each answer must be what the string reads gave: the id
tables hold their own labels and words, `_plain_tail` agrees with the string formula on every slice of hand-made
parses, and each walk still finds (and still refuses) what it did. Hand-made parses and own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.attribution import indirect, speakers
from newsgraph.attribution.indirect import (_clause_tokens, _has_subject, _phrase_end, _plain_tail, _tail_apposition,
                                            _writers_tail, fronted_content, list_tail, relative_front, trim_nested)
from newsgraph.attribution.lexicon import default as default_lexicon
from newsgraph.attribution.speakers import _aside_on_report, _phrase_last
from newsgraph.nlp import load


def _doc(words, heads, deps, tags=None, pos=None, ents=None, lemmas=None):
    return Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents, lemmas=lemmas)


def _names(ids):
    strings = load().vocab.strings
    return {strings[i] for i in ids}


def test_the_id_tables_hold_their_own_labels_and_words():
    assert _names(indirect._SUBJECT_DEPS) == {"nsubj", "nsubjpass", "expl"}
    assert _names(indirect._NSUBJ_DEPS) == {"nsubj", "nsubjpass"}
    assert _names(indirect._FRONT_DEPS) == {"npadvmod", "dep", "attr"}
    assert _names(indirect._ASIDE_DEPS) == {"relcl", "appos", "acl"}
    assert _names(indirect._NEXT_ACT_DEPS) == {"advcl", "conj"}
    assert _names([indirect._MARK, indirect._RELCL, indirect._APPOS, indirect._THAT, indirect._ACCORDING]) == {
        "mark", "relcl", "appos", "that", "according"}
    assert _names(indirect._NOUN_POS) == {"NOUN", "PROPN"}
    assert _names([indirect._PERSON, indirect._COMMA]) == {"PERSON", ","}
    assert _names(indirect._AND_OR) == {"and", "or"}
    assert _names(indirect._NOT_LIST_ITEM_IDS) == set(indirect.NOT_LIST_ITEMS)
    assert _names(indirect._LIST_BREAK_IDS) == set(indirect.LIST_BREAKS)
    assert _names([speakers._ADVCL, speakers._RELCL, speakers._VBG, speakers._COMMA]) == {"advcl", "relcl", "VBG", ","}


@pytest.mark.parametrize("label", ["nsubj", "nsubjpass", "expl", "mark", "relcl", "appos", "acl", "advcl", "conj",
                                   "npadvmod", "dep", "attr"])
def test_a_token_so_labelled_carries_the_id_the_tables_hold(label):
    doc = _doc(["a", "b"], [0, 0], ["ROOT", label])
    ids = (indirect._SUBJECT_DEPS | indirect._FRONT_DEPS | indirect._ASIDE_DEPS | indirect._NEXT_ACT_DEPS
           | {indirect._MARK})
    assert doc[1].dep in ids and doc[1].dep_ == label


# "Officials criticized the tariffs , the subsidies and the fees ." with the list hung on the object
LIST_WORDS = ["Officials", "criticized", "the", "tariffs", ",", "the", "subsidies", "and", "the", "fees", "."]
LIST_HEADS = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 1]
LIST_DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "conj", "cc", "det", "conj", "punct"]
LIST_TAGS = ["NNS", "VBD", "DT", "NNS", ",", "DT", "NNS", "CC", "DT", "NNS", "."]
LIST_POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"]


def _list_doc(words=LIST_WORDS, tags=LIST_TAGS, pos=LIST_POS, ents=None):
    return _doc(words, LIST_HEADS, LIST_DEPS, tags, pos, ents)


def test_a_plain_list_after_the_content_is_taken_whole():
    assert list_tail(_list_doc(), 2, 3) == 9  # "the tariffs" -> "… and the fees"


def test_a_list_with_or_is_taken_whole():
    words = LIST_WORDS[:7] + ["or"] + LIST_WORDS[8:]
    assert list_tail(_list_doc(words=words), 2, 3) == 9


@pytest.mark.parametrize("k, word, tag, pos", [
    (7, "plus", "CC", "CCONJ"),         # no "and" or "or" in the tail
    (6, "subsidized", "VBN", "VERB"),   # a verb form in the tail
    (5, "including", "VBG", "VERB"),    # a word that opens the writer's addition (and a verb tag)
    (5, "like", "IN", "ADP"),           # the same, with no verb tag
    (8, "(", "-LRB-", "PUNCT"),         # a mark that opens something else
])
def test_a_tail_that_is_no_plain_list_leaves_the_content(k, word, tag, pos):
    words, tags, poses = list(LIST_WORDS), list(LIST_TAGS), list(LIST_POS)
    words[k], tags[k], poses[k] = word, tag, pos
    assert list_tail(_list_doc(words, tags, poses), 2, 3) == 3


def test_the_gate_refuses_a_last_word_that_is_no_noun_a_person_or_no_comma():
    poses = list(LIST_POS)
    poses[3] = "ADJ"
    assert list_tail(_list_doc(pos=poses), 2, 3) == 3
    poses[3] = "PROPN"  # a proper noun passes as a noun does
    assert list_tail(_list_doc(pos=poses), 2, 3) == 9
    ents = ["O", "O", "O", "B-PERSON"] + ["O"] * 7
    assert list_tail(_list_doc(pos=poses, ents=ents), 2, 3) == 3
    ents[3] = "B-ORG"
    assert list_tail(_list_doc(pos=poses, ents=ents), 2, 3) == 9
    words = list(LIST_WORDS)
    words[4] = ";"
    assert list_tail(_list_doc(words=words), 2, 3) == 3
    assert list_tail(_list_doc(), 8, 9) == 9  # the last word of the Doc but one: the full stop is no comma
    short = _doc(["Officials", "criticized", "tariffs"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                 ["NNS", "VBD", "NNS"], ["NOUN", "VERB", "NOUN"])
    assert list_tail(short, 2, 2) == 2  # the Doc's last token: nothing after it


def _plain_by_strings(doc, j, end):
    tail = doc[j:end + 1]
    return any(t.lower_ in ("and", "or") for t in tail) and not any(
        t.tag_.startswith("VB") or t.text in indirect.LIST_BREAKS or t.lower_ in indirect.NOT_LIST_ITEMS for t in tail)


def test_plain_tail_agrees_with_the_string_reads_on_every_slice():
    docs = [_list_doc()]
    for k, word, tag, pos in [(7, "Or", "CC", "CCONJ"), (6, "Like", "IN", "ADP"), (8, "—", ":", "PUNCT"),
                              (5, "said", "VBD", "VERB"), (4, '"', "``", "PUNCT"), (9, "fled", "VBD", "VERB")]:
        words, tags, poses = list(LIST_WORDS), list(LIST_TAGS), list(LIST_POS)
        words[k], tags[k], poses[k] = word, tag, pos
        docs.append(_list_doc(words, tags, poses))
    answers = set()
    for doc in docs:
        for j in range(len(doc)):
            for end in range(j, len(doc)):
                assert _plain_tail(doc, j, end) == _plain_by_strings(doc, j, end), (doc.text, j, end)
                answers.add(_plain_tail(doc, j, end))
    assert answers == {True, False}


def test_has_subject_reads_each_subject_label():
    for label, expected in [("nsubj", True), ("nsubjpass", True), ("expl", True), ("dobj", False), ("csubj", False)]:
        doc = _doc(["x", "ran"], [1, 1], [label, "ROOT"])
        assert _has_subject(doc[1]) is expected, label


# "Hale said that the plan , according to aides , would fail ." with the clause's "according" phrase inside
CLAUSE = (["Hale", "said", "that", "the", "plan", ",", "according", "to", "aides", ",", "would", "fail", "."],
          [1, 1, 11, 4, 11, 11, 11, 6, 7, 11, 11, 1, 1],
          ["nsubj", "ROOT", "mark", "det", "nsubj", "punct", "prep", "prep", "pobj", "punct", "aux", "ccomp", "punct"])


def test_clause_tokens_drop_the_mark_and_cut_at_an_according_phrase_after_the_verb_or_before_it():
    doc = _doc(*CLAUSE)
    assert _clause_tokens(doc[11]) == (9, 11)  # the phrase before the verb: the content starts after it
    words = list(CLAUSE[0])
    words[6] = "acting"  # a preposition other than "according" stays content (the mark "that" is dropped)
    assert _clause_tokens(_doc(words, CLAUSE[1], CLAUSE[2])[11]) == (3, 11)
    # "… would fail , according to aides ." : the phrase after the verb ends the content before it
    after = (["Hale", "said", "that", "the", "plan", "would", "fail", ",", "according", "to", "aides", "."],
             [1, 1, 6, 4, 6, 6, 1, 6, 6, 8, 9, 1],
             ["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct", "prep", "prep", "pobj", "punct"])
    assert _clause_tokens(_doc(*after)[6]) == (3, 7)
    deps = list(after[2])
    deps[2] = "advmod"  # a "that" not labelled mark stays
    assert _clause_tokens(_doc(after[0], after[1], deps)[6]) == (2, 7)
    words = list(after[0])
    words[2] = "whether"  # a mark that is not "that" stays
    assert _clause_tokens(_doc(words, after[1], after[2])[6]) == (2, 7)
    deps = list(after[2])
    deps[8] = "advmod"  # "according" not labelled prep is no phrase to cut
    assert _clause_tokens(_doc(after[0], after[1], deps)[6]) == (3, 10)


# "The mayor said the fee rose , while her rival had cut it ." : the writer's contrast after a comma
CONTRAST = (["The", "mayor", "said", "the", "fee", "rose", ",", "while", "her", "rival", "had", "cut", "it", "."],
            [1, 2, 2, 4, 5, 2, 5, 11, 9, 11, 11, 5, 11, 2],
            ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "mark", "poss", "nsubj", "aux", "advcl", "dobj",
             "punct"])


def test_writers_tail_cuts_a_contrast_set_off_by_a_comma_only_when_labelled_advcl():
    doc = _doc(*CONTRAST)
    assert _writers_tail(doc[5], 12) == 5
    deps = list(CONTRAST[2])
    deps[11] = "conj"
    assert _writers_tail(_doc(CONTRAST[0], CONTRAST[1], deps)[5], 12) == 12


# "Hale said the plan works and praised it , saying it helps ." : a second act of the speaker after the clause
NESTED = (["Hale", "said", "the", "plan", "works", ",", "saying", "it", "helps", "."],
          [1, 1, 3, 4, 1, 4, 4, 8, 6, 1],
          ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "advcl", "nsubj", "ccomp", "punct"],
          ["NNP", "VBD", "DT", "NN", "VBZ", ",", "VBG", "PRP", "VBZ", "."],
          ["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"])


NESTED_LEMMAS = ["Hale", "say", "the", "plan", "work", ",", "say", "it", "help", "."]


def test_trim_nested_ends_the_content_before_a_participle_cue_labelled_advcl_or_conj_only():
    lex = default_lexicon()
    doc = _doc(*NESTED, lemmas=NESTED_LEMMAS)
    assert trim_nested(doc[4], 2, 8, lex) == 4
    for label, expected in [("conj", 4), ("xcomp", 8), ("acl", 8)]:
        deps = list(NESTED[2])
        deps[6] = label
        assert trim_nested(_doc(NESTED[0], NESTED[1], deps, NESTED[3], NESTED[4], lemmas=NESTED_LEMMAS)[4], 2, 8, lex) \
            == expected, label


# "These workers , Stumpf explained , were paid well ." : the front the parser hung on the cue
FRONT = (["These", "workers", ",", "Stumpf", "explained", ",", "were", "paid", "well", "."],
         [1, 4, 4, 4, 4, 4, 7, 4, 7, 4],
         ["det", "npadvmod", "punct", "nsubj", "ROOT", "punct", "auxpass", "ccomp", "advmod", "punct"],
         ["DT", "NNS", ",", "NNP", "VBD", ",", "VBD", "VBN", "RB", "."],
         ["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB", "ADV", "PUNCT"])


@pytest.mark.parametrize("subject, front, expected", [
    ("nsubj", "npadvmod", (0, 1)), ("nsubjpass", "npadvmod", (0, 1)), ("nsubj", "dep", (0, 1)),
    ("nsubj", "attr", (0, 1)), ("dobj", "npadvmod", None), ("nsubj", "advmod", None)])
def test_fronted_content_reads_the_subject_and_front_labels(subject, front, expected):
    deps = list(FRONT[2])
    deps[3], deps[1] = subject, front
    doc = _doc(FRONT[0], FRONT[1], deps, FRONT[3], FRONT[4])
    assert fronted_content(doc[4], (6, 8)) == expected


# "The law , which Hale said will pass , is new ." : the relative pronoun opens the cue's clause before the cue
RELATIVE = (["The", "law", ",", "which", "Hale", "said", "will", "pass", ",", "is", "new", "."],
            [1, 9, 1, 7, 5, 1, 7, 5, 1, 9, 9, 9],
            ["det", "nsubj", "punct", "nsubj", "nsubj", "relcl", "aux", "ccomp", "punct", "ROOT", "acomp", "punct"],
            ["DT", "NN", ",", "WDT", "NNP", "VBD", "MD", "VB", ",", "VBZ", "JJ", "."])


def test_relative_front_reads_the_ccomp_label():
    doc = _doc(*RELATIVE)
    assert relative_front(doc[5], (6, 7)) == (3, 3)
    deps = list(RELATIVE[2])
    deps[7] = "xcomp"
    assert relative_front(_doc(RELATIVE[0], RELATIVE[1], deps, RELATIVE[3])[5], (6, 7)) is None


# "He criticized Smith , who resigned , and the deal ." / the phrase walks on a noun with an aside
ASIDE = (["He", "criticized", "Smith", ",", "who", "resigned", ",", "and", "left"],
         [1, 1, 1, 2, 5, 2, 2, 1, 1],
         ["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "punct", "cc", "conj"])


@pytest.mark.parametrize("label, expected", [("relcl", 2), ("acl", 2), ("appos", 2), ("amod", 6)])
def test_phrase_end_cuts_an_aside_only_with_an_aside_label(label, expected):
    deps = list(ASIDE[2])
    deps[5] = label
    assert _phrase_end(_doc(ASIDE[0], ASIDE[1], deps)[2]) == expected


# "a review of the program , which allows it" : a relative on a noun further in (_phrase_end's second walk)
FURTHER = (["a", "review", "of", "the", "program", ",", "which", "allows", "it"],
           [1, 1, 1, 4, 2, 4, 7, 4, 7],
           ["det", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "relcl", "dobj"])


@pytest.mark.parametrize("label, expected", [("relcl", 4), ("amod", 8)])
def test_phrase_end_cuts_a_relative_further_in_only_when_labelled_relcl(label, expected):
    deps = list(FURTHER[2])
    deps[7] = label
    assert _phrase_end(_doc(FURTHER[0], FURTHER[1], deps)[1]) == expected


def test_tail_apposition_reads_the_appos_label():
    words, heads = ["the", "state", ",", "Ohio"], [1, 1, 1, 1]
    pos = ["DET", "NOUN", "PUNCT", "PROPN"]
    assert _tail_apposition(_doc(words, heads, ["det", "ROOT", "punct", "appos"], pos=pos)[3], 3)
    assert not _tail_apposition(_doc(words, heads, ["det", "ROOT", "punct", "conj"], pos=pos)[3], 3)


# "officials , who spoke , said" / "officials , said": a speaker phrase ends before a relative clause or a comma
def test_phrase_last_ends_before_a_relative_or_a_comma():
    rel = _doc(["officials", "who", "spoke", "said"], [3, 2, 0, 3], ["nsubj", "nsubj", "relcl", "ROOT"])
    assert _phrase_last(rel[0]) == 0
    other = _doc(["officials", "who", "spoke", "said"], [3, 2, 0, 3], ["nsubj", "nsubj", "amod", "ROOT"])
    assert _phrase_last(other[0]) == 2
    comma = _doc(["officials", ",", "here", "said"], [3, 0, 0, 3], ["nsubj", "punct", "advmod", "ROOT"])
    assert _phrase_last(comma[0]) == 0
    semi = _doc(["officials", ";", "here", "said"], [3, 0, 0, 3], ["nsubj", "punct", "advmod", "ROOT"])
    assert _phrase_last(semi[0]) == 2


# "Trump argued that it would help , saying it works" : a participle set off by a comma, on the reported clause
REPORT = (["Trump", "argued", "that", "it", "would", "help", ",", "saying", "it", "works"],
          [1, 1, 5, 5, 5, 1, 5, 5, 9, 7],
          ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "advcl", "nsubj", "ccomp"],
          ["NNP", "VBD", "IN", "PRP", "MD", "VB", ",", "VBG", "PRP", "VBZ"],
          ["PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT", "VERB", "PRON", "VERB"])


def test_aside_on_report_needs_an_advcl_participle():
    assert _aside_on_report(_doc(*REPORT)[7]).i == 1
    deps = list(REPORT[2])
    deps[7] = "xcomp"
    assert _aside_on_report(_doc(REPORT[0], REPORT[1], deps, REPORT[3], REPORT[4])[7]) is None
    tags = list(REPORT[3])
    tags[7] = "VBD"
    assert _aside_on_report(_doc(REPORT[0], REPORT[1], REPORT[2], tags, REPORT[4])[7]) is None


class _NoHead:
    """A token whose head may not be read: _aside_on_report must refuse it from its label and tag alone."""

    def __init__(self, dep, tag):
        self.dep, self.tag = dep, tag

    @property
    def head(self):
        raise AssertionError("read")


def test_aside_on_report_refuses_before_reading_the_head():
    assert _aside_on_report(_NoHead(speakers._RELCL, speakers._VBG)) is None
    assert _aside_on_report(_NoHead(speakers._ADVCL, speakers._COMMA)) is None


# --- the verb path and the speaker climb (stage.py, speakers.py) ---------------------------------------------------

def test_the_verb_path_id_tables_hold_their_own_labels_and_tags():
    from newsgraph.attribution import stage
    assert _names(stage._VERB_POS) == {"VERB", "AUX"} and _names([stage._VERB]) == {"VERB"}
    assert [load().vocab.strings[i] for i in (stage._CCOMP, stage._ROOT, stage._VB, stage._VBN, stage._VBG)] == [
        "ccomp", "ROOT", "VB", "VBN", "VBG"]
    assert _names(stage._REPORTER_PARTICIPLE_DEPS) == {"advcl", "csubj"}
    assert _names(stage._FINITE_TAG_IDS) == set(stage._FINITE_TAGS) == {"VBD", "VBZ", "VBP", "MD"}
    assert _names(stage._CLAUSE_SUBJECT_DEPS) == {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
    assert _names(stage._AUX_DEPS) == {"aux", "auxpass"}
    strings = load().vocab.strings
    assert [strings[i] for i in (speakers._CONJ, speakers._ACL, speakers._XCOMP)] == ["conj", "acl", "xcomp"]
    assert _names(speakers._PARTICIPLE_TAGS) == {"VBG", "VBN"}
    assert _names(speakers._CLIMB_DEPS) == {"xcomp", "advcl", "conj", "pcomp", "acomp"}
    assert _names(speakers._ADJUNCT_DEPS) == {"advcl", "pcomp"}
    assert _names(speakers._RELATIVE_TAG_IDS) == set(speakers.RELATIVE_TAGS)


@pytest.mark.parametrize("child_dep, child_tag, root_tag, expected", [
    ("nsubj", "PRP", "VB", True), ("nsubjpass", "PRP", "VB", True), ("expl", "EX", "VB", True),
    ("csubj", "VBG", "VB", True), ("csubjpass", "VBG", "VB", True),
    ("dobj", "NN", "VBD", True), ("dobj", "NN", "VBZ", True), ("dobj", "NN", "VBP", True), ("dobj", "NN", "MD", True),
    ("aux", "MD", "VB", True), ("auxpass", "VBZ", "VBN", True), ("aux", "TO", "VB", False),
    ("advmod", "MD", "VB", False),
    ("dobj", "NN", "VBG", False)])
def test_has_subject_of_the_stage_reads_labels_and_tags(child_dep, child_tag, root_tag, expected):
    from newsgraph.attribution.stage import _has_subject as finite
    doc = _doc(["x", "go"], [1, 1], [child_dep, "ROOT"], [child_tag, root_tag])
    assert finite(doc[1]) is expected


def test_imperative_needs_a_bare_verb_heading_its_sentence():
    from newsgraph.attribution.stage import _imperative
    words, heads = ["Please", "read", "the", "guides"], [1, 1, 3, 1]
    deps, tags = ["intj", "ROOT", "det", "dobj"], ["UH", "VB", "DT", "NNS"]
    assert _imperative(_doc(words, heads, deps, tags)[1])
    assert not _imperative(_doc(words, heads, deps, ["UH", "VBP", "DT", "NNS"])[1])
    assert not _imperative(_doc(["Please", "read", "it", "said"], [1, 3, 1, 3], ["intj", "ccomp", "dobj", "ROOT"],
                                ["UH", "VB", "PRP", "VBD"])[1])


def test_verb_cue_reads_the_part_of_speech_and_a_generic_verbs_clause():
    from newsgraph.attribution.indirect import GENERIC, GENERIC_OBJ
    from newsgraph.attribution.stage import _verb_cue
    lex = default_lexicon()
    words, heads, deps = ["Hale", "said", "it", "works"], [1, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp"]
    tags, lemmas = ["NNP", "VBD", "PRP", "VBZ"], ["Hale", "say", "it", "work"]
    for pos, found in [("VERB", True), ("AUX", True), ("NOUN", False)]:
        doc = _doc(words, heads, deps, tags, ["PROPN", pos, "PRON", "VERB"], lemmas=lemmas)
        assert (_verb_cue(doc[1], lex, False) is not None) is found, pos
    outside = ["Hale", "ate", "it", "works"]
    for label, cue in [("ccomp", GENERIC), ("xcomp", GENERIC_OBJ)]:
        doc = _doc(outside, heads, ["nsubj", "ROOT", "nsubj", label], tags, ["PROPN", "VERB", "PRON", "VERB"],
                   lemmas=["Hale", "eat", "it", "work"])
        assert _verb_cue(doc[1], lex, True) is cue
        aux = _doc(outside, heads, ["nsubj", "ROOT", "nsubj", label], tags, ["PROPN", "AUX", "PRON", "VERB"],
                   lemmas=["Hale", "eat", "it", "work"])
        assert _verb_cue(aux[1], lex, True) is None  # a verb outside the lexicon is proposed only as a VERB


# "Stressing the cost , Hale said , it fails" with the participle and the reporting clause hung on "fails"
REPORTER = (["Stressing", "cost", ",", "Hale", "said", ",", "it", "fails"],
            [7, 0, 7, 4, 7, 7, 7, 7],
            ["advcl", "dobj", "punct", "nsubj", "parataxis", "punct", "nsubj", "ROOT"],
            ["VBG", "NN", ",", "NNP", "VBD", ",", "PRP", "VBZ"],
            ["VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB"])
REPORTER_LEMMAS = ["stress", "cost", ",", "Hale", "say", ",", "it", "fail"]


@pytest.mark.parametrize("dep, tag, expected", [("advcl", "VBG", 3), ("csubj", "VBG", 3), ("xcomp", "VBG", None),
                                                ("advcl", "VBN", None)])
def test_reporter_after_a_fronted_participle(dep, tag, expected):
    from newsgraph.attribution.stage import _reporter_after
    deps, tags = list(REPORTER[2]), list(REPORTER[3])
    deps[0], tags[0] = dep, tag
    found = _reporter_after(_doc(REPORTER[0], REPORTER[1], deps, tags, REPORTER[4], lemmas=REPORTER_LEMMAS)[0])
    assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize("tag, head_dep, expected", [("WDT", "relcl", 0), ("WP", "relcl", 0), ("DT", "relcl", 1),
                                                     ("WDT", "ccomp", 1)])
def test_antecedent_of_a_relative_pronoun(tag, head_dep, expected):
    # "nations that oppose it"
    doc = _doc(["nations", "that", "oppose", "it"], [0, 2, 0, 2], ["ROOT", "nsubj", head_dep, "dobj"],
               ["NNS", tag, "VBP", "PRP"])
    assert speakers._antecedent(doc[1]).i == expected


@pytest.mark.parametrize("dep, expected", [("xcomp", 0), ("advcl", 0), ("conj", 0), ("pcomp", 0), ("acomp", 0),
                                           ("dobj", None)])
def test_subject_climbs_from_a_clause_hung_on_another(dep, expected):
    # "Hale wants to say": the infinitive's speaker is the subject of the verb it hangs on
    doc = _doc(["Hale", "wants", "to", "say"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", dep],
               ["NNP", "VBZ", "TO", "VB"], ["PROPN", "VERB", "PART", "VERB"])
    found = speakers._subject(doc[3])
    assert (found.i if found is not None else None) == expected


def test_subject_at_an_adjunct_participle_or_an_infinitive_takes_the_passive_subject():
    # "Hale was pressed , saying it" / "Hale was pressed to say it": the participle's (infinitive's) speaker
    words, heads = ["Hale", "was", "pressed", "saying", "it"], [2, 2, 2, 2, 3]
    tags, pos = ["NNP", "VBD", "VBN", "VBG", "PRP"], ["PROPN", "AUX", "VERB", "VERB", "PRON"]
    for dep, tag, expected in [("advcl", "VBG", 0), ("pcomp", "VBG", 0), ("advcl", "VBD", None), ("acl", "VBG", None)]:
        t = list(tags)
        t[3] = tag
        doc = _doc(words, heads, ["nsubjpass", "auxpass", "ROOT", dep, "dobj"], t, pos)
        found = speakers._subject_at(doc[3], doc[2], doc[3])
        assert (found.i if found is not None else None) == expected, (dep, tag)
    doc = _doc(words, heads, ["nsubjpass", "auxpass", "ROOT", "xcomp", "dobj"], ["NNP", "VBD", "VBN", "VB", "PRP"], pos)
    assert speakers._subject_at(doc[3], doc[2], doc[3]).i == 0


def test_climb_modifier_stops_at_a_verb_not_hung_on_a_noun():
    # "voters saying it": a participle on a noun is the noun's act
    for dep, expected in [("acl", (0, None)), ("advcl", (None, None))]:
        doc = _doc(["voters", "saying", "it"], [0, 0, 1], ["ROOT", dep, "dobj"], ["NNS", "VBG", "PRP"],
                   ["NOUN", "VERB", "PRON"])
        found, up = speakers._climb_modifier(doc[1])
        assert ((found.i if found is not None else None), up) == expected, dep


@pytest.mark.parametrize("dep, tag, expected", [("advcl", "VBG", 5), ("advcl", "VBN", 5), ("xcomp", "VBG", None),
                                                ("advcl", "VBD", None)])
def test_inserted_reporter_needs_a_fronted_participle(dep, tag, expected):
    # "Stressing the cost , the bridge , Hale said , would wait": the participle hung on "wait"
    words = ["Stressing", "cost", ",", "bridge", ",", "Hale", "said", ",", "would", "wait"]
    heads = [9, 0, 9, 9, 9, 6, 9, 9, 9, 9]
    deps = [dep, "dobj", "punct", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux", "ROOT"]
    tags = [tag, "NN", ",", "NN", ",", "NNP", "VBD", ",", "MD", "VB"]
    pos = ["VERB", "NOUN", "PUNCT", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB"]
    found = speakers._inserted_reporter(_doc(words, heads, deps, tags, pos)[0])
    assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize("dep, tag, head_tag, expected", [("conj", "VBG", "VBZ", 0), ("advcl", "VBG", "VBZ", None),
                                                          ("conj", "VBD", "VBZ", None), ("conj", "VBG", "VBG", None)])
def test_parallel_participle(dep, tag, head_tag, expected):
    # "noting that polls tightened and predicting it": "predicting" pairs with "noting"
    words = ["noting", "that", "polls", "tightened", "and", "predicting", "it"]
    heads = [0, 3, 3, 0, 3, 3, 5]
    deps = ["ROOT", "mark", "nsubj", "ccomp", "cc", dep, "dobj"]
    tags = ["VBG", "IN", "NNS", head_tag, "CC", tag, "PRP"]
    found = speakers._parallel_participle(_doc(words, heads, deps, tags)[5])
    assert (found.i if found is not None else None) == expected


def test_parallel_participle_refuses_before_reading_the_head():
    assert speakers._parallel_participle(_NoHead(speakers._ADVCL, speakers._VBG)) is None
    assert speakers._parallel_participle(_NoHead(speakers._CONJ, speakers._COMMA)) is None


@pytest.mark.parametrize("dep, tag, inside_quote, expected", [
    ("advcl", "VBG", True, 1), ("advcl", "VBD", True, None), ("xcomp", "VBG", True, None), ("advcl", "VBG", False, None)])
def test_head_past_quote(dep, tag, inside_quote, expected):
    # 'Hale said the plan “fails” , adding it': the participle hung on the quoted verb belongs to "said"
    words = ["Hale", "said", "plan", "“", "fails", "”", ",", "adding", "it"]
    heads = [1, 1, 4, 4, 1, 4, 4, 4, 7]
    deps = ["nsubj", "ROOT", "nsubj", "punct", "ccomp", "punct", "punct", dep, "dobj"]
    tags = ["NNP", "VBD", "NN", "``", "VBZ", "''", ",", tag, "PRP"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "VERB", "PRON"]
    doc = _doc(words, heads, deps, tags, pos)
    quoted = [(doc[3].idx, doc[5].idx + 1)] if inside_quote else []
    found = speakers._head_past_quote(doc[7], quoted)
    assert (found.i if found is not None else None) == expected


def test_relative_front_takes_a_clause_starting_the_span_and_none_before_it():
    # "The law , which Hale said will pass , is new ." with the span starting at the clause's verb itself
    doc = _doc(*RELATIVE)
    assert relative_front(doc[5], (7, 7)) == (3, 3)  # the ccomp at the span's first token counts
    assert relative_front(doc[5], (7, 8)) == (3, 3)  # ... and inside a longer span
    assert relative_front(doc[5], (8, 9)) is None  # a ccomp before the span does not
    assert relative_front(doc[5], (6, 6)) is None  # nor one after it


def test_tail_apposition_needs_the_appos_label_whatever_the_part_of_speech():
    words, heads, pos = ["the", "state", ",", "Ohio"], [1, 1, 1, 1], ["DET", "NOUN", "PUNCT", "PROPN"]
    assert not _tail_apposition(_doc(words, heads, ["det", "ROOT", "punct", "npadvmod"], pos=pos)[3], 3)
    appos = ["det", "ROOT", "punct", "appos"]
    assert _tail_apposition(_doc(words, heads, appos, pos=["DET", "NOUN", "PUNCT", "NOUN"])[3], 3)
    assert not _tail_apposition(_doc(words, heads, appos, pos=["DET", "NOUN", "PUNCT", "ADJ"])[3], 3)


def test_plain_tail_reads_the_tags_up_to_the_tails_end_and_no_further():
    words, tags, poses = list(LIST_WORDS), list(LIST_TAGS), list(LIST_POS)
    words[9], tags[9], poses[9] = "fled", "VBD", "VERB"  # "… , the subsidies and the fled": a verb form last
    doc = _list_doc(words, tags, poses)
    assert not _plain_tail(doc, 4, 9)  # the verb ends the tail
    assert _plain_tail(doc, 4, 8)  # the verb right after the tail is not in it


@pytest.mark.parametrize("inner, expected", [("cc", False), ("conj", False), ("amod", True)])
def test_tail_apposition_is_no_list(inner, expected):
    # "the state , Ohio mainly": an apposition whose own dependent is a coordinator or a conjunct is a list
    doc = _doc(["the", "state", ",", "Ohio", "mainly"], [1, 1, 1, 1, 3], ["det", "ROOT", "punct", "appos", inner],
               pos=["DET", "NOUN", "PUNCT", "PROPN", "ADV"])
    assert _tail_apposition(doc[3], 4) is expected


@pytest.mark.parametrize("tag, comma, expected", [("VBG", ",", 0), ("VBN", ",", None), ("VBG", ";", None)])
def test_after_finite_verb_gives_a_free_participle_the_clause_subject(tag, comma, expected):
    # "she said , blaming them": the participle after the finite verb and a comma is its subject's act
    doc = _doc(["she", "said", comma, "blaming", "them"], [1, 1, 1, 1, 3], ["nsubj", "ROOT", "punct", "advcl", "dobj"],
               ["PRP", "VBD", ",", tag, "PRP"], ["PRON", "VERB", "PUNCT", "VERB", "PRON"])
    found = speakers._after_finite_verb(doc[3])
    assert (found.i if found is not None else None) == expected
    early = _doc(["said", "blaming", "them"], [0, 0, 1], ["ROOT", "advcl", "dobj"], ["VBD", tag, "PRP"],
                 ["VERB", "VERB", "PRON"])
    assert speakers._after_finite_verb(early[1]) is None  # no room for a verb and a comma before it


@pytest.mark.parametrize("label", ["nsubj", "nsubjpass", "expl"])
def test_inserted_reporter_refuses_a_participle_with_a_subject_of_its_own(label):
    words = ["Stressing", "it", ",", "bridge", ",", "Hale", "said", ",", "would", "wait"]
    heads = [9, 0, 9, 9, 9, 6, 9, 9, 9, 9]
    deps = ["advcl", label, "punct", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux", "ROOT"]
    tags = ["VBG", "PRP", ",", "NN", ",", "NNP", "VBD", ",", "MD", "VB"]
    pos = ["VERB", "PRON", "PUNCT", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB"]
    assert speakers._inserted_reporter(_doc(words, heads, deps, tags, pos)[0]) is None
