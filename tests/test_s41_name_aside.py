"""Session 41 (s41-polspk): NAME, ASIDE, VERB. A name set off from a tensed verb by an aside (an apposition, a
relative clause, a participle phrase, an age) is the verb's subject when the verb has none of its own, wherever
the parser hung the name ("Friday, Texas, leading …, asked": on the date; "In a memo to Clinton, Tanden, head of
…, recounted": on the fronted phrase's noun). Sentences of our own through the pipeline, and hand-built parses
for each condition of `speakers._name_before_aside` (scripts/attr_probes/probes_s41polspk*.txt hold the probes)."""

import pytest
from spacy.tokens import Doc, Span

from newsgraph.attribution import speakers
from newsgraph.attribution.speakers import _name_before_aside


def _sources(doc, cue):
    return [a.source.text if a.source else None for a in doc.attributions if a.cue and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, want", [
    ("In a 2015 letter to Okafor, Brandt, chair of the Lakeside Water Board, described a plan to raise rates.",
     "described", "Brandt"),
    ("On June 9, 2017, Ferreira, who had sat out the first round, announced that he would endorse the mayor.",
     "announced", "Ferreira"),
])
def test_a_name_before_an_aside_speaks_for_a_verb_with_no_subject(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


@pytest.mark.parametrize("text, cue, want", [
    ("On Monday, the board, citing a 2010 audit, said the fund was short.", "said", "the board"),
])
def test_a_verb_with_its_own_subject_keeps_it(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


# --- the rule on hand-built parses ------------------------------------------------------------------------------

def _doc(pipeline, rows, ents=()):
    """rows: (word, tag, pos, dep, head index); ents: (start, end, label)."""
    words = [r[0] for r in rows]
    doc = Doc(pipeline.nlp.vocab, words=words, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _texas(pipeline, verb_tag="VBD", name_pos="PROPN", name_dep="appos", comma=",", subj=False,
           ents=()):
    """ "Friday , Texas , leading a coalition , asked a judge ." with the name hung on the date."""
    rows = [("Friday", "NNP", "PROPN", "npadvmod", 8), (",", ",", "PUNCT", "punct", 0),
            ("Texas", "NNP", name_pos, name_dep, 0), (comma, ",", "PUNCT", "punct", 0),
            ("leading", "VBG", "VERB", "advcl", 8), ("a", "DT", "DET", "det", 6),
            ("coalition", "NN", "NOUN", "dobj", 4), (",", ",", "PUNCT", "punct", 8),
            ("asked", verb_tag, "VERB", "ROOT", 8), ("a", "DT", "DET", "det", 10),
            ("judge", "NN", "NOUN", "nsubj" if subj else "dobj", 8), (".", ".", "PUNCT", "punct", 8)]
    return _doc(pipeline, rows, ents)


def _verb(doc):
    return next(t for t in doc if t.dep_ == "ROOT")


def test_hand_built_name_is_found(pipeline):
    doc = _texas(pipeline)
    assert _name_before_aside(_verb(doc)).text == "Texas"


def test_an_auxiliary_makes_a_bare_verb_tensed(pipeline):
    rows = [("Friday", "NNP", "PROPN", "npadvmod", 6), (",", ",", "PUNCT", "punct", 0),
            ("Texas", "NNP", "PROPN", "appos", 0), (",", ",", "PUNCT", "punct", 0),
            ("aside", "NN", "NOUN", "appos", 2), (",", ",", "PUNCT", "punct", 6),
            ("ask", "VB", "VERB", "ROOT", 6), ("it", "PRP", "PRON", "dobj", 6)]
    assert _name_before_aside(_doc(pipeline, rows)[6]) is None  # a bare verb with no auxiliary
    rows.insert(6, ("will", "MD", "AUX", "aux", 7))
    rows = [(w, t, p, d, h + 1 if h >= 6 and k != 6 else h) for k, (w, t, p, d, h) in enumerate(rows)]
    doc = _doc(pipeline, rows)  # "will" is skipped as the verb's own auxiliary
    assert doc[7].text == "ask" and _name_before_aside(doc[7]).text == "Texas"


def test_an_untensed_verb_takes_no_name(pipeline):
    assert _name_before_aside(_verb(_texas(pipeline, verb_tag="VBG"))) is None
    assert _name_before_aside(_verb(_texas(pipeline, verb_tag="VBN"))) is None


def test_a_verb_with_a_subject_takes_no_name(pipeline):
    assert _name_before_aside(_verb(_texas(pipeline, subj=True))) is None


def test_only_a_name_speaks(pipeline):
    assert _name_before_aside(_verb(_texas(pipeline, name_pos="NOUN"))) is None


@pytest.mark.parametrize("dep", ["compound", "poss"])
def test_a_name_inside_a_larger_noun_is_no_speaker(pipeline, dep):
    assert _name_before_aside(_verb(_texas(pipeline, name_dep=dep))) is None


def test_a_date_is_no_speaker(pipeline):
    assert _name_before_aside(_verb(_texas(pipeline, ents=[(2, 3, "DATE")]))) is None
    assert _name_before_aside(_verb(_texas(pipeline, ents=[(2, 3, "TIME")]))) is None
    assert _name_before_aside(_verb(_texas(pipeline, ents=[(2, 3, "GPE")]))).text == "Texas"


def test_the_aside_must_open_after_a_comma(pipeline):
    assert _name_before_aside(_verb(_texas(pipeline, comma=";"))) is None


def _in_phrase(pipeline, head_pos):
    """ "the attack in Reno , Nev. , showed …": the name is the object of a preposition on a noun (or, with
    head_pos VERB, on a verb: "grew as Davis , his aide , attacked")."""
    rows = [("the", "DT", "DET", "det", 1), ("attack", "NN", head_pos, "nsubj" if head_pos != "VERB" else "ROOT", 1 if head_pos == "VERB" else 8),
            ("in", "IN", "ADP", "prep", 1), ("Reno", "NNP", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 3),
            ("Nev.", "NNP", "PROPN", "appos", 3), (",", ",", "PUNCT", "punct", 3),
            ("showed", "VBD", "VERB", "advcl" if head_pos == "VERB" else "ROOT", 1 if head_pos == "VERB" else 7),
            ("it", "PRP", "PRON", "dobj", 7)]
    if head_pos != "VERB":
        rows[1] = ("attack", "NN", head_pos, "npadvmod", 7)
    return _doc(pipeline, rows)


def test_a_name_ending_a_nouns_phrase_is_no_speaker(pipeline):
    doc = _in_phrase(pipeline, "NOUN")
    assert _name_before_aside(doc[7]) is None
    assert _name_before_aside(_in_phrase(pipeline, "PROPN")[7]) is None


def test_a_name_after_a_preposition_on_a_verb_speaks(pipeline):
    doc = _in_phrase(pipeline, "VERB")
    assert _name_before_aside(doc[7]).text == "Reno"


def test_an_adverb_before_the_verb_is_skipped(pipeline):
    # "Jolly , who won , n't see it": the comma is two words before the verb
    rows = [("Jolly", "NNP", "PROPN", "npadvmod", 6), (",", ",", "PUNCT", "punct", 0),
            ("who", "WP", "PRON", "nsubj", 3), ("won", "VBD", "VERB", "relcl", 0), (",", ",", "PUNCT", "punct", 6),
            ("does", "VBZ", "AUX", "aux", 6), ("see", "VB", "VERB", "ROOT", 6), ("it", "PRP", "PRON", "dobj", 6)]
    doc = _doc(pipeline, rows)
    assert _name_before_aside(doc[6]).text == "Jolly"
    rows[5] = ("quickly", "RB", "ADV", "advmod", 6)
    rows.insert(5, ("very", "RB", "ADV", "advmod", 6))
    rows = [(w, t, p, d, h + 1 if h >= 5 and k != 5 else h) for k, (w, t, p, d, h) in enumerate(rows)]
    doc = _doc(pipeline, rows)
    assert _name_before_aside(doc[7]) is None  # three words back is no longer the verb's own adverbs


def test_the_aside_must_end_right_before_the_comma(pipeline):
    # "Friday , Texas , leading a coalition x , asked": the aside's phrase runs past the word before the comma
    rows = [("Friday", "NNP", "PROPN", "npadvmod", 8), (",", ",", "PUNCT", "punct", 0),
            ("Texas", "NNP", "PROPN", "appos", 0), (",", ",", "PUNCT", "punct", 0),
            ("leading", "VBG", "VERB", "advcl", 8), ("a", "DT", "DET", "det", 6),
            ("coalition", "NN", "NOUN", "dobj", 4), ("x", "NN", "NOUN", "dobj", 8),
            (",", ",", "PUNCT", "punct", 8), ("asked", "VBD", "VERB", "ROOT", 9)]
    rows[8] = (",", ",", "PUNCT", "punct", 9)
    rows[4] = ("leading", "VBG", "VERB", "advcl", 9)
    rows[0] = ("Friday", "NNP", "PROPN", "npadvmod", 9)
    rows[7] = ("x", "NN", "NOUN", "dobj", 4)
    doc = _doc(pipeline, rows)
    assert _name_before_aside(doc[9]).text == "Texas"
    rows[7] = ("x", "NN", "NOUN", "dobj", 9)  # "x" hangs on the verb: no aside opens after a comma before it
    assert _name_before_aside(_doc(pipeline, rows)[9]) is None


def test_the_subject_search_asks_it_before_climbing(pipeline):
    doc = _in_phrase(pipeline, "VERB")
    assert speakers._subject(doc[7]).text == "Reno"


# --- each condition on compact hand-built parses ("word|tag|pos|dep|head" per token) -------------------------------

def _spec(pipeline, spec, ents=()):
    rows = [tuple(t.split("|")) for t in spec.split()]
    return _doc(pipeline, [(w, t, p, d, int(h)) for w, t, p, d, h in rows], ents)


# "Oregon , aside , asked it": the least a sentence can hold (the comma is token 3)
MINIMAL = "Oregon|NNP|PROPN|appos|4 ,|,|PUNCT|punct|0 aside|NN|NOUN|appos|0 ,|,|PUNCT|punct|4 asked|{tag}|VERB|ROOT|4 it|PRP|PRON|{obj}|4"


@pytest.mark.parametrize("tag, found", [("VBD", True), ("VBZ", True), ("VBP", True), ("VB", False), ("VBG", False),
                                        ("VBN", False)])
def test_only_a_tensed_verb_takes_the_name(pipeline, tag, found):
    got = _name_before_aside(_spec(pipeline, MINIMAL.format(tag=tag, obj="dobj"))[4])
    assert (got.text if got is not None else None) == ("Oregon" if found else None)


@pytest.mark.parametrize("dep", ["nsubj", "nsubjpass", "csubj", "expl"])
def test_any_subject_of_the_verb_keeps_the_name_out(pipeline, dep):
    assert _name_before_aside(_spec(pipeline, MINIMAL.format(tag="VBD", obj=dep))[4]) is None


@pytest.mark.parametrize("pos", ["ADV", "AUX", "PART"])
def test_one_or_two_of_the_verbs_own_words_before_it_are_skipped(pipeline, pos):
    spec = ("Oregon|NNP|PROPN|appos|6 ,|,|PUNCT|punct|0 aside|NN|NOUN|appos|0 ,|,|PUNCT|punct|6 "
            f"w|RB|{pos}|advmod|6 x|RB|{pos}|advmod|6 asked|VBD|VERB|ROOT|6")
    assert _name_before_aside(_spec(pipeline, spec)[6]).text == "Oregon"
    spec3 = ("Oregon|NNP|PROPN|appos|7 ,|,|PUNCT|punct|0 aside|NN|NOUN|appos|0 ,|,|PUNCT|punct|7 "
             f"w|RB|{pos}|advmod|7 x|RB|{pos}|advmod|7 y|RB|{pos}|advmod|7 asked|VBD|VERB|ROOT|7")
    assert _name_before_aside(_spec(pipeline, spec3)[7]) is None  # three are no longer the verb's own


def test_the_least_sentence_is_read(pipeline):
    assert _name_before_aside(_spec(pipeline, MINIMAL.format(tag="VBD", obj="dobj"))[4]).text == "Oregon"


def test_no_comma_before_the_verb_no_name(pipeline):
    spec = ("Friday|NNP|PROPN|npadvmod|7 ,|,|PUNCT|punct|0 Oregon|NNP|PROPN|appos|0 ,|,|PUNCT|punct|0 "
            "leading|VBG|VERB|advcl|7 a|DT|DET|det|6 coalition|NN|NOUN|dobj|4 asked|VBD|VERB|ROOT|7")
    assert _name_before_aside(_spec(pipeline, spec)[7]) is None


def test_an_aside_running_on_past_the_comma_is_none(pipeline):
    # the phrase that opens after "Oregon ," holds a word after the verb: it is no aside closed by the comma
    spec = ("Friday|NNP|PROPN|npadvmod|7 ,|,|PUNCT|punct|0 Oregon|NNP|PROPN|appos|0 ,|,|PUNCT|punct|0 "
            "leading|VBG|VERB|advcl|7 a|DT|DET|det|5 coalition|NN|NOUN|dobj|4 ,|,|PUNCT|punct|8 "
            "asked|VBD|VERB|ROOT|8 again|RB|ADV|advmod|4")
    doc = _spec(pipeline, spec)
    assert doc[4].right_edge.i == 9 and _name_before_aside(doc[8]) is None


def test_a_climb_that_reaches_the_root_first_finds_no_aside(pipeline):
    # "Oregon said it , asked": "it" opens after no comma and its head is the root, before the comma
    spec = "Oregon|NNP|PROPN|nsubj|1 said|VBD|VERB|ROOT|1 it|PRP|PRON|dobj|1 ,|,|PUNCT|punct|4 asked|VBD|VERB|conj|1"
    assert _name_before_aside(_spec(pipeline, spec)[4]) is None


@pytest.mark.parametrize("label", ["GPE", "LOC", "FAC"])
def test_a_place_after_a_preposition_is_no_speaker(pipeline, label):
    # "retired in Dayton , Ohio , said": the name is where, and its aside the place's state
    spec = ("Dale|NNP|PROPN|npadvmod|7 retired|VBN|VERB|acl|0 in|IN|ADP|prep|1 Dayton|NNP|PROPN|pobj|2 "
            ",|,|PUNCT|punct|3 Ohio|NNP|PROPN|conj|3 ,|,|PUNCT|punct|7 said|VBD|VERB|ROOT|7")
    assert _name_before_aside(_spec(pipeline, spec)[7]).text == "Dayton"  # no place named: the rule reads it
    assert _name_before_aside(_spec(pipeline, spec, ents=[(3, 4, label)])[7]) is None


@pytest.mark.parametrize("label", ["GPE", "LOC", "FAC"])
def test_a_places_state_set_off_by_commas_is_no_aside(pipeline, label):
    spec = ("Dale|NNP|PROPN|nsubj|5 in|IN|ADP|prep|0 Dayton|NNP|PROPN|appos|0 ,|,|PUNCT|punct|2 "
            "Ohio|NNP|PROPN|appos|2 ,|,|PUNCT|punct|6 said|VBD|VERB|ROOT|6")
    spec = spec.replace("said|VBD|VERB|ROOT|6", "said|VBD|VERB|ROOT|6").replace("Dale|NNP|PROPN|nsubj|5", "Dale|NNP|PROPN|npadvmod|6")
    assert _name_before_aside(_spec(pipeline, spec)[6]).text == "Dayton"
    assert _name_before_aside(_spec(pipeline, spec, ents=[(4, 5, label)])[6]) is None
    other = spec.replace("Ohio|NNP|PROPN|appos|2", "Ohio|NNP|PROPN|appos|0")  # the place hangs on another word
    assert _name_before_aside(_spec(pipeline, other, ents=[(4, 5, label)])[6]).text == "Dayton"


def test_the_title_guard_of_session_15(pipeline):
    doc = pipeline.extract("''We were lucky,'' Ms. Pruett, now 77 and living in Macon, Georgia, said on Friday.")
    assert [a.source.text for a in doc.attributions if a.source] == ["Ms. Pruett"]


def test_the_word_before_the_verb_must_be_the_closing_comma(pipeline):
    # "Oregon , a state yesterday asked": the aside "a state" opens after a comma but no comma closes it
    spec = ("Oregon|NNP|PROPN|npadvmod|5 ,|,|PUNCT|punct|0 a|DT|DET|det|3 state|NN|NOUN|appos|0 "
            "yesterday|NN|NOUN|npadvmod|5 asked|VBD|VERB|ROOT|5")
    assert _name_before_aside(_spec(pipeline, spec)[5]) is None
    closed = spec.replace("yesterday|NN|NOUN|npadvmod|5", ",|,|PUNCT|punct|5")
    assert _name_before_aside(_spec(pipeline, closed)[5]).text == "Oregon"
