"""Session 23 (s23-attr): PolNeAR speakers, with sentences of our own.

Parser readings that a sentence may or may not get from the model are pinned on hand-built parses (a spaCy
`Doc` with its heads and labels, our own words), as in tests/test_s22_speaker.py."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _head_past_quote, _subject, subject_outside

VOCAB = English().vocab


LEMMAS = {"left": "leave", "drove": "drive", "said": "say", "spoke": "speak", "won": "win", "memos": "memo", "got": "get",
          "asked": "ask", "was": "be", "is": "be"}


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags), lemmas=lemmas)


def _quoted(doc, open_i: int, close_i: int) -> list[tuple[int, int]]:
    """The span between two mark tokens, as the stage's masks give it."""
    return [(doc[open_i].idx + 1, doc[close_i].idx)]


# --- a participle after a quotation, hung on the quotation's verb ------------------------------------------

def _adding_after_quote():
    # 'Hale said the plan “will fail ,” adding costs rise .': the parser hung "adding" on the quoted "fail"
    return _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
                ("the", 3, "det", "DET", "DT"), ("plan", 6, "nsubj", "NOUN", "NN"),
                ("“", 6, "punct", "PUNCT", "``"), ("will", 6, "aux", "AUX", "MD"),
                ("fail", 1, "ccomp", "VERB", "VB"), (",", 6, "punct", "PUNCT", ","),
                ("”", 6, "punct", "PUNCT", "''"), ("adding", 6, "advcl", "VERB", "VBG"),
                ("costs", 11, "nsubj", "NOUN", "NNS"), ("rise", 9, "ccomp", "VERB", "VBP"), (".", 1, "punct", "PUNCT", "."))


def test_participle_after_a_quote_is_the_framing_clause_speakers():
    doc = _adding_after_quote()
    quoted = _quoted(doc, 4, 8)
    # (session 36, s36-polspk: a participle after a comma inside the closing mark is the reporter's next act, so
    # the subject rule alone already reaches the framing clause's speaker; before, it gave the quoted "plan")
    assert _subject(doc[9]).text == "Hale"
    assert _head_past_quote(doc[9], quoted).text == "said"
    assert subject_outside(doc[9], quoted).text == "Hale"


def test_participle_inside_the_quote_keeps_the_parse():
    doc = _adding_after_quote()
    quoted = [(doc[4].idx + 1, doc[12].idx)]  # the marks run on over "adding": it is quoted too
    assert _head_past_quote(doc[9], quoted) is None


def test_participle_on_a_verb_outside_quotes_is_left_alone():
    doc = _adding_after_quote()
    assert _head_past_quote(doc[9], []) is None
    # (session 36: the comma inside the closing mark sets "adding" off even with no quotation known: _set_off)
    assert subject_outside(doc[9], []).text == "Hale"


def test_only_a_free_participle_is_lifted():
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
               ("“", 4, "punct", "PUNCT", "``"), ("we", 4, "nsubj", "PRON", "PRP"),
               ("won", 1, "ccomp", "VERB", "VBD"), ("”", 4, "punct", "PUNCT", "''"),
               ("and", 4, "cc", "CCONJ", "CC"), ("left", 4, "conj", "VERB", "VBD"), (".", 1, "punct", "PUNCT", "."))
    quoted = _quoted(doc, 2, 5)
    assert _head_past_quote(doc[7], quoted) is None  # a tensed conjunct, not a participle


def test_participle_before_the_quote_it_introduces():
    # 'Hale spoke , telling them , “ we won ”': the parser hung "telling" on the quoted "won"
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD"),
               (",", 1, "punct", "PUNCT", ","), ("telling", 8, "advcl", "VERB", "VBG"),
               ("them", 3, "dobj", "PRON", "PRP"), (",", 8, "punct", "PUNCT", ","),
               ("“", 8, "punct", "PUNCT", "``"), ("we", 8, "nsubj", "PRON", "PRP"),
               ("won", 1, "ccomp", "VERB", "VBD"), ("”", 8, "punct", "PUNCT", "''"), (".", 1, "punct", "PUNCT", "."))
    quoted = _quoted(doc, 6, 9)
    assert subject_outside(doc[3], quoted).text == "Hale"


# --- the object of a causative does what its complement says ------------------------------------------------

