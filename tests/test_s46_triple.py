"""Session 46 (s46-triple): a domestic agent with no country of its own, in an article that names no country,
belongs to the country of the places its own sentence names ("The army shelled rebel positions near Goma": Congo's
army), as PLOVER's gold gives such an agent the country the sentence places it in (codes._sentence_place). Before,
the article focus was looked for in country names, capitals and territories only, so a big city, a US state or a
province left "the army" a bare MIL. The country is marked as inferred (`country_basis` "article focus",
`country_from` "sentence place"). Places of two countries in the sentence, or a place named only in another
sentence, give no guess. Sentences written for these tests; places real (docs/accuracy.md, "Session 46, s46-triple")."""

import pytest


def _entity(pipeline, text, name):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    (ent,) = [e for e in doc.entities if e.name.lower() == name]
    return ent


@pytest.mark.parametrize("text, name, country", [
    ("Troops shelled rebel positions near Bukavu on Monday.", "troops", "COD"),
    ("Two soldiers died when a mine exploded near Kirkuk on Sunday.", "two soldiers", "IRQ"),
    ("Soldiers clashed with gunmen near Maiduguri overnight, residents said.", "gunmen", "NGA"),
    ("Riot police fired tear gas at students gathered outside a stadium in Medellin.", "police", "COL"),
    ("Hundreds of protesters marched through Houston on Saturday.", "protesters", "USA"),
    ("The governor visited flood victims in Houston on Monday.", "governor", "USA"),
    ("The prime minister visited flood victims in Lahore on Monday.", "prime minister", "PAK"),
])
def test_an_agent_takes_the_country_of_the_place_its_sentence_names(pipeline, text, name, country):
    ent = _entity(pipeline, text, name)
    assert ent.actor.country == country
    assert ent.attrs["country_basis"] == "article focus" and ent.attrs["country_from"] == "sentence place"


@pytest.mark.parametrize("text, name", [
    # two countries, one of them a city the NER tags ORG: no guess
    ("Police detained dozens of protesters after marches in Karachi and Chennai.", "police"),
    ("A match was played in Milan on Sunday. The newspapers criticised the coach.", "newspapers"),  # not its sentence
    ("The army shelled rebel positions on Monday.", "army"),  # no place at all
    # an office the place's country does not have stays open (_open_offices), not given that country
    ("The prime minister visited flood victims in Houston on Monday.", "prime minister"),
])
def test_no_guess_without_one_place_in_the_agents_own_sentence(pipeline, text, name):
    ent = _entity(pipeline, text, name)
    assert ent.actor is None or ent.actor.country is None
    assert "country_from" not in ent.attrs


def test_a_named_country_stays_the_focus_and_is_not_marked(pipeline):
    ent = _entity(pipeline, "Police in Kenya arrested protesters near Kampala on Monday.", "police")
    assert ent.actor.country == "KEN" and "country_from" not in ent.attrs


def test_a_place_that_opens_the_agents_sentence_counts(pipeline):
    ent = _entity(pipeline, "Houston was tense after riot police dispersed the students on Friday.", "riot police")
    assert ent.actor.country == "USA"


def test_a_place_that_opens_the_next_sentence_does_not(pipeline):
    ent = _entity(pipeline, "Riot police dispersed the students on Friday. Medellin was calm on Saturday.", "police")
    assert ent.actor is None or ent.actor.country is None
