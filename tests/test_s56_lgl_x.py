"""Session 56, s56-lgl: the places stage's first names and products (issue 13). The places stage makes no place only
of the given name the actors stage joined to a person (entity attrs.given_name); a lone given name of a person the
story names is a place only where a place preposition frames it; a name the parser took for a firm's is no town
before what firms make. Sentences written for these tests; none is from a corpus."""

from types import SimpleNamespace as NS

import pytest
from spacy.tokens import Span

from newsgraph import places


def _doc(pipeline, text):
    return pipeline.extract(text, published="2024-11-20")


def _places(doc):
    """(mention text, start) of every place mention."""
    return sorted((m.text, m.start) for p in doc.places for m in p.mentions)


# --- the actors stage's decision, carried by the entity ------------------------------------------------------------

def test_a_capital_joined_to_a_person_says_so_on_the_entity_and_makes_no_place(pipeline):
    doc = _doc(pipeline, "Paris Hilton said on Monday that she was innocent. Later, Paris said the photographs "
                         "were fake.")
    e = next(e for e in doc.entities if e.name == "Paris Hilton")
    assert e.attrs.get("given_name") == "Paris"
    assert not any(text == "Paris" for text, _ in _places(doc))


_PARIS = "Paris Hilton said on Monday that she was innocent. Later, Paris said the photographs were fake."


@pytest.mark.parametrize("retype", [None, ("ORG", "PERSON")])  # the parser's ORG, or a PERSON as it may tag her
def test_the_actors_stage_marks_the_given_name_it_joins(pipeline, retype):
    from newsgraph.actors.clusters import cluster_mentions
    from test_actors_article import cluster_with, context_after
    from test_s55_actor_codes import _retyped

    ctx = context_after(pipeline, _PARIS, cluster_mentions, doc_hook=_retyped(*retype) if retype else None)
    person = cluster_with(ctx, "Paris Hilton")
    assert [(m.text, m.given) for m in person.mentions] == [("Paris Hilton", False), ("Paris", True)]


def test_no_given_name_where_the_actors_stage_joined_none(pipeline):
    doc = _doc(pipeline, "Austin Harris won the county prize on Friday. Austin said he would sell the farm.")
    assert not any("given_name" in e.attrs for e in doc.entities)


def _ent(type_, *mentions, **attrs):
    return NS(type=type_, attrs=attrs, mentions=[NS(text=t, start=s, end=s + len(t), kind=k) for t, s, k in mentions])


@pytest.mark.parametrize("entity, spans", [
    # the short name and the full name's first word, in the entity's order
    (_ent("PERSON", ("Paris Anne Hilton", 0, "name"), ("Paris", 40, "name"), given_name="Paris"), [(0, 5), (40, 45)]),
    (_ent("ORG", ("Paris Hilton", 0, "name"), ("Paris", 40, "name"), given_name="Paris"), [(0, 5), (40, 45)]),
    # the same names with no decision of the actors stage: a short name repeating a first word is not enough
    (_ent("PERSON", ("Paris Anne Hilton", 0, "name"), ("Paris", 40, "name")), []),
    (_ent("ORG", ("Jordan Industries", 0, "name"), ("Jordan", 40, "name")), []),
    # a name opening with the same letters is not the given name; nor is a nominal
    (_ent("PERSON", ("Parisa Hilton", 0, "name"), ("Paris", 40, "nominal"), ("Paris", 60, "name"), given_name="Paris"),
     [(60, 65)]),
])
def test_first_name_spans(entity, spans):
    assert places.first_name_spans(NS(entities=[entity])) == spans


# --- a lone given name of a person the story names -------------------------------------------------------------------

def _ents(pipeline, text, *labelled):
    """The places stage's view of hand-labelled entities: (first token, end token, label) on `text`'s tokens."""
    sd = pipeline.nlp.make_doc(text)
    sd.ents = [Span(sd, i, j, label=lab) for i, j, lab in labelled]
    return sd, [places._Ent(s, text) for s in sd.ents]


