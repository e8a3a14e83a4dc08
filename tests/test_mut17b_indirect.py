"""Session 17 (s17b-mutind): attribution/indirect.py survivors of s17-mut's full run (docs/mutants_open_indirect_s17.txt;
docs/testing.md, "Session 17, s17b-mutind"). The helpers are called on hand-built parses of our own sentences, each
naming the construction the parser (or an article) gives them."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.attribution import lexicon
from newsgraph.attribution.indirect import (
    _aside_mark, _labelled, _past_dashed_aside, _past_relative, _phrase_end, _reports_back, as_content,
    clause_heads, document_frame, passive_content, passive_subject, pro_clause, raising_content, relative_front, relative_piece,
)

VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """rows: (word, head, dep, pos[, tag]) with lemma = lower-case word unless the word is given as "word/lemma"."""
    words, lemmas = [], []
    for r in rows:
        w, _, lem = r[0].partition("/")
        words.append(w)
        lemmas.append(lem or w.lower())
    tags = [r[4] if len(r) > 4 else r[3] for r in rows]
    return Doc(VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=tags, lemmas=lemmas)


# --- _phrase_end: only a relative clause, apposition or participle set off by a mark is a tail -------------

def test_a_prepositional_phrase_after_a_comma_stays_in_the_noun_phrase():
    # "the plan, for now": a "prep" after a comma is no non-restrictive tail (_phrase_end 5, 10: any right child
    # after a mark cut; 33, 35: any token after a comma, or any non-relcl, cut in the second loop)
    doc = _doc([("the", 1, "det", "DET"), ("plan", 1, "ROOT", "NOUN"), (",", 1, "punct", "PUNCT"),
                ("for", 1, "prep", "ADP"), ("now", 3, "pobj", "ADV")])
    assert _phrase_end(doc[1]) == 4


def test_a_participle_set_off_by_a_comma_is_a_tail():
    # "the plan, backed by voters, failed": the acl is a non-restrictive tail (_phrase_end 17, 18 renamed "acl")
    doc = _doc([("the", 1, "det", "DET"), ("plan", 6, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
                ("backed/back", 1, "acl", "VERB"), ("by", 3, "agent", "ADP"), ("voters/voter", 4, "pobj", "NOUN"),
                ("failed/fail", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT")])
    assert _phrase_end(doc[1]) == 1


def test_a_relative_clause_on_a_noun_further_in_is_cut_also_for_the_text_s_first_word():
    # "Reviews of the program, which allows visas, …" with the head at token 0 (_phrase_end 29 sliced from
    # head.i - 1 = -1, an empty slice at the text's start)
    doc = _doc([("Reviews/review", 0, "ROOT", "NOUN"), ("of", 0, "prep", "ADP"), ("the", 3, "det", "DET"),
                ("program", 1, "pobj", "NOUN"), (",", 3, "punct", "PUNCT"), ("which", 6, "nsubj", "PRON", "WDT"),
                ("allows/allow", 3, "relcl", "VERB"), ("visas/visa", 6, "dobj", "NOUN")])
    assert _phrase_end(doc[0]) == 3


def test_a_relative_clause_right_after_the_phrase_is_outside_it():
    # "the plan , failing voters": the participle hung on "voters" past the phrase's last token (the comma) is not
    # on a noun of the phrase (_phrase_end 32 looked one token past the phrase and cut before the comma's word)
    doc = _doc([("the", 1, "det", "DET"), ("plan", 4, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
                ("failing/fail", 4, "relcl", "VERB"), ("voters/voter", 4, "ROOT", "NOUN")])
    assert _phrase_end(doc[1]) == 2


# --- _aside_mark: the mark at the text's start, or behind a closing quote at its start ---------------------

def test_an_aside_mark_at_the_text_s_first_token_is_found():
    # ", which failed": the comma at index 0 (_aside_mark 14, 15 required j >= 1)
    doc = _doc([(",", 2, "punct", "PUNCT"), ("which", 2, "nsubj", "PRON", "WDT"), ("failed/fail", 2, "ROOT", "VERB")])
    assert _aside_mark(doc, 1) == 0
    # no mark: -1, as the docstring says (18 gave -2)
    assert _aside_mark(doc, 2) == -1


def test_an_aside_mark_behind_a_closing_quote_at_the_text_s_start_is_found():
    # ',” which failed': the comma inside the quotation marks, at index 0 (_aside_mark 6 stopped at j = 1)
    doc = _doc([(",", 3, "punct", "PUNCT"), ("”", 3, "punct", "PUNCT"), ("which", 3, "nsubj", "PRON", "WDT"),
                ("failed/fail", 3, "ROOT", "VERB")])
    assert _aside_mark(doc, 2) == 0


# --- _past_dashed_aside: a pair of dashes at most seven tokens apart --------------------------------------

def _dashed(words):
    return _doc([(w, 0, "ROOT" if i == 0 else "dep", "X") for i, w in enumerate(words)])


def test_an_empty_pair_of_dashes_is_passed():
    # "- -" (an aside with nothing between): the second dash is right after the first (13 looked from i + 2)
    assert _past_dashed_aside(_dashed(["-", "-", "to", "act"]), 0) == 2


def test_a_dash_eight_tokens_on_closes_no_aside():
    # the closing dash must come within seven tokens (19 looked one further): a longer stretch is no short aside
    words = ["-", "a", "b", "c", "d", "e", "f", "g", "-", "to", "act"]
    assert _past_dashed_aside(_dashed(words), 0) == 0
    words[7:9] = ["-", "g"]
    assert _past_dashed_aside(_dashed(words), 0) == 8


# --- _labelled: an infinitive after the object is a label; any other prepositional phrase is not ------------

def _labelled_on(dep, word, pos):
    # "She called herself <word> …": hand-built, the word hung on the verb after the reflexive object
    doc = _doc([("She", 1, "nsubj", "PRON"), ("called/call", 1, "ROOT", "VERB"), ("herself", 1, "dobj", "PRON"),
                (word, 1, dep, pos), ("voters/voter", 3, "dep", "NOUN")])
    return _labelled(doc[1], doc[2])


def test_an_infinitive_after_a_reflexive_object_is_a_label():
    assert _labelled_on("xcomp", "to", "PART")  # _labelled 8, 9 renamed "xcomp"


def test_a_prepositional_phrase_other_than_as_is_no_label():
    assert not _labelled_on("prep", "for", "ADP")  # _labelled 10: any "prep"
    assert _labelled_on("prep", "as", "ADP")


# --- _past_relative / relative_piece / relative_front: ", which he said (that) hurts drivers" -----------------

def _which(that=False, first=("which", "WDT")):
    # "the tax, which he said [that] hurts drivers": the parser gives "hurts" the pronoun before the cue
    rows = [("the", 1, "det", "DET"), ("tax", 1, "ROOT", "NOUN"), (",", 1, "punct", "PUNCT"),
            (first[0], 7, "nsubj", "PRON", first[1]), ("he", 5, "nsubj", "PRON"), ("said/say", 1, "relcl", "VERB")]
    if that:
        rows.append(("that", 7, "mark", "SCONJ"))
    rows += [("hurts/hurt", 5, "ccomp", "VERB"), ("drivers/driver", 7, "dobj", "NOUN")]
    if not that:  # no "that": the indices after "said" move one back
        rows = [(w, h - 1 if h >= 7 else h, *rest) for w, h, *rest in rows]
    return _doc(rows)


def test_the_content_after_a_relative_pronoun_starts_after_the_cue():
    doc = _which()
    v, c = doc[5], doc[6]
    assert relative_piece(v, c, 3) == (3, 3)
    assert _past_relative(v, c, 3) == 6  # _past_relative 10 (v.i - 1)


def test_the_content_after_a_relative_pronoun_starts_after_that():
    # "which he said that hurts drivers": past "that" (_past_relative 9, 12, 13, 15-18)
    doc = _which(that=True)
    v, c = doc[5], doc[7]
    assert _past_relative(v, c, 3) == 7


def test_a_personal_pronoun_opening_the_clause_is_no_relative_piece():
    # "the tax, it he said hurts drivers" (hand-built): "it" (PRP) is no relative pronoun (relative_piece 5)
    doc = _which(first=("it", "PRP"))
    assert relative_piece(doc[5], doc[6], 3) is None
    assert _past_relative(doc[5], doc[6], 3) == 3


def test_the_relative_piece_of_the_content_span():
    doc = _which()
    v = doc[5]
    assert relative_front(v, (6, 7)) == (3, 3)  # relative_front 1, 13 (None), 9 (span[1] <= c.i), 7, 8 (renamed)
    assert relative_front(v, (6, 6)) == (3, 3)  # 10 (span[0] < c.i), 11 (c.i < span[1])
    assert relative_front(v, (7, 7)) is None


def test_the_relative_piece_is_read_on_the_clause_not_on_another_child_in_the_span():
    # "which he said again hurts drivers": "again" (advmod of "said") is in the span before the clause
    # (relative_front 5, 6 took it for the clause)
    doc = _doc([("the", 1, "det", "DET"), ("tax", 1, "ROOT", "NOUN"), (",", 1, "punct", "PUNCT"),
                ("which", 7, "nsubj", "PRON", "WDT"), ("he", 5, "nsubj", "PRON"), ("said/say", 1, "relcl", "VERB"),
                ("again", 5, "advmod", "ADV"), ("hurts/hurt", 5, "ccomp", "VERB"), ("drivers/driver", 7, "dobj", "NOUN")])
    assert relative_front(doc[5], (6, 8)) == (3, 3)


# --- _reports_back: "X expressed its concern, a source said" ----------------------------------------------

def _back(words_after_comma, open_quote=False):
    """"The firm expressed its concern, <…>": rows after the comma as (word, head, dep, pos), heads counted
    from the first of them (None: "expressed"); the ccomp there is the clause `c`."""
    rows = [("The", 1, "det", "DET"), ("firm", 2, "nsubj", "NOUN"), ("expressed/express", 2, "ROOT", "VERB"),
            ("its", 4, "poss", "PRON"), ("concern", 2, "dobj", "NOUN"), (",", 2, "punct", "PUNCT")]
    base = len(rows) + (1 if open_quote else 0)
    tail = [(w, 2 if h is None else base + h, d, p) for w, h, d, p in words_after_comma]
    c = base + next(i for i, (_, h, d, _) in enumerate(words_after_comma) if d == "ccomp")
    if open_quote:  # "… its concern, ” a source said": a closing mark hung on the clause
        rows.append(("”", c, "punct", "PUNCT"))
    doc = _doc(rows + tail + [(".", 2, "punct", "PUNCT")])
    return _reports_back(doc[c], doc[2], lexicon.default())


SOURCE_SAID = [("a", 1, "det", "DET"), ("source", 2, "nsubj", "NOUN"), ("said/say", None, "ccomp", "VERB")]


def test_an_inverted_report_after_the_object_reports_back():
    # after a comma (_reports_back 26 read the token before it, "concern")
    assert _back(SOURCE_SAID)


def test_an_inverted_report_behind_a_closing_quote_hung_on_it_reports_back():
    # the mark is skipped, the word before the clause's first word is the closing quote (13-15 moved off it)
    assert _back(SOURCE_SAID, open_quote=True)


def test_a_clause_with_a_mark_does_not_report_back():
    # "…, as a source said": a clause of its own (29, 30 renamed "mark")
    rows = [("as", 3, "mark", "SCONJ"), ("a", 2, "det", "DET"), ("source", 3, "nsubj", "NOUN"),
            ("said/say", None, "ccomp", "VERB")]
    assert not _back(rows)


def test_a_clause_whose_verb_is_no_cue_does_not_report_back():
    # "…, a source smiled": not a report (32, 33 let inverted_content alone decide)
    assert not _back([("a", 1, "det", "DET"), ("source", 2, "nsubj", "NOUN"), ("smiled/smile", None, "ccomp", "VERB")])


@pytest.mark.parametrize("dep", ["ccomp", "xcomp"])
def test_a_cue_with_a_complement_of_its_own_does_not_report_back(dep):
    # "…, a source said it failed" / "…, a source wanted to go": the clause reports something of its own
    # (38-41 renamed "ccomp", "xcomp")
    rows = SOURCE_SAID + [("failed/fail", 2, dep, "VERB")]
    assert not _back(rows)


# --- clause_heads: the vectorised look-up ---------------------------------------------------

def test_without_objects_only_clausal_complements_count():
    # "The mayor ate apples.": a dobj, no ccomp (clause_heads 10 counted all labels, 11 the dobj too)
    doc = _doc([("The", 1, "det", "DET"), ("mayor", 2, "nsubj", "NOUN"), ("ate/eat", 2, "ROOT", "VERB"),
                ("apples/apple", 2, "dobj", "NOUN")])
    assert clause_heads(doc, objects=False) == []
    assert clause_heads(doc) == [2]


def test_a_clause_after_a_non_object_child_does_not_report_back():
    # "The firm worked hard, a source said." with "worked" a generic candidate (no lexicon verb): only an object
    # between the cue and the clause makes the clause a trailing report (_reports_back 3 took any child there)
    rows = [("The", 1, "det", "DET"), ("firm", 2, "nsubj", "NOUN"), ("worked/work", 2, "ROOT", "VERB"),
            ("hard", 2, "advmod", "ADV"), (",", 2, "punct", "PUNCT"), ("a", 6, "det", "DET"),
            ("source", 7, "nsubj", "NOUN"), ("said/say", 2, "ccomp", "VERB"), (".", 2, "punct", "PUNCT")]
    doc = _doc(rows)
    assert not _reports_back(doc[7], doc[2], lexicon.default())


# --- pro_clause: "so that …", "so as …" (tagged ADP) are no pro-clause -------------------------------------

@pytest.mark.parametrize("word", ["that", "as"])
def test_so_before_that_or_as_is_no_pro_clause(word):
    # "She said so that / so as …" with the next word tagged ADP (the tag a subordinator may get): no content
    # (pro_clause 41-44 renamed "that", "as"); "She said so." is one
    doc = _doc([("She", 1, "nsubj", "PRON"), ("said/say", 1, "ROOT", "VERB"), ("so", 1, "advmod", "ADV"),
                (word, 1, "mark", "ADP"), ("voters/voter", 1, "dep", "NOUN")])
    assert pro_clause(doc[1]) is None
    doc = _doc([("She", 1, "nsubj", "PRON"), ("said/say", 1, "ROOT", "VERB"), ("so", 1, "advmod", "ADV"),
                (".", 1, "punct", "PUNCT")])
    assert pro_clause(doc[1]) == (2, 2, "clause")


# --- as_content: "As Clyburn noted, voters will stay." --------------------------------------------------

def _as(dep="advcl", obj_dep=None, after=False):
    if after:  # "Voters will stay, as Clyburn noted."
        rows = [("Voters/voter", 2, "nsubj", "NOUN"), ("will", 2, "aux", "AUX"), ("stay", 2, "ROOT", "VERB"),
                (",", 2, "punct", "PUNCT"), ("as", 6, "mark", "SCONJ"), ("Clyburn", 6, "nsubj", "PROPN"),
                ("noted/note", 2, dep, "VERB"), (".", 2, "punct", "PUNCT")]
        return as_content(_doc(rows)[6])
    rows = [("As", 2, "mark", "SCONJ"), ("Clyburn", 2, "nsubj", "PROPN"), ("noted/note", 7, dep, "VERB")]
    rows += [("the", 4, "det", "DET"), ("shift", 2, obj_dep, "NOUN")] if obj_dep else [("early", 2, "advmod", "ADV"), ("on", 3, "advmod", "ADV")]
    rows += [(",", 7, "punct", "PUNCT"), ("voters/voter", 7, "nsubj", "NOUN"), ("stay", 7, "ROOT", "VERB"),
             (".", 7, "punct", "PUNCT")]
    return as_content(_doc(rows)[2])


def test_an_as_clause_before_its_clause_frames_it():
    assert _as() == [(6, 7)]


def test_an_as_clause_after_its_clause_frames_nothing():
    assert _as(after=True) == []  # as_content 6 read the order only for a non-verb head


def test_an_as_clause_that_is_no_adverbial_clause_frames_nothing():
    assert _as(dep="ccomp") == []  # as_content 7 read the label only for a head before it


@pytest.mark.parametrize("obj_dep", ["dobj", "ccomp", "xcomp"])
def test_an_as_clause_with_a_complement_of_its_own_frames_nothing(obj_dep):
    # "As Clyburn noted the shift, …": the verb says what it says itself (31-36 renamed labels; 37 "and _idiom_it")
    assert _as(obj_dep=obj_dep) == []


# --- raising_content / passive_subject / passive_content ------------------------------------------------

def test_a_raising_verb_without_a_subject_has_no_content():
    doc = _doc([("Seems/seem", 0, "ROOT", "VERB"), ("fine", 0, "acomp", "ADJ"), (".", 0, "punct", "PUNCT")])
    assert raising_content(doc[0]) is None  # raising_content 4: next() without a default raised


def test_an_adjective_complement_is_the_raising_predicate():
    # "Trump seemed rattled." (18, 19 renamed "acomp")
    doc = _doc([("Trump", 1, "nsubj", "PROPN"), ("seemed/seem", 1, "ROOT", "VERB"), ("rattled", 1, "acomp", "ADJ"),
                (".", 1, "punct", "PUNCT")])
    assert raising_content(doc[1]) == (0, 2)


def test_a_relative_that_is_no_passive_subject():
    # "the plan that was criticized by voters": "that" is the relative pronoun (passive_subject 17, 18)
    doc = _doc([("the", 1, "det", "DET"), ("plan", 1, "ROOT", "NOUN"), ("that", 4, "nsubjpass", "PRON", "WDT"),
                ("was/be", 4, "auxpass", "AUX"), ("criticized/criticize", 1, "relcl", "VERB"),
                ("by", 4, "agent", "ADP"), ("voters/voter", 5, "pobj", "NOUN")])
    assert passive_subject(doc[4]) is None


def _expected(rows, v):
    return passive_content(_doc(rows)[v])


def test_a_passive_without_a_subject_or_a_complement_has_no_content():
    # "Expected to win." / "Trump is expected." (passive_content 4, 11: next() without a default; 19 "and")
    assert _expected([("Expected/expect", 0, "ROOT", "VERB"), ("to", 2, "aux", "PART"), ("win", 0, "xcomp", "VERB")], 0) is None
    assert _expected([("Trump", 2, "nsubjpass", "PROPN"), ("is/be", 2, "auxpass", "AUX"),
                      ("expected/expect", 2, "ROOT", "VERB")], 2) is None


def test_a_passive_s_content_is_its_infinitive_not_an_earlier_phrase():
    # "Trump is expected by many to win": the agent after the verb is no part of it (12, 13)
    rows = [("Trump", 2, "nsubjpass", "PROPN"), ("is/be", 2, "auxpass", "AUX"), ("expected/expect", 2, "ROOT", "VERB"),
            ("by", 2, "agent", "ADP"), ("many", 3, "pobj", "NOUN"), ("to", 6, "aux", "PART"), ("win", 2, "xcomp", "VERB")]
    assert _expected(rows, 2) == (0, 6)


def test_a_passive_s_content_may_be_a_clause():
    # "It was reported that the plan failed." (16, 17 renamed "ccomp")
    rows = [("It", 2, "nsubjpass", "PRON"), ("was/be", 2, "auxpass", "AUX"), ("reported/report", 2, "ROOT", "VERB"),
            ("that", 6, "mark", "SCONJ"), ("the", 5, "det", "DET"), ("plan", 6, "nsubj", "NOUN"),
            ("failed/fail", 2, "ccomp", "VERB")]
    assert _expected(rows, 2) == (0, 6)


# --- verb_content on hand-built parses: "She <verb> …" ---------------------------------------------------

def _vc(rows, frames=(), ents=None):
    """verb_content of token 1 ("She" is token 0) under a cue with these frames."""
    from newsgraph.attribution.indirect import verb_content
    from newsgraph.attribution.lexicon import Cue

    doc = _doc([("She", 1, "nsubj", "PRON")] + rows)
    if ents:
        doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label=lab) for i, lab in ents]
    got = verb_content(doc[1], Cue(doc[1].lemma_, "speech", frozenset(frames), "verb"), lexicon.default())
    return None if got is None else (doc[got[0]:got[1] + 1].text, got[2])


def test_an_object_labelled_obj_is_the_object():
    # the UD label "obj" counts as "dobj" (verb_content 10, 11 renamed it)
    rows = [("denied/deny", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"), ("claim", 1, "obj", "NOUN")]
    assert _vc(rows, {"obj"}) == ("the claim", "obj")


@pytest.mark.parametrize("obj_dep", ["dobj", "dative"])
@pytest.mark.parametrize("clause_dep", ["relcl", "advcl"])
def test_a_that_clause_hung_inside_the_object_is_the_content(obj_dep, clause_dep):
    # "She told reporters that the plan failed." with "failed" hung on "reporters" (145-148, 156-159 renamed
    # labels; 171, 172 the "clause" label)
    rows = [("told/tell", 1, "ROOT", "VERB"), ("reporters/reporter", 1, obj_dep, "NOUN"), ("that", 6, "mark", "SCONJ"),
            ("the", 5, "det", "DET"), ("plan", 6, "nsubj", "NOUN"), ("failed/fail", 2, clause_dep, "VERB")]
    assert _vc(rows) == ("the plan failed", "clause")


def test_a_that_clause_inside_a_word_that_is_no_object_is_not_the_content():
    # "She spoke Monday, the day that the plan failed" (hand-built: "failed" hung on "day" with a "that" mark):
    # a time phrase after the verb, no object (verb_content 142 searched any child after the verb)
    rows = [("spoke/speak", 1, "ROOT", "VERB"), ("Monday", 1, "npadvmod", "PROPN"), (",", 2, "punct", "PUNCT"),
            ("the", 5, "det", "DET"), ("day", 2, "appos", "NOUN"), ("that", 9, "mark", "SCONJ"), ("the", 8, "det", "DET"),
            ("plan", 9, "nsubj", "NOUN"), ("failed/fail", 5, "relcl", "VERB")]
    assert _vc(rows) is None


def test_a_gerund_after_an_object_is_part_of_the_object_content():
    # "She reported the firm spending money": with an object, the gerund is not the content alone (173)
    rows = [("reported/report", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"), ("firm", 1, "dobj", "NOUN"),
            ("spending/spend", 1, "xcomp", "VERB", "VBG"), ("money", 4, "dobj", "NOUN")]
    assert _vc(rows, {"obj"}) == ("the firm spending money", "obj")


@pytest.mark.parametrize("pos", ["VERB", "AUX"])
def test_a_verb_conjoined_after_the_object_is_no_second_object(pos):
    # "She denied the claim and left." (302-305 renamed "VERB", "AUX")
    rows = [("denied/deny", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"), ("claim", 1, "dobj", "NOUN"),
            ("and", 1, "cc", "CCONJ"), ("left/leave", 1, "conj", pos)]
    assert _vc(rows, {"obj"}) == ("the claim", "obj")


def test_a_preposition_of_the_frame_without_an_object_gives_nothing():
    # "She argued for ." (hand-built, no pobj): 329 (next() without a default) raised
    assert _vc([("argued/argue", 1, "ROOT", "VERB"), ("for", 1, "prep", "ADP")], {"for"}) is None
    # and "She spoke of ." under an "about" frame (366)
    assert _vc([("spoke/speak", 1, "ROOT", "VERB"), ("of", 1, "prep", "ADP")], {"about"}) is None


def test_a_gerund_after_the_frame_s_preposition_is_the_content():
    # "She argued for raising taxes": a pcomp (333, 334 renamed)
    rows = [("argued/argue", 1, "ROOT", "VERB"), ("for", 1, "prep", "ADP"), ("raising/raise", 2, "pcomp", "VERB"),
            ("taxes/tax", 3, "dobj", "NOUN")]
    assert _vc(rows, {"for"}) == ("raising taxes", "prep")


def test_only_about_on_of_give_a_topic_and_only_under_the_about_frame():
    with_ = [("spoke/speak", 1, "ROOT", "VERB"), ("with", 1, "prep", "ADP"), ("voters/voter", 2, "pobj", "NOUN")]
    assert _vc(with_, {"about"}) is None  # 346 let the frame alone decide
    of = [("spoke/speak", 1, "ROOT", "VERB"), ("of", 1, "prep", "ADP"), ("the", 4, "det", "DET"), ("plan", 2, "pobj", "NOUN")]
    assert _vc(of, {"about"}) == ("the plan", "prep")  # 357, 358 renamed "of"
    assert _vc(of, set()) is None  # 347 let the preposition alone decide


def test_a_date_after_on_is_when_not_what():
    rows = [("spoke/speak", 1, "ROOT", "VERB"), ("on", 1, "prep", "ADP"), ("Monday", 2, "pobj", "PROPN")]
    assert _vc(rows, {"about"}, ents=[(3, "DATE")]) is None  # 376, 377 renamed "DATE"


def test_a_tail_preposition_extends_the_object_only_right_after_it():
    # "She questioned the plan, in the hearing": after a comma the phrase says where (261)
    rows = [("questioned/question", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"), ("plan", 1, "dobj", "NOUN"),
            (",", 1, "punct", "PUNCT"), ("in", 1, "prep", "ADP"), ("the", 7, "det", "DET"), ("hearing", 5, "pobj", "NOUN")]
    assert _vc(rows, {"obj"}) == ("the plan", "obj")
    # "She questioned in public the plan": a phrase before the object does not end it (262)
    rows = [("questioned/question", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"), ("public", 2, "pobj", "ADJ"),
            ("the", 5, "det", "DET"), ("plan", 1, "dobj", "NOUN")]
    assert _vc(rows, {"obj"}) == ("the plan", "obj")


def test_a_gerund_after_a_tail_preposition_keeps_its_whole_phrase():
    # "She questioned the plan in raising taxes, which voters hate": a pcomp ends at the phrase's edge, the
    # aside on a noun inside included (288, 290 cut it as for a pobj)
    rows = [("questioned/question", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"), ("plan", 1, "dobj", "NOUN"),
            ("in", 1, "prep", "ADP"), ("raising/raise", 4, "pcomp", "VERB"), ("taxes/tax", 5, "dobj", "NOUN"),
            (",", 6, "punct", "PUNCT"), ("which", 10, "dobj", "PRON", "WDT"), ("voters/voter", 10, "nsubj", "NOUN"),
            ("hate", 6, "relcl", "VERB")]
    assert _vc(rows, {"obj"}) == ("the plan in raising taxes , which voters hate", "obj")


# --- document_frame: a poll phrase on a noun climbs to the nearest verb, not to the root ---------------------

@pytest.mark.parametrize("aux", [False, True])
def test_a_poll_phrase_frames_the_reported_clause_not_the_report(aux):
    # "She said Trump has a lead in the latest poll." / "She said Trump is ahead in the latest poll.": the climb
    # from "lead"/"ahead" stops at the clause's own verb (document_frame 24 climbed on to the root "said";
    # 26, 27 renamed "VERB"; 28, 29 "AUX")
    rows = [("She", 1, "nsubj", "PRON"), ("said/say", 1, "ROOT", "VERB"), ("Trump", 3, "nsubj", "PROPN")]
    if aux:
        rows += [("is/be", 1, "ccomp", "AUX"), ("ahead", 3, "advmod", "ADV")]
    else:
        rows += [("has/have", 1, "ccomp", "VERB"), ("a", 5, "det", "DET"), ("lead", 3, "dobj", "NOUN")]
    t = len(rows)
    rows += [("in", t - 1, "prep", "ADP"), ("the", t + 3, "det", "DET"), ("latest", t + 3, "amod", "ADJ"),
             ("poll", t, "pobj", "NOUN"), (".", 1, "punct", "PUNCT")]
    doc = _doc(rows)
    span, obj, h = document_frame(doc[t])
    assert (doc[span[0]:span[1] + 1].text, obj.text, h.i) == (doc[2:t].text, "poll", 3)


# --- _then_infinitive: the infinitive must start right after the object ---------------------------------

def test_an_infinitive_after_a_time_word_does_not_extend_the_object():
    # "She called on Obama yesterday to act": the infinitive does not start right after "Obama" (_then_infinitive
    # 13 took any xcomp); "She called on Obama to act" keeps it
    from newsgraph.attribution.indirect import _then_infinitive

    rows = [("She", 1, "nsubj", "PRON"), ("called/call", 1, "ROOT", "VERB"), ("on", 1, "prep", "ADP"),
            ("Obama", 2, "pobj", "PROPN"), ("yesterday", 1, "npadvmod", "NOUN"), ("to", 6, "aux", "PART"),
            ("act", 1, "xcomp", "VERB")]
    assert _then_infinitive(_doc(rows)[1], 3) == 3
    rows = rows[:4] + [("to", 5, "aux", "PART"), ("act", 1, "xcomp", "VERB")]
    assert _then_infinitive(_doc(rows)[1], 3) == 5


# --- noun_content: only an infinitive's "to" makes a following verb the noun's content --------------------

def test_a_verb_with_another_auxiliary_after_a_noun_is_not_its_content():
    # "a pledge voters will back" parsed with "back" an acl of "pledge" carrying "will": no infinitive, so no
    # content (noun_content 49 took any aux); with "to" ("a pledge to back taxes") it is
    from newsgraph.attribution.indirect import noun_content

    rows = [("a", 1, "det", "DET"), ("pledge", 1, "ROOT", "NOUN"), ("voters/voter", 4, "nsubj", "NOUN"),
            ("will", 4, "aux", "AUX"), ("back", 1, "acl", "VERB")]
    assert noun_content(_doc(rows)[1]) == (None, None)
    rows = [("a", 1, "det", "DET"), ("pledge", 1, "ROOT", "NOUN"), ("to", 3, "aux", "PART"), ("back", 1, "acl", "VERB"),
            ("taxes/tax", 3, "dobj", "NOUN")]
    assert noun_content(_doc(rows)[1]) == ((2, 4), None)
