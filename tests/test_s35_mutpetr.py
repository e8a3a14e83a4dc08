"""Session 35 (s35-mutpetr): tests for the mutants s35-petr's functions left alive (roles._name_of_country,
nominals._shares_subject and _classified_head, coder._undergoer_by, evaluate.petrarch._infinitive; docs/testing.md
"Session 35, s35-mutpetr"). Hand-built parses (word/dep/head/tag[/pos]) give the readings a parser may make, so
that each condition of the function is tested on its own; the country table is a stub that knows only the invented
names."""

from types import SimpleNamespace

from spacy.tokens import Doc

from newsgraph.actors.nominals import _classified_head, _shares_subject
from newsgraph.actors.roles import _name_of_country
from newsgraph.evaluate.petrarch import _infinitive
from newsgraph.events.coder import _undergoer_by
from newsgraph.nlp import load

_POS = {"VB": "VERB", "NN": "NOUN", "CC": "CCONJ", ",": "PUNCT", "IN": "ADP", "DT": "DET", "TO": "PART", ".": "PUNCT",
        "CD": "NUM"}
COUNTRIES = {"Gondor": "GON", "Rohan": "ROH"}


def _doc(spec: str):
    toks = [t.split("/") for t in spec.split()]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks],
               heads=[int(t[2]) for t in toks], tags=[t[3] for t in toks], lemmas=[t[0].lower() for t in toks],
               pos=[t[4] if len(t) > 4 else "PROPN" if t[3] == "NNP" else _POS.get(t[3][:2], "X") for t in toks])


def _country(spec: str, name_end: int, sent_end: int | None = None):
    """`_name_of_country` for a titled name whose last word is token name_end - 1 (the sentence ending at sent_end,
    by default the doc's end)."""
    sd = _doc(spec)
    tables = SimpleNamespace(country_of=COUNTRIES.get, place_country=lambda text: None)
    return _name_of_country(SimpleNamespace(sd=sd, tables=tables), SimpleNamespace(j=name_end),
                            len(sd) if sent_end is None else sent_end)


# --- the climb from the name's last word: only along compounds, rightwards, into proper nouns

def test_a_name_in_apposition_to_another_name_does_not_take_that_names_of_phrase():
    # "Minister Turgon, Aldor of Gondor, spoke": Turgon hangs on Aldor as an apposition, not a compound;
    # Gondor is Aldor's (mutant 5 climbed any arc into a proper noun)
    spec = ("Minister/compound/1/NNP Turgon/appos/3/NNP ,/punct/1/, Aldor/nsubj/6/NNP of/prep/3/IN "
            "Gondor/pobj/4/NNP spoke/ROOT/6/VBD")
    assert _country(spec, 2) is None


def test_a_name_compounded_into_a_common_noun_does_not_take_that_nouns_of_phrase():
    # "Minister Turgon aide of Rohan": the of-phrase is the aide's (mutant 6 climbed every compound arc)
    spec = ("Minister/compound/1/NNP Turgon/compound/2/NNP aide/nsubj/5/NN of/prep/2/IN Rohan/pobj/3/NNP "
            "spoke/ROOT/5/VBD")
    assert _country(spec, 2) is None


def test_a_name_compounded_into_a_proper_noun_after_it_takes_that_nouns_of_phrase():
    # the climb itself: the NER's "Imrahil" of "President Imrahil Belecthor of Ithilen"
    spec = ("President/compound/2/NNP Imrahil/compound/2/NNP Belecthor/nsubj/5/NNP of/prep/2/IN Gondor/pobj/3/NNP "
            "spoke/ROOT/5/VBD")
    assert _country(spec, 2) == "GON"


def test_a_name_the_parser_hung_as_an_apposition_on_its_title_keeps_its_own_of_phrase():
    # "Minister Turgon of Gondor" read as the title with the name in apposition: the search starts at the name's
    # last word, not the word before it (mutant 3)
    spec = "Minister/nsubj/4/NNP Turgon/appos/0/NNP of/prep/1/IN Gondor/pobj/2/NNP spoke/ROOT/4/VBD"
    assert _country(spec, 2) == "GON"


def test_the_climb_stops_at_the_sentences_end():
    # the function's own limit: a compound into a word at sent_end is not climbed, and the name keeps its own
    # of-phrase (mutant 14, `<= sent_end`; spaCy's parser-made sentences leave no arc across them, so in the
    # pipeline the limit is a guard, and the test pins it for the sentence bounds it is given)
    spec = ("Minister/compound/1/NNP Turgon/compound/4/NNP of/prep/1/IN Gondor/pobj/2/NNP Aldor/nsubj/5/NNP "
            "spoke/ROOT/5/VBD")
    assert _country(spec, 2, sent_end=4) == "GON"


