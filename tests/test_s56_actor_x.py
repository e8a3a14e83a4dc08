"""Session 56 (s56-actor): actors a reader finds wrong (issue 11's actor coding; docs/testing.md, "Session 56,
s56-actor").
1. A "shadow" government post (a Westminster opposition front-bench brief: "the shadow foreign secretary",
   "Shadow Chancellor X") is the opposition's (CAMEO OPP), not the government's office.
3. A syllable-opening "y" (before a vowel, at a word's start or after a vowel) is a consonant in every
   transliteration: "Leyen" (three consonants) is no spelling of the city "Lyon" (two), while Haniyeh/Haniya,
   Sayyid/Sayed and Husayn/Hussein still match.
Sentences written for these tests."""

import pytest

from newsgraph.actors import normalize as nz


def _extract(pipeline, text):
    return pipeline.extract(text, name="t", published="2026-12-01")


def _actor_of(doc, name):
    found = [e for e in doc.entities if e.name == name or any(m.text == name for m in e.mentions)]
    assert found, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    return found[0].actor


@pytest.mark.parametrize("text, name, role", [
    ("Sir Alan Dowling, the shadow foreign secretary, said the treaty was dangerous.", "Alan Dowling",
     "Shadow Foreign Secretary"),
    ("The shadow chancellor, Joan Pellow, criticised the budget in London on Tuesday.", "Joan Pellow",
     "Shadow Chancellor"),
    ("Britain's shadow foreign secretary said the treaty was dangerous.", "Britain's shadow foreign secretary",
     "Shadow Foreign Secretary"),
])
def test_a_shadow_post_is_the_opposition(pipeline, text, name, role):
    actor = _actor_of(_extract(pipeline, text), name)
    assert actor is not None and actor.sector == "OPP" and actor.role == role, actor


def test_a_shadow_post_is_no_office_holder(pipeline):
    # the unqualified office would be looked up in the knowledge base; its shadow names no one in office
    doc = _extract(pipeline, "The shadow foreign secretary said Britain must leave the treaty.")
    actor = _actor_of(doc, "The shadow foreign secretary")
    assert actor.code == "GBROPP" and not any(e.attrs.get("kb") for e in doc.entities), actor


def test_a_shadow_body_stays_a_body(pipeline):
    actor = _actor_of(_extract(pipeline, "The shadow cabinet met in London on Monday."), "The shadow cabinet")
    assert actor.sector == "OPP"
    assert [e.type for e in _extract(pipeline, "The shadow cabinet met in London on Monday.").entities
            if e.name == "shadow cabinet"] == ["ORG"]


@pytest.mark.parametrize("text, name, sector", [
    ("Sir Alan Dowling, the foreign secretary, said the treaty was safe.", "Alan Dowling", "GOV"),
    ("The chancellor, Joan Pellow, defended the budget in London on Tuesday.", "Joan Pellow", "GOV"),
])
def test_the_post_itself_is_still_the_government(pipeline, text, name, sector):
    assert _actor_of(_extract(pipeline, text), name).sector == sector


@pytest.mark.parametrize("a, b", [("lyon", "leyen"), ("said", "sayed"), ("maya", "mia")])
def test_a_consonant_y_is_no_vowel(a, b):
    assert not nz.tokens_match(a, b) and not nz.tokens_match(b, a)


@pytest.mark.parametrize("a, b", [
    ("haniyeh", "haniya"), ("sayyid", "sayed"), ("husayn", "hussein"), ("yasser", "yasir"), ("youssef", "yusuf"),
    ("zelenskyy", "zelensky"), ("ali", "aly"),
])
def test_transliterations_with_y_still_match(a, b):
    assert nz.tokens_match(a, b) and nz.tokens_match(b, a)


@pytest.mark.parametrize("token, frame", [
    ("leyen", "lYn"), ("lyon", "ln"), ("yasser", "Ysr"), ("sayyid", "sYd"), ("husayn", "hsn"), ("kyiv", "kv"),
])
def test_the_frame_keeps_a_syllable_opening_y(token, frame):
    assert nz.skeleton(token) == frame


def test_a_french_city_tagged_a_person_is_not_the_commission_president(pipeline):
    doc = _extract(pipeline, "Nurses in Paris and Lyon marched against the pension reform on Thursday.")
    assert not [e for e in doc.entities if e.attrs.get("kb")], [(e.name, e.attrs) for e in doc.entities]


def test_her_own_surname_still_finds_her(pipeline):
    doc = _extract(pipeline, "Ursula von der Leyen arrived in Rome. Leyen said the talks had gone well.")
    assert [e.attrs.get("kb") for e in doc.entities if e.name == "Ursula von der Leyen"] == ["Ursula von der Leyen"]
