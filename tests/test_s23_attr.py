"""Session 23 (s23-attr): PolNeAR speakers, with sentences of our own.

Parser readings that a sentence may or may not get from the model are pinned on hand-built parses (a spaCy
`Doc` with its heads and labels, our own words), as in tests/test_s22_speaker.py."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _head_past_quote, _subject, subject_outside

VOCAB = English().vocab


LEMMAS = {"left": "leave", "drove": "drive", "said": "say", "spoke": "speak", "won": "win"}


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
    assert _subject(doc[9]).text == "plan"  # the parse alone: the quoted clause's subject
    assert _head_past_quote(doc[9], quoted).text == "said"
    assert subject_outside(doc[9], quoted).text == "Hale"


def test_participle_inside_the_quote_keeps_the_parse():
    doc = _adding_after_quote()
    quoted = [(doc[4].idx + 1, doc[12].idx)]  # the marks run on over "adding": it is quoted too
    assert _head_past_quote(doc[9], quoted) is None


def test_participle_on_a_verb_outside_quotes_is_left_alone():
    doc = _adding_after_quote()
    assert _head_past_quote(doc[9], []) is None
    assert subject_outside(doc[9], []).text == "plan"


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
