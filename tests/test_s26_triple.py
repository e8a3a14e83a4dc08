"""Session 26 (s26-triple): whose country a group of a creed or an ethnicity is, on sentences written for
these tests (CAMEO actor codebook 3.1.3 and 3.1.9; the PLOVER GSR's readme on codes inferred from places)."""

import pytest


def _actor(pipeline, text, name):
    """(code, country, sector) of the entity called `name`, None when it has no actor."""
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    ent = next(e for e in doc.entities if e.name == name)
    return (ent.actor.code, ent.actor.country, ent.actor.sector) if ent.actor else None


def _source_countries(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    by_id = {e.id: e for e in doc.entities}
    return [[by_id[i].actor.country if by_id[i].actor else None for i in e.source] for e in doc.events]


# "radical", "extremist", "fundamentalist" are the codebook's own words for its RAD role (table
# 3.1): group nouns, so "Muslim fundamentalists" is a group of Muslims, coded as a group is, not
# the creed alone.
@pytest.mark.parametrize("text, name, country", [
    ("Muslim fundamentalists stormed a police post in the Egyptian town of Asyut.", "Muslim fundamentalists", "EGY"),
    ("Islamic extremists set fire to a church in northern Nigeria.", "Islamic extremists", "NGA"),
    ("Islamic radicals burned a church in the Nigerian city of Kano.", "Islamic radicals", "NGA"),
])
def test_radicals_extremists_and_fundamentalists_are_group_nouns(pipeline, text, name, country):
    code, got, sector = _actor(pipeline, text, name)
    assert got == country and sector is None


def test_the_adjective_radical_names_no_group(pipeline):
    # "the radical Hamas movement": the adjective, not the noun: the movement is Hamas as before
    doc = pipeline.extract("The radical Hamas movement rejected the plan on Monday.", name="t", published="2009-03-25")
    assert [e.name for e in doc.entities] == ["Hamas"]


# A creed or an ethnicity alone is coded with the one state the places of its clause lie in: the
# codebook puts an identity code first only when the group is linked to no location or country.
@pytest.mark.parametrize("text, name, country", [
    ("Hindu nationalists attacked a mosque in the state of Gujarat.", "Hindu", "IND"),
    ("Sunni tribesmen ambushed a convoy near Ramadi on Monday.", "Sunni", "IRQ"),
    ("Ethnic Russians rallied near Riga on Sunday.", "Russians", "LVA"),
])
def test_a_creed_or_ethnicity_acting_in_one_state_is_that_state_s(pipeline, text, name, country):
    code, got, sector = _actor(pipeline, text, name)
    assert (code, got, sector) == (country, country, None)


@pytest.mark.parametrize("text, name, code", [
    ("Hindu nationalists attacked a mosque on Monday.", "Hindu", "HIN"),  # no place: the identity alone
    ("Kurds demonstrated in Berlin and in Ankara.", "Kurds", "KUR"),  # places in two states
])
def test_a_creed_with_no_one_place_keeps_its_identity_code(pipeline, text, name, code):
    assert _actor(pipeline, text, name) == (code, None, "REL")


def test_a_creed_that_is_no_subject_takes_no_country_from_the_clause(pipeline):
    # the clause's places say where its subject acts, not where its object lives
    assert _actor(pipeline, "Police arrested Hindu nationalists in the state of Gujarat.", "Hindu") == ("HIN", None, "REL")


# A people's plural name that the NER leaves untagged ("two Britons") is a mention of that people, as a
# tagged one ("two Germans") is: before, the act had no undergoer of its own.
@pytest.mark.parametrize("text, name, country", [
    ("A Turkish court sentenced two Britons to prison on Monday.", "Britons", "GBR"),
    ("Rebels freed three Germans and two Thais on Monday.", "Thais", "THA"),
    ("Police arrested two Greeks and three Slovaks.", "Greeks", "GRC"),
])
def test_a_people_the_ner_missed_is_a_mention(pipeline, text, name, country):
    assert _actor(pipeline, text, name) == (country, country, None)


def test_a_people_the_ner_missed_is_the_undergoer_not_the_doer_s_own_country(pipeline):
    # before, the court's own adjective stood for the unnamed undergoers (a domestic act)
    doc = pipeline.extract("A Turkish court sentenced two Britons to prison on Monday.", name="t", published="2009-03-25")
    by_id = {e.id: e for e in doc.entities}
    (ev,) = doc.events
    assert [by_id[i].actor.country for i in ev.target] == ["GBR"]


@pytest.mark.parametrize("text, absent", [
    ("The Philippines protested to China on Monday.", "Filipinos"),  # a country's name is no people
    ("Thais police arrested two men.", "Thais"),  # (a modifier, however tagged, names no one here)
])
def test_no_people_from_a_country_name_or_a_modifier(pipeline, text, absent):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    assert absent not in [e.name for e in doc.entities]


def _missed(words, tags, deps, taken=(), kind=None, sect=False):
    """The people mentions mentions._missed_peoples adds on a hand-built parse (every head the first word),
    in a section of kind `kind` (None: the body's text); with `sect`, each mention's section too."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from newsgraph.actors.mentions import _missed_peoples
    from newsgraph.actors.tables import tables

    sd = Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))
    flags = bytearray(len(words) + 1)
    for k in taken:
        flags[k] = 1
    ctx = SimpleNamespace(sd=sd, taken=flags, tables=tables(), kind_at=lambda i: kind)
    return [(m.i, m.j, m.text, m.label) + ((m.sect,) if sect else ()) for m in _missed_peoples(ctx)]


@pytest.mark.parametrize("tag", ["NNS", "NNPS", "NNP"])
def test_a_plural_people_noun_of_any_noun_tag_is_taken(tag):
    assert _missed(["Police", "held", "Britons"], ["NNS", "VBD", tag], ["nsubj", "ROOT", "dobj"]) == \
        [(2, 3, "Britons", "NORP")]


@pytest.mark.parametrize("words, tags, deps, taken", [
    (["Police", "held", "Britons"], ["NNS", "VBD", "JJ"], ["nsubj", "ROOT", "dobj"], ()),  # not a noun
    (["Police", "held", "britons"], ["NNS", "VBD", "NNS"], ["nsubj", "ROOT", "dobj"], ()),  # not capitalised
    (["Police", "held", "Briton"], ["NNS", "VBD", "NNP"], ["nsubj", "ROOT", "dobj"], ()),  # one person: no plural
    (["Police", "held", "Britons"], ["NNS", "VBD", "NNS"], ["nsubj", "ROOT", "dobj"], (2,)),  # the NER's already
    (["Thais", "police", "held"], ["NNP", "NNS", "VBD"], ["compound", "nsubj", "ROOT"], ()),  # a modifier
    (["Thais", "police", "held"], ["NNP", "NNS", "VBD"], ["amod", "nsubj", "ROOT"], ()),
    (["Philippines", "protested"], ["NNPS", "VBD"], ["nsubj", "ROOT"], ()),  # a country's own name
    (["Police", "held", "Smiths"], ["NNS", "VBD", "NNPS"], ["nsubj", "ROOT", "dobj"], ()),  # no people's name
])
def test_no_people_mention_otherwise(words, tags, deps, taken):
    assert _missed(words, tags, deps, taken) == []


def test_the_filipinos_but_not_the_philippines():
    assert _missed(["Filipinos", "protested"], ["NNPS", "VBD"], ["nsubj", "ROOT"]) == [(0, 1, "Filipinos", "NORP")]


# "in the southern city of Karachi": the of-phrase on a place noun names where the group is, as "in
# Karachi" does.
@pytest.mark.parametrize("text, name, country", [
    ("Police in the southern city of Karachi detained two suspects.", "Police", "PAK"),
    ("Students in the city of Lahore burned an effigy of the president.", "Students", "PAK"),
    ("Ethnic Russians in the city of Riga protested on Monday.", "Russians", "LVA"),
    # the of-phrase is no deeper than its in-phrase: its own in-phrase is read as the in-phrase's would be
    ("Students in the city of the same name in Pakistan protested against India on Monday.", "Students", "PAK"),
])
def test_the_of_phrase_of_a_place_noun_places_the_group(pipeline, text, name, country):
    assert _actor(pipeline, text, name)[1] == country


@pytest.mark.parametrize("text, country, basis", [
    ("Police in the city said on Monday that they had detained two suspects.", None, None),  # no of-phrase
    # "heart" is no kind of place: the of-phrase reading does not fire; (session 46) the sentence's one place gives
    # the police a country, flagged as read from it (codes._sentence_place)
    ("Police in the heart of Karachi detained two suspects.", "PAK", "sentence place"),
])
def test_no_of_phrase_of_a_place_noun_no_place(pipeline, text, country, basis):
    assert _actor(pipeline, text, "Police")[1] == country
    assert _attrs(pipeline, text, "Police").get("country_from") == basis


def _attrs(pipeline, text, name):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    return next(e for e in doc.entities if e.name == name).attrs


def test_a_creed_placed_by_its_clause_says_so(pipeline):
    assert _attrs(pipeline, "Hindu nationalists attacked a mosque in the state of Gujarat.", "Hindu")["country_basis"] \
        == "where they act"


def test_a_creed_after_other_actors_is_placed_too(pipeline):
    # (every group of the article is looked at, not only those before the first that is not one)
    text = "Indian police said Hindu nationalists attacked a mosque in the state of Gujarat."
    assert _actor(pipeline, text, "Hindu")[1] == "IND"


def test_an_ethnic_group_placed_where_it_lives_keeps_that_reading(pipeline):
    # "in Latvia" on the group says where it lives (clusters.residence); the clause is not read again
    assert _attrs(pipeline, "Ethnic Russians in Latvia protested on Monday.", "Russians").get("country_basis") is None


def test_a_people_of_no_creed_or_ethnicity_is_not_placed_by_its_clause(pipeline):
    # the rule reads identity groups only: a region's people stays as it was ("West Africans")
    assert _actor(pipeline, "West Africans protested in Lagos on Monday.", "West Africans") is None


@pytest.mark.parametrize("kind, sect", [(None, "body"), ("headline", "headline")])
def test_a_missed_people_is_in_the_section_its_word_is_in(kind, sect):
    assert _missed(["Police", "held", "Britons"], ["NNS", "VBD", "NNS"], ["nsubj", "ROOT", "dobj"], kind=kind,
                   sect=True) == [(2, 3, "Britons", "NORP", sect)]


def _in_country_of_first(words, heads, deps):
    """clusters.in_country of the first word on a hand-built parse with no NER names."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from newsgraph.actors.clusters import in_country
    from newsgraph.actors.tables import tables

    lemmas = [w.lower() for w in words]
    sd = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    return in_country(SimpleNamespace(tables=tables(), ents=[]), sd[0])


def test_an_of_phrase_reads_an_in_phrase_of_its_own_as_deep_as_its_in_phrase():
    # "Students in the city of the name in Pakistan": the in-phrase of the of-phrase's noun is read
    words = ["Students", "in", "the", "city", "of", "the", "name", "in", "Pakistan"]
    assert _in_country_of_first(words, [0, 0, 3, 1, 3, 6, 4, 6, 7],
                                ["ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "pobj"]) == "PAK"


def test_an_of_phrase_one_in_phrase_deep_reads_no_further():
    # "Students in a village in the city of the name in Pakistan": a third in-phrase is past the walk's bound
    words = ["Students", "in", "a", "village", "in", "the", "city", "of", "the", "name", "in", "Pakistan"]
    assert _in_country_of_first(words, [0, 0, 3, 1, 3, 6, 4, 6, 9, 7, 9, 10],
                                ["ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "det", "pobj", "prep",
                                 "pobj"]) is None


def test_a_place_noun_near_a_country_is_not_in_it():
    # "Students in the town near Pakistan": only an of-phrase names the place the noun is
    words = ["Students", "in", "the", "town", "near", "Pakistan"]
    assert _in_country_of_first(words, [0, 0, 3, 1, 3, 4], ["ROOT", "prep", "det", "pobj", "prep", "pobj"]) is None
    words[4] = "of"
    assert _in_country_of_first(words, [0, 0, 3, 1, 3, 4], ["ROOT", "prep", "det", "pobj", "prep", "pobj"]) == "PAK"