# --- the of-phrase: the first right-hand "of" among the head's children, past anything before it

def test_an_apposition_between_the_name_and_its_of_phrase_is_passed_over():
    # "President Aldor, 70, of Gondor spoke" (mutant 20 took the first child right of the name, the comma)
    spec = ("President/compound/1/NNP Aldor/nsubj/7/NNP ,/punct/1/, 70/appos/1/CD ,/punct/1/, of/prep/1/IN "
            "Gondor/pobj/5/NNP spoke/ROOT/7/VBD")
    assert _country(spec, 2) == "GON"


def test_another_preposition_before_the_of_phrase_is_passed_over():
    # "Ambassador Turgon in Edoras of Gondor", the parser hanging both phrases on the name (mutant 21 took the
    # first preposition, "in")
    spec = ("Ambassador/compound/1/NNP Turgon/nsubj/6/NNP in/prep/1/IN Edoras/pobj/2/NNP of/prep/1/IN "
            "Gondor/pobj/4/NNP spoke/ROOT/6/VBD")
    assert _country(spec, 2) == "GON"


# --- nominals._shares_subject: a conjoined verb with no subject of its own shares its first verb's

# Arnor expelled two diplomats and recalled its ambassador .
SHARED = ("Arnor/nsubj/1/NNP expelled/ROOT/1/VBD two/nummod/3/CD diplomats/dobj/1/NNS and/cc/1/CC "
          "recalled/conj/1/VBD its/poss/7/PRP$/PRON ambassador/dobj/5/NN ./punct/1/.")


def test_a_conjoined_verb_with_no_subject_shares_the_first_ones():
    assert _shares_subject(_doc(SHARED)[5])


def test_a_conjoined_verb_after_an_auxiliary_shares_its_subject():
    # "Arnor was angry and recalled its ambassador": the first conjunct is the copula, an AUX (mutants 9, 10)
    doc = _doc("Arnor/nsubj/1/NNP was/ROOT/1/VBD/AUX angry/acomp/1/JJ/ADJ and/cc/1/CC recalled/conj/1/VBD "
               "its/poss/6/PRP$/PRON ambassador/dobj/4/NN")
    assert _shares_subject(doc[4])


def test_a_verb_that_is_no_conjunct_shares_nothing():
    # "Arnor recalled its ambassador, citing threats": an adverbial participle, no conjunct (mutants 1, 2)
    doc = _doc("Arnor/nsubj/1/NNP recalled/ROOT/1/VBD its/poss/3/PRP$/PRON ambassador/dobj/1/NN ,/punct/1/, "
               "citing/advcl/1/VBG threats/dobj/5/NNS")
    assert not _shares_subject(doc[5])


def _conjunct_with(subject_dep: str, word: str):
    """Arnor expelled two diplomats and <word> recalled its ambassador, <word> hung on "recalled" as `subject_dep`."""
    doc = _doc(f"Arnor/nsubj/1/NNP expelled/ROOT/1/VBD two/nummod/3/CD diplomats/dobj/1/NNS and/cc/1/CC "
               f"{word}/{subject_dep}/6/NN recalled/conj/1/VBD its/poss/8/PRP$/PRON ambassador/dobj/6/NN")
    return _shares_subject(doc[6])


def test_a_conjoined_verb_with_a_subject_of_its_own_shares_nothing():
    assert not _conjunct_with("nsubj", "Rohan")  # (mutants 1, 14, 15)
    assert not _conjunct_with("nsubjpass", "envoys")  # (16, 17: "... and envoys were recalled")
    assert not _conjunct_with("expl", "there")  # (18, 19: "... and there were protests")
    assert not _conjunct_with("csubj", "leaving")  # (20, 21: a clausal subject)


# --- nominals._classified_head: an agent noun that classifies the head of its compound

class _Ctx(SimpleNamespace):
    """sd and the article's role spans, with ArticleContext.roles_within's reading of them."""

    def roles_within(self, start, end):
        return [(a, b) for a, b in self.role_spans if start <= a < end and b <= end]


def _head_end(spec: str, s: int, e: int, roles=(), named=()):
    sd = _doc(spec)
    return _classified_head(_Ctx(sd=sd, role_spans=[(s, e), *roles]), s, e, set(named))


# the police unit raided the camp .
UNIT = "the/det/2/DT police/compound/2/NN unit/nsubj/3/NN raided/ROOT/3/VBD the/det/5/DT camp/dobj/3/NN"


