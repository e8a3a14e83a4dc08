"""Gender pronouns to persons (pronouns.resolve_pronouns), and relational roles to whose they are."""

import pytest

from newsgraph.actors.pronouns import resolve_pronouns
from test_actors_article import cluster_with, context_after


def _pronouns(c):
    return [m.text for m in c.mentions if m.kind == "pronoun"]


def test_subject_of_the_governing_clause(pipeline):
    ctx = context_after(pipeline, "During a call with Emmanuel Macron, Olaf Scholz said he would visit Paris soon.",
                        resolve_pronouns)
    scholz = cluster_with(ctx, "Olaf Scholz")
    assert _pronouns(scholz) == ["he"] and scholz.gender == "m"
    assert _pronouns(cluster_with(ctx, "Emmanuel Macron")) == []
    (tok, c), = ctx.pron_cluster.items()
    assert ctx.sd[tok].text == "he" and c is scholz


def test_previous_sentence_and_ambiguity(pipeline):
    ctx = context_after(pipeline, "Javier Milei met Gustavo Petro in Bogota. Later he flew home.", resolve_pronouns)
    assert _pronouns(cluster_with(ctx, "Javier Milei")) == ["he"]
    ctx = context_after(pipeline, "An aide to Javier Milei told an envoy of Gustavo Petro that he would call.",
                        resolve_pronouns)
    assert ctx.pron_cluster == {}


def test_quotation_keeps_its_pronouns(pipeline):
    ctx = context_after(pipeline, 'Javier Milei spoke on Monday. "Nobody knows what he wants," an aide said.',
                        resolve_pronouns)
    assert ctx.pron_cluster == {}


def test_relational_role_belongs_to_the_pronouns_person(pipeline):
    ctx = context_after(pipeline, "Secretary of State Marco Rubio spoke on Monday, and his spokesperson Tommy "
                                  "Pigott said talks would go on.", resolve_pronouns)
    pigott, rubio = cluster_with(ctx, "Tommy Pigott"), cluster_with(ctx, "Marco Rubio")
    assert _pronouns(rubio) == ["his"] and pigott.anchor is rubio and pigott.role == "spokesperson"


def _mentions_of(pipeline, text, name):
    doc = pipeline.extract(text, published="2024-04-22")
    return next([m.text for m in e.mentions] for e in doc.entities if e.name == name)


def test_an_object_pronoun_is_not_its_own_clauses_subject(pipeline):
    """"Sudani welcomed him": "him" is someone else (that would be "himself"), here the visitor."""
    text = ("Turkish President Tayyip Erdogan arrived in Baghdad on Monday. Iraqi Prime Minister Mohammed Shia "
            "al-Sudani welcomed him at the airport, handed him a letter and took him to the palace.")
    assert _mentions_of(pipeline, text, "Tayyip Erdogan").count("him") == 3
    assert "him" not in _mentions_of(pipeline, text, "Mohammed Shia al-Sudani")


def test_a_possessive_or_subject_pronoun_may_still_be_the_subject(pipeline):
    text = "Iraqi Prime Minister Mohammed Shia al-Sudani said he welcomed his guests."
    assert _mentions_of(pipeline, text, "Mohammed Shia al-Sudani").count("he") == 1
    assert "his" in _mentions_of(pipeline, text, "Mohammed Shia al-Sudani")


@pytest.mark.parametrize("last, who", [
    ("Sudani spoke with him at length.", "Tayyip Erdogan"),  # a prepositional object
    ("After meeting him, Sudani said the talks went well.", "Tayyip Erdogan"),  # the participle's controller
    ("Sudani said the envoy had invited him.", "Mohammed Shia al-Sudani"),  # the nearest clause's subject only
    ("Sudani called on Iraqis to stand by him.", "Mohammed Shia al-Sudani"),  # the Iraqis stand: object control
    ("Sudani urged the envoy to visit him.", "Mohammed Shia al-Sudani"),
    ("Sudani wanted to visit him.", "Tayyip Erdogan"),  # subject control: Sudani visits, so not Sudani
    ("Sudani thanked the envoy because to him, there was no better partner.", "Mohammed Shia al-Sudani"),  # own clause
    ("Sudani gives credit to the envoys because to him, \"there is nothing more important.\"", "Mohammed Shia al-Sudani"),
    ("Sudani kept the letter near him.", "Mohammed Shia al-Sudani"),  # a place, not a participant
    ("Sudani was with him all day.", "Tayyip Erdogan"),  # a copula's phrase
    ("Sudani promised in Baghdad to visit him.", "Tayyip Erdogan"),  # a phrase is no object
])
def test_an_object_pronoun_and_the_nearest_subject(pipeline, last, who):
    text = ("Turkish President Tayyip Erdogan arrived in Baghdad on Monday. Iraqi Prime Minister Mohammed Shia "
            "al-Sudani greeted the delegation. " + last)
    doc = pipeline.extract(text, published="2024-04-22")
    owner = [e.name for e in doc.entities for m in e.mentions if m.text == "him"]
    assert owner == [who]


def test_a_reflexive_is_its_clauses_subject(pipeline):
    text = "Iraqi Prime Minister Mohammed Shia al-Sudani praised himself."
    assert "himself" in _mentions_of(pipeline, text, "Mohammed Shia al-Sudani")


def test_an_object_pronoun_under_a_root_with_no_subject_ends(pipeline):
    """The climb to the nearest clause with a subject stops at the root (a headline, an imperative)."""
    doc = pipeline.extract("Tayyip Erdogan arrived in Baghdad. Thank him for the visit.", published="2024-04-22")
    assert "him" in [m.text for e in doc.entities for m in e.mentions]