def test_quantifier_object_of_a_causative_is_who_wonders():
    # "The delay left many to wonder why .": "many" (an adjective standing alone) is the object
    doc = _doc(("The", 1, "det", "DET", "DT"), ("delay", 2, "nsubj", "NOUN", "NN"), ("left", 2, "ROOT", "VERB", "VBD"),
               ("many", 2, "dobj", "ADJ", "JJ"), ("to", 5, "aux", "PART", "TO"), ("wonder", 2, "xcomp", "VERB", "VB"),
               ("why", 5, "advmod", "SCONJ", "WRB"), (".", 2, "punct", "PUNCT", "."))
    assert _subject(doc[5]).text == "many"


def test_causative_with_an_adverbial_infinitive_gives_its_object():
    # "The ruling drove thousands of farmers to demand a vote .": the infinitive labelled advcl
    doc = _doc(("The", 1, "det", "DET", "DT"), ("ruling", 2, "nsubj", "NOUN", "NN"), ("drove", 2, "ROOT", "VERB", "VBD"),
               ("thousands", 2, "dobj", "NOUN", "NNS"), ("of", 3, "prep", "ADP", "IN"), ("farmers", 4, "pobj", "NOUN", "NNS"),
               ("to", 7, "aux", "PART", "TO"), ("demand", 2, "advcl", "VERB", "VB"), ("a", 9, "det", "DET", "DT"),
               ("vote", 7, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", "."))
    assert _subject(doc[7]).text == "thousands"


def test_adverbial_participle_of_a_causative_keeps_the_subject():
    # "The mayor left aides , saying nothing .": a participle, not an infinitive: the subject's act
    doc = _doc(("The", 1, "det", "DET", "DT"), ("mayor", 2, "nsubj", "NOUN", "NN"), ("left", 2, "ROOT", "VERB", "VBD"),
               ("aides", 2, "dobj", "NOUN", "NNS"), (",", 2, "punct", "PUNCT", ","), ("saying", 2, "advcl", "VERB", "VBG"),
               ("nothing", 5, "dobj", "PRON", "NN"), (".", 2, "punct", "PUNCT", "."))
    assert _subject(doc[5]).text == "mayor"


# --- a statement that says: who issued it ------------------------------------------------------------------

def test_relative_clause_on_a_released_statement_is_the_issuers(pipeline):
    doc = pipeline.extract('In June, Tom Hale released a video that said, "We are going to rebuild every bridge in this county."')
    assert [(a.cue.text, a.source.text) for a in doc.attributions] == [("said", "Tom Hale")]


def test_statement_issuer_on_hand_built_parses():
    from newsgraph.attribution.speakers import _statement_issuer

    # "Hale released a memo that said no ." / "Hale 's memo , which said no": the issuer, the owner
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("released", 1, "ROOT", "VERB", "VBD"), ("a", 3, "det", "DET", "DT"),
               ("memo", 1, "dobj", "NOUN", "NN"), ("that", 5, "nsubj", "PRON", "WDT"), ("said", 3, "relcl", "VERB", "VBD"),
               ("no", 5, "dobj", "INTJ", "UH"), (".", 1, "punct", "PUNCT", "."))
    assert _statement_issuer(doc[4]).text == "Hale"
    assert _subject(doc[5]).text == "Hale"
    doc = _doc(("Hale", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"), ("memo", 7, "nsubj", "NOUN", "NN"),
               (",", 2, "punct", "PUNCT", ","), ("which", 5, "nsubj", "PRON", "WDT"), ("said", 2, "relcl", "VERB", "VBD"),
               ("no", 5, "dobj", "INTJ", "UH"), ("leaked", 7, "ROOT", "VERB", "VBD"), (".", 7, "punct", "PUNCT", "."))
    assert _statement_issuer(doc[4]).text == "Hale"
    # a relative on a person or on a statement no one issued or owns: not lifted
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"), ("a", 3, "det", "DET", "DT"),
               ("man", 1, "dobj", "NOUN", "NN"), ("that", 5, "nsubj", "PRON", "WDT"), ("said", 3, "relcl", "VERB", "VBD"),
               ("no", 5, "dobj", "INTJ", "UH"), (".", 1, "punct", "PUNCT", "."))
    assert _statement_issuer(doc[4]) is None
    doc = _doc(("A", 1, "det", "DET", "DT"), ("memo", 5, "nsubj", "NOUN", "NN"), ("that", 3, "nsubj", "PRON", "WDT"),
               ("said", 1, "relcl", "VERB", "VBD"), ("no", 3, "dobj", "INTJ", "UH"), ("leaked", 5, "ROOT", "VERB", "VBD"),
               (".", 5, "punct", "PUNCT", "."))
    assert _statement_issuer(doc[2]) is None
    assert _statement_issuer(doc[1]) is None  # no relative pronoun


# --- a participle after a report of two clauses ----------------------------------------------------------

def test_participle_after_the_second_clause_of_a_report_is_the_reporters():
    # "Lee said the plan was late and would cost more , saying nothing else .": "saying" hung on "cost"
    doc = _doc(("Lee", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
               ("plan", 4, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD"), ("late", 4, "acomp", "ADJ", "JJ"),
               ("and", 4, "cc", "CCONJ", "CC"), ("would", 8, "aux", "AUX", "MD"), ("cost", 4, "conj", "VERB", "VB"),
               ("more", 8, "dobj", "ADJ", "JJR"), (",", 8, "punct", "PUNCT", ","), ("saying", 8, "advcl", "VERB", "VBG"),
               ("nothing", 11, "dobj", "PRON", "NN"), ("else", 12, "advmod", "ADV", "RB"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[11]).text == "Lee"


def test_participle_after_a_clause_of_its_own_is_left_alone():
    # "Lee won and Hale lost , saying nothing .": no report, the conjunct's own subject
    doc = _doc(("Lee", 1, "nsubj", "PROPN", "NNP"), ("won", 1, "ROOT", "VERB", "VBD"), ("and", 1, "cc", "CCONJ", "CC"),
               ("Hale", 4, "nsubj", "PROPN", "NNP"), ("lost", 1, "conj", "VERB", "VBD"), (",", 4, "punct", "PUNCT", ","),
               ("saying", 4, "advcl", "VERB", "VBG"), ("nothing", 6, "dobj", "PRON", "NN"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[6]).text == "Hale"


# --- mutation: cases that pin each condition of the rules above -------------------------------------------

import pytest  # noqa: E402

from newsgraph.attribution.speakers import _aside_on_report, _statement_issuer, _to_infinitive  # noqa: E402


def test_plural_statement_noun_is_known_by_its_lemma():
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("released", 1, "ROOT", "VERB", "VBD"),
               ("memos", 1, "dobj", "NOUN", "NNS"), ("that", 4, "nsubj", "PRON", "WDT"), ("said", 2, "relcl", "VERB", "VBD"),
               ("no", 4, "dobj", "INTJ", "UH"), (".", 1, "punct", "PUNCT", "."))
    assert _statement_issuer(doc[3]).text == "Hale"


def test_head_past_quote_wants_an_adverbial_participle():
    doc = _adding_after_quote()
    quoted = _quoted(doc, 4, 8)
    doc[9].dep_ = "conj"  # a conjoined participle: not a free adjunct
    assert _head_past_quote(doc[9], quoted) is None
    doc = _adding_after_quote()
    doc[9].tag_ = "VBD"  # a tensed clause
    assert _head_past_quote(doc[9], quoted) is None


def test_head_past_quote_stops_at_the_first_verb_outside():
    # 'Lee said Hale spoke in Ohio , telling them , “ we won ”': "spoke" frames the quote, not "said"
    doc = _doc(("Lee", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
               ("Hale", 3, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ccomp", "VERB", "VBD"),
               ("in", 3, "prep", "ADP", "IN"), ("Ohio", 4, "pobj", "PROPN", "NNP"),
               (",", 3, "punct", "PUNCT", ","), ("telling", 12, "advcl", "VERB", "VBG"),
               ("them", 7, "dobj", "PRON", "PRP"), (",", 12, "punct", "PUNCT", ","),
               ("“", 12, "punct", "PUNCT", "``"), ("we", 12, "nsubj", "PRON", "PRP"),
               ("won", 3, "ccomp", "VERB", "VBD"), ("”", 12, "punct", "PUNCT", "''"), (".", 1, "punct", "PUNCT", "."))
    quoted = _quoted(doc, 10, 13)
    assert _head_past_quote(doc[7], quoted).text == "spoke"
    assert subject_outside(doc[7], quoted).text == "Hale"


def test_head_past_quote_needs_a_verb_outside_the_marks():
    # '“ We won , ” adding nothing': the quote's verb is the root; nothing outside frames it
    doc = _doc(("“", 2, "punct", "PUNCT", "``"), ("We", 2, "nsubj", "PRON", "PRP"), ("won", 2, "ROOT", "VERB", "VBD"),
               (",", 2, "punct", "PUNCT", ","), ("”", 2, "punct", "PUNCT", "''"), ("adding", 2, "advcl", "VERB", "VBG"),
               ("nothing", 5, "dobj", "PRON", "NN"), (".", 2, "punct", "PUNCT", "."))
    assert _head_past_quote(doc[5], _quoted(doc, 0, 4)) is None


def test_head_past_quote_may_reach_an_auxiliary_root():
    # 'Hale was clear it “ would fail , ” adding nothing': "was" (AUX) frames the quote
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("was", 1, "ROOT", "AUX", "VBD"), ("clear", 1, "acomp", "ADJ", "JJ"),
               ("it", 6, "nsubj", "PRON", "PRP"), ("“", 6, "punct", "PUNCT", "``"), ("would", 6, "aux", "AUX", "MD"),
               ("fail", 1, "ccomp", "VERB", "VB"), (",", 6, "punct", "PUNCT", ","), ("”", 6, "punct", "PUNCT", "''"),
               ("adding", 6, "advcl", "VERB", "VBG"), ("nothing", 9, "dobj", "PRON", "NN"), (".", 1, "punct", "PUNCT", "."))
    quoted = _quoted(doc, 4, 8)
    assert _head_past_quote(doc[9], quoted).text == "was"
    assert subject_outside(doc[9], quoted).text == "Hale"


def test_a_verb_of_asking_is_no_causative():
    # "Hale asked aides to leave .": the one asking keeps the infinitive (annotators give it to the asker)
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("asked", 1, "ROOT", "VERB", "VBD"), ("aides", 1, "dobj", "NOUN", "NNS"),
               ("to", 4, "aux", "PART", "TO"), ("leave", 1, "xcomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[4]).text == "Hale"


def test_a_causative_without_an_object_keeps_the_subject():
    # "Hale got to speak ."
    doc = _doc(("Hale", 1, "nsubj", "PROPN", "NNP"), ("got", 1, "ROOT", "VERB", "VBD"), ("to", 3, "aux", "PART", "TO"),
               ("speak", 1, "xcomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", "."))
    assert _subject(doc[3]).text == "Hale"


@pytest.mark.parametrize("word,pos,tag", [("Hale", "PROPN", "NNP"), ("them", "PRON", "PRP"), ("two", "NUM", "CD"),
                                          ("both", "DET", "DT"), ("aides", "NOUN", "NNS")])
def test_objects_of_a_causative_by_part_of_speech(word, pos, tag):
    # "The delay left <object> to wonder ."
    doc = _doc(("The", 1, "det", "DET", "DT"), ("delay", 2, "nsubj", "NOUN", "NN"), ("left", 2, "ROOT", "VERB", "VBD"),
               (word, 2, "dobj", pos, tag), ("to", 5, "aux", "PART", "TO"), ("wonder", 2, "xcomp", "VERB", "VB"),
               (".", 2, "punct", "PUNCT", "."))
    assert _subject(doc[5]).text == word


def test_an_object_of_another_kind_is_no_controller():
    doc = _doc(("The", 1, "det", "DET", "DT"), ("delay", 2, "nsubj", "NOUN", "NN"), ("left", 2, "ROOT", "VERB", "VBD"),
               ("x", 2, "dobj", "X", "FW"), ("to", 5, "aux", "PART", "TO"), ("wonder", 2, "xcomp", "VERB", "VB"),
               (".", 2, "punct", "PUNCT", "."))
    assert _subject(doc[5]).text == "delay"


def test_to_infinitive_needs_the_bare_verb_and_its_to():
    # "demand to the council" (a preposition "to") / "demanding" with "to" / "to demand"
    doc = _doc(("to", 1, "aux", "PART", "TO"), ("demand", 1, "ROOT", "VERB", "VB"), ("to", 1, "prep", "ADP", "IN"),
               ("it", 2, "pobj", "PRON", "PRP"))
    assert _to_infinitive(doc[1])
    doc = _doc(("demand", 0, "ROOT", "VERB", "VB"), ("to", 0, "prep", "ADP", "IN"), ("it", 1, "pobj", "PRON", "PRP"))
    assert not _to_infinitive(doc[0])
    doc = _doc(("to", 1, "aux", "PART", "TO"), ("demanding", 1, "ROOT", "VERB", "VBG"))
    assert not _to_infinitive(doc[1])


def test_aside_after_an_auxiliary_second_clause():
    # "Lee said the plan was late and is costly , saying nothing .": the second clause is the auxiliary "is"
    doc = _doc(("Lee", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
               ("plan", 4, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD"), ("late", 4, "acomp", "ADJ", "JJ"),
               ("and", 4, "cc", "CCONJ", "CC"), ("is", 4, "conj", "AUX", "VBZ"), ("costly", 7, "acomp", "ADJ", "JJ"),
               (",", 7, "punct", "PUNCT", ","), ("saying", 7, "advcl", "VERB", "VBG"), ("nothing", 10, "dobj", "PRON", "NN"),
               (".", 1, "punct", "PUNCT", "."))
    assert _aside_on_report(doc[10]).text == "said"
