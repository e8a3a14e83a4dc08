"""Session 29 (s29-mut): the open survivors of session 28's actors functions, killed with own passages
(docs/testing.md, "Session 29, s29-mut"). Every name here is made up; the role words are the roles table's.

`nominals.antecedent`: which earlier person a definite role noun names again ("the senator", "the Estonian
leader"); `nominals._named_org_after` and `_group_nominal`: a post or group of a named body, and a body of each
country ("each country's parliament", the fix of `_group_nominal`'s mutant 19); `neighbours.resolve_neighbours`:
"its neighbour" in a headline, after a caption's or an unresolved one, and as the subject of a copula."""

import pytest


def speaker_of(doc, cue="said"):
    """(source text, speaker entity's name) of the last attribution with this cue."""
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue]
    assert found, [(a.cue.text if a.cue else None) for a in doc.attributions]
    a = found[-1]
    ent = doc.entity(a.speaker) if a.speaker else None
    return a.source.text if a.source else None, ent.name if ent else None


# ---------------------------------------------------------------- antecedent


def test_a_person_without_a_role_does_not_stop_the_search(pipeline):
    # a person named without a title comes first: the search passes over him to the senator
    doc = pipeline.extract("Maria Olsen opened the meeting. Senator Carla Diaz held a hearing on Tuesday. "
                           "The senator said the agency failed.")
    assert speaker_of(doc) == ("The senator", "Carla Diaz")


@pytest.mark.parametrize("text, source, name", [
    # the noun is another spelling of the title the table gives the same role ("policeman" is a police officer,
    # "advisor" an adviser): the role, not the word, matches; both are of classes that need a match
    ("Police Officer Dana Kerr arrived at the scene on Monday. The policeman said the road was closed.",
     "The policeman", "Dana Kerr"),
    ("National Security Adviser Omar Haddad met reporters on Monday. "
     "The national security advisor said talks would resume.", "The national security advisor", "Omar Haddad"),
])
def test_a_role_noun_of_the_same_role_in_another_spelling_names_the_person_again(pipeline, text, source, name):
    assert speaker_of(pipeline.extract(text)) == (source, name)


@pytest.mark.parametrize("text, source, other", [
    # a minister, an official and a leader are named again only by their own word (or a kin title):
    # "the secretary" after an interior minister, "the director" after a chairman are someone else
    ("Interior Minister Tomas Vekker met reporters on Monday. The secretary said the border would stay closed.",
     "The secretary", "Tomas Vekker"),
    ("Chairman Tomas Vekker opened the meeting on Monday. The director said profits fell.",
     "The director", "Tomas Vekker"),
])
def test_a_role_noun_of_another_title_of_the_same_class_is_someone_else(pipeline, text, source, other):
    got = speaker_of(pipeline.extract(text))
    assert got[0] == source and got[1] != other


@pytest.mark.parametrize("title", ["President", "Prime Minister"])
def test_the_countrys_leader_is_its_head_of_state_or_government(pipeline, title):
    doc = pipeline.extract(f"{title} Arvo Lind of Estonia met reporters on Monday. "
                           "The Estonian leader said the border would stay open.")
    assert speaker_of(doc) == ("The Estonian leader", "Arvo Lind")


def test_the_countrys_leader_is_not_its_foreign_minister_named_later(pipeline):
    doc = pipeline.extract("President Arvo Lind of Estonia met Foreign Minister Tiit Vaher of Estonia on Monday. "
                           "The Estonian leader said the border would stay open.")
    assert speaker_of(doc) == ("The Estonian leader", "Arvo Lind")


def test_the_countrys_foreign_minister_is_not_its_head_of_state(pipeline):
    doc = pipeline.extract("President Arvo Lind of Estonia met reporters on Monday. "
                           "The Estonian foreign minister said the border would stay open.")
    source, name = speaker_of(doc)
    assert source == "The Estonian foreign minister" and name != "Arvo Lind"


def test_a_person_of_another_title_of_the_class_does_not_stop_the_search(pipeline):
    # the governor (an official, like a senator) is passed over, not the end of the search
    doc = pipeline.extract("Governor Tomas Vekker met Senator Carla Diaz on Friday. "
                           "The senator said the road would be built.")
    assert speaker_of(doc) == ("The senator", "Carla Diaz")


def test_a_role_noun_with_a_country_names_that_countrys_holder(pipeline):
    # two foreign ministers: the Ugandan one is the Ugandan; the Kenyan one, first, neither matches nor
    # stops the search
    doc = pipeline.extract("Kenyan Foreign Minister Tomas Vekker met Ugandan Foreign Minister Omar Haddad on Monday. "
                           "The Ugandan foreign minister said the talks went well.")
    assert speaker_of(doc) == ("The Ugandan foreign minister", "Omar Haddad")


# ---------------------------------------------------------------- _named_org_after


def _post(doc, word):
    at = doc.text.index(word)
    found = [e for e in doc.entities if any(m.start <= at < m.end for m in e.mentions)]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    return found[0]