@pytest.mark.parametrize("text, labelled, given", [  # given: the tokens of the lone given names
    ("Michael Grant spoke . Michael left", [(0, 2, "PERSON"), (4, 5, "PERSON")], [4]),
    ("Michael Jon Grant spoke . Michael left", [(0, 3, "PERSON"), (5, 6, "PERSON")], [5]),
    ("Michael spoke . Michael Grant left", [(0, 1, "PERSON"), (3, 5, "PERSON")], [0]),  # named in full after
    ("Michael Grant spoke . Michael left", [(0, 2, "PERSON"), (4, 5, "GPE")], []),  # the parser's place stays one
    ("Michael Grant spoke . Michael left", [(0, 2, "ORG"), (4, 5, "PERSON")], []),  # a body's name opens with it
    ("Michael spoke . Grant Michael left", [(0, 1, "PERSON"), (3, 5, "PERSON")], []),  # a surname is not a first name
    ("michael grant spoke . michael left", [(0, 2, "PERSON"), (4, 5, "PERSON")], []),  # not capitalised
    ("michael Grant spoke . michael left", [(0, 2, "PERSON"), (4, 5, "PERSON")], []),  # ... the given name itself
    ("Hartley Grant spoke . Hartley won", [(0, 2, "PERSON"), (4, 5, "PERSON")], [4]),  # a person's name beside those
    ("Michael A B Grant spoke . Michael left", [(0, 4, "PERSON"), (6, 7, "PERSON")], []),  # four words: no person's
    ("Lamar County voted . Lamar left", [(0, 2, "PERSON"), (4, 5, "PERSON")], []),  # a place's name
    ("Wembley Stadium opened . Wembley won", [(0, 2, "PERSON"), (4, 5, "PERSON")], []),  # a site's
    ("Hartley Bank opened . Hartley won", [(0, 2, "PERSON"), (4, 5, "PERSON")], []),  # a body's
    ("Michael Grant spoke . Michael Grant left", [(0, 2, "PERSON"), (4, 6, "PERSON")], []),  # no lone name
])
def test_given_name_spans(pipeline, text, labelled, given):
    sd, ents = _ents(pipeline, text, *labelled)
    want = {(sd[k].idx, sd[k].idx + len(sd[k])) for k in given}
    assert places.given_name_spans(ents, places.gazetteer()) == want


@pytest.mark.parametrize("text, i, given, after", [
    ("I talked to Roy", 3, True, False),  # a person's given name: "to" is no place's preposition
    ("I talked to Roy", 3, False, True),  # any other name: a preposition's object may be a mislabelled place
    ("she was campaigning with Roy", 4, True, False),
    ("they live in Roy", 3, True, True),  # a place preposition frames it
    ("they drove into the Roy", 4, True, True),  # ... with "the" between
    ("a call from Roy", 3, True, False),  # "from" names people as often as places
    ("a call from Roy", 3, False, True),
    ("Roy", 0, False, False),  # nothing before it
    ("In Roy they live", 1, True, True),  # the preposition opens the text
    ("The Roy", 1, True, False),  # "the" opening the text, no preposition before it
    ("they saw Roy", 2, False, False),  # a verb's object
])
def test_after_preposition(pipeline, text, i, given, after):
    sd = pipeline.nlp(text)
    assert places._after_preposition(sd, i, given) is after


def test_after_preposition_reads_any_preposition_unless_told_the_name_is_a_given_name(pipeline):
    assert places._after_preposition(pipeline.nlp("I talked to Roy"), 3) is True


def test_a_given_name_after_with_is_no_place_on_the_isle_of_man(pipeline):
    doc = _doc(pipeline, "Michael Grant, the party leader, toured the north on Monday. His wife said she had been "
                         "campaigning with Michael on many visits.")
    assert not any(text == "Michael" for text, _ in _places(doc))


def test_a_given_name_after_to_is_no_town(pipeline):
    doc = _doc(pipeline, 'Roy Baker, the council chairman, resigned on Monday. "I talked to Roy today," the mayor said.')
    assert not any(text == "Roy" for text, _ in _places(doc))


def test_a_given_name_acting_is_no_repeat_of_the_town_named_later(pipeline):
    text = "Austin Harris won the county prize on Friday. Austin said he would sell the farm and move to Austin next spring."
    assert _places(_doc(pipeline, text)) == [("Austin", text.rindex("Austin"))]


