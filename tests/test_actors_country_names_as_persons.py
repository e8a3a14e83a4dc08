"""A country's name the NER tagged as a person (session 12, lead): where a place is meant ("in central
Mali") it is the country, it counts for the article's focus, and it never matches a person's surname
by spelling ("Mali" is not "Milei"). Sentences written for these tests."""


def _doc(pipeline, text):
    return pipeline.extract(text, published="2026-07-04")


def _codes(doc):
    return {e.name: e.actor.code if e.actor else None for e in doc.entities}


def test_a_country_after_a_preposition_is_a_place(pipeline):
    doc = _doc(pipeline, "Gunmen killed 20 villagers in central Mali on Wednesday, officials said.")
    mali = next(e for e in doc.entities if e.name == "Mali")
    assert mali.type == "GPE" and mali.actor.code == "MLI"


def test_a_country_named_as_a_place_sets_the_focus(pipeline):
    doc = _doc(pipeline, "Suspected jihadist gunmen killed at least 20 civilians in an attack on a village in "
                         "central Mali's Mopti region, local officials said.\n\nMalian troops and Russian "
                         "mercenaries later carried out air strikes, and police fired tear gas at protesters.")
    codes = _codes(doc)
    assert codes["jihadist gunmen"] == "MLIUAF"
    assert codes["local officials"] == "MLIGOV"
    assert codes["police"] == "MLICOP"


def test_a_country_name_is_no_spelling_of_a_surname(pipeline):
    codes = _codes(_doc(pipeline, "Mali said on Monday it would expel the French ambassador."))
    assert codes["Mali"] != "ARGGOV"


def test_the_surname_itself_still_finds_its_person(pipeline):
    codes = _codes(_doc(pipeline, "Argentina's economy grew. Milei said inflation fell."))
    assert codes["Milei"] == "ARGGOV"


def test_a_name_that_is_no_country_is_unchanged(pipeline):
    doc = _doc(pipeline, "Talks were held in Geneva with Ahmed Musa on Friday.")
    assert next(e for e in doc.entities if e.name == "Ahmed Musa").type == "PERSON"


# ---- _place_in_phrase on hand-made parses (which words the NER calls a person cannot be chosen) ----

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from types import SimpleNamespace  # noqa: E402

from newsgraph.actors.mentions import _place_in_phrase  # noqa: E402

_VOCAB = spacy.blank("en").vocab


def _placed(words, tags, deps, heads, i):
    doc = Doc(_VOCAB, words=words, tags=tags, deps=deps, heads=heads)
    ctx = SimpleNamespace(sd=doc, tables=SimpleNamespace(country_of=lambda s: "MLI" if s == "Mali" else None))
    return _place_in_phrase(ctx, i, i + 1, words[i])


def test_after_a_preposition_with_no_adjective():
    assert _placed(["fighting", "in", "Mali"], ["NN", "IN", "NNP"], ["ROOT", "prep", "pobj"], [0, 0, 1], 2)


def test_a_preposition_opening_the_text():
    assert _placed(["In", "Mali"], ["IN", "NNP"], ["ROOT", "pobj"], [0, 0], 1)


def test_a_name_that_is_no_country_stays():
    assert not _placed(["in", "central", "Musa"], ["IN", "JJ", "NNP"], ["ROOT", "amod", "pobj"], [0, 2, 0], 2)


def test_no_preposition_no_place():
    assert not _placed(["Yesterday", "Mali", "said"], ["NN", "NNP", "VBD"], ["npadvmod", "nsubj", "ROOT"], [2, 2, 2], 1)
    assert not _placed(["the", "Mali"], ["DT", "NNP"], ["det", "pobj"], [1, 1], 1)


def test_a_possessor_counts_only_on_a_prepositions_object():
    # "After Mali's army withdrew": "After" is a preposition's tag, but the army is the clause's subject
    assert not _placed(["After", "Mali", "'s", "army", "withdrew"], ["IN", "NNP", "POS", "NN", "VBD"],
                       ["mark", "poss", "case", "nsubj", "ROOT"], [4, 3, 1, 4, 4], 1)