def test_an_agent_noun_classifying_a_common_noun_gives_the_phrase_up_to_that_noun():
    # a determiner before the agent word (mutant 9 read the word before it), the head right after (13),
    # the end returned (39)
    assert _head_end(UNIT, 1, 2) == 3
    assert _head_end(UNIT.replace("unit/nsubj/3/NN", "units/nsubj/3/NNS"), 1, 2) == 3  # a plural head (17, 18)
    # a proper noun no NER name covers: "Gondor's Attorney General Hurin" (15, 16 left NN to NNP alone)
    assert _head_end("Attorney/compound/1/NNP General/nsubj/2/NNP spoke/ROOT/2/VBD", 0, 1) == 2


def test_no_classified_head_past_a_word_that_is_no_noun_or_no_compound():
    # the head a verb form ("police shooting", tagged VBG): mutants 5, 6
    assert _head_end(UNIT.replace("unit/nsubj/3/NN", "shooting/nsubj/3/VBG"), 1, 2) is None
    # the agent word hung as a modifier, not a compound (7)
    assert _head_end(UNIT.replace("police/compound", "police/nmod"), 1, 2) is None


def test_no_classified_head_that_is_a_name_or_past_a_word_of_another_compound():
    assert _head_end(UNIT, 1, 2, named={2}) is None  # (21)
    # "the police drug squad unit": "drug" compounds into "squad", not into the head (24)
    spec = ("the/det/4/DT police/compound/4/NN drug/compound/3/NN squad/compound/4/NN unit/nsubj/5/NN "
            "raided/ROOT/5/VBD")
    assert _head_end(spec, 1, 2) is None


def test_no_classified_head_that_is_a_role_itself_but_one_after_it_does_not_matter():
    # "police officer": the head is a role phrase of its own (37)
    assert _head_end(UNIT.replace("unit", "officer"), 1, 2, roles=[(2, 3)]) is None
    # "the police unit, commander ...": a role right after the head is none of the phrase's (38)
    spec = UNIT.replace("raided/ROOT/3/VBD", "commander/appos/2/NN")
    assert _head_end(spec, 1, 2, roles=[(3, 4)]) == 3


# --- coder._undergoer_by: the by-phrase hung on the event noun's of-phrase noun

# Eriador denounced the arrest of its ambassador by Mordor police .
ARREST = ("Eriador/nsubj/1/NNP denounced/ROOT/1/VBD the/det/3/DT arrest/dobj/1/NN of/prep/3/IN "
          "its/poss/6/PRP$/PRON ambassador/pobj/4/NN by/prep/6/IN Mordor/compound/9/NNP police/pobj/7/NN")


def _by(spec, event_nouns=frozenset(), keep=None):
    doc = _doc(spec)
    return [p.text for p in _undergoer_by(doc[3], SimpleNamespace(event_nouns=event_nouns), keep)]


def test_the_by_phrase_of_the_undergoer_is_the_events():
    assert _by(ARREST) == ["police"]
    assert _by(ARREST, keep=lambda p: p.text != "police") == []  # what the caller rejects stays out (11, 14)


def test_the_by_phrase_of_another_event_noun_is_that_nouns():
    # "the release of a report by X": the report's author, not the releaser (7: the lemma upper-cased)
    spec = ARREST.replace("arrest", "release").replace("its/poss/6/PRP$/PRON", "a/det/6/DT").replace(
        "ambassador", "report")
    assert _by(spec, event_nouns=frozenset({"release", "report"})) == []
    assert _by(spec, event_nouns=frozenset({"release"})) == ["police"]


# --- evaluate.petrarch._infinitive: a "to" infinitive the parser hung on a verb as an adverbial clause

def _inf(spec: str, marks=()):
    """_infinitive of "restore", token 3, with the clause's marks."""
    return _infinitive(_doc(spec)[3], list(marks))


# Rohan moved to restore ties .
MOVED = "Rohan/nsubj/1/NNP moved/ROOT/1/VBD to/aux/3/TO restore/advcl/1/VB ties/dobj/3/NNS"


def test_a_to_infinitive_hung_as_an_adverbial_clause_is_one():
    assert _inf(MOVED)
    assert not _inf(MOVED, ["so"])  # a marked clause is an SBAR, left to its marks


def test_a_to_infinitive_complement_is_no_adverbial_infinitive():
    # "Rohan agreed to restore ties": an xcomp, coded through the verb it completes (mutants 1, 2, 3)
    assert not _inf(MOVED.replace("moved", "agreed").replace("advcl", "xcomp"))


def test_an_adverbial_clause_with_no_to_is_no_infinitive():
    # a bare verb with an adverb before it, as the parser may hang "moved swiftly restore" (12)
    assert not _inf(MOVED.replace("to/aux/3/TO", "swiftly/advmod/3/RB/ADV"))
    # a modal auxiliary, not "to": "... Gondor could restore ties" (13)
    assert not _inf(MOVED.replace("to/aux/3/TO", "could/aux/3/MD/AUX"))
