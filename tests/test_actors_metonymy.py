"""Metonymy decided from the parse: capitals and seats of power as agents vs as places."""

import pytest


def kind_of(pipeline, text, needle, nth=0, published="2025-06-01"):
    doc = pipeline.extract(text, published=published)
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    ent = doc.entity_for_span(start, start + len(needle))
    assert ent is not None, (text, needle)
    m = next(m for m in ent.mentions if m.start <= start < m.end)
    return m.kind, ent


@pytest.mark.parametrize("text,needle,country", [
    ("Beijing said it firmly opposed the new tariffs announced on Friday.", "Beijing", "CHN"),
    ("The European Union has sought closer ties with Moscow for years, diplomats said.", "Moscow", "RUS"),
    ("Officials in Kyiv accused Moscow of breaking the truce.", "Moscow", "RUS"),
    ("Tehran's nuclear programme was the focus of the talks.", "Tehran", "IRN"),
    ("The Kremlin said the talks had been useful.", "Kremlin", "RUS"),
    ("The proposal was rejected by Washington on Monday.", "Washington", "USA"),
    ("Militias close to Tehran have attacked US bases.", "Tehran", "IRN"),
])
def test_agents_are_metonyms(pipeline, text, needle, country):
    kind, ent = kind_of(pipeline, text, needle)
    assert kind == "metonym" and ent.actor is not None and ent.actor.country == country
    assert ent.actor.sector == "GOV"


@pytest.mark.parametrize("text,needle", [
    ("Thousands protested in Tehran on Saturday against rising prices.", "Tehran"),
    ("The minister flew to Moscow for a two-day visit.", "Moscow"),
    ("Crowds gathered outside the White House on Sunday evening.", "White House"),
    ("Tehran's streets were quiet after the curfew.", "Tehran"),
    ("He visited Beijing last year with his family.", "Beijing"),
])
def test_places_stay_places(pipeline, text, needle):
    kind, ent = kind_of(pipeline, text, needle)
    assert kind == "name" and ent.actor is None
