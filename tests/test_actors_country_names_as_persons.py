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