@pytest.mark.parametrize("text, post, code", [
    # a headline-like line without a full stop: the group's one-word name is the text's last token
    ("Israeli troops killed a spokesman for Hezbollah", "spokesman", "LBNUAF"),
    ("Israeli troops killed a commander of Hezbollah", "commander", "LBNUAF"),
    ("Israeli jets killed an adviser to Hamas", "adviser", "PSEREB"),
    # names the NER labels GPE, not ORG (the names' own cluster says organisation): read after the preposition
    ("Troops killed a commander of M23", "commander", "CODREB"),
    ("Saudi jets killed a commander of Ansarallah", "commander", "YEMREB"),
])
def test_a_post_of_a_named_group_ending_the_text(pipeline, text, post, code):
    holder = _post(pipeline.extract(text), post)
    assert holder.actor is not None and holder.actor.code == code


@pytest.mark.parametrize("text", [
    # a line cut off after the post's preposition (a truncated feed item): read, no failure
    "The statement was read by a spokesman for",
    "The statement was read by a spokesman for the",
])
def test_a_text_cut_after_a_posts_preposition(pipeline, text):
    doc = pipeline.extract(text)
    assert doc.text == text and not any(e.attrs.get("org") for e in doc.entities)


# ---------------------------------------------------------------- neighbours.resolve_neighbours


def _neighbour_holders(doc):
    return [(e.name, m.text) for e in doc.entities for m in e.mentions if "neighbour" in m.text]


def test_its_neighbour_in_the_headline_is_the_other_country(pipeline):
    doc = pipeline.extract("Morocco and Algeria at odds as Rabat accuses its neighbour of backing rebels\n\n"
                           "The two countries have long been at odds, officials said on Monday.")
    assert doc.sections[0].kind == "title"
    assert _neighbour_holders(doc) == [("Algeria", "its neighbour")]


def test_a_neighbour_whose_subject_names_no_country_does_not_stop_the_reading(pipeline):
    doc = pipeline.extract("The village accused its neighbour of stealing water. Morocco and Algeria have long "
                           "been at odds. Rabat accused its neighbour of backing the rebels.")
    assert _neighbour_holders(doc) == [("Algeria", "its neighbour")]
    assert doc.text.index("its neighbour of backing") == next(
        m.start for e in doc.entities for m in e.mentions if m.text == "its neighbour")


def test_the_subject_of_a_copula_is_the_neighbour_itself(pipeline):
    # "Algeria is its neighbour": "its" is Morocco's, the neighbour is the subject, not another country
    # named before; only an object ("accused its neighbour") is read
    doc = pipeline.extract("Morocco has few friends in the region. Algeria is its neighbour and rival.")
    assert _neighbour_holders(doc) == []


def test_a_neighbour_in_a_caption_is_not_read_and_does_not_stop_the_reading(pipeline):
    doc = pipeline.extract("Morocco and Algeria at odds\n\nCaption: A guard watches its neighbour from a tower.\n\n"
                           "Morocco and Algeria have long been at odds. Rabat accused its neighbour of backing the rebels.")
    assert [s.kind for s in doc.sections] == ["title", "caption", "body"]
    body_neighbour = doc.text.index("its neighbour of backing")
    assert [(name, m) for name, m in _neighbour_holders(doc)] == [("Algeria", "its neighbour")]
    assert any(m.start == body_neighbour for e in doc.entities if e.name == "Algeria" for m in e.mentions)


# ---------------------------------------------------------------- _group_nominal


@pytest.mark.parametrize("text, mentions", [
    # a firm's workers of a named country: the country's workers (labour), one group with "the Nigerian workers"
    ("Shell's Nigerian workers went on strike on Monday. The Nigerian workers demanded higher pay.",
     ["Shell's Nigerian workers", "The Nigerian workers"]),
    ("Chevron's Nigerian workers went on strike on Monday.", ["Chevron's Nigerian workers"]),
])
def test_a_firms_workers_of_a_named_country_are_that_countrys_workers(pipeline, text, mentions):
    doc = pipeline.extract(text)
    found = [e for e in doc.entities if any(m.text == mentions[0] for m in e.mentions)]
    assert len(found) == 1
    assert [m.text for m in found[0].mentions] == mentions
    assert found[0].actor.code == "NGALAB" and found[0].actor.role == "workers"


@pytest.mark.parametrize("text, phrase", [
    # a quantified country word as possessor: one body of each country, no one actor
    ("Each country's parliament must approve the treaty before it takes effect.", "country's parliament"),
    ("Every nation's army will send observers to the talks.", "nation's army"),
])
def test_a_body_of_each_country_is_no_one_actor(pipeline, text, phrase):
    doc = pipeline.extract(text)
    at = doc.text.index(phrase)
    assert not any(m.start <= at < m.end for e in doc.entities for m in e.mentions)


def test_the_countrys_body_is_the_country_named_before(pipeline):
    # "the country's parliament" after a country: that country's legislature (definite, and resolved)
    doc = pipeline.extract("Kenya held elections in March. The country's parliament met on Monday.")
    at = doc.text.index("parliament")
    found = [e for e in doc.entities if any(m.start <= at < m.end for m in e.mentions)]
    assert len(found) == 1 and found[0].actor is not None and found[0].actor.country == "KEN"