def test_a_town_named_after_a_persons_first_name_is_a_place_where_the_words_frame_it(pipeline):
    # the parser tags both towns PERSON and the actors stage joins them to the farmer; until session 56 the places
    # stage took any such short name for the person's and lost both
    text = ("Sherman Hill, who farms cotton, spoke on Monday. Hill said prices had fallen. The farm lies just outside "
            "Sherman, and Sherman residents buy its cotton.")
    starts = [text.index("Sherman,"), text.index("Sherman residents")]
    assert [s for t, s in _places(_doc(pipeline, text)) if t == "Sherman"] == starts


def test_a_town_sharing_a_persons_first_name_stays_a_place(pipeline):
    text = "Florence Mbeki opened the clinic on Monday. The clinic is the first one in Florence to treat children."
    assert ("Florence", text.rindex("Florence")) in _places(_doc(pipeline, text))


def test_a_country_sharing_a_firms_first_word_stays_a_place(pipeline):
    text = "Jordan Industries said on Tuesday it would close a plant. The company has two factories in Jordan."
    assert ("Jordan", text.rindex("Jordan")) in _places(_doc(pipeline, text))


def test_a_capital_a_newspaper_is_named_after_stays_the_capital(pipeline):
    text = "The Washington Post reported the deal on Monday. Washington said it would veto the plan."
    doc = _doc(pipeline, text)
    assert any(m.text == "Washington" and m.start == text.rindex("Washington") and m.kind == "metonym"
               for p in doc.places for m in p.mentions)


def _repeat_parse():
    return NS(kind_at=lambda a: "body")


def test_repeats_leave_a_given_name_alone():
    text = "Austin Harris won. Austin said so. He moved to Austin."
    first, later = text.index("Austin said"), text.rindex("Austin")
    source = places.Item(later, later + 6, "GPE", places.gazetteer().lookup("Austin"))

    def repeats(*given):
        taken = places.Taken()
        taken.add(later, later + 6)  # the town found, as collect leaves it
        return [(it.a, it.b) for it in places._repeats(text, [source], taken, {"Harris"}, _repeat_parse(), *given)]

    assert repeats() == [(first, first + 6)]  # with no given name known, the occurrence is read as the town
    assert repeats({(first, first + 6)}) == []


def test_mislabelled_spans_leave_a_given_name_alone(pipeline):
    text = "Austin Harris won . Austin met Sochi"
    sd, ents = _ents(pipeline, text, (0, 2, "PERSON"), (4, 5, "PERSON"), (6, 7, "PERSON"))
    doc = NS(text=text, entities=[])
    a, s = text.index("Austin met"), text.index("Sochi")
    gaz = places.gazetteer()
    assert places._mislabelled_spans(doc, sd, ents, gaz) == [(a, a + 6, "MISLABELLED"), (s, s + 5, "MISLABELLED")]
    # the given name is passed over, and a big city the parser took for a person after it is still read
    assert places._mislabelled_spans(doc, sd, ents, gaz, {(a, a + 6)}) == [(s, s + 5, "MISLABELLED")]


# --- a firm's name before what firms make ---------------------------------------------------------------------------

def test_the_opera_browser_is_no_town(pipeline):
    doc = _doc(pipeline, "The Opera browser now reads web pages aloud. Users of the Opera browser in Italy were pleased.")
    assert [text for text, _ in _places(doc)] == ["Italy"]


@pytest.mark.parametrize("text, found", [
    ("The Opera browser is new", []),  # a name the parser took for a firm's, before a product noun
    ("the Opera browser is new", []),
    ("Users of the Opera browser", []),  # ... even after a preposition
    ("The Opera software is new", []),
    ("The Opera models are new", []),
    ("The Rochester police left", [("Rochester", "MATCH")]),  # before anything else, a town the parser mislabelled
])
def test_name_matches_before_a_product_noun(pipeline, text, found):
    from newsgraph.places.spans import SpanIndex

    sd = pipeline.nlp(text)
    k = 3 if text.startswith("Users") else 1
    a = sd[k].idx
    got = places.name_matches(sd, text, places.gazetteer(), SpanIndex([(a, a + len(sd[k].text), "ORG")]))
    assert [(text[x:y], lab) for x, y, lab in got] == found
