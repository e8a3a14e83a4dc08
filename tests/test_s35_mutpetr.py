"""Session 35 (s35-mutpetr): tests for the mutants s35-petr's functions left alive (docs/testing.md "Session 35,
s35-mutpetr"). Hand-built parses (word/dep/head/tag[/pos]) give the readings a parser may make, so that each
condition of the function is tested on its own; the country table is a stub that knows only the invented names."""

from types import SimpleNamespace

from spacy.tokens import Doc

from newsgraph.actors.roles import _name_of_country
from newsgraph.nlp import load

_POS = {"VB": "VERB", "NN": "NOUN", "CC": "CCONJ", ",": "PUNCT", "IN": "ADP", "DT": "DET", "TO": "PART", ".": "PUNCT",
        "CD": "NUM"}
COUNTRIES = {"Gondor": "GON", "Rohan": "ROH"}


def _doc(spec: str):
    toks = [t.split("/") for t in spec.split()]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks],
               heads=[int(t[2]) for t in toks], tags=[t[3] for t in toks], lemmas=[t[0].lower() for t in toks],
               pos=[t[4] if len(t) > 4 else "PROPN" if t[3] == "NNP" else _POS.get(t[3][:2], "X") for t in toks])


def _country(spec: str, name_end: int):
    """`_name_of_country` for a titled name whose last word is token name_end - 1."""
    sd = _doc(spec)
    tables = SimpleNamespace(country_of=COUNTRIES.get, place_country=lambda text: None)
    return _name_of_country(SimpleNamespace(sd=sd, tables=tables), SimpleNamespace(j=name_end), len(sd))


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
